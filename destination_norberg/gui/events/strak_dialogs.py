"""The two small dialogs of the stråk page: a new stråk, and a stråk copied to a later season.

Both only choose; the writing is gui.events.year_editor's (one unit, one undo step). The
copy dialog shows what the copy becomes (its name and its period on the same weekdays) for
the season chosen, a season that does not exist yet included (made in the same step).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from destination_norberg.core.events import StrakRecord
from destination_norberg.gui.common import labels
from destination_norberg.gui.common.combos import fill_combo, select_data
from destination_norberg.gui.common.dialog import CheckedDialog
from destination_norberg.gui.common.plain import plain
from destination_norberg.gui.events.planning_data import PlanningSnapshot

NEW = "new"


def _frame(dialog: CheckedDialog) -> tuple[QFormLayout, SimpleNamespace]:
    layout = QVBoxLayout(dialog)
    form = QFormLayout()
    layout.addLayout(form)
    problem = QLabel()
    problem.setWordWrap(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    dialog.ui = SimpleNamespace(problem=problem, buttonBox=buttons, form=form, layout=layout)
    return form, dialog.ui


def _finish(dialog: CheckedDialog) -> None:
    dialog.ui.layout.addWidget(dialog.ui.problem)
    dialog.ui.layout.addWidget(dialog.ui.buttonBox)
    dialog.check_on_ok()


class NewStrakDialog(CheckedDialog):
    """A name and the season the stråk belongs to (its period is the season's at first)."""

    def __init__(self, snapshot: PlanningSnapshot, season_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot = snapshot
        self.setWindowTitle(self.tr("New stråk"))
        form, ui = _frame(self)
        ui.name = QLineEdit()
        ui.name.setPlaceholderText(self.tr("e.g. Vinterstråket 2027/28"))
        ui.season = QComboBox()
        fill_combo(ui.season, [(s.id, s.name) for s in snapshot.open_seasons()], None)
        select_data(ui.season, season_id)
        ui.hint = QLabel(self.tr("Fridays and Saturdays 16–20 over the season's period to "
                                 "begin with; set the days, hours and stops in the stråk "
                                 "page afterwards."))
        ui.hint.setWordWrap(True)
        form.addRow(self.tr("Name"), ui.name)
        form.addRow(self.tr("Season"), ui.season)
        form.addRow("", ui.hint)
        _finish(self)
        self.resize(480, self.sizeHint().height())

    def problem(self) -> str | None:
        name = " ".join(self.ui.name.text().split())
        if not name:
            return self.tr("Give the stråk a name.")
        if any(s.name.casefold() == name.casefold() for s in self.snapshot.strak):
            return self.tr("There is already a stråk called %1.").replace("%1", name)
        if self.season() is None:
            return self.tr("Create a season first (Events → More → Seasons…).")
        return None

    def name(self) -> str:
        return " ".join(self.ui.name.text().split())

    def season(self) -> Any:
        """The app.seasons.SeasonInfo chosen."""
        wanted = self.ui.season.currentData()
        return next((s for s in self.snapshot.season_list if s.id == wanted), None)


class CopyStrakDialog(CheckedDialog):
    """The season to copy into (its next by name, made when missing, by default)."""

    def __init__(self, snapshot: PlanningSnapshot, strak: StrakRecord,
                 parent: QWidget | None = None) -> None:
        from destination_norberg.app.seasons import next_name

        super().__init__(parent)
        self.snapshot, self.strak = snapshot, strak
        self.plan: Any = None  # app.planning_year.StrakPlan
        self.setWindowTitle(self.tr("Copy %1 to next season").replace("%1", strak.name))
        form, ui = _frame(self)
        own = next((s for s in snapshot.season_list if s.id == strak.season_id), None)
        self._new_name = next_name(own.name, own.ends_on) if own else None
        ui.season = QComboBox()
        items: list[tuple[Any, str]] = []
        names = {s.name.casefold() for s in snapshot.season_list}
        if self._new_name and self._new_name.casefold() not in names:
            items.append((NEW, self.tr("New season: %1").replace("%1", self._new_name)))
        later = [s for s in snapshot.open_seasons() if own is None or s.starts_on > own.starts_on]
        items += [(s.id, s.name) for s in later]
        fill_combo(ui.season, items, None)
        match = next((s.id for s in later if self._new_name
                      and s.name.casefold() == self._new_name.casefold()), None)
        if match is not None:
            select_data(ui.season, match)
        ui.becomes = QLabel()
        ui.becomes.setWordWrap(True)
        form.addRow(self.tr("Into the season"), ui.season)
        form.addRow(self.tr("Becomes"), ui.becomes)
        _finish(self)
        ui.season.currentIndexChanged.connect(self._update)
        self._update()
        self.resize(520, self.sizeHint().height())

    def _into(self) -> str | None:
        data = self.ui.season.currentData()
        if data == NEW:
            return self._new_name
        return next((s.name for s in self.snapshot.seasons if s.id == data), None)

    def _update(self) -> None:
        from destination_norberg.app.errors import AppError
        from destination_norberg.app.planning_year import plan_strak_copy

        self.plan, self._why = None, None
        into = self._into()
        if into is None:
            self._why = self.tr("There is no later season to copy into.")
            self.ui.becomes.setText("")
            return
        snap = self.snapshot
        try:
            self.plan = plan_strak_copy(self.strak, snap.events, snap.strak, snap.season_list,
                                        into)
        except AppError as exc:
            self._why = str(exc)
            self.ui.becomes.setText("")
            return
        copy = self.plan.copy
        self.ui.becomes.setText(plain(self.tr(
            "%1, %2 – %3 on the same weekdays, with %n stop(s), their hours and offers", "",
            len(copy.stops)).replace("%1", copy.name).replace(
            "%2", labels.fmt_date(copy.period_start)).replace(
            "%3", labels.fmt_date(copy.period_end))))

    def problem(self) -> str | None:
        return self._why
