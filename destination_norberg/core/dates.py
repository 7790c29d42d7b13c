"""Calendar rules of the season (Engelbrektsloppet is on the second Sunday of February)."""

from __future__ import annotations

from datetime import date, timedelta

SUNDAY = 6  # date.weekday()


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based) given weekday of a month, e.g. the second Sunday of February."""
    first = date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    day = first + timedelta(days=offset + 7 * (n - 1))
    if n < 1 or day.month != month:
        raise ValueError(f"{year}-{month:02d} has no weekday {weekday} number {n}")
    return day


def engelbrektsloppet_day(year: int) -> date:
    """The 60 km is always run on the second Sunday of February."""
    return nth_weekday(year, 2, SUNDAY, 2)


def days_until(day: date, today: date) -> int:
    return (day - today).days
