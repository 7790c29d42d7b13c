"""SMHI's point forecast in the database: the newest forecast for a place, hour by hour.

A forecast is superseded, not merged: storing one for a place replaces every hour stored for
that place, in one write unit, so the projection never mixes two model runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, delete, insert

from destination_norberg.store import models as m
from destination_norberg.store.database import write_session
from destination_norberg.store.rows import EngineRows, RowSource, as_utc

#: Norberg's forecast point, as stored.
NORBERG = "norberg"


@dataclass(frozen=True, slots=True)
class StoredForecast:
    place: str
    reference_time: datetime
    fetched_at: datetime
    hours: list[tuple[datetime, float, float | None]]  # (valid hour, °C, RH % or None)


def store_forecast(engine: Engine, place: str, reference_time: datetime,
                   hours: Sequence[tuple[datetime, float, float | None]],
                   fetched_at: datetime | None = None) -> int:
    """Replace the place's forecast with these hours; the number of hours stored."""
    fetched = fetched_at or datetime.now(UTC)
    table: Any = m.WeatherForecast.__table__
    rows = [{"place": place, "reference_time": reference_time, "valid_at": at, "temp_c": temp,
             "rel_humidity": rh, "fetched_at": fetched} for at, temp, rh in hours]
    with write_session(engine) as session:
        session.execute(delete(table).where(table.c.place == place))
        if rows:
            session.execute(insert(table), rows)
    return len(rows)


def latest_forecast(engine_or_rows: Engine | RowSource,
                    place: str = NORBERG) -> StoredForecast | None:
    source = engine_or_rows if hasattr(engine_or_rows, "rows") else EngineRows(engine_or_rows)
    rows = source.rows(
        "SELECT reference_time, fetched_at, valid_at, temp_c, rel_humidity FROM weather_forecast "
        "WHERE place = :place ORDER BY valid_at", place=place)
    hours: list[tuple[datetime, float, float | None]] = []
    reference = fetched = None
    for ref, got, valid, temp, rh in rows:
        at = as_utc(valid)
        if at is None or temp is None:
            continue
        reference, fetched = as_utc(ref), as_utc(got)
        hours.append((at, float(temp), None if rh is None else float(rh)))
    if not hours or reference is None or fetched is None:
        return None
    return StoredForecast(place, reference, fetched, hours)
