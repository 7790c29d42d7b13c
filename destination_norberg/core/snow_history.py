"""What past winters say about snow on a date: "in how many years was there 20 cm by 1 Dec?".

Works on a plain daily history, [(date, depth_m)], as the store hands it (store.weather_store
`snow_depth_series`): one depth per day, in metres, as SMHI gives it.

The rules, so that a figure can be checked by hand:

- A year counts when it has a reading within ±window days of the date; the reading closest to
  the date is taken (on a tie, the earlier one). A year without a reading that near is left
  out rather than counted as "no snow": a gap in the series is not a bare ground.
- 29 February is taken as 28 February in years that have no 29th.
- A winter runs from 1 July to 30 June and is named by both years ("2025/26").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

#: Depths are compared with this slack so 0.2 read from "0.20" counts as 0.2.
EPSILON_M = 1e-9
MAX_WINDOW_DAYS = 60


@dataclass(frozen=True, slots=True)
class Chance:
    probability: float | None  # years_met / years_counted; None when no year counted
    years_counted: int
    years_met: int
    per_year: tuple[tuple[int, float], ...] = ()  # (year, depth taken) for each counted year


@dataclass(frozen=True, slots=True)
class WinterSummary:
    winter: str  # "2025/26"
    first_snow: date | None  # first day with snow (depth above the threshold)
    last_snow: date | None
    max_depth_m: float
    max_on: date | None  # None when the ground stayed bare
    snow_days: int
    days_measured: int


def _by_day(history: Iterable[tuple[date, float]]) -> dict[date, float]:
    return {day: float(depth) for day, depth in history}


def _on(year: int, month: int, day: int) -> date:
    if month == 2 and day == 29:
        try:
            return date(year, 2, 29)
        except ValueError:
            return date(year, 2, 28)
    return date(year, month, day)


def chance_of_depth(history: Iterable[tuple[date, float]], day_of_year: tuple[int, int],
                    min_depth_m: float, window_days: int = 3) -> Chance:
    """The share of past years with at least `min_depth_m` of snow on (month, day)."""
    month, day = day_of_year
    date(2000, month, day)  # ValueError for a day that no year has
    if not 0 <= window_days <= MAX_WINDOW_DAYS:
        raise ValueError(f"window_days must be 0–{MAX_WINDOW_DAYS}, not {window_days}")
    depths = _by_day(history)
    if not depths:
        return Chance(None, 0, 0)
    offsets = [0]
    for k in range(1, window_days + 1):
        offsets += [-k, k]  # the earlier day first: it wins a tie
    first, last = min(depths).year, max(depths).year
    per_year: list[tuple[int, float]] = []
    for year in range(first - 1, last + 2):  # a window may reach over New Year
        target = _on(year, month, day)
        for offset in offsets:
            depth = depths.get(target + timedelta(days=offset))
            if depth is not None:
                per_year.append((year, depth))
                break
    met = sum(1 for _, depth in per_year if depth + EPSILON_M >= min_depth_m)
    counted = len(per_year)
    return Chance(met / counted if counted else None, counted, met, tuple(per_year))


def winter_of(day: date) -> int:
    """The year a winter starts in: 1 July 2025 – 30 June 2026 is winter 2025."""
    return day.year if day.month >= 7 else day.year - 1


def season_summary(history: Iterable[tuple[date, float]],
                   threshold_m: float = 0.0) -> list[WinterSummary]:
    """Per winter: first and last day with snow, the deepest snow and when, oldest first.

    A day has snow when its depth is above `threshold_m` (default: any snow at all).
    """
    winters: dict[int, list[tuple[date, float]]] = {}
    for day, depth in sorted(_by_day(history).items()):
        winters.setdefault(winter_of(day), []).append((day, depth))
    out = []
    for start, days in sorted(winters.items()):
        snowy = [(d, v) for d, v in days if v > threshold_m + EPSILON_M]
        deepest = max(days, key=lambda dv: (dv[1], -dv[0].toordinal()))
        out.append(WinterSummary(
            winter=f"{start}/{(start + 1) % 100:02d}",
            first_snow=snowy[0][0] if snowy else None,
            last_snow=snowy[-1][0] if snowy else None,
            max_depth_m=deepest[1],
            max_on=deepest[0] if deepest[1] > EPSILON_M else None,  # the first such day
            snow_days=len(snowy), days_measured=len(days)))
    return out
