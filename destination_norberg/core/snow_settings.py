"""The numbers behind snow planning, as settings rather than literals.

Each default is a documented figure from Norberg's own snowfarming (DESIGN.md §2) or a stated
choice; a coordinator who knows better for a season (another cannon park, a wider race course)
makes a `dataclasses.replace(DEFAULT_SETTINGS, …)` instead of editing rules.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace


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
    #: The most snow the team makes in one day (m³), whatever the cold: water, power, people
    #: and grooming bound it. 1,800 m³ is a stated choice, the best day of the demo's own
    #: production log (1,717 m³) rounded up; without it a cold spell counts thousands a day.
    daily_max_m3: float = 1800.0

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
        if self.daily_max_m3 < 0:
            raise ValueError("the daily maximum must not be negative")
        if self.cannons < 0 or self.storage_days <= 0 or self.decision_days_before < 0:
            raise ValueError("cannons, storage days and decision days must not be negative")


DEFAULT_SETTINGS = SnowSettings()


@dataclass(frozen=True, slots=True)
class Parameter:
    """One planner parameter a coordinator sees and edits: its setting key, the SnowSettings
    field, the unit it is shown in and its allowed range in that unit. `scale` turns the shown
    value into the field's (a loss shown in % is stored in the field as a fraction)."""

    key: str
    field: str
    unit: str
    low: float
    high: float
    decimals: int = 1
    scale: float = 1.0

    def shown(self, settings: SnowSettings) -> float:
        value = float(getattr(settings, self.field)) / self.scale
        return round(value, self.decimals) if self.decimals else float(round(value))

    def check(self, value: float) -> float:
        """`value` in the shown unit, or ValueError with a one-line message."""
        if value != value or not self.low <= value <= self.high:
            raise ValueError(f"{self.key} must be {self.low:g} to {self.high:g} {self.unit}, "
                             f"not {value:g}")
        if self.decimals == 0 and value != int(value):
            raise ValueError(f"{self.key} must be a whole number, not {value:g}")
        return value


#: Every editable parameter, in the order the settings are listed.
PARAMETERS: tuple[Parameter, ...] = (
    Parameter("snow.cannons", "cannons", "cannons", 0, 50, 0),
    Parameter("snow.base_rate_m3h", "base_rate_m3h", "m³/h", 0, 200),
    Parameter("snow.extra_rate_per_degree_m3h", "extra_rate_per_degree_m3h", "m³/h/°C", 0, 50),
    Parameter("snow.wet_bulb_threshold_c", "wet_bulb_threshold_c", "°C", -10, 0),
    Parameter("snow.daily_max_m3", "daily_max_m3", "m³", 0, 50000, 0),
    Parameter("snow.track_width_m", "track_width_m", "m", 1, 20),
    Parameter("snow.machine_depth_m", "machine_depth_m", "m", 0.05, 2, 2),
    Parameter("snow.melt_loss_summer", "melt_loss_summer", "%", 0, 90, 0, 0.01),
    Parameter("snow.production_loss", "production_loss", "%", 0, 90, 0, 0.01),
)
PARAMETER_KEYS = {p.key: p for p in PARAMETERS}


def with_values(values: dict[str, float], base: SnowSettings = DEFAULT_SETTINGS) -> SnowSettings:
    """`base` with each key's shown value (checked against its range); ValueError names the
    first bad key. Unknown keys are an error too."""
    changes: dict[str, float | int] = {}
    for key, value in values.items():
        spec = PARAMETER_KEYS.get(key)
        if spec is None:
            raise ValueError(f"unknown setting {key}; known: {', '.join(PARAMETER_KEYS)}")
        spec.check(value)
        field_value = value * spec.scale
        changes[spec.field] = int(field_value) if spec.field == "cannons" else field_value
    return replace(base, **changes)  # type: ignore[arg-type]


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
