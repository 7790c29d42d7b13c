"""The snow guarantee as it stands: each target judged with its projection, and go/no-go.

Plain Python over store.snow_read and the core rules, for `destination-norberg snow status`
and the trails-and-snow area. Without a forecast, the coming weeks are the median of the
temperature history the database holds (SMHI imports); without any history, nothing is
counted as producible, which is said.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from destination_norberg.app.snow_weather import temperature_series, weather_basis
from destination_norberg.core.gonogo import GoNoGo, decide
from destination_norberg.core.snow import GuaranteeStatus, evaluate
from destination_norberg.core.snow_history import Chance, chance_of_depth
from destination_norberg.core.snow_plan import (
    Projection,
    evaluate_projected,
    production_end,
    project,
)
from destination_norberg.core.snow_settings import DEFAULT_SETTINGS, SnowSettings
from destination_norberg.core.timeutil import to_local


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
    forecast_used: bool = False  # SMHI's point forecast fed the first days of a projection
    forecast_reference: datetime | None = None  # the forecast's model run

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
                "reason": p.reason_code,
                "reason_args": {k: (v.isoformat() if hasattr(v, "isoformat") else v)
                                for k, v in p.reason_args.items()},
                "stale_loops": list(s.stale_loops),
                "natural_snow": _chance_dict(self.natural.get(s.target.target_id))}
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


def _chance_dict(chance: Chance | None) -> dict[str, Any] | None:
    if chance is None:
        return None
    return {"probability": chance.probability, "years_counted": chance.years_counted,
            "years_met": chance.years_met}


def natural_chances(source: Any, targets: list[Any]) -> tuple[str | None, dict[int, Chance]]:
    """For each target, how often past winters had its minimum depth of natural snow on
    its deadline (±3 days), from the station with the longest snow-depth record."""
    from destination_norberg.store.weather_store import snow_depth_series, stations

    known = [s for s in stations(source) if s.snow_readings]
    if not known:
        return None, {}
    best = max(known, key=lambda s: (s.snow_readings, s.key))
    series = snow_depth_series(source, best.key)
    return best.name, {t.target_id: chance_of_depth(
        series, (t.deadline.month, t.deadline.day), t.min_depth_cm / 100.0)
        for t in targets}


def snow_report(source: Any, now: datetime, stale_days: int | None = None,
                settings: SnowSettings = DEFAULT_SETTINGS) -> SnowReport:
    """`stale_days` None is the destination's setting (app.settings)."""
    from destination_norberg.app.settings import resolve_stale_days
    from destination_norberg.store.overview_repo import trail_states
    from destination_norberg.store.snow_read import race_week, snow_data

    stale_days = resolve_stale_days(source, stale_days)
    data = snow_data(source, now)
    storage = data.storage[-1] if data.storage else None
    # The pile as last measured: a fall in volume can be melt or snow taken out to lay a
    # track, which the measurements do not tell apart, so nothing is extrapolated.
    volume = storage[1] if storage else 0.0
    basis = weather_basis(source, data.temperatures, data.temperature_station, settings)
    forecast_used = False
    judged = []
    for target in sorted(data.targets, key=lambda t: t.deadline):
        if basis.climate is None:  # no temperatures, no projection: not met yet stays unjudged
            status = evaluate(target, now, stale_days)
            judged.append((status, project(target, now, status.ready_km, volume, [],
                                           settings)))
            continue
        series = temperature_series(basis, now, production_end(target, settings))
        forecast_used = forecast_used or series.uses_forecast
        forecast = series.combined()
        judged.append(evaluate_projected(target, now, volume, forecast, settings, stale_days))
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
    station, natural = natural_chances(source, data.targets)
    return SnowReport(now, volume if storage else None, storage[0] if storage else None,
                      data.temperature_station or basis.station, judged, gonogo, race_target,
                      tuple(week.without_courses) if week is not None else (),
                      tuple(week.race_event_ids) if week is not None else (),
                      station, natural, forecast_used, basis.forecast_reference)
