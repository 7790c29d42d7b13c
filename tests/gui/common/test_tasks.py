from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from destination_norberg.core.progress import Cancelled, CancelToken
from destination_norberg.gui.common.jobs import TaskRunner

WAIT_MS = 5000


@pytest.fixture
def make_runner(qapp) -> Iterator:
    """Runners made by a test; every one is shut down (its threads joined) in teardown."""
    made: list[TaskRunner] = []

    def make(**kwargs) -> TaskRunner:
        runner = TaskRunner(**kwargs)
        made.append(runner)
        return runner

    yield make
    for runner in made:
        runner.shutdown()
        runner.pool.waitForDone()
        runner.deleteLater()


@pytest.fixture
def runner(make_runner) -> TaskRunner:
    return make_runner()


class Recorder:
    """Callbacks that note what arrived, and on which thread."""

    def __init__(self) -> None:
        self.done: list[object] = []
        self.errors: list[BaseException] = []
        self.progress: list[str] = []
        self.on_ui_thread: list[bool] = []

    def _here(self) -> None:
        app_thread = QApplication.instance().thread()
        self.on_ui_thread.append(QThread.currentThread() == app_thread
                                 and threading.current_thread() is threading.main_thread())

    def on_done(self, result: object) -> None:
        self._here()
        self.done.append(result)

    def on_error(self, exc: BaseException) -> None:
        self._here()
        self.errors.append(exc)

    def on_progress(self, _fraction: float, text: str) -> None:
        self._here()
        self.progress.append(text)


def test_result_arrives_on_the_ui_thread(runner: TaskRunner, qtbot) -> None:
    rec = Recorder()
    worker_threads: list[int] = []

    def job() -> int:
        worker_threads.append(threading.get_ident())
        return 42

    runner.run(job, rec.on_done, rec.on_error)
    assert runner.busy
    qtbot.waitUntil(lambda: bool(rec.done), timeout=WAIT_MS)
    assert rec.done == [42]
    assert rec.errors == []
    assert rec.on_ui_thread == [True]
    assert worker_threads and worker_threads[0] != threading.main_thread().ident
    assert not runner.busy


def test_an_error_arrives_on_the_ui_thread(runner: TaskRunner, qtbot) -> None:
    rec = Recorder()
    boom = ValueError("the snow depth file is broken")

    def job() -> None:
        raise boom

    runner.run(job, rec.on_done, rec.on_error)
    qtbot.waitUntil(lambda: bool(rec.errors), timeout=WAIT_MS)
    assert rec.errors == [boom]
    assert rec.done == []
    assert rec.on_ui_thread == [True]


def test_progress_reaches_the_callback_in_order(runner: TaskRunner, qtbot) -> None:
    rec = Recorder()

    def job(progress) -> str:
        for step in ("seasons", "events", "trails"):
            progress(0.0, step)
        return "finished"

    runner.run(job, rec.on_done, rec.on_error, on_progress=rec.on_progress)
    qtbot.waitUntil(lambda: bool(rec.done), timeout=WAIT_MS)
    assert rec.progress == ["seasons", "events", "trails"]
    assert rec.done == ["finished"]
    assert all(rec.on_ui_thread)
    assert len(rec.on_ui_thread) == 4


def test_results_go_to_their_own_callbacks(runner: TaskRunner, qtbot) -> None:
    first, second = Recorder(), Recorder()
    runner.run(lambda: "a", first.on_done, first.on_error)
    runner.run(lambda: "b", second.on_done, second.on_error)
    qtbot.waitUntil(lambda: bool(first.done and second.done), timeout=WAIT_MS)
    assert (first.done, second.done) == (["a"], ["b"])


def test_shutdown_waits_for_a_running_job(runner: TaskRunner, qapp) -> None:
    rec = Recorder()
    started, finished = threading.Event(), threading.Event()

    def job() -> str:
        started.set()
        for _ in range(20):  # a short piece of work that needs nothing from the UI thread
            time.sleep(0.01)
        finished.set()
        return "late"

    runner.run(job, rec.on_done, rec.on_error)
    assert started.wait(WAIT_MS / 1000)
    runner.shutdown()
    assert finished.is_set(), "shutdown returned while the job was still running"
    assert runner.pool.activeThreadCount() == 0
    # the window is gone: the result of a job that outlived it is dropped, not delivered
    qapp.processEvents()
    assert rec.done == []
    assert not runner.busy


class PoolSpy:
    """The runner's pool, noting when shutdown() has dropped the queue."""

    def __init__(self, pool) -> None:
        self._pool = pool
        self.cleared = threading.Event()

    def clear(self) -> None:
        self._pool.clear()
        self.cleared.set()

    def __getattr__(self, name: str):
        return getattr(self._pool, name)


def test_shutdown_drops_jobs_that_have_not_started(make_runner) -> None:
    runner = make_runner(max_threads=1)
    spy = PoolSpy(runner.pool)
    runner.pool = spy
    started = threading.Event()
    ran: list[str] = []

    def blocker() -> None:
        started.set()
        spy.cleared.wait(WAIT_MS / 1000)  # keeps the only thread busy until shutdown began
        ran.append("blocker")

    runner.run(blocker, lambda _r: None, lambda _e: None)
    runner.run(lambda: ran.append("queued"), lambda _r: None, lambda _e: None)
    assert started.wait(WAIT_MS / 1000)
    runner.shutdown()
    assert spy.cleared.is_set()
    assert ran == ["blocker"]


def test_a_runner_owned_by_a_window_is_shut_down_with_it(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    qtbot.addWidget(owner)
    runner = TaskRunner(owner)
    rec = Recorder()
    runner.run(lambda: 1, rec.on_done, rec.on_error)
    qtbot.waitUntil(lambda: bool(rec.done), timeout=WAIT_MS)
    runner.shutdown()
    assert runner.pool.activeThreadCount() == 0


def test_cancel_token_check_raises_only_after_cancel() -> None:
    token = CancelToken()
    assert not token.cancelled
    token.check()  # nothing happens yet
    token.cancel()
    assert token.cancelled
    with pytest.raises(Cancelled):
        token.check()
    token.cancel()  # cancelling twice is harmless
    with pytest.raises(Cancelled):
        token.check()


def test_a_cancelled_job_reports_cancelled(runner: TaskRunner, qtbot) -> None:
    rec = Recorder()
    token = CancelToken()
    token.cancel()

    def job(progress) -> None:
        progress(0.0, "before the check")
        token.check()
        progress(0.0, "never")

    runner.run(job, rec.on_done, rec.on_error, on_progress=rec.on_progress)
    qtbot.waitUntil(lambda: bool(rec.errors), timeout=WAIT_MS)
    assert isinstance(rec.errors[0], Cancelled)
    assert rec.progress == ["before the check"]
    assert rec.done == []
