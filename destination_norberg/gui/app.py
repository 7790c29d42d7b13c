"""Start the window: application, settings, language, style; then load in the background."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QFile, QIODevice, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from destination_norberg import APP_ID, APP_NAME, version
from destination_norberg.core.timeutil import clock_on, now_utc
from destination_norberg.gui.common import i18n
from destination_norberg.gui.common import settings as opt

VNC_PORT = 5900
VNC_PLATFORM = f"vnc:size=1280x820:port={VNC_PORT}"
NO_SCREEN = ("No screen found (no DISPLAY or WAYLAND_DISPLAY): start the program in a desktop "
             "session, or add --vnc to serve the window over VNC (every network interface, "
             "no password).")
VNC_WARNING = (f"warning: --vnc serves the window on port {VNC_PORT} of every network "
               "interface without a password: whoever reaches this machine can read and use "
               f"it; use a trusted network or an SSH tunnel (ssh -L {VNC_PORT}:localhost:"
               f"{VNC_PORT} …). Ctrl+C stops.")


class NoScreenError(Exception):
    """No display to open the window on, and no --vnc: the message says how to get one."""


def window_platform(vnc: bool, environ: Mapping[str, str], system: str | None = None
                    ) -> str | None:
    """The Qt platform to force, or None to let Qt (or the user's QT_QPA_PLATFORM) choose.

    Qt's VNC plugin listens on every network interface with no password and cannot bind to
    loopback, so it is served only when asked for with --vnc, never as a fallback: a Linux
    machine with no display and no explicit QT_QPA_PLATFORM raises NoScreenError instead, before
    any socket or database is opened. An explicit QT_QPA_PLATFORM (offscreen in the tests)
    is the user's choice and wins over the display check.
    """
    system = system or sys.platform
    if vnc:
        return VNC_PLATFORM
    if environ.get("QT_QPA_PLATFORM"):
        return None
    if system.startswith("linux") and not environ.get("DISPLAY") \
            and not environ.get("WAYLAND_DISPLAY"):
        raise NoScreenError(NO_SCREEN)
    return None


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        # One product folder name everywhere (paths.py): QSettings' and QStandardPaths'
        # folders are named APP_ID like the data, cache and log folders.
        QCoreApplication.setOrganizationName(APP_ID)
        QCoreApplication.setApplicationName(APP_ID)
        QCoreApplication.setApplicationVersion(version())
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        app = QApplication(argv or [sys.argv[0]])
        QGuiApplication.setApplicationDisplayName(APP_NAME)
    from destination_norberg.gui.common.collector import install as collect_on_ui_thread

    collect_on_ui_thread(app)
    apply_style(app)
    return app  # type: ignore[return-value]


def apply_style(app: QApplication) -> None:
    """The light scheme, pinned (gui.common.palette), then the program's style sheet."""
    from destination_norberg.gui.common.palette import pin_light_scheme

    pin_light_scheme(app)
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


def run_gui(db_url: str, language: str | None, today: date | None = None,
            vnc: bool = False, remembered: bool = False) -> int:
    """The window until it closes; 2 (and one line on stderr) when there is no screen.
    With `remembered` (no database was named), the last real database this workstation had
    open is opened instead of `db_url`, the per-user one (gui.archive.options)."""
    try:
        platform = window_platform(vnc, os.environ)
    except NoScreenError as exc:
        print(exc, file=sys.stderr)
        return 2
    if platform:
        os.environ["QT_QPA_PLATFORM"] = platform
        print(VNC_WARNING, file=sys.stderr)
    from destination_norberg.gui.common import crash

    crash.install_qt_messages()
    app = make_app()
    stop_on_ctrl_c(app)
    settings = opt.Settings()
    lang = i18n.install(app, language or settings.language)
    from destination_norberg.gui.main_window import MainWindow

    clock = clock_on(today) if today else now_utc
    seed_demo = True  # the per-user database starts with the demo season
    if remembered:
        from destination_norberg.gui.archive.options import startup_url

        last = startup_url(settings)
        if last is not None:
            db_url, seed_demo = last, False
    window = MainWindow(db_url, settings, language=lang, clock=clock, seed_demo=seed_demo)

    def current_url() -> str:  # the window in front (the Arkiv menu may have switched)
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible()]
        return shown[-1].db_url if shown else window.db_url

    crash.install(current_url)
    from destination_norberg.app.logs import log_start

    log_start(db_url, f"the window ({lang})")
    window.show()
    window.loaded.connect(window.prebuild_areas)  # the areas built ahead, in idle time
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
