"""Background work: run a function in a QThreadPool, hand its result back on the UI thread.

As Anki's QueryOp: the function runs in a worker and never touches widgets; it opens its own
database session; the result or the error arrives through a queued signal to a QObject that
lives on the UI thread, so callbacks always run there.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class Cancelled(Exception):  # noqa: N818 - reads as the event it is
    """Raised inside a worker function when the user pressed Cancel."""


class CancelToken:
    """Checked by the worker between steps; set from the UI thread."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.job_id, self.fn, self.signals = job_id, fn, signals

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI
            self.signals.failed.emit(self.job_id, exc)
        else:
            self.signals.done.emit(self.job_id, result)


class TaskRunner(QObject):
    """Owns a thread pool; `shutdown()` (also on destruction of the owner) waits for it."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._signals.progress.connect(self._on_progress)
        self._callbacks: dict[int, tuple[Callable, Callable, Callable | None]] = {}
        self._next = 0

    def run(self, fn: Callable[..., Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None],
            on_progress: Callable[[str], None] | None = None) -> int:
        """Start `fn`; if it takes a `progress` argument it is given a thread-safe reporter."""
        self._next += 1
        job_id = self._next
        self._callbacks[job_id] = (on_done, on_error, on_progress)
        if on_progress is not None:
            def call(job: int = job_id, f: Callable[..., Any] = fn) -> Any:
                return f(progress=lambda text: self._signals.progress.emit(job, text))
        else:
            call = fn
        self.pool.start(_Job(job_id, call, self._signals))
        return job_id

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    @Slot(int, object)
    def _on_done(self, job_id: int, result: object) -> None:
        callbacks = self._callbacks.pop(job_id, None)
        if callbacks:
            callbacks[0](result)

    @Slot(int, object)
    def _on_failed(self, job_id: int, exc: object) -> None:
        callbacks = self._callbacks.pop(job_id, None)
        if callbacks:
            callbacks[1](exc)

    @Slot(int, str)
    def _on_progress(self, job_id: int, text: str) -> None:
        callbacks = self._callbacks.get(job_id)
        if callbacks and callbacks[2]:
            callbacks[2](text)

    def shutdown(self) -> None:
        """Drop queued jobs and wait for running ones: no stray thread outlives the window."""
        self.pool.clear()
        self.pool.waitForDone()
        self._callbacks.clear()
