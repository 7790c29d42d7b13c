from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from destination_norberg.core.weather_series import forecast_hours, hourly_from_daily
from destination_norberg.core.wetbulb import stull_wet_bulb_c, wet_bulb, wet_bulb_hours


@pytest.mark.parametrize(("temp", "rh", "published"), [
    (20.0, 50.0, 13.7),  # Stull (2011), the paper's worked example
    (0.0, 100.0, 0.0),   # saturated air: wet-bulb is the air temperature
    (10.0, 50.0, 5.0),   # Stull (2011) figure 1 / psychrometric table
    (30.0, 20.0, 16.2),
])
def test_stull_against_published_values(temp: float, rh: float, published: float) -> None:
    assert stull_wet_bulb_c(temp, rh) == pytest.approx(published, abs=0.3)


def test_wet_bulb_falls_back_without_humidity() -> None:
    assert wet_bulb(-1.0, None, 1.0) == -2.0
    assert wet_bulb(-1.0, 0.0, 1.0) == -2.0  # 0 % is no reading, not bone-dry air
    assert wet_bulb(-1.0, 95.0, 1.0) == pytest.approx(stull_wet_bulb_c(-1.0, 95.0))


def test_humid_hours_use_stull_dry_hours_the_rule() -> None:
    t0 = datetime(2026, 11, 26, tzinfo=UTC)
    temps = [(t0, -1.0), (t0 + timedelta(hours=1), -1.0)]
    hours, with_rh = wet_bulb_hours(temps, {t0: 98.0}, 1.0)
    assert with_rh == 1
    assert hours[0][1] == pytest.approx(stull_wet_bulb_c(-1.0, 98.0))
    assert hours[1][1] == -2.0
    # in humid winter air Stull is warmer than the cold-safe rule: fewer cannon hours lost
    assert hours[0][1] > hours[1][1]


def test_forecast_steps_are_held_until_the_next() -> None:
    t0 = datetime(2026, 11, 26, 6, tzinfo=UTC)
    hours = forecast_hours([(t0, -3.0, 90.0), (t0 + timedelta(hours=6), -5.0, None)])
    assert len(hours) == 12
    assert hours[5] == (t0 + timedelta(hours=5), -3.0, 90.0)
    assert hours[6][1] == -5.0


def test_hourly_from_daily_min_max_and_mean() -> None:
    day = date(2026, 11, 20)
    hours = hourly_from_daily({day: -3.0}, {day: -8.0}, {day: 2.0})
    values = dict((at.hour, v) for at, v in hours)
    assert len(hours) == 24
    assert values[5] == pytest.approx(-8.0)
    assert values[13] == pytest.approx(2.0)
    only_mean = hourly_from_daily({day: -3.0}, {}, {})
    assert {v for _, v in only_mean} == {-3.0}
    assert hourly_from_daily({}, {day: -8.0}, {}) == []
