"""Weather stations with their records per need (temperature, snow depth), as core values.

One grouped query per readings table: counts, first and last reading and the number of days
with a reading, so choosing a station never reads a 500,000-row history.
"""

from __future__ import annotations

from destination_norberg.core.snow_stations import SNOW_DEPTH, TEMPERATURE, Record, StationSummary
from destination_norberg.store.rows import RowSource, as_utc

_TABLES = {TEMPERATURE: "temperature_observation", SNOW_DEPTH: "snow_measurement"}


def _day(backend: str) -> str:
    # SQLite keeps instants as 'YYYY-MM-DD HH:MM:SS…' text; elsewhere a timestamp.
    return "substr(measured_at, 1, 10)" if backend == "sqlite" else "CAST(measured_at AS DATE)"


def station_summaries(source: RowSource) -> list[StationSummary]:
    """Every station with readings, sorted by name; a station known only by its readings
    (manual or old demo series) is listed by its key, without a position."""
    records: dict[str, dict[str, Record]] = {}
    for need, table in _TABLES.items():
        for key, n, first, last, days in source.rows(
                f"SELECT station, COUNT(*), MIN(measured_at), MAX(measured_at), "
                f"COUNT(DISTINCT {_day(source.backend)}) FROM {table} GROUP BY station"):
            records.setdefault(str(key), {})[need] = Record(
                int(n), int(days), as_utc(first), as_utc(last))
    # A station with only daily temperatures (SMHI parameters 2, 19, 20 in weather_reading)
    # serves the temperature need too: app.snow_weather makes hours of its days.
    for key, n, first, last, days in source.rows(
            f"SELECT station, COUNT(*), MIN(measured_at), MAX(measured_at), "
            f"COUNT(DISTINCT {_day(source.backend)}) FROM weather_reading "
            f"WHERE parameter IN (2, 19, 20) GROUP BY station"):
        records.setdefault(str(key), {}).setdefault(TEMPERATURE, Record(
            int(n), int(days), as_utc(first), as_utc(last)))
    known = {str(k): (str(name), lat, lon) for k, name, lat, lon in source.rows(
        "SELECT key, name, latitude, longitude FROM weather_station")}
    out = []
    for key, recs in records.items():
        name, lat, lon = known.get(key, (key, None, None))
        out.append(StationSummary(key=key, name=name,
                                  latitude=None if lat is None else float(lat),
                                  longitude=None if lon is None else float(lon),
                                  records=recs))
    return sorted(out, key=lambda s: (s.name.casefold(), s.key))
