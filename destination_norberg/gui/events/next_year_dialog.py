"""Next year's winter week in one step: choose the week, see every new date, then copy.

Nothing is written until OK; the preview shows each copy's old and new date (weekdays kept,
by the Engelbrektsloppet rule), what is left out and what already exists next year.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from destination_norberg.core.events import EventRecord
from destination_norberg.core.next_year import CopyPlan, plan_copy
from destination_norberg.core.timeutil import to_local
from destination_norberg.core.vocab import EventKind
from destination_norberg.gui.common import labels
from destination_norberg.gui.common.combos import fill_combo, select_data
from destination_norberg.gui.common.table_model import Row, SnapshotTableModel
from destination_norberg.gui.events.planning_data import PlanningSnapshot
from destination_norberg.gui.forms.next_year_dialog_ui import Ui_NextYearDialog


def _when(e: EventRecord) -> str:
    return labels.fmt_local(e.starts_at) + f" {to_local(e.starts_at):%Y}"


class NextYearDialog(QDialog):
    def __init__(self, snapshot: PlanningSnapshot, week_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NextYearDialog()
        self.ui.setupUi(self)
        self.snapshot = snapshot
        self.plan: CopyPlan | None = None
        weeks = [e for e in snapshot.events if e.kind == EventKind.WEEK.value]
        fill_combo(self.ui.source, [(e.id, e.name_sv) for e in weeks], None)
        fill_combo(self.ui.season, [(s.id, s.name) for s in snapshot.seasons], self.tr("(none)"))
        self.model = SnapshotTableModel(parent=self)
        self.ui.preview.setModel(self.model)
        self.ui.preview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.ui.problem.setStyleSheet("color: #b3261e")
        self.ui.copyTasks.setChecked(True)
        if week_id is not None:
            select_data(self.ui.source, week_id)
        self._source_changed()
        self.ui.source.currentIndexChanged.connect(self._source_changed)
        self.ui.year.valueChanged.connect(self._update)
        self.ui.season.currentIndexChanged.connect(self._update)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _source_changed(self) -> None:
        week = self.snapshot.event(self.ui.source.currentData())
        if week is not None:
            year = to_local(week.starts_at).year + 1
            self.ui.year.blockSignals(True)
            self.ui.year.setValue(year)
            self.ui.year.blockSignals(False)
            self._pick_season(year)
        self._update()

    def _pick_season(self, year: int) -> None:
        """The season that holds February of the target year, if there is one."""
        for s in self.snapshot.seasons:
            if s.starts_on.year <= year <= s.ends_on.year and s.kind == "vinter" and (
                    s.ends_on.year == year):
                select_data(self.ui.season, s.id)
                return
        self.ui.season.setCurrentIndex(0)

    def _update(self) -> None:
        self.plan = None
        self.ui.problem.hide()
        week_id = self.ui.source.currentData()
        if week_id is None:
            self.ui.summary.setText(self.tr("There is no week to copy yet."))
            self.model.set_rows([])
            return
        try:
            self.plan = plan_copy(self.snapshot.events, week_id, self.ui.year.value(),
                                  self.ui.season.currentData(), self.snapshot.events)
        except ValueError as exc:
            self.ui.problem.setText(str(exc))
            self.ui.problem.show()
            self.model.set_rows([])
            return
        plan = self.plan
        conflicts = {c.index for c in plan.conflicts}
        rows = [Row(cells=(c.new.name_sv, _when(c.source), _when(c.new),
                           self.tr("already exists in %1").replace("%1", str(plan.to_year))
                           if i in conflicts else ""),
                    tone="alert" if i in conflicts else None)
                for i, c in enumerate(plan.copies)]
        rows += [Row(cells=(s.source.name_sv, _when(s.source), "—", self.tr("left out: cancelled")
                            if s.reason == "cancelled" else self.tr("left out")),
                     tone="muted") for s in plan.skipped]
        self.model.set_headers([self.tr("Event"), self.tr("Was"), self.tr("Becomes"),
                                self.tr("Note")])
        self.model.set_rows(rows)
        self.ui.summary.setText(self.tr(
            "%n event(s) will be copied, %1 days later, weekdays and times kept.", "",
            len(plan.copies)).replace("%1", str(plan.shift_days)))

    def accept(self) -> None:
        if self.plan is None or not self.plan.copies:
            self.ui.problem.setText(self.tr("There is nothing to copy."))
            self.ui.problem.show()
            return
        super().accept()

    @property
    def copy_tasks(self) -> bool:
        return self.ui.copyTasks.isChecked()
