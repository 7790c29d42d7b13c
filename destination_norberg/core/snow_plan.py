"""Snow planning: will a snow target be met by its deadline, from stored snow and production?

`core.snow` says what is ready now; this module adds what is not ready yet but can be: the snow
left in the storage pile and what the cannons can make before the deadline. A target is green
when met now or by the snow that already exists (ready + stored), yellow when it needs the
cannons' future output ("met only if the projection holds"), red when even the projection does
not meet it or the deadline passed unmet. The projection is capped by what is physically
possible: no more than `daily_max_m3` a day, and never more km than the target's loops are long.

Conventions:
- Times are aware instants (UTC as the store keeps them); a forecast or scenario is a sequence
  of (start of hour, wet-bulb °C), one entry standing for one hour of cannon time. Hours the
  forecast does not cover count as no production: fill them with a climatology scenario
  (`combine_forecasts`) rather than let them look cold.
- Volumes are m³, lengths km, temperatures °C. Every figure comes from `SnowSettings`.
- Stored snow carries no further loss here (its summer melt is in the measured volume; the
  pile's melt up to a date is `storage_outlook`'s job). Cannon output loses
  `production_loss` (wind, evaporation, spreading) before it is track.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from destination_norberg.core.snow import (
    GuaranteeStatus,
    SnowTarget,
    evaluate,
    is_met,
    stored_snow_km,
)
from destination_norberg.core.snow_settings import DEFAULT_SETTINGS, SnowSettings
from destination_norberg.core.timeutil import local_day_start, to_local
from destination_norberg.core.trails import DEFAULT_STALE_DAYS
from destination_norberg.core.vocab import GuaranteeLevel

#: (start of the hour, wet-bulb °C) — or, in a history, (start of the hour, air temperature °C).
Hour = tuple[datetime, float]

HOUR = timedelta(hours=1)

#: Reason codes of a projection; the GUI translates code + args.
MET_NOW = "met_now"
MET_IF_PROJECTION_HOLDS = "met_if_projection_holds"
SHORT_BY = "short_by"
DEADLINE_PASSED = "deadline_passed"
MET_BY_STORED = "met_by_stored"  # ready + the pile's snow meet it; no production needed
LOOPS_TOO_SHORT = "loops_too_short"  # the target's loops are shorter than the km it promises
REASON_CODES = (MET_NOW, MET_IF_PROJECTION_HOLDS, SHORT_BY, DEADLINE_PASSED, MET_BY_STORED,
                LOOPS_TOO_SHORT)


# --- production ------------------------------------------------------------------------------

def production_rate_m3h(wet_bulb_c: float, settings: SnowSettings = DEFAULT_SETTINGS) -> float:
    """m³ of snow an hour from one cannon at this wet-bulb temperature.

    Zero above the threshold; at the threshold the base rate (the cannons *start* at −1.8);
    each degree colder adds the extra rate, up to the per-site cap. A hair of tolerance keeps a
    computed −1.8000000001 or −1.7999999999 on the threshold.
    """
    below = settings.wet_bulb_threshold_c - wet_bulb_c
    if below < -1e-9:
        return 0.0
    rate = settings.base_rate_m3h + settings.extra_rate_per_degree_m3h * max(0.0, below)
    return min(rate, settings.max_rate_m3h)


def producible_m3(hourly: Iterable[Hour], start: datetime, end: datetime,
                  settings: SnowSettings = DEFAULT_SETTINGS,
                  cannons: int | None = None) -> float:
    """Snow the cannon park makes over the hours that start in [start, end), before losses.

    An hour listed twice counts once (the first entry wins), so overlapping forecasts never
    double the snow.
    """
    return sum(m3 for _day, m3 in daily_production(hourly, start, end, settings, cannons))


def daily_production(hourly: Iterable[Hour], start: datetime, end: datetime,
                     settings: SnowSettings = DEFAULT_SETTINGS,
                     cannons: int | None = None) -> list[tuple[date, float]]:
    """Snow made per Norberg calendar day over the hours in [start, end), before losses,
    each day capped at `settings.daily_max_m3`; days in order, days without output left out."""
    count = settings.cannons if cannons is None else cannons
    if count <= 0 or end <= start:
        return []
    seen: set[datetime] = set()
    per_day: defaultdict[date, float] = defaultdict(float)
    for at, wet_bulb in hourly:
        if start <= at < end and at not in seen:
            seen.add(at)
            rate = production_rate_m3h(wet_bulb, settings)
            if rate > 0:
                per_day[to_local(at).date()] += rate * count
    return [(day, min(m3, settings.daily_max_m3)) for day, m3 in sorted(per_day.items())]


def combine_forecasts(forecast: Iterable[Hour], scenario: Iterable[Hour]) -> list[Hour]:
    """The forecast where it has an hour, the scenario (e.g. climatology) for the rest; sorted."""
    merged: dict[datetime, float] = dict(scenario)
    merged.update(forecast)
    return sorted(merged.items())


# --- stored snow -----------------------------------------------------------------------------

def km_from_volume(volume_m3: float, settings: SnowSettings = DEFAULT_SETTINGS, *,
                   loss_fraction: float) -> float:
    """Km of track `volume_m3` covers at the settings' width × depth, after `loss_fraction`.

    The loss is always stated by the caller: 0 for a measured pile (its melt is already in the
    measurement), `settings.production_loss` for cannon output, `settings.melt_loss_summer` for
    snow about to be stored. 12,000 m³ × 0.8 / (4 m × 0.4 m) = 6.0 km.
    """
    return stored_snow_km(max(0.0, volume_m3), loss_fraction, settings.track_width_m,
                          settings.machine_depth_m)


@dataclass(frozen=True, slots=True)
class StorageOutlook:
    on: date
    volume_m3: float  # what the pile holds on `on`
    melt_fraction: float  # melted since covering (the first measurement), share of that volume
    daily_melt_m3: float  # the rate used after the latest measurement
    measured_on: date  # the latest measurement on or before `on`
    days_extrapolated: int  # days from that measurement to `on`
    withdrawn_m3: float  # taken out for tracks since covering, up to `on`


def storage_outlook(measurements: Iterable[tuple[date, float]], on: date,
                    settings: SnowSettings = DEFAULT_SETTINGS,
                    withdrawn: Iterable[tuple[date, float]] = ()) -> StorageOutlook | None:
    """The pile's volume on `on` and its melt since it was covered; None when not yet measured.

    The latest measurement on or before `on` is carried forward at the melt rate observed
    between the last two measurements; with one measurement only, at `melt_loss_summer` of it
    spread over `storage_days`. Measurements after `on` are ignored (what was known then).

    `withdrawn` lists snow taken out to lay tracks: without it a drop like the demo's 9,420 →
    4,030 m³ "after laying out the 4 km loop" would be read as melt and extrapolated. A
    withdrawal dated on a measurement's day is taken to be before that measurement. A pile that
    grew (snow added) is given a melt rate of 0, not a negative one.
    """
    by_day: dict[date, float] = {}
    for day, volume in measurements:
        if day <= on:
            by_day[day] = volume
    if not by_day:
        return None
    taken = [(day, m3) for day, m3 in withdrawn if day <= on]

    def taken_between(after: date, upto: date) -> float:
        return sum(m3 for day, m3 in taken if after < day <= upto)

    days = sorted(by_day)
    first_day, last_day = days[0], days[-1]
    first, last = by_day[first_day], by_day[last_day]
    if len(days) >= 2:
        prev_day = days[-2]
        drop = by_day[prev_day] - last - taken_between(prev_day, last_day)
        daily = max(0.0, drop / (last_day - prev_day).days)
    else:
        daily = first * settings.melt_loss_summer / settings.storage_days
    ahead = (on - last_day).days
    volume = max(0.0, last - daily * ahead - taken_between(last_day, on))
    out = taken_between(first_day, on)
    melted = max(0.0, first - volume - out)
    return StorageOutlook(on=on, volume_m3=volume,
                          melt_fraction=melted / first if first > 0 else 0.0,
                          daily_melt_m3=daily, measured_on=last_day, days_extrapolated=ahead,
                          withdrawn_m3=out)


# --- projection ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Projection:
    ready_km: float  # ready now (core.snow.ready_km)
    storable_km: float  # what the stored snow can still cover
    producible_km: float  # what the cannons can add before the deadline, after losses, and
    # the loops can still take (reason_args["capacity_km"]: before that cap)
    projected_km: float  # the sum, capped at the target's loops' length (when it has loops)
    level: GuaranteeLevel
    reason_code: str  # one of REASON_CODES
    reason_args: dict[str, Any]
    days_left: int  # to the deadline, by Norberg calendar days (negative: passed)
    margin_km: float = 0.0  # projected − required (negative: short)
    #: Days between the day the projection first meets the target and the last production
    #: day (green: every day left); None when it is not met.
    margin_days: int | None = None
    loops_km: float | None = None  # the target's loops' length; None: no loops linked


def production_end(target: SnowTarget, settings: SnowSettings = DEFAULT_SETTINGS) -> datetime:
    """Cannons must stop at local midnight `production_lead_days` before the deadline day."""
    return local_day_start(target.deadline - timedelta(days=settings.production_lead_days))


def loops_km(target: SnowTarget) -> float | None:
    """The length of the target's loops (km); None when none is linked (no cap then)."""
    if not target.loops:
        return None
    return sum(loop.length_m for loop in target.loops) / 1000.0


