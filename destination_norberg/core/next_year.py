"""Copy last year's winter week to next year in one step, by the date rule.

The 60 km is always on the second Sunday of February, so the whole programme moves by the
days between that Sunday of the source year and of the target year. That is always a whole
number of weeks (364 or 371 days), so weekdays are kept. The shift is done on local dates and
clock times and only then converted to UTC: a race at 09:00 stays at 09:00 even when the two
years put the start of summer time on different sides of the event.

The plan is a preview: nothing is saved here. The saver works through `CopyPlan.copies` in
order (a parent always comes before its children) and links each child with
`CopyPlan.resolved(index, saved_ids)`, where `saved_ids[i]` is the id the store gave copy `i`.
A child's `new.parent_id` is None until then, never last year's id, so a saver that forgets to
resolve cannot hang the new race under the old week.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from destination_norberg.core.dates import engelbrektsloppet_day
from destination_norberg.core.events import EventRecord, TaskRecord
from destination_norberg.core.timeutil import to_local, to_utc
from destination_norberg.core.vocab import EventStatus

#: Why a source event is not in the plan (codes; the GUI words them).
SKIP_CANCELLED = "cancelled"
SKIP_PARENT_SKIPPED = "parent_skipped"


@dataclass(frozen=True, slots=True)
class CopiedEvent:
    """`parent_index` is the position in `CopyPlan.copies` of the new parent, if any."""

    source: EventRecord
    new: EventRecord
    parent_index: int | None = None


@dataclass(frozen=True, slots=True)
class SkippedEvent:
    source: EventRecord
    reason: str  # SKIP_CANCELLED or SKIP_PARENT_SKIPPED


@dataclass(frozen=True, slots=True)
class NameConflict:
    """Copy `index` has the name of an event already in the target year."""

    index: int
    existing: EventRecord


@dataclass(frozen=True, slots=True)
class CopyPlan:
    from_year: int
    to_year: int
    shift_days: int
    copies: tuple[CopiedEvent, ...]
    skipped: tuple[SkippedEvent, ...] = ()
    conflicts: tuple[NameConflict, ...] = ()

    def resolved(self, index: int, saved_ids: Sequence[int]) -> EventRecord:
        """Copy `index` ready to save: its parent id taken from the copies saved before it."""
        copy = self.copies[index]
        if copy.parent_index is None:
            return copy.new
        if copy.parent_index >= len(saved_ids):
            raise ValueError("save the copies in order: the parent comes first")
        return replace(copy.new, parent_id=saved_ids[copy.parent_index])


def shift_local(value: datetime, days: int) -> datetime:
    """The same local clock time `days` later, as a UTC instant (DST never moves 09:00)."""
    local = to_local(value).replace(tzinfo=None)
    return to_utc(local + timedelta(days=days))


_YEAR = re.compile(r"(?<!\d)(\d{4})(?:([/–-])(\d{2}))?(?!\d)")


def rename_year(name: str, from_year: int, to_year: int) -> str:
    """"Vintervecka 2027" → "Vintervecka 2028", "Vinterstråket 2026/27" → "2027/28".

    Only the source year and a season written around it change: "sedan 1969" stays.
    """
    delta = to_year - from_year

    def swap(match: re.Match[str]) -> str:
        year = int(match[1])
        if (match[3] is not None and int(match[3]) == (year + 1) % 100
                and year in (from_year - 1, from_year)):
            first = year + delta
            return f"{first}{match[2]}{(first + 1) % 100:02d}"
        if year == from_year:
            return f"{to_year}{match[0][4:]}"
        return match[0]

    return _YEAR.sub(swap, name)


def _programme(events: Sequence[EventRecord], parent_id: int) -> list[EventRecord]:
    """The root and all its descendants, each after its parent (breadth first)."""
    by_id = {e.id: e for e in events if e.id is not None}
    if parent_id not in by_id:
        raise ValueError(f"event {parent_id} is not among the events given")
    children: dict[int, list[EventRecord]] = {}
    for e in events:
        if e.parent_id is not None and e.id is not None:
            children.setdefault(e.parent_id, []).append(e)
    ordered = [by_id[parent_id]]
    queue, seen = [parent_id], {parent_id}
    for current in queue:  # grows while it is walked: breadth first
        for child in sorted(children.get(current, ()), key=lambda e: (e.starts_at, e.id or 0)):
            if child.id is not None and child.id not in seen:
                seen.add(child.id)
                queue.append(child.id)
                ordered.append(child)
    return ordered


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def plan_copy(events: Sequence[EventRecord], parent_id: int, to_year: int,
              season_id: int | None, existing: Sequence[EventRecord] = ()) -> CopyPlan:
    """The week `parent_id` and its programme, moved to `to_year` by the Engelbrektsloppet rule.

    The source year is the local year of the parent's start. The parent is always copied (the
    user chose it: a week cancelled for lack of snow is still next year's week); cancelled
    programme points are left out, and so is anything under them. Copies are planned
    ("planerad"), unsaved (id None, version 0) and get new uids. `existing` may be the whole
    event list: events in the target year with a copy's Swedish name come back as conflicts.
    """
    programme = _programme(events, parent_id)
    root = programme[0]
    from_year = to_local(root.starts_at).year
    if to_year == from_year:
        raise ValueError(f"the week is already in {to_year}")
    shift = (engelbrektsloppet_day(to_year) - engelbrektsloppet_day(from_year)).days

    copies: list[CopiedEvent] = []
    skipped: list[SkippedEvent] = []
    index_of: dict[int, int] = {}
    for source in programme:
        parent_index = (None if source is root or source.parent_id is None
                        else index_of.get(source.parent_id))
        if source is not root and parent_index is None:
            skipped.append(SkippedEvent(source, SKIP_PARENT_SKIPPED))
            continue
        if source is not root and source.status == EventStatus.CANCELLED:
            skipped.append(SkippedEvent(source, SKIP_CANCELLED))
            continue
        new = replace(
            source, id=None, uid=uuid.uuid4().hex, version=0,
            status=EventStatus.PLANNED.value, season_id=season_id, parent_id=None,
            name_sv=rename_year(source.name_sv, from_year, to_year),
            name_en=rename_year(source.name_en, from_year, to_year),
            starts_at=shift_local(source.starts_at, shift),
            ends_at=None if source.ends_at is None else shift_local(source.ends_at, shift))
        if source.id is not None:  # always: the programme is built from saved events
            index_of[source.id] = len(copies)
        copies.append(CopiedEvent(source, new, parent_index))

    source_uids = {e.uid for e in programme}
    conflicts = [
        NameConflict(i, old) for i, copy in enumerate(copies) for old in existing
        if old.uid not in source_uids
        and to_local(old.starts_at).year == to_local(copy.new.starts_at).year
        and _same_name(old.name_sv, copy.new.name_sv)]
    return CopyPlan(from_year, to_year, shift, tuple(copies), tuple(skipped), tuple(conflicts))


def copy_tasks(tasks: Sequence[TaskRecord], source_start: datetime, target_start: datetime,
               new_event_id: int) -> list[TaskRecord]:
    """An event's checklist for its copy: offsets stay, fixed dates move with the event's local
    start day, every task is open again, unsaved and with a new uid."""
    days = (to_local(target_start).date() - to_local(source_start).date()).days
    return [replace(task, id=None, uid=uuid.uuid4().hex, version=0, event_id=new_event_id,
                    done=False, due_on=_moved(task.due_on, days))
            for task in tasks]


def _moved(day: date | None, days: int) -> date | None:
    return None if day is None else day + timedelta(days=days)
