"""Errors as the user reads them: one sentence, never a traceback."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication


def user_message(exc: BaseException) -> str:
    """The first line of a known error; the details of an unknown one go to stderr."""
    from destination_norberg.store.database import DatabaseError

    text = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    if isinstance(exc, DatabaseError):
        return text
    print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
    return QCoreApplication.translate(
        "Errors", "Something went wrong while reading the data: %1").replace("%1", text)
