"""An erasure whose file clean-up another program stopped (it had the database open) can
be finished later: the earlier erasure is found (by uid in the log or the register of
erasures, or by name, e-mail or phone in the register) and its clean-up run again, which
is what a second `gdpr erase` does instead of answering "no person matches" (issue 13)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from destination_norberg.store.gdpr import (
    erase_person,
    erased_before,
    finish_clean_up,
    gdpr_log,
)
from destination_norberg.store.network_write import insert_row
from destination_norberg.store.planning_write import NotFoundError
from destination_norberg.store.rows import EngineRows

pytestmark = pytest.mark.both_engines

NAME = "Greta Zetterqvist"
EMAIL = "greta@zz.example"


@pytest.fixture
def greta(demo_engine) -> dict:
    person = insert_row(demo_engine, "person", {"name": NAME, "email": EMAIL,
                                                "phone": "070-987 65 43"})
    demo_engine.dispose()
    return person


@pytest.fixture
def reader(demo_engine) -> Iterator[sqlite3.Connection]:
    """Another program reading the database: an open read transaction."""
    conn = sqlite3.connect(demo_engine.url.database)
    conn.execute("BEGIN")
    conn.execute("SELECT COUNT(*) FROM person").fetchall()
    yield conn
    conn.close()


@pytest.mark.sqlite_only
def test_a_busy_clean_up_is_finished_later(demo_engine, greta: dict,
                                                      reader: sqlite3.Connection) -> None:
    first = erase_person(demo_engine, greta["uid"])
    assert not first.file_cleaned and first.already_erased_at is None
    assert "the person is erased" in first.note and "erase the person again" in first.note
    reader.rollback()
    reader.close()
    demo_engine.dispose()
    wal = Path(f"{demo_engine.url.database}-wal")
    earlier = erased_before(demo_engine, greta["uid"])
    assert earlier is not None and earlier[0] == greta["uid"]
    again = finish_clean_up(demo_engine, *earlier)
    assert again.person_uid == greta["uid"]
    assert again.already_erased_at is not None and again.file_cleaned and again.note == ""
    assert not wal.exists() or wal.stat().st_size == 0
    erased = [e for e in gdpr_log(EngineRows(demo_engine)) if e.action == "erase"]
    assert [e.person_uid for e in erased] == [greta["uid"]]  # nothing new logged
    assert again.already_erased_at == erased[0].at


def test_the_earlier_erasure_is_found_by_any_key(demo_engine, greta: dict,
                                                backend: str) -> None:
    first = erase_person(demo_engine, greta["uid"])
    assert first.already_erased_at is None
    for key in (greta["uid"], NAME, EMAIL.upper(), "+46709876543"):
        earlier = erased_before(demo_engine, key)
        assert earlier is not None and earlier[0] == greta["uid"], key
        again = finish_clean_up(demo_engine, *earlier)
        assert again.person_uid == greta["uid"] and again.already_erased_at == earlier[1]
        assert again.interactions_kept == 0 and again.texts_scrubbed == 0
        if backend == "sqlite":
            assert again.file_cleaned and again.note == ""
        else:
            assert "person" in again.tables_rewritten


def test_the_log_alone_is_enough(demo_engine, greta: dict) -> None:
    """The register could not be written (it says so): the log still knows the uid."""
    from destination_norberg.store import erasures

    erase_person(demo_engine, greta["uid"])
    path = erasures.register_path(demo_engine)
    assert path is not None
    path.unlink()
    assert erased_before(demo_engine, NAME) is None
    earlier = erased_before(demo_engine, greta["uid"])
    assert earlier is not None and earlier[0] == greta["uid"]


def test_no_one_erased_is_still_no_one(demo_engine) -> None:
    assert erased_before(demo_engine, "Ingen Alls") is None
    with pytest.raises(NotFoundError, match="No person matches"):
        erase_person(demo_engine, "Ingen Alls")
