"""Closing an area in the window: a zone from an imported layer, from a file, or drawn on the
map; the trails in it reported closed as one undo step that removes exactly those reports."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QDialog

from destination_norberg.app.zones import ZoneLayer
from destination_norberg.core.geometry import Geometry
from destination_norberg.gui.trails.zone_dialog import ZoneDialog
from destination_norberg.store.geodata_store import import_reference_layer
from destination_norberg.store.rows import EngineRows
from destination_norberg.store.trails_store import register

LOAD_TIMEOUT_MS = 20_000
ZONE_FILE = Path(__file__).resolve().parents[2] / "data" / "zones" / "storm_zone.geojson"
IN_ZONE = {"Klackbergsrundan", "Svarta Schaktet", "Bergsmansleden"}
CORNERS = [(553_000.0, 6_655_600.0), (555_800.0, 6_655_600.0), (555_800.0, 6_657_700.0),
           (553_000.0, 6_657_700.0)]


def statuses(window, now) -> dict[str, tuple]:
    return {r.name: (str(r.status) if r.status else None, r.note)
            for r in register(EngineRows(window.planning.engine), now, 7)}


@pytest.fixture
def window(make_window, demo_url, demo_engine, load):
    area = SimpleNamespace(geometry=Geometry("Polygon", (tuple([*CORNERS, CORNERS[0]]),)),
                           attributes={"namn": "Stormfällt"})
    import_reference_layer(demo_engine, [area], "Stormzon", name_field="namn")
    window = make_window(demo_url)
    load(window)
    return window


def open_map(window, qtbot):
    window.select_area("map")
    page = window.map_page
    if page.data is None:
        qtbot.waitUntil(lambda: page.data is not None, timeout=LOAD_TIMEOUT_MS)
    return page


def drive(monkeypatch, qtbot, seen: dict, *, note: str = "Stormfällda träd",
          before_ok=None) -> None:
    """The zone dialog, driven: wait for the trails it finds, write the note, press OK."""

    def run(dialog: ZoneDialog) -> int:
        if before_ok is not None:
            before_ok(dialog)
        qtbot.waitUntil(lambda: dialog.finding is not None, timeout=LOAD_TIMEOUT_MS)
        seen["names"] = {dialog.ui.trails.topLevelItem(i).text(0)
                         for i in range(dialog.ui.trails.topLevelItemCount())}
        seen["count"] = dialog.ui.count.text()
        seen["ok"] = dialog._ok().text()
        seen["from_drawing"] = dialog.ui.fromDrawing.isChecked()
        parent = dialog.parent()
        seen["highlight"] = (parent.canvas.layer("zone:trails") is not None
                             if hasattr(parent, "canvas") else None)
        dialog.ui.note.setText(note)
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(ZoneDialog, "exec", run)


def test_close_the_trails_of_an_imported_layer_and_undo(window, qtbot, monkeypatch,
                                                         fixed_now) -> None:
    page = open_map(window, qtbot)
    layer = next(name for name in (la.name for la in page.canvas.layers())
                 if name.startswith("ref:"))
    page.panel.select_layer(layer)
    before = statuses(window, fixed_now)
    seen: dict = {}
    drive(monkeypatch, qtbot, seen)
    page.close_area_button.click()
    assert seen["names"] == IN_ZONE
    assert seen["count"] == "3 trails inside or crossing Stormzon."
    assert seen["ok"] == "Close 3 trails" and seen["highlight"] is True
    assert page.canvas.layer("zone") is None  # the highlight goes with the dialog
    after = statuses(window, fixed_now)
    assert {n: after[n] for n in IN_ZONE} == dict.fromkeys(IN_ZONE, ("closed",
                                                                     "Stormfällda träd"))
    stack = window.undo_stack
    assert stack.undoText() == "Close 3 trails in Stormzon"
    stack.undo()
    assert statuses(window, fixed_now) == before
    stack.redo()
    assert statuses(window, fixed_now)["Klackbergsrundan"] == ("closed", "Stormfällda träd")


def view_point(page, x: float, y: float) -> QPoint:
    """Where a map point is on the graphics view's viewport, in pixels."""
    at = page.canvas.view_box.mapViewToScene(QPointF(x, y))
    return page.canvas.graphics_view.mapFromScene(at)


def test_draw_a_zone_then_close_its_trails_and_undo(window, qtbot, monkeypatch,
                                                    fixed_now) -> None:
    page = open_map(window, qtbot)
    page.canvas.zoom_to((552_000.0, 6_654_500.0, 557_000.0, 6_658_500.0), margin=0.0)
    before = statuses(window, fixed_now)
    seen: dict = {}
    drive(monkeypatch, qtbot, seen, note="Djursjukdomszon")
    page.draw_zone_button.click()
    assert page.zone_tool.active and not page.draw_zone_button.isEnabled()
    assert "Drawing a zone" in page.ui.state.text()
    viewport = page.canvas.graphics_view.viewport()
    for x, y in CORNERS[:-1]:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=view_point(page, x, y))
    assert len(page.zone_tool.points) == 3
    assert page.canvas.selection() is None  # a click while drawing is a corner, no pick
    qtbot.keyClick(page.canvas.graphics_view, Qt.Key.Key_Backspace)
    assert len(page.zone_tool.points) == 2
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=view_point(page, *CORNERS[2]))
    page.zone_tool.add_point(*CORNERS[3])
    qtbot.keyClick(page.canvas.graphics_view, Qt.Key.Key_Return)
    assert not page.zone_tool.active
    assert seen["from_drawing"] and seen["names"] == IN_ZONE
    after = statuses(window, fixed_now)
    assert after["Svarta Schaktet"] == ("closed", "Djursjukdomszon")
    assert window.undo_stack.undoText() == "Close 3 trails in the drawn zone"
    window.undo_stack.undo()
    assert statuses(window, fixed_now) == before
    # After the tool, a click selects again.
    trail = next(t for t in page.data.trails if t.row.name == "Klackbergsrundan")
    assert page.show_trail(trail.row.id)


