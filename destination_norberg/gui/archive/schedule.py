"""The automatic backup on the coordinator's schedule: at start-up when one is due, and
checked every few minutes while the window is open; always in the worker pool.

The schedule is this workstation's (QSettings, gui.archive.options): its folder is a path
on this machine, and a backup can only be taken while this machine runs the program; two
coordinators on one server database each set their own. When the last backup was taken is
read from the folder itself (app.backup.last_scheduled_backup), not remembered beside it,
so a copied or deleted file is seen as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from destination_norberg.core.timeutil import now_utc
from destination_norberg.gui.archive import options
from destination_norberg.gui.archive.words import said

#: How often the window looks whether a backup is due.
CHECK_MINUTES = 10


class BackupScheduler(QObject):
    def __init__(self, menu: Any) -> None:
        super().__init__(menu)
        self.menu = menu
        self.now: Callable[[], datetime] = now_utc  # real time: the files carry it
        self.last: datetime | None = None
        self.failure = ""
        self.running = False
        self.label = QLabel(menu.window)
        self.label.setObjectName("backupLabel")
        self.label.setVisible(False)
        menu.window.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MINUTES * 60_000)
        self.timer.timeout.connect(self.check)
        self._started = False

    @property
    def window(self) -> Any:
        return self.menu.window

    def schedule(self) -> Any:
        """app.backup.Scheduled from the settings, or None when off."""
        settings = self.window.settings
        folder, hours = settings.get(options.SCHEDULE_FOLDER), settings.get(
            options.SCHEDULE_HOURS)
        if not folder or hours <= 0:
            return None
        # imported only when a schedule is set: app.backup loads SQLAlchemy, which the
        # first paint does not wait for (bench/startup.py)
        from destination_norberg.app.backup import Scheduled

        return Scheduled(Path(folder), hours, settings.get(options.SCHEDULE_KEEP))

    def opened(self) -> None:
        """The window read its database: the first time, a due backup is taken now."""
        if not self._started:
            self._started = True
            self.timer.start()
            QTimer.singleShot(0, self.check)  # after the first paint, not before it

    def check(self, force: bool = False) -> None:
        """Take a backup when one is due (or `force`), in the worker pool."""
        schedule = self.schedule()
        self.show_last()
        if schedule is None or self.running:
            return
        self.running = True
        url, now = self.window.db_url, self.now()

        def job() -> Any:
            from destination_norberg.app.backup import run_scheduled_backup

            return run_scheduled_backup(url, schedule, now, force)

        self.menu.runner.run(job, self._done, self._failed)

    def _done(self, run: Any) -> None:
        self.running = False
        self.last, self.failure = run.last, ""
        if run.made is not None:
            self.window.statusBar().showMessage(self.tr("Automatic backup written: %1")
                                                .replace("%1", str(run.made)), 15_000)
        self.show_last()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.failure = self.tr("The automatic backup failed: %1").replace(
            "%1", said(exc))
        self.window.statusBar().showMessage(self.failure, 30_000)
        self.show_last()

    def last_text(self) -> str:
        from destination_norberg.gui.common.labels import fmt_local

        if self.last is None:
            return self.tr("Last backup: none yet")
        return self.tr("Last backup: %1").replace("%1", fmt_local(self.last))

    def show_last(self) -> None:
        schedule = self.schedule()
        self.label.setVisible(schedule is not None)
        if schedule is None:
            return
        if self.failure:
            self.label.setText(self.tr("Backup failed"))
            self.label.setToolTip(self.failure)
            self.label.setStyleSheet("color: #b3261e")
        else:
            self.label.setText(self.last_text())
            self.label.setToolTip(str(schedule.folder))
            self.label.setStyleSheet("")

    def edit(self) -> None:
        """The settings dialog; a due backup is taken as soon as it is saved."""
        from destination_norberg.gui.archive.schedule_dialog import ScheduleDialog

        dialog = ScheduleDialog(self.window, self.window.settings, self.last_text())
        self.dialog = dialog
        if dialog.exec() == ScheduleDialog.DialogCode.Accepted:
            dialog.save()
            self.failure = ""
            self.check()

    def stop(self) -> None:
        self.timer.stop()
