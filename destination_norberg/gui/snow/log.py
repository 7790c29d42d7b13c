"""The snow log tab: the guarantee targets, the storage measurements and the production log,
each a table with New / Edit / Remove, every change undoable.

The rows come with the snow view's read (store.snow_read.snow_log); an edit is saved at
once (gui.snow_commands.step) and pushed on the window's undo stack, then the page reads
again so the guarantee, the plots and go/no-go follow.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from destination_norberg.app.snow_read import SnowLog
from destination_norberg.gui.common import labels
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.plain import plain
from destination_norberg.gui.common.table_model import Row, SnapshotTableModel
from destination_norberg.gui.snow import texts as texts

KINDS = ("target", "storage", "production")


class _Section(QWidget):
    """A heading, a table and its three buttons."""

    def __init__(self, kind: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.kind = kind
        self.title = QLabel(self)
        self.title.setProperty("cardTitle", True)
        self.new_button, self.edit_button = QPushButton(self), QPushButton(self)
        self.remove_button = QPushButton(self)
        for button, name in ((self.new_button, "new"), (self.edit_button, "edit"),
                             (self.remove_button, "remove")):
            button.setObjectName(f"{kind}_{name}")
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        for button in (self.new_button, self.edit_button, self.remove_button):
            head.addWidget(button)
        self.model = SnapshotTableModel(parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 6, 0, 6)
        box.addLayout(head)
        box.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def current(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).extra["values"] if rows else None

    def _selection_changed(self, *_args: Any) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def set_rows(self, rows: list[Row]) -> None:
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        for column in range(max(self.model.columnCount() - 1, 0)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._selection_changed()


class SnowLogView(QWidget):
    """`changed` after an edit, its undo or redo: the owner reads the snow view again."""

    changed = Signal()

    def __init__(self, engine: Callable[[], Any], undo_stack: QUndoStack,
                 today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine, self.undo_stack, self.today = engine, undo_stack, today
        self.log: SnowLog | None = None
        self.sections = {kind: _Section(kind, self) for kind in KINDS}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        for kind, section in self.sections.items():
            layout.addWidget(section, 2 if kind == "production" else 1)
            section.new_button.clicked.connect(lambda _=False, k=kind: self.edit(k, None))
            section.edit_button.clicked.connect(
                lambda _=False, k=kind: self.edit(k, self.sections[k].current()))
            section.remove_button.clicked.connect(lambda _=False, k=kind: self.remove(k))
            section.table.doubleClicked.connect(
                lambda _i, k=kind: self.edit(k, self.sections[k].current()))
        self.retranslate()

    # --- showing ------------------------------------------------------------------------

    def set_log(self, log: SnowLog | None) -> None:
        self.log = log
        self._fill()

    def retranslate(self) -> None:
        s = self.sections
        s["target"].title.setText(self.tr("Snow-guarantee targets"))
        s["storage"].title.setText(self.tr("Storage measurements"))
        s["production"].title.setText(self.tr("Production log"))
        for section in s.values():
            section.new_button.setText(self.tr("New…"))
            section.edit_button.setText(self.tr("Edit…"))
            section.remove_button.setText(self.tr("Remove"))
        s["target"].model.set_headers([self.tr("Name"), self.tr("Deadline"),
                                       self.tr("Required"), self.tr("Min. depth"),
                                       self.tr("Loops")])
        s["storage"].model.set_headers([self.tr("Measured"), self.tr("Pile"),
                                        self.tr("Volume"), self.tr("Method"), self.tr("Note")])
        s["production"].model.set_headers([self.tr("Day"), self.tr("Cannons"),
                                           self.tr("Hours per cannon"), self.tr("Volume"),
                                           self.tr("Wet bulb"), self.tr("Note")])
        self._fill()

    def _fill(self) -> None:
        log = self.log
        if log is None:
            for section in self.sections.values():
                section.set_rows([])
            return
        loop_names = {i: name for i, name, _m in log.ski_loops}
        self.sections["target"].set_rows([Row(cells=(
            t["name"], labels.fmt_day(t["deadline"]), f"{texts.km(t['required_km'])} km",
            f"{t['min_depth_cm']:.0f} cm",
            ", ".join(loop_names.get(i, "?") for i in t["trail_ids"])),
            key=t["id"], extra={"values": t}) for t in log.targets])
        self.sections["storage"].set_rows([Row(cells=(
            labels.fmt_day(r["measured_on"]), r["pile"], f"{texts.m3(r['volume_m3'])} m³",
            texts.method_label(r["method"]), r["note"] or ""), key=r["id"], extra={"values": r})
            for r in log.storage])
        self.sections["production"].set_rows([Row(cells=(
            labels.fmt_day(p["produced_on"]), str(p["cannons"]), texts.km(p["hours"]),
            f"{texts.m3(p['volume_m3'])} m³",
            "—" if p["wet_bulb_c"] is None else f"{texts.km(p['wet_bulb_c'])} °C",
            p["note"] or ""), key=p["id"], extra={"values": p}) for p in log.production])

    # --- editing ------------------------------------------------------------------------

    def dialog_for(self, kind: str, values: dict | None) -> Any:
        from destination_norberg.gui.snow.dialogs import (
            ProductionDialog,
            StorageDialog,
            TargetDialog,
        )

        log = self.log
        if kind == "storage":
            piles = [r["pile"] for r in log.storage] if log else []
            return StorageDialog(values, piles, self.today(), self)
        if kind == "production":
            return ProductionDialog(values, self.today(), self)
        return TargetDialog(values, log.events if log else [], log.ski_loops if log else [],
                            self.today(), self)

    def edit(self, kind: str, values: dict | None) -> None:
        """A new row (`values` None) or a change of the chosen one, through its dialog."""
        dialog = self.dialog_for(kind, values)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.save(kind, values, dialog.values())

    def remove(self, kind: str) -> None:
        values = self.sections[kind].current()
        if values is not None:
            self.save(kind, values, None)

    def save(self, kind: str, before: dict | None, after: dict | None) -> bool:
        """Save at once, then push the undo step; a failure is told and pushes nothing."""
        from destination_norberg.gui.snow.commands import RowCommand, step

        try:
            saved = step(self.engine(), kind, before, after)
        except Exception as exc:  # noqa: BLE001 - every failure is told, nothing pushed
            self.report_error(exc)
            return False
        self.undo_stack.push(RowCommand(self._step_text(kind, before, after), kind, before,
                                        saved, engine=self.engine, changed=self.changed.emit,
                                        report=self.report_error))
        self.changed.emit()
        return True

    def _step_text(self, kind: str, before: dict | None, after: dict | None) -> str:
        if kind == "target":
            name = (after or before or {}).get("name", "")
            if before is None:
                return self.tr("New target %1").replace("%1", name)
            if after is None:
                return self.tr("Remove target %1").replace("%1", name)
            return self.tr("Edit target %1").replace("%1", name)
        if kind == "storage":
            return (self.tr("New storage measurement") if before is None else
                    self.tr("Remove storage measurement") if after is None else
                    self.tr("Edit storage measurement"))
        return (self.tr("New production entry") if before is None else
                self.tr("Remove production entry") if after is None else
                self.tr("Edit production entry"))

    def report_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), plain(user_message(exc)))
