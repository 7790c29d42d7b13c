"""Arkiv → "Report to the municipal board…" and "Import guest nights…".

The report: the seasons are read in a worker, a small dialog asks for the season or the year,
the language and the format, a save dialog for the file; app.board_report writes it in the
worker pool behind a progress dialog (the drawing hops to the GUI thread itself), and a
message says where it was written, with a button that opens it.

Guest nights: a file is chosen, imported in the worker (one write unit, the months in the
file replacing what was there) and the import is one step on the undo stack: undo puts back
what those months held before.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QEvent, QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from destination_norberg.gui.archive.words import said
from destination_norberg.gui.common.dialog import CheckedDialog
from destination_norberg.gui.common.jobs import ProgressJob
from destination_norberg.gui.common.plain import plain
from destination_norberg.gui.common.settings import Option
from destination_norberg.gui.common.undo import StoreCommand

REPORT_FOLDER = Option("report/folder", str, "")
NIGHTS_FOLDER = Option("report/guest_nights_folder", str, "")


class BoardReportDialog(CheckedDialog):
    """Which period, which language, which format."""

    def __init__(self, parent: QWidget | None, seasons: list[str], year: int,
                 lang: str) -> None:
        super().__init__(parent)
        self.setObjectName("boardReportDialog")
        self.setWindowTitle(self.tr("Report to the municipal board"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        lead = QLabel(self.tr("Events, packages sent, contacts with businesses, the snow "
                              "guarantee, trail days and guest nights, with a chart for each."))
        lead.setWordWrap(True)
        layout.addWidget(lead)
        form = QFormLayout()
        self.by_season = QRadioButton(self.tr("&Season"))
        self.by_year = QRadioButton(self.tr("&Year"))
        group = QButtonGroup(self)
        group.addButton(self.by_season)
        group.addButton(self.by_year)
        self.season = QComboBox()
        self.season.setObjectName("season")
        self.season.addItems(seasons)
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        form.addRow(self.by_season, self.season)
        form.addRow(self.by_year, self.year)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Swedish"), "sv")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(0 if lang == "sv" else 1)
        form.addRow(self.tr("&Language:"), self.language)
        self.format = QComboBox()
        self.format.setObjectName("format")
        self.format.addItem(self.tr("PDF document"), ".pdf")
        self.format.addItem(self.tr("Excel workbook (XLSX)"), ".xlsx")
        form.addRow(self.tr("&Format:"), self.format)
        layout.addLayout(form)
        problem = QLabel()
        problem.setWordWrap(True)
        layout.addWidget(problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Write…"))
        layout.addWidget(buttons)
        self.ui = SimpleNamespace(problem=problem, buttonBox=buttons)
        self.check_on_ok()
        (self.by_season if seasons else self.by_year).setChecked(True)
        self.by_season.setEnabled(bool(seasons))
        self.by_season.toggled.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        self.season.setEnabled(self.by_season.isChecked())
        self.year.setEnabled(self.by_year.isChecked())

    def problem(self) -> str | None:
        if self.by_season.isChecked() and not self.season.currentText():
            return self.tr("Choose a season, or a year.")
        return None

    def choice(self) -> tuple[str | None, int | None, str, str]:
        """(season, year: one of them None, language, ".pdf" or ".xlsx")."""
        if self.by_season.isChecked():
            return self.season.currentText(), None, self.language.currentData(), \
                self.format.currentData()
        return None, self.year.value(), self.language.currentData(), self.format.currentData()


class GuestNightsImportCommand(StoreCommand):
    """An import of guest nights, undoable: undo puts back what its months held."""

    def __init__(self, text: str, done: Any, now: datetime, **services: Any) -> None:
        super().__init__(text, **services)
        self.done, self.now = done, now

    def apply(self) -> None:
        from destination_norberg.app.guest_nights import redo_import

        redo_import(self.engine(), self.done, self.now)

    def revert(self) -> None:
        from destination_norberg.app.guest_nights import undo_import

        undo_import(self.engine(), self.done, self.now)


class BoardReports(QObject):
    """The two Arkiv actions and their flows, for one window."""

    def __init__(self, menu: Any) -> None:
        super().__init__(menu)
        self.menu = menu
        self.job: ProgressJob | None = None
        self.dialog: BoardReportDialog | None = None
        self.message: QMessageBox | None = None
        window = menu.window
        file_menu = window.ui.menuFile
        first = window.ui.actionLoadDemo
        self.report_action = QAction(window)
        self.report_action.setObjectName("actionBoardReport")
        self.report_action.triggered.connect(lambda _checked=False: self.report())
        self.import_action = QAction(window)
        self.import_action.setObjectName("actionImportGuestNights")
        self.import_action.triggered.connect(lambda _checked=False: self.import_nights())
        file_menu.insertAction(first, self.report_action)
        file_menu.insertAction(first, self.import_action)
        file_menu.insertSeparator(first)
        self.retranslate()
        window.installEventFilter(self)

    @property
    def window(self) -> Any:
        return self.menu.window

    def retranslate(self) -> None:
        self.report_action.setText(self.tr("&Report to the municipal board…"))
        self.report_action.setToolTip(self.tr(
            "A report for a season or a year, as PDF or Excel, with a chart for each part"))
        self.import_action.setText(self.tr("Import &guest nights…"))
        self.import_action.setToolTip(self.tr(
            "Tillväxtverket's or SCB's accommodation statistics by month (CSV or Excel)"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # --- the report ---------------------------------------------------------------------------

    def report(self) -> None:
        url = self.window.db_url

        def read(_progress: Any) -> list[str]:
            from destination_norberg.app.board_report import season_names
            from destination_norberg.app.database import read_with

            return read_with(url, season_names)

        self.job = ProgressJob(self.menu.runner, self.window, self.tr("Reading the seasons…"),
                               None, maximum=0)
        self.job.start(read, self._ask, self._failed, lambda: None)

    def _ask(self, seasons: list[str]) -> None:
        from destination_norberg.app.board_report import default_year
        from destination_norberg.core.timeutil import to_local

        today = to_local(self.window.clock()).date()
        dialog = BoardReportDialog(self.window, seasons, default_year(today),
                                   getattr(self.window, "language", "sv"))
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._chosen(dialog))
        dialog.open()

    def _chosen(self, dialog: BoardReportDialog) -> None:
        season, year, lang, suffix = dialog.choice()
        settings = self.window.settings
        stem = (f"Rapport KS {season or year}" if lang == "sv"
                else f"Board report {season or year}").replace("/", "-")
        folder = settings.get(REPORT_FOLDER) or str(Path.home())
        kind = self.tr("PDF document (*.pdf)") if suffix == ".pdf" else \
            self.tr("Excel workbook (*.xlsx)")
        name, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Write the report to"), str(Path(folder) / (stem + suffix)),
            kind)
        if not name:
            return
        out = Path(name)
        if out.suffix.casefold() != suffix:
            out = out.with_name(out.name + suffix)
        settings.set(REPORT_FOLDER, str(out.parent))
        self.write(out, season, year, lang)

    def write(self, out: Path, season: str | None, year: int | None, lang: str) -> None:
        url, now = self.window.db_url, self.window.clock()

        def job(progress: Any) -> Any:
            from destination_norberg.app.board_report import write_board_report
            from destination_norberg.gui.documents.board import BoardWriter

            return write_board_report(url, out, lang, now, BoardWriter(), season=season,
                                      year=year, progress=lambda f, _s: progress(f, ""))

        self.job = ProgressJob(self.menu.runner, self.window,
                               self.tr("Writing the report to the municipal board…"), None)
        self.job.start(job, lambda _report: self._written(out), self._failed, lambda: None)

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self.window, self.tr("Not written"), plain(self.tr(
            "The report was not written: %1").replace("%1", said(exc))))

    def _written(self, out: Path) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Report written"),
                          plain(self.tr("The report was written to %1.").replace("%1",
                                                                                str(out))),
                          QMessageBox.StandardButton.Close, self.window)
        box.setObjectName("reportWrittenMessage")
        open_button = box.addButton(self.tr("&Open"), QMessageBox.ButtonRole.ActionRole)

        def clicked(button: Any) -> None:
            if button is open_button:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))

        box.buttonClicked.connect(clicked)
        self.message = box
        self.window.statusBar().showMessage(box.text(), 30_000)
        box.open()

    # --- guest nights -------------------------------------------------------------------------

    def import_nights(self) -> None:
        settings = self.window.settings
        name, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import guest nights"),
            settings.get(NIGHTS_FOLDER) or str(Path.home()),
            self.tr("Accommodation statistics (*.csv *.xlsx);;All files (*)"))
        if not name:
            return
        path = Path(name)
        settings.set(NIGHTS_FOLDER, str(path.parent))
        window = self.window
        now = window.clock()

        url = window.db_url

        def job(_progress: Any) -> Any:
            from destination_norberg.app.guest_nights import import_guest_nights_at

            return import_guest_nights_at(url, path, now)

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(window, self.tr("Not imported"), plain(said(exc)))

        self.job = ProgressJob(self.menu.runner, window, self.tr("Importing guest nights…"),
                               None, maximum=0)
        self.job.start(job, lambda done: self._imported(done, now), failed, lambda: None)

    def _imported(self, done: Any, now: datetime) -> None:
        from destination_norberg.gui.common.errors import user_message

        window = self.window
        months = [f"{y}-{m:02d}" for y, m in done.months]
        span = f"{months[0]} – {months[-1]}" if months else ""
        text = self.tr("Imported guest nights for %1 months (%2).").replace(
            "%1", str(len(months))).replace("%2", span)

        def report(exc: BaseException) -> None:
            QMessageBox.warning(window, self.tr("Not undone"), plain(user_message(exc)))

        window.undo_stack.push(GuestNightsImportCommand(
            self.tr("Import guest nights (%1)").replace("%1", done.file.name), done, now,
            engine=window.ensure_engine, changed=lambda: None, report=report))
        window.statusBar().showMessage(text, 30_000)
