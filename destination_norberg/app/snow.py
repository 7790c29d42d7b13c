"""The snow guarantee as it stands: each target judged with its projection, and go/no-go.

`judge` is THE judgement of the snow targets: every view that shows a level, a reason or km
(the overview's snow card, the snow page, the events warnings, go/no-go, the bulletin, the
public status page, `snow status` and `overview --json`) takes it from here, so for one
database and one instant they cannot disagree (tests/app/test_one_judgement.py).
`snow_report` is `judge` plus go/no-go and the natural-snow chances, for the snow area.

Without a forecast, the coming weeks are the median of the temperature history the database
holds (SMHI imports); without any history, a target not met yet stays unjudged, which is said.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from destination_norberg.app.snow_stations import most_used
from destination_norberg.app.snow_weather import WeatherBasis, temperature_series, weather_basis
from destination_norberg.core.gonogo import GoNoGo, decide
from destination_norberg.core.snow import GuaranteeStatus, evaluate
from destination_norberg.core.snow_history import Chance, chance_of_depth
from destination_norberg.core.snow_plan import (
    LOOPS_TOO_SHORT,
    MET_BY_STORED,
    Projection,
    evaluate_projected,
    production_end,
    project,
)
from destination_norberg.core.snow_settings import DEFAULT_SETTINGS, SnowSettings
from destination_norberg.core.snow_stations import NEEDS, SNOW_DEPTH, TEMPERATURE, StationChoice
from destination_norberg.core.timeutil import to_local

#: The reason of a target neither met nor past its deadline when nothing could be projected
#: (no temperature history): its level is None, "not judged".
NOT_JUDGED = "not_judged"


def verdict(status: GuaranteeStatus, projection: Projection,
            ) -> tuple[str | None, str, dict[str, Any]]:
    """(level, reason code, reason args) of one judged target, as every view shows it."""
    if status.level is None:
        return None, NOT_JUDGED, {"ready_km": status.ready_km,
                                  "required_km": status.target.required_km,
                                  "days_left": status.days_left,
                                  "deadline": status.target.deadline}
    return status.level.value, projection.reason_code, dict(projection.reason_args)


@dataclass(frozen=True)
class Judgement:
    """Every snow target judged as of `now`, soonest deadline first."""

    now: datetime
    stale_days: int
    data: Any  # store.snow_read.SnowData, the rows the judgement was made from
    storage: tuple[date, float] | None  # the pile as last measured (day, m³)
    judged: list[tuple[GuaranteeStatus, Projection]]
    settings: SnowSettings = DEFAULT_SETTINGS  # the planner's parameters used
    #: target id → need → the station it used (app.snow_stations)
    stations: dict[int, dict[str, StationChoice]] = field(default_factory=dict)
    temperature_station: str | None = None  # the temperature station most targets use
    forecast_used: bool = False  # SMHI's point forecast fed the first days of a projection
    forecast_reference: datetime | None = None  # the forecast's model run
    #: station key → the weather basis judged from, so a view drawing the same scenario
    #: (app.snow_read) does not rebuild the climatology
    bases: dict[str, WeatherBasis] = field(default_factory=dict)


def judge(source: Any, now: datetime, stale_days: int | None = None,
          settings: SnowSettings | None = None) -> Judgement:
    """THE judgement: each target with its projection. `source` is a RowSource;
    `stale_days` None is the destination's setting (app.settings); `settings` None the
    destination's planner parameters (app.snow_settings). Each target is projected from the
    temperature history of its own station (app.snow_stations)."""
    from destination_norberg.app.settings import resolve_stale_days
    from destination_norberg.app.snow_settings import resolve_snow_settings
    from destination_norberg.app.snow_stations import station_choices
    from destination_norberg.store.snow_read import snow_data

    stale_days = resolve_stale_days(source, stale_days)
    settings = resolve_snow_settings(source, settings)
    choices = station_choices(source)
    main_temp = most_used(c[TEMPERATURE] for c in choices.values())
    data = snow_data(source, now)  # the histories are read per station by _bases
    bases = _bases(source, data.targets, choices, settings)
    storage = data.storage[-1] if data.storage else None
    # The pile as last measured: a fall in volume can be melt or snow taken out to lay a
    # track, which the measurements do not tell apart, so nothing is extrapolated.
    volume = storage[1] if storage else 0.0
    judged = []
    forecast_used, reference = False, None
    for target in sorted(data.targets, key=lambda t: (t.deadline, t.name, t.target_id)):
        basis = bases.get(target.target_id)
        if basis is None or basis.climate is None:  # no temperatures, no projection: not
            status = evaluate(target, now, stale_days)  # met yet stays unjudged …
            p = project(target, now, status.ready_km, volume, [], settings)
            if status.level is None and p.reason_code in (MET_BY_STORED, LOOPS_TOO_SHORT):
                status = replace(status, level=p.level)  # … unless no cannon is needed
            judged.append((status, p))
            continue
        # SMHI's forecast for the first days, the station's climatology after (app.snow_weather)
        series = temperature_series(basis, now, production_end(target, settings))
        if series.uses_forecast:
            forecast_used, reference = True, series.forecast_reference
        judged.append(evaluate_projected(target, now, volume, series.combined(), settings,
                                         stale_days))
    return Judgement(now, stale_days, data, storage, judged, settings, choices,
                     main_temp.key if main_temp is not None else None, forecast_used,
                     reference, {b.station: b for b in bases.values()
                                 if b is not None and b.station is not None})


@dataclass(frozen=True)
class SnowReport:
    now: datetime
    storage_m3: float | None
    storage_measured_on: Any
    temperature_station: str | None
    judged: list[tuple[GuaranteeStatus, Projection]]
    gonogo: GoNoGo | None
    race_target: str | None = None  # the target go/no-go is about
    without_courses: tuple[str, ...] = ()  # races of that week with no course entered
    race_event_ids: tuple[int, ...] = ()  # the event of each race in `gonogo.per_race`
    natural_station: str | None = None  # the snow-depth history the chances come from
    natural: dict[int, Chance] = field(default_factory=dict)  # target id → natural snow
    #: target id → need → the station it used (app.snow_stations); issue 14
    stations: dict[int, dict[str, StationChoice]] = field(default_factory=dict)
    settings: SnowSettings = DEFAULT_SETTINGS  # the destination's planner parameters
    forecast_used: bool = False  # SMHI's point forecast fed the first days of a projection
    forecast_reference: datetime | None = None  # the forecast's model run
    bases: dict[str, WeatherBasis] = field(default_factory=dict)  # as Judgement.bases

    def as_dict(self) -> dict[str, Any]:
        return {
            "now": self.now.isoformat(),
            "storage_m3": self.storage_m3,
            "storage_measured_on": (self.storage_measured_on.isoformat()
                                    if self.storage_measured_on else None),
            "temperature_history": self.temperature_station,
            "targets": [{
                "name": s.target.name, "deadline": s.target.deadline.isoformat(),
                "required_km": s.target.required_km, "ready_km": round(s.ready_km, 2),
                "level": s.level.value if s.level else None, "days_left": s.days_left,
                "projected_km": round(p.projected_km, 2),
                "storable_km": round(p.storable_km, 2),
                "producible_km": round(p.producible_km, 2),
                "reason": verdict(s, p)[1],
                "reason_args": json_args(verdict(s, p)[2]),
                "stale_loops": list(s.stale_loops),
                "natural_snow": _chance_dict(self.natural.get(s.target.target_id)),
                **target_fields(p, self.stations.get(s.target.target_id, {}))}
                for s, p in self.judged],
            "natural_snow_history": self.natural_station,
            "forecast_used": self.forecast_used,
            "forecast_reference": (self.forecast_reference.isoformat()
                                   if self.forecast_reference else None),
            "gonogo": None if self.gonogo is None else {
                "target": self.race_target,
                "races_without_courses": list(self.without_courses),
                "decision_date": self.gonogo.decision_date.isoformat(),
                "days_to_decision": self.gonogo.days_to_decision,
                "recommendation": str(self.gonogo.recommendation),
                "reasons": [code for code, _args in self.gonogo.reasons],
                "races": [{"race": d.race.name, "go": d.go,
                           "variant": d.variant.name if d.variant else None}
                          for d in self.gonogo.per_race]},
        }


def json_args(args: dict[str, Any]) -> dict[str, Any]:
    """Reason arguments as JSON: dates as ISO text."""
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in args.items()}


def station_dict(choice: StationChoice | None) -> dict[str, Any] | None:
    """A station as `snow status --json` and `snow stations --json` name it."""
    if choice is None or choice.station is None:
        return None if choice is None or choice.chosen_key is None else {
            "id": choice.chosen_key, "name": None, "distance_km": None, "chosen": True,
            "missing": True}
    km = choice.station.distance_km
    return {"id": choice.station.key, "name": choice.station.name,
            "distance_km": None if km is None else round(km, 1),
            "chosen": not choice.is_default}


def target_fields(p: Projection, choices: dict[str, StationChoice]) -> dict[str, Any]:
    """Issue 14's fields of one target: margin and the stations used."""
    return {"margin_km": round(p.margin_km, 2) or 0.0, "margin_days": p.margin_days,
            "loops_km": None if p.loops_km is None else round(p.loops_km, 2),
            "stations": {need: station_dict(choices.get(need)) for need in NEEDS}}


