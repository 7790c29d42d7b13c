"""What the snow area shows: the snow guarantee report and the series its plots draw,
read in one worker job and handed over frozen, so a change of language re-renders
without reading again."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from destination_norberg.app.snow import SnowReport
from destination_norberg.app.snow_weather import (
    daily_observed,
    temperature_series,
    weather_basis,
)
from destination_norberg.core.snow_plan import production_end
from destination_norberg.core.snow_settings import DEFAULT_SETTINGS, SnowSettings
from destination_norberg.core.timeutil import to_local
from destination_norberg.store.snow_read import SnowLog

#: How far back the km-ready line goes: the run-up to the nearest deadline.
READY_HISTORY_DAYS = 30
#: The temperatures observed before now shown next to the scenario.
OBSERVED_DAYS = 30


@dataclass(frozen=True)
class SnowView:
    report: SnowReport
    depth: dict[str, list[tuple[date, float]]]  # station name → (day, cm)
    storage: list[tuple[date, float]]
    production: list[tuple[date, float]]
    observed: list[tuple[datetime, float]]  # air °C, the last OBSERVED_DAYS
    scenario: list[tuple[datetime, float]]  # air °C, now → the last production end
    ready_history: dict[int, list[tuple[datetime, float]]]  # target id → (instant, km)
    station_name: str | None = None
    settings: SnowSettings = field(default=DEFAULT_SETTINGS)
    log: SnowLog | None = None
    forecast: list[tuple[datetime, float]] = field(default_factory=list)  # air °C, SMHI


class _CachedRows:
    """The same query asked twice (snow_report and the plots both read snow_data) is read
    once: a 65-year hourly history is half a million rows."""

    def __init__(self, source: Any) -> None:
        self.source, self.backend = source, source.backend
        self._seen: dict[tuple[Any, ...], list[Any]] = {}

    def rows(self, sql: str, **params: Any) -> list[Any]:
        key = (sql, *sorted(params.items()))
        if key not in self._seen:
            self._seen[key] = self.source.rows(sql, **params)
        return self._seen[key]

    def close(self) -> None:
        """The source belongs to the caller."""


def read_snow_view(source: Any, now: datetime, stale_days: int,
                   settings: SnowSettings | None = None) -> SnowView:
    """Worker: the report, and the series its plots draw."""
    from destination_norberg.app.snow import snow_report  # the store's SQL, read here
    from destination_norberg.core.snow import ready_km
    from destination_norberg.store.snow_read import snow_data, snow_log, targets_over
    from destination_norberg.store.weather_read import snow_depth_series, stations

    rows = _CachedRows(source)
    report = snow_report(rows, now, stale_days, settings)
    settings = report.settings
    data = snow_data(rows, now, report.temperature_station)
    known = stations(rows)
    depth = {s.name: [(d, v * 100.0) for d, v in snow_depth_series(rows, s.key)]
             for s in known if s.snow_readings}
    history: dict[int, list[tuple[datetime, float]]] = {t.target_id: [] for t in data.targets}
    days = [now - timedelta(days=back) for back in range(READY_HISTORY_DAYS, 0, -1)]
    for then, then_targets in zip(days, targets_over(rows, days), strict=True):
        for target in then_targets:
            history.setdefault(target.target_id, []).append(
                (then, ready_km(target, then, stale_days)))
    for status, _p in report.judged:
        history.setdefault(status.target.target_id, []).append((now, status.ready_km))
    since = now - timedelta(days=OBSERVED_DAYS)
    observed = [(t, v) for t, v in data.temperatures if since <= t <= now]
    if not data.temperatures and report.temperature_station is not None:
        observed = [(t, v) for t, v in daily_observed(rows, report.temperature_station)
                    if since <= t <= now]  # a station with daily values only
    scenario: list[tuple[datetime, float]] = []
    forecast: list[tuple[datetime, float]] = []
    ahead = [t for t in data.targets if t.deadline >= to_local(now).date()]
    if ahead:
        end = max(production_end(t, settings) for t in ahead)
        basis = report.bases.get(report.temperature_station or "") or weather_basis(
            rows, report.temperature_station, settings, data.temperatures)
        series = temperature_series(basis, now, end)
        # drawn as air temperature: the scenario's wet-bulb plus the offset it was taken at
        scenario = [(t, wet + settings.dry_to_wet_bulb_offset_c)
                    for t, wet in series.climatology]
        forecast = series.forecast_air
    names = {s.key: s.name for s in known}
    return SnowView(report=report, depth=depth, storage=list(data.storage),
                    production=[(p.produced_on, p.volume_m3) for p in data.production],
                    observed=observed, scenario=scenario, ready_history=history,
                    station_name=(names.get(report.temperature_station,
                                            report.temperature_station)
                                  if report.temperature_station is not None else None),
                    settings=settings,
                    log=snow_log(rows), forecast=forecast)


def read_snow(url: str, now: datetime, stale_days: int) -> SnowView:
    """Worker: `read_snow_view` on a source for `url`, opened and closed here."""
    from destination_norberg.store.reading import read_with

    return read_with(url, lambda source: read_snow_view(source, now, stale_days))
