"""The stråk editor: Sommarstråket's and Vinterstråket's days, hours, stops and route.

The page edits one `StrakRecord` of a `PlanningSnapshot` and never writes to the database:
Save emits `save_requested(before, after)` and the events area saves it through its undo
stack, then hands the page a fresh snapshot. The rules (who is open, which stops would let a
visitor down, how long the walk is) are core.strak's; the page only words their answers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, time, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QTime, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStyle,
    QWidget,
)

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
from destination_norberg.gui import labels
from destination_norberg.gui.forms.strak_page_ui import Ui_StrakPage
from destination_norberg.gui.planning_data import PlanningSnapshot
from destination_norberg.gui.route_preview import StopMark
from destination_norberg.gui.strak_stops_model import (
    OFFER_EN,
    OFFER_SV,
    OPENING,
    ORDER,
    ORGANISATION,
    OrganisationDelegate,
    StrakStopsModel,
)

ALERT = "#b3261e"
PROBLEM_STYLE = ("color: #b3261e; background: #fdecea; border: 1px solid #f3c1bc; "
                 "border-radius: 6px; padding: 6px 10px;")
NOTE_STYLE = ("color: #44505c; background: white; border: 1px solid #d9dee5; "
              "border-radius: 6px; padding: 6px 10px;")
MUTED = "#5b6670"
OK = "#2e7d32"
#: The warnings list grows with its warnings up to this many rows, then scrolls.
MAX_WARNING_ROWS = 6
#: How far ahead the who-is-open picker looks for the next stråk day to start on.
LOOKAHEAD_DAYS = 400


def fill_args(template: str, *values: str) -> str:
    """Qt's %1 %2 … in one pass, so a value that itself contains "%2" is left alone."""
    return re.sub(r"%(\d)", lambda m: values[int(m[1]) - 1] if 0 < int(m[1]) <= len(values)
                  else m[0], template)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class StrakPage(QWidget):
    """`save_requested(before, after)`: two `StrakRecord`s, emitted only for a valid change."""

    save_requested = Signal(object, object)
    dirty_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StrakPage()
        self.ui.setupUi(self)
        self.snapshot: PlanningSnapshot | None = None
        self.language = "sv"
        self._original: StrakRecord | None = None
        self._loading = False
        self._dirty = False
        self._awaiting_save = False  # Save pressed; the button waits for an edit or a reload
        self._open_names: list[str] = []
        self._warnings: list[str] = []
        self._days: list[QCheckBox] = [getattr(self.ui, f"day{i}") for i in range(1, 8)]

        ui = self.ui
        self.stops_model = StrakStopsModel(self)
        ui.stopsTable.setModel(self.stops_model)
        ui.stopsTable.setItemDelegateForColumn(ORGANISATION, OrganisationDelegate(self))
        header = ui.stopsTable.horizontalHeader()
        header.setStretchLastSection(False)
        for column, mode in ((ORDER, QHeaderView.ResizeMode.ResizeToContents),
                             (ORGANISATION, QHeaderView.ResizeMode.Interactive),
                             (OPENING, QHeaderView.ResizeMode.ResizeToContents),
                             (OFFER_SV, QHeaderView.ResizeMode.Stretch),
                             (OFFER_EN, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(ORGANISATION, 210)
        ui.stopsTable.verticalHeader().setDefaultSectionSize(26)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([820, 520])
        ui.problem.setStyleSheet(PROBLEM_STYLE)
        ui.problem.hide()
        ui.stopsHint.setStyleSheet(f"color: {MUTED}")
        ui.saveButton.setDefault(True)

        ui.strakPicker.currentIndexChanged.connect(self._picked)
        for edit in (ui.periodStart, ui.periodEnd):
            edit.dateChanged.connect(self._edited)
        for edit in (ui.opens, ui.closes):
            edit.timeChanged.connect(self._edited)
        for box in self._days:
            box.toggled.connect(self._edited)
        ui.noHours.toggled.connect(self._hours_toggled)
        self.stops_model.stops_changed.connect(self._edited)
        ui.stopsTable.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.addStop.clicked.connect(self.add_stop)
        ui.removeStop.clicked.connect(self.remove_stop)
        ui.moveUp.clicked.connect(lambda: self.move_stop(-1))
        ui.moveDown.clicked.connect(lambda: self.move_stop(1))
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.revert)
        ui.whoDate.dateChanged.connect(self._refresh_who)
        ui.whoTime.timeChanged.connect(self._refresh_who)

        self._retranslate()
        self._show_nothing()

    # --- public API ---------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        """The form differs from the stråk as loaded."""
        return self._dirty

    @property
    def original(self) -> StrakRecord | None:
        return self._original

    def set_snapshot(self, snapshot: PlanningSnapshot, language: str = "sv") -> None:
        """Show the snapshot's stråk, keeping the one selected (by id) when it is still there.

        Unsaved edits survive a reload that did not change the stråk itself (same version):
        the events area reloads after every edit anywhere, not only after this page's saves.
        """
        self.snapshot = snapshot
        self.language = language
        self.stops_model.set_organisations(snapshot.organisations, _locations(snapshot))
        current = self._original.id if self._original is not None else None
        ui = self.ui
        ui.strakPicker.blockSignals(True)
        try:
            ui.strakPicker.clear()
            for index, strak in enumerate(snapshot.strak):
                ui.strakPicker.addItem(strak.name, self._key(strak, index))
        finally:
            ui.strakPicker.blockSignals(False)
        record = next((s for s in snapshot.strak if current is not None and s.id == current),
                      snapshot.strak[0] if snapshot.strak else None)
        if record is None:
            self._show_nothing()
            return
        ui.strakPicker.blockSignals(True)
        ui.strakPicker.setCurrentIndex(snapshot.strak.index(record))
        ui.strakPicker.blockSignals(False)
        if (self._dirty and self._original is not None and record.id == self._original.id
                and record.version == self._original.version):
            self._original = record
            self._awaiting_save = False
            self._edited()
            return
        self._load(record, reset_who=record.id != current or current is None)

    def set_language(self, language: str) -> None:
        """Which offer the who-is-open list shows ("sv" or "en")."""
        self.language = language
        self._refresh_who()

    def select_strak(self, strak_id: int) -> bool:
        """Show the stråk with this id (asking first if edits would be lost); False if absent."""
        if self.snapshot is None:
            return False
        index = next((i for i, s in enumerate(self.snapshot.strak) if s.id == strak_id), -1)
        if index < 0:
            return False
        if self.ui.strakPicker.currentIndex() == index:
            return True
        self.ui.strakPicker.setCurrentIndex(index)
        return self.ui.strakPicker.currentIndex() == index

    def current_record(self) -> StrakRecord:
        """The form as a record: id, uid, version, name, route, season and event as loaded."""
        if self._original is None:
            raise RuntimeError("no stråk is loaded")
        ui = self.ui
        no_hours = ui.noHours.isChecked()
        return replace(
            self._original,
            period_start=_date(ui.periodStart.date()),
            period_end=_date(ui.periodEnd.date()),
            weekdays=tuple(day for day, box in enumerate(self._days, 1) if box.isChecked()),
            opens=None if no_hours else _time(ui.opens.time()),
            closes=None if no_hours else _time(ui.closes.time()),
            stops=self.stops_model.stops())

    def problems(self) -> list[str]:
        """What keeps the form from being saved, in the user's words; empty when it is fine."""
        if self._original is None:
            return []
        record = self.current_record()
        found = []
        if record.period_end < record.period_start:
            found.append(self.tr("The period ends before it starts."))
        if not record.weekdays:
            found.append(self.tr("Choose at least one day of the week for the stråk."))
        if record.opens is not None and record.closes is not None \
                and record.closes <= record.opens:
            found.append(self.tr("The stråk must close after it opens."))
        missing = [str(s.position) for s in record.stops if s.organisation_id is None]
        if missing:
            found.append(self.tr(
                "Every stop needs an organisation: choose one for stop %1 or remove it.")
                .replace("%1", QLocale().createSeparatedList(missing)))
        return found

    def save(self) -> bool:
        """Emit `save_requested` when the form is valid and changed; True if it was emitted."""
        if self._original is None:
            return False
        self._commit_open_editor()
        problems = self.problems()
        if problems:
            self._show_problems(problems)
            return False
        self._show_problems([])
        after = self.current_record()
        if after == self._original:
            return False
        self._awaiting_save = True
        self._update_buttons()
        self.save_requested.emit(self._original, after)
        return True

    def _commit_open_editor(self) -> None:
        """A cell still being typed in counts: Save (or a shortcut) may come before focus-out."""
        table = self.ui.stopsTable
        editor = table.indexWidget(table.currentIndex())
        if editor is not None:
            table.commitData(editor)

    def revert(self) -> None:
        """Back to the stråk as loaded."""
        if self._original is not None:
            self._load(self._original, reset_who=False)

    def who_is_open_list(self) -> list[str]:
        """The organisation names the who-is-open list shows, in walking order."""
        return list(self._open_names)

    def who_is_open_status(self) -> str:
        return self.ui.whoStatus.text()

    def check_who_is_open(self, day: date, at: time) -> list[str]:
        """Set the who-is-open date and time; returns the names then shown."""
        self.ui.whoDate.setDate(_qdate(day))
        self.ui.whoTime.setTime(_qtime(at))
        self._refresh_who()
        return self.who_is_open_list()

    def warning_texts(self) -> list[str]:
        return list(self._warnings)

    def route_summary(self) -> str:
        return self.ui.routeLength.text()

    # --- stop buttons -------------------------------------------------------------------

    def selected_row(self) -> int | None:
        rows = self.ui.stopsTable.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.stops_model.rowCount():
            self.ui.stopsTable.selectRow(row)
        else:
            self.ui.stopsTable.clearSelection()

    def add_stop(self) -> None:
        row = self.stops_model.add_stop()
        self.select_row(row)
        index = self.stops_model.index(row, ORGANISATION)
        self.ui.stopsTable.scrollTo(index)
        self.ui.stopsTable.setCurrentIndex(index)
        self.ui.stopsTable.edit(index)

    def remove_stop(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        self.stops_model.remove_stop(row)
        self.select_row(min(row, self.stops_model.rowCount() - 1))

    def move_stop(self, step: int) -> None:
        row = self.selected_row()
        if row is None:
            return
        self.select_row(self.stops_model.move_stop(row, row + step))

    # --- loading ------------------------------------------------------------------------

    @staticmethod
    def _key(strak: StrakRecord, index: int) -> object:
        return strak.id if strak.id is not None else f"new-{index}"

    def _show_nothing(self) -> None:
        """No stråk in the snapshot (an empty database): an empty, disabled form."""
        self._original = None
        self._set_dirty(False)
        self.ui.splitter.setEnabled(False)
        self.ui.strakPicker.setEnabled(False)
        self._loading = True
        self.stops_model.set_stops(())
        self._loading = False
        self.ui.problem.setStyleSheet(NOTE_STYLE)
        self.ui.problem.setText(self.tr("There is no stråk to edit yet. Sommarstråket and "
                                        "Vinterstråket come with the demo season."))
        self.ui.problem.setVisible(self.snapshot is not None)
        self.ui.routePreview.set_route((), ())
        self.ui.routeLength.setText("")
        self.ui.warningsList.clear()
        self.ui.whoList.clear()
        self.ui.whoStatus.setText("")
        self._open_names, self._warnings = [], []
        self._update_buttons()

    def _load(self, record: StrakRecord, *, reset_who: bool) -> None:
        ui = self.ui
        self._loading = True
        try:
            ui.splitter.setEnabled(True)
            ui.strakPicker.setEnabled(True)
            ui.periodStart.setDate(_qdate(record.period_start))
            ui.periodEnd.setDate(_qdate(record.period_end))
            for day, box in enumerate(self._days, 1):
                box.setChecked(day in record.weekdays)
            has_hours = record.opens is not None and record.closes is not None
            ui.noHours.setChecked(not has_hours)
            ui.opens.setTime(_qtime(record.opens) if record.opens else QTime(16, 0))
            ui.closes.setTime(_qtime(record.closes) if record.closes else QTime(20, 0))
            self._hours_enabled()
            self.stops_model.set_stops(record.stops)
            if reset_who:
                day, at = self._first_moment(record)
                ui.whoDate.setDate(_qdate(day))
                ui.whoTime.setTime(_qtime(at))
        finally:
            self._loading = False
        self._original = record
        self._awaiting_save = False
        ui.stopsTable.clearSelection()
        self._show_problems([])
        self._edited()

    def _first_moment(self, record: StrakRecord) -> tuple[date, time]:
        """Where who-is-open starts: the next stråk day from today (or the period's first),
        an hour after the stråk opens."""
        today = (to_local(self.snapshot.now).date()
                 if self.snapshot is not None and self.snapshot.now is not None
                 else date.today())
        start = max(today, record.period_start)
        day = next((start + timedelta(days=n) for n in range(LOOKAHEAD_DAYS)
                    if is_strak_day(record, start + timedelta(days=n))), record.period_start)
        opens = record.opens or time(12, 0)
        at = time(min(opens.hour + 1, 23), opens.minute)
        if record.closes is not None and record.closes > opens and at >= record.closes:
            at = opens
        return day, at

    def _picked(self, index: int) -> None:
        if self.snapshot is None or not 0 <= index < len(self.snapshot.strak):
            return
        record = self.snapshot.strak[index]
        if self._original is not None and record.id == self._original.id \
                and record.id is not None:
            return
        if self._dirty and not self._confirm_discard():
            previous = next((i for i, s in enumerate(self.snapshot.strak)
                             if self._original is not None and s.id == self._original.id), -1)
            self.ui.strakPicker.blockSignals(True)
            self.ui.strakPicker.setCurrentIndex(previous)
            self.ui.strakPicker.blockSignals(False)
            return
        self._load(record, reset_who=True)

    def _confirm_discard(self) -> bool:
        """Ask before unsaved edits are thrown away; True to go ahead."""
        name = self._original.name if self._original is not None else ""
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The changes to %1 are not saved. Throw them away?").replace("%1", name),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    # --- reacting to edits --------------------------------------------------------------

    def _hours_toggled(self, *_args: object) -> None:
        self._hours_enabled()
        self._edited()

    def _hours_enabled(self) -> None:
        has_hours = not self.ui.noHours.isChecked()
        self.ui.opens.setEnabled(has_hours)
        self.ui.closes.setEnabled(has_hours)

    def _edited(self, *_args: object) -> None:
        if self._loading or self._original is None:
            return
        self._awaiting_save = False
        record = self.current_record()
        self._set_dirty(record != self._original)
        self._refresh_route(record)
        self._refresh_warnings(record)
        self._refresh_who()
        self._refresh_titles(record)
        if not self.ui.problem.isHidden():  # a shown problem goes away once it is fixed
            self._show_problems(self.problems())
        self._update_buttons()

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _show_problems(self, problems: list[str]) -> None:
        self.ui.problem.setStyleSheet(PROBLEM_STYLE)
        self.ui.problem.setText("\n".join(problems))
        self.ui.problem.setVisible(bool(problems))

    def _update_buttons(self) -> None:
        ui = self.ui
        loaded = self._original is not None
        ui.saveButton.setEnabled(loaded and self._dirty and not self._awaiting_save)
        ui.revertButton.setEnabled(loaded and self._dirty)
        row = self.selected_row()
        count = self.stops_model.rowCount()
        ui.addStop.setEnabled(loaded)
        ui.removeStop.setEnabled(row is not None)
        ui.moveUp.setEnabled(row is not None and row > 0)
        ui.moveDown.setEnabled(row is not None and row < count - 1)

    def _selection_changed(self, *_args: object) -> None:
        row = self.selected_row()
        self.ui.routePreview.set_selected(
            self.stops_model.stop_at(row).position if row is not None else None)
        self._update_buttons()

    # --- derived views ------------------------------------------------------------------

    def _refresh_titles(self, record: StrakRecord) -> None:
        self.ui.stopsTitle.setText(fill_args(self.tr("Stops · %1"), str(len(record.stops))))
        title = self.tr("Warnings")
        if self._warnings:
            title += f" · {len(self._warnings)}"
        self.ui.warningsTitle.setText(title)

    def _refresh_route(self, record: StrakRecord) -> None:
        marks = [StopMark(s.position, s.x, s.y, s.organisation_name or "")
                 for s in record.stops if s.x is not None and s.y is not None]
        missing = sum(1 for s in record.stops
                      if s.organisation_id is not None and (s.x is None or s.y is None))
        self.ui.routePreview.set_route(record.route, marks, missing)
        row = self.selected_row()
        self.ui.routePreview.set_selected(
            self.stops_model.stop_at(row).position if row is not None else None)
        if len(record.route) < 2:
            self.ui.routeLength.setText(self.tr("No walking route is stored for this stråk."))
            return
        length = route_length_m(record.route)
        minutes = walking_minutes(length)
        km = QLocale().toString(length / 1000.0, "f", 1)
        self.ui.routeLength.setText(
            self.tr("%1 km · about %n minute(s) on foot", "", minutes).replace("%1", km))
        self.ui.routeLength.setToolTip(self.tr("Measured along the route at an unhurried "
                                               "walk of 4.5 km/h, without stops."))

    def _refresh_warnings(self, record: StrakRecord) -> None:
        ui = self.ui
        ui.warningsList.clear()
        self._warnings = [self.warning_text(w) for w in stop_warnings(record)]
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for text in self._warnings:
            item = QListWidgetItem(icon, text)
            item.setForeground(QColor(ALERT))
            ui.warningsList.addItem(item)
        if not self._warnings:
            item = QListWidgetItem(self.tr("No warnings: every stop has an organisation and "
                                           "keeps the stråk hours."))
            item.setForeground(QColor(OK))
            ui.warningsList.addItem(item)
        _fit_list(ui.warningsList, MAX_WARNING_ROWS)

    def warning_text(self, warning: PlanWarning) -> str:
        """A stop warning as a sentence in the current language (the stråk is the page's)."""
        a = warning.message_args
        pos, org = a.get("position", "?"), a.get("organisation") or "?"
        code = warning.code
        if code == WarningCode.STOP_CLOSED:
            return fill_args(self.tr("Stop %1, %2, is closed during the stråk hours %3."),
                             pos, org, a.get("strak_hours", "?"))
        if code == WarningCode.STOP_HOURS_SHORT:
            return fill_args(self.tr("Stop %1, %2, is open %3, which does not cover the "
                                     "stråk hours %4."),
                             pos, org, a.get("opening", "?"), a.get("strak_hours", "?"))
        if code == WarningCode.STOP_HOURS_UNREADABLE:
            return fill_args(self.tr("Stop %1, %2: the opening hours “%3” cannot be read. "
                                     "Write them as 16–20, or 10–14, 16–20, or stängt."),
                             pos, org, a.get("opening", "?"))
        if code == WarningCode.STOP_NO_ORGANISATION:
            return fill_args(self.tr("Stop %1 has no organisation."), pos)
        if code == WarningCode.STOP_DUPLICATE_POSITION:
            return fill_args(self.tr("%1 stops share position %2."), a.get("count", "?"), pos)
        return warning.text

    def _refresh_who(self, *_args: object) -> None:
        ui = self.ui
        ui.whoList.clear()
        self._open_names = []
        if self._original is None or self._loading:
            return
        record = self.current_record()
        day, at = _date(ui.whoDate.date()), _time(ui.whoTime.time())
        status, colour = self._who_status(record, day, at)
        for stop in who_is_open(record, day, at):
            name = stop.organisation_name or self.tr("(no organisation)")
            self._open_names.append(name)
            hours = stop.opening or self.tr("stråk hours")
            offer = (stop.offer_en or stop.offer_sv) if self.language == "en" \
                else (stop.offer_sv or stop.offer_en)
            text = f"{stop.position}. {name} ({hours})"
            if offer:
                text += f"\n     {offer}"
            ui.whoList.addItem(QListWidgetItem(text))
        if colour is None:
            colour = OK if self._open_names else MUTED
            status = (self.tr("%n stop(s) open then.", "", len(self._open_names))
                      if self._open_names else
                      self.tr("A stråk day and within its hours, but no stop is open then."))
        ui.whoStatus.setText(status)
        ui.whoStatus.setStyleSheet(f"color: {colour}")

    def _who_status(self, record: StrakRecord, day: date,
                    at: time) -> tuple[str, str | None]:
        """A sentence when nothing can be open (not a stråk day, outside the hours)."""
        if not is_strak_day(record, day):
            if not record.period_start <= day <= record.period_end:
                return fill_args(self.tr("Not a stråk day: %1 runs from %2 to %3."),
                                 record.name, labels.fmt_day(record.period_start),
                                 labels.fmt_day(record.period_end)), MUTED
            if not record.weekdays:
                return fill_args(self.tr("Not a stråk day: no weekdays are chosen for %1."),
                                 record.name), MUTED
            days = QLocale().createSeparatedList(
                [QLocale().dayName(d, QLocale.FormatType.LongFormat) for d in record.weekdays])
            return fill_args(self.tr("Not a stråk day: %1 is open on %2."), record.name,
                             days), MUTED
        own = strak_hours(record)
        if own is not None and not is_open_at((own,), at):
            return fill_args(self.tr("Outside the stråk hours: %1 is open %2 on stråk days."),
                             record.name, format_hours((own,))), MUTED
        return "", None

    # --- language -----------------------------------------------------------------------

    def _retranslate(self) -> None:
        locale = QLocale()
        for day, box in enumerate(self._days, 1):
            box.setText(locale.dayName(day, QLocale.FormatType.ShortFormat))
            box.setToolTip(locale.dayName(day, QLocale.FormatType.LongFormat))
        self.stops_model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            if self._original is not None:
                self._edited()
            elif self.snapshot is not None:
                self._show_nothing()
        super().changeEvent(event)


def _fit_list(view: QListWidget, max_rows: int) -> None:
    """As tall as its rows (wrapped text included) up to `max_rows`; beyond that it scrolls."""
    rows = min(view.count(), max_rows)
    height = sum(view.sizeHintForRow(r) for r in range(rows)) + 2 * view.frameWidth() + 4
    view.setFixedHeight(max(height, 24))


def _locations(snapshot: PlanningSnapshot) -> dict[int, tuple[float, float]]:
    """Every organisation's location, and the stops' own where the snapshot lacks one."""
    found: dict[int, tuple[float, float]] = dict(snapshot.org_locations)
    for strak in snapshot.strak:
        for stop in strak.stops:
            if stop.organisation_id is not None and stop.x is not None and stop.y is not None:
                found[stop.organisation_id] = (stop.x, stop.y)
    return found