def _chance_dict(chance: Chance | None) -> dict[str, Any] | None:
    if chance is None:
        return None
    return {"probability": chance.probability, "years_counted": chance.years_counted,
            "years_met": chance.years_met}


def natural_chances(source: Any, targets: list[Any],
                    choices: dict[int, dict[str, StationChoice]],
                    ) -> tuple[str | None, dict[int, Chance]]:
    """For each target, how often past winters had its minimum depth of natural snow on
    its deadline (±3 days), from the target's snow-depth station; and the station most
    targets use, by name."""
    from destination_norberg.store.weather_read import snow_depth_series

    series: dict[str, list[Any]] = {}
    out: dict[int, Chance] = {}
    for t in targets:
        choice = choices.get(t.target_id, {}).get(SNOW_DEPTH)
        if choice is None or choice.station is None:
            continue
        key = choice.station.key
        if key not in series:
            series[key] = snow_depth_series(source, key)
        out[t.target_id] = chance_of_depth(series[key], (t.deadline.month, t.deadline.day),
                                           t.min_depth_cm / 100.0)
    main = most_used(c[SNOW_DEPTH] for c in choices.values() if SNOW_DEPTH in c)
    return (main.name if main is not None else None), out


def _bases(source: Any, targets: list[Any], choices: dict[int, dict[str, StationChoice]],
           settings: SnowSettings) -> dict[int, WeatherBasis | None]:
    """Each target's weather basis, from its own temperature station (one per station): its
    hourly history (with humidity where measured) or hours from its daily values."""
    built: dict[str, WeatherBasis] = {}
    out: dict[int, WeatherBasis | None] = {}
    for t in targets:
        choice = choices.get(t.target_id, {}).get(TEMPERATURE)
        key = choice.station.key if choice is not None and choice.station is not None else None
        if key is None:
            out[t.target_id] = None
            continue
        if key not in built:
            built[key] = weather_basis(source, key, settings)
        out[t.target_id] = built[key]
    return out


