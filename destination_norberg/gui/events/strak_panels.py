"""What the stråk page derives from the form: who is open at a chosen moment, the stop
warnings, the walking route and its length, and the section titles.

The rules (who is open, which stops would let a visitor down, how long the walk is) are
core.strak's; this module only words their answers. StrakPage owns one StrakPanels and hands
it the form's record after each edit; the texts keep the StrakPage translation context (the
two plural texts come from the page, whose tr() lupdate reads).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

from destination_norberg.core.events import StrakRecord
from destination_norberg.core.hours import format_hours, is_open_at
from destination_norberg.core.planning import PlanWarning, WarningCode
from destination_norberg.core.strak import (
    is_strak_day,
    route_length_m,
    stop_warnings,
    strak_hours,
    walking_minutes,
    who_is_open,
)
from destination_norberg.core.timeutil import to_local
from destination_norberg.gui.common import labels
from destination_norberg.gui.events.route_preview import StopMark
from destination_norberg.gui.events.strak_form import from_qdate, from_qtime

if TYPE_CHECKING:
    from destination_norberg.gui.forms.strak_page_ui import Ui_StrakPage

ALERT = "#b3261e"
MUTED = "#5b6670"
OK = "#2e7d32"
# The warnings list grows with its warnings up to this many rows, then scrolls.
MAX_WARNING_ROWS = 6
# How far ahead the who-is-open picker looks for the next stråk day to start on.
LOOKAHEAD_DAYS = 400


def fill_args(template: str, *values: str) -> str:
    """Qt's %1 %2 … in one pass, so a value that itself contains "%2" is left alone."""
    return re.sub(r"%(\d)", lambda m: values[int(m[1]) - 1] if 0 < int(m[1]) <= len(values)
                  else m[0], template)


def first_moment(record: StrakRecord, now: datetime | None) -> tuple[date, time]:
    """Where who-is-open starts: the next stråk day from today (or the period's first),
    an hour after the stråk opens."""
    today = to_local(now).date() if now is not None else date.today()
    start = max(today, record.period_start)
    day = next((start + timedelta(days=n) for n in range(LOOKAHEAD_DAYS)
                if is_strak_day(record, start + timedelta(days=n))), record.period_start)
    opens = record.opens or time(12, 0)
    at = time(min(opens.hour + 1, 23), opens.minute)
    if record.closes is not None and record.closes > opens and at >= record.closes:
        at = opens
    return day, at


