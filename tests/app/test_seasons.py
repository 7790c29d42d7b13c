"""The season rules of app.seasons and app.planning_year, without a database: names and
periods a year on, weekdays kept, the target season found or made, stråk left out when the
next season has them, and one count of what a season holds for every front end."""

from __future__ import annotations

import json
from datetime import date, time

import pytest

from destination_norberg.app.planning_year import plan_new_strak, shift_strak
from destination_norberg.app.seasons import (
    SeasonInfo,
    next_name,
    problem,
    shift_date,
    shift_name,
    whole_weeks,
)
from destination_norberg.core.events import StrakRecord, StrakStopRecord


@pytest.mark.parametrize(("name", "years", "expected"), [
    ("Vinter 2026/27", 1, "Vinter 2027/28"),
    ("Vinter 2099/00", 1, "Vinter 2100/01"),
    ("Sommar 2027", 1, "Sommar 2028"),
    ("Vinterstråket 2026/27", 2, "Vinterstråket 2028/29"),
    ("Vinter 2026–27", 1, "Vinter 2027–28"),
])
def test_names_move_by_years(name: str, years: int, expected: str) -> None:
    assert shift_name(name, years) == expected


def test_a_name_without_a_year_gets_one() -> None:
    assert next_name("Vintern", date(2027, 4, 30)) == "Vintern 2028"


def test_periods_move_by_calendar_years_and_stråk_by_whole_weeks() -> None:
    assert shift_date(date(2027, 11, 1)) == date(2028, 11, 1)
    assert shift_date(date(2028, 2, 29)) == date(2029, 2, 28)
    assert whole_weeks(365) == whole_weeks(366) == 364 and whole_weeks(730) == 728
    strak = StrakRecord(id=1, uid="u", name="Vinterstråket 2026/27",
                        period_start=date(2026, 12, 4), period_end=date(2027, 2, 27),
                        weekdays=(5, 6), opens=time(16), closes=time(20),
                        route=((1.0, 2.0), (3.0, 4.0)),
                        stops=(StrakStopRecord(1, 7, "16–20", "Glögg", "Mulled wine"),),
                        season_id=1, event_id=9, version=4)
    copy = shift_strak(strak, 1)
    assert (copy.name, copy.period_start, copy.period_end) == (
        "Vinterstråket 2027/28", date(2027, 12, 3), date(2028, 2, 26))
    assert copy.period_start.isoweekday() == 5 and copy.period_end.isoweekday() == 6
    assert (copy.stops, copy.route, copy.weekdays, copy.opens, copy.closes) == (
        strak.stops, strak.route, strak.weekdays, strak.opens, strak.closes)
    assert (copy.id, copy.version, copy.season_id, copy.event_id) == (None, 0, None, None)
    assert copy.uid != strak.uid


def _season(name: str, uid: str = "s1") -> SeasonInfo:
    return SeasonInfo(1, uid, 1, name, "vinter", date(2026, 11, 1), date(2027, 4, 30),
                      False, 0, 0)


def test_what_keeps_a_season_from_being_saved() -> None:
    others = [_season("Vinter 2026/27")]
    day = date(2027, 11, 1)
    assert problem("  ", "vinter", day, day, others) == "a season needs a name"
    assert problem("X", "höst", day, day, others) == "the kind of season is vinter or sommar, " \
                                                      "not 'höst'"
    assert problem("X", "vinter", day, date(2027, 10, 1), others) == \
        "the season ends before it starts"
    assert "already a season" in problem("vinter  2026/27", "vinter", day, day, others)
    assert problem("Vinter 2026/27", "vinter", day, day, others, uid="s1") is None
    assert problem("x" * 81, "vinter", day, day, others).startswith("a season's name is at")


def test_a_new_strak_spans_its_season_with_its_own_calendar_event() -> None:
    plan = plan_new_strak(" Påskstråket  2027 ", _season("Vinter 2026/27"), [])
    assert plan.strak.name == "Påskstråket 2027"
    assert (plan.strak.period_start, plan.strak.period_end) == (date(2026, 11, 1),
                                                                date(2027, 4, 30))
    assert plan.bundle.strak_event == {0: 0} and plan.bundle.events[0].kind == "stråk"
    assert plan.bundle.season_uid == "s1"


def test_the_dialog_and_the_command_line_count_a_season_the_same(demo_url, capsys) -> None:
    """One truth: `season list --json` and the window's snapshot read the same counts."""
    from datetime import UTC, datetime

    from destination_norberg.app.planning import read_planning
    from destination_norberg.cli import main

    snap = read_planning(demo_url, datetime(2026, 12, 6, 9, tzinfo=UTC), 7)
    assert main(["--db", demo_url, "season", "list", "--json"]) == 0
    cli = {s["name"]: (s["events"], s["strak"]) for s in json.loads(capsys.readouterr().out)}
    assert cli == {s.name: (s.events, s.strak) for s in snap.season_list}
    assert cli["Vinter 2026/27"] == (len([e for e in snap.events if e.season_id == 1]), 1)


def test_without_a_source_season_next_winter_is_made_around_the_race() -> None:
    from destination_norberg.app.seasons import next_season_values

    made = next_season_values(None, None, 1, "vinter", date(2028, 2, 13))
    assert (made["name"], made["starts_on"], made["ends_on"]) == (
        "Vinter 2027/28", date(2027, 11, 1), date(2028, 4, 30))
