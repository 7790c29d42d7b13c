"""The main window: navigation to the areas, the overview, menus, window state.

The window shows at once; opening the database and reading the overview happen in a worker
(`TaskRunner`), so nothing slow runs on the UI thread. Everything the worker needs is read
on the UI thread first and handed over as plain values. The areas come from the registry
(gui.common.areas): each is built when first opened and reads itself when shown.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from destination_norberg.core.timeutil import STOCKHOLM, now_utc, to_local
from destination_norberg.core.trails import DEFAULT_STALE_DAYS
from destination_norberg.gui.archive.menu import ArchiveMenu
from destination_norberg.gui.common import areas, i18n
from destination_norberg.gui.common import settings as opt
from destination_norberg.gui.common.area_keys import AreaKeys
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.common.page import AreaLoader
from destination_norberg.gui.demo_load import DemoLoad
from destination_norberg.gui.forms.main_window_ui import Ui_MainWindow
from destination_norberg.gui.overview.snow_fill import SnowFill

AREAS = tuple(spec.key for spec in areas.areas())
# The overview re-reads itself this often, and just after midnight (a new "today").
REFRESH_MINUTES = 15


#: The pause between two pages built ahead of the click: the window answers in between.
PREBUILD_PAUSE_MS = 150


def _import_all(modules: list[str]) -> None:
    """Worker: import the areas' modules (no widget is made here)."""
    import importlib

    for name in modules:
        importlib.import_module(name)


