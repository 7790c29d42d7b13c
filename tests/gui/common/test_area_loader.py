"""AreaLoader: one read at a time in the pool, the result on the UI thread, a failure said
in one sentence where the page shows it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.common.page import AreaLoader, error_html

WAIT_MS = 5000


@pytest.fixture
def runner(qapp) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()
    runner.deleteLater()


class _Page(QObject):
    failed = Signal(str)


def gated(gate: threading.Event, calls: list[int]) -> Callable[[], Callable[[], int]]:
    """A job factory whose reads wait for `gate` and return how many were started."""

    def job() -> Callable[[], int]:
        calls.append(len(calls) + 1)
        number = len(calls)

        def read() -> int:
            gate.wait(5)
            return number
        return read
    return job


def test_a_reload_during_a_read_is_dropped(runner, qtbot) -> None:
    gate, calls, got = threading.Event(), [], []
    loader = AreaLoader(runner, gated(gate, calls), got.append)
    loader.reload()
    assert loader.loading
    loader.reload()
    gate.set()
    qtbot.waitUntil(lambda: got == [1], timeout=WAIT_MS)
    assert not loader.loading
    assert calls == [1]


def test_with_again_a_reload_during_a_read_reads_once_more(runner, qtbot) -> None:
    gate, calls, got = threading.Event(), [], []
    pending_seen: list[bool] = []
    loader: AreaLoader[int] = AreaLoader(runner, gated(gate, calls),
                                         lambda n: (got.append(n),
                                                    pending_seen.append(loader.pending)),
                                         again=True)
    loader.reload()
    loader.reload()
    loader.reload()
    gate.set()
    qtbot.waitUntil(lambda: got == [1, 2], timeout=WAIT_MS)
    assert pending_seen == [True, False]  # the page can tell the last result from the first
    assert calls == [1, 2]


def test_force_reads_even_while_a_read_runs(runner, qtbot) -> None:
    gate, calls, got = threading.Event(), [], []
    loader = AreaLoader(runner, gated(gate, calls), got.append)
    loader.reload()
    loader.reload(force=True)
    gate.set()
    qtbot.waitUntil(lambda: sorted(got) == [1, 2], timeout=WAIT_MS)


def test_a_failure_is_one_sentence_in_the_state_label_and_the_signal(runner, qtbot) -> None:
    page, state, errors = _Page(), QLabel(), []
    state.setVisible(False)

    def job() -> Callable[[], int]:
        def read() -> int:
            raise OSError("The file cannot be read.\nTraceback: details nobody needs")
        return read

    loader = AreaLoader(runner, job, lambda _n: None, state=state, failed=page.failed,
                        on_error=errors.append)
    with qtbot.waitSignal(page.failed, timeout=WAIT_MS) as blocker:
        loader.reload()
    assert blocker.args == ["The file cannot be read."]
    assert errors == ["The file cannot be read."]
    assert state.text() == error_html("The file cannot be read.")
    assert not state.isHidden()
    assert not loader.loading


def test_load_blocking_reads_here_and_lets_an_error_through(runner) -> None:
    got: list[int] = []
    loader = AreaLoader(runner, lambda: (lambda: 7), got.append)
    loader.load_blocking()
    assert got == [7]

    def job() -> Callable[[], int]:
        def read() -> int:
            raise OSError("gone")
        return read

    with pytest.raises(OSError):
        AreaLoader(runner, job, got.append).load_blocking()


def test_error_html_escapes_the_message() -> None:
    assert "&lt;b&gt;" in error_html("<b>")
