"""Errors as the user reads them: one sentence, never a traceback."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

from destination_norberg.core.diskerrors import WriteError
from destination_norberg.gui.common.messages import error_text


def fault_message(exc: BaseException) -> str | None:
    """A fault of the database itself (read-only, busy, disk full, connection lost) in the
    user's words, whichever unit met it and whether or not it was wrapped; else None.

    Every one of them ends a unit that was rolled back whole, so "nothing was saved" holds,
    and a dialog that showed it still has the user's edit to save again.
    """
    from destination_norberg.app.errors import Fault, fault_of

    fault = fault_of(exc)
    if fault is Fault.READ_ONLY:
        return QCoreApplication.translate(
            "Errors", "The database is read-only: changes cannot be saved to it here (check "
            "the file's permissions, or your rights on the server); nothing was saved.")
    if fault is Fault.BUSY:
        return QCoreApplication.translate(
            "Errors", "The database is busy: another program is writing; try again.")
    if fault is Fault.FULL:
        return QCoreApplication.translate(
            "Errors", "The disk is full (or the database reached its size limit): nothing "
            "was saved.")
    if fault is Fault.DISCONNECTED:
        return QCoreApplication.translate(
            "Errors", "The connection to the database server was lost: nothing was saved. "
            "The program reconnects by itself; try again.")
    return None


def user_message(exc: BaseException) -> str:
    """The first line of a known error; the details of an unknown one go to stderr."""
    from destination_norberg.app.errors import ConflictError, DatabaseError, NotFoundError

    worded = error_text(exc)  # a message that names itself: in the window's language
    text = worded or (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    if isinstance(exc, WriteError):  # a file export: its own sentence, not the database's
        return text[:1].upper() + text[1:] + "."
    if worded is not None:
        return worded
    fault = fault_message(exc)
    if fault is not None and not isinstance(exc, ConflictError | NotFoundError):
        return fault
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
