"""`overview [--json]`: the window's overview cards, from the same read (app.overview)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from destination_norberg.app.overview import overview
from destination_norberg.cli import common, main
from destination_norberg.core.timeutil import to_local

pytestmark = pytest.mark.both_engines


def run(url: str, now: datetime, monkeypatch, capsys, *extra: str) -> str:
    monkeypatch.setattr(common, "clock_on", lambda _day: lambda: now)
    capsys.readouterr()
    day = to_local(now).date().isoformat()
    assert main(["--db", url, "--today", day, "overview", *extra]) == 0
    return capsys.readouterr().out


def test_the_json_holds_the_cards_the_window_shows(demo_url, demo_engine, fixed_now,
                                                   monkeypatch, capsys) -> None:
    cards = json.loads(run(demo_url, fixed_now, monkeypatch, capsys, "--json"))
    window = overview(demo_engine, fixed_now)
    assert cards["today"] == "2026-11-26" == window.today.isoformat()
    assert {"milestones", "snow", "trails", "events", "tasks", "follow_ups"} <= set(cards)
    assert [(m["kind"], m["name"], m["days_left"]) for m in cards["milestones"]] == [
        (m.kind, m.name, m.days_left) for m in window.milestones]
    assert [(s["name"], s["level"]) for s in cards["snow"]] == [
        (g.target.name, g.level.value if g.level else None) for g in window.guarantees]
    premiar = cards["snow"][0]
    assert (premiar["level"], premiar["reason"]) == ("green", "met_now")
    assert cards["trails"]["ski"]["total"] == window.ski.total > 0
    assert sum(cards["trails"]["mtb"]["counts"].values()) == window.mtb.total
    assert [t["title"] for t in cards["tasks"]] == [t.title for t, _due in window.tasks]
    assert sum(t["overdue"] for t in cards["tasks"]) == window.overdue_tasks
    assert [f["organisation"] for f in cards["follow_ups"]] == [
        f.organisation for f in window.follow_ups]
    assert [e["name"] for e in cards["events"]] == [e.name_sv for e in window.events]


def test_the_text_names_each_card(demo_url, fixed_now, monkeypatch, capsys) -> None:
    out = run(demo_url, fixed_now, monkeypatch, capsys)
    for head in ("Milestones:", "Snow guarantee:", "Trails:", "Tasks due:",
                 "Follow-ups due:"):
        assert head in out
    assert "premiär 1 december: 4 km: GREEN" in out


@pytest.mark.sqlite_only
def test_no_database_is_one_line(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "none.sqlite"
    assert main(["--db", str(missing), "overview", "--json"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"destination-norberg: there is no database at {missing}"
    assert not missing.exists()
