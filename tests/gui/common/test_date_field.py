"""The window's one date field (gui.common.date_field) and its one date formatter
(gui.common.labels): the language's way, a calendar that opens, an optional day that can be
left out, and no ISO typing left in the forms."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QCalendarWidget, QCheckBox, QDateEdit, QDateTimeEdit

from destination_norberg.gui.common import date_field, i18n, labels
from tests.gui.date_pick import pick

ROOT = Path(__file__).resolve().parents[3]
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}|yyyy-MM-dd|YYYY|ÅÅÅÅ|åååå|\bdd/MM\b", re.IGNORECASE)


@pytest.fixture
def language(qapp):
    def switch(code: str) -> None:
        i18n.install(QApplication.instance(), code)
        QApplication.processEvents()  # the LanguageChange reaches the widgets
    yield switch
    switch("en")


def test_the_field_reads_the_languages_way_and_follows_a_switch(qtbot, language) -> None:
    language("sv")
    edit = date_field.setup(QDateEdit())
    stamp = date_field.setup(QDateTimeEdit())
    qtbot.addWidget(edit)
    qtbot.addWidget(stamp)
    edit.setDate(QDate(2026, 12, 6))
    stamp.setDateTime(QDateTime(QDate(2027, 2, 14), QTime(9, 30)))
    assert edit.text() == "2026-12-06 sön"
    assert stamp.text() == "2027-02-14 sön 09:30"
    language("en")
    assert edit.text() == "Sun 6 Dec 2026"
    assert stamp.text() == "Sun 14 Feb 2027 09:30"
    assert edit.date() == QDate(2026, 12, 6)  # the day itself never moves
    language("sv")
    assert edit.text() == "2026-12-06 sön"


def test_the_calendar_starts_on_monday_with_week_numbers(qtbot, language) -> None:
    language("en")  # the English window too: Norberg's weeks start on Monday
    edit = date_field.setup(QDateEdit())
    qtbot.addWidget(edit)
    calendar = edit.calendarWidget()
    assert edit.calendarPopup()
    assert calendar.firstDayOfWeek().name == "Monday"
    assert calendar.verticalHeaderFormat() == \
        QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers


def test_a_day_is_picked_from_the_calendar(qtbot, language) -> None:
    language("sv")
    edit = date_field.setup(QDateEdit())
    qtbot.addWidget(edit)
    edit.resize(220, 30)
    edit.show()
    qtbot.waitExposed(edit)
    edit.setDate(QDate(2026, 11, 26))
    pick(edit, date(2027, 2, 14))
    assert edit.text() == "2027-02-14 sön"
    pick(edit, date(2026, 12, 1))
    assert date_field.value(edit) == date(2026, 12, 1)


def test_an_optional_day_is_left_out_and_comes_back(qtbot, language) -> None:
    language("sv")
    check, edit = QCheckBox(), QDateEdit()
    qtbot.addWidget(check)
    qtbot.addWidget(edit)
    optional = date_field.OptionalDate(edit, date(2026, 12, 10), check)
    assert optional.value() is None and not edit.isEnabled()
    assert edit.text() == "ingen dag"  # no date is shown that would not be saved
    check.setChecked(True)
    assert optional.value() == date(2026, 12, 10) and edit.isEnabled()
    edit.setDate(QDate(2027, 1, 8))
    check.setChecked(False)
    assert optional.value() is None and edit.text() == "ingen dag"
    check.setChecked(True)
    assert optional.value() == date(2027, 1, 8)  # the day it had, not the default
    optional.set_value(None)
    assert optional.value() is None and not check.isChecked()
    optional.set_value(date(2027, 3, 1))
    assert optional.value() == date(2027, 3, 1) and check.isChecked()
    language("en")
    check.setChecked(False)
    assert edit.text() == "no date"


def test_range_where_the_domain_has_one(qtbot) -> None:
    first = date_field.setup(QDateEdit())
    last = date_field.setup(QDateEdit())
    qtbot.addWidget(first)
    qtbot.addWidget(last)
    first.setDate(QDate(2026, 12, 1))
    last.setDate(QDate(2027, 4, 30))
    date_field.keep_order(first, last)
    last.setDate(QDate(2026, 11, 1))
    assert last.date() == QDate(2026, 12, 1)  # never before the first day
    consent = date_field.setup(QDateEdit(), maximum=date(2026, 11, 26))
    qtbot.addWidget(consent)
    consent.setDate(QDate(2027, 1, 1))
    assert consent.date() == QDate(2026, 11, 26)


def test_labels_read_days_and_moments_the_languages_way(language) -> None:
    day, moment = date(2026, 12, 6), datetime(2026, 12, 6, 13, 5, tzinfo=UTC)
    language("sv")
    assert labels.fmt_day(day) == "sön 6 dec. 2026"
    assert labels.fmt_date(day) == "6 dec. 2026"
    assert labels.fmt_period(day, date(2027, 4, 30)) == "6 dec. 2026 – 30 apr. 2027"
    assert labels.fmt_stamp(moment) == "6 dec. 2026 14:05"  # Norberg time
    assert labels.fmt_stamp(moment, this_year=2026) == "6 dec. 14:05"
    assert labels.fmt_stamp(moment, this_year=2027) == "6 dec. 2026 14:05"
    language("en")
    assert labels.fmt_day(day) == "Sun 6 Dec 2026"
    assert labels.fmt_date(day) == "6 Dec 2026"
    assert labels.fmt_period(day, date(2027, 4, 30)) == "6 Dec 2026 – 30 Apr 2027"
    assert labels.fmt_stamp(moment) == "6 Dec 2026 14:05"


def _ui_files() -> list[Path]:
    files = sorted((ROOT / "ui").glob("*.ui"))
    assert files, "no Designer forms found"
    return files


@pytest.mark.parametrize("path", _ui_files(), ids=lambda p: p.name)
def test_no_form_asks_for_an_iso_date(path: Path) -> None:
    """No line edit hints at typing a date by hand, and no date field is fixed to ISO: the
    date field (set up by date_field) gives each its calendar and the language's format."""
    tree = ElementTree.parse(path)
    for widget in tree.iter("widget"):
        props = {p.get("name"): "".join(p.itertext()) for p in widget.findall("property")}
        name = f"{path.name}:{widget.get('name')}"
        if widget.get("class") == "QLineEdit":
            assert not ISO_DAY.search(props.get("placeholderText", "")), name
        if widget.get("class") in ("QDateEdit", "QDateTimeEdit"):
            assert "displayFormat" not in props, name


