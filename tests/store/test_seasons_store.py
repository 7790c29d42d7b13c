"""Seasons and one-unit bundles in the store (SQLite, and PostgreSQL when configured): a season
is created, changed and removed by uid with its content checked; one that holds events or
stråk is never removed; a bundle (season, events with tasks, stråk) is written and removed
whole, or not at all."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from destination_norberg.app.planning_year import plan_next_year, plan_strak_copy
from destination_norberg.app.seasons import new_values, season_list_from
from destination_norberg.store import planning_read as read
from destination_norberg.store.planning_copy import remove_bundle, write_bundle
from destination_norberg.store.planning_write import save_strak
from destination_norberg.store.rows import EngineRows
from destination_norberg.store.seasons_store import (
    SeasonInUseError,
    delete_season,
    insert_season,
    update_season,
)
from destination_norberg.store.versioned import ConflictError

pytestmark = pytest.mark.both_engines


def listed(engine) -> dict[str, dict]:
    return {s["name"]: s for s in read.season_list(EngineRows(engine))}


def test_a_season_is_created_changed_and_removed_by_uid(demo_engine) -> None:
    saved = insert_season(demo_engine, new_values("Vinter 2027/28", "vinter",
                                                  date(2027, 11, 1), date(2028, 4, 30)))
    assert listed(demo_engine)["Vinter 2027/28"]["events"] == 0
    renamed = update_season(demo_engine, saved, {**saved, "name": "Vintern 27/28",
                                                 "archived": True})
    assert listed(demo_engine)["Vintern 27/28"]["archived"] is True
    with pytest.raises(ConflictError):  # the step started from the old name: refused
        update_season(demo_engine, saved, {**saved, "name": "X"})
    with pytest.raises(ConflictError, match="already a season"):
        update_season(demo_engine, renamed, {**renamed, "name": " vinter  2026/27"})
    with pytest.raises(ConflictError, match="already a season"):
        insert_season(demo_engine, new_values("SOMMAR 2027", "sommar", date(2027, 5, 1),
                                              date(2027, 9, 30)))
    delete_season(demo_engine, renamed)
    assert "Vintern 27/28" not in listed(demo_engine)
    insert_season(demo_engine, renamed)  # the undo of the delete: same uid back
    assert listed(demo_engine)["Vintern 27/28"]["uid"] == saved["uid"]


def test_a_season_that_holds_events_is_not_removed(demo_engine) -> None:
    summer = listed(demo_engine)["Sommar 2027"]
    with pytest.raises(SeasonInUseError, match='"Sommar 2027" holds 7 event\\(s\\) and 1 '
                                               "stråk"):
        delete_season(demo_engine, summer)
    assert "Sommar 2027" in listed(demo_engine)
    events = read.events(EngineRows(demo_engine))
    assert len([e for e in events if e.season_id == summer["id"]]) == 7


def _inputs(engine):
    rows = EngineRows(engine)
    return read.events(rows), read.tasks(rows), read.strak(rows), season_list_from(rows)


def test_next_years_bundle_is_written_and_removed_whole(demo_engine) -> None:
    events, tasks, strak, seasons = _inputs(demo_engine)
    week = next(e for e in events if e.uid == "demo-vintervecka-2027")
    plan = plan_next_year(events, tasks, strak, seasons, [week.id])
    assert plan.target.created and plan.target.name == "Vinter 2027/28"
    saved = write_bundle(demo_engine, plan.bundle)
    after = _inputs(demo_engine)
    new = next(s for s in after[3] if s.name == "Vinter 2027/28")
    assert (new.events, new.strak) == (14, 1)
    assert saved.tasks == len([t for t in tasks if t.event_id in
                               {c.source.id for c in plan.weeks[0].copies}])
    copy = next(s for s in after[2] if s.name == "Vinterstråket 2027/28")
    assert copy.period_start == date(2027, 12, 3) and copy.period_end == date(2028, 2, 26)
    # Someone edits the copied stråk: the undo refuses and removes nothing.
    changed = save_strak(demo_engine, replace(copy, opens=None, closes=None))
    with pytest.raises(ConflictError):
        remove_bundle(demo_engine, plan.bundle, saved)
    assert len(read.events(EngineRows(demo_engine))) == len(after[0])
    remove_bundle(demo_engine, plan.bundle, replace(saved, strak=(changed,)))
    final = _inputs(demo_engine)
    assert len(final[0]) == len(events) and len(final[1]) == len(tasks)
    assert [s.name for s in final[3]] == [s.name for s in seasons]
    again = write_bundle(demo_engine, plan.bundle)  # the redo: same uids, new ids
    assert {e.uid for e in again.events} == {e.uid for e in saved.events}


def test_a_failed_bundle_writes_nothing(demo_engine) -> None:
    events, _tasks, strak, seasons = _inputs(demo_engine)
    source = next(s for s in strak if s.name == "Sommarstråket 2027")
    plan = plan_strak_copy(source, events, strak, seasons, "Sommar 2028")
    broken = replace(plan.bundle, strak=(replace(plan.copy, uid=source.uid),))  # uid taken
    with pytest.raises(Exception):  # noqa: B017 - the driver's integrity error, wrapped
        write_bundle(demo_engine, broken)
    assert "Sommar 2028" not in [s.name for s in season_list_from(EngineRows(demo_engine))]
    assert len(read.events(EngineRows(demo_engine))) == len(events)
