"""Backups that prove themselves, restore that refuses what it cannot verify, and the
automatic backup before every migration (issue 8).
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import threading
import zipfile
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import MetaData, select, text
from sqlalchemy.engine import make_url

from destination_norberg.store import backup as bk
from destination_norberg.store.backup import (
    BackupError,
    NotEmptyError,
    backup,
    backups_dir,
    restore,
    verify_backup,
)
from destination_norberg.store.backup.fileformat import seal_file
from destination_norberg.store.database import BUSY_TIMEOUT_ENV, DatabaseError, make_engine
from destination_norberg.store.migrate import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    alembic_config,
    current_revision,
)
from destination_norberg.store.schema import ensure_schema

pytestmark = pytest.mark.both_engines

PREVIOUS = KNOWN_REVISIONS[-2]
STAMP = "'2026-01-01 00:00:00'"


def normal(value):
    """One comparable form for both engines: naive UTC instants, bytes, exact decimals."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    if isinstance(value, memoryview):
        return bytes(value)
    if isinstance(value, Decimal):
        return value.normalize()
    return value


def all_rows(url: str, tables: set[str] | None = None) -> dict[str, list[tuple]]:
    engine = make_engine(url)
    try:
        md = MetaData()
        md.reflect(engine)
        with engine.connect() as conn:
            out = {}
            for t in md.sorted_tables:
                if t.name == "alembic_version" or (tables is not None and t.name not in tables):
                    continue
                key = list(t.primary_key.columns) or list(t.columns)
                out[t.name] = [tuple(normal(v) for v in r)
                               for r in conn.execute(select(t).order_by(*key))]
            return out
    finally:
        engine.dispose()


