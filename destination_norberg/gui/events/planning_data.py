"""Everything the events area shows, read in one go in a worker, handed over frozen.

The page never holds a session: it renders a `PlanningSnapshot` and asks for a new one after
each edit. Writes go through `PlanningStore`, which opens the SQLAlchemy engine lazily.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from destination_norberg.core.events import (
    EventRecord,
    PlaceRecord,
    SeasonRecord,
    StrakRecord,
    TaskRecord,
)


@dataclass(frozen=True)
class PlanningSnapshot:
    seasons: list[SeasonRecord]
    places: list[PlaceRecord]
    organisations: list[tuple[int, str, str]]
    persons: list[tuple[int, str, str]]
    events: list[EventRecord]
    tasks: list[TaskRecord]
    strak: list[StrakRecord]
    target_events: dict[int, int]
    guarantees: list[Any] = field(default_factory=list)  # core.snow.GuaranteeStatus
    org_locations: dict[int, tuple[float, float]] = field(default_factory=dict)
    now: datetime | None = None

    def event(self, event_id: int | None) -> EventRecord | None:
        return next((e for e in self.events if e.id == event_id), None)

    def tasks_of(self, event_id: int) -> list[TaskRecord]:
        return [t for t in self.tasks if t.event_id == event_id]


def read_snapshot(source: Any, now: datetime, stale_days: int) -> PlanningSnapshot:
    """Worker: one read of the planning area (plus the guarantees its warnings need)."""
    from destination_norberg.core import snow
    from destination_norberg.store import planning_read as read
    from destination_norberg.store.overview_repo import load_overview_inputs

    inputs = load_overview_inputs(source, now, stale_days)
    return PlanningSnapshot(
        seasons=read.seasons(source), places=read.places(source),
        organisations=read.organisations(source), persons=read.persons(source),
        events=read.events(source), tasks=read.tasks(source), strak=read.strak(source),
        target_events=read.target_events(source),
        guarantees=[snow.evaluate(t, now, stale_days) for t in inputs.targets], now=now,
        org_locations=read.organisation_locations(source))


class PlanningStore:
    """The window's database for the planning area: reads fast, writes through an engine."""

    def __init__(self, url: str, engine_getter: Callable[[], Any]) -> None:
        self.url = url
        self._engine_getter = engine_getter

    @property
    def engine(self) -> Any:
        return self._engine_getter()

    def snapshot_job(self, now: datetime, stale_days: int) -> Callable[[], PlanningSnapshot]:
        """A worker function; the engine is resolved here, on the UI thread, if already open."""
        url = self.url

        def job() -> PlanningSnapshot:
            from destination_norberg.store.rows import EngineRows, open_current_sqlite

            fast = open_current_sqlite(url)
            if fast is not None:
                try:
                    return read_snapshot(fast, now, stale_days)
                finally:
                    fast.close()
            from destination_norberg.store.opening import open_database

            engine = open_database(url)
            try:
                return read_snapshot(EngineRows(engine), now, stale_days)
            finally:
                engine.dispose()
        return job
