"""The temperatures the snow projection counts on: observed history, SMHI's forecast for the
first days, the station's climatology after it — each part labelled.

Wet-bulb comes from core.wetbulb: Stull's formula for the hours the station measured relative
humidity (parameter 6), the temperature-only rule otherwise. A station with only daily values
(parameters 2, 19, 20) gets hours from core.weather_series.hourly_from_daily. Without a
forecast the climatology scenario stays as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from destination_norberg.core.snow_plan import Climatology
from destination_norberg.core.snow_settings import DEFAULT_SETTINGS, SnowSettings
from destination_norberg.core.weather_series import TemperatureSeries, hourly_from_daily
from destination_norberg.core.wetbulb import wet_bulb, wet_bulb_hours

DAILY_PARAMETERS = (2, 19, 20)
HUMIDITY = 6


@dataclass(frozen=True)
class WeatherBasis:
    """Read once per report: the climatology (of wet-bulb hours) and the stored forecast."""

    climate: Climatology | None
    forecast: list[tuple[datetime, float, float | None]]  # (hour, °C, RH %)
    forecast_reference: datetime | None
    humidity_hours: int
    from_daily: bool
    settings: SnowSettings
    station: str | None = None  # the station whose history it is


def _daily_history(source: Any, station: str) -> list[tuple[datetime, float]]:
    """Hours from the station's daily mean, minimum and maximum (parameters 2, 19, 20)."""
    from destination_norberg.store.weather_read import parameter_series

    mean, low, high = ({at.date(): v for at, v in parameter_series(source, station, p)}
                       for p in DAILY_PARAMETERS)
    return hourly_from_daily(mean, low, high) if mean or low or high else []


def daily_observed(source: Any, station: str) -> list[tuple[datetime, float]]:
    """A daily-only station's observed curve: its daily mean (parameter 2), else the middle
    of its daily minimum and maximum (19, 20); the days as SMHI stamps them."""
    from destination_norberg.store.weather_read import parameter_series

    mean = parameter_series(source, station, DAILY_PARAMETERS[0])
    if mean:
        return mean
    low = dict(parameter_series(source, station, DAILY_PARAMETERS[1]))
    high = dict(parameter_series(source, station, DAILY_PARAMETERS[2]))
    return [(at, (low[at] + high[at]) / 2.0) for at in sorted(low.keys() & high.keys())]


def weather_basis(source: Any, station: str | None,
                  settings: SnowSettings = DEFAULT_SETTINGS,
                  temperatures: list[tuple[datetime, float]] | None = None) -> WeatherBasis:
    """The basis of one temperature station: the one app.snow_stations chose for a target
    (never "whichever station has most readings"). Its hourly history (`temperatures` when
    the caller already read it), else hours from its daily values; None: no basis."""
    from destination_norberg.store.snow_read import temperature_history
    from destination_norberg.store.weather_read import latest_forecast, parameter_series

    hourly: list[tuple[datetime, float]] = []
    from_daily = False
    if station is not None:
        hourly = (temperatures if temperatures is not None
                  else temperature_history(source, station)[1])
        if not hourly:
            hourly = _daily_history(source, station)
            from_daily = bool(hourly)
    humidity = dict(parameter_series(source, station, HUMIDITY)) if hourly and station else {}
    wet, with_humidity = wet_bulb_hours(hourly, humidity, settings.dry_to_wet_bulb_offset_c)
    climate = Climatology.from_history(wet) if wet else None
    stored = latest_forecast(source)
    return WeatherBasis(climate, stored.hours if stored else [],
                        stored.reference_time if stored else None, with_humidity, from_daily,
                        settings, station if hourly else None)


def temperature_series(basis: WeatherBasis, now: datetime, end: datetime) -> TemperatureSeries:
    """Hourly wet-bulb from `now` to `end`: forecast first, climatology after."""
    offset = basis.settings.dry_to_wet_bulb_offset_c
    scenario = (basis.climate.forecast(now, end, replace(basis.settings,
                                                         dry_to_wet_bulb_offset_c=0.0))
                if basis.climate is not None else [])
    hours = [(at, t, rh) for at, t, rh in basis.forecast if now <= at < end]
    forecast = [(at, wet_bulb(t, rh, offset)) for at, t, rh in hours]
    covered = {at for at, _ in forecast}
    return TemperatureSeries(
        climatology=[(at, v) for at, v in scenario if at not in covered],
        forecast=forecast, forecast_air=[(at, t) for at, t, _rh in hours],
        forecast_reference=basis.forecast_reference if forecast else None,
        humidity_hours=basis.humidity_hours, from_daily=basis.from_daily)
