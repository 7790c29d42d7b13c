"""Start the window: application, settings, language, style; then load in the background."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QFile, QIODevice, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from destination_norberg import APP_ID, APP_NAME, __version__
from destination_norberg.gui import i18n
from destination_norberg.gui import settings as opt

VNC_PORT = 5900


def headless_platform() -> str | None:
    """On a Linux machine with no screen, serve the window over VNC rather than fail.

    Qt's own VNC platform plugin ships with PySide6; a VNC viewer on localhost:5900 shows the
    program. An explicit QT_QPA_PLATFORM always wins.
    """
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        return f"vnc:size=1280x820:port={VNC_PORT}"
    return None


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(APP_NAME)
        QCoreApplication.setApplicationName(APP_ID)
        QCoreApplication.setApplicationVersion(__version__)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        app = QApplication(argv or [sys.argv[0]])
        QGuiApplication.setApplicationDisplayName(APP_NAME)
    apply_style(app)
    return app  # type: ignore[return-value]


def apply_style(app: QApplication) -> None:
    qss = QFile(":/styles/app.qss")
    if qss.open(QIODevice.OpenModeFlag.ReadOnly | QIODevice.OpenModeFlag.Text):
        app.setStyleSheet(bytes(qss.readAll().data()).decode("utf-8"))
        qss.close()


def run_gui(db_url: str, language: str | None) -> int:
    platform = headless_platform()
    if platform:
        os.environ["QT_QPA_PLATFORM"] = platform
        print(f"No screen found: the window is served over VNC on localhost:{VNC_PORT} "
              "(connect with a VNC viewer; Ctrl+C stops).", file=sys.stderr)
    app = make_app()
    settings = opt.Settings()
    lang = i18n.install(app, language or settings.language)
    from destination_norberg.gui.main_window import MainWindow

    window = MainWindow(db_url, settings, language=lang)
    window.show()
    window.start()
    exit_code = {"code": 0}

    def on_failed(message: str) -> None:
        if window.fatal_error is None:
            return
        exit_code["code"] = 2
        print(message, file=sys.stderr)
        QMessageBox.critical(window, APP_NAME, message)
        window.close()

    window.failed.connect(on_failed)
    code = app.exec()
    return exit_code["code"] or code
