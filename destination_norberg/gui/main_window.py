"""The main window: navigation to the areas, the overview, menus, window state.

The window shows at once; opening the database and reading the overview happen in a worker
(`TaskRunner`), so nothing slow runs on the UI thread.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QMessageBox, QProgressDialog, QWidget

from destination_norberg import APP_NAME, __version__
from destination_norberg.core.timeutil import now_utc
from destination_norberg.gui import i18n, labels
from destination_norberg.gui import settings as opt
from destination_norberg.gui.empty_page import EmptyStatePage
from destination_norberg.gui.forms.main_window_ui import Ui_MainWindow
from destination_norberg.gui.overview_page import OverviewPage
from destination_norberg.gui.tasks import Cancelled, CancelToken, TaskRunner

AREAS = ("overview", "events", "trails", "map", "network", "packages")


def load_job(url: str, engine: Any, now: datetime, stale_days: int,
             seed_demo: bool) -> tuple[Any, Any, bool]:
    """Worker: read the overview; open, migrate or seed the database first where needed.

    A current SQLite file is read with the standard library alone (store.rows), so the
    overview paints without waiting for SQLAlchemy; anything else goes through
    open_database, which migrates, refuses a newer schema and explains what is wrong.
    """
    from destination_norberg.store.overview_repo import load_overview

    if engine is None:
        from destination_norberg.store.rows import open_current_sqlite

        fast = open_current_sqlite(url)
        if fast is not None:
            try:
                return None, load_overview(fast, now, stale_days), False
            finally:
                fast.close()
    seeded = False
    if engine is None:
        from destination_norberg.store.opening import open_database, seed_demo_if_empty

        engine = open_database(url)
        if seed_demo:
            seeded = seed_demo_if_empty(engine)
    return engine, load_overview(engine, now, stale_days), seeded


class MainWindow(QMainWindow):
    """`loaded` fires after each overview is shown; `failed` with the message on an error."""

    loaded = Signal()
    failed = Signal(str)

    def __init__(self, db_url: str, settings: opt.Settings, language: str = "sv",
                 clock: Callable[[], datetime] = now_utc, seed_demo: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.db_url = db_url
        self.settings = settings
        self.language = language
        self.clock = clock
        self.seed_demo = seed_demo
        self.engine: Any = None  # a SQLAlchemy engine once a write or migration needed one
        self.opened = False
        self.runner = TaskRunner(self)
        self.undo_stack = QUndoStack(self)
        self.fatal_error: str | None = None
        self._build_navigation()
        self._build_menus()
        self._restore_state()

    # --- construction -----------------------------------------------------------------------

    def _build_navigation(self) -> None:
        self.overview = OverviewPage(self)
        self.overview.open_area.connect(self.select_area)
        self.pages: dict[str, QWidget] = {"overview": self.overview}
        for area in AREAS:
            page = self.pages.get(area) or EmptyStatePage(area, self)
            self.pages[area] = page
            self.ui.pages.addWidget(page)
            item = QListWidgetItem(QIcon(f":/icons/{area}.svg"), labels.area_name(area))
            item.setData(Qt.ItemDataRole.UserRole, area)
            self.ui.navList.addItem(item)
        self.ui.navList.currentRowChanged.connect(self.ui.pages.setCurrentIndex)

    def _build_menus(self) -> None:
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
        self.ui.menuEdit.addAction(undo)
        self.ui.menuEdit.addAction(redo)
        self._undo_actions = (undo, redo)
        group = QActionGroup(self)
        for action, lang in ((self.ui.actionSwedish, "sv"), (self.ui.actionEnglish, "en")):
            group.addAction(action)
            action.setChecked(lang == self.language)
            action.triggered.connect(lambda _=False, lg=lang: self.set_language(lg))
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionRefresh.triggered.connect(self.refresh)
        self.ui.actionLoadDemo.triggered.connect(self.ask_load_demo)
        self.ui.actionAbout.triggered.connect(self.show_about)

    def _restore_state(self) -> None:
        geometry = self.settings.get(opt.WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.get(opt.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        page = self.settings.get(opt.LAST_PAGE)
        self.ui.navList.setCurrentRow(page if 0 <= page < len(AREAS) else 0)

    # --- navigation and language ------------------------------------------------------------

    def select_area(self, area: str) -> None:
        self.ui.navList.setCurrentRow(AREAS.index(area))

    def current_area(self) -> str:
        return AREAS[self.ui.pages.currentIndex()]

    def set_language(self, language: str) -> None:
        """Switch live: every widget re-translates on the LanguageChange event."""
        app = QCoreApplication.instance()
        self.language = i18n.install(app, language)
        self.settings.set(opt.LANGUAGE, language)
        self.overview.language = language

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._undo_actions[0].setText(self.tr("&Undo"))
            self._undo_actions[1].setText(self.tr("&Redo"))
            for row, area in enumerate(AREAS):
                self.ui.navList.item(row).setText(labels.area_name(area))
            self._show_db_status()
        super().changeEvent(event)

    # --- loading ----------------------------------------------------------------------------

    def start(self) -> None:
        """Open the database and read the overview in the background."""
        self.overview.show_loading()
        self.runner.run(self._job, self._on_loaded, self._on_failed)

    refresh = start

    def load_blocking(self) -> None:
        """The same work on the calling thread (the screenshot command needs a finished view)."""
        try:
            result = self._job()
        except Exception as exc:  # noqa: BLE001 - shown to the user below
            self._on_failed(exc)
        else:
            self._on_loaded(result)

    def _job(self) -> tuple[Any, Any, bool]:
        return load_job(self.db_url, self.engine, self.clock(),
                        self.settings.get(opt.STALE_DAYS), self.seed_demo)

    def _on_loaded(self, result: tuple[Any, Any, bool]) -> None:
        engine, overview, seeded = result
        self.engine = engine or self.engine
        self.opened = True
        self.overview.show_overview(overview, self.language)
        for page in self.pages.values():
            if isinstance(page, EmptyStatePage):
                page.set_counts(overview.counts)
        self._show_db_status(seeded)
        self.loaded.emit()
        if os.environ.get("DESTINATION_NORBERG_BENCH_EXIT"):
            self._bench_exit()

    def _on_failed(self, exc: BaseException) -> None:
        message = user_message(exc)
        self.overview.show_error(message)
        self.statusBar().showMessage(message)
        if not self.opened:  # nothing to work on: say so, and leave with exit code 2
            self.fatal_error = message
        self.failed.emit(message)

    def _show_db_status(self, seeded: bool = False) -> None:
        if not self.opened:
            return
        from destination_norberg.store.rows import sqlite_file

        path = sqlite_file(self.db_url)  # a file is shown as the path people know
        if path is not None:
            where = str(path)
        elif self.engine is not None:
            where = self.engine.url.render_as_string(hide_password=True)
        else:
            return
        text = self.tr("Database: %1").replace("%1", where)
        if seeded:
            text += " · " + self.tr("demo season loaded")
        self.statusBar().showMessage(text)

    def _bench_exit(self) -> None:
        """Benchmark hook: paint the filled overview, report the time, quit."""
        self.overview.repaint()
        print(f"first-painted-overview {time.perf_counter():.4f}", flush=True)
        QTimer.singleShot(0, QCoreApplication.quit)

    # --- actions ----------------------------------------------------------------------------

    def ask_load_demo(self) -> None:
        has_rows = bool(self.overview.overview and any(self.overview.overview.counts.values()))
        if has_rows:
            answer = QMessageBox.question(
                self, self.tr("Load the demo season"),
                self.tr("This replaces everything in the database with the demo season. "
                        "Continue?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.load_demo(reset=has_rows)

    def load_demo(self, reset: bool) -> None:
        """Load the demo in a worker with a progress dialog; Cancel rolls the whole load back."""
        token = CancelToken()
        dialog = QProgressDialog(self.tr("Loading the demo season…"), self.tr("Cancel"), 0, 0,
                                 self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(token.cancel)
        self.demo_dialog = dialog
        self.demo_token = token
        url, engine = self.db_url, self.engine

        def job(progress: Callable[[str], None]) -> None:
            from destination_norberg.store.demo import load_demo
            from destination_norberg.store.opening import open_database

            def step(name: str) -> None:
                token.check()
                progress(name)

            load_demo(engine or open_database(url), reset=reset, progress=step)

        def done(_result: object) -> None:
            dialog.reset()
            self.refresh()

        def failed(exc: BaseException) -> None:
            dialog.reset()
            if isinstance(exc, Cancelled):
                self.statusBar().showMessage(self.tr("Cancelled: nothing was changed."))
                return
            QMessageBox.warning(self, self.tr("Load the demo season"), user_message(exc))

        def progress(step: str) -> None:
            dialog.setLabelText(self.tr("Loading the demo season: %1…")
                                .replace("%1", labels.demo_step(step)))

        self.runner.run(job, done, failed, on_progress=progress)

    def cancel_demo_load(self) -> None:
        """Cancel from code as the dialog's button does (QProgressDialog.cancel() is silent)."""
        token = getattr(self, "demo_token", None)
        if token is not None:
            token.cancel()
        if getattr(self, "demo_dialog", None) is not None:
            self.demo_dialog.cancel()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Destination Norberg"), self.tr(
            "<b>%1</b> %2<br>The coordinator program for Norberg's visitor economy: events, "
            "trails and snow, the business network and exports for partners.")
            .replace("%1", APP_NAME).replace("%2", __version__))

    # --- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.settings.set(opt.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(opt.WINDOW_STATE, self.saveState())
        self.settings.set(opt.LAST_PAGE, self.ui.navList.currentRow())
        self.settings.sync()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        self.runner.shutdown()
        if self.engine is not None:
            self.engine.dispose()


def user_message(exc: BaseException) -> str:
    """A sentence for the user; the traceback goes to stderr for whoever reads logs."""
    from destination_norberg.store.database import DatabaseError

    if isinstance(exc, DatabaseError):
        return str(exc)
    print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
    return QCoreApplication.translate(
        "MainWindow", "Something went wrong while reading the data: %1").replace("%1", str(exc))
