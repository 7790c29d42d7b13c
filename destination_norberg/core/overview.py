"""The coordinator overview: what needs attention now, computed from plain snapshots.

The store hands over rows as the dataclasses below; `build_overview` decides what is due,
what is next and what is stale, so the rules are tested without Qt or a database. The snow
guarantee is not judged here: the overview takes the one judgement (app.snow.judge, each
target with its projection) and only picks the targets still worth showing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from destination_norberg.core import snow, trails
from destination_norberg.core.capacity import CapacityPlan
from destination_norberg.core.snow_plan import Projection
from destination_norberg.core.timeutil import to_local
from destination_norberg.core.vocab import EventKind, EventStatus, TrailKind

HORIZON_DAYS = 14
FOLLOW_UP_HORIZON_DAYS = 7
MILESTONE_HORIZON_DAYS = 365


@dataclass(frozen=True, slots=True)
class EventItem:
    event_id: int
    name_sv: str
    name_en: str
    kind: str
    status: str
    starts_at: datetime
    ends_at: datetime | None
    place: str | None
    parent: str | None

    def overlaps(self, start: datetime, end: datetime) -> bool:
        finish = self.ends_at or self.starts_at
        return self.starts_at < end and finish >= start


@dataclass(frozen=True, slots=True)
class TaskItem:
    task_id: int
    title: str
    event_name: str
    event_start: datetime | None
    due_on: date | None
    due_offset_days: int | None
    done: bool
    responsible: str | None

    def due(self) -> date | None:
        """A fixed date, or days relative to the local start day of its event."""
        if self.due_on is not None:
            return self.due_on
        if self.due_offset_days is not None and self.event_start is not None:
            return to_local(self.event_start).date() + timedelta(days=self.due_offset_days)
        return None


@dataclass(frozen=True, slots=True)
class FollowUp:
    interaction_id: int
    organisation_id: int
    organisation: str
    due: date
    kind: str
    note: str


@dataclass(frozen=True, slots=True)
class StrakPeriod:
    strak_id: int
    name: str
    starts: date
    ends: date


@dataclass(frozen=True, slots=True)
class Milestone:
    kind: str  # "race", "event", "strak", "guarantee"
    name: str
    day: date
    days_left: int
    ongoing: bool = False
    name_en: str = ""  # events have an English name; stråk and targets are named once


@dataclass(frozen=True, slots=True)
class OverviewInputs:
    now: datetime
    milestone_events: list[EventItem]
    events: list[EventItem]
    tasks: list[TaskItem]
    follow_ups: list[FollowUp]
    strak: list[StrakPeriod]
    trail_states: list[trails.TrailState]
    targets: list[snow.SnowTarget]
    counts: dict[str, int] = field(default_factory=dict)
    stale_days: int = trails.DEFAULT_STALE_DAYS


@dataclass(frozen=True, slots=True)
class Overview:
    today: date
    now: datetime
    milestones: list[Milestone]
    judged: list[tuple[snow.GuaranteeStatus, Projection]]  # as app.snow.judge judged them
    mtb: trails.StatusSummary
    ski: trails.StatusSummary
    other: trails.StatusSummary  # hiking and snowshoe trails
    events: list[EventItem]
    tasks: list[tuple[TaskItem, date]]
    follow_ups: list[FollowUp]
    counts: dict[str, int]
    stale_days: int
    #: The window's first paint comes before the snow guarantee is judged (the projection
    #: reads every temperature of the chosen station); `with_judged` fills it right after.
    snow_pending: bool = False
    #: Coming events short of beds (app.capacity.coming_shortfalls: the capacity view's plan
    #: with the default assumptions), soonest first.
    shortfalls: tuple[CapacityPlan, ...] = ()

    def with_judged(self, judged: Sequence[tuple[snow.GuaranteeStatus, Projection]],
                    ) -> Overview:
        """This overview with the snow card judged (app.snow.judge, same database and now)."""
        return replace(self, judged=_current(judged, self.today), snow_pending=False)

    @property
    def guarantees(self) -> list[snow.GuaranteeStatus]:
        return [status for status, _projection in self.judged]

    @property
    def overdue_tasks(self) -> int:
        return sum(1 for _, due in self.tasks if due < self.today)

    @property
    def overdue_follow_ups(self) -> int:
        return sum(1 for f in self.follow_ups if f.due < self.today)


def milestones(inputs: OverviewInputs, today: date) -> list[Milestone]:
    """Days to the milestone events of the coming year (Engelbrektsloppet …), the next (or
    current) stråk and each snow-guarantee deadline ahead."""
    found: list[Milestone] = []
    for event in sorted(inputs.milestone_events, key=lambda e: e.starts_at):
        day = to_local(event.starts_at).date()
        days_left = (day - today).days
        if event.status == EventStatus.CANCELLED or not 0 <= days_left <= MILESTONE_HORIZON_DAYS:
            continue
        kind = "race" if event.kind == EventKind.RACE else "event"
        found.append(Milestone(kind, event.name_sv, day, days_left, name_en=event.name_en))
    for period in sorted(inputs.strak, key=lambda p: p.starts):
        if period.ends < today:
            continue
        ongoing = period.starts <= today
        found.append(Milestone("strak", period.name, period.starts,
                               (period.starts - today).days, ongoing=ongoing))
    for target in inputs.targets:
        if target.deadline >= today:
            found.append(Milestone("guarantee", target.name, target.deadline,
                                   (target.deadline - today).days))
    return sorted(found, key=lambda m: (m.day, m.kind))


def _current(judged: Sequence[tuple[snow.GuaranteeStatus, Projection]], today: date,
             ) -> list[tuple[snow.GuaranteeStatus, Projection]]:
    return [(status, projection) for status, projection in judged
            if snow.is_current(status.target, today)]


def build_overview(inputs: OverviewInputs,
                   judged: Sequence[tuple[snow.GuaranteeStatus, Projection]] | None,
                   ) -> Overview:
    """`judged`: every target with its projection, as app.snow.judge judged it for the same
    database and instant; the overview shows those still current (core.snow.is_current).
    None: not judged yet (`snow_pending`; the window's first paint)."""
    now = inputs.now
    today = to_local(now).date()
    horizon_end = now + timedelta(days=HORIZON_DAYS)
    events = sorted((e for e in inputs.events if e.overlaps(now, horizon_end)),
                    key=lambda e: (e.starts_at, e.name_sv))
    last_task_day = today + timedelta(days=HORIZON_DAYS)
    tasks = sorted(((t, d) for t in inputs.tasks if not t.done
                    and (d := t.due()) is not None and d <= last_task_day),
                   key=lambda pair: (pair[1], pair[0].title))
    follow_limit = today + timedelta(days=FOLLOW_UP_HORIZON_DAYS)
    follow_ups = sorted((f for f in inputs.follow_ups if f.due <= follow_limit),
                        key=lambda f: (f.due, f.organisation))
    mtb_states = [s for s in inputs.trail_states if s.kind is TrailKind.MTB]
    ski_states = [s for s in inputs.trail_states if s.kind.is_ski]
    other_states = [s for s in inputs.trail_states
                    if s.kind is not TrailKind.MTB and not s.kind.is_ski]
    return Overview(
        today=today,
        now=now,
        milestones=milestones(inputs, today),
        judged=_current(judged or [], today),
        mtb=trails.summarise(mtb_states, now, inputs.stale_days),
        ski=trails.summarise(ski_states, now, inputs.stale_days),
        other=trails.summarise(other_states, now, inputs.stale_days),
        events=events,
        tasks=tasks,
        follow_ups=follow_ups,
        counts=dict(inputs.counts),
        stale_days=inputs.stale_days,
        snow_pending=judged is None,
    )