def load_job(*args: Any) -> tuple[Any, Any, bool]:
    """The worker's read (app.overview.read_overview), imported there: the rules it loads
    are not needed to build the window, so the first paint does not wait for them."""
    from destination_norberg.app.overview import read_overview

    return read_overview(*args)


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
        # The destination's stale-report threshold as the last overview read it (app.settings).
        self.stale_days = DEFAULT_STALE_DAYS
        self.opened = False
        self.is_demo = False  # the database holds the demo season (the last overview says)
        self.fatal_error: str | None = None
        self.runner = TaskRunner(self)
        self.loader: AreaLoader[tuple[Any, Any, bool]] = AreaLoader(
            self.runner, self._job, self._on_loaded, on_error=self._on_failed)
        self.undo_stack = QUndoStack(self)
        self.demo = DemoLoad(self, self.runner, lambda: to_local(self.clock()).date())
        self.demo.finished.connect(self._on_demo_loaded)
        self._build_navigation()
        self.snow_fill = SnowFill(self.runner, self.overview)
        self._build_menus()
        self._build_status_bar()
        self.archive = ArchiveMenu(self)  # the Arkiv menu's databases, backups, publishing
        self._restore_state()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self.refresh)

    # --- construction -----------------------------------------------------------------------

    def _build_navigation(self) -> None:
        """One page per registered area; a lazy one sits in an empty holder until opened."""
        from destination_norberg.gui.events.planning_data import PlanningStore

        self.planning = PlanningStore(self.db_url, self.ensure_engine)
        self.watcher: Any = None
        self._areas = areas.areas()
        self._built: dict[str, Any] = {}
        self.pages: dict[str, QWidget] = {}
        for spec in self._areas:
            if spec.lazy:
                page = QWidget(self)
                QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            else:
                page = self._built[spec.key] = spec.factory(self, self)
            self.pages[spec.key] = page
            self.ui.pages.addWidget(page)
            item = QListWidgetItem(QIcon(spec.icon or ""), spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.ui.navList.addItem(item)
        self.overview = self._built["overview"]
        self.ui.navList.currentRowChanged.connect(self._page_changed)
        self._prebuild = QTimer(self)  # builds the next page ahead of the click (prebuild_areas)
        self._prebuild.setSingleShot(True)
        self._prebuild.setInterval(PREBUILD_PAUSE_MS)
        self._prebuild.timeout.connect(self._build_next)
        self._prebuilding = False
        self._build_area_actions()

    def _build_area_actions(self) -> None:
        """Visa > one action per area, Ctrl+1 … Ctrl+9 in the order of the navigation."""
        self.area_actions: list[Any] = []
        first = self.ui.menuView.actions()[0] if self.ui.menuView.actions() else None
        for row, spec in enumerate(self._areas[:9]):
            action = QAction(spec.title(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, key=spec.key: self.select_area(key))
            self.ui.menuView.insertAction(first, action)
            self.addAction(action)  # works with the menu bar hidden too
            self.area_actions.append(action)
        if first is not None:
            self.ui.menuView.insertSeparator(first)

    def _page_changed(self, row: int) -> None:
        self.ui.pages.setCurrentIndex(row)
        if self.opened and self._areas[row].lazy:
            page = self.page(self._areas[row].key)
            if page.needs_load():
                page.reload()

    def prebuild_areas(self) -> None:
        """Once the overview is painted, in idle time: the areas' modules are imported in the
        pool (AreaSpec.modules), then their pages built one per pause of the event loop, so
        a click on an area only reads (the first open of "Leder och snö" spent over a second
        importing and building before it showed anything). Once per window."""
        if self._prebuilding:
            return
        self._prebuilding = True
        modules = [name for spec in self._areas if spec.lazy for name in spec.modules]
        self.runner.run(lambda: _import_all(modules), lambda _r: self._prebuild.start(),
                        lambda _exc: self._prebuild.start())  # built on the click instead

    def _build_next(self) -> None:
        todo = [spec.key for spec in self._areas if spec.lazy and spec.key not in self._built]
        if todo:
            self.page(todo[0])
            if len(todo) > 1:
                self._prebuild.start()

    def page(self, key: str) -> Any:
        """The page of area `key`, built on first use."""
        page = self._built.get(key)
        if page is None:
            holder = self.pages[key]
            page = self._built[key] = areas.area(key).factory(self, holder)
            holder.layout().addWidget(page)
        return page

    def __getattr__(self, name: str) -> Any:
        """`window.events_page` and the like: an area's page by the name it registered."""
        spec = None if name.startswith("_") else areas.by_attribute(name)
        if spec is None:
            raise AttributeError(name)
        return self.page(spec.key)

    def open_area(self, key: str, read: bool = True) -> Any:
        """Show area `key` (another area asked for one of its things); with `read`, its data
        is read here first if it has none, so the caller can select in it at once."""
        self.select_area(key)
        page = self.page(key)
        if read and page.needs_load():
            page.load_blocking()
        return page

    def ensure_engine(self) -> Any:
        """The SQLAlchemy engine writes need; opened on first use (migrated, checked)."""
        if self.engine is None:
            from destination_norberg.app.database import open_database

            self.engine = open_database(self.db_url)
        return self.engine

    def _build_menus(self) -> None:
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
        self.ui.menuEdit.addAction(undo)
        self.ui.menuEdit.addAction(redo)
        self._undo_actions = (undo, redo)
        self.area_keys = AreaKeys(self, self.ui.menuEdit,
                                  lambda: self.pages[self.current_area()])
        group = QActionGroup(self)
        for action, lang in ((self.ui.actionSwedish, "sv"), (self.ui.actionEnglish, "en")):
            group.addAction(action)
            action.setChecked(lang == self.language)
            action.triggered.connect(lambda _=False, lg=lang: self.set_language(lg))
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionRefresh.triggered.connect(self.refresh)
        self.ui.actionLoadDemo.triggered.connect(self.ask_load_demo)
        from destination_norberg.gui.help_dialogs import HelpMenu

        self.help = HelpMenu(self)  # Kom igång, Kortkommandon, Om (with the database in use)

    def _build_status_bar(self) -> None:
        self.demo_badge = QLabel(self)
        self.demo_badge.setObjectName("demoBadge")
        self.demo_badge.setVisible(False)
        self.db_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.demo_badge)
        self.statusBar().addPermanentWidget(self.db_label)

    def _restore_state(self) -> None:
        """Size and position come back; the first screen is always the overview."""
        geometry = self.settings.get(opt.WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.get(opt.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        self.ui.navList.setCurrentRow(0)

    # --- navigation and language ------------------------------------------------------------

    def select_area(self, area: str) -> None:
        self.ui.navList.setCurrentRow([spec.key for spec in self._areas].index(area))

    def current_area(self) -> str:
        return self._areas[self.ui.pages.currentIndex()].key

    def set_language(self, language: str) -> None:
        """Switch live: every widget re-translates on the LanguageChange event."""
        app = QCoreApplication.instance()
        self.language = i18n.install(app, language)
        self.settings.set(opt.LANGUAGE, language)
        self.overview.language = language
        for key, page in self._built.items():
            if areas.area(key).lazy and hasattr(page, "set_language"):
                page.set_language(language)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._undo_actions[0].setText(self.tr("&Undo"))
            self._undo_actions[1].setText(self.tr("&Redo"))
            self.area_keys.retranslate()
            self.help.retranslate()
            for row, spec in enumerate(self._areas):
                self.ui.navList.item(row).setText(spec.title())
            for action, spec in zip(self.area_actions, self._areas, strict=False):
                action.setText(spec.title())
            self._show_db_status()
        super().changeEvent(event)

    # --- loading ----------------------------------------------------------------------------

    def start(self) -> None:
        """Read the overview in the background; a request while one runs is dropped."""
        if self.loader.loading:
            return
        if self.overview.overview is None:
            self.overview.show_loading()
        self.loader.reload()

    refresh = start

    def load_blocking(self) -> None:
        """The same work on the calling thread (the screenshot command needs a finished view),
        and the area in view read too."""
        try:
            result = self._job(judge_snow=True)()
        except Exception as exc:  # noqa: BLE001 - shown to the user below
            self._on_failed(user_message(exc))
        else:
            self._on_loaded(result, read_area=False)
            spec = areas.area(self.current_area())
            if spec.lazy:
                self.page(spec.key).load_blocking()

    def _job(self, judge_snow: bool | None = None) -> Callable[[], tuple[Any, Any, bool]]:
        """Read settings and state here, on the UI thread; the worker gets plain values. The
        first read leaves the snow card to `snow_fill` so the window paints sooner."""
        args = (self.db_url, self.engine, self.clock(), self._stale_days_to_carry(),
                self.seed_demo, self.opened if judge_snow is None else judge_snow)
        return lambda: load_job(*args)

    def _stale_days_to_carry(self) -> int:
        """This workstation's former own threshold until it was handed to the database once
        (load_job stores it there); the default, which carries nothing, after that."""
        if self.settings.get(opt.STALE_DAYS_IN_DATABASE):
            return DEFAULT_STALE_DAYS
        return self.settings.get(opt.STALE_DAYS)

    def set_stale_days(self, days: int) -> None:
        """Store the destination's stale-report threshold (for every coordinator), then
        re-read the overview with it. Raises ValueError outside core.trails.STALE_DAYS_RANGE."""
        from destination_norberg.app.settings import set_stale_days

        set_stale_days(self.ensure_engine(), days)
        self.settings.set(opt.STALE_DAYS_IN_DATABASE, True)
        self.stale_days = days
        self.refresh()

    def _on_loaded(self, result: tuple[Any, Any, bool], read_area: bool = True) -> None:
        engine, overview, seeded = result
        if engine is not None and engine is not self.engine:
            if self.engine is not None:
                self.engine.dispose()
            self.engine = engine
        self.stale_days = overview.stale_days
        if self._stale_days_to_carry() != DEFAULT_STALE_DAYS:  # load_job handed it over
            self.settings.set(opt.STALE_DAYS_IN_DATABASE, True)
        self.opened = True
        self.is_demo = overview.counts.get("demo", 0) > 0
        self._watch_changes()
        self.overview.show_overview(overview, self.language)
        self._show_db_status(seeded, demo=self.is_demo)
        self.archive.opened()
        self._schedule_refresh(overview.now)
        spec = areas.area(self.current_area())
        if spec.lazy and read_area:  # shown before the database was open: read it now
            page = self.page(spec.key)
            if page.needs_load():
                page.reload()
        if overview.snow_pending:  # the first read: painted now, the snow card judged next
            self._bench_mark("first-painted-overview")
            self.snow_fill.start(self.db_url, self.engine, overview.now, overview,
                                 self._finish_load)
        else:
            self._finish_load()

    def _finish_load(self) -> None:
        """`loaded` once every card is filled (the snow card too)."""
        self.loaded.emit()
        if self._bench_mark("overview-judged"):
            QTimer.singleShot(0, QCoreApplication.quit)

    def _on_failed(self, message: str) -> None:
        self.overview.show_error(message)
        self.statusBar().showMessage(message)
        if not self.opened:  # nothing to work on: say so, and leave with exit code 2
            self.fatal_error = message
        self.failed.emit(message)

    def _schedule_refresh(self, now: datetime) -> None:
        """Again in a while, and just after midnight, when "today" moves on."""
        local = to_local(now)
        midnight = datetime.combine(local.date() + timedelta(days=1), datetime.min.time(),
                                    tzinfo=STOCKHOLM)
        seconds = min(REFRESH_MINUTES * 60, (midnight - local).total_seconds() + 5)
        self._refresh_timer.start(max(1000, int(seconds * 1000)))

    def _show_db_status(self, seeded: bool = False, demo: bool | None = None) -> None:
        if demo is not None:
            self.demo_badge.setVisible(demo)
        self.demo_badge.setText(self.tr("Demo data"))
        self.demo_badge.setToolTip(self.tr(
            "The database holds the fictional demo season (businesses, people, trails)."))
        if not self.opened:
            return
        from destination_norberg.app.database import sqlite_file

        path = sqlite_file(self.db_url)  # a file: its name, the full path on hover
        if path is not None:
            where, full = path.name, str(Path(path).resolve())
        elif self.engine is not None:
            where = full = self.engine.url.render_as_string(hide_password=True)
        else:
            return
        self.db_label.setText(self.tr("Database: %1").replace("%1", where))
        self.db_label.setToolTip(full)
        if seeded:
            self.statusBar().showMessage(self.tr("The demo season was loaded into a new "
                                                 "database."), 10_000)

    def _bench_mark(self, marker: str) -> bool:
        """Benchmark hook (bench/startup.py): paint, report `marker` with the time; False
        (nothing done) outside the benchmark."""
        if not os.environ.get("DESTINATION_NORBERG_BENCH_EXIT"):
            return False
        self.overview.repaint()
        print(f"{marker} {time.perf_counter():.4f}", flush=True)
        return True

    # --- actions ----------------------------------------------------------------------------

    def ask_load_demo(self) -> None:
        ov = self.overview.overview
        self.demo.ask(bool(ov and any(ov.counts.values())), self.db_url, self.engine)

    def load_demo(self, reset: bool) -> None:
        self.demo.start(self.db_url, self.engine, reset)

    def cancel_demo_load(self) -> None:
        self.demo.cancel()

    @property
    def demo_dialog(self) -> Any:
        return self.demo.dialog

    def _on_demo_loaded(self, engine: Any) -> None:
        if engine is not None and self.engine is None:
            self.engine = engine
        elif engine is not None and engine is not self.engine:
            engine.dispose()
        self.refresh()

    def show_about(self) -> Any:
        return self.help.show_about()

    # --- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.settings.set(opt.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(opt.WINDOW_STATE, self.saveState())
        self.settings.sync()
        self.shutdown()
        super().closeEvent(event)

    def _watch_changes(self) -> None:
        """Once the database is open: others' changes show without a restart."""
        if self.watcher is None:
            from destination_norberg.gui.common.change_watcher import ChangeWatcher

            self.watcher = ChangeWatcher(self.db_url, self)
            self.watcher.changed.connect(self.external_change)

    def external_change(self) -> None:
        """Someone (another coordinator, a command, this window's own save) committed:
        read the overview and the area in view again."""
        self.refresh()
        area = self.current_area()
        if areas.area(area).lazy and area in self._built:
            self._built[area].reload()

    def shutdown(self) -> None:
        """Cancel what can be cancelled, wait for the rest, release the database."""
        self._refresh_timer.stop()
        self._prebuild.stop()
        self._prebuilding = True  # an import finishing now builds nothing more
        self.archive.shutdown()
        if self.watcher is not None:
            self.watcher.stop()
        self.demo.cancel()
        self.runner.shutdown()
        for page in self._built.values():
            if hasattr(page, "stop"):
                page.stop()
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None
