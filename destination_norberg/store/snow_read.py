"""Read what snow planning needs: guarantee targets with their loops, the storage pile's
measurements, the production log and a temperature history, as plain values.

Portable SQL over a RowSource, like the overview.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date, datetime

from destination_norberg.core.gonogo import RaceNeed, race_need
from destination_norberg.core.snow import SnowTarget
from destination_norberg.core.timeutil import to_local
from destination_norberg.core.trails import TrailState
from destination_norberg.core.vocab import TrailKind, TrailStatus
from destination_norberg.store.overview_repo import snow_targets, trail_states
from destination_norberg.store.rows import RowSource, as_date, as_utc


@dataclass(frozen=True, slots=True)
class ProductionEntry:
    produced_on: date
    cannons: int
    hours: float
    volume_m3: float
    wet_bulb_c: float | None


@dataclass(frozen=True, slots=True)
class SnowData:
    targets: list[SnowTarget]
    target_events: dict[int, int]  # target id → event id
    storage: list[tuple[date, float]]  # (measured on, volume m³), oldest first
    production: list[ProductionEntry]
    temperature_station: str | None
    temperatures: list[tuple[datetime, float]]  # hourly history, oldest first


def targets(source: RowSource, now: datetime) -> list[SnowTarget]:
    return snow_targets(source, trail_states(source, now))


#: The columns of each kind of row the snow log edits (store.snow_write writes them); here,
#: where the log is read without SQLAlchemy.
FIELDS: dict[str, tuple[str, ...]] = {
    "storage": ("pile", "measured_on", "volume_m3", "method", "note"),
    "production": ("produced_on", "cannons", "hours", "volume_m3", "wet_bulb_c", "note"),
    "target": ("name", "deadline", "required_km", "min_depth_cm", "event_id", "notes"),
    # A trail's line and its length travel together (app.map_edit.trail_line measures it).
    "trail": ("name", "kind", "grade_colour", "imba", "mtb_scale", "area", "lit",
              "description_sv", "description_en", "lifecycle", "geom", "length_m"),
    "place": ("name", "kind", "geom", "description_sv", "description_en"),  # a venue moved
}


_LOOP_REPORTS = """
SELECT t.id, t.name, t.kind, t.length_m, r.status, r.reported_at, r.groomed_at,
       r.snow_depth_cm
