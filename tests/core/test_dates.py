from __future__ import annotations

from datetime import date

import pytest

from destination_norberg.core.dates import (
    SUNDAY,
    days_until,
    engelbrektsloppet_day,
    nth_weekday,
)


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2025, date(2025, 2, 9)),
        (2026, date(2026, 2, 8)),  # February 2026 begins on a Sunday
        (2027, date(2027, 2, 14)),
        (2028, date(2028, 2, 13)),
        (2029, date(2029, 2, 11)),
        (2030, date(2030, 2, 10)),
    ],
)
def test_engelbrektsloppet_is_the_second_sunday_of_february(year: int, expected: date) -> None:
    day = engelbrektsloppet_day(year)
    assert day == expected
    assert day.weekday() == SUNDAY
    assert 8 <= day.day <= 14


def test_month_starting_on_the_weekday_counts_that_day_as_first() -> None:
    assert date(2026, 2, 1).weekday() == SUNDAY
    assert nth_weekday(2026, 2, SUNDAY, 1) == date(2026, 2, 1)


def test_weekday_just_before_the_first_is_a_week_later() -> None:
    # 2025-02-01 is a Saturday, so the first Friday is the 7th.
    assert nth_weekday(2025, 2, 4, 1) == date(2025, 2, 7)


def test_fifth_weekday_in_a_long_month() -> None:
    # March 2027 starts on a Monday and has five Mondays, Tuesdays and Wednesdays.
    assert nth_weekday(2027, 3, 0, 5) == date(2027, 3, 29)
    assert nth_weekday(2027, 3, 2, 5) == date(2027, 3, 31)


def test_leap_february() -> None:
    # 2028-02-29 is a Tuesday: the fifth Tuesday of a leap February.
    assert nth_weekday(2028, 2, 1, 5) == date(2028, 2, 29)


def test_days_until() -> None:
    assert days_until(date(2027, 2, 14), date(2026, 11, 26)) == 80
    assert days_until(date(2026, 11, 26), date(2026, 11, 26)) == 0
    assert days_until(date(2026, 11, 25), date(2026, 11, 26)) == -1
