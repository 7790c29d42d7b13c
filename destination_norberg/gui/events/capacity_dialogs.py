"""The capacity view's dialogs and undo steps: a participant export's mapping and preview
(the contacts import's form, gui/forms/contacts_import_dialog_ui, reused), an accommodation
business's capacity, and the undoable writes behind both."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from destination_norberg.gui.common.capacity_fields import CapacityFields
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.jobs import Cancelled, run_and_wait
from destination_norberg.gui.common.plain import esc, plain
from destination_norberg.gui.common.undo import StoreCommand
from destination_norberg.gui.forms.contacts_import_dialog_ui import Ui_ContactsImportDialog

FIELDS = ("race", "name", "birth_year", "sex", "club", "nationality", "postcode",
          "start_group", "first_time")
OPEN_FILTER = "CSV, Excel (*.csv *.txt *.xlsx *.xls *.ods)"
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def field_label(name: str) -> str:
    return {
        "race": translate("ParticipantsImportDialog", "race"),
        "name": translate("ParticipantsImportDialog", "name (not stored)"),
        "birth_year": translate("ParticipantsImportDialog", "birth year (checked, not stored)"),
        "sex": translate("ParticipantsImportDialog", "sex (not stored)"),
        "club": translate("ParticipantsImportDialog", "club"),
        "nationality": translate("ParticipantsImportDialog", "nationality"),
        "postcode": translate("ParticipantsImportDialog", "postcode (to län and kommun)"),
        "start_group": translate("ParticipantsImportDialog", "start group (not stored)"),
        "first_time": translate("ParticipantsImportDialog", "first time (yes/no)"),
    }.get(name, name)


def in_worker(page: Any, fn: Callable[[], Any], label: str, cancellable: bool = True) -> Any:
    return run_and_wait(page.runner, page, lambda _progress: fn(), label,
                        translate("ParticipantsImportDialog", "Cancel") if cancellable
                        else None, maximum=0, min_duration=400, wait_on_cancel=False)


class ParticipantsImportDialog(QDialog):
    """Which column holds what, the counts the import will keep, and what is left out."""

    def __init__(self, page: QWidget, path: Path, table: Any, event_name: str) -> None:
        super().__init__(page)
        self.page, self.path, self.table = page, path, table
        self.ui = ui = Ui_ContactsImportDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Import participants"))
        for w in (ui.sheet, ui.sheetLabel, ui.hasHeader):
            w.setVisible(False)
        ui.previewLabel.setText(self.tr("Participants counted per race"))
        self.privacy = QLabel(self.tr(
            "Only counts are kept: per race, by country, län, kommun, club and first-timers. "
            "No names, birth years, postcodes or start groups are stored."), self)
        self.privacy.setWordWrap(True)
        ui.dialogLayout.insertWidget(1, self.privacy)
        ui.problem.setStyleSheet("color: #b3261e")
        ui.problem.setVisible(False)
        ui.file.setText(f"<b>{esc(path.name)}</b> → {esc(event_name)}")
        ui.buttonBox.accepted.connect(self._try_accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.resize(760, 560)
        self._show(table)

    def _show(self, table: Any) -> None:
        ui = self.ui
        self.table = table
        ui.mapping.setRowCount(len(table.columns))
        for row, column in enumerate(table.columns):
            ui.mapping.setItem(row, 0, QTableWidgetItem(plain(column)))
            combo = QComboBox(ui.mapping)
            combo.addItem(self.tr("(not read)"), None)
            for name in FIELDS:
                combo.addItem(field_label(name), name)
            combo.setCurrentIndex(max(combo.findData(table.mapping.get(column)), 0))
            combo.activated.connect(lambda _i: self.reread())
            ui.mapping.setCellWidget(row, 1, combo)
            first = next((r[row] for r in table.preview if row < len(r) and r[row]), "")
            ui.mapping.setItem(row, 2, QTableWidgetItem(plain(first)))
        ui.mapping.resizeColumnsToContents()
        by_race = table.by_race()
        ui.preview.setColumnCount(2)
        ui.preview.setHorizontalHeaderLabels([self.tr("Race"), self.tr("Participants")])
        ui.preview.setRowCount(len(by_race))
        for r, (race, n) in enumerate(by_race.items()):
            ui.preview.setItem(r, 0, QTableWidgetItem(plain(race)))
            ui.preview.setItem(r, 1, QTableWidgetItem(QLocale().toString(n)))
        ui.preview.resizeColumnsToContents()
        lines = [self.tr("%1 participants to count.").replace(
            "%1", QLocale().toString(table.good_rows))]
        if table.errors:
            from destination_norberg.gui.common.messages import word

            listed = "; ".join(f"{n}: {word(why)}" for n, why in table.errors[:5])
            lines.append(self.tr("%1 rows left out: %2").replace(
                "%1", str(len(table.errors))).replace("%2", listed))
        if "first_time" not in table.mapping.values():
            lines.append(self.tr("First-timers are not known: no column says who starts for "
                                 "the first time."))
        lines.append(self.tr("The event's earlier participant counts are replaced."))
        ui.summary.setText(plain("\n".join(lines)))

    def mapping(self) -> dict[str, str]:
        out = {}
        for row in range(self.ui.mapping.rowCount()):
            value = self.ui.mapping.cellWidget(row, 1).currentData()
            if value:
                out[self.ui.mapping.item(row, 0).text()] = value
        return out

    def reread(self) -> None:
        from destination_norberg.app.capacity import read_participant_file

        mapping = self.mapping()
        try:
            table = in_worker(self.page, lambda: read_participant_file(self.path, mapping),
                              self.tr("Reading %1…").replace("%1", self.path.name))
        except Cancelled:
            return
        except Exception as exc:  # noqa: BLE001 - said in the dialog
            self.ui.problem.setText(plain(user_message(exc)))
            self.ui.problem.setVisible(True)
            return
        self.ui.problem.setVisible(False)
        self._show(table)

    def _try_accept(self) -> None:
        if self.table.good_rows:
            self.accept()


class ParticipantsCommand(StoreCommand):
    """An import of participant counts: undo puts the event's earlier counts back."""

    def __init__(self, text: str, event_id: int, before: tuple[str, list[Any]],
                 after: tuple[str, list[Any]], **kw: Any) -> None:
        super().__init__(text, **kw)
        self.event_id, self.before, self.after = event_id, before, after

    def apply(self) -> None:
        from destination_norberg.app.capacity import restore_participants

        restore_participants(self.engine(), self.event_id, *self.after)

    def revert(self) -> None:
        from destination_norberg.app.capacity import restore_participants

        restore_participants(self.engine(), self.event_id, *self.before)


