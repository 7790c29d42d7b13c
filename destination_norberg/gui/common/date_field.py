"""The one date field of the window: Qt's QDateEdit / QDateTimeEdit, set up the same way.

Every date a person types goes through a field set up here (dialogs built on
`CheckedDialog` get it from `check_on_ok`; pages call `setup_all`):

- a calendar that opens from the field, weeks starting on Monday, ISO week numbers down the
  side as Swedish calendars print them, today marked;
- the text follows the window's language and changes with it: Swedish `sön 2026-12-06`
  (Sweden's own standard SS-ISO 8601, the short date of a Swedish Windows and what Outlook,
  Visma and Fortnox show and take in their date fields, with the weekday as Outlook shows
  it: the form is typed digit by digit, the weekday tells whether the race is on a Sunday),
  English `Sun 6 Dec 2026` (the month named, so 06/12 is never read as June);
- typing stays possible (each part of the date is typed or stepped with the arrow keys);
- an optional date is a check box beside the field (`OptionalDate`): unticked, the field
  says "no date" instead of showing a date that would not be saved.

Reading a date in a table or a label goes through `labels.fmt_day` and its siblings, one
formatter for the window; files (CSV, iCalendar, JSON) keep ISO dates.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtWidgets import QCalendarWidget, QCheckBox, QDateTimeEdit, QWidget

from destination_norberg.gui.common.labels import qdate

#: The oldest day a field takes; an optional field shows its "no date" text at this day.
FLOOR = QDate(1900, 1, 1)
CEILING = QDate(2199, 12, 31)


def is_swedish(locale: QLocale | None = None) -> bool:
    return (locale or QLocale()).language() == QLocale.Language.Swedish


def display_format(with_time: bool = False, locale: QLocale | None = None) -> str:
    """The field's text in the window's language (see the module's note for why)."""
    pattern = "ddd yyyy-MM-dd" if is_swedish(locale) else "ddd d MMM yyyy"
    return pattern + " HH:mm" if with_time else pattern


def _has_time(edit: QDateTimeEdit) -> bool:
    return bool(edit.displayedSections() & QDateTimeEdit.Section.HourSection) \
        or edit.property("dn_with_time") is True


class _FollowLanguage(QObject):
    """Sets the field's format and calendar anew when the window's language changes."""

    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.edit and event.type() == QEvent.Type.LanguageChange:
            apply_language(self.edit)
        return False


def apply_language(edit: QDateTimeEdit) -> None:
    """The format and calendar of the current language (QLocale's default)."""
    locale = QLocale()
    edit.setLocale(locale)
    edit.setDisplayFormat(display_format(bool(edit.property("dn_with_time")), locale))
    calendar = edit.calendarWidget()
    calendar.setLocale(locale)
    calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    if edit.specialValueText():
        edit.setSpecialValueText(no_date_text())


def setup(edit: QDateTimeEdit, minimum: date | None = None,
          maximum: date | None = None) -> QDateTimeEdit:
    """Make `edit` the window's date field; `minimum`/`maximum` where the domain has them."""
    if edit.property("dn_date_field") is not True:
        edit.setProperty("dn_with_time", _has_time(edit))
        edit.setProperty("dn_date_field", True)
        edit.setCalendarPopup(True)
        calendar = QCalendarWidget(edit)
        calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        calendar.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        calendar.setGridVisible(True)
        edit.setCalendarWidget(calendar)
        edit.setDateRange(FLOOR, CEILING)
        edit.setKeyboardTracking(False)
        _FollowLanguage(edit)
        apply_language(edit)
    if minimum is not None:
        edit.setMinimumDate(qdate(minimum))
    if maximum is not None:
        edit.setMaximumDate(qdate(maximum))
    return edit


def setup_all(root: QWidget) -> None:
    """Every date (and date-and-time) field under `root`."""
    for edit in root.findChildren(QDateTimeEdit):
        if edit.displayedSections() & QDateTimeEdit.Section.DateSections_Mask:
            setup(edit)


def keep_order(first: QDateTimeEdit, last: QDateTimeEdit) -> None:
    """The last day never before the first: the calendar of `last` starts at `first`."""
    def follow(day: QDate) -> None:
        last.setMinimumDate(day)
    first.dateChanged.connect(follow)
    follow(first.date())


def value(edit: QDateTimeEdit) -> date:
    qd = edit.date()
    return date(qd.year(), qd.month(), qd.day())


def no_date_text() -> str:
    return QCoreApplication.translate("DateField", "no date")


class OptionalDate(QObject):
    """A date that may be left out: `check` ticked means the field's date counts.

    Unticked, the field is greyed and reads "no date" (Qt's special-value text at the
    field's lowest day), so nobody reads a date that will not be saved; ticking it again
    brings back the date it had, or `default`.
    """

    def __init__(self, check: QCheckBox, edit: QDateTimeEdit, default: date) -> None:
        super().__init__(edit)
        self.check, self.edit = check, edit
        setup(edit)
        self._kept = qdate(default)
        self._on = True  # the field's own date is the one to keep when first unticked
        edit.setDate(self._kept)
        check.toggled.connect(self._toggled)
        self._toggled(check.isChecked())

    def _toggled(self, on: bool) -> None:
        edit = self.edit
        if on:
            edit.setSpecialValueText("")
            edit.setMinimumDate(FLOOR.addDays(1))
            edit.setDate(self._kept)
        else:
            if self._on:
                self._kept = edit.date()
            edit.setMinimumDate(FLOOR)
            edit.setSpecialValueText(no_date_text())
            edit.setDate(FLOOR)
        edit.setEnabled(on)
        self._on = on

    def set_value(self, day: date | None) -> None:
        if day is not None:
            self._kept = qdate(day)
            if self.check.isChecked():
                self.edit.setDate(self._kept)
        self.check.setChecked(day is not None)
        self._toggled(day is not None)

    def value(self) -> date | None:
        return value(self.edit) if self.check.isChecked() else None
