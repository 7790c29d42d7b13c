"""A coordinator's year in the window, with qtbot: a new season, next year's winter week into
it (with last year's stråk), the copies in the calendar and the timeline of the new season,
one undo for all of it; a stråk copied and a new one; the season dialog's create, rename,
archive and refused delete. Dialogs are answered the way a user would: fill in, press OK."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from destination_norberg.core.timeutil import to_local
from destination_norberg.gui.events import seasons_dialog
from destination_norberg.store import planning_read as read
from destination_norberg.store.rows import EngineRows

LOAD_TIMEOUT_MS = 15_000


def answer(fill: Callable[[object], None], button=QDialogButtonBox.StandardButton.Ok) -> None:
    """When the next modal dialog opens: let `fill` work on it, then press `button`."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        fill(dialog)
        box = dialog.ui.buttonBox if hasattr(dialog, "ui") else None
        if box is not None and box.button(button) is not None:
            box.button(button).click()
    QTimer.singleShot(0, act)


@pytest.fixture
def page(make_window, load, demo_url, qtbot):
    window = make_window(demo_url)
    load(window)
    with qtbot.waitSignal(window.events_page.loaded, timeout=LOAD_TIMEOUT_MS):
        window.select_area("events")
    return window.events_page


def wait_reload(page, qtbot) -> None:
    qtbot.waitUntil(lambda: not page._loading, timeout=LOAD_TIMEOUT_MS)


def rows(page):
    source = EngineRows(page.store.engine)
    return read.seasons(source), read.events(source), read.strak(source)


def open_seasons(page, qtbot, act: Callable[[seasons_dialog.SeasonsDialog], None]) -> None:
    """Open Säsonger… from the Mer menu, let `act` work in it, close it."""
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, seasons_dialog.SeasonsDialog):
            QTimer.singleShot(20, run)
            return
        try:
            act(dialog)
        finally:
            dialog.reject()
    QTimer.singleShot(0, run)
    page.seasons_action.trigger()


def test_the_menu_offers_seasons_next_to_next_year(page) -> None:
    actions = page.ui.moreButton.menu().actions()
    assert page.seasons_action in actions and page.next_year_action in actions