class CapacityDialog(QDialog):
    """Rooms, beds, cabins, camping pitches and beds held for packages of one business."""

    def __init__(self, parent: QWidget, name: str, figures: dict[str, int] | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Capacity of %1").replace("%1", plain(name)))
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Beds count every sleeping place, in rooms and cabins alike; a "
                              "camping pitch sleeps two."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.fields = CapacityFields(figures, self)
        self.spins = self.fields.spins
        layout.addWidget(self.fields)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def figures(self) -> dict[str, int]:
        return self.fields.figures()


def import_participants(page: Any, event_id: int, event_name: str,
                        path: Path | None = None) -> bool:
    """Ask for a file, read and count it, let the user map and check, store as one undoable
    step. `page` has runner, store (engine), undo_stack, reload and report_error."""
    from destination_norberg.app.capacity import (
        participant_rows,
        read_participant_file,
        store_participants,
    )

    if path is None:
        name, _f = QFileDialog.getOpenFileName(
            page, translate("ParticipantsImportDialog", "Import participants"), "", OPEN_FILTER)
        if not name:
            return False
        path = Path(name)
    chosen = path
    try:
        table = in_worker(page, lambda: read_participant_file(chosen),
                          translate("ParticipantsImportDialog", "Reading %1…").replace(
                              "%1", chosen.name))
    except Cancelled:
        return False
    except Exception as exc:  # noqa: BLE001 - every failure is told, nothing written
        QMessageBox.warning(page, translate("ParticipantsImportDialog", "Not imported"),
                            plain(user_message(exc)))
        return False
    dialog = ParticipantsImportDialog(page, chosen, table, event_name)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    table, engine = dialog.table, page.store.engine
    try:
        before = participant_rows(engine, event_id)
        in_worker(page, lambda: store_participants(engine, event_id, table),
                  translate("ParticipantsImportDialog", "Importing participants…"),
                  cancellable=False)
        after = participant_rows(engine, event_id)
    except Exception as exc:  # noqa: BLE001 - every failure is told, nothing written
        QMessageBox.warning(page, translate("ParticipantsImportDialog", "Not imported"),
                            plain(user_message(exc)))
        return False
    label = translate("ParticipantsImportDialog", "Import %1 participants for %2").replace(
        "%1", str(table.good_rows)).replace("%2", event_name)
    page.undo_stack.push(ParticipantsCommand(label, event_id, before, after,
                                             engine=lambda: page.store.engine,
                                             changed=page.reload, report=page.report_error))
    page.reload()
    return True
