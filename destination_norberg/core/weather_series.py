"""Hourly temperature series from what SMHI gives: forecast steps and daily values.

The planner counts cannon hours, so everything becomes (start of the UTC hour, value).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

HOUR = timedelta(hours=1)
#: A forecast step stands for the hours up to the next one, but never for more than this
#: (SMHI's steps are 1, 2, 6 or 12 hours apart; the last step stands for this long).
MAX_STEP_HOURS = 6
#: The coldest and warmest hours of a winter day in Norberg, UTC (about 06 and 14 local).
COLDEST_HOUR_UTC = 5
WARMEST_HOUR_UTC = 13


def forecast_hours(steps: Sequence[tuple[datetime, float, float | None]],
                   ) -> list[tuple[datetime, float, float | None]]:
    """Each step (valid time, °C, RH %) held for the whole hours up to the next step."""
    out: list[tuple[datetime, float, float | None]] = []
    ordered = sorted(steps, key=lambda s: s[0])
    for index, (at, temp, rh) in enumerate(ordered):
        start = at.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
        following = ordered[index + 1][0] if index + 1 < len(ordered) else None
        hours = MAX_STEP_HOURS if following is None else max(
            1, min(MAX_STEP_HOURS, round((following - at).total_seconds() / 3600)))
        out.extend((start + HOUR * k, temp, rh) for k in range(hours))
    return out


def hourly_from_daily(mean: Mapping[date, float], low: Mapping[date, float],
                      high: Mapping[date, float]) -> list[tuple[datetime, float]]:
    """24 hours a day from daily values: with a minimum and maximum, a cosine between them
    (coldest at 05 UTC, warmest at 13 UTC) around the mean where there is one; with only a
    mean, the mean all day; a day with only one extreme is left out."""
    out: list[tuple[datetime, float]] = []
    for day in sorted(set(mean) | (set(low) & set(high))):
        start = datetime(day.year, day.month, day.day, tzinfo=UTC)
        lo, hi, avg = low.get(day), high.get(day), mean.get(day)
        if lo is not None and hi is not None and hi >= lo:
            centre = avg if avg is not None else (lo + hi) / 2
            half = (hi - lo) / 2
            for hour in range(24):
                # cosine with its minimum at COLDEST and maximum at WARMEST (asymmetric day)
                if COLDEST_HOUR_UTC <= hour <= WARMEST_HOUR_UTC:
                    phase = (hour - COLDEST_HOUR_UTC) / (WARMEST_HOUR_UTC - COLDEST_HOUR_UTC)
                    value = -math.cos(math.pi * phase)
                else:
                    span = 24 - (WARMEST_HOUR_UTC - COLDEST_HOUR_UTC)
                    phase = ((hour - WARMEST_HOUR_UTC) % 24) / span
                    value = math.cos(math.pi * phase)
                out.append((start + HOUR * hour, centre + half * value))
        elif avg is not None:
            out.extend((start + HOUR * hour, avg) for hour in range(24))
    return out


@dataclass(frozen=True)
class TemperatureSeries:
    """What the projection counts on, in parts labelled by where they come from.

    All values are hourly wet-bulb °C. `forecast` covers the first days where SMHI's point
    forecast reaches; `climatology` the hours after it (the median of the station's history).
    """

    observed: list[tuple[datetime, float]] = field(default_factory=list)
    forecast: list[tuple[datetime, float]] = field(default_factory=list)
    climatology: list[tuple[datetime, float]] = field(default_factory=list)
    forecast_air: list[tuple[datetime, float]] = field(default_factory=list)  # °C, for plots
    forecast_reference: datetime | None = None
    humidity_hours: int = 0  # observed hours whose wet-bulb used relative humidity
    from_daily: bool = False  # the history was built from daily values

    @property
    def uses_forecast(self) -> bool:
        return bool(self.forecast)

    def combined(self) -> list[tuple[datetime, float]]:
        """The forecast where it has an hour, the climatology for the rest; sorted."""
        merged = dict(self.climatology)
        merged.update(self.forecast)
        return sorted(merged.items())


def in_window(hours: Iterable[tuple[datetime, float]], start: datetime,
              end: datetime) -> list[tuple[datetime, float]]:
    return [(at, v) for at, v in hours if start <= at < end]
