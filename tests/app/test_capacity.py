"""Beds against visitors through app.capacity on the demo (SQLite, and PostgreSQL when
configured): one truth — the overview's warning, the capacity view, `capacity --json` and the
plan agree — and the participant import (dry run, bad rows, a second import)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from destination_norberg.app.capacity import (
    CapacityError,
    coming_shortfalls,
    event_plan,
    import_participants,
    set_capacity,
)
from destination_norberg.app.capacity_view import read_capacity_view
from destination_norberg.app.overview import overview, overview_dict
from destination_norberg.cli import main
from destination_norberg.core.capacity import Assumptions
from destination_norberg.store import models as m

pytestmark = pytest.mark.both_engines

FILE = ("Namn;Födelseår;Klubb;Nation;Postnummer;Lopp\n"
        "Anna;1980;Norbergs SK;SWE;738 30;Engelbrektsloppet 60 km\n"
        "Bo;1975;Sala SK;SWE;733 91;Engelbrektsloppet 60 km\n"
        "Cai;1990;;NOR;;Engelbrektshalvan 30 km\n"
        "Dan;;Klubb;SWE;12;Engelbrektsloppet 60 km\n")


def week(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(m.Event.id).where(m.Event.name_sv == "Vintervecka 2027")
                            ).scalar_one()


def count_rows(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(m.ParticipantCount)).scalar_one()


def test_the_demo_week_is_short_of_beds(demo_engine) -> None:
    plan = event_plan(demo_engine, week(demo_engine))
    assert plan.total_participants == 4200
    assert plan.expected == 3150  # 4,200 × 0.5 × 1.5
    assert plan.places_within > 300 and plan.allotments > 0
    assert plan.shortfall == plan.expected - plan.places_within > 0
    assert plan.call_first


def test_one_truth_overview_view_and_command_agree(demo_engine, demo_url, fixed_now,
                                                   capsys) -> None:
    event_id = week(demo_engine)
    plan = event_plan(demo_engine, event_id)
    warned = overview(demo_engine, fixed_now, judge_snow=False).shortfalls
    assert [(p.event_id, p.shortfall) for p in warned] == [(event_id, plan.shortfall)]
    cards = overview_dict(overview(demo_engine, fixed_now, judge_snow=False))
    assert cards["short_of_beds"][0]["shortfall"] == plan.shortfall
    view = read_capacity_view(demo_url, fixed_now, None, Assumptions())
    assert view.plan is not None and view.plan.event_id == event_id
    assert view.plan.shortfall == plan.shortfall
    assert main(["--db", demo_url, "capacity", "--event", str(event_id), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["shortfall"] == plan.shortfall
    assert printed["expected_overnight"] == plan.expected
    assert printed["places_within_radius"] == plan.places_within


def test_no_warning_once_the_beds_suffice(demo_engine, fixed_now) -> None:
    event_id = week(demo_engine)
    with demo_engine.connect() as conn:
        org = conn.execute(select(m.Organisation.id).where(
            m.Organisation.name == "Hotell Hyttgården")).scalar_one()
    set_capacity(demo_engine, org, None, {"beds": 5000})
    assert event_plan(demo_engine, event_id).shortfall < 0
    assert coming_shortfalls(demo_engine, fixed_now) == []


def test_a_dry_run_writes_nothing_an_import_replaces_and_a_second_adds_nothing(
        demo_engine, tmp_path: Path) -> None:
    path = tmp_path / "anmalda.csv"
    path.write_text(FILE, encoding="utf-8")
    event_id = week(demo_engine)
    before = count_rows(demo_engine)
    dry = import_participants(demo_engine, path, event_id, dry_run=True)
    assert dry.written == 0 and count_rows(demo_engine) == before
    assert dry.counted == 3 and [n for n, _ in dry.errors] == [5]
    first = import_participants(demo_engine, path, event_id)
    after_first = count_rows(demo_engine)
    second = import_participants(demo_engine, path, event_id)
    assert first.written == second.written == after_first == count_rows(demo_engine)
    assert event_plan(demo_engine, event_id).participants == {
        "Engelbrektsloppet 60 km": 2, "Engelbrektshalvan 30 km": 1}
    assert not first.first_time_known


def test_an_unknown_event_is_said_plainly(demo_engine, tmp_path: Path) -> None:
    with pytest.raises(CapacityError, match="no event 9999"):
        event_plan(demo_engine, 9999)
    path = tmp_path / "a.csv"
    path.write_text(FILE, encoding="utf-8")
    with pytest.raises(CapacityError, match="no event 9999"):
        import_participants(demo_engine, path, 9999)
