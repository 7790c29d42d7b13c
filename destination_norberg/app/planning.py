"""What the events area shows, read in one go, handed over frozen.

The page never holds a session: it renders a `PlanningSnapshot` and asks for a new one after
each edit, so the read lives here, where the command line could use it too.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from destination_norberg.core.events import (
    EventRecord,
    PlaceRecord,
    SeasonRecord,
    StrakRecord,
    TaskRecord,
)
from destination_norberg.core.planning import PlanWarning


@dataclass(frozen=True)
class PlanningSnapshot:
    seasons: list[SeasonRecord]
    places: list[PlaceRecord]
    organisations: list[tuple[int, str, str]]
    persons: list[tuple[int, str, str]]
    events: list[EventRecord]
    tasks: list[TaskRecord]
    strak: list[StrakRecord]
    target_events: dict[int, int]  # snow target id → its event (store.planning_read)
    guarantees: list[Any] = field(default_factory=list)  # core.snow.GuaranteeStatus
    org_locations: dict[int, tuple[float, float]] = field(default_factory=dict)
    now: datetime | None = None
    #: app.seasons.SeasonInfo of every season, archived ones too (uid, what each holds).
    season_list: list[Any] = field(default_factory=list)
    #: False: `organisations` and `persons` hold only those in use (the events, the stråk,
    #: the tasks); the pickers' whole lists come from `read_pickers` (see read_snapshot).
    pickers_complete: bool = True

    def with_pickers(self, organisations: list[tuple[int, str, str]],
                     persons: list[tuple[int, str, str]]) -> PlanningSnapshot:
        """This snapshot with the pickers' whole lists."""
        return replace(self, organisations=organisations, persons=persons,
                       pickers_complete=True)

    def open_seasons(self) -> list[SeasonRecord]:
        """The seasons a picker offers: archived ones are left out."""
        return [s for s in self.seasons if not s.archived]

    def archived_ids(self) -> set[int]:
        return {s.id for s in self.seasons if s.archived}

    def event(self, event_id: int | None) -> EventRecord | None:
        return next((e for e in self.events if e.id == event_id), None)

    def tasks_of(self, event_id: int) -> list[TaskRecord]:
        return [t for t in self.tasks if t.event_id == event_id]

    def warnings(self, today: date) -> list[PlanWarning]:
        """The events area's warnings as of `today`: clashes, stråk problems, overdue tasks,
        and outdoor events under a snow guarantee app.snow.judge judged red."""
        from destination_norberg.core.planning import warnings_for

        return warnings_for(self.events, self.strak, self.guarantees, self.target_events,
                            today, tasks=self.tasks)


def read_snapshot(source: Any, now: datetime, stale_days: int,
                  pickers: bool = True) -> PlanningSnapshot:
    """One read of the planning area, plus the guarantees its warnings need, judged by
    app.snow.judge (the projection included) as every other view judges them. Without
    `pickers`, only the organisations and people in use are read: at region scale every
    organisation and person was most of the read, and only the dialogs' pickers need them
    (`read_pickers`, after the area is shown)."""
    from destination_norberg.app.seasons import season_list_from
    from destination_norberg.app.snow import judge
    from destination_norberg.store import planning_read as read

    judgement = judge(source, now, stale_days)
    return PlanningSnapshot(
        seasons=read.seasons(source), places=read.places(source),
        organisations=read.organisations(source) if pickers else
        read.organisations_in_use(source),
        persons=read.persons(source) if pickers else read.persons_in_use(source),
        events=read.events(source), tasks=read.tasks(source), strak=read.strak(source),
        target_events=read.target_events(source),
        guarantees=[status for status, _projection in judgement.judged], now=now,
        org_locations=read.organisation_locations(source),
        season_list=season_list_from(source), pickers_complete=pickers)


def read_planning(url: str, now: datetime, stale_days: int,
                  pickers: bool = True) -> PlanningSnapshot:
    """Worker: open `url` (the sqlite3 fast path where it can), read, close."""
    from destination_norberg.store.reading import read_with

    return read_with(url, lambda source: read_snapshot(source, now, stale_days, pickers))


def read_pickers(url: str) -> tuple[list[tuple[int, str, str]], list[tuple[int, str, str]]]:
    """Worker: (every organisation, every person) for the events area's pickers."""
    from destination_norberg.store import planning_read as read
    from destination_norberg.store.reading import read_with

    return read_with(url, lambda source: (read.organisations(source), read.persons(source)))


def list_events(url: str, season_name: str | None = None) -> list[EventRecord]:
    """Every event (of the season `season_name`), in start order: the `events` command's
    list, read as the events area reads it."""
    from destination_norberg.app.calendar import season_named
    from destination_norberg.store import planning_read as read
    from destination_norberg.store.reading import read_with

    def select(source: Any) -> list[EventRecord]:
        season = season_named(read.seasons(source), season_name)
        return read.events(source, season.id if season else None)

    return read_with(url, select)
