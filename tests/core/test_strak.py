from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest

from destination_norberg.core.events import StrakRecord, StrakStopRecord
from destination_norberg.core.strak import (
    is_strak_day,
    route_length_m,
    stop_warnings,
    strak_hours,
    walking_minutes,
    who_is_open,
)

DATA = Path(__file__).resolve().parents[2] / "data" / "strak.json"
FRIDAY = date(2027, 1, 15)
SATURDAY = date(2027, 1, 16)
SUNDAY = date(2027, 1, 17)


def stop(position: int, opening: str = "16–20", org: int | None = None,
         name: str | None = None) -> StrakStopRecord:
    return StrakStopRecord(position=position, organisation_id=position if org is None else org,
                           opening=opening, organisation_name=name or f"Butik {position}")


def strak(*stops: StrakStopRecord, opens: time | None = time(16),
          closes: time | None = time(20), **changes) -> StrakRecord:
    values = dict(id=7, uid="s", name="Vinterstråket 2026/27", period_start=date(2026, 12, 4),
                  period_end=date(2027, 2, 27), weekdays=(5, 6), opens=opens, closes=closes,
                  stops=stops, event_id=70)
    values.update(changes)
    return StrakRecord(**values)


def demo(key: str) -> StrakRecord:
    raw = next(s for s in json.loads(DATA.read_text(encoding="utf-8")) if s["key"] == key)
    return StrakRecord(
        id=1, uid=key, name=raw["name"], period_start=date.fromisoformat(raw["period_start"]),
        period_end=date.fromisoformat(raw["period_end"]), weekdays=tuple(raw["weekdays"]),
        opens=time.fromisoformat(raw["opens"]), closes=time.fromisoformat(raw["closes"]),
        route=tuple(tuple(p) for p in raw["route"]),
        stops=tuple(StrakStopRecord(position=s["order"], organisation_id=i + 1,
                                    opening=s["opening"], organisation_name=s["organisation"])
                    for i, s in enumerate(raw["stops"])))


def test_route_length_is_planar_metres():
    assert route_length_m([(0.0, 0.0), (300.0, 400.0), (300.0, 1400.0)]) == pytest.approx(1500.0)
    assert route_length_m([]) == 0.0
    assert route_length_m([(551400.0, 6659000.0)]) == 0.0


def test_walking_minutes_round_up():
    assert walking_minutes(750) == 10  # exactly 10 minutes at 4.5 km/h
    assert walking_minutes(751) == 11
    assert walking_minutes(750 + 1e-9) == 10  # float noise from summing a route is not a minute
    assert walking_minutes(0) == 0
    assert walking_minutes(1000, speed_kmh=6) == 10
    assert walking_minutes(1001, speed_kmh=6) == 11


@pytest.mark.parametrize(("length", "speed"), [(100, 0), (100, -1), (-1, 4.5)])
def test_walking_minutes_rejects_nonsense(length, speed):
    with pytest.raises(ValueError):
        walking_minutes(length, speed)