def as_before(after: dict[str, list[tuple]],
              before: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """`after` with the columns a newer migration added at a row's end cut off (0012_mail
    adds person.mail_opt_out_on); they must be empty, NULL."""
    out = {}
    for table, rows in after.items():
        width = len(before[table][0]) if before.get(table) else None
        if width is not None:
            assert all(v is None for r in rows for v in r[width:]), table
        out[table] = [r[:width] for r in rows] if width is not None else rows
    return out


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def revision_of(url: str) -> str | None:
    engine = make_engine(url)
    try:
        return current_revision(engine)
    finally:
        engine.dispose()


def reseal(src: Path, dst: Path, manifest_change=None, member_change=None) -> Path:
    """A copy of a backup with its manifest or a member changed, and sealed again: only the
    checks inside can find what is wrong with it."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        manifest = json.loads(zin.read(bk.MANIFEST))
        for item in zin.infolist():
            if item.filename != bk.MANIFEST:
                data = zin.read(item.filename)
                if member_change is not None:
                    data = member_change(item.filename, data)
                zout.writestr(item.filename, data)
        if manifest_change is not None:
            manifest_change(manifest)
        zout.writestr(bk.MANIFEST, json.dumps(manifest))
        zout.comment = bk.SEAL_PREFIX + b"0" * 64
    seal_file(dst)
    return dst


@pytest.fixture
def demo_backup(demo_url: str, tmp_path: Path) -> Path:
    out = tmp_path / "backups" / "norberg.zip"
    backup(demo_url, out)
    return out


# --- round trips ------------------------------------------------------------------------------


def test_a_backup_restores_every_row(demo_url: str, blank_url: str, tmp_path: Path,
                                     backend: str) -> None:
    out = tmp_path / "norberg.zip"
    info = backup(demo_url, out)
    assert info.kind == ("sqlite" if backend == "sqlite" else "rows")
    assert info.schema_revision == HEAD_REVISION
    assert info.row_counts["event"] > 0 and info.total_rows > 500
    assert verify_backup(out) == info
    result = restore(blank_url, out)
    assert not result.replaced and result.schema_revision == HEAD_REVISION
    assert all_rows(blank_url) == all_rows(demo_url)
    assert revision_of(blank_url) == HEAD_REVISION


def test_a_backup_only_reads(demo_url: str, tmp_path: Path, backend: str) -> None:
    before = all_rows(demo_url)
    backup(demo_url, tmp_path / "a.zip")
    assert all_rows(demo_url) == before
    if backend == "sqlite":
        path = Path(demo_url.removeprefix("sqlite:///"))
        assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(".")) == []


@pytest.mark.sqlite_only
def test_a_table_by_table_backup_of_sqlite_gives_the_same_bytes(demo_url: str,
                                                                tmp_path: Path) -> None:
    out = tmp_path / "rows.zip"
    assert backup(demo_url, out, rows=True).kind == "rows"
    target = tmp_path / "restored.sqlite"
    restore(f"sqlite:///{target}", out)

    def raw(path: Path) -> dict[str, list[tuple]]:
        conn = sqlite3.connect(path)
        try:
            names = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
            return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr)
                    for n in names}
        finally:
            conn.close()

    assert raw(target) == raw(Path(demo_url.removeprefix("sqlite:///")))


@pytest.mark.postgres
@pytest.mark.sqlite_only
def test_backups_move_between_sqlite_and_postgresql(demo_url: str, postgres_server,
                                                    tmp_path: Path, request) -> None:
    """An SQLite backup restores into PostgreSQL, and a PostgreSQL one into SQLite."""
    name = postgres_server.create()
    request.addfinalizer(lambda: postgres_server.drop(name))
    pg = postgres_server.url(name)
    restore(pg, backup(demo_url, tmp_path / "from-sqlite.zip").path)
    assert all_rows(pg) == all_rows(demo_url)
    back = tmp_path / "back.sqlite"
    restore(f"sqlite:///{back}", backup(pg, tmp_path / "from-pg.zip").path)
    assert all_rows(f"sqlite:///{back}") == all_rows(demo_url)
    from datetime import date

    from destination_norberg.store.database import write_session
    from destination_norberg.store.models import Season

    engine = make_engine(pg)  # the ids go on after the restored ones
    try:
        with write_session(engine) as s:
            s.add(Season(name="Vinter 2031/32", kind="vinter", starts_on=date(2031, 11, 1),
                         ends_on=date(2032, 3, 31)))
    finally:
        engine.dispose()


@pytest.mark.sqlite_only
def test_a_backup_taken_while_another_program_writes_is_consistent(engine, tmp_path: Path,
                                                                   db_path: Path) -> None:
    """SQLite's online backup: a snapshot of committed units, never half of one."""
    from destination_norberg.store.database import write_session
    from destination_norberg.store.models import Organisation, SnowMeasurement

    with write_session(engine) as s:
        s.add(Organisation(name="Bageriet"))
    stop = threading.Event()
    units: list[int] = []
    writer_engine = make_engine(f"sqlite:///{db_path}")

    def write() -> None:
        start = datetime(2026, 11, 1, 6, tzinfo=UTC)
        while not stop.is_set():
            n = len(units)
            with write_session(writer_engine) as s:
                for i in range(20):
                    s.add(SnowMeasurement(station=f"unit-{n}", depth_m=i / 100,
                                          measured_at=start + timedelta(hours=i)))
            units.append(n)

    thread = threading.Thread(target=write)
    thread.start()
    try:
        while len(units) < 5:
            stop.wait(0.01)
        infos = [backup(engine, tmp_path / f"b{i}.zip") for i in range(3)]
    finally:
        stop.set()
        thread.join(30)
        writer_engine.dispose()
    for info in infos:
        restored = tmp_path / f"r-{info.path.stem}.sqlite"
        restore(f"sqlite:///{restored}", info.path)
        conn = sqlite3.connect(restored)
        try:
            per_unit = conn.execute("SELECT station, count(*) FROM snow_measurement "
                                    "GROUP BY station").fetchall()
        finally:
            conn.close()
        assert per_unit and all(n == 20 for _, n in per_unit)
        assert info.row_counts["snow_measurement"] == 20 * len(per_unit)


# --- restore into a database that holds data -------------------------------------------------


def test_restore_into_data_needs_a_yes(demo_backup: Path, demo_url: str, backend: str) -> None:
    before = all_rows(demo_url)
    with pytest.raises(NotEmptyError, match="already holds data"):
        restore(demo_url, demo_backup)
    assert all_rows(demo_url) == before
    engine = make_engine(demo_url)
    try:
        with engine.begin() as conn:  # a change after the backup, undone by the restore
            conn.execute(text("UPDATE event SET name_sv = 'Ändrad efter säkerhetskopian'"))
            conn.execute(text("DELETE FROM snow_measurement"))
    finally:
        engine.dispose()
    changed = all_rows(demo_url)
    result = restore(demo_url, demo_backup, replace=True)
    assert result.replaced
    assert all_rows(demo_url) == before
    if backend == "sqlite":
        kept = Path(demo_url.removeprefix("sqlite:///") + ".before-restore")
        assert result.kept_as == kept
        assert all_rows(f"sqlite:///{kept}") == changed
    else:
        assert result.kept_as is None


@pytest.mark.sqlite_only
def test_restore_waits_for_no_one_and_changes_nothing_while_the_file_is_open(
        demo_backup: Path, demo_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A window still has the file open: the swap is refused instead of pulling the file
    from under it."""
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "50")
    path = Path(demo_url.removeprefix("sqlite:///"))
    engine = make_engine(demo_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM snow_measurement"))
    finally:
        engine.dispose()
    before = digest(path)
    window = sqlite3.connect(path)
    try:
        window.execute("PRAGMA journal_mode").fetchone()
        window.execute("SELECT count(*) FROM event").fetchone()
        with pytest.raises(BackupError, match="busy"):
            restore(demo_url, demo_backup, replace=True)
    finally:
        window.close()
    assert digest(path) == before
    assert not path.with_name(path.name + ".before-restore").exists()


# --- what restore refuses ---------------------------------------------------------------------


def flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x20]) + data[at + 1:]


DAMAGE = {
    "cut to half": lambda d: d[: len(d) // 2],
    "last byte cut": lambda d: d[:-1],
    "first bytes only": lambda d: d[:30],
    "a byte changed near the start": lambda d: flip(d, 40),
    "a byte changed in the middle": lambda d: flip(d, len(d) // 2),
    "a byte changed in the manifest": lambda d: flip(d, d.index(b"row_counts") + 3)
    if b"row_counts" in d else flip(d, len(d) - 200),
    "a byte changed in the seal": lambda d: flip(d, len(d) - 5),
    "a byte added at the end": lambda d: d + b"\n",
    "empty": lambda d: b"",
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_backup_is_refused_and_nothing_changes(damage: str, demo_backup: Path,
                                                         demo_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "damaged.zip"
    bad.write_bytes(DAMAGE[damage](demo_backup.read_bytes()))
    with pytest.raises(BackupError) as info:
        verify_backup(bad)
    message = str(info.value)
    assert "\n" not in message and message.startswith("damaged.zip cannot be restored: ")
    before = all_rows(demo_url)
    with pytest.raises(BackupError):
        restore(demo_url, bad, replace=True)  # even with a yes
    assert all_rows(demo_url) == before
    new = tmp_path / "new.sqlite"
    with pytest.raises(BackupError):
        restore(f"sqlite:///{new}", bad)
    assert not new.exists()


def _foreign_zip(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "Kassabok 2026")


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(("make", "reason"), [
    (lambda p: p.write_text("Kassabok 2026\n" * 50, encoding="utf-8"), "not a Destination"),
    (_foreign_zip, "not a Destination Norberg backup"),
    (_foreign_sqlite, "not a Destination Norberg backup"),
])
def test_a_foreign_file_is_refused(make, reason: str, tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.zip"
    make(foreign)
    with pytest.raises(BackupError, match=reason):
        verify_backup(foreign)


@pytest.mark.parametrize(("change", "reason"), [
    (lambda m: m.update(schema_revision="9999_future"), "made by a newer version"),
    (lambda m: m.update(format_version=99), "newer version"),
    (lambda m: m.update(format="someone-else"), "not a Destination Norberg backup"),
    (lambda m: m["row_counts"].update(event=m["row_counts"]["event"] + 1), "event"),
    (lambda m: m["row_counts"].pop("event"), "manifest|row counts"),
    (lambda m: next(iter(m["members"].values())).update(sha256="0" * 64),
     "does not match its checksum"),
    (lambda m: m.pop("members"), "incomplete"),
])
def test_a_backup_whose_contents_disagree_with_its_manifest_is_refused(
        change, reason: str, demo_backup: Path, demo_url: str, tmp_path: Path) -> None:
    bad = reseal(demo_backup, tmp_path / "resealed.zip", manifest_change=change)
    before = all_rows(demo_url)
    with pytest.raises(BackupError, match=reason):
        restore(demo_url, bad, replace=True)
    assert all_rows(demo_url) == before


def test_a_member_changed_and_resealed_is_refused(demo_backup: Path, tmp_path: Path) -> None:
    def change(name: str, data: bytes) -> bytes:
        return data[:-10] + bytes(10) if name != bk.MANIFEST else data

    bad = reseal(demo_backup, tmp_path / "member.zip", member_change=change)
    with pytest.raises(BackupError, match="checksum"):
        verify_backup(bad)


def test_a_missing_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="There is no file"):
        verify_backup(tmp_path / "saknas.zip")


@pytest.mark.sqlite_only
def test_backup_of_a_missing_file_creates_no_database(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="There is no database at"):
        backup(f"sqlite:///{tmp_path / 'saknas.sqlite'}", tmp_path / "x.zip")
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".sqlite", ".zip")) == []


def test_an_empty_database_has_nothing_to_back_up(blank_url: str, tmp_path: Path) -> None:
    engine = make_engine(blank_url)  # there, with no tables
    try:
        with engine.connect():
            pass
    finally:
        engine.dispose()
    with pytest.raises(BackupError, match="nothing to back up"):
        backup(blank_url, tmp_path / "x.zip")
    assert not (tmp_path / "x.zip").exists()


# --- older schemas: restored, then migrated; backed up before every migration -----------------


def build_previous(url: str) -> dict[str, int]:
    """A database at the previous release's schema with a small network and a measurement."""
    from alembic import command

    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), PREVIOUS)
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO organisation (id, uid, version, created_at, updated_at, name, "
                "orgnr, category, street, postal_code, city, kommun, website, tags, "
                f"opening_hours, notes, is_demo) VALUES (1, 'o1', 3, {STAMP}, {STAMP}, "
                "'Hotell Hyttgården', '557541-1243', 'boende', 'Hyttgatan 4', '738 30', "
                "'Norberg', 'Norberg', '', 'paket', '', 'Största hotellet', false)"))
            conn.execute(text(
                "INSERT INTO person (id, uid, version, created_at, updated_at, organisation_id, "
                "name, role, email, phone, legal_basis, notes) VALUES (7, 'p7', 1, "
                f"{STAMP}, {STAMP}, 1, 'Åsa Nilsson', 'Ägare', 'asa@hotell.example', "
                "'+4622335075', 'avtal', '')"))
            conn.execute(text(
                "INSERT INTO snow_measurement (station, measured_at, depth_m, quality, source) "
                "VALUES ('Norberg', '2026-11-25 06:00:00', 0.12, 'G', 'smhi')"))
        with engine.connect() as conn:
            return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                    for t in ("organisation", "person", "snow_measurement")}
    finally:
        engine.dispose()


