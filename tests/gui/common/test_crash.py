"""An error nobody caught in the window: logged with its traceback, then "Något gick fel"
with the details to copy and the log folder to open, instead of a window that vanishes."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl, qWarning
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton

from destination_norberg import version
from destination_norberg.app import logs
from destination_norberg.gui.common import crash


@pytest.fixture
def log_file():
    path = logs.start_logging()
    assert path is not None
    yield path
    logs.stop_logging()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch):
    """What each crash dialog showed, and the clipboard after "Copy details" was pressed in
    it, instead of blocking in exec() (the dialog is deleted once exec returns)."""
    dialogs: list[dict[str, str]] = []

    def exec_(self: crash.CrashDialog) -> int:
        seen = {"copy": self.copy_button.text(), "folder": self.folder_button.text(),
                "details": self.details, "visible text": " ".join(
                    label.text() for label in self.findChildren(QLabel))}
        self.copy_button.click()
        seen["clipboard"] = QGuiApplication.clipboard().text()
        seen["copy after"] = self.copy_button.text()
        dialogs.append(seen)
        return 0

    monkeypatch.setattr(crash.CrashDialog, "exec", exec_)
    url = "postgresql+psycopg://anna:hemligt@db.norberg.se/turism"
    crash.install(lambda: url)
    yield dialogs
    crash.uninstall()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_and_shown(qtbot, log_file: Path, shown) -> None:
    button = QPushButton("Spara")
    qtbot.addWidget(button)

    def save() -> None:
        raise ValueError("the save went wrong on purpose")

    button.clicked.connect(save)
    button.click()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)

    logs.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "ERROR   destination_norberg: uncaught error in the window" in text
    assert "Traceback (most recent call last)" in text
    assert "ValueError: the save went wrong on purpose" in text
    assert "in save" in text

    dialog = shown[0]
    assert dialog["visible text"].startswith("Something went wrong The program ran into an")
    assert "Traceback" not in dialog["visible text"]  # the window shows words, not code
    assert (dialog["copy"], dialog["folder"], dialog["copy after"]) == \
        ("Copy details", "Open the log folder", "Copied")
    copied = dialog["clipboard"]
    assert copied == dialog["details"]
    assert f"Version: {version()}" in copied
    assert "System: " in copied and "Qt: " in copied and "PySide6: " in copied
    assert "ValueError: the save went wrong on purpose" in copied
    assert "postgresql+psycopg://anna:***@db.norberg.se/turism" in copied
    assert "hemligt" not in copied and "hemligt" not in text


@pytest.mark.qt_no_exception_capture
def test_a_second_error_while_the_dialog_is_open_only_goes_to_the_log(
        qtbot, log_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(crash, "_open", {"dialog": object()})  # one is open already
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda self: opened.append("x"))
    crash.install(lambda: None)
    try:
        button = QPushButton("x")
        qtbot.addWidget(button)
        button.clicked.connect(lambda: 1 / 0)
        button.click()
        qtbot.wait(50)
    finally:
        crash.uninstall()
    assert opened == []
    logs.flush()
    assert "ZeroDivisionError" in log_file.read_text(encoding="utf-8")


def test_an_error_in_a_thread_reaches_the_window(qtbot, log_file: Path) -> None:
    got: list[str] = []
    crash.install(lambda: None, show=got.append)
    try:
        def work() -> None:
            raise OSError("the disk went away")

        thread = threading.Thread(target=work, name="export")
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: bool(got), timeout=5000)
    finally:
        crash.uninstall()
    assert "OSError: the disk went away" in got[0]
    logs.flush()
    assert "OSError: the disk went away" in log_file.read_text(encoding="utf-8")


def test_open_the_log_folder_asks_the_desktop(qtbot, log_file: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url) or True))
    dialog = crash.CrashDialog("details")
    qtbot.addWidget(dialog)
    dialog.folder_button.click()
    assert [u.toLocalFile() for u in opened] == [str(log_file.parent)]


def test_qt_warnings_go_to_the_log(qtbot, log_file: Path) -> None:
    before = crash.install_qt_messages()
    try:
        qWarning("QFont: a warning from Qt itself")
    finally:
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(before)
    logs.flush()
    assert "WARNING destination_norberg.qt: QFont: a warning from Qt itself" in \
        log_file.read_text(encoding="utf-8")


def test_the_dialog_speaks_swedish(qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    from destination_norberg.gui.common import i18n

    i18n.install(QApplication.instance(), "sv")  # conftest puts English back
    dialog = crash.CrashDialog("details")
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert labels[0] == "Något gick fel"
    assert labels[1].startswith("Programmet råkade ut för ett fel")
    assert (dialog.copy_button.text(), dialog.folder_button.text()) == \
        ("Kopiera detaljer", "Öppna loggmappen")


def test_a_job_that_fails_logs_its_traceback_and_a_worded_one_only_its_sentence(
        qtbot, log_file: Path) -> None:
    from destination_norberg.app.errors import AppError
    from destination_norberg.core.progress import Cancelled
    from destination_norberg.gui.common.jobs import TaskRunner

    runner = TaskRunner()
    errors: list[BaseException] = []
    try:
        def broken() -> None:
            raise KeyError("no such column")

        def worded() -> None:
            raise AppError("the file is not a calendar")

        def cancelled() -> None:
            raise Cancelled()

        for fn in (broken, worded, cancelled):
            runner.run(fn, lambda _r: None, errors.append)
        qtbot.waitUntil(lambda: len(errors) == 3, timeout=5000)
    finally:
        runner.shutdown()
        runner.deleteLater()
    logs.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "ERROR   destination_norberg.jobs: a job failed" in text
    assert "KeyError: 'no such column'" in text and "in broken" in text
    assert "WARNING destination_norberg.jobs: a job failed: the file is not a calendar" in text
    assert "Cancelled" not in text
