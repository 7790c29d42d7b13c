"""The network's tools: contact import with column mapping and preview, export, duplicates
and merge, and the GDPR requests (a person's data out, a person erased).

Reading a contact file happens in the worker pool; the mapping dialog reads again when a
column is given another meaning, a sheet or the header row changes. The import, a merge and
an erasure are each one write unit; import and merge are undoable, erasure on purpose not.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from destination_norberg.core.contacts import IMPORT_FIELDS
from destination_norberg.core.progress import Cancelled
from destination_norberg.core.text import swedish_key
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.jobs import run_and_wait
from destination_norberg.gui.common.messages import word
from destination_norberg.gui.common.plain import esc, plain
from destination_norberg.gui.forms.contacts_import_dialog_ui import Ui_ContactsImportDialog

translate = QCoreApplication.translate  # lupdate reads translate("NetworkTools", "text")

OPEN_FILTER = ("Contacts (*.csv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf *.vcard);;"
               "All files (*)")


def field_label(name: str) -> str:
    return {
        "organisation": translate("NetworkTools", "organisation"),
        "orgnr": translate("NetworkTools", "organisation number"),
        "category": translate("NetworkTools", "category"),
        "name": translate("NetworkTools", "person's name"),
        "role": translate("NetworkTools", "role"),
        "email": translate("NetworkTools", "e-mail"),
        "phone": translate("NetworkTools", "phone"),
        "street": translate("NetworkTools", "street address"),
        "postal_code": translate("NetworkTools", "postal code"),
        "city": translate("NetworkTools", "town"),
        "kommun": translate("NetworkTools", "kommun"),
        "website": translate("NetworkTools", "website"),
        "tags": translate("NetworkTools", "tags"),
        "notes": translate("NetworkTools", "notes"),
        "country": translate("NetworkTools", "country"),
    }.get(name, name)


def review_text(review: Any) -> str:
    """A value kept as written (core.contacts.Review), in the user's language."""
    return {
        "no_area_code": QCoreApplication.translate(
            "NetworkTools", "“%1” has no area code or +country"),
        "not_a_number": QCoreApplication.translate("NetworkTools", "“%1” is not a phone number"),
        "wrong_country": QCoreApplication.translate(
            "NetworkTools", "“%1” is not a phone number of that country"),
        "postal_code": QCoreApplication.translate(
            "NetworkTools", "postal code “%1” is longer than a Swedish one (kept in the notes)"),
    }.get(review.kind, "%1").replace("%1", review.value)


def in_worker(page: Any, fn: Any, label: str = "", cancellable: bool = True) -> Any:
    """Run `fn()` in the pool behind a busy progress dialog and wait here with the event
    loop turning; raise its error, or Cancelled. A cancelled read runs on to its end unseen
    (it writes nothing); a write is not offered Cancel, it is one short transaction."""
    return run_and_wait(
        page.runner, page, lambda _progress: fn(),
        label or translate("NetworkTools", "Working…"),
        translate("NetworkTools", "Cancel") if cancellable else None,
        maximum=0, min_duration=400, wait_on_cancel=False)


