"""Open a database for the program: engine, schema check or upgrade, first-start demo."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine

from destination_norberg.store.database import make_engine
from destination_norberg.store.schema import ensure_schema


def open_database(url: str) -> Engine:
    """An engine over a database at this program's schema; DatabaseError says why not."""
    from destination_norberg.store import changes

    changes.install()  # write units tell other coordinators (PostgreSQL NOTIFY)
    engine = make_engine(url)
    _clean_after_killed_runs(engine)
    try:
        ensure_schema(engine)
    except Exception:
        engine.dispose()
        raise
    return engine


def _clean_after_killed_runs(engine: Engine) -> None:
    """A backup or restore killed midway left a full copy of the database: remove it."""
    from destination_norberg.store.backup.temporaries import clean_on_start
    from destination_norberg.store.backup.where import sqlite_path

    clean_on_start(sqlite_path(engine))


def seed_demo_if_empty(engine: Engine, today: date | None = None) -> bool:
    """On first start of a personal SQLite database, load the demo season, anchored to the
    season coming on `today` (store.demo.load_demo).

    A shared server database is never filled with fictional businesses by itself: there the
    demo is loaded only on request (`destination-norberg demo`).
    """
    from destination_norberg.store.demo import NotEmptyError, has_data, load_demo

    if engine.url.get_backend_name() != "sqlite" or has_data(engine):
        return False
    try:
        load_demo(engine, today=today)
    except NotEmptyError:  # another start seeded it a moment ago
        return False
    return True
