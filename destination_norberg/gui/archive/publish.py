"""Publish the public status page into its folder (asked the first time, then remembered),
from the Arkiv menu, the trails area and the packages area alike.

The page is written by app.publish's use case in the worker pool (all or nothing: a failure
leaves the page already there as it was); a message then says where, with a button that
opens the folder and one that publishes into another folder from then on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from destination_norberg.gui.archive import options
from destination_norberg.gui.archive.words import said
from destination_norberg.gui.common.jobs import ProgressJob
from destination_norberg.gui.common.plain import plain


class Publisher(QObject):
    def __init__(self, menu: Any) -> None:
        super().__init__(menu)
        self.menu = menu
        self.job: ProgressJob | None = None
        self.message: QMessageBox | None = None

    @property
    def window(self) -> Any:
        return self.menu.window

    def ask_folder(self) -> Path | None:
        settings = self.window.settings
        name = QFileDialog.getExistingDirectory(
            self.window, self.tr("Publish the status page into which folder?"),
            settings.get(options.PUBLISH_FOLDER) or str(Path.home()))
        if not name:
            return None
        settings.set(options.PUBLISH_FOLDER, name)
        return Path(name)

    def publish(self, choose: bool = False) -> None:
        """Into the remembered folder; asked when there is none (or it is gone), or `choose`."""
        known = self.window.settings.get(options.PUBLISH_FOLDER)
        folder = Path(known) if known and not choose else None
        if folder is None or not folder.is_dir():
            folder = self.ask_folder()
            if folder is None:
                return
        url, now = self.window.db_url, self.window.clock()

        def job(_progress: Any) -> Any:
            from destination_norberg.app.publish import publish_status

            return in_python_thread(lambda: publish_status(url, folder, None, now))

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self.window, self.tr("Not published"), plain(self.tr(
                "The status page was not published: %1").replace("%1", said(exc))))

        self.job = ProgressJob(self.menu.runner, self.window,
                               self.tr("Publishing the status page…"), None, maximum=0)
        self.job.start(job, lambda _data: self._published(folder), failed, lambda: None)

    def _published(self, folder: Path) -> None:
        """Said in a window-modal message that does not block: open, change, or close."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Status page published"),
                          plain(self.tr("The status page was written to %1.")
                                .replace("%1", str(folder))),
                          QMessageBox.StandardButton.Close, self.window)
        box.setObjectName("publishedMessage")
        box.setInformativeText(self.tr(
            "The public events were published too, for regional calendars to subscribe to: "
            "events.ics and events.jsonld in Swedish, events-en.ics and events-en.jsonld in "
            "English."))
        open_button = box.addButton(self.tr("&Open the folder"),
                                    QMessageBox.ButtonRole.ActionRole)
        other = box.addButton(self.tr("Publish into &another folder…"),
                              QMessageBox.ButtonRole.ActionRole)

        def clicked(button: Any) -> None:
            if button is open_button:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
            elif button is other:
                self.publish(choose=True)

        box.buttonClicked.connect(clicked)
        self.message = box
        self.window.statusBar().showMessage(box.text(), 30_000)
        box.open()


def in_python_thread(fn: Any) -> Any:
    """`fn()` on a thread Python made, waited for here (in the worker). The page projects
    the trails with pyproj, whose per-thread PROJ context crashed the process (SIGSEGV) on
    the second publish from a QThreadPool thread, whose Python thread state is made anew
    for each job; on a Python thread it does not. Its result, or its error raised here."""
    import threading

    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["result"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the job, which tells it
            outcome["error"] = exc

    thread = threading.Thread(target=run, name="publish-status", daemon=True)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