class ContactsImportDialog(QDialog):
    """What the file holds, what each column means, and how the first rows come out."""

    def __init__(self, page: Any, path: Path, table: Any) -> None:
        super().__init__(page)
        self.page, self.path, self.table = page, path, table
        self.ui = ui = Ui_ContactsImportDialog()
        ui.setupUi(self)
        ui.problem.setStyleSheet("color: #b3261e")
        ui.problem.setVisible(False)
        ui.file.setText(f"<b>{esc(path.name)}</b>")
        ui.buttonBox.accepted.connect(self._try_accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.sheet.activated.connect(lambda _i: self.reread())
        ui.hasHeader.toggled.connect(lambda _on: self.reread())
        self._show(table)

    def _show(self, table: Any) -> None:
        ui = self.ui
        self.table = table
        for w in (ui.sheet, ui.hasHeader):
            w.blockSignals(True)
        ui.sheet.clear()
        ui.sheet.addItems(list(table.sheets))
        ui.sheet.setCurrentText(table.sheet or "")
        for w in (ui.sheet, ui.sheetLabel):
            w.setVisible(table.format == "xlsx")
        ui.hasHeader.setVisible(table.format != "vcard")
        ui.hasHeader.setChecked(not all(c.startswith("Column ") for c in table.columns))
        for w in (ui.sheet, ui.hasHeader):
            w.blockSignals(False)
        mapping_visible = table.format != "vcard"
        for w in (ui.mapping, ui.mappingLabel):
            w.setVisible(mapping_visible)
        ui.mapping.setRowCount(len(table.columns))
        for row, column in enumerate(table.columns):
            ui.mapping.setItem(row, 0, QTableWidgetItem(column))
            combo = QComboBox(ui.mapping)
            combo.addItem(self.tr("(not imported)"), None)
            for name in IMPORT_FIELDS:
                combo.addItem(field_label(name), name)
            combo.setCurrentIndex(max(combo.findData(table.mapping.get(column)), 0))
            combo.activated.connect(lambda _i: self.reread())
            ui.mapping.setCellWidget(row, 1, combo)
            first = next((r[row] for r in table.preview if row < len(r) and r[row]), "")
            ui.mapping.setItem(row, 2, QTableWidgetItem(first))
        ui.mapping.resizeColumnsToContents()
        shown = ("organisation", "name", "role", "email", "phone", "city", "orgnr")
        ui.preview.setColumnCount(len(shown))
        ui.preview.setHorizontalHeaderLabels([field_label(f) for f in shown])
        rows = table.rows[:20]
        ui.preview.setRowCount(len(rows))
        for r, contact in enumerate(rows):
            for c, name in enumerate(shown):
                ui.preview.setItem(r, c, QTableWidgetItem(str(getattr(contact, name) or "")))
        ui.preview.resizeColumnsToContents()
        lines = [self.tr("%1 contacts to import.").replace("%1", str(len(table.rows)))]
        if table.errors:
            listed = "; ".join(f"{n}: {word(why)}" for n, why in table.errors[:5])
            lines.append(self.tr("%1 rows left out: %2").replace(
                "%1", str(len(table.errors))).replace("%2", listed))
        if table.shortened:
            lines.append(self.tr("%1 rows had text longer than the program keeps; it was "
                                 "shortened: %2").replace("%1", str(len(table.shortened)))
                         .replace("%2", "; ".join(f"{n}: {f}" for n, f in table.shortened[:5])))
        lines += self._to_review(table)
        ui.summary.setText(plain("\n".join(lines)))

    def _to_review(self, table: Any) -> list[str]:
        """The values kept as written, to review, and what the import leaves out."""
        from destination_norberg.app.network import flagged_values

        lines = []
        flagged = flagged_values(table)
        if flagged:
            lines.append(self.tr("%1 values cannot be normalised and will be kept as written, "
                                 "to review: %2").replace("%1", str(len(flagged))).replace(
                "%2", "; ".join(f"{n}: {review_text(why)}" for n, why in flagged[:5])))
        ignored = table.ignored
        lines.append(self.tr("Not imported: %1").replace(
            "%1", ", ".join(ignored[:30]) + (" …" if len(ignored) > 30 else ""))
            if ignored else self.tr("Every column is imported."))
        return lines

    def mapping(self) -> dict[str, str]:
        out = {}
        for row in range(self.ui.mapping.rowCount()):
            value = self.ui.mapping.cellWidget(row, 1).currentData()
            if value:
                out[self.ui.mapping.item(row, 0).text()] = value
        return out

    def reread(self) -> None:
        from destination_norberg.app.network import read_contacts

        mapping = self.mapping() if self.table.columns else None
        sheet = self.ui.sheet.currentText() or None
        header = self.ui.hasHeader.isChecked()
        try:
            table = in_worker(self.page, lambda: read_contacts(
                self.path, mapping=mapping, sheet=sheet, has_header=header))
        except Cancelled:
            return
        except Exception as exc:  # noqa: BLE001 - said in the dialog
            self.ui.problem.setText(plain(user_message(exc)))
            self.ui.problem.setVisible(True)
            return
        self.ui.problem.setVisible(False)
        self._show(table)

    def _try_accept(self) -> None:
        why = "" if self.table.rows else self.tr(
            "Nothing to import: choose which columns hold the organisation or the person.")
        self.ui.problem.setText(plain(why))
        self.ui.problem.setVisible(bool(why))
        if not why:
            self.accept()

    def undo_label(self, report: Any) -> str:
        """What the import's undo step says: how many contacts, from which file."""
        return self.tr("Import %n contact(s) from %1", "",
                       report.created_orgs + report.created_persons).replace(
            "%1", self.path.name)


def run_import(page: Any, path: Path | None = None) -> bool:
    """Ask for a file, read it, let the user map and check, import as one undoable step."""
    from destination_norberg.app.network import read_contacts
    from destination_norberg.app.network_edit import import_contacts
    from destination_norberg.gui.network.commands import ImportCommand

    if path is None:
        name, _f = QFileDialog.getOpenFileName(
            page, translate("NetworkTools", "Import contacts"), "", OPEN_FILTER)
        if not name:
            return False
        path = Path(name)
    try:
        table = in_worker(page, lambda: read_contacts(path),
                          translate("NetworkTools", "Reading %1…").replace("%1", path.name))
    except Cancelled:
        return False
    except Exception as exc:  # noqa: BLE001 - every failure is told, nothing written
        QMessageBox.warning(page, translate("NetworkTools", "Not imported"),
                            plain(user_message(exc)))
        return False
    dialog = ContactsImportDialog(page, path, table)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    rows, engine, today = dialog.table.rows, page.store.engine, page.today()
    try:
        report = in_worker(page, lambda: import_contacts(engine, rows, path.name, today=today),
                           translate("NetworkTools", "Importing %1 contacts…").replace(
                               "%1", str(len(rows))),
                           cancellable=False)
    except Exception as exc:  # noqa: BLE001 - every failure is told, nothing written
        QMessageBox.warning(page, translate("NetworkTools", "Not imported"),
                            plain(user_message(exc)))
        return False
    page.undo_stack.push(ImportCommand(
        dialog.undo_label(report), rows, path.name, report,
        engine=lambda: page.store.engine, changed=page._after_edit,
        report=page.report_error))
    page._after_edit()
    left = report.errors + report.skipped_persons
    flagged = report.flagged
    text = translate("NetworkTools", "%1 organisations and %2 people imported, %3 matched to "
                     "organisations already there.").replace(
        "%1", str(report.created_orgs)).replace(
        "%2", str(report.created_persons)).replace("%3", str(report.matched_orgs))
    if left:
        text += "\n\n" + translate("NetworkTools", "Left out:") + "\n" + "\n".join(
            f"{n}: {word(why)}" for n, why in left[:30])
    if flagged:
        text += "\n\n" + translate("NetworkTools", "Kept as written, to review:") + "\n"
        text += "\n".join(
            f"{n}: {review_text(why)}" for n, why in flagged[:30])
    QMessageBox.information(page, translate("NetworkTools", "Contacts imported"), plain(text))
    return True


def run_export(page: Any, path: Path | None = None) -> bool:
    """CSV and XLSX safe to open in a spreadsheet, or vCard 4.0 or 3.0 (Outlook, older
    phones), by the chosen suffix and type."""
    from destination_norberg.app.network_edit import export_contacts_to

    vcard_version = "4.0"
    if path is None:
        three = "vCard 3.0 (Outlook) (*.vcf)"
        name, chosen = QFileDialog.getSaveFileName(
            page, translate("NetworkTools", "Export contacts"), "kontakter.xlsx",
            f"Excel (*.xlsx);;CSV (*.csv);;vCard 4.0 (*.vcf);;{three}")
        if not name:
            return False
        path = Path(name)
        vcard_version = "3.0" if chosen == three else "4.0"
    try:
        count = export_contacts_to(page.store.engine, path, vcard_version)
    except Exception as exc:  # noqa: BLE001 - every failure is told
        QMessageBox.warning(page, translate("NetworkTools", "Not exported"),
                            plain(user_message(exc)))
        return False
    page.ui.state.setText(translate("NetworkTools", "%1 contacts written to %2.").replace(
        "%1", str(count)).replace("%2", str(path)))
    page.ui.state.setVisible(True)
    return True


class DuplicatesDialog(QDialog):
    """Groups that look like one organisation (same number, same e-mail, similar name) or
    one person (same e-mail); merge keeps the chosen one and moves everything of the others
    to it, undoably (people: gui.network.person_merge, chosen field by field)."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        from destination_norberg.app.network_edit import duplicates

        self.page = page
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.resize(640, 460)
        self.groups = duplicates(page.store.engine)  # organisations first, then people
        names = page.snapshot.organisation_names() if page.snapshot else {}
        self.names = names
        people = {p.id: p.name for p in page.snapshot.persons} if page.snapshot else {}
        self.list = QListWidget(self)
        reasons = {"orgnr": self.tr("same organisation number"),
                   "email": self.tr("same e-mail address"), "name": self.tr("similar names")}
        for group in self.groups:
            shown = people if group.kind == "person" else names
            head = self.tr("People:") + " " if group.kind == "person" else ""
            text = head + " · ".join(shown.get(i, str(i)) for i in group.ids)
            item = QListWidgetItem(f"{text}\n   {reasons.get(group.reason, group.reason)}: "
                                   f"{group.detail}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, group.ids)
            item.setData(Qt.ItemDataRole.UserRole + 1, group.kind)
        self.empty = QLabel(self.tr("No possible duplicates found."), self)
        self.empty.setVisible(not self.groups)
        self.merge_button = QPushButton(self.tr("Merge…"), self)
        self.merge_button.clicked.connect(self.merge)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.merge_button)
        row.addStretch(1)
        row.addWidget(buttons)
        box = QVBoxLayout(self)
        box.addWidget(self.empty)
        box.addWidget(self.list, 1)
        box.addLayout(row)

    def merge(self, keep_index: int | None = None) -> bool:
        from destination_norberg.app.network_edit import merge_organisations
        from destination_norberg.gui.network.commands import MergeCommand

        item = self.list.currentItem()
        if item is None or self.page.snapshot is None:
            return False
        ids = list(item.data(Qt.ItemDataRole.UserRole))
        if item.data(Qt.ItemDataRole.UserRole + 1) == "person":
            from destination_norberg.gui.network.person_merge import merge_people

            if not merge_people(self.page, ids, self):
                return False
            self.list.takeItem(self.list.row(item))
            return True
        uids = {o.id: o.uid for o in self.page.snapshot.organisations}
        if keep_index is None:
            choices = [self.names.get(i, str(i)) for i in ids]
            text, ok = QInputDialog.getItem(self, self.tr("Merge"), self.tr(
                "Keep which organisation? The others' people, contacts and parts move to "
                "it."), choices, 0, False)
            if not ok:
                return False
            keep_index = choices.index(text)
        keep = ids[keep_index]
        others = [uids[i] for i in ids if i != keep]
        try:
            result = merge_organisations(self.page.store.engine, uids[keep], others)
        except Exception as exc:  # noqa: BLE001 - every failure is told, nothing pushed
            self.page.report_error(exc)
            return False
        self.page.undo_stack.push(MergeCommand(
            self.tr("Merge into %1").replace("%1", self.names.get(keep, "")), uids[keep],
            others, result, engine=lambda: self.page.store.engine,
            changed=self.page._after_edit, report=self.page.report_error))
        self.page._after_edit()
        self.list.takeItem(self.list.row(item))
        return True


class GdprDialog(QDialog):
    """A person's data out (JSON and HTML), a person erased on request, reviews due, and
    the log of both."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        from destination_norberg.app.network_edit import gdpr_log, retention_due

        self.page = page
        self.result_dialog: QDialog | None = None  # what the last erasure did and left
        self.setWindowTitle(self.tr("Personal data (GDPR)"))
        self.resize(680, 520)
        self.due = retention_due(page.store.engine, page.today())
        self.people = QListWidget(self)
        persons = page.snapshot.persons if page.snapshot else []
        due_ids = {r.person_id for r in self.due} if self.due else set()
        for p in sorted(persons, key=lambda p: swedish_key(p.name)):
            mark = " ⚠" if p.id in due_ids else ""
            item = QListWidgetItem(f"{p.name}{' · ' + p.email if p.email else ''}{mark}",
                                   self.people)
            item.setData(Qt.ItemDataRole.UserRole, p.uid)
        log = gdpr_log(page.store.engine)
        self.summary = QLabel(self.tr(
            "%1 people, %2 with a retention review due (⚠). %3 exports and erasures logged.")
            .replace("%1", str(len(persons))).replace("%2", str(len(self.due)))
            .replace("%3", str(len(log))), self)
        self.summary.setWordWrap(True)
        export = QPushButton(self.tr("Export their data…"), self)
        erase = QPushButton(self.tr("Erase…"), self)
        export.clicked.connect(lambda: self.export_person())
        erase.clicked.connect(lambda: self.erase_person())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for w in (export, erase):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(buttons)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.people, 1)
        box.addLayout(row)

    def chosen(self) -> str | None:
        item = self.people.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def export_person(self, folder: Path | None = None) -> bool:
        from destination_norberg.app.network_edit import export_person

        uid = self.chosen()
        if uid is None:
            return False
        if folder is None:
            name = QFileDialog.getExistingDirectory(self, self.tr("Export into which folder?"))
            if not name:
                return False
            folder = Path(name)
        try:
            json_path, html_path = export_person(self.page.store.engine, uid, folder)
        except Exception as exc:  # noqa: BLE001 - every failure is told
            self.page.report_error(exc)
            return False
        QMessageBox.information(self, self.tr("Exported"), plain(self.tr(
            "Written: %1 and %2.").replace("%1", str(json_path)).replace("%2", str(html_path))))
        return True

    def erase_person(self, confirmed: bool = False) -> bool:
        """Erase the chosen person, asked first (saying what erasure cannot reach); then
        the result dialog says what was replaced, what to review, and offers to re-seal or
        delete the program's own backups (gui.network.erasure)."""
        from destination_norberg.app.network_edit import erase_person
        from destination_norberg.gui.network.erasure import (
            WINDOW_NOTE,
            ErasureResultDialog,
            confirm_erasure,
        )

        uid, item = self.chosen(), self.people.currentItem()
        if uid is None:
            return False
        url = self.page.store.url
        if not confirmed and not confirm_erasure(self, item.text(), url):
            return False
        try:
            done = erase_person(self.page.store.engine, uid, WINDOW_NOTE)
        except Exception as exc:  # noqa: BLE001 - every failure is told
            self.page.report_error(exc)
            return False
        self.people.takeItem(self.people.row(item))
        self.page._after_edit()
        self.result_dialog = ErasureResultDialog(self.page, done, url, self)
        self.result_dialog.open()
        return True
