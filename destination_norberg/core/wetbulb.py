"""Wet-bulb temperature, the figure snow cannons start by.

With relative humidity, Stull's (2011) fit (`snow_settings.wet_bulb_c`, the one formula the
program has); without it, the temperature-only rule the planner has always used: air
temperature minus `dry_to_wet_bulb_offset_c`, which errs on the cold-safe side.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from destination_norberg.core.snow_settings import wet_bulb_c as stull_wet_bulb_c

__all__ = ["stull_wet_bulb_c", "wet_bulb", "wet_bulb_hours"]


def wet_bulb(temp_c: float, rel_humidity: float | None, offset_c: float) -> float:
    """Stull when humidity is known (0 < RH ≤ 100 %), else temperature − `offset_c`."""
    if rel_humidity is None or rel_humidity != rel_humidity or not 0.0 < rel_humidity <= 100.0:
        return temp_c - offset_c
    return stull_wet_bulb_c(temp_c, rel_humidity)


def wet_bulb_hours(temperatures: Iterable[tuple[datetime, float]],
                   humidity: Mapping[datetime, float], offset_c: float,
                   ) -> tuple[list[tuple[datetime, float]], int]:
    """(hourly wet-bulb, how many hours had humidity): each hour with a humidity reading at
    the same instant is Stull's, every other hour the temperature-only rule."""
    out: list[tuple[datetime, float]] = []
    with_humidity = 0
    for at, temp in temperatures:
        rh = humidity.get(at)
        if rh is not None and 0.0 < rh <= 100.0:
            with_humidity += 1
        out.append((at, wet_bulb(temp, rh, offset_c)))
    return out, with_humidity
