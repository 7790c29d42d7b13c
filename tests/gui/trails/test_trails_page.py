"""The trail register page with qtbot, on the demo season at 2026-11-26 09:00 (Norberg).

Each flow is checked against the database itself (plain SQL), not only against what the page
shows, and dialogs are answered the way a user would: fill the form, press Save.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from destination_norberg.gui.common import labels
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.events.planning_data import PlanningStore
from destination_norberg.gui.trails.model import (
    LENGTH,
    NAME,
    REPORTED,
    REPORTED_ROLE,
    STATUS,
)
from destination_norberg.gui.trails.page import TrailsPage
from destination_norberg.store.rows import EngineRows

LOAD_TIMEOUT_MS = 15_000
STALE_MTB = {"Hyttbacken", "Strandstigen Olsbenning", "Svarta Schaktet"}

NEWEST = """
SELECT t.id, t.name,
       (SELECT r.status FROM trail_report r WHERE r.trail_id = t.id
        ORDER BY r.reported_at DESC, r.id DESC LIMIT 1)
FROM trail t
"""


def answer_dialog(fill: Callable[[object], None]) -> None:
    """When the next modal dialog opens: let `fill` work on it, then press Save (OK)."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        fill(dialog)
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    QTimer.singleShot(0, act)


def make_page(qtbot, store: PlanningStore, runner: TaskRunner, undo_stack, clock) -> TrailsPage:
    page = TrailsPage(store, runner, undo_stack, clock, lambda: 7)
    qtbot.addWidget(page)
    page.language = "en"
    page.resize(1400, 900)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.reload()
    return page


@pytest.fixture
def page(make_window, load, demo_url, qtbot) -> TrailsPage:
    window = make_window(demo_url)
    load(window)
    return make_page(qtbot, window.planning, window.runner, window.undo_stack, window.clock)


def db_rows(page: TrailsPage, sql: str, **params) -> list:
    return [tuple(r) for r in EngineRows(page.store.engine).rows(sql, **params)]


def wait_loaded(page: TrailsPage, qtbot, action: Callable[[], None]) -> None:
    """Run `action` (a save, an undo …) and wait for the register read that follows it."""
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        action()
    qtbot.waitUntil(lambda: not page.loading, timeout=LOAD_TIMEOUT_MS)


