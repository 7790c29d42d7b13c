"""Small parts of issue 14's finish: the store's fast instant parsing, a daily-only
station's observed curve, and kilometres in the user's number format in the warnings."""

from __future__ import annotations

from datetime import UTC, datetime

from destination_norberg.app.snow_weather import daily_observed
from destination_norberg.store.rows import as_utc


def test_naive_text_is_utc_and_an_offset_is_honoured() -> None:
    assert as_utc("2016-10-01 06:00:00.000000") == datetime(2016, 10, 1, 6, tzinfo=UTC)
    assert as_utc("2016-10-01 06:00:00") == datetime(2016, 10, 1, 6, tzinfo=UTC)
    assert as_utc("2016-10-01 06:00:00").tzinfo is UTC
    assert as_utc("2016-10-01T07:00:00+01:00") == datetime(2016, 10, 1, 6, tzinfo=UTC)
    assert as_utc("2016-10-01 06:00:00.5") == datetime(2016, 10, 1, 6, 0, 0, 500000,
                                                       tzinfo=UTC)


class _Readings:
    """A RowSource with the daily readings of one station (parameter → [(at, value)])."""

    backend = "sqlite"

    def __init__(self, by_parameter: dict[int, list[tuple[str, float]]]) -> None:
        self.by_parameter = by_parameter

    def rows(self, sql: str, **params):
        assert "weather_reading" in sql
        return self.by_parameter.get(params["parameter"], [])


def test_a_daily_station_draws_its_daily_mean() -> None:
    source = _Readings({2: [("2026-12-01 06:00:00", -3.5), ("2026-12-02 06:00:00", -6.0)],
                        19: [("2026-12-01 06:00:00", -9.0)]})
    assert daily_observed(source, "95990") == [
        (datetime(2026, 12, 1, 6, tzinfo=UTC), -3.5), (datetime(2026, 12, 2, 6, tzinfo=UTC), -6.0)]


def test_without_a_mean_the_middle_of_minimum_and_maximum() -> None:
    source = _Readings({19: [("2026-12-01 06:00:00", -9.0), ("2026-12-02 06:00:00", -4.0)],
                        20: [("2026-12-01 06:00:00", -1.0)]})
    assert daily_observed(source, "95990") == [(datetime(2026, 12, 1, 6, tzinfo=UTC), -5.0)]
