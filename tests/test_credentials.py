"""A server's password is never shown, printed or stored; a service file replaces it.

README "Shared PostgreSQL database": the password belongs in ~/.pgpass or a pg_service.conf
service (`postgresql+psycopg:///?service=norberg`), never in the program's settings. Where a
URL does carry one (`--db`, DESTINATION_NORBERG_DB), every place the program names the
database shows it as `***`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from destination_norberg.cli.main import main
from destination_norberg.store.migrate import HEAD_REVISION

SECRET = "Hemligt-lösen-4711"
UNREACHABLE = f"postgresql+psycopg://samordnare:{SECRET}@127.0.0.1:1/norberg"


def run(capsys, *argv: str) -> tuple[int, str]:
    capsys.readouterr()
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out = capsys.readouterr()
    return code, out.out + out.err


@pytest.mark.parametrize("command", [["info"], ["info", "--json"], ["demo"],
                                     ["trails", "--json"], ["snow", "status"]])
def test_an_unreachable_servers_password_is_not_printed(command, capsys) -> None:
    code, said = run(capsys, "--db", UNREACHABLE, *command)
    assert code == 2
    assert SECRET not in said and "Hemligt" not in said


def test_without_the_driver_the_password_is_not_printed_either(capsys, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    code, said = run(capsys, "--db", UNREACHABLE, "info")
    assert code == 2 and "psycopg" in said
    assert SECRET not in said


def test_from_the_environment_the_password_is_not_printed(capsys, monkeypatch) -> None:
    monkeypatch.setenv("DESTINATION_NORBERG_DB", UNREACHABLE)
    code, said = run(capsys, "info")
    assert code == 2 and SECRET not in said


@pytest.mark.postgres_only
def test_info_and_commands_on_a_server_hide_its_password(demo_url, demo_engine,
                                                         capsys) -> None:
    password = demo_engine.url.password
    assert password, "the test server's URL carries a password"
    code, said = run(capsys, "--db", demo_url, "info")
    assert code == 0
    assert password not in said
    assert f"Database:       {demo_engine.url.render_as_string(hide_password=True)}" in said
    assert ":***@" in said
    code, said = run(capsys, "--db", demo_url, "info", "--json")
    assert code == 0 and password not in said
    assert json.loads(said)["database"].count("***") == 1
    for command in (["demo"], ["trails"], ["snow", "status"]):  # demo: "not empty", code 2
        _code, said = run(capsys, "--db", demo_url, *command)
        assert password not in said, command


@pytest.mark.postgres_only
def test_a_service_and_a_password_file_instead_of_a_password(demo_engine, tmp_path: Path,
                                                             monkeypatch, capsys) -> None:
    url = demo_engine.url
    service = tmp_path / "pg_service.conf"
    service.write_text(f"[norberg]\nhost={url.host}\nport={url.port or 5432}\n"
                       f"dbname={url.database}\nuser={url.username}\n", encoding="utf-8")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{url.host}:{url.port or 5432}:{url.database}:{url.username}:"
                      f"{url.password}\n", encoding="utf-8")
    pgpass.chmod(0o600)  # libpq ignores a password file others can read
    monkeypatch.setenv("PGSERVICEFILE", str(service))
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    for name in ("PGPASSWORD", "PGSERVICE", "PGHOST", "PGPORT", "PGUSER", "PGDATABASE"):
        monkeypatch.delenv(name, raising=False)

    code, said = run(capsys, "--db", "postgresql+psycopg:///?service=norberg", "info",
                     "--json")
    assert code == 0, said
    data = json.loads(said)
    assert data["schema_revision"] == HEAD_REVISION and data["row_counts"]["event"] > 0
    assert data["database"] == "postgresql+psycopg:///?service=norberg"

    pgpass.unlink()  # without the password file the server refuses, in one line
    code, said = run(capsys, "--db", "postgresql+psycopg:///?service=norberg", "info")
    assert code == 2 and len(said.strip().splitlines()) == 1
