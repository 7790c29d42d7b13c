"""Placing a business by clicking the map: the picker dialog on its own (a real click on its
canvas) and the whole flow from the network page, saved with the edit and undone with it."""

from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from destination_norberg.app.map import read_map
from destination_norberg.core.geometry import decode_wkb
from destination_norberg.gui.map.point_picker import NORBERG, PointPickerDialog
from destination_norberg.gui.network.dialogs import OrganisationDialog
from destination_norberg.store.rows import EngineRows
from tests.gui.network.test_network_page import accept_with, choose
from tests.gui.network.test_network_page import page as network_page

network = pytest.fixture(network_page.__wrapped__, name="network")

LOAD_TIMEOUT_MS = 20_000
SPOT = (551_620.0, 6_659_240.0)


def location(engine, name: str) -> tuple[float, float] | None:
    (geom,) = EngineRows(engine).rows("SELECT geom FROM organisation WHERE name = :n",
                                      n=name)[0]
    return None if geom is None else decode_wkb(bytes(geom)).coords


def test_the_picker_takes_a_real_click_and_shows_the_map(qtbot, demo_url, fixed_now) -> None:
    dialog = PointPickerDialog(None, partial(read_map, demo_url, fixed_now, 7))
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.point is None
    qtbot.waitUntil(lambda: dialog.canvas.layer("businesses") is not None,
                    timeout=LOAD_TIMEOUT_MS)
    x0, y0, x1, y1 = dialog.canvas.view_rect()
    assert x0 < NORBERG[0] < x1 and y0 < NORBERG[1] < y1  # opens over Norberg
    view = dialog.canvas.graphics_view
    at = view.mapFromScene(dialog.canvas.view_box.mapViewToScene(QPointF(*SPOT)))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert dialog.point == pytest.approx(SPOT, abs=dialog.canvas.metres_per_pixel() * 2)
    assert ok.isEnabled() and "SWEREF 99 TM" in dialog.hint.text()
    ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_place_a_business_by_clicking_the_map_and_undo(network, qtbot, demo_engine,
                                                       monkeypatch) -> None:
    page = network
    before = location(demo_engine, "Gruvbaren")
    opened: list[PointPickerDialog] = []

    def click_and_ok(dialog: PointPickerDialog) -> int:
        opened.append(dialog)
        dialog.canvas.tool().click(*SPOT, Qt.MouseButton.LeftButton, False)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(PointPickerDialog, "exec", click_and_ok)
    choose(page, qtbot, "Gruvbaren")
    accept_with(monkeypatch, OrganisationDialog,
                lambda d: (d.ui.pickLocationButton.click(),
                           setattr(page, "_typed", d.ui.location.text())))
    page.edit_organisation()
    assert len(opened) == 1
    assert opened[0].point is not None and page._typed == "N 6659240 E 551620"
    assert location(demo_engine, "Gruvbaren") == pytest.approx(SPOT, abs=0.5)
    assert page.undo_stack.undoText() == "Edit Gruvbaren"
    page.undo_stack.undo()
    assert location(demo_engine, "Gruvbaren") == before
