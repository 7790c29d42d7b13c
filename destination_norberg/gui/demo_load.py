"""Load the demo season from the File menu: a worker, a progress dialog, Cancel rolls back.

The whole load is one transaction (store.demo), so a cancelled or failed load leaves the
database exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from destination_norberg.gui.common import labels
from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.jobs import Cancelled, CancelToken, TaskRunner


def demo_job(url: str, engine: Any, reset: bool, token: CancelToken,
             progress: Callable[[str], None]) -> Any:
    """Worker: returns the engine it used, so the window keeps (and later disposes) it."""
    from destination_norberg.store.demo import load_demo
    from destination_norberg.store.opening import open_database

    def step(name: str) -> None:
        token.check()
        progress(name)

    own = engine is None
    engine = engine or open_database(url)
    try:
        load_demo(engine, reset=reset, progress=step)
    except BaseException:
        if own:
            engine.dispose()
        raise
    return engine


class DemoLoad(QObject):
    """One load at a time; `finished(engine)` after a successful load."""

    finished = Signal(object)

    def __init__(self, parent: QWidget, runner: TaskRunner) -> None:
        super().__init__(parent)
        self.window = parent
        self.runner = runner
        self.dialog: QProgressDialog | None = None
        self.token: CancelToken | None = None

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
        token = CancelToken()
        dialog = QProgressDialog(self.tr("Loading the demo season…"), self.tr("Cancel"), 0, 0,
                                 self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(token.cancel)
        self.dialog, self.token = dialog, token

        def done(used_engine: Any) -> None:
            dialog.reset()
            self.finished.emit(used_engine)

        def failed(exc: BaseException) -> None:
            dialog.reset()
            if isinstance(exc, Cancelled):
                self.window.statusBar().showMessage(self.tr("Cancelled: nothing was changed."))
                return
            QMessageBox.warning(self.window, self.tr("Load the demo season"), user_message(exc))

        def progress(step: str) -> None:
            dialog.setLabelText(self.tr("Loading the demo season: %1…")
                                .replace("%1", labels.demo_step(step)))

        self.runner.run(lambda progress: demo_job(url, engine, reset, token, progress),
                        done, failed, on_progress=progress)

    def cancel(self) -> None:
        """Cancel from code as the dialog's button does (QProgressDialog.cancel() is silent)."""
        if self.token is not None:
            self.token.cancel()
        if self.dialog is not None:
            self.dialog.cancel()