class StrakPanels:
    """Who is open, the stop warnings, the route and the section titles of the stråk page.

    `walk_text(minutes)` and `open_count_text(count)` are the page's plural texts; `style_of`
    is the widget whose style gives the warning icon.
    """

    def __init__(self, ui: Ui_StrakPage, style_of: QWidget, walk_text: Callable[[int], str],
                 open_count_text: Callable[[int], str]) -> None:
        self.ui = ui
        self._style_of = style_of
        self._walk_text, self._open_count_text = walk_text, open_count_text
        self.open_names: list[str] = []  # the who-is-open list's names, in walking order
        self.warnings: list[str] = []  # the stop warnings as shown

    def clear(self) -> None:
        """Nothing loaded: empty panels."""
        ui = self.ui
        ui.routePreview.set_route((), ())
        ui.routeLength.setText("")
        ui.warningsList.clear()
        ui.whoList.clear()
        ui.whoStatus.setText("")
        self.open_names, self.warnings = [], []

    def warning_text(self, warning: PlanWarning) -> str:
        """A stop warning as a sentence in the current language (the stråk is the page's)."""
        a = warning.message_args
        pos, org = a.get("position", "?"), a.get("organisation") or "?"
        code = warning.code
        if code == WarningCode.STOP_CLOSED:
            return fill_args(QCoreApplication.translate(
                "StrakPage", "Stop %1, %2, is closed during the stråk hours %3."),
                pos, org, a.get("strak_hours", "?"))
        if code == WarningCode.STOP_HOURS_SHORT:
            return fill_args(QCoreApplication.translate(
                "StrakPage", "Stop %1, %2, is open %3, which does not cover the "
                "stråk hours %4."),
                pos, org, a.get("opening", "?"), a.get("strak_hours", "?"))
        if code == WarningCode.STOP_HOURS_UNREADABLE:
            return fill_args(QCoreApplication.translate(
                "StrakPage", "Stop %1, %2: the opening hours “%3” cannot be read. "
                "Write them as 16–20, or 10–14, 16–20, or stängt."),
                pos, org, a.get("opening", "?"))
        if code == WarningCode.STOP_NO_ORGANISATION:
            return fill_args(QCoreApplication.translate(
                "StrakPage", "Stop %1 has no organisation."), pos)
        if code == WarningCode.STOP_DUPLICATE_POSITION:
            return fill_args(QCoreApplication.translate(
                "StrakPage", "%1 stops share position %2."), a.get("count", "?"), pos)
        return warning.text

    # --- derived views ------------------------------------------------------------------

    def refresh_titles(self, record: StrakRecord) -> None:
        self.ui.stopsTitle.setText(fill_args(
            QCoreApplication.translate("StrakPage", "Stops · %1"), str(len(record.stops))))
        title = QCoreApplication.translate("StrakPage", "Warnings")
        if self.warnings:
            title += f" · {len(self.warnings)}"
        self.ui.warningsTitle.setText(title)

    def refresh_route(self, record: StrakRecord, selected_position: int | None) -> None:
        marks = [StopMark(s.position, s.x, s.y, s.organisation_name or "")
                 for s in record.stops if s.x is not None and s.y is not None]
        missing = sum(1 for s in record.stops
                      if s.organisation_id is not None and (s.x is None or s.y is None))
        self.ui.routePreview.set_route(record.route, marks, missing)
        self.ui.routePreview.set_selected(selected_position)
        if len(record.route) < 2:
            self.ui.routeLength.setText(QCoreApplication.translate(
                "StrakPage", "No walking route is stored for this stråk."))
            return
        length = route_length_m(record.route)
        minutes = walking_minutes(length)
        km = QLocale().toString(length / 1000.0, "f", 1)
        self.ui.routeLength.setText(self._walk_text(minutes).replace("%1", km))
        self.ui.routeLength.setToolTip(QCoreApplication.translate(
            "StrakPage", "Measured along the route at an unhurried "
            "walk of 4.5 km/h, without stops."))

    def refresh_warnings(self, record: StrakRecord) -> None:
        ui = self.ui
        ui.warningsList.clear()
        self.warnings = [self.warning_text(w) for w in stop_warnings(record)]
        icon = self._style_of.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for text in self.warnings:
            item = QListWidgetItem(icon, text)
            item.setForeground(QColor(ALERT))
            ui.warningsList.addItem(item)
        if not self.warnings:
            item = QListWidgetItem(QCoreApplication.translate(
                "StrakPage", "No warnings: every stop has an organisation and "
                "keeps the stråk hours."))
            item.setForeground(QColor(OK))
            ui.warningsList.addItem(item)
        _fit_list(ui.warningsList, MAX_WARNING_ROWS)

    def refresh_who(self, record: StrakRecord | None, language: str) -> None:
        """The who-is-open list at the chosen date and time (empty without a record)."""
        ui = self.ui
        ui.whoList.clear()
        self.open_names = []
        if record is None:
            return
        day, at = from_qdate(ui.whoDate.date()), from_qtime(ui.whoTime.time())
        status, colour = self.who_status(record, day, at)
        for stop in who_is_open(record, day, at):
            name = stop.organisation_name or QCoreApplication.translate(
                "StrakPage", "(no organisation)")
            self.open_names.append(name)
            hours = stop.opening or QCoreApplication.translate("StrakPage", "stråk hours")
            offer = (stop.offer_en or stop.offer_sv) if language == "en" \
                else (stop.offer_sv or stop.offer_en)
            text = f"{stop.position}. {name} ({hours})"
            if offer:
                text += f"\n     {offer}"
            ui.whoList.addItem(QListWidgetItem(text))
        if colour is None:
            colour = OK if self.open_names else MUTED
            status = (self._open_count_text(len(self.open_names)) if self.open_names else
                      QCoreApplication.translate(
                          "StrakPage",
                          "A stråk day and within its hours, but no stop is open then."))
        ui.whoStatus.setText(status)
        ui.whoStatus.setStyleSheet(f"color: {colour}")

    def who_status(self, record: StrakRecord, day: date,
                    at: time) -> tuple[str, str | None]:
        """A sentence when nothing can be open (not a stråk day, outside the hours)."""
        if not is_strak_day(record, day):
            if not record.period_start <= day <= record.period_end:
                return fill_args(QCoreApplication.translate(
                    "StrakPage", "Not a stråk day: %1 runs from %2 to %3."),
                    record.name, labels.fmt_day(record.period_start),
                    labels.fmt_day(record.period_end)), MUTED
            if not record.weekdays:
                return fill_args(QCoreApplication.translate(
                    "StrakPage", "Not a stråk day: no weekdays are chosen for %1."),
                    record.name), MUTED
            days = QLocale().createSeparatedList(
                [QLocale().dayName(d, QLocale.FormatType.LongFormat) for d in record.weekdays])
            return fill_args(QCoreApplication.translate(
                "StrakPage", "Not a stråk day: %1 is open on %2."), record.name, days), MUTED
        own = strak_hours(record)
        if own is not None and not is_open_at((own,), at):
            return fill_args(QCoreApplication.translate(
                "StrakPage", "Outside the stråk hours: %1 is open %2 on stråk days."),
                record.name, format_hours((own,))), MUTED
        return "", None


def _fit_list(view: QListWidget, max_rows: int) -> None:
    """As tall as its rows (wrapped text included) up to `max_rows`; beyond that it scrolls."""
    rows = min(view.count(), max_rows)
    height = sum(view.sizeHintForRow(r) for r in range(rows)) + 2 * view.frameWidth() + 4
    view.setFixedHeight(max(height, 24))
