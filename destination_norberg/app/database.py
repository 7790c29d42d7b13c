"""The database as a whole: load the demo season into it, and say what it holds.

`info_at` only looks: it never creates a database where there is none (a typo stays a typo)
and never migrates one (an older or a newer schema is described as it is).
"""

from __future__ import annotations

from typing import Any


def load_demo_season(url: str, reset: bool) -> tuple[str, dict[str, int]]:
    """(the database's URL without a password, rows written per table)."""
    from destination_norberg.store.demo import load_demo
    from destination_norberg.store.opening import open_database

    engine = open_database(url)
    try:
        counts = load_demo(engine, reset=reset)
    finally:
        engine.dispose()
    return engine.url.render_as_string(hide_password=True), counts


def info_at(url: str) -> Any | None:
    """store.info's DatabaseInfo of the database at `url`; None when its SQLite file does
    not exist yet."""
    from destination_norberg.store.rows import sqlite_file

    path = sqlite_file(url)
    if path is not None and not path.exists():  # look, never create: a typo stays a typo
        return None
    from destination_norberg.store.database import make_engine
    from destination_norberg.store.info import database_info

    engine = make_engine(url)  # info looks without changing anything, even an old schema
    try:
        return database_info(engine)
    finally:
        engine.dispose()
