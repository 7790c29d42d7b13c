"""Where backups go and what a database is called in them (no password, ever)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

# Lives beside the engine code (store.erasures needs it too); still importable from here.
from destination_norberg.store.database import sqlite_path as sqlite_path


def backups_dir() -> Path:
    """The per-user folder of the automatic backups taken before a schema migration."""
    from destination_norberg.paths import user_data_dir

    return user_data_dir() / "backups"


def plain_sqlite_file(engine: Engine) -> Path | None:
    """The file, when the URL opens it plainly (read-write, no URI options)."""
    url = engine.url
    path = sqlite_path(engine)
    if path is None or str(url.database).startswith("file:") or url.query:
        return None
    return path


def source_name(engine: Engine) -> str:
    path = sqlite_path(engine)
    if path is not None:
        return path.name
    if engine.url.get_backend_name() == "sqlite":
        return "(in-memory SQLite)"
    url = engine.url
    return f"{url.get_backend_name()} {url.host or 'localhost'}/{url.database or ''}"


def _stem(engine: Engine) -> str:
    path = sqlite_path(engine)
    raw = path.stem if path is not None else (engine.url.database or "database")
    return re.sub(r"[^A-Za-z0-9._-]+", "_", raw).strip("._") or "database"


def backup_stem(engine: Engine) -> str:
    """What the database is called in its backups' file names."""
    return _stem(engine)


def automatic_backup_path(engine: Engine, revision: str, now: datetime | None = None,
                          folder: Path | None = None) -> Path:
    """`<db-stem>-<revision>-<UTC timestamp>.zip` in `folder` (default: `backups/` in the
    per-user data folder); the scheduled backups use the same names in their own folder."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    folder = backups_dir() if folder is None else Path(folder)
    path = folder / f"{_stem(engine)}-{revision}-{stamp}.zip"
    n = 2
    while path.exists():
        path = folder / f"{_stem(engine)}-{revision}-{stamp}-{n}.zip"
        n += 1
    return path