def test_esc_cancels_a_drawing_and_a_double_click_closes_one(window, qtbot,
                                                             monkeypatch) -> None:
    page = open_map(window, qtbot)
    opened: list = []
    monkeypatch.setattr(ZoneDialog, "exec",
                        lambda d: opened.append(d.drawn) or QDialog.DialogCode.Rejected)
    page.draw_zone_button.click()
    page.zone_tool.add_point(*CORNERS[0])
    qtbot.keyClick(page.canvas.graphics_view, Qt.Key.Key_Escape)
    assert not page.zone_tool.active and page.draw_zone_button.isEnabled() and opened == []
    page.canvas.zoom_to((552_000.0, 6_654_500.0, 557_000.0, 6_658_500.0), margin=0.0)
    page.draw_zone_button.click()
    viewport = page.canvas.graphics_view.viewport()
    for x, y in CORNERS[:2]:
        page.zone_tool.add_point(x, y)
    qtbot.keyClick(page.canvas.graphics_view, Qt.Key.Key_Return)  # two corners: not yet
    assert page.zone_tool.active
    # A double-click is a click (the last corner) and then the double-click event.
    at = view_point(page, *CORNERS[2])
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=at)
    assert not page.zone_tool.active
    assert len(opened) == 1 and len(opened[0]) == 3


def test_from_the_register_a_file_zone_and_a_hand_over_to_the_map(window, qtbot,
                                                                  monkeypatch,
                                                                  fixed_now) -> None:
    window.select_area("trails")
    trails = window.trails_area.trails
    qtbot.waitUntil(lambda: trails.data is not None, timeout=LOAD_TIMEOUT_MS)
    seen: dict = {}
    drive(monkeypatch, qtbot, seen, before_ok=lambda d: d.choose_file(ZONE_FILE))
    trails.close_area_button.click()
    assert seen["names"] == IN_ZONE and seen["highlight"] is None
    assert window.undo_stack.undoText() == "Close 3 trails in storm_zone.geojson"
    assert statuses(window, fixed_now)["Bergsmansleden"][0] == "closed"

    def ask_to_draw(dialog: ZoneDialog) -> int:
        dialog.ui.note.setText("Kvar efter ritningen")
        dialog.ui.drawButton.click()
        return dialog.result()

    monkeypatch.setattr(ZoneDialog, "exec", ask_to_draw)
    trails.close_area_button.click()
    assert window.current_area() == "map"
    page = window.map_page
    assert page.zone_tool.active
    seen.clear()

    def check_carried(dialog: ZoneDialog) -> int:
        seen["note"] = dialog.ui.note.text()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ZoneDialog, "exec", check_carried)
    for x, y in CORNERS:
        page.zone_tool.add_point(x, y)
    assert page.zone_tool.finish()
    assert seen["note"] == "Kvar efter ritningen"


def test_the_zone_closure_dialog_has_a_screenshot(demo_url, demo_engine, tmp_path,
                                                  qapp) -> None:
    import hashlib

    from PySide6.QtGui import QImage

    from destination_norberg.cli.main import main

    before = statuses_of(demo_engine)
    shots = {view: tmp_path / f"{view}.png" for view in ("map", "zoneclose")}
    for view, path in shots.items():
        assert main(["--db", demo_url, "--lang", "sv", "screenshot", view, "--out", str(path),
                     "--size", "1280x720"]) == 0
    image = QImage(str(shots["zoneclose"]))
    assert (image.width(), image.height()) == (1280, 720)
    digests = {hashlib.sha256(p.read_bytes()).hexdigest() for p in shots.values()}
    assert len(digests) == 2
    assert statuses_of(demo_engine) == before  # the picture writes nothing


def statuses_of(engine) -> list:
    from sqlalchemy import text

    with engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM trail_report")).all()


def test_a_background_layer_is_offered_by_its_panel_title(demo_url, qtbot) -> None:
    """A zone from the background map's land cover reads as the layers panel names it,
    never as the stored "basemap:mark"."""
    store = SimpleNamespace(url=demo_url)
    dialog = ZoneDialog(store, None, lambda: None, None)
    qtbot.addWidget(dialog)
    polygon = Geometry("Polygon", (tuple([*CORNERS, CORNERS[0]]),))
    dialog._layers_read([ZoneLayer(91, "basemap:mark", ((1, "", polygon),)),
                         ZoneLayer(92, "Stormzon", ((2, "Stormfällt", polygon),))])
    names = [dialog.ui.layer.itemText(i) for i in range(dialog.ui.layer.count())]
    assert names == ["Background: land cover", "Stormzon"]
    dialog.ui.fromLayer.setChecked(True)
    dialog.ui.layer.setCurrentIndex(0)
    assert dialog._chosen_zone().name == "Background: land cover"
