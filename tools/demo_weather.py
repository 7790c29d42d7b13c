"""The demo's fictional weather station near Norberg: temperatures and natural snow depth.

Not measured anywhere: a seeded simulation shaped like the inland Bergslagen climate (monthly
means about Nov −0.5, Dec −3.5, Jan −5, Feb −5, Mar −1.5 °C, a small diurnal swing in mid-winter,
cold and mild spells lasting days), so the snow planner has winters to draw its scenario
from. Temperatures are every three hours (00, 03 … 21 UTC, like SMHI's older synoptic
records), which the planner's climatology fills hour by hour; snow depth is one reading a day
at 06 UTC in metres, as SMHI parameter 8. It has its own random generator, so the rest of the
demo data does not change when this does.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from typing import Any

STATION = {
    "key": "demo:norberg",
    "name": "Norberg (demo, fiktiv)",
    "network": "demo",
    # Fictional, a little north-east of Torget, about 2 km from town.
    "latitude": 60.098, "longitude": 15.953, "height_m": 160.0,
}
HOURS = (0, 3, 6, 9, 12, 15, 18, 21)
FIRST_WINTER, LAST_WINTER = 2016, 2025  # winters 2016/17 … 2025/26
SEASON = ((10, 1), (4, 30))  # October to April
RECENT = (dt.date(2026, 10, 1), dt.date(2026, 11, 25))  # the run-up to the demo's "today"

# Monthly mean air temperature (°C) and the diurnal half-swing (°C).
MEAN = {10: 5.0, 11: -0.5, 12: -3.5, 1: -5.0, 2: -5.0, 3: -1.5, 4: 3.5}
SWING = {10: 3.0, 11: 1.5, 12: 1.0, 1: 1.2, 2: 2.0, 3: 3.5, 4: 4.5}


def _mean(day: dt.date) -> float:
    """Monthly means joined linearly through mid-month."""
    mid = dt.date(day.year, day.month, 15)
    other = (day.replace(day=1) - dt.timedelta(days=1)) if day < mid else (
        day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    share = abs((day - mid).days) / 30.0
    return MEAN[day.month] * (1 - share) + MEAN.get(other.month, MEAN[day.month]) * share


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def _simulate(rng: random.Random, days: list[dt.date], forced: dict[dt.date, float],
              depth0: float) -> tuple[list[dict[str, Any]], list[tuple[dt.date, float]]]:
    """Three-hourly temperatures and the daily snow depth over `days`."""
    temps: list[dict[str, Any]] = []
    depth_rows: list[tuple[dt.date, float]] = []
    anomaly, depth = rng.gauss(0, 3), depth0
    winter = rng.gauss(0, 1.5)  # a mild or a cold winter as a whole
    for day in days:
        anomaly = 0.8 * anomaly + rng.gauss(0, 2.4)  # spells of a few days
        daily = _mean(day) + winter + anomaly
        if day in forced:  # agree with the production log: the run's wet-bulb + 1 °C
            daily = forced[day]
        swing = SWING[day.month]
        row: dict[str, Any] = {"station": STATION["key"], "date": day.isoformat()}
        for hour in HOURS:
            # Coldest about 05 local (04 UTC), warmest about 14 local (13 UTC).
            value = daily - swing * math.cos(2 * math.pi * (hour - 1.0) / 24.0 - math.pi)
            row[f"t{hour:02d}"] = f"{value + rng.gauss(0, 0.4):.1f}"
        temps.append(row)
        # Snow: precipitation on about 40 % of days, as snow below +0.5 °C; degree-day melt.
        if rng.random() < 0.4:
            water_mm = rng.expovariate(1 / 1.9)
            if daily < 0.5:
                depth += water_mm / 1000.0 * 10.0  # fresh snow about 10× the water
        if daily > 0:
            depth -= 0.005 * daily * (1.5 if day.month >= 3 else 1.0)
        depth = max(0.0, depth * 0.99)  # settling
        depth_rows.append((day, round(depth, 2)))
    return temps, depth_rows


def build_weather(production: list[dict[str, Any]],
                  recent_depth: list[dict[str, Any]]) -> dict[str, Any]:
    """The station, its temperatures and its snow depths (history winters, then the demo
    autumn's own readings `recent_depth`, which `build_snow_depth` keeps as they were)."""
    rng = random.Random(1962_14)
    forced = {dt.date.fromisoformat(p["date"]): float(p["wet_bulb_c"]) + 1.0
              for p in production if p.get("wet_bulb_c") not in (None, "")}
    temps: list[dict[str, Any]] = []
    depth: list[dict[str, Any]] = []
    for year in range(FIRST_WINTER, LAST_WINTER + 1):
        days = _days(dt.date(year, *SEASON[0]), dt.date(year + 1, *SEASON[1]))
        t, d = _simulate(rng, days, forced, 0.0)
        temps += t
        depth += [{"date": day.isoformat(), "depth_m": f"{m:.2f}",
                   "quality": "G", "station": STATION["key"]}
                  for day, m in d if day.month in (11, 12, 1, 2, 3, 4)]
    t, _d = _simulate(rng, _days(*RECENT), forced, 0.0)
    temps += t
    depth += [{**r, "station": STATION["key"]} for r in recent_depth]
    return {"stations": [STATION], "temperatures": temps, "depth": depth}


def winter_summary(weather: dict[str, Any]) -> list[str]:
    """One line a winter: mean Dec–Feb temperature and the depth on 14 February."""
    lines = []
    by_day = {r["date"]: float(r["depth_m"]) for r in weather["depth"]}
    for year in range(FIRST_WINTER, LAST_WINTER + 1):
        values = [float(r[f"t{h:02d}"]) for r in weather["temperatures"]
                  for h in HOURS if f"{year}-12" <= r["date"][:7] <= f"{year + 1}-02"
                  and r["date"][:4] in (str(year), str(year + 1))]
        feb14 = by_day.get(f"{year + 1}-02-14")
        lines.append(f"winter {year}/{year + 1 - 2000:02d}: Dec–Feb mean "
                     f"{sum(values) / len(values):5.1f} °C, snow 14 Feb "
                     f"{'–' if feb14 is None else f'{feb14 * 100:.0f} cm'}")
    return lines
