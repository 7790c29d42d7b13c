"""Erased means erased (issue 13): the register of erasures survives a restore and is
re-applied after it; restoring a backup older than the last erasure is warned about."""

from __future__ import annotations

import json
import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from destination_norberg.store import erasures, gdpr
from destination_norberg.store import models as m
from destination_norberg.store.backup import BackupError, backup, restore, restore_warning
from destination_norberg.store.gdpr import ERASED, erase_person, gdpr_log
from destination_norberg.store.network_write import insert_row, load
from destination_norberg.store.rows import EngineRows

pytestmark = pytest.mark.both_engines

NAME = "Greta Zetterqvist"
EMAIL = "greta.zq@exempel-zzqx.example"
PHONE = "070-987 65 43"


@pytest.fixture
def greta(demo_engine) -> dict:
    hotel = load(demo_engine, "organisation", "demo-hotell-hyttgarden")
    person = insert_row(demo_engine, "person", {
        "organisation_id": hotel["id"], "name": NAME, "email": EMAIL, "phone": PHONE,
        "legal_basis": "samtycke", "consent_on": date(2026, 1, 10)})
    insert_row(demo_engine, "interaction", {
        "organisation_id": hotel["id"], "occurred_on": date(2026, 10, 1), "kind": "möte",
        "note": "Greta Zetterqvists förslag: ring 0709876543.", "person_ids": [person["id"]]})
    return person


def people(engine) -> dict[str, str]:
    with engine.connect() as conn:
        return dict(conn.execute(select(m.Person.uid, m.Person.name)).all())


def notes(engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(select(m.Interaction.note)).scalars())


def test_a_restore_of_an_older_backup_erases_the_person_again(
        demo_engine, demo_url: str, greta: dict, tmp_path: Path) -> None:
    old = backup(demo_url, tmp_path / "before-the-erasure.zip")
    done = erase_person(demo_engine, greta["uid"], note="begäran per brev")
    assert done.texts_scrubbed == 1
    register = erasures.register_path(demo_engine)
    kept = register.read_bytes()

    warning = restore_warning(demo_url, old.path)
    assert "before-the-erasure.zip was taken" in warning
    assert "before the last erasure" in warning and "1 person(s)" in warning

    result = restore(demo_engine, old.path, replace=True)
    assert result.erasures_reapplied == (greta["uid"],)
    assert "before the last erasure" in result.warning
    assert greta["uid"] not in people(demo_engine)
    assert NAME not in people(demo_engine).values()
    assert f"{ERASED} förslag: ring {ERASED}." in notes(demo_engine)
    log = [e for e in gdpr_log(EngineRows(demo_engine), greta["uid"]) if e.action == "erase"]
    assert any("begäran per brev" in e.note for e in log), log  # the erasure's own entry
    assert any("re-applied after a restore" in e.note for e in log), log
    assert register.read_bytes() == kept  # the register survived the restore, unchanged


def test_the_register_names_no_one_and_is_owner_only(demo_engine, greta: dict) -> None:
    erase_person(demo_engine, greta["uid"])
    path = erasures.register_path(demo_engine)
    data = path.read_bytes()
    for clear in (NAME, NAME.casefold(), EMAIL, "709876543", "Zetterqvist"):
        assert clear.encode() not in data
    assert greta["uid"].encode() in data
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    entry = json.loads(data)["erasures"][0]
    assert set(entry) == {"uid", "at", "name", "email", "phone", "note"}
    assert len(entry["email"]) == 64


def test_a_person_imported_again_under_another_uid_is_recognised(demo_engine,
                                                                 greta: dict) -> None:
    erase_person(demo_engine, greta["uid"])
    again = insert_row(demo_engine, "person", {"name": "GRETA ZETTERQVIST",
                                               "email": EMAIL.upper()})
    by_phone = insert_row(demo_engine, "person", {"name": "greta  zetterqvist",
                                                  "phone": "+46 70 987 65 43"})
    mail_and_phone = insert_row(demo_engine, "person", {"name": "G. Z.", "email": EMAIL,
                                                        "phone": "0709876543"})
    namesake = insert_row(demo_engine, "person", {"name": NAME, "email": "annan@example.org"})
    colleague = insert_row(demo_engine, "person", {"name": "Olle Ek", "email": EMAIL})
    reg = erasures.load(erasures.register_path(demo_engine))
    done = gdpr.reapply(demo_engine, reg)
    assert set(done.erased) == {again["uid"], by_phone["uid"], mail_and_phone["uid"]}
    assert done.logged == 0  # the erasure's entry is there: not put back twice
    assert {namesake["uid"], colleague["uid"]} <= set(people(demo_engine))
    assert again["uid"] not in people(demo_engine)


def test_a_damaged_register_stops_the_restore(demo_engine, demo_url: str, greta: dict,
                                              tmp_path: Path) -> None:
    old = backup(demo_url, tmp_path / "old.zip")
    erase_person(demo_engine, greta["uid"])
    erasures.register_path(demo_engine).write_text("{not json", encoding="utf-8")
    with pytest.raises(BackupError, match="register of erasures"):
        restore(demo_engine, old.path, replace=True)
    assert greta["uid"] not in people(demo_engine)


def test_no_warning_for_a_backup_taken_after_the_last_erasure(
        demo_engine, demo_url: str, greta: dict, tmp_path: Path) -> None:
    assert restore_warning(demo_url, tmp_path / "missing.zip") == ""
    erase_person(demo_engine, greta["uid"])
    path = erasures.register_path(demo_engine)
    data = json.loads(path.read_text(encoding="utf-8"))  # the erasure an hour ago
    at = datetime.fromisoformat(data["erasures"][0]["at"]) - timedelta(hours=1)
    data["erasures"][0]["at"] = at.isoformat()
    path.write_text(json.dumps(data), encoding="utf-8")
    new = backup(demo_url, tmp_path / "after.zip")
    assert restore_warning(demo_url, new.path) == ""
    result = restore(demo_engine, new.path, replace=True)
    assert result.erasures_reapplied == () and result.warning == ""


@pytest.mark.postgres_only
def test_on_postgresql_the_tables_the_erasure_wrote_are_rewritten(demo_engine,
                                                                  greta: dict) -> None:
    def filenodes() -> dict[str, int]:
        with demo_engine.connect() as conn:
            return {t: conn.exec_driver_sql(f"SELECT pg_relation_filenode('{t}')").scalar()
                    for t in ("person", "interaction", "task", "organisation")}

    before = filenodes()
    done = erase_person(demo_engine, greta["uid"])
    after = filenodes()
    assert {"person", "interaction", "task", "interaction_person", "gdpr_log"} <= \
        set(done.tables_rewritten)
    # VACUUM FULL writes each table to a new file: the old one, with the dead rows, is gone
    assert all(after[t] != before[t] for t in ("person", "interaction", "task"))
    assert after["organisation"] == before["organisation"]  # nothing scrubbed there
    assert "vacuum full" in done.note and "write-ahead log" in done.note
    assert not done.file_cleaned
