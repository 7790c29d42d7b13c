"""The numbers behind snow planning, as settings rather than literals.

Each default is a documented figure from Norberg's own snowfarming (DESIGN.md §2) or a stated
choice; a coordinator who knows better for a season (another cannon park, a wider race course)
makes a `dataclasses.replace(DEFAULT_SETTINGS, …)` instead of editing rules.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SnowSettings:
    # --- snow production ---------------------------------------------------------------------
    #: Cannons start at this wet-bulb temperature (°C). The threshold itself counts as cold
    #: enough: "start at −1.8" means running at −1.8, so the rate at exactly −1.8 is the base rate.
    wet_bulb_threshold_c: float = -1.8
    #: m³ of snow an hour per cannon at the threshold ("about 10 m³/h each").
    base_rate_m3h: float = 10.0
    #: m³/h more per cannon for each degree of wet-bulb below the threshold ("about 5 m³/h").
    extra_rate_per_degree_m3h: float = 5.0
    #: Upper limit per cannon (m³/h): the pump station's water and the gun's nozzles, not the
    #: cold, bound real output. None given for Norberg, so no cap by default; set it per site.
    max_rate_m3h: float = math.inf
    #: Cannons in the park (the demo runs 2–4 at a time).
    cannons: int = 4
    #: Share of cannon output that never becomes track: drift with the wind, evaporation,
    #: snow pushed outside the track when spreading.
    production_loss: float = 0.10

    # --- the track laid out ------------------------------------------------------------------
    #: Width of the prepared track (m). A machine-snow loop is groomed for classic and skate
    #: together, which takes about 4–6 m; 4 m is the narrow end, the width a loop of scarce
    #: snow gets (a mass-start stretch is wider and costs more).
    track_width_m: float = 4.0
    #: Compacted depth of machine or stored snow laid out as track (m). 40 cm is the depth the
    #: demo's Engelbrektsloppet target asks for and a base that survives thaw for weeks; since
    #: 10 cm of machine snow is worth about 60 cm of natural snow, it is a generous base.
    machine_depth_m: float = 0.4

    # --- snowfarming -------------------------------------------------------------------------
    #: Melt under 50–60 cm of sawdust over a summer: "expect at least 20 %".
    melt_loss_summer: float = 0.20
    #: Days from covering the pile (end of March) to uncovering it (mid-November); the demo pile
    #: was measured 2026-03-25 and 2026-11-10, 230 days, and lost 22 %. Spreads
    #: `melt_loss_summer` into a daily rate when only one measurement is known.
    storage_days: int = 230

    # --- forecasts and scenarios -------------------------------------------------------------
    #: Wet-bulb ≈ air temperature minus this (°C) when humidity is unknown. In the humid
    #: Swedish winter (80–95 %) the true depression near 0 °C is 0.3–1 °C; 1 °C errs cold-side
    #: safe, i.e. it counts fewer cannon hours, not more.
    dry_to_wet_bulb_offset_c: float = 1.0
    #: Production must end this many days before a deadline: the last snow has to be pushed
    #: out and groomed before the track can open.
    production_lead_days: int = 1

    # --- race go/no-go -----------------------------------------------------------------------
    #: The go/no-go for a race is taken this many days before race day (10 days before the
    #: second Sunday of February for Engelbrektsloppet): late enough to know, early enough to
    #: tell 2,000–3,000 starters and move a course.
    decision_days_before: int = 10

    def __post_init__(self) -> None:
        if self.track_width_m <= 0 or self.machine_depth_m <= 0:
            raise ValueError("track width and depth must be positive")
        for name in ("production_loss", "melt_loss_summer"):
            if not 0.0 <= getattr(self, name) < 1.0:
                raise ValueError(f"{name} must be a fraction in [0, 1)")
        if self.cannons < 0 or self.storage_days <= 0 or self.decision_days_before < 0:
            raise ValueError("cannons, storage days and decision days must not be negative")


DEFAULT_SETTINGS = SnowSettings()


def wet_bulb_c(temp_c: float, rel_humidity: float) -> float:
    """Wet-bulb temperature from air temperature (°C) and relative humidity (%, 0–100).

    Stull (2011), "Wet-Bulb Temperature from Relative Humidity and Air Temperature", J. Appl.
    Meteor. Climatol. 50: an empirical fit for sea-level pressure, within about ±1 °C for
    RH 5–99 % and −20…50 °C (20 °C, 50 % → 13.7 °C). Below freezing it reads 0.3–0.7 °C colder
    than the psychrometric wet-bulb at 1000 hPa, which counts a few cannon hours too many near
    the threshold; outside its range it is extrapolated. The result is capped at the air
    temperature (at 100 % the fit overshoots by a few hundredths).
    """
    if not 0.0 < rel_humidity <= 100.0:
        raise ValueError("relative humidity is in percent, 0 < RH ≤ 100")
    rh = rel_humidity
    tw: float = (temp_c * math.atan(0.151977 * math.sqrt(rh + 8.313659))
          + math.atan(temp_c + rh) - math.atan(rh - 1.676331)
          + 0.00391838 * rh ** 1.5 * math.atan(0.023101 * rh) - 4.686035)
    return min(tw, temp_c)
