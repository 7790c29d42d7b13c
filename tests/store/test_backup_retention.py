"""Backups keep erased people (issue 13): the automatic backups are pruned by a retention,
and the program's own copies can be re-sealed without the erased people, or purged."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from destination_norberg.store import backup as bk
from destination_norberg.store import erasures
from destination_norberg.store import models as m
from destination_norberg.store.backup import (
    backup,
    backups_dir,
    clean_backups,
    prune_automatic_backups,
    restore,
    verify_backup,
)
from destination_norberg.store.backup.retention import KEEP_DAYS_ENV, keep_days_setting
from destination_norberg.store.database import DatabaseError, make_engine
from destination_norberg.store.gdpr import erase_person
from destination_norberg.store.network_write import insert_row

NAME = "Greta Zetterqvist"
NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def touch(folder: Path, *names: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name in names:
        (folder / name).write_bytes(b"zip")
        out.append(folder / name)
    return out


def test_automatic_backups_older_than_the_retention_are_pruned(tmp_path: Path) -> None:
    old, older, recent, newest, same_second, other = touch(
        tmp_path, "norberg-0003_map_layers-20260101T100000Z.zip",
        "norberg-0002_race_courses-20250101T100000Z.zip",
        "norberg-0004_gdpr_log-20261120T100000Z.zip",
        "norberg-0004_gdpr_log-20261125T100000Z.zip",
        "norberg-0004_gdpr_log-20261120T100000Z-2.zip",
        "min-egen-kopia.zip")
    assert prune_automatic_backups(tmp_path, keep_days=30, now=NOW) == [old, older]
    assert {p.name for p in tmp_path.iterdir()} == {recent.name, newest.name,
                                                    same_second.name, other.name}
    assert prune_automatic_backups(tmp_path, keep_days=30, keep_count=2, now=NOW) == [recent]
    assert prune_automatic_backups(tmp_path, keep_days=0, now=NOW) == [same_second]
    assert newest.exists() and other.exists()  # the newest is always kept; others never


def test_the_retention_is_a_setting(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert keep_days_setting() == 180
    monkeypatch.setenv(KEEP_DAYS_ENV, "7")
    assert keep_days_setting() == 7
    _old, recent = touch(tmp_path, "db-0004_x-20261110T000000Z.zip",
                         "db-0004_x-20261125T000000Z.zip")
    assert [p.name for p in prune_automatic_backups(tmp_path, now=NOW)] == [_old.name]
    assert recent.exists()
    monkeypatch.setenv(KEEP_DAYS_ENV, "en vecka")
    with pytest.raises(DatabaseError, match="number of days"):
        keep_days_setting()


def test_a_new_automatic_backup_prunes_the_old_ones(demo_engine) -> None:
    (stale,) = touch(backups_dir(), "demo-0001_initial-20200101T000000Z.zip")
    made = bk.backup_before_migration(demo_engine, "0004_gdpr_log")
    assert made.exists() and not stale.exists()


@pytest.fixture
def copies(demo_engine, demo_url: str, tmp_path: Path) -> dict[str, Path]:
    """Three copies the program keeps: an automatic backup from before Greta was added,
    one with her, and the file a restore replaced (with her); then she is erased."""
    db = Path(demo_engine.url.database)
    without = bk.backup_before_migration(demo_engine, "0004_gdpr_log")
    greta = insert_row(demo_engine, "person", {"name": NAME, "email": "greta@zz.example"})
    insert_row(demo_engine, "organisation", {"name": "Zetterqvists Café",
                                             "notes": f"Ägs av {NAME}"})
    target = backups_dir() / "demo-0004_gdpr_log-20261126T090000Z.zip"
    backup(demo_url, target)
    restore(demo_engine, target, replace=True)  # keeps demo.sqlite.before-restore (with her)
    erase_person(demo_engine, greta["uid"])
    return {"without": without, "with": target,
            "before_restore": db.with_name(db.name + bk.BEFORE_RESTORE), "db": db}


def names_in(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return set(conn.execute(select(m.Person.name)).scalars())
    finally:
        engine.dispose()


def register_of(engine) -> erasures.Register:
    return erasures.load(erasures.register_path(engine))


def test_backups_are_resealed_without_the_erased_people(demo_engine, copies, tmp_path) -> None:
    untouched = copies["without"].read_bytes()
    done = clean_backups(register_of(demo_engine), copies["db"])
    assert done.resealed == [copies["with"], copies["before_restore"]]
    assert done.clean == [copies["without"]] and done.failed == [] and done.purged == []
    assert copies["without"].read_bytes() == untouched
    info = verify_backup(copies["with"])  # a sealed backup again, of the same source
    assert info.source == "demo.sqlite"
    check = tmp_path / "check.sqlite"
    restore(f"sqlite:///{check}", copies["with"], register=erasures.load(None))
    assert NAME not in names_in(f"sqlite:///{check}")
    assert names_in(f"sqlite:///{check}") == names_in(f"sqlite:///{copies['db']}")  # others stay
    assert NAME not in names_in(f"sqlite:///{copies['before_restore']}")
    raw = copies["before_restore"].read_bytes()
    assert NAME.encode() not in raw and b"greta@zz.example" not in raw


def test_backups_that_hold_erased_people_can_be_purged(demo_engine, copies) -> None:
    done = clean_backups(register_of(demo_engine), copies["db"], purge=True)
    assert done.purged == [copies["with"], copies["before_restore"]]
    assert not copies["with"].exists() and not copies["before_restore"].exists()
    assert copies["without"].exists()


def test_a_backup_that_cannot_be_opened_is_reported(demo_engine, copies) -> None:
    shutil.copyfile(copies["db"], backups_dir() / "not-a-backup.zip")
    done = clean_backups(register_of(demo_engine), copies["db"])
    assert [p.name for p, _ in done.failed] == ["not-a-backup.zip"]
