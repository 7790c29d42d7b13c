"""Next year's winter week in one step: choose the week, the season it goes into (made when
missing) and whether last year's stråk come along; see every new date, then copy.

Nothing is written until OK; the preview shows each copy's old and new date (weekdays kept,
by the Engelbrektsloppet rule), the stråk with their new periods (the same weekdays a year
later), what is left out and what already exists next year. The plan is
app.planning_year's: the window writes it as one unit and undoes it as one step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from destination_norberg.core.events import EventRecord
from destination_norberg.core.timeutil import to_local
from destination_norberg.core.vocab import EventKind
from destination_norberg.gui.common import labels
from destination_norberg.gui.common.combos import fill_combo, select_data
from destination_norberg.gui.common.plain import plain
from destination_norberg.gui.common.table_model import Row, SnapshotTableModel
from destination_norberg.gui.events.planning_data import PlanningSnapshot
from destination_norberg.gui.forms.next_year_dialog_ui import Ui_NextYearDialog

NEW = "new"  # the season combo's data for "a new season, made in the same step"


def _when(e: EventRecord) -> str:
    return labels.fmt_local(e.starts_at) + f" {to_local(e.starts_at):%Y}"


class NextYearDialog(QDialog):
    def __init__(self, snapshot: PlanningSnapshot, week_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NextYearDialog()
        self.ui.setupUi(self)
        self.snapshot = snapshot
        self.plan: Any = None  # app.planning_year.YearPlan
        weeks = [e for e in snapshot.events if e.kind == EventKind.WEEK.value
                 and e.season_id not in snapshot.archived_ids()]
        fill_combo(self.ui.source, [(e.id, e.name_sv) for e in weeks], None)
        self.model = SnapshotTableModel(parent=self)
        self.ui.preview.setModel(self.model)
        self.ui.preview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.ui.problem.setStyleSheet("color: #b3261e")
        self.ui.copyTasks.setChecked(True)
        self.ui.copyStrak.setChecked(True)
        self.resize(900, 600)
        if week_id is not None:
            select_data(self.ui.source, week_id)
        self._source_changed()
        self.ui.source.currentIndexChanged.connect(self._source_changed)
        self.ui.year.valueChanged.connect(self._year_changed)
        self.ui.season.currentIndexChanged.connect(self._update)
        self.ui.copyStrak.toggled.connect(self._update)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    # --- the choices ------------------------------------------------------------------------

    def _week(self) -> EventRecord | None:
        return self.snapshot.event(self.ui.source.currentData())

    def _source_changed(self) -> None:
        week = self._week()
        if week is not None:
            self.ui.year.blockSignals(True)
            self.ui.year.setValue(to_local(week.starts_at).year + 1)
            self.ui.year.blockSignals(False)
        self._fill_seasons()
        self._update()

    def _year_changed(self) -> None:
        self._fill_seasons()
        self._update()

    def _default_name(self) -> str | None:
        """The source season's name as many years on as the target year lies ahead."""
        from destination_norberg.app.seasons import next_name

        week = self._week()
        if week is None:
            return None
        source = next((s for s in self.snapshot.seasons if s.id == week.season_id), None)
        years = self.ui.year.value() - to_local(week.starts_at).year
        if source is None or years < 1:
            return None
        return next_name(source.name, source.ends_on, years)

    def _fill_seasons(self) -> None:
        """A new season named after the source's (when there is none by that name), then
        every open season; the one by that name is chosen."""
        wanted = self._default_name()
        names = {s.name.casefold(): s.id for s in self.snapshot.open_seasons()}
        items: list[tuple[Any, str]] = []
        if wanted and wanted.casefold() not in names and wanted.casefold() not in {
                s.name.casefold() for s in self.snapshot.seasons}:
            items.append((NEW, self.tr("New season: %1").replace("%1", wanted)))
        items += [(s.id, s.name) for s in self.snapshot.open_seasons()]
        self.ui.season.blockSignals(True)
        fill_combo(self.ui.season, items, None)
        if wanted and wanted.casefold() in names:
            select_data(self.ui.season, names[wanted.casefold()])
        self.ui.season.blockSignals(False)
        self._new_name = wanted

    def _into(self) -> str | None:
        data = self.ui.season.currentData()
        if data == NEW:
            return self._new_name
        season = next((s for s in self.snapshot.seasons if s.id == data), None)
        return season.name if season else None

    # --- the plan ---------------------------------------------------------------------------

    def _update(self) -> None:
        from destination_norberg.app.errors import AppError
        from destination_norberg.app.planning_year import plan_next_year

        self.plan = None
        self.ui.problem.hide()
        week = self._week()
        if week is None or week.id is None:
            self.ui.summary.setText(self.tr("There is no week to copy yet."))
            self.model.set_rows([])
            self.ui.copyStrak.hide()
            return
        snap = self.snapshot
        try:
            self.plan = plan_next_year(
                snap.events, snap.tasks, snap.strak, snap.season_list, [week.id],
                to_year=self.ui.year.value(), into=self._into(),
                with_tasks=True, with_strak=self.ui.copyStrak.isChecked())
        except (ValueError, AppError) as exc:
            self.ui.problem.setText(plain(str(exc)))
            self.ui.problem.show()
            self.model.set_rows([])
            return
        self._show(self.plan)

    def _show(self, plan: Any) -> None:
        offered = [s for s in self.snapshot.strak if s.season_id == self._week_season()]
        self.ui.copyStrak.setVisible(bool(offered))
        self.ui.copyStrak.setText(self.tr("Copy last year's stråk too: %1").replace(
            "%1", ", ".join(s.name for s in offered)))
        week_plan = plan.weeks[0]
        conflicts = {c.index for c in week_plan.conflicts}
        rows = [Row(cells=(c.new.name_sv, _when(c.source), _when(c.new),
                           self.tr("already exists in %1").replace("%1", str(plan.weeks[0]
                                                                           .to_year))
                           if i in conflicts else ""),
                    tone="alert" if i in conflicts else None)
                for i, c in enumerate(week_plan.copies)]
        rows += [Row(cells=(s.source.name_sv, _when(s.source), "—", self.tr("left out: cancelled")
                            if s.reason == "cancelled" else self.tr("left out")),
                     tone="muted") for s in week_plan.skipped]
        rows += [Row(cells=(copy.name, _period(source), _period(copy),
                            self.tr("stråk, same weekdays")))
                 for source, copy in plan.strak]
        rows += [Row(cells=(source.name, _period(source), "—",
                            self.tr("left out: next season has it already")), tone="muted")
                 for source, _why in plan.strak_left_out]
        self.model.set_headers([self.tr("Event"), self.tr("Was"), self.tr("Becomes"),
                                self.tr("Note")])
        self.model.set_rows(rows)
        into = (self.tr("into the new season %1") if plan.target.created
                else self.tr("into the season %1")).replace("%1", plan.target.name)
        self.ui.summary.setText(plain(self.tr(
            "%n event(s) will be copied, %1 days later, weekdays and times kept,", "",
            len(week_plan.copies)).replace("%1", str(week_plan.shift_days)) + " " + into
            + "."))

    def _week_season(self) -> int | None:
        week = self._week()
        return week.season_id if week else None

    def accept(self) -> None:
        if self.plan is None or not self.plan.event_count:
            self.ui.problem.setText(self.tr("There is nothing to copy."))
            self.ui.problem.show()
            return
        super().accept()

    @property
    def copy_tasks(self) -> bool:
        return self.ui.copyTasks.isChecked()

    def final_plan(self) -> Any:
        """The plan to write, with the checklists as the box says."""
        if self.copy_tasks:
            return self.plan
        from dataclasses import replace

        return replace(self.plan, bundle=replace(self.plan.bundle, tasks={}))


def _period(strak: Any) -> str:
    return labels.fmt_period(strak.period_start, strak.period_end)
