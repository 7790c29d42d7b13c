from __future__ import annotations

from datetime import time

import pytest

from destination_norberg.core.hours import (
    ALL_DAY,
    MIDNIGHT,
    HoursError,
    covers,
    format_hours,
    is_open_at,
    merge,
    parse_hours,
)

T = time


@pytest.mark.parametrize("text", ["16–20", "16-20", "16 - 20", "16.00–20.00", "kl. 16–20",
                                  "Kl 16-20", "klockan 16 till 20", "16:00-20:00", "16—20",
                                  "öppet 16–20", " 16–20. "])
def test_the_ways_people_write_sixteen_to_twenty(text):
    assert parse_hours(text) == ((T(16), T(20)),)


def test_minutes():
    assert parse_hours("11:00-18:30") == ((T(11), T(18, 30)),)
    assert parse_hours("9.30–17") == ((T(9, 30), T(17)),)


@pytest.mark.parametrize("text", ["10–14, 16–20", "10-14; 16-20", "10–14 och 16–20",
                                  "16–20, 10–14", "10-14 & 16-20"])
def test_several_intervals_are_sorted(text):
    assert parse_hours(text) == ((T(10), T(14)), (T(16), T(20)))


def test_touching_and_overlapping_intervals_merge():
    assert parse_hours("10–14, 14–20") == ((T(10), T(20)),)
    assert parse_hours("10–15, 12–18") == ((T(10), T(18)),)
    assert merge([(T(12), T(13)), (T(10), T(11))]) == ((T(10), T(11)), (T(12), T(13)))


@pytest.mark.parametrize("text", ["stängt", "Stängt", "STÄNGD", "closed", "Stängt."])
def test_closed(text):
    assert parse_hours(text) == ()


@pytest.mark.parametrize("text", ["dygnet runt", "Öppet dygnet runt", "24/7", "00–24"])
def test_all_day(text):
    assert parse_hours(text) == ALL_DAY


@pytest.mark.parametrize("text", ["16–24", "16–00", "16-24:00", "16.00–00.00"])
def test_midnight_end(text):
    assert parse_hours(text) == ((T(16), MIDNIGHT),)


def test_past_midnight_ends_this_day_at_midnight():
    assert parse_hours("20–02") == ((T(20), MIDNIGHT),)


@pytest.mark.parametrize("text", ["", "   ", "efter överenskommelse", "16", "16–", "25–26",
                                  "16:75–20", "24–02", "16–16", "1600–2000", "16–20, lunch"])
def test_unreadable_hours_raise_with_a_sentence(text):
    with pytest.raises(HoursError) as caught:
        parse_hours(text)
    message = str(caught.value)
    assert message.startswith("Cannot read the opening hours")
    assert message.endswith(".")
    assert caught.value.text == text


def test_hours_error_is_a_value_error():
    assert issubclass(HoursError, ValueError)


def test_is_open_at_is_half_open():
    hours = parse_hours("10–14, 16–20")
    assert is_open_at(hours, T(10))
    assert is_open_at(hours, T(13, 59))
    assert not is_open_at(hours, T(14))
    assert not is_open_at(hours, T(15))
    assert is_open_at(hours, T(16))
    assert not is_open_at(hours, T(20))
    assert not is_open_at(hours, T(9, 59))


def test_open_until_midnight_includes_the_last_minute():
    assert is_open_at(parse_hours("16–24"), T(23, 59, 59))
    assert is_open_at(ALL_DAY, T(0))
    assert is_open_at(ALL_DAY, T(23, 59))
    assert not is_open_at((), T(12))


def test_covers():
    assert covers(parse_hours("16–20"), T(16), T(20))
    assert covers(parse_hours("16–22"), T(16), T(20))
    assert covers(parse_hours("11–18"), T(12), T(13))
    assert not covers(parse_hours("16–19"), T(16), T(20))
    assert not covers(parse_hours("17–20"), T(16), T(20))
    assert not covers((), T(16), T(20))
    # A lunch break is a gap, even though both halves are open.
    assert not covers(parse_hours("10–14, 15–20"), T(11), T(16))
    assert covers(parse_hours("10–14, 14–20"), T(11), T(16))


def test_covers_until_midnight():
    assert covers(parse_hours("18–24"), T(20), T(0))
    assert covers(ALL_DAY, T(0), MIDNIGHT)
    assert not covers(parse_hours("18–23"), T(20), T(0))


def test_covers_a_moment_and_rejects_a_span_over_midnight():
    assert covers(parse_hours("16–20"), T(17), T(17))
    assert not covers(parse_hours("16–20"), T(20), T(20))
    with pytest.raises(ValueError, match="past midnight"):
        covers(ALL_DAY, T(22), T(2))


def test_format_hours_round_trips():
    for text in ["16–20", "10–14, 16–20", "11–18:30", "16–24"]:
        assert format_hours(parse_hours(text)) == text
    assert format_hours(()) == ""
