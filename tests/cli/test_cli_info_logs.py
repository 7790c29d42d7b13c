"""`--version`, `info`'s log path and program facts, the log a command writes, and paths
with å/ä/ö and spaces through the command line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from destination_norberg import version
from destination_norberg.app import logs
from destination_norberg.cli import main


@pytest.fixture(autouse=True)
def _stop_logging():
    yield
    logs.stop_logging()


def state_log(tmp_path: Path) -> Path:
    return tmp_path / "xdg" / "xdg_state_home" / "destination-norberg" / "log" \
        / "destination-norberg.log"


def test_version_prints_the_package_version(capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"destination-norberg {version()}"


def test_version_is_the_package_metadata() -> None:
    from importlib.metadata import version as dist_version

    assert version() == dist_version("destination-norberg")


def test_info_json_gives_the_log_path_and_the_program_facts(tmp_path: Path, capsys) -> None:
    db = tmp_path / "season.sqlite"
    assert main(["--db", str(db), "info", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["log_path"] == str(state_log(tmp_path))
    program = data["program"]
    assert program["log_path"] == data["log_path"]
    assert program["version"] == version()
    assert set(program) >= {"data_dir", "log_dir", "cache_dir", "settings_file", "python",
                            "qt", "pyside6", "database"}
    assert program["settings_file"] == str(
        tmp_path / "xdg" / "xdg_config_home" / "destination-norberg" / "destination-norberg.ini")
    # the command wrote its start to that file
    logs.flush()
    assert "started: command info" in Path(data["log_path"]).read_text(encoding="utf-8")


def test_info_text_shows_the_log_file(tmp_path: Path, capsys) -> None:
    assert main(["--db", str(tmp_path / "x.sqlite"), "info"]) == 0
    assert f"Log file:       {state_log(tmp_path)}" in capsys.readouterr().out


def test_a_server_password_never_reaches_the_log(tmp_path: Path, capsys) -> None:
    url = "postgresql+psycopg://anna:hemligt@127.0.0.1:1/turism"
    assert main(["--db", url, "info"]) == 2  # nothing listens on port 1
    capsys.readouterr()
    logs.flush()
    text = state_log(tmp_path).read_text(encoding="utf-8")
    assert "postgresql+psycopg://anna:***@127.0.0.1:1/turism" in text
    assert "WARNING destination_norberg.cli: failed:" in text
    assert "hemligt" not in text


def test_an_export_is_logged_with_its_count(tmp_path: Path, capsys) -> None:
    db = tmp_path / "s.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    assert main(["--db", str(db), "export", "ics", "--out", str(tmp_path / "v.ics")]) == 0
    capsys.readouterr()
    logs.flush()
    text = state_log(tmp_path).read_text(encoding="utf-8")
    assert "demo season: " in text and "event 36" in text
    assert "iCalendar export: 36 events" in text


def test_swedish_letters_and_spaces_in_every_path(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "Min mapp åäö"
    folder.mkdir()
    db = folder / "Säsong för Norberg.sqlite"
    out = folder / "Export till partner"
    out.mkdir()
    assert main(["--db", str(db), "demo"]) == 0
    assert main(["--db", str(db), "export", "ics", "--out", str(out / "Vintervecka åäö.ics")]) \
        == 0
    assert main(["--db", str(db), "info", "--json"]) == 0
    lines = capsys.readouterr().out
    data = json.loads(lines[lines.index("{"):])
    assert data["database"].endswith("Min mapp åäö/Säsong för Norberg.sqlite")
    assert data["row_counts"]["event"] == 36
    assert "BEGIN:VCALENDAR" in (out / "Vintervecka åäö.ics").read_text(encoding="utf-8")


def test_a_geodata_export_is_logged_once_with_its_count(tmp_path: Path, capsys) -> None:
    db = tmp_path / "s.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    assert main(["--db", str(db), "export", "trails", "--format", "geojson", "--out",
                 str(tmp_path / "leder.geojson")]) == 0
    capsys.readouterr()
    logs.flush()
    text = state_log(tmp_path).read_text(encoding="utf-8")
    assert text.count("geodata export: ") == 1
    assert re.search(r"geodata export: [1-9][0-9]* features", text)
