"""Engine and session set-up: SQLite in WAL with a busy timeout, write units begun IMMEDIATE.

A write unit that starts deferred, reads and then writes fails at once with "database is
locked" when another connection committed in between (DESIGN.md §4); IMMEDIATE takes the write
lock up front and waits up to the busy timeout instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

BUSY_TIMEOUT_MS = 10_000


class DatabaseError(Exception):
    """A database problem worded for the user (no traceback reaches a user)."""


def first_line(exc: BaseException) -> str:
    """The driver's own sentence, without SQLAlchemy's SQL, parameters and links."""
    orig = getattr(exc, "orig", None)
    return (str(orig or exc).strip().splitlines() or [type(exc).__name__])[0]


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:  # DB-API objects
        # Let SQLAlchemy emit BEGIN itself, so that write units can ask for IMMEDIATE.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        # WAL is switched on by ensure_schema once the file is known to be ours: a foreign
        # or newer database must not even have its header rewritten.
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str) -> Engine:
    """An engine for any SQLAlchemy URL; SQLite files get their folder created first."""
    try:
        parsed = make_url(url)
    except Exception as exc:  # sqlalchemy.exc.ArgumentError and friends
        raise DatabaseError(f"Not a database address: {url}") from exc
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).parent  # as SQLite will open it: no `~` expansion
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(f"Cannot create the folder {folder}: {exc.strerror}") \
                    from exc
        engine = create_engine(url)
        _sqlite_setup(engine)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except Exception as exc:  # missing driver, bad options
        hint = (" (install it with: pip install 'destination-norberg[postgres]')"
                if isinstance(exc, ImportError) and "psycopg" in str(exc) else "")
        raise DatabaseError(f"Cannot use the database {parsed.render_as_string()}: "
                            f"{first_line(exc)}{hint}") from exc


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """A short read: nothing is written, the transaction is rolled back at the end.

    Hand out plain values or core dataclasses from inside the block: ORM objects are
    detached once it ends.
    """
    with Session(engine) as session:
        yield session
        session.rollback()


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """One write unit: all or nothing, committed at the end.

    On SQLite the unit's first statement begins it IMMEDIATE (the write lock is taken then,
    not when the block is entered), waiting up to the busy timeout for another writer.
    """
    bind = engine.execution_options(sqlite_begin="IMMEDIATE")
    with Session(bind, expire_on_commit=False) as session, session.begin():
        yield session
