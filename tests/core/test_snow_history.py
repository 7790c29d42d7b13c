"""Chance of snow on a date from past winters, and per-winter summaries: hand-computed cases."""

from __future__ import annotations

from datetime import date

import pytest

from destination_norberg.core.snow_history import (
    Chance,
    WinterSummary,
    chance_of_depth,
    season_summary,
    winter_of,
)

#: Around 1 December, one line per year; worked out by hand in the tests below.
HISTORY = [
    (date(2020, 12, 1), 0.10),   # 2020: on the day, too little
    (date(2021, 11, 29), 0.25),  # 2021: two days early …
    (date(2021, 12, 3), 0.05),   # … and two days late: a tie, the earlier one is taken
    (date(2022, 12, 1), 0.20),   # 2022: exactly the minimum counts as met
    (date(2023, 12, 6), 0.30),   # 2023: five days late, outside a ±3 window
    (date(2024, 12, 2), 0.00),   # 2024: bare ground, counted, not met
]


def test_chance_with_the_default_window() -> None:
    chance = chance_of_depth(HISTORY, (12, 1), 0.20)
    assert (chance.years_counted, chance.years_met, chance.probability) == (4, 2, 0.5)
    assert chance.per_year == ((2020, 0.10), (2021, 0.25), (2022, 0.20), (2024, 0.0))


def test_a_wider_window_takes_in_the_year_with_a_late_reading() -> None:
    chance = chance_of_depth(HISTORY, (12, 1), 0.20, window_days=5)
    assert (chance.years_counted, chance.years_met) == (5, 3)
    assert chance.probability == pytest.approx(0.6)


def test_no_window_takes_only_the_day_itself() -> None:
    chance = chance_of_depth(HISTORY, (12, 1), 0.20, window_days=0)
    assert (chance.years_counted, chance.years_met, chance.probability) == (2, 1, 0.5)


def test_the_closest_reading_wins_over_an_earlier_one() -> None:
    history = [(date(2021, 11, 28), 0.50), (date(2021, 12, 2), 0.0)]
    assert chance_of_depth(history, (12, 1), 0.1).per_year == ((2021, 0.0),)


def test_a_window_over_new_year() -> None:
    history = [(date(2020, 12, 30), 0.30), (date(2022, 1, 2), 0.10), (date(2021, 12, 29), 0.4)]
    chance = chance_of_depth(history, (1, 1), 0.2)
    # 2021: 30 Dec 2020 is two days before; 2022: 2 Jan (one day) beats 29 Dec (three days).
    assert chance.per_year == ((2021, 0.30), (2022, 0.10))
    assert (chance.years_counted, chance.years_met) == (2, 1)


def test_leap_day_is_the_28th_in_other_years() -> None:
    history = [(date(2023, 2, 28), 0.40), (date(2024, 2, 29), 0.50), (date(2024, 2, 28), 0.1)]
    chance = chance_of_depth(history, (2, 29), 0.45, window_days=0)
    assert chance.per_year == ((2023, 0.40), (2024, 0.50))
    assert (chance.years_counted, chance.years_met) == (2, 1)


def test_no_history_no_probability() -> None:
    assert chance_of_depth([], (12, 1), 0.2) == Chance(None, 0, 0)
    assert chance_of_depth([(date(2020, 6, 1), 0.0)], (12, 1), 0.2).probability is None


def test_bad_arguments() -> None:
    with pytest.raises(ValueError):
        chance_of_depth(HISTORY, (2, 30), 0.2)
    with pytest.raises(ValueError):
        chance_of_depth(HISTORY, (12, 1), 0.2, window_days=61)


def test_winter_of() -> None:
    assert winter_of(date(2025, 7, 1)) == 2025
    assert winter_of(date(2026, 6, 30)) == 2025


def test_season_summary() -> None:
    history = [
        (date(2020, 11, 15), 0.0), (date(2020, 11, 20), 0.05), (date(2021, 1, 10), 0.40),
        (date(2021, 1, 11), 0.40), (date(2021, 4, 20), 0.02), (date(2021, 5, 1), 0.0),
        (date(2021, 12, 1), 0.0),
        (date(1999, 12, 24), 0.1),
    ]
    assert season_summary(history) == [
        WinterSummary("1999/00", date(1999, 12, 24), date(1999, 12, 24), 0.1,
                      date(1999, 12, 24), 1, 1),
        WinterSummary("2020/21", date(2020, 11, 20), date(2021, 4, 20), 0.40,
                      date(2021, 1, 10), 4, 6),
        WinterSummary("2021/22", None, None, 0.0, None, 0, 1),
    ]


def test_season_summary_with_a_threshold() -> None:
    history = [(date(2021, 1, 1), 0.01), (date(2021, 1, 2), 0.10), (date(2021, 1, 3), 0.02)]
    (winter,) = season_summary(history, threshold_m=0.05)
    assert (winter.first_snow, winter.last_snow, winter.snow_days) == (
        date(2021, 1, 2), date(2021, 1, 2), 1)
    assert (winter.max_depth_m, winter.max_on) == (0.10, date(2021, 1, 2))