def test_no_window_code_types_or_shows_iso_dates() -> None:
    """Placeholders and display formats set in code, and dates printed with strftime."""
    gui = ROOT / "destination_norberg" / "gui"
    found = []
    for path in gui.rglob("*.py"):
        if "forms" in path.parts:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"setPlaceholderText\(.*\d{4}-\d{2}-\d{2}|setDisplayFormat\(", line) \
                    or re.search(r":%Y-%m-%d|strftime\(\"%Y-%m-%d %H", line):
                found.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert [f for f in found if "date_field.py" not in f] == []


@pytest.mark.parametrize(("code", "keys", "section", "shown"), [
    ("sv", "20270214", QDateTimeEdit.Section.YearSection, "2027-02-14 sön"),
    ("en", "14feb2027", QDateTimeEdit.Section.DaySection, "Sun 14 Feb 2027")])
def test_a_day_is_typed_digit_after_digit(qtbot, language, code: str, keys: str,
                                          section: QDateTimeEdit.Section, shown: str) -> None:
    """Focus lands on the first part one types (past the English weekday); the parts run
    on as they fill."""
    language(code)
    edit = date_field.setup(QDateEdit())
    qtbot.addWidget(edit)
    edit.setDate(QDate(2026, 12, 6))
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    qtbot.waitUntil(lambda: edit.currentSection() == section
                    and edit.lineEdit().selectedText() in ("2026", "6"))
    qtbot.keyClicks(edit, keys)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == shown
    assert date_field.value(edit) == date(2027, 2, 14)


def test_the_time_is_typed_on_past_the_swedish_weekday(qtbot, language) -> None:
    language("sv")
    edit = date_field.setup(QDateTimeEdit())
    qtbot.addWidget(edit)
    edit.setDateTime(QDateTime(QDate(2026, 12, 6), QTime(10, 0)))
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    qtbot.waitUntil(lambda: edit.lineEdit().selectedText() == "2026")
    qtbot.keyClicks(edit, "202702141030")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "2027-02-14 sön 10:30"
    assert edit.dateTime() == QDateTime(QDate(2027, 2, 14), QTime(10, 30))


def _forms_dialogs():
    from destination_norberg.gui.events.task_dialog import TaskDialog
    from destination_norberg.gui.network.dialogs import InteractionDialog, PersonDialog
    from destination_norberg.gui.snow.dialogs import ProductionDialog, StorageDialog, TargetDialog

    today = date(2026, 11, 26)
    return [InteractionDialog(None, [], today), PersonDialog(None, [], today),
            TaskDialog([], event_id=1), StorageDialog(None, [], today),
            ProductionDialog(None, today), TargetDialog(None, [], [], today)]


def test_every_date_in_the_forms_is_the_date_field(qtbot, language) -> None:
    """Each dialog over a Designer form with a date gets the window's date field."""
    language("sv")
    for dialog in _forms_dialogs():
        qtbot.addWidget(dialog)
        edits = dialog.findChildren(QDateTimeEdit)
        assert edits, type(dialog).__name__
        for edit in edits:
            name = f"{type(dialog).__name__}.{edit.objectName()}"
            assert edit.calendarPopup(), name
            assert edit.calendarWidget().firstDayOfWeek().name == "Monday", name
            assert edit.displayFormat() == "yyyy-MM-dd ddd", name
