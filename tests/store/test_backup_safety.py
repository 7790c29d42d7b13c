"""No open doors in the files (issue 13): the database, backups, restored files and GDPR
exports are owner-only; a killed backup or restore leaves nothing behind for long; a backup
whose schema is not exactly ours (an extra trigger) is refused."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from destination_norberg.store import backup as bk
from destination_norberg.store.backup import BackupError, backup, restore, verify_backup
from destination_norberg.store.backup.fileformat import seal_file
from destination_norberg.store.backup.temporaries import (
    STALE_SECONDS,
    clean_stale_temporaries,
    temp_prefix,
)
from destination_norberg.store.database import make_engine
from destination_norberg.store.gdpr_export import export_person
from destination_norberg.store.opening import open_database
from destination_norberg.store.schema import ensure_schema


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The umask most desktops have (022): without the fix files come out 0644."""
    old = os.umask(0o022)
    yield
    os.umask(old)


# --- owner-only files -------------------------------------------------------------------------


def test_a_new_database_and_its_folder_are_owner_only(tmp_path: Path, usual_umask) -> None:
    path = tmp_path / "ny" / "norberg.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    try:
        ensure_schema(engine)
        with engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO gdpr_log (at, action, person_uid, note) "
                                 "VALUES ('2026-01-01', 'export', 'x', '')")
        assert mode(path) == 0o600
        assert mode(path.parent) == 0o700
        wal = path.with_name(path.name + "-wal")
        assert wal.exists() and mode(wal) == 0o600
    finally:
        engine.dispose()


def test_backups_restored_files_and_exports_are_owner_only(demo_url: str, tmp_path: Path,
                                                           usual_umask) -> None:
    made = backup(demo_url, tmp_path / "nya-kopior" / "norberg.zip")
    assert mode(made.path) == 0o600 and mode(made.path.parent) == 0o700
    target = tmp_path / "target.sqlite"
    restore(f"sqlite:///{target}", made.path)
    assert mode(target) == 0o600
    restore(f"sqlite:///{target}", made.path, replace=True)
    assert mode(target) == 0o600
    assert mode(target.with_name(target.name + bk.BEFORE_RESTORE)) == 0o600
    engine = make_engine(demo_url)
    try:
        json_path, html_path = export_person(engine, "demo-asa-nilsson", tmp_path / "ut")
    finally:
        engine.dispose()
    assert mode(json_path) == 0o600 and mode(html_path) == 0o600
    assert mode(tmp_path / "ut") == 0o700


def test_the_automatic_backup_folder_is_owner_only(tmp_path: Path, usual_umask) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'a.sqlite'}")
    try:
        ensure_schema(engine)
        with engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO gdpr_log (at, action, person_uid, note) "
                                 "VALUES ('2026-01-01', 'export', 'x', '')")
        path = bk.backup_before_migration(engine, "test")
    finally:
        engine.dispose()
    assert mode(path) == 0o600 and mode(bk.backups_dir()) == 0o700


# --- temporaries of killed runs ---------------------------------------------------------------


def dead_pid() -> int:
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    return int(child.stdout)


def test_a_killed_run_leaves_a_copy_that_the_next_start_removes(demo_url: str,
                                                                tmp_path: Path) -> None:
    folder = Path(make_engine(demo_url).url.database).parent
    # A run killed midway: its temporary folder (with a full copy) stays behind.
    code = ("import os, sys, tempfile, shutil\n"
            "from destination_norberg.store.backup.temporaries import temp_prefix\n"
            f"d = tempfile.mkdtemp(prefix=temp_prefix('restore'), dir={str(folder)!r})\n"
            f"shutil.copy({str(Path(make_engine(demo_url).url.database))!r}, d)\n"
            "print(d)\n"
            "os._exit(9)\n")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env=env)
    left = Path(child.stdout.strip())
    assert left.is_dir() and any(left.iterdir())
    open_database(demo_url).dispose()  # the next start
    assert not left.exists()


def test_only_our_stale_temporaries_are_removed(tmp_path: Path) -> None:
    gone = dead_pid()
    now = time.time()
    mine = tmp_path / f"{temp_prefix('backup')}abc123"
    dead = tmp_path / f".dn-backup-{gone}-abc123"
    old_alive = tmp_path / f".dn-verify-{os.getppid()}-xyz"
    young_alive = tmp_path / f".dn-restore-{os.getppid()}-xyz"
    kept = tmp_path / f".norberg.sqlite.kept-{gone}"
    legacy_old = tmp_path / ".dn-restore-ab12cd34"
    legacy_young = tmp_path / ".dn-restore-ef56gh78"
    legacy_backup = tmp_path / ".norberg.zip.k2j4h5g6"
    someone_elses = tmp_path / ".config"
    for d in (mine, dead, old_alive, young_alive, legacy_old, legacy_young, legacy_backup,
              someone_elses):
        d.mkdir()
        (d / "database.sqlite").write_bytes(b"x")
    kept.write_bytes(b"x")
    for p in (old_alive,):
        os.utime(p, (now - STALE_SECONDS - 60, now - STALE_SECONDS - 60))
    for p in (legacy_old, legacy_backup, someone_elses):
        os.utime(p, (now - 7200, now - 7200))
    removed = set(clean_stale_temporaries(tmp_path, None, tmp_path / "saknas"))
    assert removed == {dead, old_alive, kept, legacy_old, legacy_backup}
    for p in (mine, young_alive, legacy_young, someone_elses):
        assert p.exists()


# --- the schema must be exactly ours ----------------------------------------------------------


def crafted(src: Path, dst: Path, sql: str) -> Path:
    """A copy of an SQLite backup whose database got `sql` run on it, with a manifest and
    seal that agree: only the schema check can find it."""
    work = dst.with_suffix(".sqlite")
    with zipfile.ZipFile(src) as zin:
        manifest = json.loads(zin.read(bk.MANIFEST))
        work.write_bytes(zin.read("database.sqlite"))
    conn = sqlite3.connect(work)
    conn.executescript(sql)
    conn.close()
    data = work.read_bytes()
    manifest["members"]["database.sqlite"] = {"size": len(data),
                                              "sha256": hashlib.sha256(data).hexdigest()}
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        zout.writestr("database.sqlite", data)
        zout.writestr(bk.MANIFEST, json.dumps(manifest))
        zout.comment = bk.SEAL_PREFIX + b"0" * 64
    seal_file(dst)
    return dst


@pytest.mark.parametrize(("sql", "reason"), [
    ("CREATE TRIGGER wipe AFTER UPDATE ON organisation BEGIN DELETE FROM person; END;",
     "trigger wipe that is not part"),
    ("CREATE VIEW people AS SELECT name, email FROM person;", "view people"),
    ("CREATE INDEX ix_extra ON person (email);", "index ix_extra"),
    ("DROP INDEX ix_interaction_occurred_on;", "index ix_interaction_occurred_on is missing"),
])
def test_a_backup_with_a_schema_not_our_own_is_refused(sql: str, reason: str, demo_url: str,
                                                       tmp_path: Path) -> None:
    good = backup(demo_url, tmp_path / "good.zip")
    verify_backup(good.path)  # our own schema passes
    bad = crafted(good.path, tmp_path / "crafted.zip", sql)
    target = tmp_path / "target.sqlite"
    with pytest.raises(BackupError, match=reason) as info:
        restore(f"sqlite:///{target}", bad)
    assert "crafted.zip cannot be restored" in str(info.value)
    assert not target.exists()
