"""Read the planning area's records (seasons, places, events, tasks, stråk) as core records.

Portable SQL over a RowSource, like the overview: the events area opens from the standard
library's sqlite3 without waiting for SQLAlchemy, and the same SQL runs on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time
from typing import Any

from destination_norberg.core.events import (
    EventRecord,
    PlaceRecord,
    SeasonRecord,
    StrakRecord,
    StrakStopRecord,
    TaskRecord,
)
from destination_norberg.core.geometry import GeometryError, decode_wkb
from destination_norberg.store.rows import RowSource, as_date, as_utc


def _point(blob: Any) -> tuple[float | None, float | None]:
    if not blob:
        return None, None
    try:
        geom = decode_wkb(bytes(blob))
    except GeometryError:
        return None, None
    return (geom.coords[0], geom.coords[1]) if geom.kind == "Point" else (None, None)


def _line(blob: Any) -> tuple[tuple[float, float], ...]:
    if not blob:
        return ()
    try:
        geom = decode_wkb(bytes(blob))
    except GeometryError:
        return ()
    return tuple(geom.coords) if geom.kind == "LineString" else ()


def _time(value: Any) -> time | None:
    if value is None or isinstance(value, time):
        return value
    return time.fromisoformat(str(value)[:8])


def seasons(source: RowSource) -> list[SeasonRecord]:
    return [SeasonRecord(id=i, name=n, kind=k, starts_on=as_date(a), ends_on=as_date(b),
                         archived=bool(arch))
            for i, n, k, a, b, arch in source.rows(
                "SELECT id, name, kind, starts_on, ends_on, archived FROM season "
                "ORDER BY starts_on")]


_LIST = """
SELECT s.id, s.uid, s.version, s.name, s.kind, s.starts_on, s.ends_on, s.archived,
       (SELECT COUNT(*) FROM event e WHERE e.season_id = s.id),
       (SELECT COUNT(*) FROM strak t WHERE t.season_id = s.id)
FROM season s ORDER BY s.starts_on, s.name
"""


def season_list(source: RowSource) -> list[dict[str, Any]]:
    """Every season (archived ones too) with the number of events and stråk it holds."""
    return [{"id": i, "uid": u, "version": v, "name": n, "kind": k, "starts_on": as_date(a),
             "ends_on": as_date(b), "archived": bool(arch), "events": int(ev),
             "strak": int(st)}
            for i, u, v, n, k, a, b, arch, ev, st in source.rows(_LIST)]


def places(source: RowSource) -> list[PlaceRecord]:
    out = []
    for i, n, k, g in source.rows("SELECT id, name, kind, geom FROM place ORDER BY name"):
        x, y = _point(g)
        out.append(PlaceRecord(id=i, name=n, kind=k, x=x, y=y))
    return out


def organisations(source: RowSource) -> list[tuple[int, str, str]]:
    """(id, name, category) of every organisation, for pickers."""
    return [(i, n, c) for i, n, c in source.rows(
        "SELECT id, name, category FROM organisation ORDER BY name")]


def organisations_in_use(source: RowSource) -> list[tuple[int, str, str]]:
    """`organisations`, only those an event organises or a stråk stops at: what the events
    area shows before the pickers' whole list is read."""
    return [(i, n, c) for i, n, c in source.rows(
        "SELECT id, name, category FROM organisation WHERE id IN "
        "(SELECT organiser_id FROM event WHERE organiser_id IS NOT NULL) OR id IN "
        "(SELECT organisation_id FROM strak_stop WHERE organisation_id IS NOT NULL) "
        "ORDER BY name")]


def organisation_locations(source: RowSource) -> dict[int, tuple[float, float]]:
    """id → (x, y) in EPSG:3006 of every organisation with a location (maps, stråk stops)."""
    found: dict[int, tuple[float, float]] = {}
    for i, g in source.rows("SELECT id, geom FROM organisation WHERE geom IS NOT NULL"):
        x, y = _point(g)
        if x is not None and y is not None:
            found[i] = (x, y)
    return found


def persons(source: RowSource) -> list[tuple[int, str, str]]:
    """(id, name, organisation name) of every person, for the responsible picker."""
    return [(i, n, o or "") for i, n, o in source.rows(
        "SELECT p.id, p.name, o.name FROM person p "
        "LEFT JOIN organisation o ON o.id = p.organisation_id ORDER BY p.name")]


def persons_in_use(source: RowSource) -> list[tuple[int, str, str]]:
    """`persons`, only those responsible for a task."""
    return [(i, n, o or "") for i, n, o in source.rows(
        "SELECT p.id, p.name, o.name FROM person p "
        "LEFT JOIN organisation o ON o.id = p.organisation_id WHERE p.id IN "
        "(SELECT responsible_id FROM task WHERE responsible_id IS NOT NULL) ORDER BY p.name")]


