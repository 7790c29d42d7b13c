"""The destination's reporting policy, shared by every coordinator and the command line.

How old a trail report may be before it counts as stale is the destination's choice, not one
workstation's: it is stored in the database (store.settings_repo), so the window, the status
page, the bulletin and every command judge alike. A database that never set it uses
core.trails.DEFAULT_STALE_DAYS; a stored value out of range (edited by hand) reads as that
default too, as the window's own options do.
"""

from __future__ import annotations

from typing import Any

from destination_norberg.core.trails import DEFAULT_STALE_DAYS, STALE_DAYS_RANGE

STALE_DAYS_NAME = "trails.stale_report_days"


def _valid(days: int) -> bool:
    low, high = STALE_DAYS_RANGE
    return low <= days <= high


def _parse(value: str | None) -> int:
    if value is None:
        return DEFAULT_STALE_DAYS
    try:
        days = int(value)
    except ValueError:
        return DEFAULT_STALE_DAYS
    return days if _valid(days) else DEFAULT_STALE_DAYS


def stale_days(where: Any) -> int:
    """The stale-report threshold in days: `where` is a database URL, a RowSource
    (store.rows, the sqlite3 fast path included) or a SQLAlchemy Engine."""
    from destination_norberg.store.reading import read_with
    from destination_norberg.store.rows import EngineRows
    from destination_norberg.store.settings_repo import read_setting

    if isinstance(where, str):
        return int(read_with(where, stale_days))
    source = where if hasattr(where, "rows") else EngineRows(where)
    return _parse(read_setting(source, STALE_DAYS_NAME))


def resolve_stale_days(where: Any, override: int | None) -> int:
    """`override` when given (a command's --stale-days), else the stored setting."""
    return stale_days(where) if override is None else override


def _engine_of(where: Any) -> tuple[Any, bool]:
    if not isinstance(where, str):
        return where, False
    from destination_norberg.store.opening import open_database

    return open_database(where), True


def set_stale_days(where: Any, days: int) -> None:
    """Store the threshold for the whole destination; `where` is a URL or an Engine.
    Raises ValueError outside STALE_DAYS_RANGE."""
    if isinstance(days, bool) or not isinstance(days, int) or not _valid(days):
        low, high = STALE_DAYS_RANGE
        raise ValueError(f"the stale-report threshold must be {low} to {high} days, "
                         f"not {days!r}")
    from destination_norberg.store.settings_repo import write_setting

    engine, owned = _engine_of(where)
    try:
        write_setting(engine, STALE_DAYS_NAME, str(days))
    finally:
        if owned:
            engine.dispose()


def carry_over_stale_days(where: Any, days: int) -> bool:
    """Store a workstation's former own threshold once, for a database that has none yet
    (the window kept it in QSettings before it became the destination's). A value another
    coordinator stored first is kept. Whether `days` was stored."""
    if days == DEFAULT_STALE_DAYS or not _valid(days):
        return False
    from destination_norberg.store.settings_repo import write_setting

    engine, owned = _engine_of(where)
    try:
        return write_setting(engine, STALE_DAYS_NAME, str(days), only_if_unset=True)
    finally:
        if owned:
            engine.dispose()
