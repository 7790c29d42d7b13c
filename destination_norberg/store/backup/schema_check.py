"""A backup's SQLite database must hold exactly this program's schema at its revision.

An SQLite file carries its own schema, triggers and views included: a crafted backup with
one extra trigger would be restored and would then fire on the coordinator's next edit.
So the file's schema (every table, index, trigger and view, as SQLite stores its SQL) is
compared with the one this program's migrations build at the same revision, and any
difference refuses the file.
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
from pathlib import Path

Schema = dict[tuple[str, str], str]  # (type, name) -> normalised SQL

_cache: dict[str, Schema] = {}
_QUOTES = re.compile(r"[\"`\[\]]")


def _normal(sql: str | None) -> str:
    return " ".join(_QUOTES.sub("", sql or "").split()).casefold()


def schema_of(conn: sqlite3.Connection) -> Schema:
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master "
                        "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").fetchall()
    return {(str(t), str(n)): _normal(sql) for t, n, sql in rows}


def own_schema(revision: str) -> Schema:
    """The schema this program's migrations build at `revision` (built once a run)."""
    if revision not in _cache:
        from alembic import command

        from destination_norberg.store.backup.temporaries import temp_prefix
        from destination_norberg.store.database import make_engine
        from destination_norberg.store.migrate import alembic_config

        with tempfile.TemporaryDirectory(prefix=temp_prefix("verify")) as tmp:
            path = Path(tmp) / "schema.sqlite"
            engine = make_engine(f"sqlite:///{path}")
            try:
                with engine.begin() as conn:
                    command.upgrade(alembic_config(conn), revision)
            finally:
                engine.dispose()
            conn = sqlite3.connect(path)
            try:
                _cache[revision] = schema_of(conn)
            finally:
                conn.close()
    return _cache[revision]


def schema_difference(conn: sqlite3.Connection, revision: str) -> str:
    """"" when the database's schema is exactly ours at `revision`, else what differs."""
    found, own = schema_of(conn), own_schema(revision)
    extra = sorted(set(found) - set(own))
    if extra:
        kind, name = extra[0]
        return f"it holds a {kind} {name} that is not part of Destination Norberg's schema"
    missing = sorted(set(own) - set(found))
    if missing:
        kind, name = missing[0]
        return f"its {kind} {name} is missing"
    changed = sorted(k for k in own if own[k] != found[k])
    if changed:
        kind, name = changed[0]
        return f"its {kind} {name} differs from Destination Norberg's own"
    return ""
