"""The one date field of the window: Qt's QDateEdit / QDateTimeEdit, set up the same way.

Every date a person types goes through a field set up here (dialogs built on
`CheckedDialog` get it from `check_on_ok`; pages call `setup_all`):

- a calendar that opens from the field, weeks starting on Monday, ISO week numbers down the
  side as Swedish calendars print them, today marked;
- the text follows the window's language and changes with it: Swedish `2026-12-06 sön`
  (Sweden's own standard SS-ISO 8601, the short date of a Swedish Windows and what Outlook,
  Visma and Fortnox show and take in their date fields; the weekday tells whether the race
  is on a Sunday, and stands after the date because Qt cannot parse a year typed after a
  weekday), English `Sun 6 Dec 2026` (the month named, so 06/12 is never read as June);
- typing stays possible: focus lands on the first part one types (the year in Swedish, the
  day in English) and the digits run on past the weekday, `202702141030` or
  `14feb20271030`; the arrow keys step;
- an optional date is a check box beside the field (`OptionalDate`): unticked, the field
  says "no date" instead of showing a date that would not be saved.

Reading a date in a table or a label goes through `labels.fmt_day` and its siblings, one
formatter for the window; files (CSV, iCalendar, JSON) keep ISO dates.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QCalendarWidget, QDateTimeEdit, QWidget

from destination_norberg.gui.common.labels import qdate

#: The oldest day a field takes; an optional field shows its "no date" text at this day.
FLOOR = QDate(1900, 1, 1)
CEILING = QDate(2199, 12, 31)


def is_swedish(locale: QLocale | None = None) -> bool:
    return (locale or QLocale()).language() == QLocale.Language.Swedish


def display_format(with_time: bool = False, locale: QLocale | None = None) -> str:
    """The field's text in the window's language (see the module's note for why)."""
    pattern = "yyyy-MM-dd ddd" if is_swedish(locale) else "ddd d MMM yyyy"
    return pattern + " HH:mm" if with_time else pattern


def weekday_sections(pattern: str) -> set[int]:
    """The positions of the weekday among a display format's sections."""
    parts = re.findall(r"yyyy|yy|MMMM|MMM|MM|M|dddd|ddd|dd|d|HH|H|mm|m|ss|s", pattern)
    return {i for i, part in enumerate(parts) if part in ("ddd", "dddd")}


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
        elif watched is self.edit and event.type() == QEvent.Type.FocusIn:
            QTimer.singleShot(0, self, self._past_the_weekday)
        elif watched is self.edit and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.text().isdigit():
            self._past_the_weekday()  # a digit typed on the weekday goes to the next part
        return False

    def _past_the_weekday(self) -> None:
        """The weekday is read, not typed: focus and typed digits land on the part after it
        (where Qt would select the weekday that leads the English date, or stop on the one
        between the Swedish date and its time)."""
        edit = self.edit
        index = edit.currentSectionIndex()
        if index in weekday_sections(edit.displayFormat()) and index + 1 < edit.sectionCount():
            edit.setCurrentSectionIndex(index + 1)
            edit.setSelectedSection(edit.currentSection())


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
    """A date that may be left out: the field's date counts while it is switched on, by
    `check` (a tick beside it) or by the form (`set_on`, e.g. consent only for consent).

    Off, the field is greyed and reads "no date" (Qt's special-value text at the field's
    lowest day), so nobody reads a date that will not be saved; switched on again it brings
    back the date it had, or `default`.
    """

    def __init__(self, edit: QDateTimeEdit, default: date,
                 check: QAbstractButton | None = None) -> None:
        super().__init__(edit)
        self.check, self.edit = check, edit
        setup(edit)
        self._kept = qdate(default)
        self._on = True  # the field's own date is the one to keep when first switched off
        edit.setDate(self._kept)
        on = check.isChecked() if check is not None else False
        if check is not None:
            check.toggled.connect(self.set_on)
        self.set_on(on)

    def set_on(self, on: bool) -> None:
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
        if self.check is not None and self.check.isChecked() != on:
            self.check.setChecked(on)

    def set_value(self, day: date | None) -> None:
        if day is not None:
            self._kept = qdate(day)
            if self._on:
                self.edit.setDate(self._kept)
        self.set_on(day is not None)

    def value(self) -> date | None:
        return value(self.edit) if self._on else None
