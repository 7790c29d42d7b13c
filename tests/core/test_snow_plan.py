from __future__ import annotations

import csv
import json
import math
from dataclasses import FrozenInstanceError, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from destination_norberg.core.snow import SnowTarget, stored_snow_km
from destination_norberg.core.snow_plan import (
    DEADLINE_PASSED,
    MET_IF_PROJECTION_HOLDS,
    MET_NOW,
    SHORT_BY,
    Climatology,
    climatology_forecast,
    combine_forecasts,
    evaluate_projected,
    km_from_volume,
    producible_m3,
    production_end,
    production_rate_m3h,
    project,
    storage_outlook,
)
from destination_norberg.core.snow_settings import DEFAULT_SETTINGS, SnowSettings, wet_bulb_c
from destination_norberg.core.timeutil import parse_utc
from destination_norberg.core.trails import TrailState
from destination_norberg.core.vocab import GuaranteeLevel, TrailKind, TrailStatus

DATA = Path(__file__).resolve().parents[2] / "data"
S = DEFAULT_SETTINGS
H = timedelta(hours=1)
T0 = datetime(2026, 11, 26, 0, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)  # the demo's "today"


def hours(start: datetime, n: int, wet_bulb: float) -> list[tuple[datetime, float]]:
    return [(start + H * i, wet_bulb) for i in range(n)]


# --- settings --------------------------------------------------------------------------------

def test_default_settings_are_the_documented_figures() -> None:
    assert S.wet_bulb_threshold_c == -1.8
    assert (S.base_rate_m3h, S.extra_rate_per_degree_m3h, S.cannons) == (10.0, 5.0, 4)
    assert (S.track_width_m, S.machine_depth_m) == (4.0, 0.4)
    assert (S.production_loss, S.melt_loss_summer) == (0.10, 0.20)
    assert S.decision_days_before == 10
    assert math.isinf(S.max_rate_m3h)
    with pytest.raises(FrozenInstanceError):
        S.cannons = 5  # type: ignore[misc]


@pytest.mark.parametrize("changes", [{"track_width_m": 0.0}, {"machine_depth_m": -0.1},
                                     {"production_loss": 1.0}, {"melt_loss_summer": -0.1},
                                     {"cannons": -1}, {"storage_days": 0}])
def test_settings_reject_nonsense(changes: dict) -> None:
    with pytest.raises(ValueError):
        SnowSettings(**changes)


def test_wet_bulb_stull() -> None:
    assert wet_bulb_c(20.0, 50.0) == pytest.approx(13.7, abs=0.05)  # Stull's own example
    assert wet_bulb_c(-3.0, 90.0) == pytest.approx(-3.89, abs=0.01)
    assert wet_bulb_c(0.0, 85.0) == pytest.approx(-1.31, abs=0.01)
    assert wet_bulb_c(20.0, 100.0) == 20.0  # capped at the air temperature
    for temp in (-15.0, -3.0, 0.0, 5.0):
        assert wet_bulb_c(temp, 60.0) < wet_bulb_c(temp, 95.0) <= temp
    with pytest.raises(ValueError):
        wet_bulb_c(0.0, 0.0)
    with pytest.raises(ValueError):
        wet_bulb_c(0.0, 150.0)


# --- production ------------------------------------------------------------------------------

@pytest.mark.parametrize(("wet_bulb", "rate"), [
    (-1.8, 10.0),  # the cannons start *at* the threshold
    (-1.8000000001, 10.0),
    (-1.7999999999, 10.0),  # float noise of a computed wet-bulb stays on the threshold
    (-1.7, 0.0),
    (-0.5, 0.0),
    (3.0, 0.0),
    (-2.8, 15.0),
    (-3.8, 20.0),
    (-11.8, 60.0),
])
def test_production_rate(wet_bulb: float, rate: float) -> None:
    assert production_rate_m3h(wet_bulb, S) == pytest.approx(rate)


def test_production_rate_cap_and_other_settings() -> None:
    capped = replace(S, max_rate_m3h=30.0)
    assert production_rate_m3h(-11.8, capped) == 30.0
    assert production_rate_m3h(-3.8, capped) == pytest.approx(20.0)
    warm_start = replace(S, wet_bulb_threshold_c=-1.0)
    assert production_rate_m3h(-1.5, warm_start) == pytest.approx(12.5)


