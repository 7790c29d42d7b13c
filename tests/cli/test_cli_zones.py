"""`zone close` on the demo database: the trails in a zone file, one report each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from destination_norberg.cli.errors import UserError
from destination_norberg.cli.main import main
from destination_norberg.cli.zones import cmd_zone_close
from destination_norberg.store.rows import EngineRows
from destination_norberg.store.trails_store import register

pytestmark = pytest.mark.both_engines

ZONE_FILE = Path(__file__).resolve().parents[1] / "data" / "zones" / "storm_zone.geojson"
IN_ZONE = {"Klackbergsrundan", "Svarta Schaktet", "Bergsmansleden"}


def close(url: str, now, *, zone: Path = ZONE_FILE, status: str = "closed",
          dry_run: bool = False, as_json: bool = False) -> int:
    return cmd_zone_close(url, zone, None, None, status, "Stormfällda träd", "Kim", dry_run,
                          as_json, now)


def reports(engine, now) -> dict[str, tuple]:
    return {r.name: (str(r.status) if r.status else None, r.note)
            for r in register(EngineRows(engine), now, 7)}


def test_dry_run_lists_and_writes_nothing(demo_url, demo_engine, fixed_now, capsys) -> None:
    before = reports(demo_engine, fixed_now)
    assert close(demo_url, fixed_now, dry_run=True) == 0
    out = capsys.readouterr().out
    assert all(name in out for name in IN_ZONE)
    assert "Bergsmansleden (crosses the edge)" in out
    assert "3 trail(s) in storm_zone.geojson would be reported closed" in out
    assert reports(demo_engine, fixed_now) == before


def test_close_reports_every_trail_in_the_zone(demo_url, demo_engine, fixed_now,
                                               capsys) -> None:
    before = reports(demo_engine, fixed_now)
    assert close(demo_url, fixed_now, as_json=True) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["reported"] == 3 and not data["dry_run"]
    assert {t["name"] for t in data["trails"]} == IN_ZONE
    after = reports(demo_engine, fixed_now)
    for name, value in after.items():
        assert value == (("closed", "Stormfällda träd") if name in IN_ZONE else before[name])


def test_a_file_without_polygons_is_a_clear_error(demo_url, demo_engine, fixed_now,
                                                  tmp_path) -> None:
    lines = tmp_path / "vagar.geojson"
    lines.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {},
        "geometry": {"type": "LineString", "coordinates": [[15.95, 60.03], [16.0, 60.05]]}}]}),
        encoding="utf-8")
    before = reports(demo_engine, fixed_now)
    with pytest.raises(UserError, match="no area"):
        close(demo_url, fixed_now, zone=lines)
    with pytest.raises(UserError, match="no file"):
        close(demo_url, fixed_now, zone=tmp_path / "saknas.geojson")
    with pytest.raises(UserError):
        close(demo_url, fixed_now, status="halvöppen")
    assert reports(demo_engine, fixed_now) == before


@pytest.mark.sqlite_only
def test_through_main_with_a_status_in_swedish(demo_url, capsys) -> None:
    code = main(["--db", demo_url, "zone", "close", "--zone", str(ZONE_FILE), "--status",
                 "stängd", "--note", "Djursjukdomszon", "--dry-run"])
    assert code == 0
    assert "would be reported closed" in capsys.readouterr().out
    code = main(["--db", demo_url, "zone", "close", "--zone", str(ZONE_FILE), "--note", "x",
                 "--layer", "nope"])
    assert code == 2
    assert capsys.readouterr().err.count("\n") == 1
