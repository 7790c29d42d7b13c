"""Errors as the user reads them: one sentence, never a traceback."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication


def user_message(exc: BaseException) -> str:
    """The first line of a known error; the details of an unknown one go to stderr."""
    from destination_norberg.store.database import DatabaseError
    from destination_norberg.store.planning_write import ConflictError, NotFoundError

    text = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    if isinstance(exc, ConflictError):
        return QCoreApplication.translate(
            "Errors", "Someone else changed this meanwhile, so nothing was saved. The view "
            "now shows their version; make your change again if it is still needed.")
    if isinstance(exc, NotFoundError):
        return QCoreApplication.translate("Errors", "This was removed meanwhile; nothing was "
                                                    "saved.")
    if isinstance(exc, DatabaseError | OSError) or type(exc).__name__ == "IcalError":
        return text  # already a sentence about the file or the database
    print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
    return QCoreApplication.translate(
        "Errors", "Something went wrong while reading the data: %1").replace("%1", text)