def project(target: SnowTarget, now: datetime, ready_km: float, storage_volume_m3: float,
            hourly_forecast: Iterable[Hour],
            settings: SnowSettings = DEFAULT_SETTINGS) -> Projection:
    """Judge a target: green met now or by the snow that exists (ready + stored), yellow met
    only if the projection holds, red otherwise.

    `storage_volume_m3` is the snow in the pile that may go to this target (e.g.
    `storage_outlook(...).volume_m3`, less what is promised elsewhere). Stored snow is counted
    whatever the days left, as spreading it takes days, not weeks; production only over
    [now, production_end), at most `daily_max_m3` a day. No projection exceeds the loops.
    """
    required = target.required_km
    days_left = (target.deadline - to_local(now).date()).days
    cap = loops_km(target)

    def capped(km: float) -> float:
        return km if cap is None else min(km, cap)

    storable = km_from_volume(storage_volume_m3, settings, loss_fraction=0.0)
    days = daily_production(hourly_forecast, now, production_end(target, settings), settings)
    made = sum(m3 for _d, m3 in days)
    producible = km_from_volume(made, settings, loss_fraction=settings.production_loss)
    have = capped(ready_km + storable)
    capacity_km = producible  # what the cannons could make, before the loops' cap
    if cap is not None:  # what the loops can still take: the rest of the output has no use
        usable = max(0.0, cap - have)
        if producible > usable:
            per_km = made / producible
            producible, made = usable, usable * per_km
    projected = capped(ready_km + storable + producible)
    end_day = to_local(production_end(target, settings) - HOUR).date()  # the last day
    margin_days: int | None = None
    if is_met(have, required):
        margin_days = max(0, days_left)
    elif is_met(projected, required):
        km = have
        for day, m3 in days:
            km += km_from_volume(m3, settings, loss_fraction=settings.production_loss)
            if is_met(capped(km), required):
                margin_days = (end_day - day).days
                break
    args: dict[str, Any] = {"required_km": required, "ready_km": ready_km,
                            "projected_km": projected, "days_left": days_left,
                            "deadline": target.deadline, "storable_km": storable,
                            "producible_km": producible, "producible_m3": made,
                            "margin_km": projected - required, "margin_days": margin_days,
                            "daily_max_m3": settings.daily_max_m3,
                            "capacity_km": capacity_km}
    if cap is not None:
        args["loops_km"] = cap
    if is_met(ready_km, required):
        level, code = GuaranteeLevel.GREEN, MET_NOW
    elif days_left < 0:
        level, code = GuaranteeLevel.RED, DEADLINE_PASSED
        args["short_km"] = required - ready_km
    elif cap is not None and not is_met(cap, required):
        level, code = GuaranteeLevel.RED, LOOPS_TOO_SHORT
        args["short_km"] = required - cap
    elif is_met(have, required):
        level, code = GuaranteeLevel.GREEN, MET_BY_STORED
    elif is_met(projected, required):
        level, code = GuaranteeLevel.YELLOW, MET_IF_PROJECTION_HOLDS
    else:
        level, code = GuaranteeLevel.RED, SHORT_BY
        args["short_km"] = required - projected
    return Projection(ready_km=ready_km, storable_km=storable, producible_km=producible,
                      projected_km=projected, level=level, reason_code=code, reason_args=args,
                      days_left=days_left, margin_km=projected - required,
                      margin_days=margin_days, loops_km=cap)


