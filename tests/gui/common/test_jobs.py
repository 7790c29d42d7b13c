"""The one job helper: a function in the pool behind a progress dialog with Cancel.

Progress reaches the dialog, Cancel stops the worker at its next report and delivers no
result, an error arrives on the UI thread; `run_and_wait` gives the same in line.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from destination_norberg.core.progress import Cancelled
from destination_norberg.gui.common.jobs import ProgressJob, TaskRunner, run_and_wait

WAIT_MS = 5000
WAIT_S = WAIT_MS / 1000


@pytest.fixture
def runner(qapp) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()
    runner.deleteLater()


@pytest.fixture
def window(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def on_ui_thread() -> bool:
    return (QThread.currentThread() == QApplication.instance().thread()
            and threading.current_thread() is threading.main_thread())


class Outcome:
    """What the job delivered, and whether each came on the UI thread."""

    def __init__(self) -> None:
        self.done: list[object] = []
        self.errors: list[BaseException] = []
        self.cancelled = 0
        self.on_ui_thread: list[bool] = []

    def on_done(self, result: object) -> None:
        self.on_ui_thread.append(on_ui_thread())
        self.done.append(result)

    def on_error(self, exc: BaseException) -> None:
        self.on_ui_thread.append(on_ui_thread())
        self.errors.append(exc)

    def on_cancelled(self) -> None:
        self.on_ui_thread.append(on_ui_thread())
        self.cancelled += 1

    @property
    def delivered(self) -> int:
        return len(self.done) + len(self.errors) + self.cancelled


def press_cancel(job: ProgressJob) -> None:
    button = job.dialog.findChild(QPushButton)
    assert button is not None
    button.click()


def test_progress_reaches_the_dialog_and_the_result_the_ui_thread(runner, window,
                                                                   qtbot) -> None:
    reported, release = threading.Event(), threading.Event()

    def work(progress) -> str:
        progress(0.5, "program.ics")
        reported.set()
        assert release.wait(WAIT_S)
        return "written"

    job = ProgressJob(runner, window, "Writing the bundle…", "Cancel", min_duration=0)
    out = Outcome()
    job.start(work, out.on_done, out.on_error, out.on_cancelled)
    try:
        assert reported.wait(WAIT_S)
        qtbot.waitUntil(lambda: job.dialog.value() == 50, timeout=WAIT_MS)
        assert job.dialog.labelText() == "program.ics"
        assert job.dialog.isVisible() and job.dialog.isModal()
    finally:
        release.set()
    qtbot.waitUntil(lambda: out.delivered > 0, timeout=WAIT_MS)
    assert out.done == ["written"] and out.errors == [] and out.cancelled == 0
    assert out.on_ui_thread == [True]
    assert not job.dialog.isVisible()


def test_label_for_words_the_step_and_a_busy_dialog_has_no_bar(runner, window,
                                                                qtbot) -> None:
    job = ProgressJob(runner, window, "Loading…", "Cancel", maximum=0,
                      label_for=lambda step: f"Loading: {step}…")
    out = Outcome()
    job.start(lambda progress: progress(0.7, "trails"), out.on_done, out.on_error,
              out.on_cancelled)
    qtbot.waitUntil(lambda: out.delivered > 0, timeout=WAIT_MS)
    assert job.dialog.labelText() == "Loading: trails…"
    assert job.dialog.maximum() == 0
    assert out.done == [None]


def test_cancel_raises_cancelled_in_the_worker_and_delivers_no_result(runner, window,
                                                                      qtbot) -> None:
    reported, pressed = threading.Event(), threading.Event()
    in_worker: list[str] = []

    def work(progress) -> str:
        progress(0.1, "first")
        reported.set()
        assert pressed.wait(WAIT_S)
        try:
            progress(0.2, "second")
        except Cancelled:
            in_worker.append("Cancelled")
            raise
        in_worker.append("went on")
        return "written anyway"

    job = ProgressJob(runner, window, "Reading…", "Cancel", min_duration=0)
    out = Outcome()
    job.start(work, out.on_done, out.on_error, out.on_cancelled)
    assert reported.wait(WAIT_S)
    qtbot.waitUntil(job.dialog.isVisible, timeout=WAIT_MS)
    press_cancel(job)
    assert out.delivered == 0  # a writer is waited for: it may still finish
    pressed.set()
    qtbot.waitUntil(lambda: out.delivered > 0, timeout=WAIT_MS)
    assert in_worker == ["Cancelled"]
    assert out.cancelled == 1 and out.done == [] and out.errors == []
    assert out.on_ui_thread == [True]
    assert not job.dialog.isVisible()


def test_work_that_finished_before_it_saw_the_cancel_still_delivers(runner, window,
                                                                     qtbot) -> None:
    last_report, pressed = threading.Event(), threading.Event()

    def work(progress) -> str:
        progress(0.99, "moving into place")
        last_report.set()
        assert pressed.wait(WAIT_S)
        return "written"  # committed: the result must not be lost

    job = ProgressJob(runner, window, "Writing…", "Cancel")
    out = Outcome()
    job.start(work, out.on_done, out.on_error, out.on_cancelled)
    assert last_report.wait(WAIT_S)
    job.cancel()
    pressed.set()
    qtbot.waitUntil(lambda: out.delivered > 0, timeout=WAIT_MS)
    assert out.done == ["written"] and out.cancelled == 0


def test_an_error_arrives_on_the_ui_thread(runner, window, qtbot) -> None:
    boom = ValueError("the file is broken")

    def work(_progress) -> None:
        raise boom

    job = ProgressJob(runner, window, "Reading…", "Cancel")
    out = Outcome()
    job.start(work, out.on_done, out.on_error, out.on_cancelled)
    qtbot.waitUntil(lambda: out.delivered > 0, timeout=WAIT_MS)
    assert out.errors == [boom] and out.done == [] and out.cancelled == 0
    assert out.on_ui_thread == [True]


def test_a_read_not_waited_for_is_cancelled_at_once_and_its_result_dropped(
        runner, window, qtbot) -> None:
    started, release, returned = threading.Event(), threading.Event(), threading.Event()

    def work(_progress) -> str:
        started.set()
        assert release.wait(WAIT_S)
        returned.set()
        return "late"

    job = ProgressJob(runner, window, "Working…", "Cancel", maximum=0,
                      wait_on_cancel=False)
    out = Outcome()
    job.start(work, out.on_done, out.on_error, out.on_cancelled)
    assert started.wait(WAIT_S)
    job.cancel()
    assert out.cancelled == 1 and out.on_ui_thread == [True]  # at once, worker still busy
    assert not job.dialog.isVisible()
    release.set()
    assert returned.wait(WAIT_S)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert out.done == [] and out.delivered == 1


def test_without_cancel_text_there_is_no_cancel_button(runner, window, qtbot) -> None:
    release = threading.Event()
    job = ProgressJob(runner, window, "Importing…", None, maximum=0, min_duration=0)
    out = Outcome()
    job.start(lambda _progress: release.wait(WAIT_S), out.on_done, out.on_error,
              out.on_cancelled)
    try:
        qtbot.waitUntil(job.dialog.isVisible, timeout=WAIT_MS)
        assert job.dialog.findChild(QPushButton) is None
    finally:
        release.set()
    qtbot.waitUntil(lambda: out.delivered > 0, timeout=WAIT_MS)
    assert out.done == [True]


def test_run_and_wait_returns_the_result_in_line(runner, window) -> None:
    assert run_and_wait(runner, window, lambda progress: progress(1.0, "") or 42,
                        "Reading…", "Cancel") == 42


def test_run_and_wait_raises_the_error_on_the_ui_thread(runner, window) -> None:
    def work(_progress) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        run_and_wait(runner, window, work, "Writing…", "Cancel")


def test_run_and_wait_raises_cancelled_when_the_user_cancels(runner, window) -> None:
    started, stop = threading.Event(), threading.Event()

    def work(progress) -> str:
        started.set()
        assert stop.wait(WAIT_S)
        progress(0.5, "")  # raises Cancelled: the user pressed Cancel meanwhile
        return "never"

    def cancel_when_started() -> None:
        if not started.is_set():
            QTimer.singleShot(10, cancel_when_started)
            return
        window.findChild(QProgressDialog).findChild(QPushButton).click()  # as the user does
        stop.set()

    QTimer.singleShot(10, cancel_when_started)
    with pytest.raises(Cancelled):
        run_and_wait(runner, window, work, "Reading…", "Cancel", min_duration=0)
