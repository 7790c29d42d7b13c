"""Bring a database to this program's schema at start, or refuse it untouched.

The common case (already current) is one small query and does not import alembic, which
costs about half a second at start-up; alembic is loaded only when there is work to do.

The backup written before a database that holds data is migrated is store.schema's work
(`ensure_schema`), handed in as a hook: restoring a backup migrates too, so this module must
not know of backups (no import cycle).
"""

from __future__ import annotations

from collections.abc import Callable
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
           "current_revision", "holds_rows", "upgrade_schema"]

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


def holds_rows(conn: Connection) -> bool:
    q = conn.dialect.identifier_preparer.quote
    return any(conn.execute(text(f"SELECT 1 FROM {q(name)} LIMIT 1")).first() is not None
               for name in inspect(conn).get_table_names()
               if name != "alembic_version" and not name.startswith("sqlite_"))


def upgrade_schema(engine: Engine,
                   before_upgrade: Callable[[Engine, str, Connection], None] | None = None
                   ) -> str:
    """Upgrade to HEAD_REVISION in one transaction; refuse a newer schema. Returns the revision.

    `before_upgrade(engine, stored_revision, conn)` runs under the write lock just before an
    upgrade (store.schema backs the data up there); this module knows nothing of backups.
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
            if before_upgrade is not None and stored is not None:
                # Under the write lock: what it does is what the migration starts from.
                before_upgrade(engine, stored, conn)
            command.upgrade(alembic_config(conn), "head")
    except SQLAlchemyError as exc:
        raise DatabaseError(f"Could not update the database schema: {first_line(exc)}") from exc
    return HEAD_REVISION