def evaluate_projected(target: SnowTarget, now: datetime, storage_volume_m3: float,
                       hourly_forecast: Iterable[Hour],
                       settings: SnowSettings = DEFAULT_SETTINGS,
                       stale_days: int = DEFAULT_STALE_DAYS,
                       ) -> tuple[GuaranteeStatus, Projection]:
    """`core.snow.evaluate` with its open "not judged" filled in by the projection.

    Green and red-after-deadline stay exactly as `evaluate` says; a target it leaves unjudged
    (not met, deadline ahead) gets the projection's yellow or red.
    """
    status = evaluate(target, now, stale_days)
    projection = project(target, now, status.ready_km, storage_volume_m3, hourly_forecast,
                         settings)
    if status.level is None:
        status = replace(status, level=projection.level)
    return status, projection


# --- a scenario when there is no forecast ----------------------------------------------------

def _as_utc(at: datetime) -> datetime:
    """Aware → UTC; naive is taken as UTC already (how the store hands instants)."""
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


def _quantile(values: list[float], q: float) -> float:
    """Linear-interpolated quantile of sorted values (q = 0.5 is the median)."""
    pos = q * (len(values) - 1)
    low = math.floor(pos)
    high = min(low + 1, len(values) - 1)
    return values[low] + (values[high] - values[low]) * (pos - low)


