"""The window's first read: the overview, opening (migrating, seeding) the database first
where that is needed."""

from __future__ import annotations

from datetime import datetime
from typing import Any


def read_overview(url: str, engine: Any, now: datetime, stale_days: int,
                  seed_demo: bool) -> tuple[Any, Any, bool]:
    """Worker: (the engine opened here or None, the overview, whether the demo was seeded).

    A current SQLite file is read with the standard library alone (store.rows), so the
    overview paints without waiting for SQLAlchemy; anything else goes through
    open_database, which migrates, refuses a newer schema and explains what is wrong.

    The overview is judged by the destination's stale-report threshold (app.settings);
    `stale_days` is this workstation's former own threshold (QSettings), stored once for a
    database that has none yet when it is not the default (carry_over_stale_days).
    """
    from destination_norberg.app.settings import carry_over_stale_days
    from destination_norberg.app.settings import stale_days as stored_stale_days
    from destination_norberg.core.trails import DEFAULT_STALE_DAYS
    from destination_norberg.store.overview_repo import load_overview

    carry = stale_days != DEFAULT_STALE_DAYS
    if engine is None and not carry:
        from destination_norberg.store.rows import open_current_sqlite

        fast = open_current_sqlite(url)
        if fast is not None:
            try:
                return None, load_overview(fast, now, stored_stale_days(fast)), False
            finally:
                fast.close()
    seeded = False
    own = engine is None
    if own:
        from destination_norberg.store.opening import open_database, seed_demo_if_empty

        engine = open_database(url)
    try:
        if own and seed_demo:
            seeded = seed_demo_if_empty(engine)
        if carry:
            carry_over_stale_days(engine, stale_days)
        return engine, load_overview(engine, now, stored_stale_days(engine)), seeded
    except BaseException:
        if own:
            engine.dispose()
        raise
