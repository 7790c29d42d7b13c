"""Telling a running window that someone else changed the database.

PostgreSQL: every write unit ends with `NOTIFY destination_norberg` (delivered at commit,
not at all on rollback), and a listener connection waits on that channel. SQLite, which has
no notifications: `PRAGMA data_version` on a connection of our own changes whenever another
connection commits, and is cheap to ask every couple of seconds.

Either way the window only learns "something changed" and reads again: the reads are cheap,
and a message that named rows would have to be trusted to be complete.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

CHANNEL = "destination_norberg"
_installed = False


def install() -> None:
    """Once per process: each write unit on PostgreSQL notifies the channel at commit."""
    global _installed
    if _installed:
        return
    from sqlalchemy import event, text
    from sqlalchemy.orm import Session

    def notify(session: Session) -> None:
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text(f"NOTIFY {CHANNEL}"))

    event.listen(Session, "before_commit", notify)
    _installed = True


class SqliteWatcher:
    """`changed()` is True when another connection committed since the last call."""

    def __init__(self, path: Path) -> None:
        self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True,
                                     check_same_thread=False)
        self._version = self._read()

    def _read(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        try:
            now = self._read()
        except sqlite3.Error:  # the file is being replaced (a restore): ask again later
            return False
        if now != self._version:
            self._version = now
            return True
        return False

    def close(self) -> None:
        self._conn.close()


class PostgresListener:
    """A connection that LISTENs on the channel; `wait(seconds)` is True on a notification."""

    def __init__(self, url: str) -> None:
        import psycopg
        from sqlalchemy.engine import make_url

        u = make_url(url).set(drivername="postgresql")
        self._conn: Any = psycopg.connect(u.render_as_string(hide_password=False),
                                          autocommit=True)
        self._conn.execute(f"LISTEN {CHANNEL}")

    def wait(self, seconds: float) -> bool:
        got = False
        for _note in self._conn.notifies(timeout=seconds, stop_after=1):
            got = True
        return got

    def close(self) -> None:
        self._conn.close()
