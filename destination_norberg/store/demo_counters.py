"""The demo's trail counter (data/trail_counters.json, issue 20): one counter on one trail
with a few weeks of FICTIONAL hourly counts (core.trail_counts.demo_counts), its days moved
with what had already happened (store.demo_anchor, core.demo_dates.DemoDates.past_day)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from destination_norberg.core.demo_dates import DemoDates
from destination_norberg.core.trail_counts import demo_counts
from destination_norberg.store.models_counters import TrailCount, TrailCounter


def anchored(data: Any, dates: DemoDates) -> Any:
    """The counters' days as far from today as they were from the authored day."""
    if not data:
        return data
    moved = [c | {"first": (date.fromisoformat(c["first"]) + timedelta(days=dates.days))
                  .isoformat(),
                  "last": (date.fromisoformat(c["last"]) + timedelta(days=dates.days))
                  .isoformat()} for c in data["counters"]]
    return data | {"counters": moved}


def write_counters(session: Session, data: Any, ref: Callable[[str, Any], Any]) -> None:
    if not data:
        return
    for c in data["counters"]:
        trail = ref("trail", c.get("trail"))
        counter_id = session.execute(insert(TrailCounter.__table__).values(
            code=c["code"], name=c.get("name") or "",
            trail_id=trail.id if trail is not None else None
        ).returning(TrailCounter.__table__.c.id)).scalar_one()
        rows = demo_counts(c["code"], date.fromisoformat(c["first"]),
                           date.fromisoformat(c["last"]), int(c["weekday"]), int(c["weekend"]))
        session.execute(insert(TrailCount.__table__), [
            {"counter_id": counter_id, "at": r.at, "direction": r.direction, "count": r.count}
            for r in rows])
