"""`destination-norberg backup --out FILE` and `restore FILE [--yes]` on the command line:
every refusal is one line on stderr and exit code 2, and changes nothing."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from destination_norberg.cli import main
from destination_norberg.cli.main import build_parser
from destination_norberg.store import models as m
from destination_norberg.store.database import make_engine

pytestmark = pytest.mark.both_engines


def one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("destination-norberg: "), lines[0]
    return lines[0]


def counts(url: str) -> dict[str, int]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in m.Base.metadata.sorted_tables}
    finally:
        engine.dispose()


def test_backup_and_restore_are_listed() -> None:
    text_ = build_parser().format_help()
    assert "backup" in text_ and "restore" in text_


def test_backup_then_restore_into_a_new_database(demo_url: str, blank_url: str, tmp_path: Path,
                                                 capsys) -> None:
    out = tmp_path / "kopia" / "norberg.zip"
    assert main(["--db", demo_url, "backup", "--out", str(out)]) == 0
    said = capsys.readouterr().out.strip().splitlines()
    assert len(said) == 1 and said[0].startswith(f"Wrote {out}: schema ")
    assert out.is_file()
    assert main(["--db", blank_url, "restore", str(out)]) == 0
    said = capsys.readouterr().out.strip().splitlines()
    assert said[0].startswith("Restored norberg.zip (taken ")
    assert counts(blank_url) == counts(demo_url)


def test_restore_into_data_wants_yes(demo_url: str, tmp_path: Path, backend: str,
                                     capsys) -> None:
    out = tmp_path / "norberg.zip"
    assert main(["--db", demo_url, "backup", "--out", str(out)]) == 0
    engine = make_engine(demo_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM snow_measurement"))
    finally:
        engine.dispose()
    changed = counts(demo_url)
    capsys.readouterr()
    assert main(["--db", demo_url, "restore", str(out)]) == 2
    line = one_line(capsys.readouterr().err)
    assert "already holds data" in line and "--yes" in line
    assert counts(demo_url) == changed
    assert main(["--db", demo_url, "restore", str(out), "--yes"]) == 0
    said = capsys.readouterr().out
    assert counts(demo_url)["snow_measurement"] > 0
    if backend == "sqlite":
        assert "The data it replaced is kept in " in said
        assert said.strip().endswith(".before-restore")


def test_a_damaged_backup_is_refused_in_one_line(demo_url: str, tmp_path: Path,
                                                 capsys) -> None:
    out = tmp_path / "norberg.zip"
    assert main(["--db", demo_url, "backup", "--out", str(out)]) == 0
    data = out.read_bytes()
    out.write_bytes(data[: len(data) // 2])  # cut short, as by a full USB stick
    before = counts(demo_url)
    capsys.readouterr()
    assert main(["--db", demo_url, "restore", str(out), "--yes"]) == 2
    line = one_line(capsys.readouterr().err)
    assert "norberg.zip cannot be restored" in line and "nothing was changed" in line
    assert counts(demo_url) == before


@pytest.mark.sqlite_only
def test_restore_of_a_missing_file_is_one_line(tmp_path: Path, capsys) -> None:
    assert main(["--db", str(tmp_path / "x.sqlite"), "restore", str(tmp_path / "saknas.zip")]) \
        == 2
    assert "There is no file" in one_line(capsys.readouterr().err)
    assert not (tmp_path / "x.sqlite").exists()


@pytest.mark.sqlite_only
def test_backup_of_no_database_creates_none(tmp_path: Path, capsys) -> None:
    db = tmp_path / "saknas.sqlite"
    assert main(["--db", str(db), "backup", "--out", str(tmp_path / "b.zip")]) == 2
    assert "there is no database" in one_line(capsys.readouterr().err)
    assert not db.exists() and not (tmp_path / "b.zip").exists()


@pytest.mark.sqlite_only
def test_backup_into_a_folder_is_refused(demo_url: str, tmp_path: Path, capsys) -> None:
    assert main(["--db", demo_url, "backup", "--out", str(tmp_path)]) == 2
    assert "is a folder" in one_line(capsys.readouterr().err)


def test_backup_of_an_empty_database_is_refused(blank_url: str, tmp_path: Path,
                                                capsys) -> None:
    engine = make_engine(blank_url)  # the file exists, with no tables
    try:
        with engine.connect():
            pass
    finally:
        engine.dispose()
    assert main(["--db", blank_url, "backup", "--out", str(tmp_path / "b.zip")]) == 2
    assert "nothing to back up" in one_line(capsys.readouterr().err)


@pytest.mark.sqlite_only
def test_backup_leaves_an_older_schema_as_it_is(tmp_path: Path, capsys) -> None:
    """A backup only reads: it does not migrate (that would defeat its purpose)."""
    from alembic import command

    from destination_norberg.store.migrate import KNOWN_REVISIONS, alembic_config

    db = tmp_path / "old.sqlite"
    engine = make_engine(f"sqlite:///{db}")
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), KNOWN_REVISIONS[-2])
    finally:
        engine.dispose()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    assert main(["--db", str(db), "backup", "--out", str(tmp_path / "old.zip")]) == 0
    assert f"schema {KNOWN_REVISIONS[-2]}" in capsys.readouterr().out
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
            KNOWN_REVISIONS[-2]
    finally:
        conn.close()
