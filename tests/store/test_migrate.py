from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from destination_norberg.store.base import Base
from destination_norberg.store.database import DatabaseError, make_engine
from destination_norberg.store.migrate import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    NewerSchemaError,
    alembic_config,
    current_revision,
    ensure_schema,
)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name)


def test_empty_database_is_brought_to_head(db_path: Path) -> None:
    eng = make_engine(sqlite_url(db_path))
    try:
        assert current_revision(eng) is None
        assert ensure_schema(eng) == HEAD_REVISION
        assert current_revision(eng) == HEAD_REVISION
        tables = set(inspect(eng).get_table_names())
        assert tables == set(Base.metadata.tables) | {"alembic_version"}
    finally:
        eng.dispose()


def test_second_call_is_a_no_op(engine, monkeypatch: pytest.MonkeyPatch) -> None:
    import alembic.command

    def refuse(*_args, **_kwargs) -> None:
        raise AssertionError("alembic upgrade ran on a current database")

    monkeypatch.setattr(alembic.command, "upgrade", refuse)
    with engine.connect() as conn:
        before = conn.execute(text("SELECT type, name, sql FROM sqlite_master")).all()
    assert ensure_schema(engine) == HEAD_REVISION
    with engine.connect() as conn:
        assert conn.execute(text("SELECT type, name, sql FROM sqlite_master")).all() == before


def test_newer_schema_is_refused_and_left_untouched(db_path: Path) -> None:
    eng = make_engine(sqlite_url(db_path))
    ensure_schema(eng)
    with eng.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        conn.execute(text("INSERT INTO snow_measurement (station, measured_at, depth_m, "
                          "quality, source) VALUES ('Norberg', '2026-11-25 06:00:00', 0.12, "
                          "'G', 'smhi')"))
    eng.dispose()
    assert leftovers(db_path) == []
    before = digest(db_path)

    eng = make_engine(sqlite_url(db_path))
    try:
        with pytest.raises(NewerSchemaError, match="9999_future"):
            ensure_schema(eng)
    finally:
        eng.dispose()
    assert digest(db_path) == before
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() \
            == [("9999_future",)]


def make_foreign(path: Path, journal_mode: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode = {journal_mode}")
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers (name) VALUES ('Bergslagens Bageri')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("journal_mode", [
    "wal",
    "delete",
])
def test_foreign_database_is_refused_untouched(db_path: Path, journal_mode: str) -> None:
    make_foreign(db_path, journal_mode)
    before = digest(db_path)
    eng = make_engine(sqlite_url(db_path))
    try:
        with pytest.raises(DatabaseError, match="not a Destination Norberg database") as info:
            ensure_schema(eng)
        assert not isinstance(info.value, NewerSchemaError)
    finally:
        eng.dispose()
    with sqlite3.connect(db_path) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert names == {"customers"}
    assert digest(db_path) == before


def test_a_file_that_is_not_sqlite_is_a_worded_error(db_path: Path) -> None:
    db_path.write_bytes(b"Kassabok 2026\n" * 200)
    eng = make_engine(sqlite_url(db_path))
    try:
        with pytest.raises(DatabaseError):
            ensure_schema(eng)
    finally:
        eng.dispose()


def test_known_revisions_match_the_scripts() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    oldest_first = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert tuple(oldest_first) == KNOWN_REVISIONS
    assert scripts.get_heads() == [HEAD_REVISION]
    assert KNOWN_REVISIONS[-1] == HEAD_REVISION


def test_migrated_schema_matches_the_models(engine) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "render_as_batch": True})
        assert compare_metadata(context, Base.metadata) == []


def test_migrated_constraints_carry_their_names(engine) -> None:
    insp = inspect(engine)
    assert insp.get_pk_constraint("season")["name"] == "pk_season"
    uniques = {u["name"] for u in insp.get_unique_constraints("season")}
    assert {"uq_season_name", "uq_season_uid"} <= uniques
    fks = {fk["name"] for fk in insp.get_foreign_keys("task")}
    assert "fk_task_event_id_event" in fks


def test_a_database_of_the_first_release_is_upgraded_with_every_row(db_path: Path) -> None:
    """A file made by the 0001 schema (the first release) keeps all its rows at head."""
    from alembic import command

    eng = make_engine(sqlite_url(db_path))
    try:
        with eng.begin() as conn:
            command.upgrade(alembic_config(conn), "0001_initial")
        with eng.begin() as conn:
            conn.execute(text(
                "INSERT INTO event (uid, version, created_at, updated_at, name_sv, name_en, "
                "kind, status, starts_at, all_day, outdoor, milestone, description_sv, "
                "description_en) VALUES ('e1', 1, '2026-01-01 00:00:00', "
                "'2026-01-01 00:00:00', 'Engelbrektsloppet', '', 'lopp', 'planerad', "
                "'2027-02-14 08:00:00', 0, 1, 0, '', '')"))
            conn.execute(text(
                "INSERT INTO snow_measurement (station, measured_at, depth_m, quality, source) "
                "VALUES ('Norberg', '2026-11-25 06:00:00', 0.12, 'G', 'smhi')"))
        with eng.connect() as conn:
            before = {t: conn.execute(text(f"SELECT * FROM {t}")).all()
                      for t in ("event", "snow_measurement", "trail")}
        assert current_revision(eng) == "0001_initial"
        assert ensure_schema(eng) == HEAD_REVISION
        with eng.connect() as conn:
            after = {t: conn.execute(text(f"SELECT * FROM {t}")).all() for t in before}
            assert conn.execute(text("SELECT COUNT(*) FROM race_course")).scalar_one() == 0
        assert after == before and len(after["event"]) == 1
        assert set(inspect(eng).get_table_names()) == set(Base.metadata.tables) | {
            "alembic_version"}
    finally:
        eng.dispose()
