"""Read what snow planning needs: guarantee targets with their loops, the storage pile's
measurements, the production log and a temperature history, as plain values.

Portable SQL over a RowSource, like the overview.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from destination_norberg.core.snow import SnowTarget
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


def storage(source: RowSource) -> list[tuple[date, float]]:
    return [(as_date(d), float(v)) for d, v in source.rows(
        "SELECT measured_on, volume_m3 FROM snow_storage_measurement ORDER BY measured_on")]


def production(source: RowSource) -> list[ProductionEntry]:
    return [ProductionEntry(as_date(d), int(c), float(h), float(v),
                            None if w is None else float(w))
            for d, c, h, v, w in source.rows(
                "SELECT produced_on, cannons, hours, volume_m3, wet_bulb_c FROM snow_production "
                "ORDER BY produced_on")]


def temperature_history(source: RowSource, station: str | None = None,
                        ) -> tuple[str | None, list[tuple[datetime, float]]]:
    """The hourly temperatures of `station`, or of the station with the longest record."""
    if station is None:
        rows = source.rows("SELECT station, COUNT(*) AS n FROM temperature_observation "
                           "GROUP BY station ORDER BY n DESC LIMIT 1")
        if not rows:
            return None, []
        station = rows[0][0]
    return station, [(as_utc(t), float(v)) for t, v in source.rows(
        "SELECT measured_at, temp_c FROM temperature_observation WHERE station = :s "
        "ORDER BY measured_at", s=station)]


def snow_data(source: RowSource, now: datetime) -> SnowData:
    station, temps = temperature_history(source)
    return SnowData(
        targets=targets(source, now),
        target_events={t: e for t, e in source.rows(
            "SELECT id, event_id FROM snow_target WHERE event_id IS NOT NULL")},
        storage=storage(source), production=production(source),
        temperature_station=station, temperatures=temps)
