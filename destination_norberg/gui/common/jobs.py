"""Background work: run a function in a QThreadPool, hand its result back on the UI thread.

As Anki's QueryOp: the function runs in a worker and never touches widgets; it opens its own
database session; the result or the error arrives through a queued signal to a QObject that
lives on the UI thread, so callbacks always run there. `ProgressJob` adds the one progress
dialog every long job of the window shows (window-modal, with Cancel), and `run_and_wait`
waits for such a job with the event loop turning, for code that needs the answer in line.
Progress and Cancel are core.progress's: the function gets a `Progress` that raises
Cancelled once the user pressed Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from destination_norberg.core.progress import Cancelled, CancelToken, Progress

__all__ = ["ProgressJob", "TaskRunner", "run_and_wait"]


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, float, str)


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.job_id, self.fn, self.signals = job_id, fn, signals

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI
            _log_failure(exc)
            self.signals.failed.emit(self.job_id, exc)
        else:
            self.signals.done.emit(self.job_id, result)


def _log_failure(exc: BaseException) -> None:
    """A job's failure in the log (its caller shows it as one sentence): a problem worded
    for the user as a warning, anything else with its traceback."""
    if isinstance(exc, Cancelled):
        return
    import logging

    from destination_norberg.app.errors import AppError

    log = logging.getLogger("destination_norberg.jobs")
    worded = type(exc).__name__ in ("DatabaseError", "ConflictError", "NotFoundError")
    if worded or isinstance(exc, AppError | OSError):  # store's errors by name: no SQLAlchemy
        log.warning("a job failed: %s", exc)
    else:
        log.error("a job failed", exc_info=exc)


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
        self._callbacks: dict[int, tuple[Callable, Callable, Progress | None]] = {}
        self._next = 0

    def run(self, fn: Callable[..., Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None],
            on_progress: Progress | None = None) -> int:
        """Start `fn`; with `on_progress` it is called as `fn(progress=…)`, a thread-safe
        `Progress` whose reports reach `on_progress` on the UI thread."""
        self._next += 1
        job_id = self._next
        self._callbacks[job_id] = (on_done, on_error, on_progress)
        if on_progress is not None:
            def report(fraction: float, text: str = "", job: int = job_id) -> None:
                self._signals.progress.emit(job, float(fraction), text)

            def call(f: Callable[..., Any] = fn) -> Any:
                return f(progress=report)
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

    @Slot(int, float, str)
    def _on_progress(self, job_id: int, fraction: float, text: str) -> None:
        callbacks = self._callbacks.get(job_id)
        if callbacks and callbacks[2]:
            callbacks[2](fraction, text)

    def shutdown(self) -> None:
        """Drop queued jobs and wait for running ones: no stray thread outlives the window."""
        self.pool.clear()
        self.pool.waitForDone()
        self._callbacks.clear()


class ProgressJob:
    """`fn(progress)` in the runner's pool behind a window-modal QProgressDialog.

    The dialog shows each report (the bar when `maximum` is 100; a busy bar with 0), its
    text through `label_for` (default: as it is; "" keeps the label). Cancel makes the
    function's next report raise Cancelled; `on_cancelled` follows when the worker has
    stopped, so a writer that finished anyway still delivers its result. With
    `wait_on_cancel=False` (a read that reports nothing and writes nothing) `on_cancelled`
    comes at once and whatever the worker hands back later is dropped. Exactly one of
    `on_done`, `on_error`, `on_cancelled` is called, on the UI thread; the worker never
    touches the dialog.
    """

    def __init__(self, runner: TaskRunner, parent: QWidget, label: str,
                 cancel_text: str | None, *, maximum: int = 100, min_duration: int = 300,
                 label_for: Callable[[str], str] | None = None,
                 wait_on_cancel: bool = True) -> None:
        self.runner = runner
        self.token = CancelToken()
        self.label_for = label_for
        self.wait_on_cancel = wait_on_cancel
        self.finished = False
        self.dialog = QProgressDialog(label, cancel_text or "", 0, maximum, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(min_duration)
        if cancel_text is None:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self._cancel_pressed)
        self._on_done: Callable[[Any], None] = _ignore
        self._on_error: Callable[[BaseException], None] = _ignore
        self._on_cancelled: Callable[[], None] = _nothing

    def start(self, fn: Callable[[Progress], Any], on_done: Callable[[Any], None],
              on_error: Callable[[BaseException], None],
              on_cancelled: Callable[[], None]) -> None:
        self._on_done, self._on_error, self._on_cancelled = on_done, on_error, on_cancelled
        guard = self.token.guard

        def call(progress: Progress) -> Any:  # in the worker
            return fn(guard(progress))

        self.runner.run(call, self._done, self._failed, self._shown)

    def cancel(self) -> None:
        """Cancel from code as the dialog's button does (QProgressDialog.cancel() is
        silent)."""
        if self.finished:
            return
        self._cancel_pressed()
        self.dialog.cancel()

    def _cancel_pressed(self) -> None:
        self.token.cancel()
        if not self.wait_on_cancel:
            self._finish()
            self._on_cancelled()

    def _shown(self, fraction: float, text: str) -> None:
        if self.finished:
            return
        if self.dialog.maximum() > 0:
            self.dialog.setValue(int(fraction * self.dialog.maximum()))
        if text:
            self.dialog.setLabelText(self.label_for(text) if self.label_for else text)

    def _done(self, result: Any) -> None:
        if not self.finished:
            self._finish()
            self._on_done(result)

    def _failed(self, exc: BaseException) -> None:
        if self.finished:
            return
        self._finish()
        if isinstance(exc, Cancelled):
            self._on_cancelled()
        else:
            self._on_error(exc)

    def _finish(self) -> None:
        self.finished = True
        self.dialog.canceled.disconnect(self._cancel_pressed)  # closing emits canceled
        self.dialog.reset()
        self.dialog.close()


def run_and_wait(runner: TaskRunner, parent: QWidget, fn: Callable[[Progress], Any],
                 label: str, cancel_text: str | None, **options: Any) -> Any:
    """A `ProgressJob` waited for here with the event loop turning: its result, or its
    error (Cancelled when the user cancelled) raised on the UI thread. `options` as for
    ProgressJob. The dialog goes when the job does."""
    loop, outcome = QEventLoop(), {}

    def done(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    def cancelled() -> None:
        outcome["error"] = Cancelled()
        loop.quit()

    job = ProgressJob(runner, parent, label, cancel_text, **options)
    job.start(fn, done, failed, cancelled)
    if not outcome:
        loop.exec()
    job.dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def _ignore(_value: object) -> None:
    pass


def _nothing() -> None:
    pass
