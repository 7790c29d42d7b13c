"""Plain-SQL row sources for read models: one SQL text, run on either driver.

The overview must paint fast at start-up, and importing SQLAlchemy costs more than the
whole window does (bench/startup.py). So read models are written in portable SQL and run on
the standard library's sqlite3 for a current SQLite file, or on a SQLAlchemy connection for
any other database. Values are normalised here, so callers see the same Python types from
both: aware UTC datetimes, dates, bools.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import unquote

from destination_norberg.store.schema_version import HEAD_REVISION


class RowSource(Protocol):
    backend: str

    def rows(self, sql: str, **params: Any) -> list[Sequence[Any]]: ...

    def close(self) -> None: ...


def _sqlite_param(value: Any) -> Any:
    # The exact text SQLAlchemy's SQLite dialect stores, so string comparison orders correctly.
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


class SqliteRows:
    """Read-only sqlite3 connection (mode=ro): a read model can never write by mistake."""

    backend = "sqlite"

    def __init__(self, path: Path, busy_timeout_ms: int = 10_000) -> None:
        self.path = path
        self._conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                     check_same_thread=False)
        self._conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")

    def query(self, sql: str, **params: Any) -> list[Sequence[Any]]:
        """The rows, or sqlite3.Error as the driver raises it."""
        cur = self._conn.execute(sql, {k: _sqlite_param(v) for k, v in params.items()})
        try:
            return cur.fetchall()
        finally:
            cur.close()

    def rows(self, sql: str, **params: Any) -> list[Sequence[Any]]:
        try:
            return self.query(sql, **params)
        except sqlite3.Error as exc:  # a damaged file, a schema edited by hand …
            # Imported here: SQLAlchemy must not load on the fast path (bench/startup.py).
            from destination_norberg.store.database import DatabaseError

            raise DatabaseError(f"Cannot read the database {self.path.name}: {exc}") from exc

    def close(self) -> None:
        self._conn.close()


class EngineRows:
    """The same SQL through a SQLAlchemy engine (PostgreSQL, or SQLite when needed)."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.backend = engine.url.get_backend_name()

    def rows(self, sql: str, **params: Any) -> list[Sequence[Any]]:
        from sqlalchemy import text

        if self.backend == "sqlite":  # compare as SQLite stores: naive UTC text, same format
            params = {k: _sqlite_param(v) for k, v in params.items()}
        with self.engine.connect() as conn:
            return list(conn.execute(text(sql), params).all())

    def close(self) -> None:
        """The engine belongs to the caller."""


def sqlite_file(url: str) -> Path | None:
    """The file of a plain `sqlite:///…` URL; None for anything else (memory, options, …)."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url:
        return None
    path = unquote(url[len(prefix):])
    return Path(path) if path and path != ":memory:" else None


def open_current_sqlite(url: str) -> SqliteRows | None:
    """A fast read source when `url` is an existing SQLite file already at HEAD_REVISION.

    Anything else (no file yet, an older or newer schema, not our database) returns None and
    the caller takes the full path through SQLAlchemy and the migrations, which explains it.
    """
    path = sqlite_file(url)
    if path is None or not path.is_file():
        return None
    try:
        source = SqliteRows(path)
    except sqlite3.Error:
        return None
    try:
        found = source.query("SELECT version_num FROM alembic_version")
    except sqlite3.Error:
        source.close()
        return None
    if [tuple(r) for r in found] != [(HEAD_REVISION,)]:
        source.close()
        return None
    return source


def as_utc(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        if len(value) in (19, 26):  # naive UTC text, as SQLite keeps instants: appending the
            # offset parses in one call, 4× faster than .replace(tzinfo=…) on the 100,000s of
            # readings a snow projection reads (bench/startup.py)
            return datetime.fromisoformat(value + "+00:00")
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def as_date(value: Any) -> date | None:
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    return date.fromisoformat(str(value)[:10])
