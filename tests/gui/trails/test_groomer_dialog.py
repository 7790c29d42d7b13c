""""Import groomer track…" in the trail register, end to end with qtbot on the demo: the
button, the worker's read, the preview list, OK, the rows in the database, undo and redo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from destination_norberg.gui.trails.groomer_dialog import GroomerDialog
from tests.gui.trails.test_trails_page import db_rows, make_page

DATA = Path(__file__).resolve().parents[2] / "data" / "groomer"
GROOMED = ("SELECT t.name, r.groom_style FROM trail_report r JOIN trail t ON t.id = r.trail_id "
           "WHERE r.note LIKE '%two_loops.gpx%' ORDER BY t.name")


@pytest.fixture
def page(make_window, load, demo_url, qtbot):
    window = make_window(demo_url)
    load(window)
    page = make_page(qtbot, window.planning, window.runner, window.undo_stack, window.clock)
    from destination_norberg.gui.trails.groomer_dialog import add_groomer_action

    add_groomer_action(page)
    return page


def when_dialog(act) -> dict:
    seen: dict = {}

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, GroomerDialog):
            QTimer.singleShot(20, poll)
            return
        seen["rows"] = [(dialog.list.topLevelItem(i).text(0), dialog.list.topLevelItem(i).text(3),
                         dialog.list.topLevelItem(i).checkState(0) == Qt.CheckState.Checked)
                        for i in range(dialog.list.topLevelItemCount())]
        seen["summary"] = dialog.summary.text()
        act(dialog)
    QTimer.singleShot(0, poll)
    return seen


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_button_imports_the_track_as_one_undo_step(page, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(DATA / "two_loops.gpx"), ""))
    seen = when_dialog(ok)
    page.groomer_action.trigger()
    qtbot.waitUntil(lambda: bool(db_rows(page, GROOMED)), timeout=15_000)
    assert [(n, c) for n, _note, c in seen["rows"]] == [
        ("Elljusspåret 2,5 km", True), ("Slaggvarpet", True)]
    assert "style (classic or skate) cannot be told" in seen["summary"]
    assert db_rows(page, GROOMED) == [("Elljusspåret 2,5 km", None), ("Slaggvarpet", None)]
    assert page.undo_stack.undoText() == "Groomer track two_loops.gpx: 2 grooming(s)"
    page.undo_stack.undo()
    assert db_rows(page, GROOMED) == []
    page.undo_stack.redo()
    assert len(db_rows(page, GROOMED)) == 2
    # The same track again: both already reported, nothing checked, OK disabled.
    seen = when_dialog(lambda d: (d.buttons.button(
        QDialogButtonBox.StandardButton.Ok).isEnabled() and ok(d)) or d.reject())
    page.groomer_action.trigger()
    assert [(note, c) for _n, note, c in seen["rows"]] == [("already reported", False)] * 2
    assert len(db_rows(page, GROOMED)) == 2
    assert page.undo_stack.count() == 1


def test_an_unchecked_trail_is_left_out(page, qtbot) -> None:
    from destination_norberg.gui.trails.groomer_dialog import import_groomer_track

    def uncheck_first(dialog) -> None:
        dialog.list.topLevelItem(0).setCheckState(0, Qt.CheckState.Unchecked)
        ok(dialog)
    when_dialog(uncheck_first)
    assert import_groomer_track(page, str(DATA / "two_loops.gpx"))
    assert db_rows(page, GROOMED) == [("Slaggvarpet", None)]


def test_a_broken_file_is_told_and_nothing_opens(page, monkeypatch) -> None:
    from destination_norberg.gui.trails import groomer_dialog

    told: list[str] = []
    monkeypatch.setattr(page, "_report", lambda exc: told.append(str(exc)))
    assert not groomer_dialog.import_groomer_track(page, str(DATA / "cut_off.gpx"))
    assert len(told) == 1 and "not a valid GPX file" in told[0]
    assert db_rows(page, GROOMED) == []
