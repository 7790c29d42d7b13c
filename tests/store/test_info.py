from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy.engine import make_url

from destination_norberg.store import models as m
from destination_norberg.store.base import Base
from destination_norberg.store.database import make_engine, write_session
from destination_norberg.store.info import database_info
from destination_norberg.store.migrate import HEAD_REVISION

pytestmark = pytest.mark.both_engines


def test_empty_database_has_no_revision_and_no_counts(blank_url: str) -> None:
    eng = make_engine(blank_url)
    try:
        info = database_info(eng)
    finally:
        eng.dispose()
    assert info.schema_revision is None
    assert info.row_counts == {}
    assert info.backend == make_url(blank_url).get_backend_name()
    assert info.url == make_url(blank_url).render_as_string(hide_password=True)


def test_migrated_database_counts_every_table(engine) -> None:
    info = database_info(engine)
    assert info.schema_revision == HEAD_REVISION
    assert set(info.row_counts) == set(Base.metadata.tables)
    assert set(info.row_counts.values()) == {0}
    assert list(info.row_counts) == sorted(info.row_counts)


def test_counts_follow_the_rows(engine) -> None:
    with write_session(engine) as s:
        s.add(m.Season(name="Vinter 2026/27", kind="vinter", starts_on=date(2026, 11, 1),
                       ends_on=date(2027, 3, 31)))
        for day in range(1, 4):
            s.add(m.SnowMeasurement(station="Norberg", depth_m=0.1,
                                    measured_at=datetime(2026, 11, day, 6, tzinfo=UTC)))
    counts = database_info(engine).row_counts
    assert counts["season"] == 1
    assert counts["snow_measurement"] == 3
    assert sum(counts.values()) == 4


def test_as_dict(engine) -> None:
    data = database_info(engine).as_dict()
    assert set(data) == {"database", "backend", "schema_revision", "row_counts"}
    assert data["schema_revision"] == HEAD_REVISION
    assert data["backend"] == engine.url.get_backend_name()
    password = engine.url.password
    if password:  # a server's address is shown without its password
        assert password not in str(data) and "***" in data["database"]


# --- a database on a read-only mount ------------------------------------------------------
# Tests run as root, and chmod does not stop root from writing: the folder's "read-only" is
# simulated by os.access (which is what the program asks, and what a read-only mount answers
# even to root), and, where the machine allows it, tried for real with a read-only bind mount
# in a private mount namespace (`unshare -rm`), which leaves the machine as it was.


def _deny_folder(monkeypatch, folder) -> None:
    import os

    real = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, *a, **k: False if (
        str(path) == str(folder) and mode & os.W_OK) else real(path, mode, *a, **k))


@pytest.mark.sqlite_only
def test_info_opens_sqlite_read_only(demo_url: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    eng = make_engine(demo_url, read_only=True)
    try:
        assert database_info(eng).row_counts["event"] > 0
        with pytest.raises(OperationalError, match="readonly"), eng.begin() as conn:
            conn.execute(text("DELETE FROM event"))
    finally:
        eng.dispose()


@pytest.mark.sqlite_only
def test_info_in_a_folder_that_cannot_be_written_creates_nothing_there(
        demo_url: str, monkeypatch) -> None:
    """SQLite's read-only mode still wants a -shm file beside a WAL database, which a
    read-only folder refuses ("unable to open database file"); with nothing to replay it
    opens the file immutable and writes nothing at all."""
    from pathlib import Path

    from destination_norberg.store.database import read_only_folder

    path = Path(make_url(demo_url).database)
    before = sorted(p.name for p in path.parent.iterdir())
    _deny_folder(monkeypatch, path.parent)
    assert read_only_folder(demo_url) == path.parent
    eng = make_engine(demo_url, read_only=True)
    try:
        with eng.connect():
            assert database_info(eng).row_counts["event"] > 0
            assert sorted(p.name for p in path.parent.iterdir()) == before  # no -wal, -shm
    finally:
        eng.dispose()


@pytest.mark.sqlite_only
def test_other_commands_say_the_folder_is_read_only(demo_url: str, monkeypatch) -> None:
    from pathlib import Path

    from destination_norberg.store import migrate
    from destination_norberg.store.database import DatabaseError

    folder = Path(make_url(demo_url).database).parent
    _deny_folder(monkeypatch, folder)
    eng = make_engine(demo_url)

    def refuse(*_a, **_k):  # what SQLite answers there when it must create its -shm file
        from sqlalchemy.exc import OperationalError

        raise OperationalError("connect", {}, Exception("unable to open database file"))

    monkeypatch.setattr(eng, "connect", refuse)
    try:
        with pytest.raises(DatabaseError, match=f"the folder {folder} is read-only"):
            migrate.current_revision(eng)
    finally:
        eng.dispose()


@pytest.mark.sqlite_only
def test_info_on_a_real_read_only_mount(demo_url: str, tmp_path) -> None:
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    if shutil.which("unshare") is None or shutil.which("mount") is None:
        pytest.skip("no unshare/mount here to make a read-only mount")
    source = Path(make_url(demo_url).database)
    mounted = tmp_path / "ro"
    mounted.mkdir()
    program = (f"mount --bind {source.parent} {mounted} && "
               f"mount -o remount,bind,ro {mounted} && touch {mounted}/x 2>/dev/null; "
               f"test ! -e {mounted}/x || exit 77; "
               f"{sys.executable} -m destination_norberg --db {mounted / source.name} info; "
               f"echo rc=$?; {sys.executable} -m destination_norberg "
               f"--db {mounted / source.name} trails --json >/dev/null")
    done = subprocess.run(["unshare", "-rm", "sh", "-c", program], capture_output=True,
                          text=True, timeout=120, cwd=Path(__file__).resolve().parents[2])
    if done.returncode == 77 or "mount:" in done.stderr or "unshare:" in done.stderr:
        pytest.skip(f"cannot make a read-only mount here: {done.stderr.strip()[:200]}")
    assert "rc=0" in done.stdout and "Schema:" in done.stdout, done.stderr
    assert "read-only" in done.stderr and "unable to open" not in done.stderr
