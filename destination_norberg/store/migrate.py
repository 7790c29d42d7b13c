"""Bring a database to this program's schema at start, or refuse it untouched.

The common case (already current) is one small query and does not import alembic, which
costs about half a second at start-up; alembic is loaded only when there is work to do.

Before a database that holds data is migrated, a verified backup of it is written to the
per-user data folder (`backups/<db-stem>-<revision>-<UTC time>.zip`, store.backup); when that
backup cannot be written, the database is not migrated.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from destination_norberg.store.database import (
    DatabaseError,
    first_line,
    read_only_folder,
    read_only_sentence,
)
from destination_norberg.store.schema_version import HEAD_REVISION, KNOWN_REVISIONS

__all__ = ["HEAD_REVISION", "KNOWN_REVISIONS", "NewerSchemaError", "alembic_config",
           "current_revision", "ensure_schema"]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: The advisory-lock key migrations take on PostgreSQL (Norberg's kommun code).
MIGRATION_LOCK = 1962


class NewerSchemaError(DatabaseError):
    """The database was written by a newer program; it is left exactly as it is."""


def current_revision(engine: Engine) -> str | None:
    """The stored schema revision; None for an empty database."""
    try:
        with engine.connect() as conn:
            names = set(inspect(conn).get_table_names())
            if "alembic_version" not in names:
                if names - {"sqlite_sequence"}:
                    raise DatabaseError(
                        "This database has tables but is not a Destination Norberg database; "
                        "it was left untouched.")
                return None
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
            return row[0] if row else None
    except SQLAlchemyError as exc:  # unreachable server, "file is not a database", …
        folder = read_only_folder(engine.url)
        why = read_only_sentence(folder) if folder is not None else first_line(exc)
        raise DatabaseError(f"Cannot open the database: {why}") from exc


def _stored_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return row[0] if row else None


def alembic_config(connection: Any = None) -> Any:  # alembic types are loaded lazily
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _use_wal(engine: Engine) -> None:
    """Readers never block the writer (persistent in the file; a no-op once set)."""
    if engine.url.get_backend_name() != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return
    import sqlite3

    # Outside any transaction (SQLite refuses the switch inside one): the DB-API connection
    # is in autocommit mode (store.database), so the pragma runs on its own.
    raw = engine.raw_connection()
    try:
        cur = raw.driver_connection.execute("PRAGMA journal_mode")
        if str(cur.fetchone()[0]).lower() != "wal":
            raw.driver_connection.execute("PRAGMA journal_mode = WAL")
    except sqlite3.Error as exc:
        folder = read_only_folder(engine.url)
        why = read_only_sentence(folder) if folder is not None else exc
        raise DatabaseError(f"Cannot open the database: {why}") from exc
    finally:
        raw.close()


def _holds_rows(conn: Connection) -> bool:
    q = conn.dialect.identifier_preparer.quote
    return any(conn.execute(text(f"SELECT 1 FROM {q(name)} LIMIT 1")).first() is not None
               for name in inspect(conn).get_table_names()
               if name != "alembic_version" and not name.startswith("sqlite_"))


def _persistent(engine: Engine) -> bool:
    """Not an in-memory SQLite database (gone with the program: nothing to keep)."""
    if engine.url.get_backend_name() != "sqlite":
        return True
    from destination_norberg.store.backup import sqlite_path

    return sqlite_path(engine) is not None


def _backup_first(engine: Engine, revision: str) -> None:
    from destination_norberg.store.backup import backup_before_migration

    try:
        backup_before_migration(engine, revision)
    except Exception as exc:  # noqa: BLE001 - whatever it was, the migration must not run
        # `from None`: the message says it all; a window shows it as it is, not as the fault.
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise DatabaseError(
            f"The database was not updated to the new schema ({revision} to {HEAD_REVISION}) "
            f"because the backup before the update could not be written: {reason}") from None


def ensure_schema(engine: Engine, auto_backup: bool = True) -> str:
    """Upgrade to HEAD_REVISION in one transaction; refuse a newer schema. Returns the revision.

    A database with rows at an older schema is backed up first (`auto_backup`; restore turns
    it off for the file it is building, which is its own backup).
    """
    revision = current_revision(engine)
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerSchemaError(
            f"This database uses schema {revision}, made by a newer version of Destination "
            f"Norberg (this one knows up to {HEAD_REVISION}). It was not changed; "
            "use the newer program.")
    _use_wal(engine)
    if revision == HEAD_REVISION:
        return revision
    from alembic import command

    try:
        with engine.execution_options(sqlite_begin="IMMEDIATE").begin() as conn:
            if conn.dialect.name == "postgresql":
                # PostgreSQL has no database-wide write lock to take: two first starts take
                # turns on this advisory lock (released at commit) instead.
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            # Holding the write lock now: another start may have migrated meanwhile.
            stored = _stored_revision(conn)
            if stored == HEAD_REVISION:
                return HEAD_REVISION
            if auto_backup and stored is not None and _persistent(engine) and _holds_rows(conn):
                # Under the write lock: the backup is what the migration starts from.
                _backup_first(engine, stored)
            command.upgrade(alembic_config(conn), "head")
    except SQLAlchemyError as exc:
        raise DatabaseError(f"Could not update the database schema: {first_line(exc)}") from exc
    return HEAD_REVISION
