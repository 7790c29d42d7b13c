"""Pick a day in a date field the way a user does: open its calendar, walk to the day with
the arrow keys, press Enter (the calendar closes and the field takes the day)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateTimeEdit, QTableView


def open_calendar(edit: QDateTimeEdit) -> QTableView:
    """Click the field's arrow; the calendar's day grid, shown."""
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton,
                     pos=QPoint(edit.width() - 6, edit.height() // 2))
    calendar = edit.calendarWidget()
    assert calendar.window().isVisible(), "the calendar did not open"
    grid = calendar.findChild(QTableView)
    assert grid is not None
    return grid


def pick(edit: QDateTimeEdit, day: date) -> None:
    assert edit.isEnabled(), "the field is greyed out"
    grid = open_calendar(edit)
    shown = edit.calendarWidget().selectedDate().toPython()
    steps = (day - shown).days
    weeks, days = divmod(abs(steps), 7)
    down, right = (Qt.Key.Key_Down, Qt.Key.Key_Right) if steps >= 0 \
        else (Qt.Key.Key_Up, Qt.Key.Key_Left)
    for _ in range(weeks):
        QTest.keyClick(grid, down)
    for _ in range(days):
        QTest.keyClick(grid, right)
    QTest.keyClick(grid, Qt.Key.Key_Return)
    assert not edit.calendarWidget().window().isVisible()
    assert edit.date().toPython() == day
