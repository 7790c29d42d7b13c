"""Engine and session set-up: SQLite in WAL with a busy timeout, write units begun IMMEDIATE.

A write unit that starts deferred, reads and then writes fails at once with "database is
locked" when another connection committed in between (DESIGN.md §4); IMMEDIATE takes the write
lock up front and waits up to the busy timeout instead.

Faults (issue 8): a read-only database, a busy one (another program holds the write lock past
the busy timeout), a full disk and a lost server connection are recognised by `fault_of` and
worded by `first_line` and `fault_sentence`; a failed unit is rolled back whole, so "nothing
was saved" is always true. Reconnecting: a server engine pings a pooled connection before
handing it out (`pool_pre_ping`), so a server restart between two units costs nothing, and
`run_write`/`run_read` run a unit a second time when the connection dropped during it, but
never after COMMIT was sent (its outcome is then unknown: a retry could save twice).
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

#: How long a write waits for another program's write lock (SQLite) before "busy".
BUSY_TIMEOUT_MS = 10_000
#: Overrides BUSY_TIMEOUT_MS, in milliseconds (a slow network share may want more).
BUSY_TIMEOUT_ENV = "DESTINATION_NORBERG_BUSY_TIMEOUT_MS"

T = TypeVar("T")


class DatabaseError(Exception):
    """A database problem worded for the user (no traceback reaches a user)."""


class Fault(StrEnum):
    """A fault of the database itself, not of the data: the same words whatever the unit."""

    READ_ONLY = "read_only"
    BUSY = "busy"
    FULL = "full"
    DISCONNECTED = "disconnected"


#: The fault as a whole sentence (a message box, a command's error line).
FAULT_SENTENCES = {
    Fault.READ_ONLY: "The database is read-only: changes cannot be saved to it here (check "
                     "the file's permissions, or your rights on the server); nothing was saved.",
    Fault.BUSY: "The database is busy: another program is writing; try again.",
    Fault.FULL: "The disk is full (or the database reached its size limit): nothing was saved.",
    Fault.DISCONNECTED: "The connection to the database server was lost: nothing was saved. "
                        "The program reconnects by itself; try again.",
}

#: The fault as the end of a sentence ("The event could not be saved: <clause>").
FAULT_CLAUSES = {
    Fault.READ_ONLY: "the database is read-only (check the file's permissions, or your "
                     "rights on the server)",
    Fault.BUSY: "the database is busy (another program is writing); try again",
    Fault.FULL: "the disk is full (or the database reached its size limit)",
    Fault.DISCONNECTED: "the connection to the database server was lost; try again",
}

_SQLITE_CODES = {8: Fault.READ_ONLY, 5: Fault.BUSY, 6: Fault.BUSY, 13: Fault.FULL}
_SQLITE_WORDS = (("readonly database", Fault.READ_ONLY), ("database is locked", Fault.BUSY),
                 ("database table is locked", Fault.BUSY), ("disk is full", Fault.FULL))
_SQLSTATES = {
    "25006": Fault.READ_ONLY,  # read_only_sql_transaction (a standby, or read-only by default)
    "42501": Fault.READ_ONLY,  # insufficient_privilege: may read, may not write
    "55P03": Fault.BUSY,  # lock_not_available
    "40001": Fault.BUSY,  # serialization_failure
    "40P01": Fault.BUSY,  # deadlock_detected
    "53100": Fault.FULL,  # disk_full
    "57P01": Fault.DISCONNECTED,  # admin_shutdown: the server is stopping or restarting
    "57P02": Fault.DISCONNECTED,  # crash_shutdown
    "57P03": Fault.DISCONNECTED,  # cannot_connect_now: still starting
}
_ERRNOS = {errno.ENOSPC: Fault.FULL, errno.EDQUOT: Fault.FULL, errno.EROFS: Fault.READ_ONLY}


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception, the driver's (`.orig`) and their causes, each once."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        e = todo.pop(0)
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        todo += [getattr(e, "orig", None), e.__cause__,
                 None if e.__suppress_context__ else e.__context__]


def _fault_of_one(e: BaseException) -> Fault | None:
    if isinstance(e, DBAPIError) and e.connection_invalidated:
        return Fault.DISCONNECTED
    code = getattr(e, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _SQLITE_CODES:
        return _SQLITE_CODES[code & 0xFF]
    state = getattr(e, "sqlstate", None) or getattr(e, "pgcode", None)
    if isinstance(state, str):
        if state in _SQLSTATES:
            return _SQLSTATES[state]
        if state.startswith("08") and state not in ("08001", "08004"):  # lost, not refused
            return Fault.DISCONNECTED
    if isinstance(e, OSError) and e.errno in _ERRNOS:
        return _ERRNOS[e.errno]
    if type(e).__module__ == "sqlite3":
        text = str(e).lower()
        for words, fault in _SQLITE_WORDS:
            if words in text:
                return fault
    return None


def fault_of(exc: BaseException) -> Fault | None:
    """Which fault of the database (not of the data) caused `exc`, if any."""
    for e in _chain(exc):
        fault = _fault_of_one(e)
        if fault is not None:
            return fault
    return None


def fault_sentence(exc: BaseException) -> str | None:
    """The fault behind `exc` as a whole sentence for the user; None for other errors."""
    fault = fault_of(exc)
    return None if fault is None else FAULT_SENTENCES[fault]


def first_line(exc: BaseException) -> str:
    """The driver's own sentence, without SQLAlchemy's SQL, parameters and links.

    A fault of the database itself (read-only, busy, full, connection lost) is worded the
    same way whichever driver said it, as the end of a sentence (see FAULT_CLAUSES).
    """
    fault = fault_of(exc)
    if fault is not None:
        return FAULT_CLAUSES[fault]
    orig = getattr(exc, "orig", None)
    return (str(orig or exc).strip().splitlines() or [type(exc).__name__])[0]


def is_disconnect(exc: BaseException) -> bool:
    """The connection dropped (server restart, network): a new one may well work."""
    return fault_of(exc) is Fault.DISCONNECTED


def default_busy_timeout_ms() -> int:
    """BUSY_TIMEOUT_MS, or the environment's DESTINATION_NORBERG_BUSY_TIMEOUT_MS."""
    value = os.environ.get(BUSY_TIMEOUT_ENV, "").strip()
    if value:
        try:
            return max(0, int(value))
        except ValueError:
            raise DatabaseError(f"{BUSY_TIMEOUT_ENV} must be a number of milliseconds, not "
                                f"{value!r}") from None
    return BUSY_TIMEOUT_MS


