"""Säsonger…: every season with what it holds; new, rename, period, archive, delete.

Each change is saved at once and pushed as one undo step with a label that says what it did
(gui.common.undo.RowEditCommand over app.seasons' writes); the list is read again after it.
A season that holds events or stråk is not deleted: the dialog says how many it holds and
suggests archiving, which keeps everything but leaves the season out of the pickers and the
default filters. The season form (SeasonForm) checks itself before OK (CheckedDialog).
"""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from destination_norberg.gui.common import date_field, labels
from destination_norberg.gui.common.dialog import CheckedDialog
from destination_norberg.gui.common.labels import qdate
from destination_norberg.gui.common.plain import plain
from destination_norberg.gui.common.table_model import Row, SnapshotTableModel

NEW, RENAME, PERIOD = "new", "rename", "period"


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class SeasonForm(CheckedDialog):
    """A season's name, kind and period; `mode` says which of them the user may change."""

    def __init__(self, mode: str, values: dict[str, Any], others: list[Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode, self.values, self.others = mode, values, others
        titles = {NEW: self.tr("New season"), RENAME: self.tr("Rename the season"),
                  PERIOD: self.tr("The season's period")}
        self.setWindowTitle(titles[mode])
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        ui = SimpleNamespace(name=QLineEdit(values.get("name", "")), kind=QComboBox(),
                             start=QDateEdit(), end=QDateEdit(), problem=QLabel(),
                             buttonBox=QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                                        | QDialogButtonBox.StandardButton.Cancel))
        self.ui = ui
        ui.name.setPlaceholderText(self.tr("e.g. Vinter 2027/28"))
        ui.kind.addItem(self.tr("Winter"), "vinter")
        ui.kind.addItem(self.tr("Summer"), "sommar")
        ui.kind.setCurrentIndex(max(ui.kind.findData(values.get("kind", "vinter")), 0))
        for edit, key in ((ui.start, "starts_on"), (ui.end, "ends_on")):
            date_field.setup(edit)
            edit.setDate(qdate(values[key]))
        date_field.keep_order(ui.start, ui.end)
        form.addRow(self.tr("Name"), ui.name)
        form.addRow(self.tr("Kind"), ui.kind)
        form.addRow(self.tr("Starts"), ui.start)
        form.addRow(self.tr("Ends"), ui.end)
        ui.name.setEnabled(mode in (NEW, RENAME))
        ui.kind.setEnabled(mode == NEW)
        ui.start.setEnabled(mode in (NEW, PERIOD))
        ui.end.setEnabled(mode in (NEW, PERIOD))
        ui.problem.setWordWrap(True)
        layout.addWidget(ui.problem)
        layout.addWidget(ui.buttonBox)
        self.check_on_ok()
        self.resize(420, self.sizeHint().height())

    def result_values(self) -> dict[str, Any]:
        ui = self.ui
        return {**self.values, "name": " ".join(ui.name.text().split()),
                "kind": ui.kind.currentData(), "starts_on": _day(ui.start),
                "ends_on": _day(ui.end)}

    def problem(self) -> str | None:
        from destination_norberg.app.seasons import MAX_NAME, taken

        v = self.result_values()
        if not v["name"]:
            return self.tr("Give the season a name.")
        if len(v["name"]) > MAX_NAME:
            return self.tr("A season's name is at most %1 characters.").replace(
                "%1", str(MAX_NAME))
        if v["ends_on"] < v["starts_on"]:
            return self.tr("The season ends before it starts.")
        if taken(v["name"], self.others, v.get("uid") if self.mode != NEW else None):
            return self.tr("There is already a season called %1.").replace("%1", v["name"])
        return None


class SeasonsDialog(QDialog):
    """The seasons of the destination, changed one undoable step at a time."""

    def __init__(self, editor: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor  # gui.events.editor.EventEditor: engine, undo stack, reload
        self.page = editor.page
        self.seasons: list[Any] = []  # app.seasons.SeasonInfo
        self.setWindowTitle(self.tr("Seasons"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A season holds its events and stråk. An archived season keeps "
                               "everything but is left out of the pickers and the season "
                               "list of the events area."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = SnapshotTableModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.period_button = QPushButton(self.tr("Period…"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for b in (self.new_button, self.rename_button, self.period_button,
                  self.archive_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.new_button.clicked.connect(self.new_season)
        self.rename_button.clicked.connect(lambda: self.change(RENAME))
        self.period_button.clicked.connect(lambda: self.change(PERIOD))
        self.archive_button.clicked.connect(self.toggle_archive)
        self.delete_button.clicked.connect(self.delete)
        self.table.doubleClicked.connect(lambda _i: self.change(RENAME))
        shown = self.page.ui.season.currentData()  # the season the events area shows
        snap = self.page.snapshot
        self.refresh(next((s.uid for s in (snap.season_list if snap else ())
                           if s.id == shown), None))
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._buttons())
        self.resize(760, 420)

    # --- the list -----------------------------------------------------------------------

    def refresh(self, select_uid: str | None = None) -> None:
        from destination_norberg.app.seasons import list_seasons_at

        keep = select_uid or (self.current().uid if self.current() else None)
        self.seasons = list_seasons_at(self.page.store.engine)
        self.model.set_headers([self.tr("Season"), self.tr("Kind"), self.tr("Period"),
                                self.tr("Events"), self.tr("Stråk"), self.tr("State")])
        self.model.set_rows([Row(cells=(
            s.name, self.tr("Winter") if s.kind == "vinter" else self.tr("Summer"),
            labels.fmt_period(s.starts_on, s.ends_on), str(s.events), str(s.strak),
            self.tr("Archived") if s.archived else self.tr("In use")), key=s.uid,
            tone="muted" if s.archived else None) for s in self.seasons])
        row = next((i for i, s in enumerate(self.seasons) if s.uid == keep), 0)
        if self.seasons:
            self.table.selectRow(row)
        self._buttons()

    def current(self) -> Any | None:
        index = self.table.currentIndex() if hasattr(self, "table") else None
        if index is None or not index.isValid() or index.row() >= len(self.seasons):
            return None
        return self.seasons[index.row()]

    def select(self, name: str) -> None:
        row = next(i for i, s in enumerate(self.seasons) if s.name == name)
        self.table.selectRow(row)
        self._buttons()

    def _buttons(self) -> None:
        season = self.current()
        for b in (self.rename_button, self.period_button, self.archive_button,
                  self.delete_button):
            b.setEnabled(season is not None)
        self.archive_button.setText(self.tr("Bring back") if season and season.archived
                                    else self.tr("Archive"))

    def _say(self, text: str, alert: bool = False) -> None:
        self.message.setStyleSheet("color: #b3261e" if alert else "color: #2e7d32")
        self.message.setText(plain(text))

    # --- the changes --------------------------------------------------------------------

    def _push(self, text: str, before: dict[str, Any] | None,
              after: dict[str, Any] | None) -> bool:
        """Write (before → after), push the step; False (and told) if the write failed."""
        from destination_norberg.app import seasons as app
        from destination_norberg.gui.common.undo import RowEditCommand, RowWrites

        writes = RowWrites(app.insert_season, app.update_season, app.delete_season)
        try:
            saved = writes.step(self.page.store.engine, before, after)
        except Exception as exc:  # noqa: BLE001 - told, nothing pushed
            from destination_norberg.gui.common.errors import user_message

            self._say(user_message(exc), alert=True)
            return False
        self.page.undo_stack.push(RowEditCommand(text, writes, before, saved,
                                                 **self.editor.services()))
        self.editor.after_edit()
        self._say(text)
        self.refresh(saved["uid"] if saved else None)
        return True

    def new_season(self) -> None:
        from destination_norberg.app.seasons import (
            default_period,
            new_values,
            next_name,
            shift_date,
            taken,
        )

        base = self.current() or (self.seasons[-1] if self.seasons else None)
        if base is not None:  # the one after the season chosen that is not there yet
            years = 1
            while taken(next_name(base.name, base.ends_on, years), self.seasons) and years < 50:
                years += 1
            draft = new_values(next_name(base.name, base.ends_on, years), base.kind,
                               shift_date(base.starts_on, years),
                               shift_date(base.ends_on, years))
        else:
            start, end = default_period("vinter", self.page.clock().date())
            draft = new_values(f"Vinter {start.year}/{end.year % 100:02d}", "vinter",
                               start, end)
        form = SeasonForm(NEW, draft, self.seasons, self)
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        values = form.result_values()
        self._push(self.tr("New season %1").replace("%1", values["name"]), None, values)

    def change(self, mode: str) -> None:
        season = self.current()
        if season is None:
            return
        before = season.values()
        form = SeasonForm(mode, before, self.seasons, self)
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        after = form.result_values()
        if after == before:
            return
        if mode == RENAME:
            text = self.tr("Rename the season %1 to %2").replace("%1", season.name).replace(
                "%2", after["name"])
        else:
            text = self.tr("Set the period of %1 to %2 – %3").replace(
                "%1", season.name).replace("%2", labels.fmt_date(after["starts_on"])).replace(
                "%3", labels.fmt_date(after["ends_on"]))
        self._push(text, before, after)

    def toggle_archive(self) -> None:
        season = self.current()
        if season is None:
            return
        before = season.values()
        text = (self.tr("Bring back the season %1") if season.archived
                else self.tr("Archive the season %1")).replace("%1", season.name)
        self._push(text, before, {**before, "archived": not season.archived})

    def delete(self) -> None:
        season = self.current()
        if season is None:
            return
        if season.events or season.strak:
            self._say(self.tr(
                "%1 holds %n event(s) and %2 stråk and cannot be deleted. Archive it "
                "instead, or move its events to another season first.", "",
                season.events).replace("%1", season.name).replace("%2", str(season.strak)),
                alert=True)
            return
        self._push(self.tr("Delete the season %1").replace("%1", season.name),
                   season.values(), None)