def test_producible_four_cannons_ten_hours() -> None:
    forecast = hours(T0, 10, -3.8)
    assert producible_m3(forecast, T0, T0 + 10 * H, S) == pytest.approx(800.0)
    assert producible_m3(forecast, T0, T0 + 10 * H, S, cannons=2) == pytest.approx(400.0)
    assert producible_m3(forecast, T0, T0 + 10 * H, S, cannons=0) == 0.0


def test_producible_counts_hours_in_half_open_window_once() -> None:
    forecast = [*hours(T0, 10, -3.8), (T0 + 2 * H, -10.0)]  # a duplicate hour: first wins
    assert producible_m3(forecast, T0 + 2 * H, T0 + 5 * H, S) == pytest.approx(3 * 80.0)
    assert producible_m3(forecast, T0 + 5 * H, T0 + 2 * H, S) == 0.0
    mixed = [(T0, -0.5), (T0 + H, -1.8), (T0 + 2 * H, -2.8)]
    assert producible_m3(mixed, T0, T0 + 3 * H, S, cannons=1) == pytest.approx(25.0)


def test_rate_model_agrees_with_the_demo_production_log() -> None:
    """Each logged run (cannons × hours at a wet-bulb) within 5 % of the model's volume."""
    with (DATA / "snow_production.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows
    for r in rows:
        start = datetime.fromisoformat(r["date"]).replace(tzinfo=UTC)
        run = hours(start, int(r["hours"]), float(r["wet_bulb_c"]))
        model = producible_m3(run, start, start + timedelta(days=1), S,
                              cannons=int(r["cannons"]))
        assert float(r["volume_m3"]) == pytest.approx(model, rel=0.05), r["key"]


def test_combine_forecasts_prefers_the_forecast() -> None:
    forecast = hours(T0 + 2 * H, 2, -5.0)
    scenario = hours(T0, 5, -2.0)
    merged = combine_forecasts(forecast, scenario)
    assert [wb for _, wb in merged] == [-2.0, -2.0, -5.0, -5.0, -2.0]
    assert [at for at, _ in merged] == [T0 + H * i for i in range(5)]


# --- stored snow -----------------------------------------------------------------------------

def test_km_from_volume() -> None:
    km = km_from_volume(12000.0, S, loss_fraction=S.melt_loss_summer)
    assert km == pytest.approx(6.0)  # 12,000 × 0.8 / (4 × 0.4) m = 6,000 m
    assert km == pytest.approx(stored_snow_km(12000.0, 0.20, 4.0, 0.4))
    assert km_from_volume(1600.0, S, loss_fraction=0.0) == pytest.approx(1.0)
    assert km_from_volume(1600.0, S, loss_fraction=S.production_loss) == pytest.approx(0.9)
    assert km_from_volume(-5.0, S, loss_fraction=0.0) == 0.0


def demo_storage() -> list[tuple[date, float]]:
    with (DATA / "snow_storage.csv").open(encoding="utf-8", newline="") as f:
        return [(date.fromisoformat(r["measured_on"]), float(r["volume_m3"]))
                for r in csv.DictReader(f)]


def test_storage_outlook_between_measurements() -> None:
    # 2026-05-12 11,880 → 2026-06-16 11,420: 460 m³ in 35 days; 15 days on to 1 July.
    out = storage_outlook(demo_storage(), date(2026, 7, 1), S)
    assert out is not None
    assert out.measured_on == date(2026, 6, 16)
    assert out.days_extrapolated == 15
    assert out.daily_melt_m3 == pytest.approx(460 / 35)
    assert out.volume_m3 == pytest.approx(11420 - 15 * 460 / 35)  # 11,222.9
    assert out.melt_fraction == pytest.approx((12050 - out.volume_m3) / 12050)  # 6.9 %


def test_storage_outlook_on_a_measurement_day_and_before_any() -> None:
    out = storage_outlook(demo_storage(), date(2026, 11, 10), S)
    assert out is not None
    assert out.volume_m3 == 9420.0
    assert out.days_extrapolated == 0
    assert out.melt_fraction == pytest.approx(2630 / 12050)  # the note's "ca 22 %"
    assert storage_outlook(demo_storage(), date(2026, 3, 24), S) is None
    assert storage_outlook([], date(2026, 3, 24), S) is None


def test_storage_outlook_with_one_measurement_uses_the_summer_loss() -> None:
    out = storage_outlook([(date(2026, 3, 25), 11500.0)], date(2026, 4, 4), S)
    assert out is not None
    assert out.daily_melt_m3 == pytest.approx(11500 * 0.20 / 230)  # 10 m³ a day
    assert out.volume_m3 == pytest.approx(11400.0)
    assert out.melt_fraction == pytest.approx(100 / 11500)


def test_storage_outlook_separates_withdrawals_from_melt() -> None:
    measurements = demo_storage()
    # Without the withdrawal the 5,390 m³ laid out on the 4 km loop reads as melt...
    naive = storage_outlook(measurements, date(2026, 12, 1), S)
    assert naive is not None
    assert naive.daily_melt_m3 == pytest.approx(385.0)
    assert naive.volume_m3 == pytest.approx(4030 - 7 * 385)
    # ...with it the pile holds: no melt between 10 and 24 November, 22 % since March.
    out = storage_outlook(measurements, date(2026, 12, 1), S,
                          withdrawn=[(date(2026, 11, 24), 5390.0)])
    assert out is not None
    assert out.daily_melt_m3 == 0.0
    assert out.volume_m3 == pytest.approx(4030.0)
    assert out.withdrawn_m3 == 5390.0
    assert out.melt_fraction == pytest.approx(2630 / 12050)
    # A withdrawal after the last measurement lowers the outlook directly.
    later = storage_outlook(measurements, date(2026, 12, 1), S,
                            withdrawn=[(date(2026, 11, 24), 5390.0), (date(2026, 11, 28), 1000)])
    assert later is not None and later.volume_m3 == pytest.approx(3030.0)


def test_storage_outlook_a_growing_pile_does_not_grow_on() -> None:
    out = storage_outlook([(date(2026, 3, 1), 8000.0), (date(2026, 3, 20), 9000.0)],
                          date(2026, 4, 1), S)
    assert out is not None
    assert out.daily_melt_m3 == 0.0
    assert out.volume_m3 == 9000.0
    assert out.melt_fraction == 0.0


# --- projection ------------------------------------------------------------------------------

def loop(length_m: float, status: TrailStatus | None, depth: float | None,
         reported: datetime | None = NOW - timedelta(hours=20), name: str = "Slinga",
         trail_id: int = 1) -> TrailState:
    return TrailState(trail_id=trail_id, name=name, kind=TrailKind.CLASSIC_SKI,
                      length_m=length_m, status=status, reported_at=reported,
                      snow_depth_cm=depth)


def target(required_km: float = 4.0, deadline: date = date(2026, 12, 1),
           *loops: TrailState) -> SnowTarget:
    return SnowTarget(target_id=1, name="Tidig snö", deadline=deadline,
                      required_km=required_km, min_depth_cm=30.0, loops=loops)


def test_production_ends_local_midnight_before_the_deadline_day() -> None:
    assert production_end(target(deadline=date(2026, 12, 1)), S) == \
        datetime(2026, 11, 29, 23, 0, tzinfo=UTC)  # 30 Nov 00:00 CET
    assert production_end(target(deadline=date(2026, 12, 1)),
                          replace(S, production_lead_days=0)) == \
        datetime(2026, 11, 30, 23, 0, tzinfo=UTC)


def test_project_green_when_met_now() -> None:
    p = project(target(4.0), NOW, 4.0, 0.0, [], S)
    assert p.level is GuaranteeLevel.GREEN
    assert p.reason_code == MET_NOW
    assert p.reason_args["required_km"] == 4.0
    assert p.days_left == 5
    near = project(target(4.0), NOW, 3.96, 0.0, [], S)  # within the 0.05 km shown
    assert near.level is GuaranteeLevel.GREEN


def test_project_yellow_and_red_by_the_production_loss() -> None:
    # Required 4 km; 2 km ready; 1,600 m³ stored = 1.0 km; 4 cannons at −3.8 make 80 m³/h.
    # 20 h → 1,600 m³ → after 10 % loss 0.9 km: 3.9 km, short by 0.1 (without the loss: met).
    twenty = hours(NOW, 20, -3.8)
    red = project(target(4.0), NOW, 2.0, 1600.0, twenty, S)
    assert red.storable_km == pytest.approx(1.0)
    assert red.producible_km == pytest.approx(0.9)
    assert red.projected_km == pytest.approx(3.9)
    assert red.level is GuaranteeLevel.RED
    assert red.reason_code == SHORT_BY
    assert red.reason_args["short_km"] == pytest.approx(0.1)
    assert red.reason_args["days_left"] == 5
    # 25 h → 2,000 m³ → 1.125 km: 4.125 km projected.
    yellow = project(target(4.0), NOW, 2.0, 1600.0, hours(NOW, 25, -3.8), S)
    assert yellow.level is GuaranteeLevel.YELLOW
    assert yellow.reason_code == MET_IF_PROJECTION_HOLDS
    assert yellow.projected_km == pytest.approx(4.125)
    assert yellow.reason_args["projected_km"] == pytest.approx(4.125)
    assert yellow.reason_args["producible_m3"] == pytest.approx(2000.0)


def test_project_counts_no_production_after_the_cutoff_or_before_now() -> None:
    cutoff = production_end(target(4.0), S)
    late = hours(cutoff, 100, -10.0) + hours(NOW - 50 * H, 50, -10.0)
    p = project(target(4.0), NOW, 2.0, 1600.0, late, S)
    assert p.producible_km == 0.0
    assert p.level is GuaranteeLevel.RED
    assert p.reason_args["short_km"] == pytest.approx(1.0)


def test_project_red_when_the_deadline_passed() -> None:
    p = project(target(4.0, date(2026, 11, 25)), NOW, 3.0, 100000.0,
                hours(NOW, 100, -10.0), S)
    assert p.level is GuaranteeLevel.RED
    assert p.reason_code == DEADLINE_PASSED
    assert p.reason_args["short_km"] == pytest.approx(1.0)
    assert p.days_left == -1


def test_project_days_left_by_norberg_calendar() -> None:
    late_evening = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)  # 1 Dec 00:30 in Norberg
    p = project(target(4.0), late_evening, 1.0, 0.0, [], S)
    assert p.days_left == 0
    assert p.level is GuaranteeLevel.RED
    assert p.reason_code == SHORT_BY


