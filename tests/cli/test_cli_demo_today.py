"""`demo` anchors the demo season to the season coming on --today (core.demo_dates): the
overview of a demo loaded on any day is as calm as on the authored day."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from destination_norberg.cli import main


def overview(capsys, db: Path, today: str) -> dict:
    capsys.readouterr()
    assert main(["--db", str(db), "--today", today, "overview", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def overdue(ov: dict) -> tuple[int, int]:
    return (sum(t["overdue"] for t in ov["tasks"]), sum(f["overdue"] for f in ov["follow_ups"]))


@pytest.mark.parametrize(("today", "race"), [("2027-06-15", "2028-02-13"),
                                             ("2027-01-20", "2027-02-14"),
                                             ("2030-02-10", "2030-02-10")])
def test_a_demo_loaded_on_any_day_is_as_calm_as_on_the_authored_day(
        tmp_path: Path, capsys, today: str, race: str) -> None:
    authored, moved = tmp_path / "authored.sqlite", tmp_path / "moved.sqlite"
    assert main(["--db", str(authored), "--today", "2026-11-26", "demo"]) == 0
    assert main(["--db", str(moved), "--today", today, "demo"]) == 0
    calm = overview(capsys, authored, "2026-11-26")
    ov = overview(capsys, moved, today)
    assert overdue(ov) == overdue(calm) == (5, 3)
    assert len(ov["trails"]["mtb"]["stale"]) == len(calm["trails"]["mtb"]["stale"])
    days = {m["name"]: m["day"] for m in ov["milestones"]}
    assert any(name.startswith("Engelbrektsloppet 60 km") and day == race
               for name, day in days.items()), days
    assert all(m["days_left"] >= 0 or m["ongoing"] for m in ov["milestones"])
