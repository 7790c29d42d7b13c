from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from destination_norberg.core.snow import (
    SnowTarget,
    evaluate,
    loop_is_ready,
    ready_km,
    stored_snow_km,
)
from destination_norberg.core.trails import TrailState
from destination_norberg.core.vocab import GuaranteeLevel, TrailKind, TrailStatus

AT = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
TODAY = date(2026, 11, 26)
NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def loop(trail_id: int, length_m: float, status: TrailStatus | None,
         depth: float | None) -> TrailState:
    return TrailState(trail_id=trail_id, name=f"Slinga {trail_id}", kind=TrailKind.CLASSIC_SKI,
                      length_m=length_m, status=status,
                      reported_at=None if status is None else AT, snow_depth_cm=depth)


def target(*loops: TrailState, required_km: float = 4.0, min_depth_cm: float = 30.0,
           deadline: date = date(2026, 12, 1)) -> SnowTarget:
    return SnowTarget(target_id=1, name="Tidig snö", deadline=deadline, required_km=required_km,
                      min_depth_cm=min_depth_cm, loops=loops)


def test_ready_km_counts_only_open_loops_deep_enough() -> None:
    t = target(
        loop(1, 2500.0, TrailStatus.CLEAR, 40.0),  # ready
        loop(2, 1500.0, TrailStatus.MINOR, 30.0),  # ready: open, exactly the minimum
        loop(3, 1000.0, TrailStatus.SIGNIFICANT, 35.0),  # ready: significant is still open
        loop(4, 3000.0, TrailStatus.CLOSED, 80.0),  # closed
        loop(5, 2000.0, TrailStatus.CLEAR, 29.9),  # too thin
        loop(6, 2000.0, TrailStatus.CLEAR, None),  # no depth measured
        loop(7, 2000.0, None, None),  # never reported
    )
    assert ready_km(t, NOW) == pytest.approx(5.0)


def test_loop_is_ready() -> None:
    assert loop_is_ready(loop(1, 1.0, TrailStatus.CLEAR, 30.0), 30.0, NOW)
    assert not loop_is_ready(loop(1, 1.0, TrailStatus.CLOSED, 30.0), 30.0, NOW)
    assert not loop_is_ready(loop(1, 1.0, None, 30.0), 30.0, NOW)


def test_green_when_met() -> None:
    status = evaluate(target(loop(1, 4000.0, TrailStatus.CLEAR, 35.0)), NOW)
    assert status.level is GuaranteeLevel.GREEN
    assert status.met
    assert status.ready_km == pytest.approx(4.0)
    assert status.days_left == 5


def test_green_even_after_the_deadline() -> None:
    status = evaluate(target(loop(1, 4200.0, TrailStatus.CLEAR, 35.0),
                             deadline=date(2026, 11, 1)), NOW)
    assert status.level is GuaranteeLevel.GREEN
    assert status.days_left == -25


def test_red_when_the_deadline_passed_unmet() -> None:
    status = evaluate(target(loop(1, 3900.0, TrailStatus.CLEAR, 35.0),
                             deadline=date(2026, 11, 25)), NOW)
    assert status.level is GuaranteeLevel.RED
    assert not status.met
    assert status.days_left == -1


def test_not_judged_when_unmet_and_deadline_ahead() -> None:
    for deadline in (TODAY, date(2026, 12, 1)):
        status = evaluate(target(loop(1, 1000.0, TrailStatus.CLEAR, 35.0), deadline=deadline),
                          NOW)
        assert status.level is None
        assert not status.met


def test_no_loops_is_zero_km() -> None:
    status = evaluate(target(), NOW)
    assert status.ready_km == 0.0
    assert status.level is None


def test_stored_snow_km() -> None:
    # 12 000 m³ stored, 20 % melt loss, a 4 m wide and 0.5 m deep track: 4.8 km.
    assert stored_snow_km(12_000, 0.20, 4.0, 0.5) == pytest.approx(4.8)
    assert stored_snow_km(20_000, 0.0, 5.0, 0.4) == pytest.approx(10.0)
    assert stored_snow_km(12_000, 1.0, 4.0, 0.5) == 0.0


@pytest.mark.parametrize(("width", "depth"), [(0, 0.5), (-4, 0.5), (4, 0), (4, -0.5)])
def test_stored_snow_km_refuses_bad_track_sizes(width: float, depth: float) -> None:
    with pytest.raises(ValueError, match="positive"):
        stored_snow_km(12_000, 0.2, width, depth)


def test_a_loop_short_by_less_than_the_shown_precision_meets_the_target() -> None:
    """19 999.8 m of a 20 km loop reads as 20,0 of 20,0 km: it must say met, not unmet."""
    status = evaluate(target(loop(1, 19_999.8, TrailStatus.CLEAR, 45.0), required_km=20.0), NOW)
    assert status.met and status.level is GuaranteeLevel.GREEN
    status = evaluate(target(loop(1, 19_940.0, TrailStatus.CLEAR, 45.0), required_km=20.0), NOW)
    assert not status.met and status.level is None


def test_a_stale_report_does_not_count_as_ready() -> None:
    old = TrailState(trail_id=9, name="Gammal rapport", kind=TrailKind.CLASSIC_SKI,
                     length_m=4000.0, status=TrailStatus.CLEAR,
                     reported_at=datetime(2026, 11, 10, 7, 0, tzinfo=UTC), snow_depth_cm=50.0)
    status = evaluate(target(old), NOW, stale_days=7)
    assert status.ready_km == 0.0 and status.level is None
    assert status.stale_loops == ("Gammal rapport",)
    assert evaluate(target(old), NOW, stale_days=30).met


def test_targets_leave_the_overview_a_week_after_their_deadline() -> None:
    from destination_norberg.core.snow import is_current

    assert is_current(target(deadline=date(2026, 11, 19)), TODAY)
    assert not is_current(target(deadline=date(2026, 11, 18)), TODAY)
    assert is_current(target(deadline=date(2027, 2, 14)), TODAY)
