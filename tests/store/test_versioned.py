"""One way to write an editable row: only over the version the edit started from."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from destination_norberg.store import models as m
from destination_norberg.store import planning_write
from destination_norberg.store.database import DatabaseError, write_session
from destination_norberg.store.versioned import (
    ConflictError,
    NotFoundError,
    delete_versioned,
    expect_unchanged,
    insert_versioned,
    meanwhile,
    update_versioned,
)

pytestmark = pytest.mark.both_engines

SEASON = m.Season.__table__


def values(name: str = "Vinter 2027") -> dict:
    return {"uid": f"uid-{name}", "name": name, "kind": "winter",
            "starts_on": date(2026, 12, 1), "ends_on": date(2027, 3, 31)}


def row(engine, row_id: int):
    with engine.connect() as conn:
        return conn.execute(select(SEASON).where(SEASON.c.id == row_id)).mappings().first()


def test_the_errors_are_the_ones_the_window_knows() -> None:
    """The conflict dialog and the error messages import them from store.planning_write."""
    assert planning_write.ConflictError is ConflictError
    assert planning_write.NotFoundError is NotFoundError
    assert issubclass(ConflictError, DatabaseError) and issubclass(NotFoundError,
                                                                   DatabaseError)


def test_insert_starts_at_version_one_with_both_times(engine) -> None:
    with write_session(engine) as session:
        new_id = insert_versioned(session, SEASON, values())
    saved = row(engine, new_id)
    assert saved["version"] == 1 and saved["name"] == "Vinter 2027"
    assert saved["created_at"] is not None and saved["created_at"] == saved["updated_at"]


def test_update_over_the_version_read_raises_it_by_one(engine) -> None:
    with write_session(engine) as session:
        new_id = insert_versioned(session, SEASON, values())
    created = row(engine, new_id)["updated_at"]
    with write_session(engine) as session:
        assert update_versioned(session, SEASON, new_id, 1, {"name": "Vinter 27"},
                                conflict="no") == 2
    saved = row(engine, new_id)
    assert (saved["name"], saved["version"]) == ("Vinter 27", 2)
    assert saved["updated_at"] >= created


def test_a_stale_version_writes_nothing_and_is_a_conflict(engine) -> None:
    with write_session(engine) as session:
        new_id = insert_versioned(session, SEASON, values())
        update_versioned(session, SEASON, new_id, 1, {"name": "Theirs"}, conflict="no")
    with pytest.raises(ConflictError, match=r"^The season was changed$"), \
            write_session(engine) as session:
        update_versioned(session, SEASON, new_id, 1, {"name": "Mine"},
                         conflict="The season was changed", gone="gone")
    saved = row(engine, new_id)
    assert (saved["name"], saved["version"]) == ("Theirs", 2)


def test_a_row_gone_is_not_found_only_when_asked(engine) -> None:
    with pytest.raises(NotFoundError, match=r"^The season no longer exists\.$"), \
            write_session(engine) as session:
        update_versioned(session, SEASON, 9999, 1, {"name": "x"}, conflict="changed",
                         gone="The season no longer exists.")
    with pytest.raises(ConflictError, match=r"^changed$"), write_session(engine) as session:
        update_versioned(session, SEASON, 9999, 1, {"name": "x"}, conflict="changed")


def test_delete_needs_the_version_too(engine) -> None:
    with write_session(engine) as session:
        new_id = insert_versioned(session, SEASON, values())
        update_versioned(session, SEASON, new_id, 1,
                         {"ends_on": date(2027, 3, 31) + timedelta(days=1)}, conflict="no")
    with pytest.raises(ConflictError, match="not removed"), write_session(engine) as session:
        delete_versioned(session, SEASON, new_id, 1, conflict="not removed")
    assert row(engine, new_id) is not None
    with write_session(engine) as session:
        delete_versioned(session, SEASON, new_id, 2, conflict="not removed")
    assert row(engine, new_id) is None
    with pytest.raises(ConflictError), write_session(engine) as session:
        delete_versioned(session, SEASON, new_id, 2, conflict="already gone")


def test_expect_unchanged_compares_content_not_bookkeeping() -> None:
    def content(v: dict) -> tuple:
        return v["name"], v["kind"]

    current = {"uid": "a", "name": "Vinter", "kind": "winter", "version": 7}
    assert expect_unchanged(current, {**current, "version": 3}, content,
                            "The season") is current
    with pytest.raises(ConflictError) as changed:
        expect_unchanged(current, {**current, "name": "Sommar"}, content, "The season")
    assert str(changed.value) == ("The season was changed or removed by someone else "
                                  "meanwhile; nothing was saved.")
    with pytest.raises(ConflictError):
        expect_unchanged(None, current, content, "The season")


def test_the_sentence() -> None:
    assert meanwhile("The trail") == ("The trail was changed by someone else meanwhile; "
                                      "nothing was saved.")
    assert meanwhile("The trail", outcome="removed").endswith("nothing was removed.")
