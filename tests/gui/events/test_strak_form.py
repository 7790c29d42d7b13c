"""The stråk page's plain rules, without a widget: what keeps a record from being saved and
where the who-is-open picker starts."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

from destination_norberg.core.events import StrakRecord, StrakStopRecord
from destination_norberg.gui.events.strak_form import record_problems
from destination_norberg.gui.events.strak_panels import first_moment

SOMMAR = StrakRecord(id=1, uid="s1", name="Sommarstråket", period_start=date(2027, 6, 1),
                     period_end=date(2027, 8, 31), weekdays=(4, 5), opens=time(16, 0),
                     closes=time(20, 0),
                     stops=(StrakStopRecord(1, 10, "16–20"), StrakStopRecord(2, 11)))


def test_a_sound_record_has_no_problems() -> None:
    assert record_problems(SOMMAR) == []


def test_each_broken_rule_is_one_sentence() -> None:
    broken = replace(SOMMAR, period_end=date(2027, 5, 1), weekdays=(), closes=time(15, 0),
                     stops=(StrakStopRecord(1, None), StrakStopRecord(2, 11),
                            StrakStopRecord(3, None)))
    found = record_problems(broken)
    assert len(found) == 4
    assert "ends before it starts" in found[0]
    assert "at least one day" in found[1]
    assert "close after it opens" in found[2]
    assert "stop 1" in found[3] and "3" in found[3]


def test_who_is_open_starts_on_the_next_strak_day_an_hour_after_opening() -> None:
    # Wednesday 2027-06-09 in Norberg: the next Thursday is the 10th.
    now = datetime(2027, 6, 9, 10, 0, tzinfo=UTC)
    assert first_moment(SOMMAR, now) == (date(2027, 6, 10), time(17, 0))
    # Before the period: its first stråk day (Thursday 3 June).
    assert first_moment(SOMMAR, datetime(2027, 1, 1, tzinfo=UTC)) == (date(2027, 6, 3),
                                                                      time(17, 0))
    # An hour after opening would be at or past closing: at the opening itself.
    short = replace(SOMMAR, opens=time(16, 0), closes=time(16, 30))
    assert first_moment(short, now)[1] == time(16, 0)
    # No hours: noon and an hour; no stråk day ahead: the period's first day.
    none = replace(SOMMAR, opens=None, closes=None, weekdays=())
    assert first_moment(none, now) == (date(2027, 6, 1), time(13, 0))