def test_evaluate_projected_fills_the_unjudged_level() -> None:
    t = target(4.0, date(2026, 12, 1), loop(2000.0, TrailStatus.CLEAR, 40.0),
               loop(2000.0, TrailStatus.CLOSED, 0.0, trail_id=2))
    status, p = evaluate_projected(t, NOW, 1600.0, hours(NOW, 25, -3.8), S)
    assert status.ready_km == pytest.approx(2.0)
    assert status.level is GuaranteeLevel.YELLOW
    assert p.level is GuaranteeLevel.YELLOW
    status, p = evaluate_projected(t, NOW, 0.0, [], S)
    assert status.level is GuaranteeLevel.RED
    met = target(2.0, date(2026, 12, 1), loop(2000.0, TrailStatus.CLEAR, 40.0))
    status, p = evaluate_projected(met, NOW, 0.0, [], S)
    assert status.level is GuaranteeLevel.GREEN and p.reason_code == MET_NOW


# --- the demo's targets ----------------------------------------------------------------------

def demo_target(key: str) -> SnowTarget:
    raw = next(t for t in json.loads((DATA / "snow_targets.json").read_text(encoding="utf-8"))
               if t["key"] == key)
    features = json.loads((DATA / "trails.geojson").read_text(encoding="utf-8"))["features"]
    lengths = {f["properties"]["key"]: f["properties"]["length_m_schematic"] for f in features}
    with (DATA / "trail_reports.csv").open(encoding="utf-8", newline="") as f:
        reports = [r for r in csv.DictReader(f) if r["trail"] in raw["trails"]]
    loops = []
    for i, trail in enumerate(raw["trails"]):
        newest = max((r for r in reports if r["trail"] == trail),
                     key=lambda r: r["reported_at_utc"])
        loops.append(TrailState(
            trail_id=i, name=trail, kind=TrailKind.CLASSIC_SKI, length_m=lengths[trail],
            status=TrailStatus(newest["status"]),
            reported_at=parse_utc(newest["reported_at_utc"]),
            snow_depth_cm=float(newest["snow_depth_cm"]) if newest["snow_depth_cm"] else None))
    return SnowTarget(target_id=1, name=raw["name"], deadline=date.fromisoformat(raw["deadline"]),
                      required_km=raw["required_km"], min_depth_cm=raw["min_depth_cm"],
                      loops=tuple(loops))


