"""Start the window: application, settings, language, style; then load in the background."""

from __future__ import annotations

import os
import signal
import sys
from datetime import date

from PySide6.QtCore import QCoreApplication, QFile, QIODevice, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from destination_norberg import APP_ID, APP_NAME, __version__
from destination_norberg.core.timeutil import clock_on, now_utc
from destination_norberg.gui.common import i18n
from destination_norberg.gui.common import settings as opt

VNC_PORT = 5900


def headless_platform() -> str | None:
    """On a Linux machine with no screen, serve the window over VNC rather than fail.

    Qt's own VNC platform plugin ships with PySide6. It listens on every network interface
    and has no password, so the program says so when it starts, and DESTINATION_NORBERG_VNC=0
    turns the fallback off. An explicit QT_QPA_PLATFORM always wins.
    """
    if os.environ.get("DESTINATION_NORBERG_VNC", "1") == "0":
        return None
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


def stop_on_ctrl_c(app: QApplication) -> None:
    """Ctrl+C quits: Python sees the signal only when it runs, so wake it up now and then."""
    signal.signal(signal.SIGINT, lambda *_: app.quit())
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)


def run_gui(db_url: str, language: str | None, today: date | None = None) -> int:
    platform = headless_platform()
    if platform:
        os.environ["QT_QPA_PLATFORM"] = platform
        print(f"No screen found: the window is served over VNC on port {VNC_PORT} of every "
              "network interface, without a password. Use it only on a trusted network or "
              f"through an SSH tunnel (ssh -L {VNC_PORT}:localhost:{VNC_PORT} …); "
              "DESTINATION_NORBERG_VNC=0 turns this off. Ctrl+C stops.", file=sys.stderr)
    app = make_app()
    stop_on_ctrl_c(app)
    settings = opt.Settings()
    lang = i18n.install(app, language or settings.language)
    from destination_norberg.gui.main_window import MainWindow

    clock = clock_on(today) if today else now_utc
    window = MainWindow(db_url, settings, language=lang, clock=clock)
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
