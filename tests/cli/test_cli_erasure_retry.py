"""`gdpr erase` while another program reads the database: the person is erased, the output
says the file clean-up is left and how to finish it, and running the same command again
finishes it instead of answering "No person matches" (issue 13)."""

from __future__ import annotations

import sqlite3

import pytest

from destination_norberg.cli import main
from destination_norberg.store.network_write import insert_row


@pytest.fixture
def greta(demo_engine) -> dict:
    person = insert_row(demo_engine, "person", {"name": "Greta Zetterqvist",
                                                "email": "greta@zz.example"})
    demo_engine.dispose()
    return person


def test_erase_again_finishes_a_busy_clean_up(demo_engine, demo_url: str, greta: dict,
                                             capsys) -> None:
    reader = sqlite3.connect(demo_engine.url.database)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM person").fetchall()
    try:
        assert main(["--db", demo_url, "gdpr", "erase", greta["uid"], "--yes"]) == 0
    finally:
        reader.close()
    out = capsys.readouterr().out
    assert out.startswith(f"Erased the person with uid {greta['uid']}")
    assert "note: the person is erased, but another program was reading the database" in out
    assert (f"To finish the clean-up, close the other programs and run "
            f"`destination-norberg gdpr erase {greta['uid']} --yes` again.") in out
    assert main(["--db", demo_url, "gdpr", "erase", greta["uid"], "--yes"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    first = captured.out.splitlines()[0]
    assert first.startswith(f"The person with uid {greta['uid']} was already erased on ")
    assert first.endswith("; the file clean-up is now done.")
    # By name too (the register of erasures knows the name's salted hash).
    assert main(["--db", demo_url, "gdpr", "erase", "Greta Zetterqvist", "--yes"]) == 0
    assert "was already erased on " in capsys.readouterr().out


def test_a_stranger_is_still_no_one(demo_url: str, capsys) -> None:
    assert main(["--db", demo_url, "gdpr", "erase", "Ingen Alls", "--yes"]) == 2
    assert "No person matches" in capsys.readouterr().err