def winter_history(night_temps: dict[int, float], day_temp: float = 2.0):
    """Three synthetic winters, Nov–Feb: `night_temps[year]` from 00 to 06 UTC, else mild."""
    rows = []
    for year, night in night_temps.items():
        at = datetime(year, 11, 1, tzinfo=UTC)
        while at < datetime(year + 1, 3, 1, tzinfo=UTC):
            rows.append((at, night if at.hour < 6 else day_temp))
            at += H
    return rows


def test_demo_premiar_is_green() -> None:
    t = demo_target("premiar-1-dec")
    status, p = evaluate_projected(t, NOW, 4030.0, [], S)
    assert status.ready_km == pytest.approx(4.1)
    assert p.level is GuaranteeLevel.GREEN and p.reason_code == MET_NOW


def test_demo_engelbrektsloppet_yellow_in_a_cold_enough_climatology() -> None:
    t = demo_target("engelbrektsloppet-2027")
    pile = demo_storage()[-1][1]
    assert pile == 4030.0
    # Median night over three winters: −2.8 °C → wet-bulb −3.8 → 20 m³/h × 4 cannons.
    climate = Climatology.from_history(winter_history({2023: -5.0, 2024: -2.8, 2025: -1.0}))
    end = production_end(t, S)
    assert end == datetime(2027, 2, 12, 23, 0, tzinfo=UTC)
    scenario = climate.forecast(NOW, end, S)
    assert len(scenario) == (end - NOW) // H  # every hour of the 79 days covered
    status, p = evaluate_projected(t, NOW, pile, scenario, S)
    # Nights 27 Nov … 12 Feb: 78 × 6 h × 80 m³ = 37,440 m³ → × 0.9 / 1.6 m² = 21.06 km.
    assert status.ready_km == 0.0
    assert p.storable_km == pytest.approx(4030 / 1600)
    assert p.reason_args["capacity_km"] == pytest.approx(37440 * 0.9 / 1600)
    assert p.producible_km == pytest.approx(20.0 - 4030 / 1600)  # what the loop can take
    # 23.58 km possible, but the loop is 20 km: the projection stops at the loop's length.
    assert p.projected_km == pytest.approx(20.0)
    assert p.loops_km == pytest.approx(20.0) and p.margin_km == pytest.approx(0.0)
    assert p.level is GuaranteeLevel.YELLOW
    assert status.level is GuaranteeLevel.YELLOW
    # 17.48 km to make at 0.27 km a night: met after 65 nights, 13 days before the last.
    assert p.margin_days == 13
    assert p.days_left == 80


