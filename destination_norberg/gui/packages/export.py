"""From the package window: the export bundle for one partner or all (with a progress bar,
the folder opened when done), the public status page and the daily bulletin.

The bundle is written in the worker pool (exchange.package_bundle writes into a temporary
folder and moves it into place, so Cancel or a failure leaves nothing); the dispatch is
recorded afterwards, one write unit, so a package changed since it was last sent goes out
as a new version.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
)

from destination_norberg.core.progress import Cancelled, Progress
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.jobs import run_and_wait
from destination_norberg.gui.common.plain import plain, shown

#: How much of one untranslated text the warning shows.
WARNING_TEXT_MAX = 90

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class ExportChoices(QDialog):
    """For whom, in which language, as a folder or a zip; the folders and files it will
    write, by their real names, and (without blocking) the texts the bundle has only in the
    other language, which it marks (core.package_language)."""

    def __init__(self, page: Any, detail: Any) -> None:
        super().__init__(page)
        self.detail = detail
        self.setWindowTitle(self.tr("Export bundle"))
        self.partner = QComboBox(self)
        self.partner.addItem(self.tr("Every partner (a bundle each)"), None)
        for p in detail.partners:
            self.partner.addItem(p.contact.name, p.contact.organisation_id)
        self.lang = QComboBox(self)
        self.lang.addItem(self.tr("the partner's language"), None)
        self.lang.addItem(self.tr("Swedish"), "sv")
        self.lang.addItem(self.tr("English"), "en")
        self.as_zip = QCheckBox(self.tr("as a zip file"), self)
        self.per_day = QCheckBox(self.tr("programme: one calendar entry per day"), self)
        self.files = QPlainTextEdit(self)
        self.files.setReadOnly(True)
        self.files.setMinimumWidth(520)
        self.files.setMaximumHeight(170)
        self.files.setAccessibleName(self.tr("Folders and files to be written"))
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.missing = QPlainTextEdit(self)
        self.missing.setReadOnly(True)
        self.missing.setMaximumHeight(150)
        self.missing.setAccessibleName(self.tr("Texts without a translation"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("For"), self.partner)
        form.addRow(self.tr("Language"), self.lang)
        form.addRow("", self.as_zip)
        form.addRow("", self.per_day)
        form.addRow(self.tr("Will write"), self.files)
        form.addRow(self.warning)
        form.addRow(self.missing)
        form.addRow(buttons)
        for combo in (self.partner, self.lang):
            combo.currentIndexChanged.connect(self.refresh)
        self.as_zip.toggled.connect(self.refresh)
        self.refresh()

    def planned(self) -> list[Any]:
        """The bundles the choices write (app.package_export.planned_bundles)."""
        from destination_norberg.app.package_export import planned_bundles

        chosen = self.partner.currentData()
        partners = None if chosen is None else [
            p for p in self.detail.partners if p.contact.organisation_id == chosen]
        return planned_bundles(self.detail, partners, self.lang.currentData(),
                               as_zip=self.as_zip.isChecked(), pdf=True)

    def _language(self, lang: str) -> str:
        return self.tr("English") if lang == "en" else self.tr("Swedish")

    def _what(self, item: Any) -> str:
        """One untranslated text, as the warning lists it."""
        what = {
            "title": self.tr("Package title"), "text": self.tr("Package text"),
            "event": self.tr("Event"),
            "event_text": self.tr("Description of %1").replace("%1", item.owner),
            "component": self.tr("Component %1").replace("%1", item.owner),
            "trail_text": self.tr("Description of %1").replace("%1", item.owner),
            "role": self.tr("Role at %1").replace("%1", item.owner),
        }.get(item.what, item.what)
        return f"{what}: {shown(' '.join(item.text.split()), WARNING_TEXT_MAX)}"

    def refresh(self) -> None:
        """The names and the warning for the current choices."""
        planned = self.planned()
        lines = [f"{b.name}  ({self._language(b.lang)})" for b in planned]
        missing: dict[str, list[str]] = {}
        for lang in sorted({b.lang for b in planned}, reverse=True):
            first = next(b for b in planned if b.lang == lang)
            lines.append("")
            lines.append(self.tr("In each English bundle:") if lang == "en"
                         else self.tr("In each Swedish bundle:"))
            lines += [f"  {name}" for name in first.files]
            if first.untranslated:
                missing[lang] = [self._what(item) for item in first.untranslated]
        self.files.setPlainText("\n".join(lines))
        texts = []
        if "en" in missing:
            texts.append(self.tr("%n text(s) have no English version: the English bundle "
                                 "uses the Swedish text and marks it *.", "",
                                 len(missing["en"])))
        if "sv" in missing:
            texts.append(self.tr("%n text(s) have no Swedish version: the Swedish bundle "
                                 "uses the English text and marks it *.", "",
                                 len(missing["sv"])))
        self.warning.setText(" ".join(texts))
        self.missing.setPlainText("\n".join(line for lines_ in missing.values()
                                             for line in lines_))
        self.warning.setVisible(bool(missing))
        self.missing.setVisible(bool(missing))


def write_package_bundles(engine: Any, package_id: int, out_dir: Path,
                          partner_id: int | None, lang: str | None, as_zip: bool,
                          per_day: bool, progress: Progress | None = None) -> list[Path]:
    """Worker: every bundle asked for, then the dispatch record; the paths written."""
    from destination_norberg.app.package_export import export_package
    from destination_norberg.app.packages import package_detail
    from destination_norberg.gui.documents.pdf import write_brochure

    detail = package_detail(engine, package_id)
    partners = None if partner_id is None else [
        p for p in detail.partners if p.contact.organisation_id == partner_id]
    result = export_package(engine, package_id, out_dir, partners=partners, lang=lang,
                            as_zip=as_zip, per_day=per_day, pdf_writer=write_brochure,
                            progress=progress, detail=detail)
    return [path for _partner, path in result.bundles]


def run_export(page: Any, package_id: int, out_dir: Path | None = None,
               choices: dict | None = None) -> list[Path]:
    from destination_norberg.app.packages import package_detail

    engine = page.store.engine
    try:
        detail = package_detail(engine, package_id)
    except Exception as exc:  # noqa: BLE001 - every failure is told
        page.report_error(exc)
        return []
    if choices is None:
        dialog = ExportChoices(page, detail)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        choices = {"partner": dialog.partner.currentData(), "lang": dialog.lang.currentData(),
                   "zip": dialog.as_zip.isChecked(), "per_day": dialog.per_day.isChecked()}
    if out_dir is None:
        name = QFileDialog.getExistingDirectory(
            page, translate("PackagesExport", "Export into which folder?"))
        if not name:
            return []
        out_dir = Path(name)
    try:
        # In the pool behind a progress dialog; the file being written shows as the label.
        paths = run_and_wait(page.runner, page, lambda progress: write_package_bundles(
            engine, package_id, out_dir, choices["partner"], choices["lang"], choices["zip"],
            choices["per_day"], progress), translate("PackagesExport", "Writing the bundle…"),
            translate("PackagesExport", "Cancel"))
    except Cancelled:
        return []
    except Exception as exc:  # noqa: BLE001 - every failure is told, nothing left behind
        QMessageBox.warning(page, translate("PackagesExport", "Not exported"),
                            plain(user_message(exc)))
        return []
    page.ui.state.setText(translate("PackagesExport", "Written: %1").replace(
        "%1", ", ".join(map(str, paths))))
    page.ui.state.setVisible(True)
    page._after_edit()  # the version and the last-sent date changed
    if choices.get("open", True):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(out_dir)))
    return paths


def run_bulletin(page: Any, path: Path | None = None, lang: str | None = None) -> bool:
    """Today's bulletin as an A4 PDF for hotels and shops."""
    from destination_norberg.gui.documents.pdf import write_bulletin

    if path is None:
        name, _f = QFileDialog.getSaveFileName(page, translate("PackagesExport",
                                                               "Save the daily bulletin"),
                                               f"bulletin-{page.today().isoformat()}.pdf",
                                               "PDF (*.pdf)")
        if not name:
            return False
        path = Path(name)
    try:
        write_bulletin(page.store.engine, path, page.today(),
                       lang or getattr(page, "language", "sv"), page.clock())
    except Exception as exc:  # noqa: BLE001 - every failure is told
        QMessageBox.warning(page, translate("PackagesExport", "Not written"),
                            plain(user_message(exc)))
        return False
    page.ui.state.setText(translate("PackagesExport", "Bulletin written to %1.").replace(
        "%1", str(path)))
    page.ui.state.setVisible(True)
    return True
