"""What the public status page shows, read in one go as plain values.

The page's writer (exchange.status_page) takes these values (core.status) and never touches
the database; this module is the small piece of glue that reads them through the store (SQL
stays in store/: the trail register, the trails' geometry, the snow guarantee as
app.snow.judge judges it for every view), so the command line and a window can publish the
same page.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from destination_norberg.core.status import GuaranteeLine, StatusData
from destination_norberg.core.trail_life import public_trails

__all__ = ["GuaranteeLine", "StatusData", "read_status"]


def read_status(source: Any, now: datetime, stale_days: int | None = None,
                with_guarantee: bool = True) -> StatusData:
    """The public trails as of `now` (open ones only), their geometry and the snow guarantee.

    `source` is a RowSource (store.rows) or a SQLAlchemy Engine; `stale_days` None is the
    destination's setting (app.settings).
    """
    from destination_norberg.app.settings import resolve_stale_days
    from destination_norberg.store.package_read import trail_geometries
    from destination_norberg.store.rows import EngineRows
    from destination_norberg.store.trails_store import register

    rows = source if hasattr(source, "rows") else EngineRows(source)
    stale_days = resolve_stale_days(rows, stale_days)
    # Only what the public may see: no planned, unbuilt or retired trail (core.trail_life).
    trails = public_trails(register(rows, now, stale_days))
    shown = {t.id for t in trails}
    geometries = {i: g for i, g in trail_geometries(rows).items() if i in shown}
    lines: list[GuaranteeLine] = []
    if with_guarantee:
        from destination_norberg.app.snow import judge, verdict

        for status, projection in judge(rows, now, stale_days).judged:
            level, reason, args = verdict(status, projection)
            lines.append(GuaranteeLine(
                name=status.target.name, deadline=status.target.deadline,
                required_km=status.target.required_km, ready_km=status.ready_km,
                level=level, days_left=status.days_left, reason=reason, reason_args=args,
                stale_loops=tuple(status.stale_loops)))
    return StatusData(now, stale_days, tuple(trails), geometries, tuple(lines))