def _sqlite_setup(engine: Engine, timeout_ms: int | None) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:  # DB-API objects
        # Let SQLAlchemy emit BEGIN itself, so that write units can ask for IMMEDIATE.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        wait = default_busy_timeout_ms() if timeout_ms is None else timeout_ms
        cur.execute(f"PRAGMA busy_timeout = {int(wait)}")
        cur.execute("PRAGMA foreign_keys = ON")
        # WAL is switched on by ensure_schema once the file is known to be ours: a foreign
        # or newer database must not even have its header rewritten.
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def _owner_only_file(engine: Engine, database: str | None) -> None:
    """A new database file is created owner-only (0600) just before SQLite would create it
    with the umask's 0644: it holds personal data. SQLite gives its -wal and -shm files the
    database file's mode. URI names (`file:…`) are left to SQLite."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = database

    @event.listens_for(engine, "do_connect")
    def _create(_dialect: Any, _record: Any, _cargs: Any, _cparams: Any) -> None:
        # There already, or cannot be: SQLite says why when it connects.
        with contextlib.suppress(OSError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def read_only_folder(url: str | Any) -> Path | None:
    """The folder of an SQLite database file when it exists but cannot be written (a
    read-only mount, a folder without write permission); None otherwise. SQLite writes its
    journal (WAL: the -wal and -shm files) beside the database, so even reading fails there
    with "unable to open database file" unless the file is opened read-only."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except Exception:  # noqa: BLE001 - not a URL: not our question
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    if str(parsed.database).startswith("file:"):
        return None
    folder = Path(parsed.database).parent
    return folder if folder.is_dir() and not os.access(folder, os.W_OK) else None


def read_only_sentence(folder: Path) -> str:
    """Why a database in `folder` cannot be opened for work, and what to do."""
    return (f"the folder {folder} is read-only, and the program must write beside the "
            "database (its journal); copy the database to a folder you can write to")


def _read_only_creator(path: Path) -> Callable[[], Any]:
    """Connections in SQLite's read-only URI mode. Where the folder cannot be written and
    no -wal/-shm files exist, also `immutable=1`: SQLite then needs no shared-memory file
    (and misses nothing, as there is no write-ahead log to read)."""
    import sqlite3

    uri = f"{path.resolve().as_uri()}?mode=ro"  # file:///C:/… on Windows too
    wal = all(Path(f"{path}{end}").exists() for end in ("-wal", "-shm"))
    if not os.access(path.parent, os.W_OK) and not wal:
        uri += "&immutable=1"
    return lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)