def test_an_older_backup_is_restored_and_brought_to_this_schema(blank_url: str,
                                                                tmp_path: Path) -> None:
    build_previous(blank_url)
    before = all_rows(blank_url)
    old = backup(blank_url, tmp_path / "old.zip")
    assert old.schema_revision == PREVIOUS
    target = tmp_path / "restored.sqlite"
    result = restore(f"sqlite:///{target}", old.path)
    assert result.schema_revision == HEAD_REVISION
    assert revision_of(f"sqlite:///{target}") == HEAD_REVISION
    assert as_before(all_rows(f"sqlite:///{target}", set(before)), before) == before


def test_a_migration_is_preceded_by_a_backup_that_restores_the_old_data(
        blank_url: str, tmp_path: Path) -> None:
    counts = build_previous(blank_url)
    before = all_rows(blank_url)
    assert not backups_dir().exists()
    engine = make_engine(blank_url)
    try:
        assert ensure_schema(engine) == HEAD_REVISION
    finally:
        engine.dispose()
    made = sorted(backups_dir().glob(f"*-{PREVIOUS}-*.zip"))
    assert len(made) == 1
    stem, stamp = made[0].stem.split(f"-{PREVIOUS}-")
    assert stem in ("blank", make_url(blank_url).database)
    assert re.fullmatch(r"\d{8}T\d{6}Z", stamp)
    info = verify_backup(made[0])
    assert info.schema_revision == PREVIOUS
    assert {t: info.row_counts[t] for t in counts} == counts
    target = tmp_path / "from-the-automatic-backup.sqlite"
    restore(f"sqlite:///{target}", made[0])
    assert as_before(all_rows(f"sqlite:///{target}", set(before)), before) == before


def test_no_backup_when_there_is_nothing_to_keep(blank_url: str, engine) -> None:
    from alembic import command

    old_empty = make_engine(blank_url)
    try:
        with old_empty.begin() as conn:
            command.upgrade(alembic_config(conn), PREVIOUS)
        ensure_schema(old_empty)  # an old schema without rows
        ensure_schema(engine)  # already current
    finally:
        old_empty.dispose()
    assert not backups_dir().exists() or list(backups_dir().iterdir()) == []


def test_when_the_backup_fails_the_database_is_not_migrated(blank_url: str) -> None:
    build_previous(blank_url)
    before = all_rows(blank_url)
    folder = backups_dir()
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the backups folder should be")
    engine = make_engine(blank_url)
    try:
        with pytest.raises(DatabaseError) as info:
            ensure_schema(engine)
    finally:
        engine.dispose()
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"The database was not updated to the new schema ({PREVIOUS} to "
                              f"{HEAD_REVISION}) because the backup before the update could "
                              "not be written")
    assert revision_of(blank_url) == PREVIOUS
    assert all_rows(blank_url) == before