def test_demo_routes_are_a_short_walk():
    for key in ("vinterstraket-2026-27", "sommarstraket-2027"):
        length = route_length_m(demo(key).route)
        assert 1000 < length < 4000
        assert walking_minutes(length) == -(-length // 75)  # 75 m a minute


def test_is_strak_day():
    s = strak()
    assert is_strak_day(s, FRIDAY)
    assert is_strak_day(s, SATURDAY)
    assert not is_strak_day(s, SUNDAY)
    assert is_strak_day(s, date(2026, 12, 4))  # the first day, a Friday
    assert is_strak_day(s, date(2027, 2, 27))  # the last day, a Saturday
    assert not is_strak_day(s, date(2026, 11, 27))  # a Friday before the period
    assert not is_strak_day(s, date(2027, 3, 5))  # a Friday after it


def test_who_is_open_follows_the_stops_hours_in_walking_order():
    s = strak(stop(3, "16–22"), stop(1, "16–20"), stop(2, "18–20"))
    assert [x.position for x in who_is_open(s, FRIDAY, time(17))] == [1, 3]
    assert [x.position for x in who_is_open(s, FRIDAY, time(19))] == [1, 2, 3]


def test_nobody_is_open_off_the_strak():
    s = strak(stop(1, "dygnet runt"), stop(2, "16–22"))
    assert who_is_open(s, SUNDAY, time(17)) == []
    assert who_is_open(s, FRIDAY, time(15, 59)) == []
    assert who_is_open(s, FRIDAY, time(20)) == []  # the stråk has closed, the bar has not
    assert len(who_is_open(s, FRIDAY, time(19, 59))) == 2


def test_a_stop_without_hours_follows_the_strak_and_unreadable_ones_are_not_listed():
    s = strak(stop(1, ""), stop(2, "ring på"), stop(3, "stängt"))
    assert [x.position for x in who_is_open(s, SATURDAY, time(16))] == [1]


def test_a_strak_without_hours_leaves_it_to_the_stops():
    s = strak(stop(1, "10–12"), stop(2, ""), opens=None, closes=None)
    assert [x.position for x in who_is_open(s, FRIDAY, time(11))] == [1, 2]
    assert strak_hours(s) is None


def test_strak_closing_at_midnight():
    s = strak(stop(1, "16–24"), stop(2, "16–20"), closes=time(0))
    assert strak_hours(s) == (time(16), time.max)
    assert [x.position for x in who_is_open(s, FRIDAY, time(23, 30))] == [1]
    assert [w.message_args["position"] for w in stop_warnings(s)] == ["2"]


def test_demo_stops_are_all_open_on_a_friday_evening_and_raise_no_warnings():
    winter = demo("vinterstraket-2026-27")
    assert len(who_is_open(winter, date(2027, 2, 12), time(17))) == 11
    assert [x.organisation_name for x in who_is_open(winter, date(2027, 2, 12), time(21))] == []
    assert stop_warnings(winter) == []
    summer = demo("sommarstraket-2027")
    assert len(who_is_open(summer, date(2027, 7, 8), time(11))) == 11  # a Thursday
    assert who_is_open(summer, date(2027, 7, 5), time(11)) == []  # a Monday
    assert stop_warnings(summer) == []


def codes(s: StrakRecord) -> list[tuple[str, str]]:
    return [(w.code, w.message_args["position"]) for w in stop_warnings(s)]


def test_stop_warnings():
    s = strak(stop(1, "16–20"), stop(2, "16–19"), stop(3, "stängt"), stop(4, "10–14"),
              stop(5, "efter överenskommelse"), StrakStopRecord(6, None, ""), stop(7, ""))
    assert codes(s) == [("stop_hours_short", "2"), ("stop_closed", "3"), ("stop_closed", "4"),
                        ("stop_hours_unreadable", "5"), ("stop_no_organisation", "6")]


def test_stop_warning_arguments_and_text():
    (warning,) = stop_warnings(strak(stop(2, "16–19", name="Kafé Gruvlyktan")))
    assert warning.strak_id == 7
    assert warning.event_ids == (70,)
    assert warning.day == date(2026, 12, 4)
    assert warning.message_args == {"strak": "Vinterstråket 2026/27", "position": "2",
                                    "organisation": "Kafé Gruvlyktan", "opening": "16–19",
                                    "strak_hours": "16–20"}
    assert warning.text == ("Stop 2 of Vinterstråket 2026/27, Kafé Gruvlyktan, is open 16–19, "
                            "which does not cover the stråk hours 16–20.")


def test_duplicate_positions():
    s = strak(stop(1), stop(2), stop(2, org=9), stop(3), stop(3, org=10), stop(3, org=11))
    found = [(w.code, w.message_args["position"], w.message_args["count"])
             for w in stop_warnings(s)]
    assert found == [("stop_duplicate_position", "2", "2"), ("stop_duplicate_position", "3", "3")]


def test_no_hours_check_without_strak_hours():
    s = strak(stop(1, "10–12"), opens=None, closes=None)
    assert stop_warnings(s) == []