def make_engine(url: str, busy_timeout_ms: int | None = None, *,
                read_only: bool = False) -> Engine:
    """An engine for any SQLAlchemy URL; SQLite files get their folder created first.

    `busy_timeout_ms`: how long an SQLite write waits for another program's lock before the
    database is "busy" (default: BUSY_TIMEOUT_MS or the environment's override). A server
    engine pings each pooled connection before use, so one that a server restart cut is
    replaced by a new one instead of failing the next unit. `read_only`: an existing SQLite
    file is opened in SQLite's read-only mode and nothing is created (what `info` needs, also
    on a read-only mount); other databases are opened as usual.
    """
    try:
        parsed = make_url(url)
    except Exception as exc:  # sqlalchemy.exc.ArgumentError and friends
        raise DatabaseError(f"Not a database address: {url}") from exc
    if parsed.get_backend_name() == "sqlite":
        if busy_timeout_ms is None:
            default_busy_timeout_ms()  # a mistyped override is said now, not at connect time
        database = parsed.database
        if read_only and database and database != ":memory:" and Path(database).is_file() \
                and not database.startswith("file:"):
            engine = create_engine(url, creator=_read_only_creator(Path(database)))
            _sqlite_setup(engine, busy_timeout_ms)
            return engine
        if parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).parent  # as SQLite will open it: no `~` expansion
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            except OSError as exc:
                raise DatabaseError(f"Cannot create the folder {folder}: {exc.strerror}") \
                    from exc
        engine = create_engine(url)
        _sqlite_setup(engine, busy_timeout_ms)
        _owner_only_file(engine, parsed.database)
        return engine
    try:
        engine = create_engine(url, pool_pre_ping=True)
    except Exception as exc:  # missing driver, bad options
        hint = (" (install it with: pip install 'destination-norberg[postgres]')"
                if isinstance(exc, ImportError) and "psycopg" in str(exc) else "")
        raise DatabaseError(f"Cannot use the database {parsed.render_as_string()}: "
                            f"{first_line(exc)}{hint}") from exc
    if engine.dialect.name == "postgresql":
        _postgres_setup(engine, busy_timeout_ms)
    return engine


def _postgres_setup(engine: Engine, timeout_ms: int | None) -> None:
    """A row or table lock held by another program is waited for as long as SQLite's busy
    timeout, then the unit fails as "busy" (PostgreSQL would otherwise wait for ever)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        wait = default_busy_timeout_ms() if timeout_ms is None else timeout_ms
        cur = dbapi_conn.cursor()
        try:
            cur.execute(f"SET lock_timeout = {int(wait)}")
        finally:
            cur.close()
        if not getattr(dbapi_conn, "autocommit", False):
            dbapi_conn.commit()


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
    A `with` block cannot run twice: where a dropped server connection should be retried,
    use `run_write`.
    """
    bind = engine.execution_options(sqlite_begin="IMMEDIATE")
    with Session(bind, expire_on_commit=False) as session, session.begin():
        yield session


def run_write(engine: Engine, unit: Callable[[Session], T]) -> T:
    """`unit(session)` as one write unit, committed; run once more if the connection dropped.

    The retry is safe because everything the unit did is flushed before COMMIT is sent: a
    connection lost until then rolled the unit back on the server, and a new connection
    (the pool replaces the dead one) starts it again from the beginning. A connection lost
    during COMMIT itself leaves the outcome unknown, so that is never retried: the error
    goes to the caller, whose user can look and decide. `unit` must act only through the
    session (no other side effects) and may be called twice.
    """
    bind = engine.execution_options(sqlite_begin="IMMEDIATE")
    for attempt in (1, 2):
        session = Session(bind, expire_on_commit=False)
        try:
            session.begin()
            try:
                result = unit(session)
                session.flush()
            except DBAPIError as exc:
                session.rollback()
                if attempt == 1 and is_disconnect(exc):
                    continue
                raise
            except BaseException:
                session.rollback()
                raise
            session.commit()  # a failure here has an unknown outcome: never retried
            return result
        finally:
            session.close()
    raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises


def run_read(engine: Engine, unit: Callable[[Session], T]) -> T:
    """`unit(session)` in a read session; run once more if the connection dropped.

    A read changes nothing, so running it again is always safe.
    """
    for attempt in (1, 2):
        try:
            with read_session(engine) as session:
                return unit(session)
        except DBAPIError as exc:
            if attempt == 1 and is_disconnect(exc):
                continue
            raise
    raise AssertionError("unreachable")  # pragma: no cover


def sqlite_path(engine: Engine) -> Path | None:
    """The file of an SQLite engine (also `file:…?uri=true` URLs); None for memory/servers."""
    url = engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    name = url.database
    if name.startswith("file:"):
        body, _, query = name[len("file:"):].partition("?")
        if "mode=memory" in query or str(url.query.get("mode", "")) == "memory":
            return None
        from urllib.parse import unquote

        return Path(unquote(body)) if body else None
    return Path(name)
