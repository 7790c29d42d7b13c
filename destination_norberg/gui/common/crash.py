"""An error nobody caught: logged with its traceback, then "Något gick fel" instead of a
window that vanishes; and Qt's own warnings into the same log.

`install(window_url)` sets sys.excepthook (an error in a slot or an event handler lands
there) and threading.excepthook (a plain thread's error, brought to the UI thread through a
queued signal); the job helper's workers hand their errors to their callers and log them
(gui.common.jobs). The dialog says what happened in plain words and offers "Kopiera
detaljer" (version, system, the traceback, for support) and "Öppna loggmappen".
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    QUrl,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from destination_norberg import APP_NAME
from destination_norberg.app import diagnostics, logs
from destination_norberg.gui.common.versions import qt_versions

__all__ = ["CrashDialog", "install", "install_qt_messages", "qt_versions", "uninstall"]

_log = logging.getLogger("destination_norberg.gui")


class CrashDialog(QDialog):
    """"Något gick fel": one plain sentence, the details to copy, the log folder to open."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(APP_NAME)
        heading = QLabel(self.tr("Something went wrong"))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        heading.setFont(font)
        text = QLabel(self.tr(
            "The program ran into an error it could not handle. What you saved before is "
            "kept; the last thing you did may not have been finished. Copy the details and "
            "send them to your support, with the files in the log folder."))
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.folder_button = QPushButton(self.tr("Open the log folder"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button.clicked.connect(self.open_log_folder)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))

    def open_log_folder(self) -> bool:
        folder = logs.log_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class _Relay(QObject):
    """Carries a thread's error to the UI thread (a queued connection)."""

    caught = Signal(str)


_installed: dict[str, Any] = {}


def details_of(exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None, url: str | None) -> str:
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    return diagnostics.crash_report(diagnostics.support_facts(url, qt_versions()), text)


def install(url_of: Callable[[], str | None],
            show: Callable[[str], None] | None = None) -> None:
    """From now on an uncaught error is logged and shown (`show(details)`, the dialog by
    default) instead of ending the program. `url_of`: the database in use, for the details."""
    show = show or _show_dialog
    relay = _Relay(QApplication.instance())
    relay.caught.connect(show, Qt.ConnectionType.QueuedConnection)

    def on_error(exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(exc_type, exc, tb)
            return
        logs.log_error("uncaught error in the window", exc.with_traceback(tb))
        logs.flush()
        try:
            details = details_of(exc_type, exc, tb, url_of())
        except Exception:  # noqa: BLE001 - the crash report must not crash
            details = "".join(traceback.format_exception(exc_type, exc, tb))
        relay.caught.emit(details)

    def on_thread_error(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or args.exc_type is SystemExit:
            return
        on_error(args.exc_type, args.exc_value, args.exc_traceback)

    _installed.update(relay=relay, before=(sys.excepthook, threading.excepthook))
    sys.excepthook = on_error
    threading.excepthook = on_thread_error


def uninstall() -> None:
    """Put the hooks back as they were (tests)."""
    before = _installed.pop("before", None)
    if before is not None:
        sys.excepthook, threading.excepthook = before
    relay = _installed.pop("relay", None)
    if relay is not None:
        relay.deleteLater()


_open: dict[str, CrashDialog] = {}


def _show_dialog(details: str) -> None:
    """One dialog at a time: a second error while it is open goes to the log only."""
    if "dialog" in _open:
        return
    parent = QApplication.activeWindow()
    dialog = CrashDialog(details, parent)
    _open["dialog"] = dialog
    try:
        dialog.exec()
    finally:
        _open.pop("dialog", None)
        dialog.deleteLater()


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def install_qt_messages() -> Any:
    """Qt's warnings (a missing plugin, a bad style sheet, a font) into the log; kept on
    stderr too, as Qt prints them by default. Returns the handler it replaced."""
    qt_log = logging.getLogger("destination_norberg.qt")

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        level = _QT_LEVELS.get(kind, logging.WARNING)
        if level >= logging.WARNING:
            where = f" ({context.category})" if context.category not in (None, "default") \
                else ""
            qt_log.log(level, "%s%s", message, where)
            print(message, file=sys.stderr)

    return qInstallMessageHandler(handler)  # the handler before, to put back
