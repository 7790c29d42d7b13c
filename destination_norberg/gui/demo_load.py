"""Load the demo season from the File menu: a worker, a progress dialog, Cancel rolls back.

The whole load is one transaction (app.database.load_demo_into), so a cancelled or failed
load leaves the database exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from destination_norberg.core.progress import Progress
from destination_norberg.core.timeutil import today_local
from destination_norberg.gui.common import labels
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.jobs import ProgressJob, TaskRunner


def demo_job(url: str, engine: Any, reset: bool, progress: Progress,
             today: date | None = None) -> Any:
    """Worker: returns the engine it used, so the window keeps (and later disposes) it.
    Each step is reported by name; `progress` raises Cancelled once the user cancelled.
    The demo's dates are anchored to the season coming on `today` (the window's clock)."""
    from destination_norberg.app.database import load_demo_into

    return load_demo_into(url, engine, reset, progress, today)


class DemoLoad(QObject):
    """One load at a time; `finished(engine)` after a successful load."""

    finished = Signal(object)

    def __init__(self, parent: QWidget, runner: TaskRunner,
                 today: Callable[[], date] | None = None) -> None:
        super().__init__(parent)
        self.window = parent
        self.runner = runner
        self.today = today or today_local
        self.job: ProgressJob | None = None

    @property
    def dialog(self) -> QProgressDialog | None:
        return self.job.dialog if self.job is not None else None

    def ask(self, has_rows: bool, url: str, engine: Any) -> None:
        """Confirm before replacing data; an empty database needs no question."""
        if has_rows:
            answer = QMessageBox.question(
                self.window, self.tr("Load the demo season"),
                self.tr("This replaces everything in the database with the demo season. "
                        "Continue?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.start(url, engine, reset=has_rows)

    def start(self, url: str, engine: Any, reset: bool) -> None:
        if self.job is not None and self.job.finished:  # kept until now for the window
            self.job.dialog.deleteLater()
        self.job = job = ProgressJob(
            self.runner, self.window, self.tr("Loading the demo season…"), self.tr("Cancel"),
            maximum=0, label_for=lambda step: self.tr("Loading the demo season: %1…")
            .replace("%1", labels.demo_step(step)))

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self.window, self.tr("Load the demo season"), user_message(exc))

        def cancelled() -> None:
            self.window.statusBar().showMessage(self.tr("Cancelled: nothing was changed."))

        today = self.today()  # read here, on the UI thread
        job.start(lambda progress: demo_job(url, engine, reset, progress, today),
                  self.finished.emit, failed, cancelled)

    def cancel(self) -> None:
        """Cancel from code as the dialog's button does."""
        if self.job is not None:
            self.job.cancel()
