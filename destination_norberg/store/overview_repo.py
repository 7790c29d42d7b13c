"""Read what the coordinator overview needs, as core snapshots.

Written as portable SQL over a `RowSource` (store.rows), so the first overview paints from the
standard library's sqlite3 without waiting for SQLAlchemy to import; on PostgreSQL the same
SQL runs through SQLAlchemy. Table and column names are those of store.models; the tests run
these queries against the migrated schema, so a drift fails there.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from destination_norberg.core import overview as ov
from destination_norberg.core.snow import SnowTarget
from destination_norberg.core.timeutil import to_local
from destination_norberg.core.trails import DEFAULT_STALE_DAYS, TrailState
from destination_norberg.core.vocab import EventStatus, TrailKind, TrailStatus
from destination_norberg.store.rows import EngineRows, RowSource, as_date, as_utc

_TRAILS = """
SELECT t.id, t.name, t.kind, t.length_m, r.status, r.reported_at, r.groomed_at,
       r.snow_depth_cm
FROM trail t
LEFT JOIN (SELECT trail_id, MAX(reported_at) AS at FROM trail_report
           WHERE reported_at <= :now GROUP BY trail_id) n
       ON n.trail_id = t.id
LEFT JOIN trail_report r ON r.trail_id = t.id AND r.reported_at = n.at
WHERE t.lifecycle = 'oppen'
ORDER BY t.name, t.id, r.id DESC
"""

_EVENT_COLUMNS = """
SELECT e.id, e.name_sv, e.name_en, e.kind, e.status, e.starts_at, e.ends_at, p.name,
       par.name_sv
FROM event e
LEFT JOIN place p ON p.id = e.place_id
LEFT JOIN event par ON par.id = e.parent_id
"""

_EVENTS = _EVENT_COLUMNS + """
WHERE e.starts_at < :end AND COALESCE(e.ends_at, e.starts_at) >= :start
"""

_MILESTONES = _EVENT_COLUMNS + """
WHERE e.milestone AND e.status <> :cancelled AND e.starts_at >= :since
ORDER BY e.starts_at
LIMIT 5
"""

_TASKS = """
SELECT t.id, t.title, e.name_sv, e.starts_at, t.due_on, t.due_offset_days, t.done, p.name
FROM task t
JOIN event e ON e.id = t.event_id
LEFT JOIN person p ON p.id = t.responsible_id
WHERE NOT t.done
"""

_FOLLOW_UPS = """
SELECT i.id, i.organisation_id, o.name, i.follow_up_on, i.kind, i.note
FROM interaction i
JOIN organisation o ON o.id = i.organisation_id
WHERE i.follow_up_on IS NOT NULL AND NOT i.follow_up_done AND i.follow_up_on <= :limit
"""

_TARGETS = "SELECT id, name, deadline, required_km, min_depth_cm FROM snow_target"
_TARGET_LOOPS = "SELECT target_id, trail_id FROM snow_target_trail"
_STRAK = "SELECT id, name, period_start, period_end FROM strak"

#: The counts the overview's empty states and area pages speak of ("demo": fictional rows).
COUNTED = {"events": "event", "trails": "trail", "organisations": "organisation",
           "persons": "person", "packages": "package", "strak": "strak",
           "reports": "trail_report", "demo": "organisation WHERE is_demo"}
_COUNTS = "SELECT " + ", ".join(f"(SELECT COUNT(*) FROM {table})" for table in COUNTED.values())


def trail_states(source: RowSource, now: datetime) -> list[TrailState]:
    """Every open trail with its newest report up to `now` (ties on one instant: the latest
    row). A planned, unbuilt or retired trail has no status to count or to groom."""
    states: dict[int, TrailState] = {}
    for tid, name, kind, length, status, at, groomed, depth in source.rows(_TRAILS, now=now):
        states.setdefault(tid, TrailState(
            trail_id=tid, name=name, kind=TrailKind(kind), length_m=float(length or 0.0),
            status=TrailStatus(status) if status else None, reported_at=as_utc(at),
            groomed_at=as_utc(groomed), snow_depth_cm=depth))
    return list(states.values())


def _event(row: Any) -> ov.EventItem:
    eid, name_sv, name_en, kind, status, starts, ends, place, parent = row
    return ov.EventItem(event_id=eid, name_sv=name_sv, name_en=name_en or "", kind=kind,
                        status=status, starts_at=as_utc(starts), ends_at=as_utc(ends),
                        place=place, parent=parent)


def _tasks(source: RowSource) -> list[ov.TaskItem]:
    return [ov.TaskItem(task_id=tid, title=title, event_name=event, event_start=as_utc(start),
                        due_on=as_date(due), due_offset_days=offset, done=bool(done),
                        responsible=person)
            for tid, title, event, start, due, offset, done, person in source.rows(_TASKS)]


def _follow_ups(source: RowSource, now: datetime) -> list[ov.FollowUp]:
    limit = to_local(now).date() + timedelta(days=ov.FOLLOW_UP_HORIZON_DAYS)
    return [ov.FollowUp(interaction_id=iid, organisation_id=oid, organisation=name,
                        due=as_date(due), kind=kind, note=note or "")
            for iid, oid, name, due, kind, note in source.rows(_FOLLOW_UPS, limit=limit)]


def snow_targets(source: RowSource, states: list[TrailState]) -> list[SnowTarget]:
    """Each guarantee target with the current state of the loops that count for it."""
    by_id = {s.trail_id: s for s in states}
    links: dict[int, list[int]] = {}
    for target_id, trail_id in source.rows(_TARGET_LOOPS):
        links.setdefault(target_id, []).append(trail_id)
    return [SnowTarget(target_id=tid, name=name, deadline=as_date(deadline),
                       required_km=float(km), min_depth_cm=float(depth),
                       loops=tuple(by_id[i] for i in sorted(links.get(tid, [])) if i in by_id))
            for tid, name, deadline, km, depth in source.rows(_TARGETS)]


def area_counts(source: RowSource) -> dict[str, int]:
    (row,) = source.rows(_COUNTS)
    return {area: int(n) for area, n in zip(COUNTED, row, strict=True)}


def _as_source(source: Any) -> tuple[RowSource, bool]:
    """Accept a RowSource or a SQLAlchemy Engine; say whether we made (and must close) it."""
    if hasattr(source, "rows"):
        return source, False
    return EngineRows(source), True


def load_overview_inputs(source: Any, now: datetime,
                         stale_days: int = DEFAULT_STALE_DAYS) -> ov.OverviewInputs:
    rows, owned = _as_source(source)
    try:
        states = trail_states(rows, now)
        return ov.OverviewInputs(
            now=now,
            milestone_events=[_event(r) for r in rows.rows(
                _MILESTONES, cancelled=EventStatus.CANCELLED.value,
                since=now - timedelta(days=1))],
            events=[_event(r) for r in rows.rows(
                _EVENTS, start=now, end=now + timedelta(days=ov.HORIZON_DAYS))],
            tasks=_tasks(rows),
            follow_ups=_follow_ups(rows, now),
            strak=[ov.StrakPeriod(strak_id=sid, name=name, starts=as_date(a), ends=as_date(b))
                   for sid, name, a, b in rows.rows(_STRAK)],
            trail_states=states,
            targets=snow_targets(rows, states),
            counts=area_counts(rows),
            stale_days=stale_days,
        )
    finally:
        if owned:
            rows.close()
