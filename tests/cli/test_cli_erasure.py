"""`gdpr erase` says what it cannot reach and what might remain, offers to re-seal or purge
the program's own backups; `restore` warns about a backup older than the last erasure and
erases the person again (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from destination_norberg.cli import main
from destination_norberg.store import backup as bk
from destination_norberg.store import models as m
from destination_norberg.store.database import make_engine
from destination_norberg.store.network_write import insert_row

pytestmark = pytest.mark.both_engines


def names(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return set(conn.execute(select(m.Person.name)).scalars())
    finally:
        engine.dispose()


@pytest.fixture
def greta(demo_engine) -> dict:
    person = insert_row(demo_engine, "person", {"name": "Greta Zetterqvist",
                                                "email": "greta@zz.example"})
    insert_row(demo_engine, "organisation", {"name": "Ateljé Ugglan",
                                             "notes": "Greta Zetterqvists förslag; fråga "
                                                      "Zetterqvist igen"})
    demo_engine.dispose()  # no connection of ours left open: a restore needs the file alone
    return person


def test_erase_says_what_might_remain_and_what_it_cannot_reach(
        demo_url: str, greta: dict, backend: str, capsys) -> None:
    assert main(["--db", demo_url, "gdpr", "erase", greta["uid"], "--yes"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Erased the person with uid {greta['uid']}: 0 interaction(s)")
    assert "Might still name them, left as it is for you to review (1 place(s)):" in out
    assert "organisation.notes id " in out and ": Zetterqvist" in out
    assert "Erasure cannot reach: backups outside " in out
    assert ("copies sent by e-mail, the e-mails sent to them (in their mailbox and the mail "
            "server's log), partner files and exports already sent") in out
    if backend == "postgres":
        assert "(vacuum full)" in out and "write-ahead log" in out
        assert "the server's vacuum reclaims" not in out
    else:
        assert "note:" not in out


def test_restore_warns_and_erases_again(demo_url: str, greta: dict, tmp_path: Path,
                                        capsys) -> None:
    old = tmp_path / "gammal.zip"
    assert main(["--db", demo_url, "backup", "--out", str(old)]) == 0
    assert main(["--db", demo_url, "gdpr", "erase", greta["uid"], "--yes"]) == 0
    capsys.readouterr()
    assert main(["--db", demo_url, "restore", str(old), "--yes"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("warning: gammal.zip was taken ")
    assert "before the last erasure" in out[0]
    assert out[1].startswith("Restored gammal.zip")
    assert out[2] == ("Erased again 1 person(s) named in the register of erasures (the backup "
                      "still held them).")
    assert "Greta Zetterqvist" not in names(demo_url)


@pytest.mark.sqlite_only
def test_erase_reseals_or_purges_the_programs_backups(demo_engine, demo_url: str,
                                                      greta: dict, capsys) -> None:
    auto = bk.backup_before_migration(demo_engine, "0004_gdpr_log")
    before = auto.read_bytes()
    assert main(["--db", demo_url, "gdpr", "erase", greta["uid"], "--yes",
                 "--reseal-backups"]) == 0
    out = capsys.readouterr().out
    assert "Re-sealed 1 backup(s) without the erased people; 0 held none" in out
    assert auto.read_bytes() != before
    bk.verify_backup(auto)
    assert main(["--db", demo_url, "gdpr", "backups", "--purge"]) == 0
    assert "Deleted 0 backup(s) that held erased people; 1 held none and were kept." in \
        capsys.readouterr().out
    assert auto.exists()


@pytest.mark.sqlite_only
def test_erase_without_an_option_says_how_to_clean_the_backups(
        demo_engine, demo_url: str, greta: dict, capsys) -> None:
    auto = bk.backup_before_migration(demo_engine, "0004_gdpr_log")
    assert main(["--db", demo_url, "gdpr", "erase", greta["uid"], "--yes"]) == 0
    out = capsys.readouterr().out
    assert "1 backup(s) kept by the program" in out and "`gdpr backups --reseal`" in out
    assert main(["--db", demo_url, "gdpr", "backups", "--purge"]) == 0
    assert "Deleted 1 backup(s) that held erased people" in capsys.readouterr().out
    assert not auto.exists()
    with pytest.raises(SystemExit) as info:  # --reseal or --purge
        main(["--db", demo_url, "gdpr", "backups"])
    assert info.value.code == 2


@pytest.mark.sqlite_only
def test_gdpr_vacuum_is_for_a_server(demo_url: str, capsys) -> None:
    assert main(["--db", demo_url, "gdpr", "vacuum"]) == 2
    err = capsys.readouterr().err
    assert "gdpr vacuum is for a PostgreSQL database" in err and "Traceback" not in err
