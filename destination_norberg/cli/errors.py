"""How the command line fails: one line on stderr and an exit code, never a traceback.

Every failure a user can cause (bad arguments, an unreachable database, a newer schema) ends in
one clear line and exit code 2; anything else is one "unexpected error" line and exit code 1.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from destination_norberg.app.errors import AppError

EXIT_USAGE = 2
EXIT_UNEXPECTED = 1


class UserError(AppError):
    """A problem worded for the user; printed as one line, exit code 2."""


@contextmanager
def user_errors() -> Iterator[None]:
    """A use case's AppError, raised on as the command line's UserError (same message)."""
    try:
        yield
    except UserError:
        raise
    except AppError as exc:
        raise UserError(str(exc)) from exc


def fail(message: str, code: int = EXIT_USAGE) -> int:
    """Print the first line of `message` as the program's one-line complaint; return `code`."""
    lines = str(message).strip().splitlines() or ["failed"]
    print(f"destination-norberg: {lines[0]}", file=sys.stderr)
    return code


def guarded(run: Callable[[], int]) -> int:
    """`run()`, with the last guard around it: what goes wrong is one line, not a traceback."""
    import logging

    log = logging.getLogger("destination_norberg.cli")
    try:
        return run()
    except AppError as exc:  # UserError included
        log.warning("refused: %s", exc)
        return fail(str(exc))
    except Exception as exc:  # the last guard: one line here, the traceback in the log
        from destination_norberg.app.errors import DatabaseError

        if isinstance(exc, DatabaseError | OSError) or type(exc).__name__ == "IcalError":
            log.warning("failed: %s", exc)
            return fail(str(exc))
        log.error("unexpected error", exc_info=exc)  # the traceback goes to the log file
        return fail(f"unexpected error: {type(exc).__name__}: {exc}", code=EXIT_UNEXPECTED)
