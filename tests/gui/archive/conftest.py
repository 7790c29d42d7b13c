"""Fixtures for the Arkiv menu's flows: a loaded window, and the window a switch opened."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QMessageBox

from destination_norberg.gui.main_window import MainWindow
from tests.gui.conftest import LOAD_TIMEOUT_MS, _shutdown


@pytest.fixture(autouse=True)
def _no_unexpected_messages(monkeypatch) -> None:
    """A warning nobody expected fails the test instead of hanging it."""
    def warning(_parent, _title, text, *a, **k):
        raise AssertionError(f"unexpected warning: {text}")

    monkeypatch.setattr(QMessageBox, "warning", warning)


@pytest.fixture
def replaced(qtbot) -> Callable[[MainWindow], MainWindow]:
    """Wait until `window` was replaced by a window on another database that has read it;
    the new window, registered with qtbot and shut down in teardown."""

    def wait(window: MainWindow) -> MainWindow:
        qtbot.waitUntil(lambda: window.archive.replacement is not None,
                        timeout=LOAD_TIMEOUT_MS)
        new = window.archive.replacement
        qtbot.addWidget(new, before_close_func=_shutdown)
        qtbot.waitUntil(lambda: new.opened or new.fatal_error is not None,
                        timeout=LOAD_TIMEOUT_MS)
        assert new.fatal_error is None
        return new

    return wait


@pytest.fixture
def idle(qtbot) -> Callable[[MainWindow], None]:
    """Wait until the Arkiv menu's jobs of `window` are done."""

    def wait(window: MainWindow) -> None:
        qtbot.waitUntil(lambda: not window.archive.runner.busy, timeout=LOAD_TIMEOUT_MS)

    return wait
