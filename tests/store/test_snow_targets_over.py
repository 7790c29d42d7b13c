"""store.snow_read.targets_over: a month of the guarantee targets' states from one read,
the same as asking `targets` once a day."""

from __future__ import annotations

from datetime import datetime, timedelta

from destination_norberg.store.reading import read_with
from destination_norberg.store.snow_read import targets, targets_over


def test_one_read_gives_what_a_read_a_day_gives(demo_url: str, fixed_now: datetime) -> None:
    # Around the demo's reports: before any, between them, the very instant of one, after.
    days = [fixed_now - timedelta(days=back, hours=h) for back in range(40, -1, -1)
            for h in (0, 7)]

    def both(source):
        return targets_over(source, days), [targets(source, then) for then in days]

    over, daily = read_with(demo_url, both)
    assert over == daily
    assert any(loop.status is not None for t in over[-1] for loop in t.loops)
    assert any(loop.status is None for t in over[0] for loop in t.loops)  # before any report


def test_the_instant_of_a_report_counts_it(demo_url: str) -> None:
    def at_reports(source):
        (at,) = source.rows("SELECT MAX(r.reported_at) FROM trail_report r WHERE r.trail_id "
                            "IN (SELECT trail_id FROM snow_target_trail)")[0]
        from destination_norberg.store.rows import as_utc

        then = as_utc(at)
        return targets_over(source, [then]), [targets(source, then)]

    over, daily = read_with(demo_url, at_reports)
    assert over == daily
