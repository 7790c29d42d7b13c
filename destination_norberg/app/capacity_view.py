"""The capacity view's one read: the events to plan, the chosen event's plan (app.capacity,
the same plan the overview warns from and `capacity` prints) and where its participants
come from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from destination_norberg.core.capacity import Assumptions, CapacityPlan

#: Events that started up to this long ago stay in the list (a week being run).
PAST_DAYS = 30


@dataclass(frozen=True)
class PlannableEvent:
    event_id: int
    name_sv: str
    name_en: str
    starts_at: datetime
    participants: int


@dataclass(frozen=True)
class CapacityView:
    events: list[PlannableEvent]
    plan: CapacityPlan | None
    origins: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    #: (organisation id, name, season id or None, figures) of every accommodation business
    businesses: list[tuple[int, str, dict[str, int] | None]] = field(default_factory=list)
    season_id: int | None = None  # the event's season: a business's figures for it win


_EVENTS = """
SELECT e.id, e.name_sv, e.name_en, e.starts_at,
       (SELECT COALESCE(SUM(c.count), 0) FROM participant_count c
        WHERE c.event_id = e.id AND c.dimension = 'total')
FROM event e
WHERE e.starts_at >= :since AND e.status <> 'inställd'
  AND (e.parent_id IS NULL OR e.id IN (SELECT event_id FROM participant_count))
ORDER BY e.starts_at, e.id
"""


def plannable_events(rows: Any, now: datetime) -> list[PlannableEvent]:
    from destination_norberg.store.rows import as_utc

    return [PlannableEvent(int(r[0]), r[1], r[2] or "", as_utc(r[3]), int(r[4]))  # type: ignore[arg-type]
            for r in rows.rows(_EVENTS, since=now - timedelta(days=PAST_DAYS))]


def businesses(rows: Any, season_id: int | None) -> list[tuple[int, str, dict[str, int] | None]]:
    """Every accommodation business (category 'boende'), with its capacity for the season
    (else all year) or None."""
    from destination_norberg.store.capacity_store import ACCOMMODATION, capacity_rows

    found = rows.rows("SELECT id, name FROM organisation WHERE category = :c ORDER BY name, id",
                      c=ACCOMMODATION)
    figures: dict[int, dict[str, int]] = {}
    for org_id, season, values in capacity_rows(rows):
        seasonal = season is not None and season == season_id
        if seasonal or (season is None and org_id not in figures):
            figures[org_id] = values
    return [(int(r[0]), r[1], figures.get(int(r[0]))) for r in found]


def read_capacity_view(url: str, now: datetime, event_id: int | None,
                       assumptions: Assumptions) -> CapacityView:
    """Worker: the view for `event_id` (None: the first coming event with participants)."""
    from destination_norberg.store.reading import read_with

    def read(rows: Any) -> CapacityView:
        from destination_norberg.app.capacity import event_plan, origins
        from destination_norberg.store.capacity_store import event_head

        events = plannable_events(rows, now)
        chosen = event_id if any(e.event_id == event_id for e in events) else None
        if chosen is None and event_id is not None:  # asked for by name: any event will do
            asked = event_head(rows, event_id)
            if asked is not None:
                events.append(PlannableEvent(asked.event_id, asked.name_sv, asked.name_en,
                                             asked.starts_at, 0))
                chosen = event_id
        if chosen is None:
            with_people = [e for e in events if e.participants and e.starts_at >= now]
            pool = with_people or events
            if not pool:
                return CapacityView(events, None)
            chosen = pool[0].event_id
        head = event_head(rows, chosen)
        return CapacityView(events, event_plan(rows, chosen, assumptions),
                            origins(rows, chosen),
                            businesses(rows, head.season_id if head else None),
                            head.season_id if head else None)

    result: CapacityView = read_with(url, read)
    return result