def test_demo_engelbrektsloppet_red_in_a_warm_climatology() -> None:
    t = demo_target("engelbrektsloppet-2027")
    # Median night −0.5 °C → wet-bulb −1.5: above the threshold, no cannon hour at all.
    climate = Climatology.from_history(winter_history({2023: -0.5, 2024: 3.0, 2025: -6.0}))
    p = project(t, NOW, 0.0, 4030.0, climate.forecast(NOW, production_end(t, S), S), S)
    assert p.producible_km == 0.0
    assert p.level is GuaranteeLevel.RED
    assert p.reason_code == SHORT_BY
    assert p.reason_args["short_km"] == pytest.approx(20 - 4030 / 1600)
    # The same pile in a cold scenario but only 4 cannon hours a night: 78 × 4 × 80 m³
    # = 24,960 m³ → 14.04 km + 2.52 km = 16.56 km, still short.
    cold = Climatology.from_history(winter_history({2023: -2.8, 2024: -2.8, 2025: -2.8}))
    short_nights = [(at, wb) for at, wb in cold.forecast(NOW, production_end(t, S), S)
                    if at.hour < 4 or wb > S.wet_bulb_threshold_c]
    p = project(t, NOW, 0.0, 4030.0, short_nights, S)
    assert p.projected_km == pytest.approx(4030 / 1600 + 24960 * 0.9 / 1600)
    assert p.level is GuaranteeLevel.RED


# --- climatology -----------------------------------------------------------------------------

