"""The program's schema check at every open: migrate to this program's schema, backing up first.

Before a database that holds data is migrated, a verified backup of it is written to the
per-user data folder (`backups/<db-stem>-<revision>-<UTC time>.zip`, store.backup); when that
backup cannot be written, the database is not migrated. store.migrate does the upgrade and
calls back here under its write lock; the split keeps backup and migrate free of a cycle
(a restore migrates the file it builds, without a backup of its own).
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine

from destination_norberg.store.database import DatabaseError
from destination_norberg.store.migrate import holds_rows, upgrade_schema
from destination_norberg.store.schema_version import HEAD_REVISION

__all__ = ["ensure_schema"]


def ensure_schema(engine: Engine, auto_backup: bool = True) -> str:
    """Upgrade to HEAD_REVISION in one transaction; refuse a newer schema. Returns the revision.

    A database with rows at an older schema is backed up first (`auto_backup`).
    """
    return upgrade_schema(engine, _before_upgrade if auto_backup else None)


def _before_upgrade(engine: Engine, revision: str, conn: Connection) -> None:
    if _persistent(engine) and holds_rows(conn):
        _backup_first(engine, revision, conn)


def _persistent(engine: Engine) -> bool:
    """Not an in-memory SQLite database (gone with the program: nothing to keep)."""
    if engine.url.get_backend_name() != "sqlite":
        return True
    from destination_norberg.store.backup import sqlite_path

    return sqlite_path(engine) is not None


def _backup_first(engine: Engine, revision: str, conn: Connection) -> None:
    from destination_norberg.store.backup import backup_before_migration

    try:
        backup_before_migration(engine, revision)
    except Exception as exc:  # noqa: BLE001 - whatever it was, the migration must not run
        # `from None`: the message says it all; a window shows it as it is, not as the fault.
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise DatabaseError(
            f"The database was not updated to the new schema ({revision} to {HEAD_REVISION}) "
            f"because the backup before the update could not be written: {reason}") from None
