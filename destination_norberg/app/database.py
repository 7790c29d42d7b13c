"""The database as a whole: open it, load the demo season into it, say what it holds, and
notice when another coordinator changed it.

`info_at` only looks: it never creates a database where there is none (a typo stays a typo)
and never migrates one (an older or a newer schema is described as it is).

The window and the command line reach the store only through app/ (the "through app"
contract in pyproject.toml); what they need of the database as such is here. `sqlite_file`,
`read_with` and HEAD_REVISION are the store's, re-exported: store.rows reads SQLite with the
standard library, so importing this module loads no SQLAlchemy.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from destination_norberg.app.logs import logged
from destination_norberg.core.progress import Progress
from destination_norberg.store.reading import read_with as read_with
from destination_norberg.store.rows import sqlite_file as sqlite_file
from destination_norberg.store.schema_version import HEAD_REVISION as HEAD_REVISION

__all__ = ["HEAD_REVISION", "create_database", "has_password", "info_at", "is_server",
           "listen_postgres", "load_demo_into", "load_demo_season", "masked", "open_database",
           "read_with", "rows_of", "server_url", "shown_name", "sqlite_file", "watch_sqlite",
           "with_password", "without_password"]


def open_database(url: str) -> Any:
    """The SQLAlchemy engine writes need: created, migrated and checked (store.opening)."""
    from destination_norberg.store.opening import open_database as open_

    return open_(url)


def rows_of(engine: Any) -> Any:
    """A RowSource (store.rows) reading through an open engine, for the read use cases."""
    from destination_norberg.store.rows import EngineRows

    return EngineRows(engine)


def load_demo_into(url: str, engine: Any, reset: bool, progress: Progress,
                   today: date | None = None) -> Any:
    """Load the demo season in one transaction (a cancelled or failed load leaves the
    database as it was) into `engine`, or into `url` opened here when `engine` is None;
    its dates anchored to the season coming on `today` (core.demo_dates). Returns the
    engine it used, so the caller keeps (and later disposes) it."""
    from destination_norberg.store.demo import load_demo

    own = engine is None
    engine = engine or open_database(url)
    try:
        load_demo(engine, reset=reset, progress=progress, today=today)
    except BaseException:
        if own:
            engine.dispose()
        raise
    return engine


def watch_sqlite(path: Path) -> Any:
    """Asks the SQLite file whether another connection wrote since (store.changes)."""
    from destination_norberg.store.changes import SqliteWatcher

    return SqliteWatcher(path)


def listen_postgres(url: str) -> Any:
    """LISTENs for the NOTIFY every write unit sends on a PostgreSQL server (store.changes)."""
    from destination_norberg.store.changes import PostgresListener

    return PostgresListener(url)


@logged("demo season", lambda r: ", ".join(f"{k} {v}" for k, v in r[1].items()))
def load_demo_season(url: str, reset: bool, today: date | None = None
                     ) -> tuple[str, dict[str, int]]:
    """(the database's URL without a password, rows written per table); the demo's dates
    anchored to the season coming on `today` (core.demo_dates)."""
    from destination_norberg.store.demo import load_demo
    from destination_norberg.store.opening import open_database

    engine = open_database(url)
    try:
        counts = load_demo(engine, reset=reset, today=today)
    finally:
        engine.dispose()
    return shown_url(url, engine), counts


def shown_url(url: str, engine: Any) -> str:
    """The address to show: an SQLite file's as given (SQLAlchemy would write "Min mapp
    åäö" as "Min%20mapp%20%C3%A5…"), a server's as SQLAlchemy renders it, password hidden."""
    if sqlite_file(url) is not None:
        return url
    return str(engine.url.render_as_string(hide_password=True))


def info_at(url: str) -> Any | None:
    """store.info's DatabaseInfo of the database at `url`; None when its SQLite file does
    not exist yet."""
    path = sqlite_file(url)
    if path is not None and not path.exists():  # look, never create: a typo stays a typo
        return None
    from dataclasses import replace

    from destination_norberg.store.database import make_engine
    from destination_norberg.store.info import database_info

    # info looks without changing anything, even an old schema: SQLite's read-only mode,
    # which also works on a read-only mount
    engine = make_engine(url, read_only=True)
    try:
        return replace(database_info(engine), url=shown_url(url, engine))
    finally:
        engine.dispose()


def create_database(path: Path) -> Any:
    """A new, empty database file at `path` with this program's schema; the open engine.
    An existing file is refused untouched (a new database never replaces one)."""
    from destination_norberg.app.errors import AppError

    path = Path(path)
    if path.exists():
        raise AppError(f"{path} already exists: choose a new file name")
    if not path.parent.is_dir():
        raise AppError(f"the folder {path.parent} does not exist")
    return open_database(f"sqlite:///{path.resolve()}")


def is_server(url: str) -> bool:
    """A database server (PostgreSQL …), not an SQLite file."""
    return not url.strip().lower().startswith("sqlite")


def _split(url: str) -> tuple[str, str, str, str]:
    """(scheme and "//", user, password, the rest) of a server address, read with the
    standard library (SQLAlchemy stays unloaded until the database is opened)."""
    from urllib.parse import unquote

    scheme, sep, rest = url.strip().partition("://")
    if not sep:
        return url, "", "", ""
    netloc, slash, path = rest.partition("/")
    userinfo, at, hostport = netloc.rpartition("@")
    if not at:
        return scheme + sep, "", "", rest
    user, _colon, password = userinfo.partition(":")
    return scheme + sep, user, unquote(password), hostport + slash + path


def has_password(url: str) -> bool:
    return is_server(url) and bool(_split(url)[2])


def without_password(url: str) -> str:
    """`url` as it may be stored and shown: a server's password left out."""
    if not is_server(url):
        return url
    head, user, _password, rest = _split(url)
    return f"{head}{user}@{rest}" if user else head + rest


def masked(url: str) -> str:
    """`url` as the About dialog and the support facts show it: a server's password as ***
    (as the log and `info` show it), so one sees there is one without reading it; an SQLite
    file's absolute path."""
    path = sqlite_file(url)
    if path is not None:
        return str(Path(path).resolve())
    if not has_password(url):
        return without_password(url)
    head, user, _password, rest = _split(url)
    return f"{head}{user}:***@{rest}"


def with_password(url: str, password: str) -> str:
    """`url` with `password` put in (kept in memory by the caller, never stored)."""
    from urllib.parse import quote

    if not is_server(url) or not password:
        return url
    head, user, _old, rest = _split(url)
    return f"{head}{user}:{quote(password, safe='')}@{rest}"


def shown_name(url: str) -> tuple[str, str]:
    """(short name, full name) of the database for the window: an SQLite file's name and
    path, a server's address without its password."""
    path = sqlite_file(url)
    if path is not None:
        return path.name, str(Path(path).resolve())
    plain = without_password(url)
    return plain, plain


def server_url(text: str) -> str:
    """A server address as typed (`postgresql://user@server/db`) with the driver this
    program uses; an address that names its driver is kept as it is."""
    typed = text.strip()
    for prefix in ("postgres://", "postgresql://"):
        if typed.lower().startswith(prefix):
            return "postgresql+psycopg://" + typed[len(prefix):]
    return typed
