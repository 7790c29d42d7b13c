"""`import groomer-track` on the demo database: a night's track over two demo loops."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from destination_norberg.cli.errors import UserError
from destination_norberg.cli.groomer import cmd_groomer_track
from destination_norberg.store.rows import EngineRows
from destination_norberg.store.trails_store import history, register

pytestmark = pytest.mark.both_engines

DATA = Path(__file__).resolve().parents[1] / "data" / "groomer"
TWO_LOOPS = DATA / "two_loops.gpx"
#: The fixture follows these two demo lines point by point, Elljusspåret first.
LEFT = {"Elljusspåret 2,5 km": datetime(2026, 11, 25, 4, 20, 40, tzinfo=UTC),
        "Slaggvarpet": datetime(2026, 11, 25, 4, 30, 40, tzinfo=UTC)}


def run(url: str, now, file: Path = TWO_LOOPS, *, dry_run: bool = False,
        as_json: bool = True, capsys=None) -> dict:
    assert cmd_groomer_track(url, file, "Kim", dry_run, as_json, now) == 0
    return json.loads(capsys.readouterr().out) if as_json else {}


def report_counts(engine) -> dict[str, int]:
    source = EngineRows(engine)
    return {r.name: len(history(source, r.id, 1000))
            for r in register(source, datetime(2026, 11, 26, tzinfo=UTC), 7)}


def test_dry_run_lists_the_two_loops_and_writes_nothing(demo_url, demo_engine, fixed_now,
                                                         capsys) -> None:
    before = report_counts(demo_engine)
    data = run(demo_url, fixed_now, dry_run=True, capsys=capsys)
    assert {t["name"]: t["groomed_at"] for t in data["trails"]} == {
        name: when.isoformat().replace("+00:00", "Z") for name, when in LEFT.items()}
    assert all(t["share"] > 0.99 for t in data["trails"])
    assert data["reported"] == 0 and data["dry_run"] and data["style"] is None
    assert report_counts(demo_engine) == before


def test_import_reports_each_loop_once_and_a_second_import_adds_nothing(
        demo_url, demo_engine, fixed_now, capsys) -> None:
    before = report_counts(demo_engine)
    data = run(demo_url, fixed_now, capsys=capsys)
    assert data["reported"] == 2
    after = report_counts(demo_engine)
    assert {n for n in after if after[n] != before[n]} == set(LEFT)
    assert all(after[n] == before[n] + 1 for n in LEFT)
    source = EngineRows(demo_engine)
    ids = {r.name: r.id for r in register(source, fixed_now, 7)}
    for name, when in LEFT.items():
        newest = next(r for r in history(source, ids[name]) if r.groomed_at == when)
        assert newest.groom_style is None and newest.author == "Kim"
        assert newest.reported_at == when and "two_loops.gpx" in newest.note
    again = run(demo_url, fixed_now, capsys=capsys)
    assert again["reported"] == 0
    assert all(t["already_reported"] for t in again["trails"])
    assert report_counts(demo_engine) == after


def test_the_text_shows_norberg_time_and_says_the_style_is_unknown(demo_url, fixed_now,
                                                                     capsys) -> None:
    assert cmd_groomer_track(demo_url, TWO_LOOPS, "", False, False, fixed_now) == 0
    out = capsys.readouterr().out
    assert "Elljusspåret 2,5 km  100%  2026-11-25 05:20" in out  # 04:20 UTC is 05:20 CET
    assert "2 grooming report(s) written (style unknown" in out


def test_a_track_without_times_reports_nothing(demo_url, demo_engine, fixed_now,
                                               capsys) -> None:
    before = report_counts(demo_engine)
    assert cmd_groomer_track(demo_url, DATA / "no_times.gpx", "", False, False,
                             fixed_now) == 0
    out = capsys.readouterr().out
    assert "no times, so when the trails were groomed is unknown; nothing was reported" in out
    assert report_counts(demo_engine) == before


@pytest.mark.parametrize(("name", "words"), [
    ("cut_off.gpx", "cut_off.gpx: The file is not a valid GPX file: it ends in the middle"),
    ("missing.gpx", "there is no file"),
])
def test_a_bad_file_is_one_clear_line_and_writes_nothing(demo_url, demo_engine, fixed_now,
                                                         name, words) -> None:
    before = report_counts(demo_engine)
    with pytest.raises(UserError) as caught:
        cmd_groomer_track(demo_url, DATA / name, "", False, False, fixed_now)
    assert words in str(caught.value) and "\n" not in str(caught.value)
    assert report_counts(demo_engine) == before


def test_a_geojson_is_not_a_groomers_track(demo_url, fixed_now, tmp_path) -> None:
    path = tmp_path / "spår.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {},
        "geometry": {"type": "LineString", "coordinates": [[15.95, 60.03], [16.0, 60.05]]}}]}),
        encoding="utf-8")
    with pytest.raises(UserError, match="must be a GPX file"):
        cmd_groomer_track(demo_url, path, "", True, False, fixed_now)
