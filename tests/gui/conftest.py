"""GUI fixtures: headless Qt, fresh settings per test, windows that are always shut down.

QT_QPA_PLATFORM is set before anything imports Qt, so `pytest tests/gui` runs without a screen
even when the caller did not set it.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken

from destination_norberg.gui.common import collector, i18n
from destination_norberg.gui.common import settings as opt
from destination_norberg.gui.main_window import MainWindow

#: Generous: the worker opens SQLite and reads the overview in well under a second.
LOAD_TIMEOUT_MS = 15_000


def url_for(path: Path) -> str:
    return f"sqlite:///{path}"


def make_settings(path: Path) -> opt.Settings:
    return opt.Settings(QSettings(str(path), QSettings.Format.IniFormat))


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "s.ini"


@pytest.fixture
def settings(settings_path: Path) -> opt.Settings:
    """Fresh settings in an INI file under tmp_path: never the user's."""
    return make_settings(settings_path)


@pytest.fixture(autouse=True)
def _reset_global_qt_state(qapp) -> Iterator[None]:
    """Translators, the default QLocale and the style sheet are process-wide: put them back.
    Garbage is collected on this (the UI) thread only, as in the program (gui.common.collector),
    and whatever is due is collected after each test, also on this thread."""
    collector.install(qapp)
    yield
    collector.collect_due()
    app = QApplication.instance()
    if app is not None:
        i18n.install(app, "en")
        if isinstance(app, QApplication):
            app.setStyleSheet("")
        # Windows the code under test released with deleteLater() go now, not in a later test.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _shutdown(window: MainWindow) -> None:
    if Shiboken.isValid(window):
        window.shutdown()


@pytest.fixture
def make_window(qtbot, settings: opt.Settings, fixed_now: datetime) -> Iterator[Callable]:
    """Factory: `make_window(url, language="en", seed_demo=True, settings=None)`.

    The window gets the fixed clock and fresh settings, is registered with qtbot and is shut
    down (thread pool drained, engine disposed) in teardown. The chosen language's catalogue
    is installed first so the window is built in that language.
    """
    created: list[MainWindow] = []
    default_settings = settings

    def make(url: str, *, language: str = "en", seed_demo: bool = True,
             settings: opt.Settings | None = None) -> MainWindow:
        i18n.install(QApplication.instance(), language)
        window = MainWindow(url, settings or default_settings, language=language,
                            clock=lambda: fixed_now, seed_demo=seed_demo)
        qtbot.addWidget(window, before_close_func=_shutdown)
        created.append(window)
        return window

    yield make
    for window in created:
        _shutdown(window)


@pytest.fixture
def load(qtbot) -> Callable[[MainWindow], None]:
    """Start the background load and wait for `loaded`; a `failed` ends the wait at once."""

    def run(window: MainWindow) -> None:
        with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS) as blocker:
            blocker.connect(window.failed)
            window.start()
        assert blocker.args == [], f"the load failed: {blocker.args}"
        assert window.fatal_error is None

    return run


@pytest.fixture
def load_failing(qtbot) -> Callable[[MainWindow], str]:
    """Start the background load, wait for `failed` and return its message."""

    def run(window: MainWindow) -> str:
        with qtbot.waitSignal(window.failed, timeout=LOAD_TIMEOUT_MS) as blocker:
            blocker.connect(window.loaded)
            window.start()
        assert len(blocker.args) == 1, "expected `failed`, got `loaded`"
        return blocker.args[0]

    return run
