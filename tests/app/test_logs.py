"""The log file: where it is, who may read it, what a start, an import and an error write,
and that a server's password never reaches it."""

from __future__ import annotations

import logging
import stat
import sys
from pathlib import Path

import pytest

from destination_norberg import version
from destination_norberg.app import logs
from destination_norberg.app.diagnostics import crash_report, support_facts


@pytest.fixture
def log_file(tmp_path: Path):
    path = logs.start_logging()
    assert path is not None
    yield path
    logs.stop_logging()


def read(path: Path) -> str:
    logs.flush()
    return path.read_text(encoding="utf-8")


def test_the_log_lives_in_the_per_user_state_folder(tmp_path: Path, log_file: Path) -> None:
    # conftest points XDG_STATE_HOME into tmp_path: the product's one folder name, then log/
    assert log_file == tmp_path / "xdg" / "xdg_state_home" / "destination-norberg" / "log" \
        / "destination-norberg.log"
    assert log_file == logs.log_path()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_log_folder_and_files_are_the_owners_alone(log_file: Path) -> None:
    logging.getLogger("destination_norberg").warning("a warning")
    assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600


def test_start_names_version_and_database_with_the_password_masked(log_file: Path) -> None:
    logs.log_start("postgresql+psycopg://anna:hemligt%21ord@db.norberg.se:5432/turism",
                   "command info")
    text = read(log_file)
    assert f"Destination Norberg {version()} started: command info" in text
    assert "postgresql+psycopg://anna:***@db.norberg.se:5432/turism" in text
    assert "hemligt" not in text


def test_a_password_in_an_error_or_traceback_is_masked_too(log_file: Path) -> None:
    try:
        raise RuntimeError("cannot reach postgresql://anna:hemligt@db/turism")
    except RuntimeError as exc:
        logs.log_error("unexpected", exc)
    text = read(log_file)
    assert "Traceback (most recent call last)" in text
    assert "postgresql://anna:***@db/turism" in text
    assert "hemligt" not in text


def test_mask_url_leaves_addresses_without_a_password_alone() -> None:
    assert logs.mask_url("sqlite:////home/anna/säsong.sqlite") == "sqlite:////home/anna/säsong.sqlite"
    assert logs.mask_url("postgresql://anna@db/x") == "postgresql://anna@db/x"
    assert logs.mask_url("a postgresql://u:p@h/x and http://v:w@h2") == \
        "a postgresql://u:***@h/x and http://v:***@h2"


def test_an_import_is_logged_with_its_counts_and_a_failure_with_its_traceback(
        log_file: Path) -> None:
    @logs.logged("contacts import", lambda n: f"{n} people")
    def imported(n: int) -> int:
        return n

    @logs.logged("trail export")
    def broken() -> None:
        raise KeyError("no such trail")

    assert imported(26) == 26
    with pytest.raises(KeyError):
        broken()
    text = read(log_file)
    assert "INFO    destination_norberg: contacts import: 26 people" in text
    assert "ERROR   destination_norberg: trail export failed" in text
    assert "KeyError: 'no such trail'" in text


def test_counts_of_a_result_never_its_content() -> None:
    from dataclasses import dataclass

    @dataclass
    class Result:
        added: int
        names: list[str]
        flag: bool

    assert logs.counts_of(Result(3, ["Anna Berg", "Per"], True)) == "added 3, names 2"
    assert logs.counts_of(7) == "7 rows"
    assert logs.counts_of({"event": 36, "x": "y"}) == "event 36"
    assert logs.counts_of(([1, 2], [3])) == "2 items; 1 items"


def test_a_log_that_cannot_be_written_does_not_stop_the_program(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("x")
    monkeypatch.setattr(logs, "log_dir", lambda: blocker / "log")
    assert logs.start_logging() is None


def test_support_facts_share_the_log_path_and_mask_the_database(log_file: Path) -> None:
    facts = support_facts("postgresql://anna:hemligt@db/turism",
                          {"qt": "6.11.3", "pyside6": "6.11.3"})
    assert facts.log_path == str(log_file)
    assert facts.log_dir == str(log_file.parent)
    assert facts.database == "postgresql://anna:***@db/turism"
    assert facts.version == version()
    assert facts.settings_file.endswith("destination-norberg.ini")
    report = crash_report(facts, "Traceback (most recent call last):\n  boom\nValueError: x")
    assert "Version: " + version() in report
    assert "Qt: 6.11.3" in report
    assert report.rstrip().endswith("ValueError: x")
    assert "hemligt" not in report


def test_a_hard_crash_leaves_its_stacks_in_crash_log(tmp_path: Path) -> None:
    import os
    import subprocess

    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONFAULTHANDLER"}
    env.update(PYTHONPATH=str(root), XDG_STATE_HOME=str(tmp_path / "state"))
    code = ("import faulthandler\n"
            "from destination_norberg.app.logs import start_logging\n"
            "start_logging()\n"
            "faulthandler._sigsegv()\n")
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode != 0
    crash = tmp_path / "state" / "destination-norberg" / "log" / logs.CRASH_FILE
    text = crash.read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in text
    assert 'File "<string>", line 4' in text
