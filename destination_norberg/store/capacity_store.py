"""Accommodation capacity and participant aggregates: read as core snapshots over a
RowSource (portable SQL, so the overview's fast sqlite3 path can read them), written in one
write unit each.

An import replaces every participant count of its event: a registration system's export is
always the whole list, so importing it again (or a newer export) never adds duplicates.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from destination_norberg.core.capacity import Lodging
from destination_norberg.core.geometry import GeometryError, decode_wkb
from destination_norberg.store.rows import RowSource, as_utc

ACCOMMODATION = "boende"


@dataclass(frozen=True, slots=True)
class EventHead:
    event_id: int
    name_sv: str
    name_en: str
    starts_at: datetime
    season_id: int | None
    status: str
    position: tuple[float, float] | None


def _point(blob: Any) -> tuple[float, float] | None:
    if blob is None:
        return None
    try:
        geom = decode_wkb(bytes(blob))
    except (GeometryError, ValueError):
        return None
    if geom.kind != "Point":
        return None
    x, y = geom.coords
    return float(x), float(y)


_EVENT = """
SELECT e.id, e.name_sv, e.name_en, e.starts_at, e.season_id, e.status, p.geom, pp.geom
FROM event e
LEFT JOIN place p ON p.id = e.place_id
LEFT JOIN event par ON par.id = e.parent_id
LEFT JOIN place pp ON pp.id = par.place_id
"""


def _head(row: Any) -> EventHead:
    return EventHead(int(row[0]), row[1], row[2] or "", as_utc(row[3]),  # type: ignore[arg-type]
                     row[4], row[5], _point(row[6]) or _point(row[7]))


def event_head(rows: RowSource, event_id: int) -> EventHead | None:
    found = rows.rows(_EVENT + " WHERE e.id = :id", id=event_id)
    return _head(found[0]) if found else None


def events_with_participants(rows: RowSource, since: datetime) -> list[EventHead]:
    """Events starting at or after `since` that hold imported participants."""
    found = rows.rows(_EVENT + " WHERE e.starts_at >= :since AND e.id IN "
                      "(SELECT DISTINCT event_id FROM participant_count) "
                      "ORDER BY e.starts_at, e.id", since=since)
    return [_head(r) for r in found]


def lodgings(rows: RowSource, season_id: int | None) -> list[Lodging]:
    """Every accommodation business with a capacity: the row for `season_id` where there is
    one, else its all-year row (season_id NULL)."""
    found = rows.rows(
        "SELECT o.id, o.name, o.kommun, o.geom, c.season_id, c.rooms, c.beds, c.cabins, "
        "c.pitches, c.allotment FROM accommodation_capacity c "
        "JOIN organisation o ON o.id = c.organisation_id "
        "WHERE c.season_id IS NULL OR c.season_id = :season ORDER BY o.name, o.id",
        season=season_id if season_id is not None else -1)
    chosen: dict[int, Any] = {}
    for r in found:
        if r[0] not in chosen or r[4] is not None:
            chosen[r[0]] = r
    return [Lodging(int(r[0]), r[1], r[2] or "", _point(r[3]), int(r[5]), int(r[6]), int(r[7]),
                    int(r[8]), int(r[9])) for r in chosen.values()]


def participants_by_race(rows: RowSource, event_id: int) -> dict[str, int]:
    found = rows.rows("SELECT race, SUM(count) FROM participant_count WHERE event_id = :e "
                      "AND dimension = 'total' GROUP BY race ORDER BY race", e=event_id)
    return {r[0]: int(r[1]) for r in found}


def participants_per_event(rows: RowSource) -> dict[int, int]:
    """Every event's imported participants (the sum of its races' totals), by event id."""
    found = rows.rows("SELECT event_id, SUM(count) FROM participant_count "
                      "WHERE dimension = 'total' GROUP BY event_id")
    return {int(r[0]): int(r[1]) for r in found}


def participant_counts(rows: RowSource, event_id: int,
                       dimension: str) -> list[tuple[str, str, int]]:
    """(race, key, count) of one dimension, largest first."""
    found = rows.rows("SELECT race, key, count FROM participant_count WHERE event_id = :e "
                      "AND dimension = :d ORDER BY count DESC, race, key",
                      e=event_id, d=dimension)
    return [(r[0], r[1], int(r[2])) for r in found]


def capacity_rows(rows: RowSource) -> list[tuple[int, int | None, dict[str, int]]]:
    """(organisation id, season id, figures) of every stored capacity."""
    found = rows.rows("SELECT organisation_id, season_id, rooms, beds, cabins, pitches, "
                      "allotment FROM accommodation_capacity ORDER BY organisation_id, id")
    keys = ("rooms", "beds", "cabins", "pitches", "allotment")
    return [(int(r[0]), r[1], dict(zip(keys, (int(v) for v in r[2:]), strict=True)))
            for r in found]


# --- writing ---------------------------------------------------------------------------------

def replace_participants(engine: Any, event_id: int, source: str,
                         counts: Iterable[tuple[str, str, str, int]]) -> int:
    """Replace the event's participant counts with `counts` (race, dimension, key, n) in one
    transaction; returns how many rows were written."""
    from sqlalchemy import delete, select

    from destination_norberg.store import models as m
    from destination_norberg.store.database import write_session

    with write_session(engine) as session:
        if session.execute(select(m.Event.id).where(m.Event.id == event_id)).first() is None:
            raise LookupError(event_id)
        session.execute(delete(m.ParticipantCount).where(m.ParticipantCount.event_id == event_id))
        written = [m.ParticipantCount(event_id=event_id, source=source, race=race[:120],
                                      dimension=dim, key=key[:200], count=n)
                   for race, dim, key, n in counts]
        session.add_all(written)
        return len(written)


def set_capacity(engine: Any, organisation_id: int, season_id: int | None,
                 figures: Mapping[str, int] | None) -> None:
    """Set (or with None remove) an organisation's capacity for a season."""
    from sqlalchemy import delete

    from destination_norberg.store import models as m
    from destination_norberg.store.database import write_session

    table = m.AccommodationCapacity
    with write_session(engine) as session:
        where = [table.organisation_id == organisation_id,
                 table.season_id.is_(None) if season_id is None
                 else table.season_id == season_id]
        session.execute(delete(table).where(*where))
        if figures is not None:
            session.add(table(organisation_id=organisation_id, season_id=season_id,
                              **{k: int(figures.get(k, 0)) for k in
                                 ("rooms", "beds", "cabins", "pitches", "allotment")}))
