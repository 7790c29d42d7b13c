"""The demo's dates anchored to the coming season (core.demo_dates)."""

from __future__ import annotations

from datetime import date

import pytest

from destination_norberg.core.dates import engelbrektsloppet_day
from destination_norberg.core.demo_dates import (
    REFERENCE_DAY,
    coming_winter,
    demo_dates,
    same_day_years_later,
)

AUTHORED_RACE = date(2027, 2, 14)  # the authored winter week: Mon 8 – Sun 14 February 2027
AUTHORED_PREMIAR = date(2026, 12, 1)


def test_the_authored_day_moves_nothing() -> None:
    dates = demo_dates(REFERENCE_DAY)
    assert (dates.years, dates.days) == (0, 0)
    assert demo_dates(None) == dates
    for day in (AUTHORED_RACE, AUTHORED_PREMIAR, date(2027, 6, 18), date(2026, 11, 5)):
        assert dates.plan_day(day) == day
    assert dates.name("Vinter 2026/27") == "Vinter 2026/27"
    assert dates.weather_offset == 0


@pytest.mark.parametrize(("today", "winter"), [
    (date(2026, 11, 26), 2027),  # the authored day
    (date(2026, 11, 30), 2027),  # before 1 December
    (date(2026, 12, 6), 2027),  # after 1 December: the February ahead is still 2027's
    (date(2027, 1, 20), 2027),
    (date(2027, 2, 10), 2027),  # during the winter week: this week
    (date(2027, 2, 14), 2027),  # its Sunday
    (date(2027, 2, 15), 2028),  # the day after: next year's
    (date(2027, 6, 15), 2028),  # summer
    (date(2028, 2, 29), 2029),  # a leap day, after 2028's winter week (13 Feb)
    (date(2025, 6, 1), 2026),  # before the authored season
])
def test_the_coming_winter_week(today: date, winter: int) -> None:
    assert coming_winter(today) == winter
    dates = demo_dates(today)
    race = dates.plan_day(AUTHORED_RACE)
    assert race == engelbrektsloppet_day(winter)  # the second Sunday of that February
    assert race.weekday() == 6 and 8 <= race.day <= 14
    assert race >= today or winter == 2026
    premiar = dates.plan_day(AUTHORED_PREMIAR)
    assert (premiar.month, premiar.day) == (12, 1) and premiar.year == winter - 1
    # the winter week moves as one: its Monday stays its Monday, six days before the race
    monday = dates.plan_day(date(2027, 2, 8))
    assert (race - monday).days == 6 and monday.weekday() == 0


@pytest.mark.parametrize("today", [date(2026, 11, 30), date(2026, 12, 6), date(2027, 1, 20),
                                   date(2027, 6, 15), date(2028, 2, 29), date(2025, 6, 1)])
def test_what_had_happened_keeps_its_distance_from_today(today: date) -> None:
    dates = demo_dates(today)
    two_days_old = date(2026, 11, 24)
    assert dates.past_day(two_days_old) == date.fromordinal(today.toordinal() - 2)
    assert dates.days == (today - REFERENCE_DAY).days


@pytest.mark.parametrize("years", [1, 2, 3, 4, -1])
def test_other_days_of_the_plan_keep_their_weekday(years: int) -> None:
    today = same_day_years_later(date(2027, 6, 15), years - 1)
    dates = demo_dates(today)
    assert dates.years == years
    for day in (date(2026, 12, 4), date(2027, 6, 18), date(2026, 11, 29), date(2027, 8, 21)):
        moved = dates.plan_day(day)
        assert moved.weekday() == day.weekday()
        assert abs((moved - same_day_years_later(day, years)).days) <= 3
    lucia = dates.plan_day(date(2026, 12, 13))
    assert (lucia.month, lucia.day) == (12, 13)


def test_a_leap_day_becomes_the_28th() -> None:
    assert same_day_years_later(date(2028, 2, 29), 1) == date(2029, 2, 28)
    assert same_day_years_later(date(2028, 2, 29), 4) == date(2032, 2, 29)
    dates = demo_dates(date(2028, 2, 29))
    assert dates.season_day(date(2027, 4, 30)) == date(2029, 4, 30)


def test_names_carry_their_years() -> None:
    dates = demo_dates(date(2027, 6, 15))
    assert dates.name("Vinter 2026/27") == "Vinter 2027/28"
    assert dates.name("Vintervecka 2027") == "Vintervecka 2028"
    assert dates.name("Engelbrektsloppet 2027: 20 km-slinga") == \
        "Engelbrektsloppet 2028: 20 km-slinga"
    assert dates.name("60 km klassiskt sedan 1969") == "60 km klassiskt sedan 1969"


def test_weather_moves_by_whole_years_and_never_past_today() -> None:
    dates = demo_dates(date(2027, 6, 15))
    assert dates.weather_offset == 365  # 26 Nov 2026 → 26 Nov 2027
    assert dates.keeps_reading(date(2027, 4, 30))
    assert not dates.keeps_reading(date(2027, 11, 25))
    leap = demo_dates(date(2028, 2, 29))
    assert leap.weather_offset == (date(2028, 11, 26) - REFERENCE_DAY).days == 731


def test_only_the_stretch_the_demo_skipped_counts_as_done() -> None:
    january = demo_dates(date(2027, 1, 20))
    assert january.skipped(date(2026, 12, 14))  # fell due after the authored day
    assert not january.skipped(date(2027, 1, 20))  # due today: still to do
    assert not january.skipped(date(2026, 11, 25))  # before the authored day
    # a task due before the authored day stays as overdue as it was
    assert january.task_due(date(2026, 11, 15)) == date(2027, 1, 9)
    # one after it stays on its date of the season
    assert january.task_due(date(2026, 12, 14)) == date(2026, 12, 14)
    summer = demo_dates(date(2027, 6, 15))
    assert summer.task_due(date(2026, 12, 14)) == date(2027, 12, 14)
    assert not summer.skipped(date(2027, 12, 14))
    assert not demo_dates(REFERENCE_DAY).skipped(REFERENCE_DAY)


@pytest.mark.parametrize("today", [date(2026, 12, 6), date(2027, 6, 15), date(2028, 2, 29)])
def test_the_same_day_gives_the_same_demo(today: date) -> None:
    assert demo_dates(today) == demo_dates(date.fromisoformat(today.isoformat()))
