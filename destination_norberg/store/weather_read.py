"""The weather the snow projection reads (issue 14): one more parameter's readings at a
station and the stored SMHI forecast. Portable SQL on a RowSource and no SQLAlchemy, so the
first overview (app.snow.judge) reads them on the sqlite3 fast path; store.weather_store and
store.forecast_store write them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from destination_norberg.core.timeutil import to_local
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


@dataclass(frozen=True, slots=True)
class StationRow:
    key: str
    name: str
    network: str
    latitude: float | None
    longitude: float | None
    height_m: float | None
    meta: dict[str, Any] = field(hash=False, compare=False)
    snow_readings: int = 0
    temperature_readings: int = 0


def load_meta(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def snow_depth_series(engine_or_rows: Any, station: str,
                      ) -> list[tuple[date, float]]:
    """One depth per Norberg calendar day, oldest first (the day's last reading wins)."""
    rows = _source(engine_or_rows).rows(
        "SELECT measured_at, depth_m FROM snow_measurement WHERE station = :station "
        "ORDER BY measured_at", station=station)
    by_day: dict[date, float] = {}
    for measured_at, depth in rows:
        at = as_utc(measured_at)
        if at is not None and depth is not None:
            by_day[to_local(at).date()] = float(depth)
    return list(by_day.items())


def stations(engine_or_rows: Any) -> list[StationRow]:
    """Every weather station, with how many readings each has; stations that have snow
    readings but no station row (manual or demo series) are listed by their name."""
    source = _source(engine_or_rows)
    rows = source.rows(
        "SELECT s.key, s.name, s.network, s.latitude, s.longitude, s.height_m, s.meta, "
        "(SELECT count(*) FROM snow_measurement n WHERE n.station = s.key), "
        "(SELECT count(*) FROM temperature_observation t WHERE t.station = s.key) "
        "FROM weather_station s")
    out = [StationRow(key=r[0], name=r[1], network=r[2] or "", latitude=r[3], longitude=r[4],
                      height_m=r[5], meta=load_meta(r[6]), snow_readings=int(r[7]),
                      temperature_readings=int(r[8])) for r in rows]
    bare = source.rows(
        "SELECT station, count(*) FROM snow_measurement "
        "WHERE station NOT IN (SELECT key FROM weather_station) GROUP BY station")
    out += [StationRow(key=r[0], name=r[0], network="", latitude=None, longitude=None,
                       height_m=None, meta={}, snow_readings=int(r[1])) for r in bare]
    return sorted(out, key=lambda s: (s.name.casefold(), s.key))
