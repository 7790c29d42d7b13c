"""Optimistic locking on the `version` column: one way to write an editable row.

Every editable table has a `version`, raised by one with every write. An edit names the
version it started from; the write changes (or removes) the row only if it still has that
version, in the same statement, so on a server another unit cannot slip in between the read
and the write. If the row moved on, nothing is written and ConflictError says so (the
window turns that into theirs-against-mine, gui.common.conflict_dialog); if it is gone and
the caller wants that told apart, NotFoundError.

`expect_unchanged` is the read-side check the undoable edits make first: the row, read by
uid, must still hold the content the edit started from.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from destination_norberg.store.base import utcnow
from destination_norberg.store.database import DatabaseError

R = TypeVar("R")


class ConflictError(DatabaseError):
    """The row changed (or went) since it was read; nothing was written."""


class NotFoundError(DatabaseError):
    """The row is gone."""


def meanwhile(what: str, change: str = "changed", outcome: str = "saved") -> str:
    """The usual sentence: "<what> was <change> by someone else meanwhile; nothing was …"."""
    return f"{what} was {change} by someone else meanwhile; nothing was {outcome}."


def expect_unchanged(current: R | None, expected: Any, content: Callable[[Any], Any],
                     what: str) -> R:
    """`current` (the row as read now) if its content is still that of `expected`.

    ConflictError when the row is gone or someone changed it: the edit started from a row
    that is no longer there.
    """
    if current is None or content(current) != content(expected):
        raise ConflictError(meanwhile(what, "changed or removed"))
    return current


def _gone(session: Session, table: Table, row_id: int) -> bool:
    return session.execute(select(table.c.id).where(table.c.id == row_id)).first() is None


def insert_versioned(session: Session, table: Table, values: Mapping[str, Any]) -> int:
    """A new row at version 1 with both timestamps now; its id."""
    now = utcnow()
    return session.execute(insert(table).values(
        **values, version=1, created_at=now, updated_at=now)).inserted_primary_key[0]


def update_versioned(session: Session, table: Table, row_id: int, version: int,
                     values: Mapping[str, Any], *, conflict: str,
                     gone: str | None = None) -> int:
    """Write `values` to the row if it still has `version`; its new version.

    Otherwise nothing is written: NotFoundError(`gone`) when `gone` is given and the row no
    longer exists, ConflictError(`conflict`) else.
    """
    done = session.execute(
        update(table).where(table.c.id == row_id, table.c.version == version)
        .values(**values, version=version + 1, updated_at=utcnow()))
    if done.rowcount != 1:
        if gone is not None and _gone(session, table, row_id):
            raise NotFoundError(gone)
        raise ConflictError(conflict)
    return version + 1


def delete_versioned(session: Session, table: Table, row_id: int, version: int, *,
                     conflict: str) -> None:
    """Remove the row if it still has `version`; ConflictError(`conflict`) else."""
    done = session.execute(delete(table).where(table.c.id == row_id,
                                               table.c.version == version))
    if done.rowcount != 1:
        raise ConflictError(conflict)


__all__ = ["ConflictError", "NotFoundError", "delete_versioned", "expect_unchanged",
           "insert_versioned", "meanwhile", "update_versioned"]
