"""`trails` and `trail report` on the command line, called as functions on the demo database."""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from pathlib import Path

import pytest

from destination_norberg.cli.errors import UserError
from destination_norberg.cli.trails import cmd_trail_report, cmd_trails
from destination_norberg.store.trails_store import find_trail, history, register

pytestmark = pytest.mark.both_engines

FIELDS = {"id", "uid", "name", "kind", "grade_colour", "imba", "mtb_scale", "length_m",
          "status", "condition", "reported_at", "report_age_days", "stale", "grooming_band",
          "groom_style", "snow_depth_cm"}


def report(url: str, now, trail: str, status: str, condition: str | None = None,
           note: str | None = None, author: str | None = None, groomed: bool = False,
           style: str | None = None, depth_cm: float | None = None) -> int:
    return cmd_trail_report(url, trail, status, condition, note, author, groomed, style,
                            depth_cm, now)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def db_file(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def test_trails_json_parses_and_has_the_fields(demo_url, fixed_now, capsys) -> None:
    assert cmd_trails(demo_url, True, fixed_now, 7) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == 18
    for item in data:
        assert set(item) >= FIELDS, FIELDS - set(item)
        assert item["reported_at"] is None or item["reported_at"].endswith("Z")
        assert isinstance(item["stale"], bool)
    by_uid = {item["uid"]: item for item in data}
    storage = by_uid["demo-konstsnoslingan-4km"]
    assert (storage["status"], storage["condition"], storage["reported_at"],
            storage["grooming_band"], storage["groom_style"], storage["snow_depth_cm"]) == (
        "clear", "packed", "2026-11-25T08:25:00Z", "1-3", "both", 58.0)
    assert storage["report_age_days"] == pytest.approx(23.58 / 24, abs=0.01)
    hytt = by_uid["demo-hyttbacken"]
    assert (hytt["grade_colour"], hytt["imba"], hytt["mtb_scale"], hytt["stale"]) == (
        "svart", 4, 3, True)
    assert {item["stale"] for item in data} == {True, False}
    assert cmd_trails(demo_url, True, fixed_now, 30) == 0  # a longer limit: nothing stale
    assert not any(item["stale"] for item in json.loads(capsys.readouterr().out))


@pytest.mark.sqlite_only
def test_trails_json_leaves_the_demo_database_unchanged(demo_url, fixed_now, capsys) -> None:
    path = db_file(demo_url)
    before = sha256(path)
    assert cmd_trails(demo_url, True, fixed_now, 7) == 0
    assert cmd_trails(demo_url, False, fixed_now, 7) == 0
    capsys.readouterr()
    assert sha256(path) == before
    # SQLite's WAL mode lets a reader create the -wal/-shm companions; nothing is in them.
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_trails_table_is_readable(demo_url, fixed_now, capsys) -> None:
    assert cmd_trails(demo_url, False, fixed_now, 7) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split()[:5] == ["ID", "Trail", "Kind", "State", "Grade"]  # issue 15
    assert len(lines) == 2 + 18 + 1
    hytt = next(line for line in lines if "Hyttbacken" in line)
    assert "svart IMBA 4 S3" in hytt and hytt.rstrip().endswith("!")
    storage = next(line for line in lines if "Snölagringsslingan" in line)
    assert "2026-11-25 09:25" in storage  # local time
    assert "1-3 both" in storage
    assert lines[-1] == "18 trail(s); 3 marked ! have no report newer than 7 day(s)."


def test_report_with_swedish_words(demo_url, demo_engine, fixed_now, capsys) -> None:
    assert report(demo_url, fixed_now, "gruvst", "stängd", "nedfallna träd",
                  "Stormen: träd över stigen vid Mimer.", "Spårpatrullen") == 0
    assert capsys.readouterr().out == "Reported Gruvstigen: closed\n"
    tid = find_trail(demo_engine, "Gruvstigen")
    newest = history(demo_engine, tid, limit=1)[0]
    assert (str(newest.status), str(newest.condition), newest.reported_at, newest.author,
            newest.note) == ("closed", "fallen_trees", fixed_now, "Spårpatrullen",
                             "Stormen: träd över stigen vid Mimer.")
    row = next(r for r in register(demo_engine, fixed_now) if r.id == tid)
    assert str(row.status) == "closed" and row.stale is False


def test_report_a_grooming_on_a_ski_track(demo_url, demo_engine, fixed_now, capsys) -> None:
    later = fixed_now + timedelta(hours=1)
    assert report(demo_url, later, "Snölagringsslingan 4 km", "öppen", "packad",
                  groomed=True, style="klassisk", depth_cm=60) == 0
    assert capsys.readouterr().out == "Reported Snölagringsslingan 4 km: clear\n"
    row = next(r for r in register(demo_engine, later) if r.name.startswith("Snölagring"))
    assert (row.grooming_band, str(row.groom_style), row.snow_depth_cm, row.groomed_at) == (
        "today", "classic", 60.0, later)


@pytest.mark.parametrize(("trail", "status", "kwargs", "message"), [
    ("Gruvstigen", "halvöppen", {}, "Unknown trail status “halvöppen”"),
    ("Gruvstigen", "clear", {"condition": "slask"}, "Unknown trail condition “slask”"),
    ("gruv", "clear", {}, "“gruv” matches 3 trails"),
    ("Nowhere", "clear", {}, "There is no trail “Nowhere”"),
    ("Gruvstigen", "clear", {"groomed": True}, "Only ski tracks are groomed"),
    ("Stadionslingan", "clear", {"depth_cm": 900}, "A snow depth of 900 cm is not possible"),
])
def test_report_mistakes_are_user_errors_and_write_nothing(
        demo_url, demo_engine, fixed_now, trail, status, kwargs, message) -> None:
    before = sum(len(history(demo_engine, r.id, limit=10_000))
                 for r in register(demo_engine, fixed_now))
    with pytest.raises(UserError) as err:
        report(demo_url, fixed_now, trail, status, **kwargs)
    assert str(err.value).startswith(message)
    assert len(str(err.value).splitlines()) == 1
    after = sum(len(history(demo_engine, r.id, limit=10_000))
                for r in register(demo_engine, fixed_now))
    assert after == before


def test_no_database_is_made_where_there_is_none(tmp_path: Path, fixed_now) -> None:
    missing = tmp_path / "none.sqlite"
    with pytest.raises(UserError, match="there is no database"):
        cmd_trails(f"sqlite:///{missing}", True, fixed_now, 7)
    with pytest.raises(UserError, match="there is no database"):
        report(f"sqlite:///{missing}", fixed_now, "Gruvstigen", "clear")
    assert not missing.exists()


def test_stale_days_must_be_sensible(demo_url, fixed_now) -> None:
    with pytest.raises(UserError, match="--stale-days must be between 0 and 3650, not -1"):
        cmd_trails(demo_url, True, fixed_now, -1)


def test_an_empty_database_says_so(engine, fixed_now, capsys) -> None:
    url = engine.url.render_as_string(hide_password=False)
    assert cmd_trails(url, False, fixed_now, 7) == 0
    assert "No trails in the database yet" in capsys.readouterr().out
    assert cmd_trails(url, True, fixed_now, 7) == 0
    assert json.loads(capsys.readouterr().out) == []
