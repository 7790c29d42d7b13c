"""The overview read from the demo database, checked against the demo files read independently."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import shapely
from sqlalchemy import select

from destination_norberg.app.overview import overview as load_overview
from destination_norberg.app.snow import judge
from destination_norberg.core.dates import engelbrektsloppet_day
from destination_norberg.core.timeutil import parse_local, parse_utc, to_local
from destination_norberg.core.vocab import GuaranteeLevel, TrailStatus
from destination_norberg.paths import demo_data_dir
from destination_norberg.store import models as m
from destination_norberg.store.database import read_session
from destination_norberg.store.overview_repo import (
    area_counts,
    load_overview_inputs,
    trail_states,
)
from destination_norberg.store.rows import EngineRows, SqliteRows, open_current_sqlite

pytestmark = pytest.mark.both_engines

DATA = demo_data_dir()


def rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def data(name: str):
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def newest_reports(now: datetime) -> dict[str, dict[str, str]]:
    """The newest report per trail key, up to `now`, straight from trail_reports.csv."""
    newest: dict[str, dict[str, str]] = {}
    for r in rows("trail_reports.csv"):
        at = parse_utc(r["reported_at_utc"])
        if at <= now and (r["trail"] not in newest
                          or at > parse_utc(newest[r["trail"]]["reported_at_utc"])):
            newest[r["trail"]] = r
    return newest


def trail_lengths_m() -> dict[str, float]:
    return {f["properties"]["key"]: shapely.geometry.shape(f["geometry"]).length
            for f in data("trails.geojson")["features"]}


def uid_map(engine, model: type) -> dict[int, str]:
    with read_session(engine) as s:
        return dict(s.execute(select(model.id, model.uid)).all())


def key(uid: str) -> str:
    return uid.removeprefix("demo-")


@pytest.fixture(params=["sqlalchemy", "sqlite3"])
def source(request, demo_engine, backend):
    """The same SQL through SQLAlchemy and through the read-only sqlite3 fast path."""
    if request.param == "sqlalchemy":
        rows_source = EngineRows(demo_engine)
    elif backend != "sqlite":
        pytest.skip("the sqlite3 fast path reads SQLite files only")
    else:
        rows_source = SqliteRows(Path(demo_engine.url.database))
    yield rows_source
    rows_source.close()


def test_the_demo_has_no_report_after_the_fixed_now(fixed_now: datetime) -> None:
    # The comparisons below take "newest" to mean newest up to now; that holds for the demo.
    assert all(parse_utc(r["reported_at_utc"]) <= fixed_now for r in rows("trail_reports.csv"))


def test_trail_states_give_every_trail_its_newest_report(demo_engine, source,
                                                         fixed_now) -> None:
    newest = newest_reports(fixed_now)
    lengths = trail_lengths_m()
    uids = uid_map(demo_engine, m.Trail)
    states = trail_states(source, fixed_now)
    assert sorted(key(uids[st.trail_id]) for st in states) == sorted(lengths)
    assert [st.name for st in states] == sorted(st.name for st in states)
    for st in states:
        k = key(uids[st.trail_id])
        assert st.length_m == pytest.approx(lengths[k], abs=0.06)
        report = newest.get(k)
        if report is None:
            assert (st.status, st.reported_at) == (None, None)
            continue
        assert st.reported_at == parse_utc(report["reported_at_utc"]), k
        assert st.status is TrailStatus(report["status"]), k
        assert st.groomed_at == (parse_utc(report["groomed_at_utc"])
                                 if report["groomed_at_utc"] else None), k
        assert st.snow_depth_cm == (float(report["snow_depth_cm"])
                                    if report["snow_depth_cm"] else None), k


def expected_ready_km(target: dict, now: datetime) -> float:
    newest = newest_reports(now)
    lengths = trail_lengths_m()
    ready = 0.0
    for trail in target["trails"]:
        r = newest.get(trail)
        if (r and r["status"] != "closed" and r["snow_depth_cm"]
                and float(r["snow_depth_cm"]) >= target["min_depth_cm"]):
            ready += lengths[trail]
    return ready / 1000.0


def test_guarantees_match_the_reports(demo_engine, fixed_now) -> None:
    overview = load_overview(demo_engine, fixed_now)
    today = to_local(fixed_now).date()
    by_name = {g.target.name: g for g in overview.guarantees}
    targets = data("snow_targets.json")
    assert set(by_name) == {t["name"] for t in targets}
    for t in targets:
        status = by_name[t["name"]]
        expected = expected_ready_km(t, fixed_now)
        assert status.ready_km == pytest.approx(expected, abs=1e-4), t["key"]
        deadline = date.fromisoformat(t["deadline"])
        assert status.days_left == (deadline - today).days
        if expected >= t["required_km"]:
            assert status.level is GuaranteeLevel.GREEN
        elif deadline < today:
            assert status.level is GuaranteeLevel.RED
    # Not met with the deadline ahead: the level is the projection's, as app.snow judges it.
    judged = {s.target.name: s for s, _p in judge(EngineRows(demo_engine), fixed_now).judged}
    assert {name: judged[name] for name in by_name} == by_name


def test_premiar_target(demo_engine, fixed_now) -> None:
    """The early-snow promise, judged from what the reports up to 25 November say."""
    (target,) = [t for t in data("snow_targets.json") if t["key"] == "premiar-1-dec"]
    end_of_25th = parse_local("2026-11-26T00:00")
    ready_by_25th = expected_ready_km(target, end_of_25th)
    overview = load_overview(demo_engine, fixed_now)
    (status,) = [g for g in overview.guarantees if g.target.name == target["name"]]
    assert status.ready_km == pytest.approx(expected_ready_km(target, fixed_now), abs=1e-4)
    if ready_by_25th >= target["required_km"]:
        assert status.ready_km >= target["required_km"]
        assert status.met
        assert status.level is GuaranteeLevel.GREEN
    else:
        assert not status.met
        assert status.level is not GuaranteeLevel.GREEN  # deadline 1 December is ahead


def test_events_in_the_next_fourteen_days(demo_engine, fixed_now) -> None:
    end = fixed_now + timedelta(days=14)
    expected = set()
    for e in data("events.json"):
        starts = parse_local(e["start"])
        finish = parse_local(e["end"]) if e.get("end") else starts
        if starts < end and finish >= fixed_now:
            expected.add(f"demo-{e['key']}")
    uids = uid_map(demo_engine, m.Event)
    overview = load_overview(demo_engine, fixed_now)
    assert overview.events
    assert {uids[e.event_id] for e in overview.events} == expected
    assert [e.starts_at for e in overview.events] == sorted(e.starts_at for e in overview.events)


def test_tasks_due(demo_engine, fixed_now) -> None:
    today = to_local(fixed_now).date()
    event_start = {e["key"]: parse_local(e["start"]) for e in data("events.json")}
    expected = {}
    for t in rows("tasks.csv"):
        if t["done"] == "ja":
            continue
        if t["due"]:
            due = date.fromisoformat(t["due"])
        else:
            due = to_local(event_start[t["event"]]).date() + timedelta(
                days=int(t["due_offset_days"]))
        if due <= today + timedelta(days=14):
            expected[f"demo-{t['key']}"] = due
    uids = uid_map(demo_engine, m.Task)
    overview = load_overview(demo_engine, fixed_now)
    assert {uids[t.task_id]: due for t, due in overview.tasks} == expected
    assert overview.overdue_tasks == sum(1 for due in expected.values() if due < today)


def test_follow_ups(demo_engine, fixed_now) -> None:
    limit = to_local(fixed_now).date() + timedelta(days=7)
    expected = {f"demo-{i['key']}" for i in rows("interactions.csv")
                if i["follow_up"] and i["follow_up_done"] != "ja"
                and date.fromisoformat(i["follow_up"]) <= limit}
    uids = uid_map(demo_engine, m.Interaction)
    overview = load_overview(demo_engine, fixed_now)
    assert {uids[f.interaction_id] for f in overview.follow_ups} == expected


def test_milestones(demo_engine, fixed_now) -> None:
    overview = load_overview(demo_engine, fixed_now)
    kinds = defaultdict(list)
    for milestone in overview.milestones:
        kinds[milestone.kind].append(milestone)
    assert {"race", "strak", "guarantee"} <= set(kinds)
    flagged = {e["name_sv"] for e in data("events.json") if e.get("milestone")}
    assert {m.name for m in kinds["race"] + kinds["event"]} == flagged
    race = kinds["race"][0]
    assert race.name.startswith("Engelbrektsloppet")
    assert race.day == engelbrektsloppet_day(2027)
    assert race.days_left == (race.day - overview.today).days
    strak_names = {s["name"] for s in data("strak.json")}
    assert {s.name for s in kinds["strak"]} <= strak_names
    days = [(x.day, x.kind) for x in overview.milestones]
    assert days == sorted(days)


def test_counts_and_stale_days(demo_engine, source, fixed_now) -> None:
    inputs = load_overview_inputs(source, fixed_now, stale_days=3)
    assert inputs.stale_days == 3
    assert inputs.counts == area_counts(source)
    assert inputs.counts["trails"] == len(data("trails.geojson")["features"])
    assert inputs.counts["events"] == len(data("events.json"))
    assert inputs.counts["reports"] == len(rows("trail_reports.csv"))
    overview = load_overview(source, fixed_now, stale_days=3)
    newest = newest_reports(fixed_now)
    uids = uid_map(demo_engine, m.Trail)
    stale = {key(uids[st.trail_id]) for st in overview.mtb.stale + overview.ski.stale}
    mtb_ski = {f["properties"]["key"] for f in data("trails.geojson")["features"]
               if f["properties"]["kind"] in ("mtb", "classic_ski", "skate_ski")}
    expected = {k for k in mtb_ski if k not in newest
                or fixed_now - parse_utc(newest[k]["reported_at_utc"]) > timedelta(days=3)}
    assert stale == expected


@pytest.mark.sqlite_only
def test_both_drivers_give_the_same_overview(demo_engine, fixed_now) -> None:
    via_sqlalchemy = load_overview_inputs(demo_engine, fixed_now)
    fast = open_current_sqlite(demo_engine.url.render_as_string())
    assert fast is not None
    try:
        via_sqlite3 = load_overview_inputs(fast, fixed_now)
    finally:
        fast.close()
    for field in ("milestone_events", "events", "tasks", "follow_ups", "strak", "trail_states",
                  "targets", "counts"):
        a, b = getattr(via_sqlalchemy, field), getattr(via_sqlite3, field)
        if isinstance(a, list):
            a, b = sorted(a, key=repr), sorted(b, key=repr)
        assert a == b, field


@pytest.mark.sqlite_only
def test_fast_path_only_for_a_current_sqlite_file(engine, db_path: Path, tmp_path: Path) -> None:
    fast = open_current_sqlite(f"sqlite:///{db_path}")
    assert fast is not None
    fast.close()
    assert open_current_sqlite(f"sqlite:///{tmp_path / 'missing.sqlite'}") is None
    assert open_current_sqlite("sqlite:///:memory:") is None
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    assert open_current_sqlite(f"sqlite:///{db_path}") is None
