"""Next year in one step: the winter week, the season it goes into and last year's stråk.

`plan_next_year` copies a week and its programme by the Engelbrektsloppet rule
(core.next_year), into the next season (found by its shifted name, or created with its
period a year later), and offers the source season's stråk along, their period moved to the
same weekdays a year later with stops, hours and offers. `plan_strak_copy` does the stråk
alone, `plan_new_strak` starts an empty one. Each returns a plan with a store `Bundle`:
`write` saves it in one unit, `remove` undoes that in one unit (the window's one undo step,
the command line's `plan next-year` and `strak copy`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import Any

from destination_norberg.app.errors import AppError
from destination_norberg.app.seasons import (
    SeasonInfo,
    next_name,
    next_season_values,
    shift_date,
    shift_name,
    whole_weeks,
)
from destination_norberg.core.dates import engelbrektsloppet_day
from destination_norberg.core.events import EventRecord, StrakRecord, TaskRecord
from destination_norberg.core.next_year import CopyPlan, copy_tasks, plan_copy, shift_local
from destination_norberg.core.timeutil import to_local, to_utc
from destination_norberg.core.vocab import EventKind, EventStatus
from destination_norberg.store.planning_copy import Bundle, Saved

__all__ = ["Bundle", "NewStrakPlan", "Saved", "StrakPlan", "YearPlan", "copy_strak_at",
           "next_year_at", "plan_new_strak", "plan_next_year", "plan_strak_copy", "remove",
           "shift_strak", "write"]

#: Why a stråk is not copied along.
STRAK_EXISTS = "exists"


@dataclass(frozen=True)
class Target:
    """The season the copies go into: there already (`created` False) or made in the unit."""

    name: str
    uid: str
    created: bool
    starts_on: date
    ends_on: date
    values: dict[str, Any] | None = None  # the new season's, when created


@dataclass(frozen=True)
class YearPlan:
    weeks: tuple[CopyPlan, ...]
    target: Target
    strak: tuple[tuple[StrakRecord, StrakRecord], ...]  # (last year's, the copy)
    strak_left_out: tuple[tuple[StrakRecord, str], ...]
    bundle: Bundle

    @property
    def event_count(self) -> int:
        """The events of the weeks copied (the stråk's own calendar events not counted)."""
        return sum(len(w.copies) for w in self.weeks)


@dataclass(frozen=True)
class StrakPlan:
    source: StrakRecord
    copy: StrakRecord
    target: Target
    bundle: Bundle


@dataclass(frozen=True)
class NewStrakPlan:
    strak: StrakRecord
    bundle: Bundle


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def _target(seasons: Sequence[SeasonInfo], source: SeasonInfo | None, into: str | None,
            years: int, kind: str, around: date) -> Target:
    """The season called `into` (or the source's next by name), made when missing."""
    values = next_season_values(source, into, years, kind, around)
    found = next((s for s in seasons if _key(s.name) == _key(values["name"])), None)
    if found is not None:
        return Target(found.name, found.uid, False, found.starts_on, found.ends_on)
    return Target(values["name"], values["uid"], True, values["starts_on"], values["ends_on"],
                  values)


def shift_strak(strak: StrakRecord, years: int, name: str | None = None) -> StrakRecord:
    """The stråk `years` later on the same weekdays: stops, hours, offers, weekdays and route
    kept; new uid, unsaved, planned into no season yet (the bundle sets it)."""
    days = whole_weeks((shift_date(strak.period_start, years) - strak.period_start).days)
    return replace(strak, id=None, uid=uuid.uuid4().hex, version=0, season_id=None,
                   event_id=None, name=name or next_name(strak.name, strak.period_end, years),
                   period_start=strak.period_start + _days(days),
                   period_end=strak.period_end + _days(days),
                   stops=tuple(replace(s) for s in strak.stops))


def _days(n: int) -> Any:
    from datetime import timedelta

    return timedelta(days=n)


def _strak_event(event: EventRecord, copy: StrakRecord, old_name: str, days: int
                 ) -> EventRecord:
    name_sv = copy.name if event.name_sv == old_name else shift_name(event.name_sv)
    name_en = copy.name if event.name_en == old_name else shift_name(event.name_en)
    return replace(event, id=None, uid=uuid.uuid4().hex, version=0, parent_id=None,
                   season_id=None, status=EventStatus.PLANNED.value, source_uid=None,
                   milestone=False, name_sv=name_sv, name_en=name_en,
                   starts_at=shift_local(event.starts_at, days),
                   ends_at=None if event.ends_at is None else shift_local(event.ends_at, days))


def _add_strak(sources: Sequence[StrakRecord], events: Sequence[EventRecord],
               existing_strak: Sequence[StrakRecord], years: int,
               records: list[EventRecord], index_of_source: dict[int, int],
               ) -> tuple[list[tuple[StrakRecord, StrakRecord]], list[tuple[StrakRecord, str]],
                          dict[int, int]]:
    """Copies of `sources` (and of each one's calendar event) appended to the bundle's."""
    taken = {_key(s.name) for s in existing_strak}
    by_id = {e.id: e for e in events}
    done: list[tuple[StrakRecord, StrakRecord]] = []
    left: list[tuple[StrakRecord, str]] = []
    strak_event: dict[int, int] = {}
    for source in sources:
        copy = shift_strak(source, years)
        if _key(copy.name) in taken:
            left.append((source, STRAK_EXISTS))
            continue
        taken.add(_key(copy.name))
        j = len(done)
        if source.event_id in index_of_source:
            strak_event[j] = index_of_source[source.event_id]
        elif source.event_id in by_id:
            days = (copy.period_start - source.period_start).days
            strak_event[j] = len(records)
            records.append(_strak_event(by_id[source.event_id], copy, source.name, days))
        done.append((source, copy))
    return done, left, strak_event


def plan_next_year(events: Sequence[EventRecord], tasks: Sequence[TaskRecord],
                   strak: Sequence[StrakRecord], seasons: Sequence[SeasonInfo],
                   week_ids: Sequence[int], *, to_year: int | None = None,
                   into: str | None = None, with_tasks: bool = True,
                   with_strak: bool = True) -> YearPlan:
    """The weeks `week_ids` and their programmes a year on (or to `to_year`), into the
    season `into` (default: the source season's name a year on), made when missing; with
    each copy's checklist and the source season's stråk when asked. ValueError for a week
    that cannot go there (core.next_year)."""
    if not week_ids:
        raise AppError("there is no winter week to copy")
    by_id = {e.id: e for e in events}
    first = by_id.get(week_ids[0])
    if first is None:
        raise AppError(f"there is no event {week_ids[0]}")
    from_year = to_local(first.starts_at).year
    source = next((s for s in seasons if s.id == first.season_id), None)
    wanted = next((s for s in seasons if into is not None and _key(s.name) == _key(into)),
                  None)
    if to_year is None and wanted is not None:
        to_year = from_year + max(wanted.ends_on.year - (source.ends_on.year if source
                                                         else from_year), 1)
    to_year = to_year or from_year + 1
    years = to_year - from_year
    target = _target(seasons, source, into, years, source.kind if source else "vinter",
                     engelbrektsloppet_day(to_year))
    records: list[EventRecord] = []
    parents: dict[int, int] = {}
    task_map: dict[int, tuple[TaskRecord, ...]] = {}
    index_of_source: dict[int, int] = {}
    plans = []
    for week_id in week_ids:
        plan = plan_copy(events, week_id, to_year, None, events)
        plans.append(plan)
        offset = len(records)
        for i, c in enumerate(plan.copies):
            if c.parent_index is not None:
                parents[offset + i] = offset + c.parent_index
            if c.source.id is not None:
                index_of_source[c.source.id] = offset + i
                if with_tasks:
                    mine = [t for t in tasks if t.event_id == c.source.id]
                    task_map[offset + i] = tuple(copy_tasks(mine, c.source.starts_at,
                                                            c.new.starts_at, 0))
            records.append(c.new)
    done: list[tuple[StrakRecord, StrakRecord]] = []
    left: list[tuple[StrakRecord, str]] = []
    strak_event: dict[int, int] = {}
    if with_strak and source is not None:
        theirs = [s for s in strak if s.season_id == source.id]
        done, left, strak_event = _add_strak(theirs, events, strak, years, records,
                                             index_of_source)
    bundle = Bundle(season=target.values, season_uid=target.uid, events=tuple(records),
                    parent_index=parents, tasks=task_map,
                    strak=tuple(c for _s, c in done), strak_event=strak_event)
    return YearPlan(tuple(plans), target, tuple(done), tuple(left), bundle)


def plan_strak_copy(source: StrakRecord, events: Sequence[EventRecord],
                    strak: Sequence[StrakRecord], seasons: Sequence[SeasonInfo],
                    into: str | None = None) -> StrakPlan:
    """`source` into the season `into` (default: its own season's next, made when missing),
    on the same weekdays as many years on as the seasons lie apart (at least one)."""
    own = next((s for s in seasons if s.id == source.season_id), None)
    wanted = next((s for s in seasons if into is not None and _key(s.name) == _key(into)),
                  None)
    if wanted is not None:
        years = max(wanted.ends_on.year - (own.ends_on.year if own else
                                            source.period_end.year), 1)
    else:
        years = 1
    target = _target(seasons, own, into, years,
                     own.kind if own else ("vinter" if source.period_start.month in
                                           (10, 11, 12, 1, 2, 3, 4) else "sommar"),
                     shift_date(source.period_start, 1))
    records: list[EventRecord] = []
    done, left, strak_event = _add_strak([source], events, strak, years, records, {})
    if left:
        raise AppError(f'there is already a stråk called "{shift_strak(source, years).name}"')
    bundle = Bundle(season=target.values, season_uid=target.uid, events=tuple(records),
                    strak=(done[0][1],), strak_event=strak_event)
    return StrakPlan(source, done[0][1], target, bundle)


def plan_new_strak(name: str, season: SeasonInfo, strak: Sequence[StrakRecord],
                   weekdays: tuple[int, ...] = (5, 6), opens: time | None = time(16, 0),
                   closes: time | None = time(20, 0)) -> NewStrakPlan:
    """An empty stråk over the season's period (stops are added in the stråk page), with
    its calendar event so that it shows in the calendar and the timeline."""
    clean = " ".join(name.split())
    if not clean:
        raise AppError("a stråk needs a name")
    if any(_key(s.name) == _key(clean) for s in strak):
        raise AppError(f'there is already a stråk called "{clean}"')
    record = StrakRecord(id=None, uid=uuid.uuid4().hex, name=clean,
                         period_start=season.starts_on, period_end=season.ends_on,
                         weekdays=weekdays, opens=opens, closes=closes)
    start = to_utc(datetime.combine(season.starts_on, opens or time(0, 0)))
    end = to_utc(datetime.combine(season.ends_on, closes or time(23, 59)))
    event = EventRecord(id=None, uid=uuid.uuid4().hex, name_sv=clean, name_en=clean,
                        kind=EventKind.STRAK.value, status=EventStatus.PLANNED.value,
                        starts_at=start, ends_at=end, outdoor=True)
    bundle = Bundle(season_uid=season.uid, events=(event,), strak=(record,),
                    strak_event={0: 0})
    return NewStrakPlan(record, bundle)


def write(engine: Any, bundle: Bundle) -> Saved:
    """The bundle in one unit: all or nothing."""
    from destination_norberg.store.planning_copy import write_bundle

    return write_bundle(engine, bundle)


def remove(engine: Any, bundle: Bundle, saved: Saved) -> None:
    """Undo `write` in one unit (ConflictError when someone changed a row meanwhile)."""
    from destination_norberg.store.planning_copy import remove_bundle

    remove_bundle(engine, bundle, saved)


# --- the command line's: read, plan and write in one go -----------------------------------

def _read(engine: Any) -> tuple[list[EventRecord], list[TaskRecord], list[StrakRecord],
                               list[SeasonInfo]]:
    from destination_norberg.app.seasons import season_list_from
    from destination_norberg.store import planning_read as read
    from destination_norberg.store.rows import EngineRows

    rows = EngineRows(engine)
    return read.events(rows), read.tasks(rows), read.strak(rows), season_list_from(rows)


def next_year_at(url: str, from_season: str, into: str, with_tasks: bool = True
                 ) -> tuple[YearPlan, Saved]:
    """`plan next-year`: every winter week of `from_season` (and its stråk) into `into`."""
    from destination_norberg.app.seasons import named
    from destination_norberg.store.opening import open_database

    engine = open_database(url)
    try:
        events, tasks, strak, seasons = _read(engine)
        source = named(seasons, from_season)
        weeks = [e.id for e in events if e.season_id == source.id and e.parent_id is None
                 and e.kind == EventKind.WEEK.value and e.id is not None]
        if not weeks:
            raise AppError(f'the season "{source.name}" holds no winter week to copy')
        try:
            plan = plan_next_year(events, tasks, strak, seasons, weeks, into=into,
                                  with_tasks=with_tasks)
        except ValueError as exc:
            raise AppError(str(exc)) from exc
        clashes = sorted({c.existing.name_sv for w in plan.weeks for c in w.conflicts})
        if clashes:
            raise AppError(f"{plan.target.name} already holds {', '.join(clashes[:3])}: "
                           "nothing was copied")
        return plan, write(engine, plan.bundle)
    finally:
        engine.dispose()


def copy_strak_at(url: str, name: str, into: str) -> tuple[StrakPlan, Saved]:
    """`strak copy`: the stråk `name` into the season `into` (made when missing)."""
    from destination_norberg.app.calendar import strak_named
    from destination_norberg.store.opening import open_database

    engine = open_database(url)
    try:
        events, _tasks, strak, seasons = _read(engine)
        plan = plan_strak_copy(strak_named(strak, name), events, strak, seasons, into)
        return plan, write(engine, plan.bundle)
    finally:
        engine.dispose()
