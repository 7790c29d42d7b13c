"""Planning warnings: what a coordinator should look at before the season runs into it.

Each rule works on plain snapshots and returns `PlanWarning`s: a stable code plus arguments,
so the GUI words them in the chosen language and the CLI and logs use the English `text`.

Venue rules (decided here, tested in tests/core/test_planning.py):

- Weeks and stråk are containers, not bookings: the winter week "at Torget" spans seven days
  and the stråk months, while what really uses the square is their programme points.
- A parent and its own descendants never clash (a festival and its concert share the stage).
  Events of one programme (siblings, cousins) are also left alone unless `same_programme=True`:
  the 60 km, the 30 km and the prize-giving share Torget's start and finish by design.
- An event without a usable end counts as one hour. An all-day event books its venue for whole
  local days, so it does clash with timed events on those days.
- Times are half-open: 10–12 and 12–14 at the same place do not clash.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta

from destination_norberg.core.events import EventRecord, StrakRecord, TaskRecord

# PlanWarning and WarningCode stay importable from here (the GUI and tests do).
from destination_norberg.core.plan_warning import PlanWarning as PlanWarning
from destination_norberg.core.plan_warning import WarningCode as WarningCode
from destination_norberg.core.snow import GuaranteeStatus
from destination_norberg.core.strak import stop_warnings
from destination_norberg.core.timeutil import local_day_start, to_local
from destination_norberg.core.vocab import EventKind, EventStatus, GuaranteeLevel

#: How long an event without an end is taken to last.
DEFAULT_LENGTH = timedelta(hours=1)
#: Kinds that mark a period rather than occupy a venue.
CONTAINER_KINDS = frozenset({EventKind.WEEK.value, EventKind.STRAK.value})


def _stamp(value: datetime) -> str:
    return to_local(value).strftime("%Y-%m-%d %H:%M")


def _ids(*events: EventRecord) -> tuple[int, ...]:
    return tuple(e.id for e in events if e.id is not None)


def occupied(event: EventRecord) -> tuple[datetime, datetime]:
    """The UTC span an event holds its venue: timed, one hour without an end, or whole days."""
    if event.all_day:
        first = to_local(event.starts_at).date()
        last = first
        if event.ends_at is not None:
            end_local = to_local(event.ends_at)
            last = max(first, end_local.date())
            if last > first and end_local.time() == datetime.min.time():
                last -= timedelta(days=1)  # an exclusive end at midnight (iCalendar style)
        return local_day_start(first), local_day_start(last + timedelta(days=1))
    if event.ends_at is None or event.ends_at <= event.starts_at:
        return event.starts_at, event.starts_at + DEFAULT_LENGTH
    return event.starts_at, event.ends_at


def _ancestors(event: EventRecord, parents: Mapping[int, int | None]) -> list[int]:
    """Parent, grandparent …; stops at a loop instead of hanging on bad data."""
    found: list[int] = []
    current = event.parent_id
    while current is not None and current not in found and current != event.id:
        found.append(current)
        current = parents.get(current)
    return found


def _exempt(a: EventRecord, b: EventRecord, parents: Mapping[int, int | None],
            same_programme: bool) -> bool:
    up_a, up_b = _ancestors(a, parents), _ancestors(b, parents)
    if (b.id is not None and b.id in up_a) or (a.id is not None and a.id in up_b):
        return True
    if same_programme:
        return False
    root_a = up_a[-1] if up_a else a.id
    root_b = up_b[-1] if up_b else b.id
    return root_a is not None and root_a == root_b


def venue_conflicts(events: Sequence[EventRecord], *, same_programme: bool = False,
                    since: date | None = None) -> list[PlanWarning]:
    """Pairs of non-cancelled bookings at one place whose times overlap (rules: module doc).

    Sorted by place and start, then swept with the list of bookings still running, so the
    cost is n log n plus the overlaps found. `since` drops bookings over before that day.
    """
    parents = {e.id: e.parent_id for e in events if e.id is not None}
    horizon = local_day_start(since) if since is not None else None
    bookings: list[tuple[int, datetime, datetime, EventRecord]] = []
    for e in events:
        if (e.place_id is None or e.status == EventStatus.CANCELLED
                or e.kind in CONTAINER_KINDS):
            continue
        start, end = occupied(e)
        if horizon is None or end > horizon:
            bookings.append((e.place_id, start, end, e))
    bookings.sort(key=lambda b: (b[0], b[1], b[2]))
    found: list[PlanWarning] = []
    place: int | None = None
    running: list[tuple[datetime, EventRecord]] = []
    for place_id, start, end, event in bookings:
        if place_id != place:
            place, running = place_id, []
        running = [r for r in running if r[0] > start]
        for other_end, other in running:
            if not _exempt(other, event, parents, same_programme):
                found.append(PlanWarning(
                    WarningCode.VENUE_OVERLAP, _ids(other, event),
                    {"first": other.name_sv, "second": event.name_sv,
                     "place": event.place_name or other.place_name or f"#{place_id}",
                     "starts": _stamp(start), "ends": _stamp(min(other_end, end))},
                    day=to_local(start).date()))
        running.append((end, event))
    return found


def outdoor_red_warnings(events: Sequence[EventRecord], guarantees: Sequence[GuaranteeStatus],
                         target_event_ids: Mapping[int, int], today: date) -> list[PlanWarning]:
    """Outdoor events still ahead that hang on a snow guarantee that has gone red.

    `target_event_ids` maps a snow target to the event it promises snow for; an event is
    linked directly or through any of its parents (a target on the week covers its races).
    """
    red = {g.target.target_id: g for g in guarantees if g.level == GuaranteeLevel.RED}
    linked: dict[int, list[GuaranteeStatus]] = {}
    for target_id, event_id in target_event_ids.items():
        if target_id in red:
            linked.setdefault(event_id, []).append(red[target_id])
    if not linked:
        return []
    parents = {e.id: e.parent_id for e in events if e.id is not None}
    found: list[PlanWarning] = []
    for e in events:
        if not e.outdoor or e.status == EventStatus.CANCELLED:
            continue
        if to_local(occupied(e)[1]).date() < today:
            continue
        chain = ([e.id] if e.id is not None else []) + _ancestors(e, parents)
        seen: set[int] = set()
        for status in (g for link in chain for g in linked.get(link, ())):
            if status.target.target_id in seen:
                continue
            seen.add(status.target.target_id)
            found.append(PlanWarning(
                WarningCode.OUTDOOR_RED, _ids(e),
                {"event": e.name_sv, "starts": _stamp(e.starts_at),
                 "target": status.target.name, "ready_km": f"{status.ready_km:.1f}",
                 "required_km": f"{status.target.required_km:g}",
                 "deadline": status.target.deadline.isoformat()},
                day=to_local(e.starts_at).date()))
    return found


def task_due(task: TaskRecord, event_start: datetime | None) -> date | None:
    """A fixed date, or days relative to the local start day of its event (as the overview)."""
    if task.due_on is not None:
        return task.due_on
    if task.due_offset_days is not None and event_start is not None:
        return to_local(event_start).date() + timedelta(days=task.due_offset_days)
    return None


def overdue_task_warnings(tasks: Sequence[TaskRecord], events: Sequence[EventRecord],
                          today: date) -> list[PlanWarning]:
    """Open tasks past their due day; a cancelled event's tasks no longer need doing."""
    by_id = {e.id: e for e in events if e.id is not None}
    found: list[PlanWarning] = []
    for task in tasks:
        event = by_id.get(task.event_id)
        if task.done or (event is not None and event.status == EventStatus.CANCELLED):
            continue
        due = task_due(task, event.starts_at if event is not None else None)
        if due is not None and due < today:
            found.append(PlanWarning(
                WarningCode.TASK_OVERDUE, (task.event_id,),
                {"task": task.title, "event": event.name_sv if event else f"#{task.event_id}",
                 "due": due.isoformat()},
                day=due, task_id=task.id))
    return found


def warnings_for(events: Sequence[EventRecord], strak_list: Sequence[StrakRecord],
                 guarantees: Sequence[GuaranteeStatus], target_event_ids: Mapping[int, int],
                 today: date, *, tasks: Sequence[TaskRecord] = ()) -> list[PlanWarning]:
    """Everything still worth acting on, by day: clashes and stråk problems that are over
    are history, not warnings; overdue tasks come first because their day has passed."""
    found = venue_conflicts(events, since=today)
    found += outdoor_red_warnings(events, guarantees, target_event_ids, today)
    found += overdue_task_warnings(tasks, events, today)
    for strak in strak_list:
        if strak.period_end >= today:
            found += stop_warnings(strak)
    return sorted(found, key=PlanWarning.sort_key)