def test_climatology_medians_per_calendar_hour() -> None:
    history = []
    for year, temps in {2001: (-4.0, 1.0), 2002: (-8.0, 3.0), 2003: (-6.0, float("nan")),
                        2004: (-5.0, 2.0)}.items():
        history.append((datetime(year, 1, 15, 0, tzinfo=UTC), temps[0]))
        history.append((datetime(year, 1, 15, 1, tzinfo=UTC), temps[1]))
    climate = Climatology.from_history(history)
    assert climate.years == 4
    assert climate.temperatures[(1, 15, 0)] == pytest.approx(-5.5)  # median of −8 −6 −5 −4
    assert climate.temperatures[(1, 15, 1)] == pytest.approx(2.0)  # NaN skipped: 1, 2, 3
    scenario = climatology_forecast(history, datetime(2027, 1, 15, 0, tzinfo=UTC),
                                    datetime(2027, 1, 15, 3, tzinfo=UTC), S)
    # Wet-bulb = temperature − 1 °C; 02:00 has no reading of its own and takes 01:00's.
    assert scenario == [(datetime(2027, 1, 15, 0, tzinfo=UTC), pytest.approx(-6.5)),
                        (datetime(2027, 1, 15, 1, tzinfo=UTC), pytest.approx(1.0)),
                        (datetime(2027, 1, 15, 2, tzinfo=UTC), pytest.approx(1.0))]
    warm = Climatology.from_history(history, quantile=0.75)
    assert warm.temperatures[(1, 15, 0)] == pytest.approx(-4.75)
    humid_known = climate.forecast(datetime(2027, 1, 15, 0, tzinfo=UTC),
                                   datetime(2027, 1, 15, 1, tzinfo=UTC),
                                   replace(S, dry_to_wet_bulb_offset_c=0.0))
    assert humid_known[0][1] == pytest.approx(-5.5)


def test_climatology_keys_are_utc_hours_and_starts_round_up() -> None:
    stockholm = ZoneInfo("Europe/Stockholm")
    history = [(datetime(2020, 1, 10, 1, tzinfo=stockholm), -7.0),  # 00 UTC
               (datetime(2021, 1, 10, 0, tzinfo=UTC), -9.0),
               (datetime(2020, 1, 10, 1, tzinfo=UTC), -1.0),
               (datetime(2019, 1, 10, 0), -8.0)]  # naive: UTC, as the store hands it
    climate = Climatology.from_history(history)
    assert climate.temperatures[(1, 10, 0)] == pytest.approx(-8.0)
    start = datetime(2027, 1, 10, 0, 20, tzinfo=UTC)  # a part hour is not a cannon hour
    out = climate.forecast(start, datetime(2027, 1, 10, 2, tzinfo=UTC), S)
    assert out == [(datetime(2027, 1, 10, 1, tzinfo=UTC), pytest.approx(-2.0))]
    local_start = datetime(2027, 1, 10, 1, tzinfo=stockholm)  # = 00 UTC
    out = climate.forecast(local_start, local_start + H, S)
    assert out == [(datetime(2027, 1, 10, 0, tzinfo=UTC), pytest.approx(-9.0))]


def test_climatology_leap_day_borrows_the_28th() -> None:
    climate = Climatology.from_history([(datetime(2023, 2, 28, 5, tzinfo=UTC), -4.0)])
    day = datetime(2028, 2, 29, 5, tzinfo=UTC)
    assert climate.temperature(day) == -4.0
    leap = Climatology.from_history([(datetime(2023, 2, 28, 5, tzinfo=UTC), -4.0),
                                     (datetime(2024, 2, 29, 5, tzinfo=UTC), -9.0)])
    assert leap.temperature(day) == -9.0
    with pytest.raises(ValueError):
        Climatology.from_history([], quantile=1.5)


def test_a_history_of_three_readings_a_day_covers_every_hour() -> None:
    """SMHI's older records read at 06, 12 and 18 UTC: each stands for the hours around it."""
    from datetime import UTC, datetime, timedelta

    from destination_norberg.core.snow_plan import Climatology

    history = [(datetime(2000 + y, 1, 10, h, tzinfo=UTC), -5.0 - h / 6)
               for y in range(3) for h in (6, 12, 18)]
    climate = Climatology.from_history(history)
    start = datetime(2027, 1, 10, tzinfo=UTC)
    hours = climate.forecast(start, start + timedelta(days=1))
    assert len(hours) == 24
    by_hour = {at.hour: wet for at, wet in hours}
    assert by_hour[6] == by_hour[3] == by_hour[0]  # 00–05 take the 06 reading
    assert by_hour[14] == by_hour[12]  # earlier first when two readings are as near
    assert climate.temperature(datetime(2027, 1, 11, 3, tzinfo=UTC)) is None  # no such day
