from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime
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
)
from destination_norberg.store.schema import ensure_schema

pytestmark = pytest.mark.both_engines


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name)


def schema_listing(conn) -> list[tuple]:
    """Every table, index and trigger with its definition, to see that nothing changed."""
    if conn.dialect.name == "sqlite":
        return conn.execute(text("SELECT type, name, sql FROM sqlite_master ORDER BY name")).all()
    return conn.execute(text(
        "SELECT c.relkind, c.relname, pg_get_indexdef(c.oid), c.relfilenode FROM pg_class c "
        "WHERE c.relnamespace = current_schema()::regnamespace ORDER BY c.relname")).all()


def test_empty_database_is_brought_to_head(blank_url: str) -> None:
    eng = make_engine(blank_url)
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
        before = schema_listing(conn)
    assert ensure_schema(engine) == HEAD_REVISION
    with engine.connect() as conn:
        assert schema_listing(conn) == before


@pytest.mark.sqlite_only
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


def test_newer_schema_on_any_engine_is_refused_and_left_untouched(engine) -> None:
    """The same on a server: no table, index or row is changed (no file to compare)."""
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        conn.execute(text("INSERT INTO snow_measurement (station, measured_at, depth_m, "
                          "quality, source) VALUES ('Norberg', :at, 0.12, 'G', 'smhi')"),
                     {"at": datetime(2026, 11, 25, 6, tzinfo=UTC)})
        conn.execute(text("DROP TABLE gdpr_log"))  # as if a newer program had moved it
    with engine.connect() as conn:
        before = schema_listing(conn)
    with pytest.raises(NewerSchemaError, match="9999_future"):
        ensure_schema(engine)
    with engine.connect() as conn:
        assert schema_listing(conn) == before
        assert conn.execute(text("SELECT version_num FROM alembic_version")).all() \
            == [("9999_future",)]
        assert conn.execute(text("SELECT count(*) FROM snow_measurement")).scalar_one() == 1


def make_foreign(path: Path, journal_mode: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode = {journal_mode}")
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers (name) VALUES ('Bergslagens Bageri')")
    conn.commit()
    conn.close()


@pytest.mark.sqlite_only
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


def test_a_foreign_server_database_is_refused_untouched(blank_url: str) -> None:
    eng = make_engine(blank_url)
    try:
        with eng.begin() as conn:
            conn.execute(text("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"))
            conn.execute(text("INSERT INTO customers (id, name) VALUES (1, 'Bergslagens Bageri')"))
        with pytest.raises(DatabaseError, match="not a Destination Norberg database") as info:
            ensure_schema(eng)
        assert not isinstance(info.value, NewerSchemaError)
        assert set(inspect(eng).get_table_names()) == {"customers"}
    finally:
        eng.dispose()


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


def test_a_database_of_the_first_release_is_upgraded_with_every_row(blank_url: str) -> None:
    """A database made by the 0001 schema (the first release) keeps all its rows at head."""
    from alembic import command

    eng = make_engine(blank_url)
    try:
        with eng.begin() as conn:
            command.upgrade(alembic_config(conn), "0001_initial")
        with eng.begin() as conn:
            conn.execute(text(
                "INSERT INTO event (uid, version, created_at, updated_at, name_sv, name_en, "
                "kind, status, starts_at, all_day, outdoor, milestone, description_sv, "
                "description_en) VALUES ('e1', 1, :made, :made, 'Engelbrektsloppet', '', "
                "'lopp', 'planerad', :starts, FALSE, TRUE, FALSE, '', '')"),
                {"made": datetime(2026, 1, 1, tzinfo=UTC),
                 "starts": datetime(2027, 2, 14, 8, tzinfo=UTC)})
            conn.execute(text(
                "INSERT INTO snow_measurement (station, measured_at, depth_m, quality, source) "
                "VALUES ('Norberg', :at, 0.12, 'G', 'smhi')"),
                {"at": datetime(2026, 11, 25, 6, tzinfo=UTC)})
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
