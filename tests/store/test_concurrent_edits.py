"""Two coordinators at the same rows at the same moment: a conflict, never a lost update.

Each test holds "their" unit open with a change made but not committed, starts "my" step in
a thread, waits until that step is blocked behind theirs, then commits theirs. On SQLite my
unit waits in BEGIN IMMEDIATE and then reads their change; on PostgreSQL (READ COMMITTED) it
may already have read the old row and waits at its own write, so the write itself must
check the version (or the step must lock first): the step must end in ConflictError, or
see their change, and their change must survive.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import pytest
from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from destination_norberg.store import models as m
from destination_norberg.store import network_write, snow_write
from destination_norberg.store import package_write as pw
from destination_norberg.store.base import utcnow
from destination_norberg.store.planning_read import event as read_event
from destination_norberg.store.planning_undo import remove_events
from destination_norberg.store.planning_write import ConflictError, save_event
from destination_norberg.store.rows import EngineRows

pytestmark = pytest.mark.both_engines


def wait_until_blocked(engine, future: Future) -> None:
    """Until my step waits for their lock (PostgreSQL: seen in pg_stat_activity)."""
    if engine.dialect.name != "postgresql":
        time.sleep(0.3)  # SQLite: my unit's BEGIN IMMEDIATE waits for their write lock
        return
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not future.done():
        with engine.connect() as conn:
            waiting = conn.execute(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock'")).scalar_one()
        if waiting:
            return
        time.sleep(0.02)
    if not future.done():
        pytest.fail("my step never waited for their unit")


def race(engine, theirs: Callable[[Any], None], mine: Callable[[], Any]) -> Future:
    """Their unit open with its change made; my step started; theirs committed; my result."""
    with engine.connect() as conn:
        unit = conn.begin()
        theirs(conn)
        with ThreadPoolExecutor(1) as pool:
            future = pool.submit(mine)
            try:
                wait_until_blocked(engine, future)
            finally:
                unit.commit()
            future.exception(timeout=60)
    return future


def bump(table, uid: str, **values: Any) -> Callable[[Any], None]:
    """Their save: the row changed and its version moved on."""
    def run(conn) -> None:
        conn.execute(update(table).where(table.c.uid == uid)
                     .values(**values, version=table.c.version + 1, updated_at=utcnow()))
    return run


def conflicted(future: Future) -> bool:
    return isinstance(future.exception(), ConflictError)


def first_uid(engine, table) -> str:
    with engine.connect() as conn:
        return conn.execute(select(table.c.uid).order_by(table.c.id).limit(1)).scalar_one()


# --- an edit against their edit -------------------------------------------------------------


def test_saving_an_event_they_just_saved_is_a_conflict(demo_engine) -> None:
    t = m.Event.__table__
    uid = first_uid(demo_engine, t)
    with demo_engine.connect() as conn:
        event_id = conn.execute(select(t.c.id).where(t.c.uid == uid)).scalar_one()
    mine = read_event(EngineRows(demo_engine), event_id)
    future = race(demo_engine, bump(t, uid, description_en="theirs"),
                  lambda: save_event(demo_engine, mine.with_(description_en="mine")))
    assert conflicted(future)
    stored = read_event(EngineRows(demo_engine), event_id)
    assert (stored.description_en, stored.version) == ("theirs", mine.version + 1)


@pytest.mark.parametrize(("module", "kind", "field"), [
    (network_write, "organisation", "notes"),
    (snow_write, "trail", "description_en"),
])
def test_updating_a_row_they_just_saved_is_a_conflict(demo_engine, module, kind,
                                                      field) -> None:
    table = module.TABLES[kind]
    uid = first_uid(demo_engine, table)
    mine = module.load(demo_engine, kind, uid)
    future = race(demo_engine, bump(table, uid, **{field: "theirs"}),
                  lambda: module.update_row(demo_engine, kind, mine, {**mine, field: "mine"}))
    assert conflicted(future)
    stored = module.load(demo_engine, kind, uid)
    assert (stored[field], stored["version"]) == ("theirs", mine["version"] + 1)


# --- a removal against their edit -------------------------------------------------------------


def test_removing_a_trail_they_just_changed_is_a_conflict(demo_engine) -> None:
    t = m.Trail.__table__
    uid = first_uid(demo_engine, t)
    mine = snow_write.load(demo_engine, "trail", uid)
    future = race(demo_engine, bump(t, uid, description_en="theirs"),
                  lambda: snow_write.delete_row(demo_engine, "trail", mine))
    assert conflicted(future)
    assert snow_write.load(demo_engine, "trail", uid)["description_en"] == "theirs"


def test_removing_an_organisation_they_just_changed_is_a_conflict(demo_engine) -> None:
    mine = network_write.insert_row(demo_engine, "organisation", {"name": "Gruvcaféet"})
    future = race(demo_engine, bump(m.Organisation.__table__, mine["uid"], notes="theirs"),
                  lambda: network_write.delete_row(demo_engine, "organisation", mine))
    assert conflicted(future)
    assert network_write.load(demo_engine, "organisation", mine["uid"])["notes"] == "theirs"


def test_removing_a_package_they_just_changed_is_a_conflict(demo_engine) -> None:
    uid = first_uid(demo_engine, m.Package.__table__)
    mine = pw.load(demo_engine, uid)
    future = race(demo_engine, bump(m.Package.__table__, uid, title_en="Theirs"),
                  lambda: pw.delete_package(demo_engine, mine))
    assert conflicted(future)
    stored = pw.load(demo_engine, uid)
    assert stored["title_en"] == "Theirs" and stored["components"] == mine["components"]


def test_undoing_an_event_they_just_changed_is_a_conflict(demo_engine) -> None:
    t = m.Event.__table__
    with demo_engine.connect() as conn:  # an event without children
        event_id = conn.execute(select(t.c.id).where(t.c.parent_id.is_(None)).where(
            ~t.c.id.in_(select(t.c.parent_id).where(t.c.parent_id.is_not(None))))
            .order_by(t.c.id).limit(1)).scalar_one()
    mine = read_event(EngineRows(demo_engine), event_id)
    future = race(demo_engine, bump(t, mine.uid, description_en="theirs"),
                  lambda: remove_events(demo_engine, [mine]))
    assert conflicted(future)
    assert read_event(EngineRows(demo_engine), event_id).description_en == "theirs"


# --- lists replaced whole, and the revision of a sent package --------------------------------


def test_replacing_courses_they_just_replaced_is_a_conflict(demo_engine) -> None:
    c, e = m.RaceCourse.__table__, m.Event.__table__
    with demo_engine.connect() as conn:
        event_id = conn.execute(select(c.c.event_id).order_by(c.c.id).limit(1)).scalar_one()
    with Session(demo_engine) as session:
        mine = snow_write.read_courses(session, event_id)
    now = utcnow()

    def theirs(conn) -> None:  # what their replace_courses does, in its order
        conn.execute(select(e.c.id).where(e.c.id == event_id).with_for_update())
        conn.execute(delete(c).where(c.c.event_id == event_id))
        conn.execute(insert(c).values(event_id=event_id, position=1, loop_km=2.5, laps=4,
                                      natural_course=False, trail_id=None, uid="theirs",
                                      version=1, created_at=now, updated_at=now))

    new = [{"loop_km": 5.0, "laps": 2, "natural_course": False, "trail_id": None}]
    future = race(demo_engine, theirs,
                  lambda: snow_write.replace_courses(demo_engine, event_id, mine, new))
    assert conflicted(future)
    with Session(demo_engine) as session:
        assert [x["uid"] for x in snow_write.read_courses(session, event_id)] == ["theirs"]


def test_two_dispatches_at_once_get_two_revisions(demo_engine) -> None:
    p, d = m.Package.__table__, m.PackageDispatch.__table__
    with demo_engine.connect() as conn:
        package_id, revision = conn.execute(select(p.c.id, p.c.revision).order_by(p.c.id)
                                            .limit(1)).one()
        assert conn.execute(select(func.count()).select_from(d)).scalar_one() == 0

    def theirs(conn) -> None:  # their dispatch of a changed package, as record_dispatch does
        conn.execute(select(p.c.id).where(p.c.id == package_id).with_for_update())
        conn.execute(update(p).where(p.c.id == package_id).values(
            revision=revision + 1, version=p.c.version + 1, updated_at=utcnow()))
        conn.execute(insert(d).values(
            package_id=package_id, revision=revision + 1, partner_id=None, sent_at=utcnow(),
            snapshot=json.dumps({"content": {"title_sv": "deras"}, "revision": revision + 1})))

    future = race(demo_engine, theirs, lambda: pw.record_dispatch(
        demo_engine, package_id, [], {"content": {"title_sv": "min"}}))
    assert future.result() == revision + 2  # after theirs, and different from it
    with demo_engine.connect() as conn:
        assert conn.execute(select(p.c.revision).where(p.c.id == package_id)
                            ).scalar_one() == revision + 2
        assert sorted(conn.execute(select(d.c.revision)).scalars()) == [revision + 1,
                                                                       revision + 2]
