"""Issue 14: the projection is capped by what is physically possible, the level rule keeps
yellow for "met only if the projection holds", and the planner's parameters are checked."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from destination_norberg.core.snow import SnowTarget
from destination_norberg.core.snow_plan import (
    LOOPS_TOO_SHORT,
    MET_BY_STORED,
    MET_IF_PROJECTION_HOLDS,
    SHORT_BY,
    daily_production,
    producible_m3,
    project,
)
from destination_norberg.core.snow_settings import (
    DEFAULT_SETTINGS,
    PARAMETER_KEYS,
    PARAMETERS,
    with_values,
)
from destination_norberg.core.trails import TrailState
from destination_norberg.core.vocab import GuaranteeLevel, TrailKind, TrailStatus

S = DEFAULT_SETTINGS
H = timedelta(hours=1)
NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def cold(start: datetime, n: int, wet_bulb: float = -20.0) -> list[tuple[datetime, float]]:
    return [(start + H * i, wet_bulb) for i in range(n)]


def loop(km: float, status: TrailStatus | None = TrailStatus.CLOSED,
         trail_id: int = 1) -> TrailState:
    return TrailState(trail_id=trail_id, name=f"Slinga {trail_id}", kind=TrailKind.CLASSIC_SKI,
                      length_m=km * 1000.0, status=status, reported_at=NOW - H,
                      snow_depth_cm=40.0 if status is TrailStatus.CLEAR else 0.0)


def target(required: float, deadline: date, *loops: TrailState) -> SnowTarget:
    return SnowTarget(target_id=1, name="T", deadline=deadline, required_km=required,
                      min_depth_cm=30.0, loops=loops)


def test_a_day_never_makes_more_than_the_daily_maximum() -> None:
    # −20 °C wet-bulb: 10 + 5 × 18.2 = 101 m³/h × 4 cannons × 24 h = 9,696 m³ uncapped.
    day = cold(datetime(2026, 12, 1, 23, 0, tzinfo=UTC), 24)  # one Norberg day
    end = day[-1][0] + H
    assert daily_production(day, day[0][0], end, replace(S, daily_max_m3=1e9)) == [
        (date(2026, 12, 2), pytest.approx(9696.0))]
    assert daily_production(day, day[0][0], end, S) == [(date(2026, 12, 2), 1800.0)]
    assert producible_m3(day, day[0][0], end, S) == 1800.0


def test_projection_never_exceeds_the_loops() -> None:
    t = target(20.0, date(2027, 2, 14), loop(20.0))
    p = project(t, NOW, 0.0, 0.0, cold(NOW, 24 * 70), S)
    # 70 days × 1,800 m³ × 0.9 / 1.6 m² = 70.9 km possible …
    assert p.reason_args["capacity_km"] > 60
    assert p.projected_km == pytest.approx(20.0)  # … on a 20 km loop
    assert p.producible_km == pytest.approx(20.0)  # the part the loop can take
    assert p.reason_args["producible_m3"] == pytest.approx(20000 * 1.6 / 0.9)
    assert p.level is GuaranteeLevel.YELLOW and p.reason_code == MET_IF_PROJECTION_HOLDS
    assert p.margin_km == pytest.approx(0.0)
    # 20 km = 35,556 m³ before loss at 1,800 a day: met on the 20th day, 15 December; the
    # last production day is 12 February, 59 days later.
    assert p.margin_days == 59


def test_green_when_the_snow_that_exists_meets_it() -> None:
    t = target(4.0, date(2026, 12, 1), loop(4.0))
    p = project(t, NOW, 0.0, 6400.0, [], S)  # 6,400 m³ / 1.6 m² = 4 km stored
    assert p.level is GuaranteeLevel.GREEN and p.reason_code == MET_BY_STORED
    assert p.margin_days == p.days_left == 5


def test_red_when_even_the_projection_falls_short() -> None:
    t = target(20.0, date(2026, 12, 1), loop(20.0))
    p = project(t, NOW, 0.0, 0.0, cold(NOW, 24 * 3), S)
    assert p.level is GuaranteeLevel.RED and p.reason_code == SHORT_BY
    assert p.margin_km < 0 and p.margin_days is None
    assert p.reason_args["short_km"] == pytest.approx(-p.margin_km)


def test_red_when_the_loops_are_shorter_than_the_promise() -> None:
    t = target(20.0, date(2027, 2, 14), loop(8.0), loop(4.0, trail_id=2))
    p = project(t, NOW, 0.0, 1e6, [], S)
    assert p.level is GuaranteeLevel.RED and p.reason_code == LOOPS_TOO_SHORT
    assert p.reason_args["loops_km"] == pytest.approx(12.0)
    assert p.projected_km == pytest.approx(12.0)


def test_parameters_cover_the_settings_and_check_their_ranges() -> None:
    assert {p.field for p in PARAMETERS} >= {
        "cannons", "base_rate_m3h", "extra_rate_per_degree_m3h", "wet_bulb_threshold_c",
        "daily_max_m3", "track_width_m", "machine_depth_m", "melt_loss_summer",
        "production_loss"}
    assert PARAMETER_KEYS["snow.production_loss"].shown(S) == 10.0  # shown in %
    s = with_values({"snow.cannons": 6, "snow.production_loss": 15})
    assert s.cannons == 6 and isinstance(s.cannons, int)
    assert s.production_loss == pytest.approx(0.15)
    with pytest.raises(ValueError, match=r"snow\.cannons must be 0 to 50"):
        with_values({"snow.cannons": 51})
    with pytest.raises(ValueError, match="whole number"):
        with_values({"snow.cannons": 2.5})
    with pytest.raises(ValueError, match="unknown setting"):
        with_values({"snow.colour": 1})
    for spec in PARAMETERS:  # every default sits inside its own range
        spec.check(spec.shown(S))
