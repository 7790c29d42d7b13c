"""The least-privilege roles of the README, run as written, on the test server.

The SQL block under "Least privilege" in README.md is taken as it stands (names made unique
for this run: roles belong to the whole server). The owner migrates and loads the demo; a
coordinator's role then reads and saves rows but may not create, alter or drop anything, and
a schema older than the program's is reported to it and left unchanged.
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from destination_norberg.store.database import DatabaseError, make_engine
from destination_norberg.store.demo import load_demo
from destination_norberg.store.migrate import HEAD_REVISION, alembic_config, current_revision
from destination_norberg.store.network_write import insert_row
from destination_norberg.store.opening import open_database
from destination_norberg.store.planning_read import events
from destination_norberg.store.planning_write import save_event
from destination_norberg.store.rows import EngineRows

README = Path(__file__).resolve().parents[2] / "README.md"

pytestmark = pytest.mark.postgres


def readme_sql() -> tuple[list[str], list[str]]:
    """The README's role SQL: (as an administrator, as the owner in the new database)."""
    section = README.read_text(encoding="utf-8").split("**Least privilege.**", 1)[1]
    block = section.split("```sql", 1)[1].split("```", 1)[0]
    cluster, database = re.split(r"^-- 2\..*$", block, maxsplit=1, flags=re.M)

    def statements(part: str) -> list[str]:
        lines = [ln for ln in part.splitlines() if not ln.lstrip().startswith("--")]
        return [s.strip() for s in " ".join(lines).split(";") if s.strip()]

    return statements(cluster), statements(database)


def renamed(sql: str, prefix: str, passwords: dict[str, str]) -> str:
    sql = re.sub(r"\bnorberg_owner\b", f"{prefix}_owner", sql)
    sql = re.sub(r"\bnorberg_app\b", f"{prefix}_app", sql)
    sql = re.sub(r"\banna\b", f"{prefix}_anna", sql)
    sql = re.sub(r"\bnorberg\b", f"{prefix}_db", sql)
    for role, password in passwords.items():
        sql = re.sub(rf"(ROLE {role} LOGIN PASSWORD )'change-me'", rf"\1'{password}'", sql)
    return sql


@pytest.fixture
def roles(postgres_server):
    """The README's roles and database, made on the test server and removed afterwards."""
    server = postgres_server
    with server.admin.connect() as conn:
        if not conn.execute(text("SELECT rolcreaterole FROM pg_roles "
                                 "WHERE rolname = current_user")).scalar_one():
            pytest.skip("the test role may not CREATE ROLE (.ci/run's may)")
    prefix = f"{server.prefix}r"
    owner, app, anna, db = (f"{prefix}_owner", f"{prefix}_app", f"{prefix}_anna",
                            f"{prefix}_db")
    passwords = {owner: secrets.token_hex(12), anna: secrets.token_hex(12)}
    cluster, database = readme_sql()
    made: list[str] = []
    try:
        for statement in cluster:
            sql = renamed(statement, prefix, passwords)
            if sql.startswith("CREATE DATABASE"):
                # A role that is not a superuser may only give a database to a role it is in.
                server._sql(f"GRANT {owner} TO CURRENT_USER")
                made.append(db)
            server._sql(sql)
        urls = {name: server.base.set(database=db, username=name, password=password)
                .render_as_string(hide_password=False) for name, password in passwords.items()}
        as_owner = make_engine(urls[owner])
        try:
            with as_owner.begin() as conn:
                for statement in database:
                    conn.execute(text(renamed(statement, prefix, passwords)))
        finally:
            as_owner.dispose()
        yield {"owner": urls[owner], "anna": urls[anna], "prefix": prefix, "server": server,
               "database": database, "passwords": passwords}
    finally:
        for name in made:
            server.drop(name)
        for role in (anna, app, owner):
            server._sql(f"DROP ROLE IF EXISTS {role}")


def test_the_owner_migrates_and_a_coordinator_only_reads_and_writes_rows(roles) -> None:
    owner = open_database(roles["owner"])
    try:
        load_demo(owner)
    finally:
        owner.dispose()

    anna = open_database(roles["anna"])  # current schema: opens without any DDL
    try:
        event = events(EngineRows(anna))[0]
        saved = save_event(anna, event.with_(description_en="Annas ändring"))
        assert saved.version == event.version + 1
        org = insert_row(anna, "organisation", {"name": "Gruvcaféet"})  # a sequence's next id
        assert org["id"] > 0
        for ddl in ("CREATE TABLE annas (id integer)", "DROP TABLE event",
                    "ALTER TABLE event ADD COLUMN x integer", "TRUNCATE interaction",
                    "CREATE INDEX annas ON event (kind)"):
            with pytest.raises(DBAPIError, match=r"permission denied|must be owner"), \
                    anna.begin() as conn:
                conn.execute(text(ddl))
    finally:
        anna.dispose()


def test_a_coordinator_meeting_an_older_schema_changes_nothing(roles) -> None:
    from alembic import command

    owner = make_engine(roles["owner"])
    try:
        with owner.begin() as conn:
            command.upgrade(alembic_config(conn), "0003_map_layers")
    finally:
        owner.dispose()
    anna_engine = make_engine(roles["anna"])
    try:
        with pytest.raises(DatabaseError):
            open_database(roles["anna"])
        assert current_revision(anna_engine) == "0003_map_layers"
    finally:
        anna_engine.dispose()
    owner = open_database(roles["owner"])  # the owner brings it up; then the coordinator
    owner.dispose()
    anna = open_database(roles["anna"])
    try:
        assert current_revision(anna) == HEAD_REVISION
    finally:
        anna.dispose()


def test_a_coordinators_erasure_says_the_owner_must_rewrite_and_the_owner_can(
        roles, capsys) -> None:
    """A coordinator's role may not VACUUM FULL (PostgreSQL skips the table with a warning):
    the erasure says so, precisely, and the owner's `gdpr vacuum` rewrites the tables."""
    from destination_norberg.cli.main import main
    from destination_norberg.store.gdpr import erase_person

    owner = open_database(roles["owner"])
    try:
        load_demo(owner)
    finally:
        owner.dispose()
    anna = open_database(roles["anna"])
    try:
        done = erase_person(anna, "demo-asa-nilsson")
    finally:
        anna.dispose()
    assert done.tables_rewritten == ()
    assert "person (not rewritten: only its owner may)" in done.note
    assert "VACUUM FULL person" in done.note and "administers the database" in done.note
    assert "destination-norberg" not in done.note  # the window shows it: no command for a user
    assert main(["--db", roles["owner"], "gdpr", "vacuum"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Rewrote ") and "person" in out and "could not" not in out
