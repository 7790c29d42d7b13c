"""How an area page reads what it shows: in the job pool, one read at a time, the result
rendered on the UI thread, a failure said in one sentence.

Seven pages did this by hand; each now owns an `AreaLoader` (a helper it holds, not a base
class: the pages already derive from different Qt widgets and their own mixins). The page
gives the loader a `job` factory, called on the UI thread so the worker gets plain values
(the clock, the settings, the selection), and the callback that renders the result.
The window reloads the area in view when others changed the database (ChangeWatcher); the
page only has to say whether it still `needs_load`.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtWidgets import QLabel

from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.jobs import TaskRunner

T = TypeVar("T")

ERROR_COLOUR = "#b3261e"


def error_html(message: str) -> str:
    """A failure as the pages' state labels show it: the sentence, in the alert colour."""
    return f'<span style="color:{ERROR_COLOUR}">{escape(message)}</span>'


class _Emitter(Protocol):
    def emit(self, *args: Any) -> Any: ...


class AreaLoader(Generic[T]):
    """Reads for one page. `reload()` starts a read in the pool unless one runs already
    (with `again`, a request during a read reads once more when it is done: a save while
    reading must not be lost); `load_blocking()` reads on the calling thread (the
    screenshot command needs the finished view) and lets an error through.

    On a failure the message goes to `state` (shown, in red), to `failed` (a page's
    `failed` signal) and to `on_error`, whichever are given.
    """

    def __init__(self, runner: TaskRunner, job: Callable[[], Callable[[], T]],
                 on_data: Callable[[T], None], *, state: QLabel | None = None,
                 failed: _Emitter | None = None,
                 on_error: Callable[[str], None] | None = None, again: bool = False) -> None:
        self.runner, self.job, self.on_data = runner, job, on_data
        self.state, self.failed, self.on_error = state, failed, on_error
        self.again = again
        self._loading = False
        self._pending = False

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def pending(self) -> bool:
        """A read was asked for during this one: `on_data` may skip what a final result does."""
        return self._pending

    def reload(self, force: bool = False) -> None:
        """With `force`, read even while a read runs (an edit made that one out of date)."""
        if self._loading and not force:
            self._pending = self.again
            return
        self._loading = True
        self.runner.run(self.job(), self._done, self.fail)

    def load_blocking(self) -> None:
        self._done(self.job()())

    def _done(self, data: T) -> None:
        self._loading = False
        self.on_data(data)
        if self._pending:
            self._pending = False
            self.reload()

    def fail(self, exc: BaseException) -> None:
        """A failed read (or a related one the page ran itself): say why, as set up."""
        self._loading = False
        self._pending = False
        message = user_message(exc)
        if self.state is not None:
            self.state.setText(error_html(message))
            self.state.setVisible(True)
        if self.on_error is not None:
            self.on_error(message)
        if self.failed is not None:
            self.failed.emit(message)
