from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from destination_norberg.core.timeutil import STOCKHOLM
from destination_norberg.core.trails import (
    DEFAULT_STALE_DAYS,
    TrailState,
    grooming_band,
    summarise,
)
from destination_norberg.core.vocab import TrailKind, TrailStatus

NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)  # 09:00 in Norberg


def state(trail_id: int, status: TrailStatus | None, age: timedelta | None,
          kind: TrailKind = TrailKind.MTB, name: str | None = None) -> TrailState:
    return TrailState(trail_id=trail_id, name=name or f"Trail {trail_id}", kind=kind,
                      length_m=1000.0, status=status,
                      reported_at=None if age is None else NOW - age)


@pytest.mark.parametrize(
    ("days", "band"),
    [(0, "today"), (1, "1-3"), (3, "1-3"), (4, "4-6"), (6, "4-6"), (7, "7-10"),
     (10, "7-10"), (11, "11-14"), (14, "11-14"), (15, "older"), (400, "older")],
)
def test_grooming_bands(days: int, band: str) -> None:
    assert grooming_band(NOW - timedelta(days=days), NOW) == band


def test_grooming_band_counts_calendar_days_not_hours() -> None:
    # Groomed late yesterday evening, looked at early this morning: one day, not "today".
    groomed = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
    assert grooming_band(groomed, datetime(2026, 11, 26, 6, 0, tzinfo=UTC)) == "1-3"
    # Earlier the same day is today, however many hours ago.
    assert grooming_band(datetime(2026, 11, 26, 0, 0, tzinfo=UTC), NOW) == "today"


def test_never_groomed_has_no_band() -> None:
    assert grooming_band(None, NOW) is None


def test_grooming_in_the_future_counts_as_today() -> None:
    assert grooming_band(NOW + timedelta(days=2), NOW) == "today"


def test_grooming_band_uses_norberg_calendar_days() -> None:
    # 00:30 local on the 26th is 23:30 UTC on the 25th; at 09:00 local the same day it is today.
    groomed = datetime(2026, 11, 26, 0, 30, tzinfo=STOCKHOLM)
    now = datetime(2026, 11, 26, 9, 0, tzinfo=STOCKHOLM)
    assert grooming_band(groomed.astimezone(UTC), now.astimezone(UTC)) == "today"


def test_stale_rules() -> None:
    assert state(1, None, None).is_stale(NOW)
    assert not state(2, TrailStatus.CLEAR, timedelta(days=DEFAULT_STALE_DAYS)).is_stale(NOW)
    assert state(3, TrailStatus.CLEAR,
                 timedelta(days=DEFAULT_STALE_DAYS, seconds=1)).is_stale(NOW)
    assert not state(4, TrailStatus.CLEAR, timedelta(hours=1)).is_stale(NOW)
    three_days = state(5, TrailStatus.MINOR, timedelta(days=3))
    assert three_days.is_stale(NOW, stale_days=2)
    assert not three_days.is_stale(NOW, stale_days=3)


def test_report_age() -> None:
    assert state(1, None, None).report_age(NOW) is None
    assert state(2, TrailStatus.CLEAR, timedelta(hours=30)).report_age(NOW) \
        == timedelta(hours=30)


def test_summarise_counts_statuses_and_never_reported() -> None:
    states = [
        state(1, TrailStatus.CLEAR, timedelta(days=1)),
        state(2, TrailStatus.CLEAR, timedelta(days=2)),
        state(3, TrailStatus.MINOR, timedelta(days=9)),
        state(4, TrailStatus.CLOSED, timedelta(days=30)),
        state(5, None, None),
        state(6, None, None),
        state(7, TrailStatus.SIGNIFICANT, timedelta(hours=2)),
    ]
    summary = summarise(states, NOW)
    assert summary.total == 7
    assert summary.counts == {TrailStatus.CLEAR: 2, TrailStatus.MINOR: 1,
                              TrailStatus.CLOSED: 1, TrailStatus.SIGNIFICANT: 1, None: 2}
    assert sum(summary.counts.values()) == summary.total
    # Never reported first, then the oldest report first.
    assert [s.trail_id for s in summary.stale] == [5, 6, 4, 3]


def test_summarise_stale_days_is_honoured() -> None:
    states = [state(1, TrailStatus.CLEAR, timedelta(days=2)),
              state(2, TrailStatus.CLEAR, timedelta(hours=12))]
    assert [s.trail_id for s in summarise(states, NOW, stale_days=1).stale] == [1]
    assert summarise(states, NOW, stale_days=7).stale == ()


def test_summarise_empty() -> None:
    summary = summarise([], NOW)
    assert (summary.total, summary.counts, summary.stale) == (0, {}, ())


def test_ski_kinds() -> None:
    assert TrailKind.CLASSIC_SKI.is_ski and TrailKind.SKATE_SKI.is_ski
    assert not TrailKind.MTB.is_ski and not TrailKind.SNOWSHOE.is_ski
    assert TrailStatus.MINOR.is_open and not TrailStatus.CLOSED.is_open
