"""The demo loaded for a day is anchored to the season coming on that day (core.demo_dates,
store.demo_anchor), the same for the same day, and as authored on the authored day."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from destination_norberg.core.dates import engelbrektsloppet_day
from destination_norberg.core.demo_dates import REFERENCE_DAY
from destination_norberg.core.timeutil import to_local
from destination_norberg.store import models as m
from destination_norberg.store.database import read_session
from destination_norberg.store.demo import load_demo

pytestmark = pytest.mark.both_engines


def dump(engine: Any) -> dict[str, Any]:
    """Every date the demo writes, by row, comparable between two loads."""
    with read_session(engine) as s:
        return {
            "seasons": sorted((x.uid, x.name, x.starts_on, x.ends_on)
                              for x in s.scalars(select(m.Season))),
            "events": sorted((x.uid, x.name_sv, x.name_en, x.starts_at, x.ends_at)
                             for x in s.scalars(select(m.Event))),
            "tasks": sorted((x.uid, x.due_on, x.due_offset_days, x.done)
                            for x in s.scalars(select(m.Task))),
            "strak": sorted((x.uid, x.name, x.period_start, x.period_end)
                            for x in s.scalars(select(m.Strak))),
            "packages": sorted((x.uid, x.title_sv, x.valid_from, x.valid_to)
                               for x in s.scalars(select(m.Package))),
            "targets": sorted((x.uid, x.name, x.deadline)
                              for x in s.scalars(select(m.SnowTarget))),
            # By the trail's name, not its id: PostgreSQL's sequences go on after a reset.
            "reports": sorted((name, x.reported_at, x.groomed_at or x.reported_at)
                              for x, name in s.execute(select(m.TrailReport, m.Trail.name)
                                                       .join(m.Trail))),
            "contacts": sorted((x.uid, x.occurred_on, x.follow_up_on)
                               for x in s.scalars(select(m.Interaction))),
            "depth": s.execute(select(func.count(), func.min(m.SnowMeasurement.measured_at),
                                      func.max(m.SnowMeasurement.measured_at))).one(),
            "storage": s.execute(select(func.count(),
                                        func.max(m.SnowStorageMeasurement.measured_on))).one(),
            "production": s.execute(select(func.count(),
                                           func.max(m.SnowProduction.produced_on))).one(),
            "temperature": s.execute(select(
                func.count(), func.max(m.TemperatureObservation.measured_at))).one(),
        }


def loaded(engine: Any, today: date | None, reset: bool = True) -> dict[str, Any]:
    load_demo(engine, reset=reset, today=today)
    return dump(engine)


def by_uid(rows: list[tuple[Any, ...]]) -> dict[str, tuple[Any, ...]]:
    return {row[0]: row for row in rows}


def local_day(value: Any) -> date:
    return to_local(value).date()


def test_the_authored_day_loads_the_files_as_they_are(engine) -> None:
    authored = loaded(engine, None, reset=False)
    assert loaded(engine, REFERENCE_DAY) == authored
    race = by_uid(authored["events"])["demo-engelbrektsloppet-2027"]
    assert local_day(race[3]) == date(2027, 2, 14)


def test_the_same_day_gives_the_same_demo(engine) -> None:
    first = loaded(engine, date(2027, 6, 15), reset=False)
    assert loaded(engine, date(2027, 6, 15)) == first
    assert loaded(engine, date(2027, 1, 20)) != first


def test_in_summer_the_demo_is_the_coming_winter(engine) -> None:
    today = date(2027, 6, 15)
    authored = loaded(engine, None, reset=False)
    summer = loaded(engine, today)
    seasons = {name: (start, end) for _uid, name, start, end in summer["seasons"]}
    assert seasons == {"Vinter 2027/28": (date(2027, 11, 1), date(2028, 4, 30)),
                       "Sommar 2028": (date(2028, 5, 1), date(2028, 9, 30))}
    events = by_uid(summer["events"])
    race = events["demo-engelbrektsloppet-2027"]
    assert race[1] == "Engelbrektsloppet 60 km klassisk"
    assert local_day(race[3]) == engelbrektsloppet_day(2028) == date(2028, 2, 13)
    assert to_local(race[3]).time() == to_local(
        by_uid(authored["events"])["demo-engelbrektsloppet-2027"][3]).time()  # 09:00 kept
    assert events["demo-vintervecka-2027"][1] == "Vintervecka 2028"
    assert local_day(events["demo-vintervecka-2027"][3]) == date(2028, 2, 7)  # its Monday
    assert local_day(events["demo-premiar-i-sparen-2026"][3]) == date(2027, 12, 1)
    targets = {uid: deadline for uid, _name, deadline in summer["targets"]}
    assert targets == {"demo-premiar-1-dec": date(2027, 12, 1),
                       "demo-engelbrektsloppet-2027": date(2028, 2, 13)}
    (package,) = [p for p in summer["packages"] if p[0] == "demo-engelbrektsloppet-helg-2027"]
    assert package[1:] == ("Engelbrektsloppet-helg 2028", date(2028, 2, 11), date(2028, 2, 13))
    assert [s[1:] for s in summer["strak"] if s[0] == "demo-vinterstraket-2026-27"] == [
        ("Vinterstråket 2027/28", date(2027, 12, 3), date(2028, 2, 26))]  # Fri … Sat
    _assert_recent_past(authored, summer, today)


def test_in_january_the_demo_is_this_winter_with_the_skipped_weeks_done(engine) -> None:
    today = date(2027, 1, 20)
    authored = loaded(engine, None, reset=False)
    january = loaded(engine, today)
    assert by_uid(january["events"]) == by_uid(authored["events"])  # the plan stays put
    overdue = [t for t in january["tasks"] if t[1] is not None and t[1] < today and not t[3]]
    authored_overdue = [t for t in authored["tasks"]
                        if t[1] is not None and t[1] < REFERENCE_DAY and not t[3]]
    assert len(overdue) == len(authored_overdue) == 5  # as overdue as on the authored day
    assert {t[0] for t in overdue} == {t[0] for t in authored_overdue}
    ahead = {t[0] for t in authored["tasks"] if t[1] is not None and t[1] >= REFERENCE_DAY}
    for uid, due, _offset, done in january["tasks"]:
        if uid in ahead and due < today:
            assert done, uid  # fell due in the weeks the demo skipped
    _assert_recent_past(authored, january, today)


def _assert_recent_past(authored: dict[str, Any], moved: dict[str, Any], today: date) -> None:
    """Reports and contacts as old as on the authored day; no weather after today."""
    days = (today - REFERENCE_DAY).days
    newest = max(r[1] for r in authored["reports"])
    assert max(r[1] for r in moved["reports"]) == newest + timedelta(days=days)
    assert local_day(max(r[1] for r in moved["reports"])) == today - timedelta(days=1)
    assert max(c[1] for c in moved["contacts"]) == max(c[1] for c in authored["contacts"]) \
        + timedelta(days=days)
    count, _first, last = moved["depth"]
    assert 0 < count <= authored["depth"][0]
    assert local_day(last) <= today
    assert moved["temperature"][0] > 0 and local_day(moved["temperature"][1]) <= today
    for kind in ("storage", "production"):  # moved with the weather, never after today
        count, newest_day = moved[kind]
        assert 0 < count <= authored[kind][0] and newest_day <= today
