"""Days picked from the date field's calendar in the event and task dialogs, stored as
picked, undone in one step (gui.common.date_field)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QApplication

from destination_norberg.core.timeutil import to_local
from destination_norberg.gui.common import i18n
from destination_norberg.store import planning_read as read
from destination_norberg.store.rows import EngineRows
from tests.gui.date_pick import pick
from tests.gui.events.test_events_page import LOAD_TIMEOUT_MS, answer_dialog, wait_reload


@pytest.fixture
def page(make_window, load, demo_url, qtbot):
    window = make_window(demo_url)
    load(window)
    with qtbot.waitSignal(window.events_page.loaded, timeout=LOAD_TIMEOUT_MS):
        window.select_area("events")
    yield window.events_page
    i18n.install(QApplication.instance(), "en")


def stored(page, name: str):
    return next(e for e in read.events(EngineRows(page.store.engine)) if e.name_sv == name)


def test_an_events_days_are_picked_from_the_calendar(page, qtbot) -> None:
    def fill(d) -> None:
        d.ui.nameSv.setText("Månskensåkning")
        pick(d.ui.starts, date(2027, 2, 13))  # a Saturday in the winter week
    answer_dialog(fill)
    page.new_event_on(None)
    wait_reload(page, qtbot)
    event = stored(page, "Månskensåkning")
    # The start's day picked, its time kept; the end moved along (two hours, as drafted).
    assert to_local(event.starts_at).replace(tzinfo=None) == datetime(2027, 2, 13, 10, 0)
    assert to_local(event.ends_at).replace(tzinfo=None) == datetime(2027, 2, 13, 12, 0)

    page.select_event(event.id)
    answer_dialog(lambda d: pick(d.ui.ends, date(2027, 2, 14)))
    page.edit_event(event.id)
    wait_reload(page, qtbot)
    assert to_local(stored(page, "Månskensåkning").ends_at).date() == date(2027, 2, 14)
    page.undo_stack.undo()
    wait_reload(page, qtbot)
    assert to_local(stored(page, "Månskensåkning").ends_at).date() == date(2027, 2, 13)


def test_a_tasks_due_day_is_picked_then_left_to_the_event(page, qtbot) -> None:
    i18n.install(QApplication.instance(), "sv")
    answer_dialog(lambda d: d.ui.nameSv.setText("Skidkul"))
    page.new_event_on(None)
    wait_reload(page, qtbot)
    event = stored(page, "Skidkul")
    page.select_event(event.id)
    shown: list[str] = []

    def fill(d) -> None:
        d.ui.title.setText("Boka snöskoter")
        pick(d.ui.dueOn, date(2026, 12, 18))
        shown.append(d.ui.dueOn.text())
    answer_dialog(fill)
    page.edit_task(None)
    wait_reload(page, qtbot)
    assert shown == ["2026-12-18 fre"]  # the Swedish window's field, with its weekday
    [task] = read.tasks(EngineRows(page.store.engine), event.id)
    assert task.due_on == date(2026, 12, 18) and task.due_offset_days is None

    answer_dialog(lambda d: d.ui.dueRelative.setChecked(True))  # no fixed day any more
    page.edit_task(task.id)
    wait_reload(page, qtbot)
    [task] = read.tasks(EngineRows(page.store.engine), event.id)
    assert task.due_on is None and task.due_offset_days == -30
    page.undo_stack.undo()
    wait_reload(page, qtbot)
    [task] = read.tasks(EngineRows(page.store.engine), event.id)
    assert task.due_on == date(2026, 12, 18)