FROM trail t
LEFT JOIN trail_report r ON r.trail_id = t.id AND r.reported_at <= :last
WHERE t.lifecycle = 'oppen' AND t.id IN (SELECT trail_id FROM snow_target_trail)
ORDER BY t.id, r.reported_at, r.id
"""


def targets_over(source: RowSource, instants: list[datetime]) -> list[list[SnowTarget]]:
    """`targets(source, then)` for each of `instants`, from one read of the loops' reports
    (the snow area's ready-km history asked for every trail's state once a day for a month:
    a month of full reads of every report). The same rule as trail_states: a loop's newest
    report up to the instant, the latest row on a tie."""
    if not instants:
        return []
    reports: dict[int, list[tuple[datetime | None, TrailState]]] = {}
    for tid, name, kind, length, status, at, groomed, depth in source.rows(
            _LOOP_REPORTS, last=max(instants)):
        when = as_utc(at)
        reports.setdefault(tid, []).append((when, TrailState(
            trail_id=tid, name=name, kind=TrailKind(kind), length_m=float(length or 0.0),
            status=TrailStatus(status) if status else None, reported_at=when,
            groomed_at=as_utc(groomed), snow_depth_cm=depth)))
    bare = {tid: replace(rows[0][1], status=None, reported_at=None, groomed_at=None,
                         snow_depth_cm=None) for tid, rows in reports.items()}
    times = {tid: [when for when, _state in rows if when is not None]
             for tid, rows in reports.items()}
    out = []
    for then in instants:
        states = []
        for tid, rows in reports.items():
            found = bisect_right(times[tid], then)  # reports up to `then`, oldest first
            states.append(rows[found - 1][1] if found else bare[tid])
        out.append(snow_targets(source, states))
    return out


def storage(source: RowSource) -> list[tuple[date, float]]:
    return [(as_date(d), float(v)) for d, v in source.rows(
        "SELECT measured_on, volume_m3 FROM snow_storage_measurement ORDER BY measured_on")]


def production(source: RowSource) -> list[ProductionEntry]:
    return [ProductionEntry(as_date(d), int(c), float(h), float(v),
                            None if w is None else float(w))
            for d, c, h, v, w in source.rows(
                "SELECT produced_on, cannons, hours, volume_m3, wet_bulb_c FROM snow_production "
                "ORDER BY produced_on")]


def temperature_history(source: RowSource, station: str | None,
                        ) -> tuple[str | None, list[tuple[datetime, float]]]:
    """The temperatures of `station` (app.snow_stations chooses it; never "whichever has the
    most readings": a far-away download must change nothing unless chosen); None: none."""
    if station is None:
        return None, []
    return station, [(as_utc(t), float(v)) for t, v in source.rows(
        "SELECT measured_at, temp_c FROM temperature_observation WHERE station = :s "
        "ORDER BY measured_at", s=station)]


def snow_data(source: RowSource, now: datetime,
              temperature_station: str | None = None) -> SnowData:
    station, temps = temperature_history(source, temperature_station)
    return SnowData(
        targets=targets(source, now),
        target_events={t: e for t, e in source.rows(
            "SELECT id, event_id FROM snow_target WHERE event_id IS NOT NULL")},
        storage=storage(source), production=production(source),
        temperature_station=station, temperatures=temps)


@dataclass(frozen=True, slots=True)
class RaceWeek:
    """The races of one event week for go/no-go, the main race (the target's event) first."""

    main_event_id: int
    race_day: date  # the main race's day, local time
    races: list[RaceNeed]
    race_event_ids: list[int]  # in the order of `races`
    without_courses: list[str]  # races of the week with no course entered: not judged


_RACES = ("SELECT e.id, e.name_sv, e.starts_at FROM event e "
          "WHERE e.kind = 'lopp' AND (e.id = :main OR (e.parent_id IS NOT NULL "
          "AND e.parent_id = (SELECT parent_id FROM event WHERE id = :main))) "
          "ORDER BY e.starts_at, e.name_sv")
_COURSES = ("SELECT c.event_id, c.loop_km, c.laps, c.natural_course, t.name "
            "FROM race_course c LEFT JOIN trail t ON t.id = c.trail_id "
            "ORDER BY c.event_id, c.position, c.id")


def race_week(source: RowSource, main_event_id: int) -> RaceWeek | None:
    """The main race and the other races of its week (its parent event's races).

    None when the main event is not a race with at least one course: then there is no
    go/no-go to give.
    """
    events = source.rows(_RACES, main=main_event_id)
    courses: dict[int, list[tuple[float, int, bool, str | None]]] = {}
    for event_id, km, laps, natural, loop in source.rows(_COURSES):
        courses.setdefault(int(event_id), []).append(
            (float(km), int(laps), bool(natural), loop))
    main = next((e for e in events if int(e[0]) == main_event_id), None)
    if main is None or main_event_id not in courses:
        return None
    ordered = [main] + [e for e in events if int(e[0]) != main_event_id]
    with_courses = [e for e in ordered if int(e[0]) in courses]
    return RaceWeek(
        main_event_id=main_event_id,
        race_day=to_local(as_utc(main[2])).date(),
        races=[race_need(name, courses[int(i)]) for i, name, _ in with_courses],
        race_event_ids=[int(i) for i, _n, _s in with_courses],
        without_courses=[name for i, name, _ in ordered if int(i) not in courses])


def race_courses(source: RowSource,
                 event_id: int) -> list[tuple[str, float, int, bool, int | None]]:
    """One race's courses as stored, in order: (uid, loop km, laps, natural course, trail id)."""
    return [(uid, float(km), int(laps), bool(natural), None if trail is None else int(trail))
            for uid, km, laps, natural, trail in source.rows(
                "SELECT uid, loop_km, laps, natural_course, trail_id FROM race_course "
                "WHERE event_id = :e ORDER BY position, id", e=event_id)]


@dataclass(frozen=True)
class SnowLog:
    """The editable rows behind the guarantee, as store.snow_write's values (uid, version and
    the edited columns), with what the target dialog offers to choose from."""

    storage: list[dict]  # newest first
    production: list[dict]  # newest first
    targets: list[dict]  # by deadline, each with its `trail_ids`
    events: list[tuple[int, str, date]]  # (id, Swedish name, local start day), by start
    ski_loops: list[tuple[int, str, float]]  # (id, name, length m), by name


def _dicts(source: RowSource, sql: str, names: tuple[str, ...]) -> list[dict]:
    return [dict(zip(names, row, strict=True)) for row in source.rows(sql)]


def snow_log(source: RowSource) -> SnowLog:
    def table(kind: str, name: str, order: str) -> list[dict]:
        cols = ("id", "uid", "version", *FIELDS[kind])
        return _dicts(source, f"SELECT {', '.join(cols)} FROM {name} ORDER BY {order}", cols)

    storage = table("storage", "snow_storage_measurement", "measured_on DESC, id DESC")
    production = table("production", "snow_production", "produced_on DESC, id DESC")
    targets = table("target", "snow_target", "deadline, id")
    for rows, day in ((storage, "measured_on"), (production, "produced_on"),
                      (targets, "deadline")):
        for r in rows:
            r[day] = as_date(r[day])
    links: dict[int, list[int]] = {}
    for target_id, trail_id in source.rows(
            "SELECT target_id, trail_id FROM snow_target_trail ORDER BY trail_id"):
        links.setdefault(int(target_id), []).append(int(trail_id))
    for t in targets:
        t["trail_ids"] = links.get(int(t["id"]), [])
    for p in production:
        p["cannons"] = int(p["cannons"])
    events = [(int(i), name, to_local(as_utc(start)).date()) for i, name, start in source.rows(
        "SELECT id, name_sv, starts_at FROM event ORDER BY starts_at, name_sv")]
    loops = [(int(i), name, float(length)) for i, name, length in source.rows(
        "SELECT id, name, length_m FROM trail WHERE kind IN ('classic_ski', 'skate_ski') "
        "ORDER BY name")]
    return SnowLog(storage, production, targets, events, loops)