_EVENTS = """
SELECT e.id, e.uid, e.version, e.season_id, e.parent_id, e.name_sv, e.name_en, e.kind,
       e.status, e.starts_at, e.ends_at, e.all_day, e.place_id, e.organiser_id, e.outdoor,
       e.milestone, e.description_sv, e.description_en, e.source_uid, p.name, o.name
FROM event e
LEFT JOIN place p ON p.id = e.place_id
LEFT JOIN organisation o ON o.id = e.organiser_id
"""


def _event(row: Sequence[Any]) -> EventRecord:
    (eid, uid, version, season, parent, nsv, nen, kind, status, starts, ends, all_day,
     place, org, outdoor, milestone, dsv, den, source_uid, place_name, org_name) = row
    return EventRecord(
        id=eid, uid=uid, version=version, season_id=season, parent_id=parent, name_sv=nsv,
        name_en=nen or "", kind=kind, status=status, starts_at=as_utc(starts),
        ends_at=as_utc(ends), all_day=bool(all_day), place_id=place, organiser_id=org,
        outdoor=bool(outdoor), milestone=bool(milestone), description_sv=dsv or "",
        description_en=den or "", source_uid=source_uid, place_name=place_name,
        organiser_name=org_name)


def events(source: RowSource, season_id: int | None = None) -> list[EventRecord]:
    """Every event (of one season), in start order."""
    if season_id is None:
        rows = source.rows(_EVENTS + " ORDER BY e.starts_at, e.id")
    else:
        rows = source.rows(_EVENTS + " WHERE e.season_id = :season ORDER BY e.starts_at, e.id",
                           season=season_id)
    return [_event(r) for r in rows]


def event(source: RowSource, event_id: int) -> EventRecord | None:
    rows = source.rows(_EVENTS + " WHERE e.id = :id", id=event_id)
    return _event(rows[0]) if rows else None


_TASKS = """
SELECT t.id, t.uid, t.version, t.event_id, t.title, t.due_on, t.due_offset_days,
       t.responsible_id, t.done, p.name
FROM task t LEFT JOIN person p ON p.id = t.responsible_id
"""


def tasks(source: RowSource, event_id: int | None = None) -> list[TaskRecord]:
    if event_id is None:
        rows = source.rows(_TASKS + " ORDER BY t.event_id, t.id")
    else:
        rows = source.rows(_TASKS + " WHERE t.event_id = :event ORDER BY t.id", event=event_id)
    return [TaskRecord(id=i, uid=u, version=v, event_id=e, title=title, due_on=as_date(d),
                       due_offset_days=off, responsible_id=r, done=bool(done),
                       responsible_name=name)
            for i, u, v, e, title, d, off, r, done, name in rows]


def strak(source: RowSource) -> list[StrakRecord]:
    """Both stråk with their ordered stops and each stop's organisation and location."""
    stops: dict[int, list[StrakStopRecord]] = {}
    for sid, pos, org, opening, osv, oen, name, geom in source.rows(
            "SELECT s.strak_id, s.position, s.organisation_id, s.opening, s.offer_sv, "
            "s.offer_en, o.name, o.geom FROM strak_stop s "
            "LEFT JOIN organisation o ON o.id = s.organisation_id "
            "ORDER BY s.strak_id, s.position"):
        x, y = _point(geom)
        stops.setdefault(sid, []).append(StrakStopRecord(
            position=pos, organisation_id=org, opening=opening or "", offer_sv=osv or "",
            offer_en=oen or "", organisation_name=name, x=x, y=y))
    out = []
    for (sid, uid, version, name, a, b, days, opens, closes, route, season,
         event_id) in source.rows(
            "SELECT id, uid, version, name, period_start, period_end, weekdays, opens, closes, "
            "route, season_id, event_id FROM strak ORDER BY period_start"):
        out.append(StrakRecord(
            id=sid, uid=uid, version=version, name=name, period_start=as_date(a),
            period_end=as_date(b),
            weekdays=tuple(int(d) for d in (days or "").split(",") if d.strip()),
            opens=_time(opens), closes=_time(closes), route=_line(route),
            stops=tuple(stops.get(sid, ())), season_id=season, event_id=event_id))
    return out


def target_events(source: RowSource) -> dict[int, int]:
    """Snow-guarantee target id → the event it promises snow for, as
    core.planning.outdoor_red_warnings reads it (one event may have several targets)."""
    return {t: e for t, e in source.rows(
        "SELECT id, event_id FROM snow_target WHERE event_id IS NOT NULL")}