# How far (hours) a reading stands in for hours without one, within the same day.
FILL_HOURS = 6


@dataclass(frozen=True, slots=True)
class Climatology:
    """Air temperature per (month, day, UTC hour) over the years of a station's history.

    Build it once per station and history (`from_history` walks every row once: 65 years of
    hourly data, 570k rows, take about 0.3 s) and ask it for as many scenarios as needed. Keys
    are UTC hours, as SMHI and the store keep them, so daylight saving never folds two hours
    into one.
    """

    temperatures: Mapping[tuple[int, int, int], float]
    years: int
    quantile: float = 0.5

    @classmethod
    def from_history(cls, history_hourly: Iterable[Hour],
                     quantile: float = 0.5) -> Climatology:
        """`quantile` 0.5 is the median hour; a higher one is a warmer scenario, lower colder.

        NaN temperatures (missing readings) are skipped; a naive time is taken as UTC.
        """
        if not 0.0 <= quantile <= 1.0:
            raise ValueError("quantile must be within [0, 1]")
        groups: defaultdict[tuple[int, int, int], list[float]] = defaultdict(list)
        years: set[int] = set()
        for at, temp in history_hourly:
            if temp != temp:  # NaN
                continue
            offset = at.utcoffset()
            if offset:
                at = at.astimezone(UTC)
            groups[(at.month, at.day, at.hour)].append(temp)
            years.add(at.year)
        temps = {key: _quantile(sorted(values), quantile) for key, values in groups.items()}
        return cls(temperatures=temps, years=len(years), quantile=quantile)

    def temperature(self, at: datetime) -> float | None:
        """The scenario's temperature for the hour starting at `at`; 29 February borrows the
        28th when the history holds no leap day.

        Older SMHI records hold three readings a day (06, 12, 18 UTC): an hour without its
        own reading takes the nearest reading of the same day within `FILL_HOURS`, earlier
        first, so a sparse history does not count as a day of few cannon hours. None when
        the day has no reading that close.
        """
        utc = _as_utc(at)
        month, day = utc.month, utc.day
        if (month, day) == (2, 29) and not any(
                (2, 29, h) in self.temperatures for h in range(24)):
            day = 28
        for distance in range(FILL_HOURS + 1):
            for hour in (utc.hour - distance, utc.hour + distance):
                if 0 <= hour < 24:
                    found = self.temperatures.get((month, day, hour))
                    if found is not None:
                        return found
        return None

    def forecast(self, start: datetime, end: datetime,
                 settings: SnowSettings = DEFAULT_SETTINGS) -> list[Hour]:
        """Hourly wet-bulb scenario for the whole UTC hours starting in [start, end).

        Wet-bulb is temperature − `dry_to_wet_bulb_offset_c`. When the history is already
        wet-bulb (humidity known: convert each row with `snow_settings.wet_bulb_c`), pass
        settings with that offset set to 0. Hours the history lacks are left out.
        """
        first, end = _as_utc(start), _as_utc(end)
        at = first.replace(minute=0, second=0, microsecond=0)
        if at < first:
            at += HOUR
        out: list[Hour] = []
        while at < end:
            temp = self.temperature(at)
            if temp is not None:
                out.append((at, temp - settings.dry_to_wet_bulb_offset_c))
            at += HOUR
        return out


def climatology_forecast(history_hourly: Iterable[Hour], start: datetime, end: datetime,
                         settings: SnowSettings = DEFAULT_SETTINGS,
                         quantile: float = 0.5) -> list[Hour]:
    """For each hour of [start, end), the median (or `quantile`) temperature of that calendar
    hour over the years of the history, as wet-bulb. One-off convenience: keep a `Climatology`
    when asking more than once."""
    return Climatology.from_history(history_hourly, quantile).forecast(start, end, settings)