def test_new_season_then_next_year_copy_shows_under_it_and_undoes_in_one_step(
        page, qtbot, told) -> None:
    # 1. Säsonger… → Ny…: the form proposes the season after the last one.
    proposed = {}

    def create(dialog) -> None:
        answer(lambda form: proposed.update(form.result_values()))
        dialog.new_button.click()

    open_seasons(page, qtbot, create)
    wait_reload(page, qtbot)
    seasons, _events, _strak = rows(page)
    assert proposed["name"] == "Vinter 2027/28"  # the last season's kind, a year on
    assert [s.name for s in seasons][-1] == "Vinter 2027/28"
    assert page.undo_stack.undoText() == "New season Vinter 2027/28"
    depth = page.undo_stack.index()

    # 2. Nästa års vintervecka…: into the season just made, with Vinterstråket.
    week = next(e for e in page.snapshot.events if e.uid == "demo-vintervecka-2027")
    page.select_event(week.id)
    seen = {}

    def check(dialog) -> None:
        seen["season"] = dialog.ui.season.currentText()
        seen["strak"] = dialog.ui.copyStrak.isChecked() and dialog.ui.copyStrak.isVisible()
        seen["summary"] = dialog.ui.summary.text()

    answer(check)
    page.copy_next_year()
    wait_reload(page, qtbot)
    assert seen["season"] == "Vinter 2027/28" and seen["strak"]
    assert "Vinter 2027/28" in seen["summary"]
    assert "13 event(s) copied into Vinter 2027/28" in told[0]
    assert "Vinterstråket 2027/28 copied: 3 Dec 2027 – 26 Feb 2028" in told[0]
    label = page.undo_stack.undoText()
    assert label == ("Copy Vintervecka 2027 to Vintervecka 2028 in Vinter 2027/28 with "
                     "Vinterstråket 2027/28")
    assert page.undo_stack.index() == depth + 1

    # 3. The view switched to the new season; the copies are in its calendar and timeline.
    seasons, events, strak = rows(page)
    new = next(s for s in seasons if s.name == "Vinter 2027/28")
    assert page.ui.season.currentData() == new.id
    copies = [e for e in events if e.season_id == new.id]
    assert len(copies) == 14  # the week's 13 and Vinterstråket's calendar event
    listed = {e.id for e in page.visible_events()}
    assert {e.id for e in copies} <= listed
    assert {e.id for e in copies} <= set(page.calendar._records)
    assert {e.id for e in copies} <= set(page.timeline._records)
    new_week = next(e for e in copies if e.name_sv == "Vintervecka 2028")
    first, last = page.calendar.current_range()  # the calendar went to the new week
    assert first <= to_local(new_week.starts_at).date() <= last
    start, end = page.timeline._range  # the timeline spans the new season
    assert (start, end) == (new.starts_on, new.ends_on)
    race = next(e for e in copies if e.name_sv.startswith("Engelbrektsloppet 60"))
    assert to_local(race.starts_at).date().isoformat() == "2028-02-13"
    copy = next(s for s in strak if s.name == "Vinterstråket 2027/28")
    assert copy.season_id == new.id and len(copy.stops) == 11 and copy.weekdays == (5, 6)
    assert page.selected_id == next(e.id for e in copies if e.name_sv == "Vintervecka 2028")
    assert page.strak_page.original.name == "Vinterstråket 2027/28"  # the stråk tab too

    # 4. One undo takes the week, its checklists and the stråk back; the season stays.
    page.undo_stack.undo()
    wait_reload(page, qtbot)
    seasons, events, strak = rows(page)
    assert not [e for e in events if e.season_id == new.id]
    assert "Vinterstråket 2027/28" not in [s.name for s in strak]
    assert "Vinter 2027/28" in [s.name for s in seasons]
    page.undo_stack.redo()
    wait_reload(page, qtbot)
    _seasons, events, strak = rows(page)
    assert len([e for e in events if e.season_id == new.id]) == 14
    assert "Vinterstråket 2027/28" in [s.name for s in strak]


def test_next_year_creates_the_season_in_the_same_step(page, qtbot, told) -> None:
    week = next(e for e in page.snapshot.events if e.uid == "demo-vintervecka-2027")
    page.select_event(week.id)
    seen = {}
    answer(lambda d: seen.update(season=d.ui.season.currentText()))
    page.copy_next_year()
    wait_reload(page, qtbot)
    assert seen["season"] == "New season: Vinter 2027/28"
    assert "The season Vinter 2027/28 was created (1 Nov 2027 – 30 Apr 2028)." in told[0]
    seasons, _events, _strak = rows(page)
    assert "Vinter 2027/28" in [s.name for s in seasons]
    assert page.ui.season.currentText() == "Vinter 2027/28"
    page.undo_stack.undo()  # the season goes with the copies: one step
    wait_reload(page, qtbot)
    seasons, events, _strak = rows(page)
    assert "Vinter 2027/28" not in [s.name for s in seasons]
    assert not [e for e in events if to_local(e.starts_at).year == 2028]


