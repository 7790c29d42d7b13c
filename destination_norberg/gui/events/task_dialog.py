"""Create or edit a task: due on a date or a number of days before the event starts."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from destination_norberg.core.events import TaskRecord
from destination_norberg.gui.common.combos import fill_combo, select_data
from destination_norberg.gui.common.dialog import CheckedDialog
from destination_norberg.gui.forms.task_dialog_ui import Ui_TaskDialog


class TaskDialog(CheckedDialog):
    def __init__(self, persons: list[tuple[int, str, str]], event_id: int,
                 record: TaskRecord | None = None, default_due: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TaskDialog()
        self.ui.setupUi(self)
        self.event_id = event_id
        self.original = record
        self.setWindowTitle(self.tr("Edit task") if record else self.tr("New task"))
        fill_combo(self.ui.responsible, [(p[0], f"{p[1]} ({p[2]})" if p[2] else p[1])
                                    for p in persons], self.tr("(nobody yet)"))
        self.check_on_ok()
        self.ui.dueFixed.toggled.connect(self._mode_changed)
        due = default_due or date.today()
        self.ui.dueOn.setDate(QDate(due.year, due.month, due.day))
        self.ui.daysBefore.setValue(30)
        if record is not None:
            self.ui.title.setText(record.title)
            if record.due_offset_days is not None:
                self.ui.dueRelative.setChecked(True)
                self.ui.daysBefore.setValue(-record.due_offset_days)
            elif record.due_on is not None:
                d = record.due_on
                self.ui.dueOn.setDate(QDate(d.year, d.month, d.day))
            select_data(self.ui.responsible, record.responsible_id)
            self.ui.done.setChecked(record.done)
        self._mode_changed()

    def _mode_changed(self) -> None:
        fixed = self.ui.dueFixed.isChecked()
        self.ui.dueOn.setEnabled(fixed)
        self.ui.daysBefore.setEnabled(not fixed)

    def record(self) -> TaskRecord:
        base = self.original or TaskRecord(id=None, uid=uuid.uuid4().hex,
                                           event_id=self.event_id, title="")
        fixed = self.ui.dueFixed.isChecked()
        qd = self.ui.dueOn.date()
        return replace(base, title=self.ui.title.text().strip(),
                       due_on=date(qd.year(), qd.month(), qd.day()) if fixed else None,
                       due_offset_days=None if fixed else -self.ui.daysBefore.value(),
                       responsible_id=self.ui.responsible.currentData(),
                       done=self.ui.done.isChecked())

    def problem(self) -> str | None:
        if not self.ui.title.text().strip():
            return self.tr("The task needs a title.")
        return None
