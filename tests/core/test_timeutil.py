from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from destination_norberg.core.timeutil import (
    STOCKHOLM,
    local_day_start,
    parse_local,
    parse_utc,
    to_local,
    to_utc,
)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    ("local", "expected"),
    [
        (datetime(2027, 2, 14, 9, 0), utc(2027, 2, 14, 8, 0)),  # CET, +01
        (datetime(2027, 7, 1, 12, 0), utc(2027, 7, 1, 10, 0)),  # CEST, +02
        (datetime(2027, 3, 28, 1, 59), utc(2027, 3, 28, 0, 59)),  # just before the change
        (datetime(2027, 3, 28, 3, 0), utc(2027, 3, 28, 1, 0)),  # just after it
        (datetime(2027, 10, 31, 3, 0), utc(2027, 10, 31, 2, 0)),  # back on CET
    ],
)
def test_naive_local_to_utc(local: datetime, expected: datetime) -> None:
    result = to_utc(local)
    assert result == expected
    assert result.tzinfo is UTC


def test_aware_input_keeps_its_instant() -> None:
    value = datetime(2027, 3, 28, 3, 30, tzinfo=STOCKHOLM)
    assert to_utc(value) == utc(2027, 3, 28, 1, 30)
    assert to_utc(utc(2027, 1, 1, 0, 0)) == utc(2027, 1, 1, 0, 0)


def test_spring_forward_around_the_change() -> None:
    # Clocks go from 02:00 CET to 03:00 CEST at 01:00 UTC on 2027-03-28.
    before = to_local(utc(2027, 3, 28, 0, 59))
    after = to_local(utc(2027, 3, 28, 1, 0))
    assert (before.hour, before.minute, before.utcoffset()) == (1, 59, timedelta(hours=1))
    assert (after.hour, after.minute, after.utcoffset()) == (3, 0, timedelta(hours=2))


def test_the_local_hour_that_does_not_exist_spans_no_time() -> None:
    assert to_utc(datetime(2027, 3, 28, 3, 0)) - to_utc(datetime(2027, 3, 28, 1, 0)) \
        == timedelta(hours=1)


def test_naive_is_utc_for_to_local() -> None:
    local = to_local(datetime(2027, 2, 14, 8, 0))
    assert local.tzinfo == STOCKHOLM
    assert (local.date(), local.hour) == (date(2027, 2, 14), 9)


def test_round_trip_over_a_year_of_hours() -> None:
    start = utc(2027, 1, 1, 0, 0)
    for hours in range(0, 365 * 24, 7):
        instant = start + timedelta(hours=hours)
        assert to_utc(to_local(instant)) == instant


def test_parse_local_and_utc() -> None:
    assert parse_local("2027-02-14T09:00") == utc(2027, 2, 14, 8, 0)
    assert parse_local("2027-06-06T09:00") == utc(2027, 6, 6, 7, 0)
    assert parse_utc("2026-11-25T07:30:00Z") == utc(2026, 11, 25, 7, 30)
    assert parse_utc("2026-11-25T07:30:00") == utc(2026, 11, 25, 7, 30)
    assert parse_utc("2026-11-25T08:30:00+01:00") == utc(2026, 11, 25, 7, 30)
    assert parse_utc("2026-11-25T07:30:00Z").tzinfo is UTC


def test_local_day_start() -> None:
    assert local_day_start(date(2027, 2, 14)) == utc(2027, 2, 13, 23, 0)
    assert local_day_start(date(2027, 7, 1)) == utc(2027, 6, 30, 22, 0)
    # The day of the change to summer time is 23 hours long.
    assert local_day_start(date(2027, 3, 29)) - local_day_start(date(2027, 3, 28)) \
        == timedelta(hours=23)