def snow_report(source: Any, now: datetime, stale_days: int | None = None,
                settings: SnowSettings | None = None) -> SnowReport:
    """`judge`, plus go/no-go and the natural-snow chances. `stale_days` and `settings`
    None are the destination's settings (app.settings, app.snow_settings)."""
    from destination_norberg.store.overview_repo import trail_states
    from destination_norberg.store.snow_read import race_week

    judgement = judge(source, now, stale_days, settings)
    stale_days, data, storage = judgement.stale_days, judgement.data, judgement.storage
    settings, choices = judgement.settings, judgement.stations
    gonogo, race_target, week = None, None, None
    today = to_local(now).date()
    for target in sorted(data.targets, key=lambda t: (t.deadline < today, t.deadline)):
        event_id = data.target_events.get(target.target_id)
        week = race_week(source, event_id) if event_id is not None else None
        if week is not None:
            race_target = target.name
            break
    if week is not None:
        loops = [(s.name, s.length_m / 1000.0,
                  s.status is not None and s.status.is_open and not s.is_stale(now, stale_days))
                 for s in trail_states(source, now) if s.kind.is_ski]
        gonogo = decide(week.races, loops, False, week.race_day, today, settings)
    station, natural = natural_chances(source, data.targets, choices)
    return SnowReport(now, storage[1] if storage else None, storage[0] if storage else None,
                      judgement.temperature_station, judgement.judged, gonogo, race_target,
                      tuple(week.without_courses) if week is not None else (),
                      tuple(week.race_event_ids) if week is not None else (),
                      station, natural, choices, settings, judgement.forecast_used,
                      judgement.forecast_reference, judgement.bases)
