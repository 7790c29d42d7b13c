"""A trail's life in the register: the stage column and filter, the stage in the trail
dialog, retire and delete (refused while something refers to the trail), each undoable;
checked against the database."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from destination_norberg.app.map_edit import trail_line
from destination_norberg.app.snow_edit import insert_row
from destination_norberg.gui.trails import life
from destination_norberg.gui.trails.model import EVERY_STATE, LIFE, NAME
from destination_norberg.gui.trails.page import TrailsPage
from tests.gui.trails.test_trails_page import (
    answer_dialog,
    db_rows,
    make_page,
    select,
    shown_names,
    wait_loaded,
)


@pytest.fixture
def page(make_window, load, demo_url, qtbot) -> TrailsPage:
    window = make_window(demo_url)
    load(window)
    return make_page(qtbot, window.planning, window.runner, window.undo_stack, window.clock)

STATE = "SELECT lifecycle FROM trail WHERE name = :name"


def state(page, name: str) -> str | None:
    found = db_rows(page, STATE, name=name)
    return found[0][0] if found else None


def cell(page, name: str, column: int) -> str:
    model = page.model
    return model.index(model.row_of(next(r.id for r in model.all_rows() if r.name == name)),
                       column).data()


def test_retire_hides_the_trail_by_default_and_undoes(page, qtbot) -> None:
    assert cell(page, "Gruvstigen", LIFE) == ""  # open: the usual case is not spelled out
    select(page, "Gruvstigen")
    assert page.life.retire_action.isEnabled()
    wait_loaded(page, qtbot, page.life.retire_action.trigger)
    assert state(page, "Gruvstigen") == "nedlagd"
    assert page.undo_stack.undoText() == "Retire Gruvstigen"
    assert "Gruvstigen" not in shown_names(page)  # the default filter leaves retired out
    page.ui.lifeFilter.setCurrentIndex(page.ui.lifeFilter.findData("nedlagd"))
    assert shown_names(page) == ["Gruvstigen"]
    assert cell(page, "Gruvstigen", LIFE) == "Retired"
    page.ui.lifeFilter.setCurrentIndex(page.ui.lifeFilter.findData(EVERY_STATE))
    assert len(shown_names(page)) == 18
    wait_loaded(page, qtbot, page.undo_stack.undo)
    assert state(page, "Gruvstigen") == "oppen"


def test_delete_is_refused_while_reports_refer_to_the_trail(page, qtbot,
                                                            monkeypatch) -> None:
    asked: list[str] = []

    def no(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(life.QMessageBox, "question", no)
    select(page, "Hyttbacken")
    assert not page.life.delete()
    assert "cannot be deleted" in asked[0] and "report" in asked[0]
    assert "Retire it instead?" in asked[0]
    assert state(page, "Hyttbacken") == "oppen" and page.undo_stack.count() == 0
    # Yes to "retire instead": retired, one step
    monkeypatch.setattr(life.QMessageBox, "question",
                        lambda *_a: QMessageBox.StandardButton.Yes)
    wait_loaded(page, qtbot, page.life.delete)
    assert state(page, "Hyttbacken") == "nedlagd"
    assert page.undo_stack.count() == 1 and page.undo_stack.undoText() == "Retire Hyttbacken"


def test_a_trail_nothing_refers_to_is_deleted_and_undo_brings_it_back(page, qtbot,
                                                                      monkeypatch) -> None:
    insert_row(page.store.engine, "trail", {
        "name": "Nya flowspåret", "kind": "mtb", "area": "", "lit": False,
        "description_sv": "", "description_en": "", "lifecycle": "planerad",
        **trail_line([(551_000.0, 6_659_000.0), (551_300.0, 6_659_400.0)])})
    wait_loaded(page, qtbot, page.reload)
    assert cell(page, "Nya flowspåret", LIFE) == "Planned"
    monkeypatch.setattr(life.QMessageBox, "question",
                        lambda *_a: QMessageBox.StandardButton.Yes)
    select(page, "Nya flowspåret")
    wait_loaded(page, qtbot, page.life.delete_action.trigger)
    assert state(page, "Nya flowspåret") is None
    assert page.undo_stack.undoText() == "Delete Nya flowspåret"
    wait_loaded(page, qtbot, page.undo_stack.undo)
    assert state(page, "Nya flowspåret") == "planerad"


def test_the_stage_is_set_in_the_trail_dialog(page, qtbot) -> None:
    select(page, "Blåbärsstigen")

    def fill(dialog) -> None:
        assert dialog.ui.lifecycle.currentData() == "oppen"
        dialog.ui.lifecycle.setCurrentIndex(dialog.ui.lifecycle.findData("under_byggnad"))

    answer_dialog(fill)
    wait_loaded(page, qtbot, page.edit_trail)
    assert state(page, "Blåbärsstigen") == "under_byggnad"
    assert cell(page, "Blåbärsstigen", LIFE) == "Under construction"
    assert cell(page, "Blåbärsstigen", NAME) == "Blåbärsstigen"
    wait_loaded(page, qtbot, page.undo_stack.undo)
    assert state(page, "Blåbärsstigen") == "oppen"


def test_the_window_the_status_page_the_bulletin_and_the_cli_agree(page, qtbot, capsys,
                                                                   fixed_now) -> None:
    import json

    from destination_norberg.app.bulletin import read_bulletin
    from destination_norberg.app.status_data import read_status
    from destination_norberg.cli.trails import cmd_trails
    from destination_norberg.store.rows import EngineRows

    select(page, "Gruvstigen")
    wait_loaded(page, qtbot, page.life.retire_action.trigger)
    page.ui.lifeFilter.setCurrentIndex(page.ui.lifeFilter.findData("oppen"))
    window = set(shown_names(page))
    rows = EngineRows(page.store.engine)
    try:
        status = {t.name for t in read_status(rows, fixed_now, 7, with_guarantee=False).trails}
        bulletin = {t.name for t in read_bulletin(rows, fixed_now.date(), fixed_now, 7).trails}
    finally:
        rows.close()
    capsys.readouterr()
    cmd_trails(page.store.url, True, fixed_now, 7, public=True)
    cli = {item["name"] for item in json.loads(capsys.readouterr().out)}
    assert "Gruvstigen" not in window and len(window) == 17
    assert window == status == bulletin == cli


def test_the_register_opens_the_line_editor_on_the_map(make_window, demo_url, qtbot) -> None:
    window = make_window(demo_url)
    with qtbot.waitSignal(window.loaded, timeout=15_000):
        window.start()
    window.select_area("trails")
    trails = window.trails_area.trails
    with qtbot.waitSignal(trails.loaded, timeout=15_000):
        trails.reload()
    select(trails, "Gruvstigen")
    assert trails.life.line_action.isEnabled()
    trails.life.line_action.trigger()
    assert window.current_area() == "map"
    editing = window.map_page.editing
    assert editing.active and editing.before["name"] == "Gruvstigen"
    assert not editing.tool.editor.drawing
    editing.cancel()
    window.select_area("trails")
    trails.life.draw_action.trigger()
    assert window.current_area() == "map" and editing.active and editing.tool.editor.drawing
    editing.cancel()
