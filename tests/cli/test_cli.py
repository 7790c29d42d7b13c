"""The command line: every user mistake ends in one line on stderr and exit code 2."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from destination_norberg import __version__
from destination_norberg.cli import main
from destination_norberg.cli.main import build_parser
from destination_norberg.store.migrate import HEAD_REVISION

pytestmark = pytest.mark.both_engines

ROOT = Path(__file__).resolve().parents[2]


def url_for(path: Path) -> str:
    return f"sqlite:///{path}"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line(text: str) -> str:
    """The error output is exactly one line, worded for a person, with no traceback."""
    assert "Traceback" not in text
    lines = text.splitlines()
    assert len(lines) == 1, text
    assert lines[0].startswith("destination-norberg"), lines[0]
    return lines[0]


def info(capsys, *args: str) -> dict:
    capsys.readouterr()
    assert main([*args, "info", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def run_exit(argv: list[str]) -> int:
    """argparse ends with SystemExit; our own failures return a code. Either way, the code."""
    try:
        return main(argv)
    except SystemExit as exc:
        return exc.code


# --- info ---------------------------------------------------------------------------------


def test_info_json_on_the_demo_database(demo_url: str, demo_engine, capsys) -> None:
    data = info(capsys, "--db", demo_url)
    assert data["schema_revision"] == HEAD_REVISION
    assert data["program_schema"] == HEAD_REVISION
    assert data["backend"] == demo_engine.url.get_backend_name()
    assert data["database"] == demo_engine.url.render_as_string(hide_password=True)
    assert data["row_counts"]["event"] > 0
    assert data["row_counts"]["trail"] > 0
    assert data["row_counts"]["organisation"] > 0


def test_info_text_names_the_schema_and_counts(demo_url: str, capsys) -> None:
    assert main(["--db", demo_url, "info"]) == 0
    out = capsys.readouterr().out
    assert f"Schema:         {HEAD_REVISION} (this program: {HEAD_REVISION})" in out
    assert "Rows:" in out
    assert any(line.split()[:1] == ["event"] and int(line.split()[1]) > 0
               for line in out.splitlines())


def test_info_on_a_newer_schema_reports_it_and_changes_nothing(future_db: Path,
                                                               capsys) -> None:
    before = digest(future_db)
    capsys.readouterr()
    assert main(["--db", str(future_db), "info", "--json"]) == 2  # shown, not opened
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert data["schema_revision"] == "9999_future"
    assert data["program_schema"] == HEAD_REVISION
    assert data["newer"] is True
    assert len(captured.err.strip().splitlines()) == 1 and "newer" in captured.err
    assert digest(future_db) == before


def test_info_on_a_missing_file_does_not_create_it(tmp_path: Path, capsys) -> None:
    path = tmp_path / "typo.sqlite"
    main(["--db", str(path), "info"])
    capsys.readouterr()
    assert not path.exists()


# --- demo ---------------------------------------------------------------------------------


def test_demo_loads_an_empty_database(tmp_path: Path, capsys) -> None:
    path = tmp_path / "new" / "season.sqlite"  # the folder does not exist yet
    assert main(["--db", str(path), "demo"]) == 0
    out = capsys.readouterr()
    assert out.err == ""
    assert "Loaded the demo season" in out.out
    counts = info(capsys, "--db", str(path))["row_counts"]
    assert counts["event"] > 0
    assert f"{counts['event']} events" in out.out
    assert f"{counts['package']} packages" in out.out


def test_demo_twice_without_reset_is_refused(demo_url: str, capsys) -> None:
    before = info(capsys, "--db", demo_url)["row_counts"]
    code = main(["--db", demo_url, "demo"])
    captured = capsys.readouterr()
    assert code == 2
    assert "--reset" in one_line(captured.err)
    assert captured.out == ""
    assert info(capsys, "--db", demo_url)["row_counts"] == before


def test_demo_reset_replaces_everything(demo_url: str, demo_engine, capsys) -> None:
    from sqlalchemy import text

    pristine = info(capsys, "--db", demo_url)["row_counts"]
    with demo_engine.begin() as conn:  # the coordinator's own changes since
        conn.execute(text("DELETE FROM task"))
        conn.execute(text("UPDATE event SET name_sv = 'Egen fest'"))
    assert info(capsys, "--db", demo_url)["row_counts"]["task"] == 0
    assert main(["--db", demo_url, "demo", "--reset"]) == 0
    assert capsys.readouterr().err == ""
    assert info(capsys, "--db", demo_url)["row_counts"] == pristine
    with demo_engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM event "
                                 "WHERE name_sv = 'Egen fest'")).scalar_one() == 0


def test_demo_on_a_newer_schema_exits_2_and_leaves_the_file(future_db: Path,
                                                            capsys) -> None:
    before = digest(future_db)
    code = main(["--db", str(future_db), "demo", "--reset"])
    err = capsys.readouterr().err
    assert code == 2
    line = one_line(err)
    assert "newer" in line
    assert "9999_future" in line
    assert digest(future_db) == before
    assert sorted(p.name for p in future_db.parent.iterdir()
                  if p.name.startswith("future")) == ["future.sqlite"]


# --- arguments ----------------------------------------------------------------------------


@pytest.mark.parametrize("argv", [
    ["frobnicate"],
    ["screenshot", "nosuchview", "--out", "x.png"],
    ["screenshot", "overview", "--out", "x.png", "--size", "10x10"],
    ["screenshot", "overview", "--out", "x.png", "--size", "wide"],
    ["screenshot", "overview", "--out", "x.png", "--size", "1x2x3"],
    ["screenshot", "overview"],
    ["--lang", "de", "info"],
    ["info", "--yaml"],
    ["--nonsense"],
    ["--today", "26/11/2026", "info"],
])
def test_bad_arguments_exit_2_with_one_line(argv: list[str], capsys, tmp_path: Path) -> None:
    code = run_exit(argv)
    captured = capsys.readouterr()
    assert code == 2
    assert "see --help" in one_line(captured.err)
    assert captured.out == ""
    assert not (tmp_path / "x.png").exists()


def test_the_size_error_says_what_is_allowed(capsys) -> None:
    run_exit(["screenshot", "overview", "--out", "x.png", "--size", "10x10"])
    assert "between 200 and 8000" in one_line(capsys.readouterr().err)


def test_an_unknown_view_names_the_views(capsys) -> None:
    run_exit(["screenshot", "nosuchview", "--out", "x.png"])
    line = one_line(capsys.readouterr().err)
    assert "nosuchview" in line
    assert "overview" in line


def test_help_lists_the_commands(capsys) -> None:
    assert run_exit(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("demo", "info", "screenshot"):
        assert command in out


def test_parser_defaults() -> None:
    args = build_parser().parse_args(["screenshot", "map", "--out", "m.png"])
    assert args.size == (1400, 900)
    assert args.out == Path("m.png")
    assert args.view == "map"


# --- databases that cannot be used ------------------------------------------------------------


@pytest.mark.parametrize("command", [["info"], ["demo"]])
def test_an_unreachable_server_exits_2(command: list[str], capsys) -> None:
    """Without psycopg this is "no driver", with it "cannot connect": exit 2 either way."""
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none"
    code = main(["--db", url, *command])
    line = one_line(capsys.readouterr().err)
    assert code == 2
    assert "127.0.0.1" in line or "connect" in line.lower()


@pytest.mark.parametrize("command", [["info"], ["demo"]])
def test_a_missing_driver_exits_2(command: list[str], capsys,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg fails here
    code = main(["--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", *command])
    line = one_line(capsys.readouterr().err)
    assert code == 2
    assert "psycopg" in line


def test_an_unknown_dialect_exits_2(capsys) -> None:
    code = main(["--db", "nosuchdb://somewhere/x", "info"])
    one_line(capsys.readouterr().err)
    assert code == 2


def test_a_sqlite_file_that_cannot_be_opened_exits_2(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "a-folder.sqlite"
    folder.mkdir()  # a directory where the file should be
    code = main(["--db", str(folder), "demo"])
    line = one_line(capsys.readouterr().err)
    assert code == 2
    assert "Cannot open the database" in line


def test_a_folder_that_cannot_be_made_exits_2(tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder\n")
    code = main(["--db", str(blocker / "season.sqlite"), "demo"])
    line = one_line(capsys.readouterr().err)
    assert code == 2
    assert "Cannot create the folder" in line


def test_a_foreign_database_exits_2_and_is_left_alone(tmp_path: Path, capsys) -> None:
    path = tmp_path / "bokning.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    with conn:
        conn.execute("CREATE TABLE booking (id INTEGER PRIMARY KEY, guest TEXT)")
        conn.execute("INSERT INTO booking (guest) VALUES ('Hyttgården')")
    conn.close()
    before = digest(path)
    code = main(["--db", str(path), "demo"])
    line = one_line(capsys.readouterr().err)
    assert code == 2
    assert "not a Destination Norberg database" in line
    assert digest(path) == before


@pytest.mark.parametrize("command", [["info"], ["demo"]])
def test_a_file_that_is_not_a_database_exits_2(tmp_path: Path, capsys,
                                               command: list[str]) -> None:
    path = tmp_path / "kassabok.txt"
    path.write_bytes(b"Kassabok 2026\n" * 200)
    before = digest(path)
    code = main(["--db", str(path), *command])
    err = capsys.readouterr().err
    assert digest(path) == before
    assert code == 2
    one_line(err)


# --- where the database is ------------------------------------------------------------------


def test_the_environment_variable_is_honoured(tmp_path: Path, capsys,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    env_db = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("DESTINATION_NORBERG_DB", str(env_db))
    assert main(["demo"]) == 0
    assert "from-env.sqlite" in capsys.readouterr().out
    data = info(capsys)
    assert data["database"] == url_for(env_db)
    assert data["row_counts"]["event"] > 0


def test_db_option_wins_over_the_environment(tmp_path: Path, capsys,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    env_db, cli_db = tmp_path / "from-env.sqlite", tmp_path / "from-option.sqlite"
    monkeypatch.setenv("DESTINATION_NORBERG_DB", str(env_db))
    assert main(["--db", str(cli_db), "demo"]) == 0
    capsys.readouterr()
    assert cli_db.exists()
    assert not env_db.exists()
    assert info(capsys, "--db", str(cli_db))["database"] == url_for(cli_db)


def test_an_environment_url_is_used_as_given(tmp_path: Path, capsys,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "by-url.sqlite"
    monkeypatch.setenv("DESTINATION_NORBERG_DB", url_for(path))
    assert main(["demo"]) == 0
    capsys.readouterr()
    assert info(capsys, "--db", str(path))["row_counts"]["event"] > 0


def test_without_db_or_environment_the_per_user_file_is_used(tmp_path: Path, capsys,
                                                              monkeypatch) -> None:
    monkeypatch.delenv("DESTINATION_NORBERG_DB")
    data = info(capsys)
    assert data["database"].startswith(f"sqlite:///{tmp_path}")  # the isolated XDG folders
    assert data["database"].endswith("destination-norberg.sqlite")


# --- the module entry point -----------------------------------------------------------------


@pytest.mark.slow
def test_python_m_prints_the_version(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), DESTINATION_NORBERG_DB=str(tmp_path / "x.db"))
    proc = subprocess.run([sys.executable, "-m", "destination_norberg", "--version"],
                          capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"destination-norberg {__version__}"
    assert not (tmp_path / "x.db").exists()


@pytest.mark.slow
def test_python_m_bad_command_exits_2(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-m", "destination_norberg", "frobnicate"],
                          capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60)
    assert proc.returncode == 2
    one_line(proc.stderr)


# --- database values that must not fall back or create -------------------------------------


@pytest.mark.parametrize("value", ["", "   "])
def test_an_empty_db_value_never_falls_back_to_the_personal_database(
        value: str, capsys, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    personal = tmp_path / "personal.sqlite"
    monkeypatch.setenv("DESTINATION_NORBERG_DB", str(personal))
    assert main(["--db", value, "demo", "--reset"]) == 2
    assert "empty" in one_line(capsys.readouterr().err)
    assert not personal.exists()


def test_an_unexpandable_home_is_one_line(capsys) -> None:
    assert main(["--db", "~no-such-user-here/x.sqlite", "info"]) == 2
    assert "cannot use the database path" in one_line(capsys.readouterr().err)


def test_screenshot_of_a_missing_database_creates_nothing(tmp_path: Path, capsys) -> None:
    path = tmp_path / "typo.sqlite"
    assert main(["--db", str(path), "screenshot", "overview", "--out",
                 str(tmp_path / "o.png")]) == 2
    assert "no database at" in one_line(capsys.readouterr().err)
    assert not path.exists()
    assert not (tmp_path / "o.png").exists()


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_the_window_refuses_an_in_memory_database(url: str, tmp_path: Path, capsys) -> None:
    assert main(["--db", url, "screenshot", "overview", "--out",
                 str(tmp_path / "o.png")]) == 2
    assert "in-memory" in one_line(capsys.readouterr().err)


def test_info_on_a_newer_schema_without_our_tables(future_db: Path, capsys) -> None:
    conn = sqlite3.connect(future_db)
    with conn:
        conn.execute("DROP TABLE strak_stop")
    conn.close()
    capsys.readouterr()
    assert main(["--db", str(future_db), "info"]) == 2
    captured = capsys.readouterr()
    assert "strak_stop" not in captured.out and "event" in captured.out
    assert "newer" in one_line(captured.err)
