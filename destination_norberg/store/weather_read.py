"""The weather the snow projection reads (issue 14): one more parameter's readings at a
station and the stored SMHI forecast. Portable SQL on a RowSource and no SQLAlchemy, so the
first overview (app.snow.judge) reads them on the sqlite3 fast path; store.weather_store and
store.forecast_store write them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from destination_norberg.store.rows import EngineRows, RowSource, as_utc

#: Norberg's forecast point, as stored.
NORBERG = "norberg"


@dataclass(frozen=True, slots=True)
class StoredForecast:
    place: str
    reference_time: datetime
    fetched_at: datetime
    hours: list[tuple[datetime, float, float | None]]  # (valid hour, °C, RH % or None)



def _source(engine_or_rows: Any) -> RowSource:
    return engine_or_rows if hasattr(engine_or_rows, "rows") else EngineRows(engine_or_rows)


def parameter_series(engine_or_rows: Any, station: str,
                     parameter: int) -> list[tuple[datetime, float]]:
    """The readings of one more parameter (2, 6, 19, 20) at a station, oldest first."""
    rows = _source(engine_or_rows).rows(
        "SELECT measured_at, value FROM weather_reading WHERE station = :station "
        "AND parameter = :parameter ORDER BY measured_at", station=station, parameter=parameter)
    out = []
    for measured_at, value in rows:
        at = as_utc(measured_at)
        if at is not None and value is not None:
            out.append((at, float(value)))
    return out


def latest_forecast(engine_or_rows: Any,
                    place: str = NORBERG) -> StoredForecast | None:
    source = _source(engine_or_rows)
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