def test_strak_copied_to_next_season_and_a_new_one(page, qtbot) -> None:
    strak_page = page.strak_page
    page.ui.tabs.setCurrentIndex(1)
    assert strak_page.select_strak(next(s.id for s in page.snapshot.strak
                                        if s.name == "Sommarstråket 2027"))
    seen = {}
    answer(lambda d: seen.update(season=d.ui.season.currentText(), becomes=d.ui.becomes.text()))
    strak_page.ui.copyStrakButton.click()
    wait_reload(page, qtbot)
    assert seen["season"] == "New season: Sommar 2028"
    assert "Sommarstråket 2028, 16 Jun 2028 – 13 Aug 2028" in seen["becomes"]
    seasons, events, strak = rows(page)
    copy = next(s for s in strak if s.name == "Sommarstråket 2028")
    source = next(s for s in strak if s.name == "Sommarstråket 2027")
    assert [(s.organisation_id, s.opening, s.offer_sv, s.offer_en) for s in copy.stops] == [
        (s.organisation_id, s.opening, s.offer_sv, s.offer_en) for s in source.stops]
    assert copy.weekdays == source.weekdays and copy.route == source.route
    assert (copy.opens, copy.closes) == (source.opens, source.closes)
    assert copy.period_start.isoweekday() == source.period_start.isoweekday()
    assert strak_page.original.name == "Sommarstråket 2028"
    assert page.undo_stack.undoText() == "Copy Sommarstråket 2027 to Sommarstråket 2028 in " \
                                         "Sommar 2028"

    def fill(d) -> None:
        d.ui.name.setText("Påskstråket 2028")
    answer(fill)
    strak_page.ui.newStrakButton.click()
    wait_reload(page, qtbot)
    _seasons, events, strak = rows(page)
    made = next(s for s in strak if s.name == "Påskstråket 2028")
    assert made.event_id in {e.id for e in events}
    assert strak_page.original.name == "Påskstråket 2028"
    page.undo_stack.undo()
    page.undo_stack.undo()
    wait_reload(page, qtbot)
    seasons, _events, strak = rows(page)
    assert {"Påskstråket 2028", "Sommarstråket 2028"}.isdisjoint(s.name for s in strak)
    assert "Sommar 2028" not in [s.name for s in seasons]


def test_season_dialog_create_rename_archive_and_refused_delete(page, qtbot) -> None:
    steps: list[str] = []

    def work(dialog) -> None:
        def fill_new(form) -> None:
            form.ui.name.setText("Höstlov 2027")
            form.ui.kind.setCurrentIndex(form.ui.kind.findData("sommar"))
        answer(fill_new)
        dialog.new_button.click()
        steps.append(page.undo_stack.undoText())
        dialog.select("Höstlov 2027")
        answer(lambda form: form.ui.name.setText("Höstlovet 2027"))
        dialog.rename_button.click()
        steps.append(page.undo_stack.undoText())
        dialog.select("Höstlovet 2027")
        dialog.delete_button.click()  # empty: deleted
        steps.append(page.undo_stack.undoText())
        dialog.select("Sommar 2027")
        dialog.delete_button.click()  # holds 7 events and a stråk: refused
        steps.append(dialog.message.text())
        dialog.archive_button.click()
        steps.append(page.undo_stack.undoText())
        # A name taken is refused by the form, which stays open.
        answer(lambda form: (form.ui.name.setText("vinter 2026/27"), steps.append("x")))
        QTimer.singleShot(200, lambda: (steps.append(
            QApplication.activeModalWidget().ui.problem.text()),
            QApplication.activeModalWidget().reject()))
        dialog.new_button.click()

    open_seasons(page, qtbot, work)
    wait_reload(page, qtbot)
    assert steps[:3] == ["New season Höstlov 2027",
                         "Rename the season Höstlov 2027 to Höstlovet 2027",
                         "Delete the season Höstlovet 2027"]
    assert "Sommar 2027 holds 7 events and 1 stråk and cannot be deleted" in steps[3]
    assert steps[4] == "Archive the season Sommar 2027"
    assert steps[-1] == "There is already a season called vinter 2026/27."
    seasons, events, _strak = rows(page)
    summer = next(s for s in seasons if s.name == "Sommar 2027")
    assert summer.archived and len([e for e in events if e.season_id == summer.id]) == 7
    # Archived: out of the season picker and of "All seasons", kept in the database.
    assert page.ui.season.findData(summer.id) < 0
    page.ui.season.setCurrentIndex(0)
    assert summer.id not in {e.season_id for e in page.visible_events()}
    assert "Sommarstråket 2027" not in [page.strak_page.ui.strakPicker.itemText(i)
                                        for i in range(page.strak_page.ui.strakPicker.count())]
    page.undo_stack.undo()  # bring it back
    wait_reload(page, qtbot)
    assert page.ui.season.findData(summer.id) >= 0
