"""The main window: navigation to the areas, the overview, menus, window state.

The window shows at once; opening the database and reading the overview happen in a worker
(`TaskRunner`), so nothing slow runs on the UI thread. Everything the worker needs is read
on the UI thread first and handed over as plain values.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from destination_norberg import APP_NAME, __version__
from destination_norberg.core.timeutil import STOCKHOLM, now_utc, to_local
from destination_norberg.core.trails import DEFAULT_STALE_DAYS
from destination_norberg.gui.common import i18n, labels
from destination_norberg.gui.common import settings as opt
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.demo_load import DemoLoad
from destination_norberg.gui.forms.main_window_ui import Ui_MainWindow
from destination_norberg.gui.overview.page import OverviewPage

AREAS = ("overview", "events", "trails", "map", "network", "packages")
# The overview re-reads itself this often, and just after midnight (a new "today").
REFRESH_MINUTES = 15


def load_job(url: str, engine: Any, now: datetime, stale_days: int,
             seed_demo: bool) -> tuple[Any, Any, bool]:
    """Worker: read the overview; open, migrate or seed the database first where needed.

    A current SQLite file is read with the standard library alone (store.rows), so the
    overview paints without waiting for SQLAlchemy; anything else goes through
    open_database, which migrates, refuses a newer schema and explains what is wrong.

    The overview is judged by the destination's stale-report threshold (app.settings);
    `stale_days` is this workstation's former own threshold (QSettings), stored once for a
    database that has none yet when it is not the default (carry_over_stale_days).
    """
    from destination_norberg.app.settings import carry_over_stale_days
    from destination_norberg.app.settings import stale_days as stored_stale_days
    from destination_norberg.core.trails import DEFAULT_STALE_DAYS
    from destination_norberg.store.overview_repo import load_overview

    carry = stale_days != DEFAULT_STALE_DAYS
    if engine is None and not carry:
        from destination_norberg.store.rows import open_current_sqlite

        fast = open_current_sqlite(url)
        if fast is not None:
            try:
                return None, load_overview(fast, now, stored_stale_days(fast)), False
            finally:
                fast.close()
    seeded = False
    own = engine is None
    if own:
        from destination_norberg.store.opening import open_database, seed_demo_if_empty

        engine = open_database(url)
    try:
        if own and seed_demo:
            seeded = seed_demo_if_empty(engine)
        if carry:
            carry_over_stale_days(engine, stale_days)
        return engine, load_overview(engine, now, stored_stale_days(engine)), seeded
    except BaseException:
        if own:
            engine.dispose()
        raise


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
        self._loading = False
        self.fatal_error: str | None = None
        self.runner = TaskRunner(self)
        self.undo_stack = QUndoStack(self)
        self.demo = DemoLoad(self, self.runner)
        self.demo.finished.connect(self._on_demo_loaded)
        self._build_navigation()
        self._build_menus()
        self._build_status_bar()
        self._restore_state()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self.refresh)

    # --- construction -----------------------------------------------------------------------

    def _build_navigation(self) -> None:
        from destination_norberg.gui.events.planning_data import PlanningStore

        self.overview = OverviewPage(self)
        self.overview.open_area.connect(self.select_area)
        self.planning = PlanningStore(self.db_url, self.ensure_engine)
        # The events area is built when first opened: the overview paints first.
        self._events_page: Any = None
        self._events_holder = QWidget(self)
        QVBoxLayout(self._events_holder).setContentsMargins(0, 0, 0, 0)
        self.watcher: Any = None
        self._trails_area: Any = None
        self._trails_holder = QWidget(self)
        QVBoxLayout(self._trails_holder).setContentsMargins(0, 0, 0, 0)
        self._map_page: Any = None
        self._map_holder = QWidget(self)
        QVBoxLayout(self._map_holder).setContentsMargins(0, 0, 0, 0)
        self._network_page: Any = None
        self._network_holder = QWidget(self)
        QVBoxLayout(self._network_holder).setContentsMargins(0, 0, 0, 0)
        self._packages_page: Any = None
        self._packages_holder = QWidget(self)
        QVBoxLayout(self._packages_holder).setContentsMargins(0, 0, 0, 0)
        self.pages: dict[str, QWidget] = {"overview": self.overview,
                                          "events": self._events_holder,
                                          "trails": self._trails_holder,
                                          "map": self._map_holder,
                                          "network": self._network_holder,
                                          "packages": self._packages_holder}
        for area in AREAS:
            page = self.pages[area]
            self.ui.pages.addWidget(page)
            item = QListWidgetItem(QIcon(f":/icons/{area}.svg"), labels.area_name(area))
            item.setData(Qt.ItemDataRole.UserRole, area)
            self.ui.navList.addItem(item)
        self.ui.navList.currentRowChanged.connect(self._page_changed)

    def _page_changed(self, row: int) -> None:
        self.ui.pages.setCurrentIndex(row)
        if AREAS[row] == "events" and self.events_page.snapshot is None and self.opened:
            self.events_page.reload()
        if AREAS[row] == "trails" and self.opened and self._trails_area is None:
            self.trails_area.reload()
        if AREAS[row] == "map" and self.opened and self.map_page.data is None:
            self.map_page.reload()
        if AREAS[row] == "network" and self.opened and self.network_page.snapshot is None:
            self.network_page.reload()
        if AREAS[row] == "packages" and self.opened and not self.packages_page.rows:
            self.packages_page.reload()

    @property
    def packages_page(self) -> Any:
        """The package builder, built on first use."""
        if self._packages_page is None:
            from destination_norberg.gui.packages.page import PackagesPage

            page = PackagesPage(self.planning, self.runner, self.undo_stack, self.clock,
                                self._packages_holder)
            page.language = self.language
            page.changed.connect(self.refresh)
            self._packages_holder.layout().addWidget(page)
            self._packages_page = page
        return self._packages_page

    @property
    def network_page(self) -> Any:
        """The business network, built on first use."""
        if self._network_page is None:
            from destination_norberg.gui.network.page import NetworkPage

            page = NetworkPage(self.planning, self.runner, self.undo_stack, self.clock,
                               self._network_holder)
            page.changed.connect(self.refresh)
            page.show_on_map.connect(self.show_organisation_on_map)
            self._network_holder.layout().addWidget(page)
            self._network_page = page
        return self._network_page

    def show_organisation_on_map(self, org_id: int) -> None:
        self.select_area("map")
        page = self.map_page
        if page.data is None:
            page.load_blocking()
        page.show_organisation(org_id)

    def show_organisation_in_network(self, org_id: int) -> None:
        self.select_area("network")
        page = self.network_page
        if page.snapshot is None:
            page.load_blocking()
        page.select_organisation(org_id)

    @property
    def map_page(self) -> Any:
        """The map area, built on first use (pyqtgraph and the map's layers)."""
        if self._map_page is None:
            from destination_norberg.gui.map.page import MapPage

            page = MapPage(self.planning, self.runner, self.clock,
                           lambda: self.stale_days, self.settings,
                           self._map_holder)
            page.changed.connect(self.refresh)
            page.open_trail.connect(self.show_trail_in_register)
            page.open_stop.connect(self.show_stop_in_editor)
            page.open_organisation.connect(self.show_organisation_in_network)
            self._map_holder.layout().addWidget(page)
            self._map_page = page
        return self._map_page

    def show_trail_in_register(self, trail_id: int) -> None:
        self.select_area("trails")
        self.trails_area.show_tab("trails")
        self.trails_area.trails.select_trail(trail_id)

    def show_stop_in_editor(self, strak_id: int, position: int) -> None:
        self.select_area("events")
        page = self.events_page
        if page.snapshot is None:
            page.load_blocking()
        page.ui.tabs.setCurrentIndex(1)
        page.strak_page.select_stop(strak_id, position)

    def show_stop_on_map(self, strak_id: int, position: int) -> None:
        self.select_area("map")
        page = self.map_page
        if page.data is None:
            page.load_blocking()
        page.show_stop(strak_id, position)

    def show_trail_on_map(self, trail_id: int) -> None:
        self.select_area("map")
        page = self.map_page
        if page.data is None:
            page.load_blocking()
        page.show_trail(trail_id)

    @property
    def trails_area(self) -> Any:
        """The trails-and-snow area, built on first use (its plots import pyqtgraph)."""
        if self._trails_area is None:
            from destination_norberg.gui.trails.area import TrailsArea

            area = TrailsArea(self.planning, self.runner, self.undo_stack, self.clock,
                              lambda: self.stale_days, self._trails_holder)
            area.changed.connect(self.refresh)
            area.trails.show_on_map.connect(self.show_trail_on_map)
            area.set_language(self.language)
            self._trails_holder.layout().addWidget(area)
            self._trails_area = area
        return self._trails_area

    @property
    def events_page(self) -> Any:
        """The events area, built on first use (its widgets cost more than the overview)."""
        if self._events_page is None:
            from destination_norberg.gui.events.page import EventsPage

            page = EventsPage(self.planning, self.runner, self.undo_stack, self.clock,
                              lambda: self.stale_days, self._events_holder)
            page.changed.connect(self.refresh)
            page.strak_page.show_stop_on_map.connect(self.show_stop_on_map)
            page.language = self.language
            self._events_holder.layout().addWidget(page)
            self._events_page = page
        return self._events_page

    def ensure_engine(self) -> Any:
        """The SQLAlchemy engine writes need; opened on first use (migrated, checked)."""
        if self.engine is None:
            from destination_norberg.store.opening import open_database

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
        group = QActionGroup(self)
        for action, lang in ((self.ui.actionSwedish, "sv"), (self.ui.actionEnglish, "en")):
            group.addAction(action)
            action.setChecked(lang == self.language)
            action.triggered.connect(lambda _=False, lg=lang: self.set_language(lg))
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionRefresh.triggered.connect(self.refresh)
        self.ui.actionLoadDemo.triggered.connect(self.ask_load_demo)
        self.ui.actionAbout.triggered.connect(self.show_about)

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
        self.ui.navList.setCurrentRow(AREAS.index(area))

    def current_area(self) -> str:
        return AREAS[self.ui.pages.currentIndex()]

    def set_language(self, language: str) -> None:
        """Switch live: every widget re-translates on the LanguageChange event."""
        app = QCoreApplication.instance()
        self.language = i18n.install(app, language)
        self.settings.set(opt.LANGUAGE, language)
        self.overview.language = language
        if self._events_page is not None:
            self._events_page.set_language(language)
        if self._trails_area is not None:
            self._trails_area.set_language(language)
        if self._packages_page is not None:
            self._packages_page.language = language

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
        """Read the overview in the background; a request while one runs is dropped."""
        if self._loading:
            return
        self._loading = True
        if self.overview.overview is None:
            self.overview.show_loading()
        self.runner.run(self._job(), self._on_loaded, self._on_failed)

    refresh = start

    def load_blocking(self) -> None:
        """The same work on the calling thread (the screenshot command needs a finished view)."""
        try:
            result = self._job()()
        except Exception as exc:  # noqa: BLE001 - shown to the user below
            self._on_failed(exc)
        else:
            self._on_loaded(result)
            if self.current_area() == "events":
                self.events_page.load_blocking()
            if self.current_area() == "trails":
                self.trails_area.load_blocking()
            if self.current_area() == "map":
                self.map_page.load_blocking()
            if self.current_area() == "network":
                self.network_page.load_blocking()
            if self.current_area() == "packages":
                self.packages_page.load_blocking()

    def _job(self) -> Callable[[], tuple[Any, Any, bool]]:
        """Read settings and state here, on the UI thread; the worker gets plain values."""
        args = (self.db_url, self.engine, self.clock(), self._stale_days_to_carry(),
                self.seed_demo)
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

    def _on_loaded(self, result: tuple[Any, Any, bool]) -> None:
        self._loading = False
        engine, overview, seeded = result
        if engine is not None and engine is not self.engine:
            if self.engine is not None:
                self.engine.dispose()
            self.engine = engine
        self.stale_days = overview.stale_days
        if self._stale_days_to_carry() != DEFAULT_STALE_DAYS:  # load_job handed it over
            self.settings.set(opt.STALE_DAYS_IN_DATABASE, True)
        self.opened = True
        self._watch_changes()
        self.overview.show_overview(overview, self.language)
        self._show_db_status(seeded, demo=overview.counts.get("demo", 0) > 0)
        self._schedule_refresh(overview.now)
        if self.current_area() == "events" and self.events_page.snapshot is None:
            self.events_page.reload()
        self.loaded.emit()
        if os.environ.get("DESTINATION_NORBERG_BENCH_EXIT"):
            self._bench_exit()

    def _on_failed(self, exc: BaseException) -> None:
        self._loading = False
        message = user_message(exc)
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
        from destination_norberg.store.rows import sqlite_file

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

    def _bench_exit(self) -> None:
        """Benchmark hook (bench/startup.py): paint the filled overview, report, quit."""
        self.overview.repaint()
        print(f"first-painted-overview {time.perf_counter():.4f}", flush=True)
        QTimer.singleShot(0, QCoreApplication.quit)

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

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Destination Norberg"), self.tr(
            "<b>%1</b> %2<br>The coordinator program for Norberg's visitor economy: events, "
            "trails and snow, the business network and exports for partners.")
            .replace("%1", APP_NAME).replace("%2", __version__))

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
        page = {"events": self._events_page, "trails": self._trails_area,
                "map": self._map_page, "network": self._network_page,
                "packages": self._packages_page}.get(area)
        if page is not None:
            page.reload()

    def shutdown(self) -> None:
        """Cancel what can be cancelled, wait for the rest, release the database."""
        self._refresh_timer.stop()
        if self.watcher is not None:
            self.watcher.stop()
        self.demo.cancel()
        self.runner.shutdown()
        if self._map_page is not None:
            self._map_page.stop()
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None
