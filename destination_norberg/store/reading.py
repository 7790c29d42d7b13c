"""One read for a worker: the sqlite3 fast path on a current SQLite file, else an engine.

Kept apart from store.rows (which store.gdpr, store.backup and the rest build on) because
opening an engine migrates the schema, and the migration backs up: rows must not import
that (import-linter's acyclic contract).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from destination_norberg.store.rows import EngineRows, open_current_sqlite

_T = TypeVar("_T")


def read_with(url: str, read: Callable[[Any], _T]) -> _T:
    """`read(source)` on the sqlite3 fast path for a current SQLite file, else through an
    engine opened (migrated, checked) and disposed here: what every worker read does."""
    fast = open_current_sqlite(url)
    if fast is not None:
        try:
            return read(fast)
        finally:
            fast.close()
    from destination_norberg.store.opening import open_database

    engine = open_database(url)
    try:
        return read(EngineRows(engine))
    finally:
        engine.dispose()
