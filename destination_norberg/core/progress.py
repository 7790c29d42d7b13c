"""Progress and Cancel for long work, the same in every layer (no Qt, nothing of ours).

A long function (a geodata read, a bundle export, the demo load) takes a `Progress` and
calls it between steps with how far it got (0.0–1.0) and what it is doing ("" keeps the
text shown). The caller decides what a report does: the window's job helper shows it in a
progress dialog, the command line passes none. To stop the work, the caller's `Progress`
raises `Cancelled`: the work stops at its next report, and each writer is made so that
stopping there leaves nothing behind (one transaction, or a temporary folder).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

__all__ = ["CancelToken", "Cancelled", "Progress"]


class Cancelled(Exception):  # noqa: N818 - a request, not an error
    """The user asked to stop; nothing was written. Raised by a `Progress` callback."""


Progress = Callable[[float, str], None]
"""`progress(fraction, text)`: fraction 0.0–1.0, text "" to keep the last one; raises
Cancelled when the user cancelled. May be called from a worker thread."""


class CancelToken:
    """Set from the UI thread when the user presses Cancel; checked by the worker."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise Cancelled once cancel() was called (from any thread)."""
        if self._event.is_set():
            raise Cancelled

    def guard(self, progress: Progress | None = None) -> Progress:
        """A `Progress` that raises Cancelled once cancelled, else passes the report on."""

        def report(fraction: float, text: str = "") -> None:
            self.check()
            if progress is not None:
                progress(fraction, text)

        return report