def select(page: TrailsPage, *names: str) -> list[int]:
    model, table = page.model, page.ui.trailTable
    ids = [next(r.id for r in model.rows() if r.name == n) for n in names]
    table.clearSelection()
    for trail_id in ids:
        table.selectionModel().select(
            model.index(model.row_of(trail_id), 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    return ids


def shown_names(page: TrailsPage) -> list[str]:
    return [r.name for r in page.model.rows()]


# --- reading ---------------------------------------------------------------------------------


def test_every_trail_is_listed_with_the_status_of_its_newest_report(page) -> None:
    expected = {name: status for _id, name, status in db_rows(page, NEWEST)}
    assert len(expected) == 18
    model = page.model
    assert model.rowCount() == len(expected)
    shown = {model.index(r, NAME).data(): model.index(r, STATUS).data()
             for r in range(model.rowCount())}
    assert shown == {name: labels.trail_status(status) for name, status in expected.items()}
    # Several statuses occur, so a page that showed one status for all would fail.
    assert len(set(expected.values())) >= 3


def test_the_model_passes_the_model_tester_while_filtered_and_sorted(page, qtmodeltester,
                                                                      qtbot) -> None:
    qtmodeltester.check(page.model)
    page.ui.trailTable.sortByColumn(REPORTED, Qt.SortOrder.DescendingOrder)
    page.ui.staleOnly.setChecked(True)
    page.ui.staleOnly.setChecked(False)
    page.ui.kindFilter.setCurrentIndex(page.ui.kindFilter.findData("ski"))
    assert page.model.rowCount() == 6
    qtmodeltester.check(page.model)


def test_only_stale_shows_exactly_the_stale_trails(page) -> None:
    page.ui.staleOnly.setChecked(True)
    assert set(shown_names(page)) == STALE_MTB
    assert {str(r.kind) for r in page.model.rows()} == {"mtb"}
    for row in range(page.model.rowCount()):
        stamp, age, stale = page.model.index(row, REPORTED).data(REPORTED_ROLE)
        assert " Nov " in stamp
        assert stale and age.endswith(" d") and int(age.split()[0]) > 7
    page.ui.staleOnly.setChecked(False)
    assert page.model.rowCount() == 18


def test_sorting_by_length_both_ways(page) -> None:
    page.ui.trailTable.sortByColumn(LENGTH, Qt.SortOrder.AscendingOrder)
    lengths = [r.length_m for r in page.model.rows()]
    assert lengths == sorted(lengths) and lengths[0] < lengths[-1]
    assert page.model.index(0, NAME).data() == "Slaggvarpet"  # 0.9 km
    page.ui.trailTable.sortByColumn(LENGTH, Qt.SortOrder.DescendingOrder)
    assert [r.length_m for r in page.model.rows()] == sorted(lengths, reverse=True)
    assert page.model.index(0, NAME).data() == "Engelbrektsslingan 20 km"


def test_sorting_keeps_the_selection_on_its_trail(page) -> None:
    (trail_id,) = select(page, "Hyttbacken")
    page.ui.trailTable.sortByColumn(LENGTH, Qt.SortOrder.DescendingOrder)
    assert page.selected_ids() == [trail_id]


def test_the_search_is_debounced_and_ignores_accents(page, qtbot) -> None:
    page.ui.search.setText("karrgruv")
    assert page.model.rowCount() == 18  # not yet: the search waits for a pause
    qtbot.waitUntil(lambda: page.model.rowCount() < 18, timeout=2_000)
    assert shown_names(page) and all("Kärrgruv" in r.name or r.area == "Kärrgruvan"
                                     for r in page.model.rows())


def test_one_selected_trail_shows_its_card_and_history(page, qtbot) -> None:
    page.select_trail(next(r.id for r in page.model.rows() if r.name.startswith("Snölagr")))
    qtbot.waitUntil(lambda: bool(page.history_records), timeout=LOAD_TIMEOUT_MS)
    text = page.ui.detailText.text()
    assert "green · IMBA 1" in text and "58 cm" in text
    assert "1–3 days" in text  # groomed the day before, in Norberg days
    times = [r.reported_at for r in page.history_records]
    assert times == sorted(times, reverse=True) and len(times) == 9
    assert "Nypreparerat" in page.ui.history.toPlainText()


# --- reports ---------------------------------------------------------------------------------


def test_a_report_appears_in_the_history_and_undo_redo_take_it_away_and_back(page,
                                                                            qtbot) -> None:
    (trail_id,) = select(page, "Gruvstigen")
    note = "Stängt för skogsavverkning vid Mimer."

    def fill(dialog) -> None:
        dialog.ui.status.setCurrentIndex(dialog.ui.status.findData("closed"))
        dialog.ui.condition.setCurrentIndex(dialog.ui.condition.findData("muddy"))
        dialog.ui.note.setPlainText(note)
        dialog.ui.author.setText("Eva Hellgren")

    answer_dialog(fill)
    wait_loaded(page, qtbot, page.new_report)
    assert page.undo_stack.count() == 1
    assert page.history_of == trail_id and page.history_records[0].note == note
    assert note in page.ui.history.toPlainText()
    assert page.model.trail(trail_id).status == "closed"

    def notes() -> list[str]:
        return [n for (n,) in db_rows(page, "SELECT note FROM trail_report WHERE trail_id = "
                                            ":t", t=trail_id)]

    assert notes().count(note) == 1
    wait_loaded(page, qtbot, page.undo_stack.undo)
    assert note not in notes() and note not in page.ui.history.toPlainText()
    assert page.model.trail(trail_id).status == "clear"
    wait_loaded(page, qtbot, page.undo_stack.redo)
    assert notes().count(note) == 1 and note in page.ui.history.toPlainText()
    assert page.model.trail(trail_id).status == "closed"


def test_a_bulk_update_of_three_trails_adds_three_reports_with_one_note(page, qtbot) -> None:
    ids = select(page, "Blåbärsstigen", "Gruvstigen", "Klackbergsrundan")
    before = db_rows(page, "SELECT count(*) FROM trail_report")[0][0]
    seen = {}

    def fill(dialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["ski"] = dialog.ui.skiBox.isVisibleTo(dialog)
        dialog.ui.status.setCurrentIndex(dialog.ui.status.findData("closed"))
        dialog.ui.note.setPlainText("Stormfällt efter nattens oväder.")

    answer_dialog(fill)
    wait_loaded(page, qtbot, page.new_report)
    assert "3" in seen["title"] and not seen["ski"]
    added = db_rows(page, "SELECT trail_id, status, note FROM trail_report WHERE note = :n",
                    n="Stormfällt efter nattens oväder.")
    assert sorted(t for t, _s, _n in added) == sorted(ids)
    assert {s for _t, s, _n in added} == {"closed"}
    assert db_rows(page, "SELECT count(*) FROM trail_report")[0][0] == before + 3
    assert all(page.model.trail(i).status == "closed" for i in ids)
    assert page.undo_stack.count() == 1  # one step for the three trails
    wait_loaded(page, qtbot, page.undo_stack.undo)
    assert db_rows(page, "SELECT count(*) FROM trail_report")[0][0] == before


def test_grooming_a_ski_track_shows_today_in_the_register(page, qtbot) -> None:
    (trail_id,) = select(page, "Stadionslingan 5 km")

    def fill(dialog) -> None:
        dialog.ui.status.setCurrentIndex(dialog.ui.status.findData("clear"))
        dialog.ui.groomed.setChecked(True)
        dialog.ui.style.setCurrentIndex(dialog.ui.style.findData("skate"))
        dialog.ui.depth.setValue(35)

    answer_dialog(fill)
    wait_loaded(page, qtbot, page.new_report)
    row = page.model.trail(trail_id)
    assert (row.grooming_band, str(row.groom_style), row.snow_depth_cm) == ("today", "skate",
                                                                           35.0)
    assert page.history_records[0].groomed_at is not None


def test_a_failed_save_says_why_and_pushes_nothing(page, qtbot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    (trail_id,) = select(page, "Hyttbacken")
    with page.store.engine.begin() as conn:  # a colleague removes the trail meanwhile
        conn.exec_driver_sql("DELETE FROM trail_report WHERE trail_id = ?", (trail_id,))
        conn.exec_driver_sql("DELETE FROM trail WHERE id = ?", (trail_id,))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: told.append(args[2]))
    answer_dialog(lambda d: d.ui.note.setPlainText("Fortfarande fint."))
    page.new_report()
    assert told and "removed meanwhile" in told[0]
    assert page.undo_stack.count() == 0


def test_an_empty_database_says_so_honestly(make_window, load, tmp_path, qtbot) -> None:
    from destination_norberg.store.database import make_engine
    from destination_norberg.store.schema import ensure_schema

    url = f"sqlite:///{tmp_path / 'empty.sqlite'}"
    engine = make_engine(url)
    ensure_schema(engine)
    engine.dispose()
    window = make_window(url, seed_demo=False)
    load(window)
    page = make_page(qtbot, window.planning, window.runner, window.undo_stack, window.clock)
    assert page.model.rowCount() == 0
    assert page.ui.statePane.isVisibleTo(page) and not page.ui.trailTable.isVisibleTo(page)
    assert "no trails" in page.ui.stateLabel.text()
    assert not page.ui.newReportButton.isEnabled()
    assert page.ui.detailTitle.text() == "No trails yet"
