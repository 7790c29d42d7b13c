"""The Arkiv menu's actions, built into the window's File menu, and the switch of the whole
window to another database.

Switching builds a new main window on the new database (of the same class, with the same
settings, language, clock and geometry) and closes the old one: every area, the undo
stack, the change watcher and the caches start afresh, so nothing of the old database can
linger in a page. The new database is opened (created, migrated, checked) in a worker first;
when that fails the old window stays as it was and says why.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from destination_norberg import APP_NAME
from destination_norberg.gui.archive import options
from destination_norberg.gui.common.jobs import TaskRunner

#: The windows a switch opened: kept alive here (nothing else holds them) until closed.
_OPEN: list[Any] = []


class ArchiveMenu(QObject):
    """Owns the Arkiv menu's actions and flows for one window. `switched(new_window)` fires
    when the window was replaced by one on another database (or the restored one)."""

    switched = Signal(object)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        from destination_norberg.gui.archive.backups import Backups
        from destination_norberg.gui.archive.databases import Databases
        from destination_norberg.gui.archive.publish import Publisher
        from destination_norberg.gui.archive.schedule import BackupScheduler

        self.window = window
        self.runner = TaskRunner(self, max_threads=2)
        self.replacement: Any = None
        self.databases = Databases(self)
        self.backups = Backups(self)
        self.scheduler = BackupScheduler(self)
        self.publisher = Publisher(self)
        self._build()
        from destination_norberg.gui.archive.board_report import BoardReports

        self.reports = BoardReports(self)  # issue 19: the board's report, guest nights
        window.installEventFilter(self)

    # --- the menu ---------------------------------------------------------------------------

    def _build(self) -> None:
        ui = self.window.ui
        menu: QMenu = ui.menuFile
        first = ui.actionLoadDemo

        def action(slot: Any, name: str) -> QAction:
            act = QAction(self.window)
            act.setObjectName(name)
            act.triggered.connect(lambda _checked=False: slot())
            menu.insertAction(first, act)
            return act

        self.new_action = action(self.databases.new_database, "actionNewDatabase")
        self.open_action = action(self.databases.open_database, "actionOpenDatabase")
        self.recent_menu = QMenu(self.window)
        self.recent_menu.setObjectName("menuRecentDatabases")
        self.recent_menu.aboutToShow.connect(self.databases.fill_recent)
        menu.insertMenu(first, self.recent_menu)
        self.leave_demo_action = action(self.databases.leave_demo, "actionLeaveDemo")
        self.leave_demo_action.setVisible(False)
        menu.insertSeparator(first)
        self.backup_action = action(self.backups.backup, "actionBackup")
        self.restore_action = action(self.backups.restore, "actionRestore")
        self.schedule_action = action(self.scheduler.edit, "actionBackupSchedule")
        menu.insertSeparator(first)
        self.publish_action = action(self.publisher.publish, "actionPublishStatus")
        self.mail_server_action = action(self.edit_mail_server, "actionMailServer")
        menu.insertSeparator(first)
        self.databases.fill_recent()
        self.retranslate()

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("&New database…"))
        self.open_action.setText(self.tr("&Open database…"))
        self.recent_menu.setTitle(self.tr("Recen&t databases"))
        self.leave_demo_action.setText(self.tr("&Leave the demo…"))
        self.backup_action.setText(self.tr("&Back up…"))
        self.restore_action.setText(self.tr("Re&store from a backup…"))
        self.schedule_action.setText(self.tr("A&utomatic backup…"))
        self.publish_action.setText(self.tr("&Publish the status page…"))
        self.publish_action.setToolTip(self.tr(
            "Write the public status page (trails, snow, events) into its folder"))
        self.mail_server_action.setText(self.tr("&E-mail server…"))
        self.show_title()
        self.scheduler.show_last()

    def edit_mail_server(self) -> bool:
        """The destination's e-mail server (gui.network.mail_server), for every mailing."""
        from destination_norberg.gui.network.mail_server import edit_server

        return edit_server(self.window, self.runner, self.window.db_url)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # --- what the window tells us -----------------------------------------------------------

    def opened(self) -> None:
        """The window read its database: remember it, show its name, run what is due."""
        from destination_norberg.app.database import sqlite_file, without_password

        window = self.window
        plain = without_password(window.db_url)
        options.remember(window.settings, plain, window.is_demo)
        path = sqlite_file(plain)
        if path is not None and not window.is_demo:
            window.settings.set(options.LAST_DATABASE, plain)
        self.leave_demo_action.setVisible(window.is_demo)
        self.databases.fill_recent()
        self.show_title()
        self.scheduler.opened()

    def show_title(self) -> None:
        from destination_norberg.app.database import shown_name

        short, _full = shown_name(self.window.db_url)
        if getattr(self.window, "is_demo", False):
            short = self.tr("%1 (demo)").replace("%1", short)
        self.window.setWindowTitle(f"{short} — {APP_NAME}")

    # --- switching --------------------------------------------------------------------------

    def switch_to(self, url: str, engine: Any = None, message: str = "") -> Any:
        """Replace the window by one on `url` (`engine`: already opened there); the new
        window, which shows `message` in its status bar once it has read its data."""
        from destination_norberg.app.logs import log_database

        log_database(url, "the window switched to")
        old = self.window
        new = type(old)(url, old.settings, language=old.language, clock=old.clock,
                        seed_demo=False)
        new.engine = engine
        new.restoreGeometry(old.saveGeometry())
        if message:
            new.loaded.connect(lambda: new.statusBar().showMessage(message, 30_000))
        _OPEN.append(new)
        self.replacement = new
        new.show()
        new.start()
        old.close()
        if old in _OPEN:
            _OPEN.remove(old)
        self.switched.emit(new)
        return new

    def shutdown(self) -> None:
        self.scheduler.stop()
        self.runner.shutdown()
