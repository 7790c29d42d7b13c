"""The stråk form itself: the record it describes, what keeps it from being saved, and the
buttons that add, remove and move stops.

StrakPage owns one StrakForm over its generated form (ui), its stops model and its weekday
boxes; loading and saving stay the page's, the panels derived from the form are strak_panels'.
What keeps a record from being saved is `record_problems`, a plain function of the record.
The texts keep the StrakPage translation context.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime
from PySide6.QtWidgets import QCheckBox

from destination_norberg.core.events import StrakRecord
from destination_norberg.gui.events.strak_stops_model import ORGANISATION, StrakStopsModel

if TYPE_CHECKING:
    from destination_norberg.gui.forms.strak_page_ui import Ui_StrakPage

PROBLEM_STYLE = ("color: #b3261e; background: #fdecea; border: 1px solid #f3c1bc; "
                 "border-radius: 6px; padding: 6px 10px;")
NOTE_STYLE = ("color: #44505c; background: white; border: 1px solid #d9dee5; "
              "border-radius: 6px; padding: 6px 10px;")


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def from_qtime(value: QTime) -> time:
    return time(value.hour(), value.minute())


def record_problems(record: StrakRecord) -> list[str]:
    """What keeps `record` from being saved, in the user's words; empty when it is fine."""
    found = []
    if record.period_end < record.period_start:
        found.append(QCoreApplication.translate(
            "StrakPage", "The period ends before it starts."))
    if not record.weekdays:
        found.append(QCoreApplication.translate(
            "StrakPage", "Choose at least one day of the week for the stråk."))
    if record.opens is not None and record.closes is not None \
            and record.closes <= record.opens:
        found.append(QCoreApplication.translate(
            "StrakPage", "The stråk must close after it opens."))
    missing = [str(s.position) for s in record.stops if s.organisation_id is None]
    if missing:
        found.append(QCoreApplication.translate(
            "StrakPage",
            "Every stop needs an organisation: choose one for stop %1 or remove it.")
            .replace("%1", QLocale().createSeparatedList(missing)))
    return found


class StrakForm:
    """The form's widgets read as a record, its stop buttons and its Save/Revert state."""

    def __init__(self, ui: Ui_StrakPage, stops_model: StrakStopsModel,
                 days: list[QCheckBox]) -> None:
        self.ui, self.stops_model, self.days = ui, stops_model, days

    def record(self, original: StrakRecord) -> StrakRecord:
        """The form as a record: id, uid, version, name, route, season and event as loaded."""
        ui = self.ui
        no_hours = ui.noHours.isChecked()
        return replace(
            original,
            period_start=from_qdate(ui.periodStart.date()),
            period_end=from_qdate(ui.periodEnd.date()),
            weekdays=tuple(day for day, box in enumerate(self.days, 1) if box.isChecked()),
            opens=None if no_hours else from_qtime(ui.opens.time()),
            closes=None if no_hours else from_qtime(ui.closes.time()),
            stops=self.stops_model.stops())

    def commit_open_editor(self) -> None:
        """A cell still being typed in counts: Save (or a shortcut) may come before focus-out."""
        table = self.ui.stopsTable
        editor = table.indexWidget(table.currentIndex())
        if editor is not None:
            table.commitData(editor)

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

    def selected_position(self) -> int | None:
        """The selected stop's position (for the route preview), or None."""
        row = self.selected_row()
        return self.stops_model.stop_at(row).position if row is not None else None

    # --- form state ---------------------------------------------------------------------

    def hours_enabled(self) -> None:
        has_hours = not self.ui.noHours.isChecked()
        self.ui.opens.setEnabled(has_hours)
        self.ui.closes.setEnabled(has_hours)

    def show_problems(self, problems: list[str]) -> None:
        self.ui.problem.setStyleSheet(PROBLEM_STYLE)
        self.ui.problem.setText("\n".join(problems))
        self.ui.problem.setVisible(bool(problems))

    def update_buttons(self, original: StrakRecord | None, dirty: bool,
                       awaiting_save: bool) -> None:
        ui = self.ui
        loaded = original is not None
        ui.saveButton.setEnabled(loaded and dirty and not awaiting_save)
        ui.revertButton.setEnabled(loaded and dirty)
        row = self.selected_row()
        count = self.stops_model.rowCount()
        ui.addStop.setEnabled(loaded)
        ui.copyStrakButton.setEnabled(loaded and original is not None
                                      and original.id is not None)
        ui.removeStop.setEnabled(row is not None)
        ui.moveUp.setEnabled(row is not None and row > 0)
        ui.moveDown.setEnabled(row is not None and row < count - 1)
        ui.showStopOnMap.setEnabled(row is not None and original is not None
                                    and original.id is not None)
