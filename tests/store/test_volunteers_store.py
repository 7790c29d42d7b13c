"""Volunteer shifts in the database, on both engines: the demo's plan as read, a shift written
with its people as one row (insert, change, delete; a stale edit is refused), the volunteer
list, and an erasure that takes the person off every shift."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from destination_norberg.core.volunteers import VolunteerError
from destination_norberg.store import models as m
from destination_norberg.store.database import write_session
from destination_norberg.store.gdpr import erase_person, person_export
from destination_norberg.store.rows import EngineRows
from destination_norberg.store.versioned import ConflictError, NotFoundError
from destination_norberg.store.volunteers_store import (
    add_volunteer,
    delete_shift,
    insert_shift,
    read_plan,
    shift_values,
    update_shift,
)

pytestmark = pytest.mark.both_engines


def week_id(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(m.Event.id).where(m.Event.name_sv == "Vintervecka 2027")
                            ).scalar_one()


def person_uid(engine, name: str) -> str:
    with engine.connect() as conn:
        return conn.execute(select(m.Person.uid).where(m.Person.name == name)).scalar_one()


def test_the_demo_plan_holds_the_weeks_shifts_one_gap_and_one_clash(demo_engine) -> None:
    plan = read_plan(EngineRows(demo_engine), week_id(demo_engine))
    assert plan is not None and plan.event_name == "Vintervecka 2027"
    assert len(plan.shifts) == 9 and len(plan.places()) == 6
    assert [(g.shift.place, g.missing) for g in plan.gaps] == [("Depå Olsbenning (40 km)", 1)]
    assert [c.person.name for c in plan.clashes] == ["Ulf Ek"]
    assert {p.name for p in plan.pool} >= {"Lisa Hagberg", "Sanna Ljung"}
    assert read_plan(EngineRows(demo_engine), 999_999) is None


def test_a_shift_is_written_with_its_people_changed_and_deleted(demo_engine) -> None:
    event = week_id(demo_engine)
    anna, olle = person_uid(demo_engine, "Anna Holm"), person_uid(demo_engine, "Olle Kvist")
    values = {"event_id": event, "place": "Kontroll Kalkbro", "role": "Kontrollant",
              "starts_at": datetime(2027, 2, 14, 9, tzinfo=UTC),
              "ends_at": datetime(2027, 2, 14, 12, tzinfo=UTC), "needed": 2, "note": "",
              "people": [anna]}
    saved = insert_shift(demo_engine, values)
    assert saved["people"] == [anna] and saved["version"] == 1
    changed = update_shift(demo_engine, saved, {**saved, "people": sorted([anna, olle]),
                                                "needed": 3})
    assert changed["people"] == sorted([anna, olle]) and changed["needed"] == 3
    with pytest.raises(ConflictError):  # an edit that started from the first version
        update_shift(demo_engine, saved, {**saved, "needed": 1})
    delete_shift(demo_engine, changed)
    assert shift_values(EngineRows(demo_engine), saved["uid"]) is None
    with demo_engine.connect() as conn:
        left = conn.execute(select(func.count()).select_from(m.VolunteerAssignment)
                            .where(m.VolunteerAssignment.shift_id == saved["id"])).scalar()
    assert left == 0
    again = insert_shift(demo_engine, changed)  # undo of a delete: same uid, same people
    assert again["uid"] == saved["uid"] and again["people"] == changed["people"]


def test_a_bad_shift_or_a_missing_person_writes_nothing(demo_engine) -> None:
    event = week_id(demo_engine)
    base = {"event_id": event, "place": "Torget", "role": "Speaker",
            "starts_at": datetime(2027, 2, 14, 9, tzinfo=UTC),
            "ends_at": datetime(2027, 2, 14, 8, tzinfo=UTC), "needed": 1, "people": []}
    with pytest.raises(VolunteerError, match="end after"):
        insert_shift(demo_engine, base)
    good = {**base, "ends_at": datetime(2027, 2, 14, 10, tzinfo=UTC)}
    with pytest.raises(NotFoundError):
        insert_shift(demo_engine, {**good, "people": ["no-such-person"]})
    with pytest.raises(NotFoundError):
        insert_shift(demo_engine, {**good, "event_id": 999_999})
    plan = read_plan(EngineRows(demo_engine), event)
    assert plan is not None and len(plan.shifts) == 9


def test_the_volunteer_list_adds_no_one_twice(demo_engine) -> None:
    with write_session(demo_engine) as session:
        first = add_volunteer(session, "Kim Nyberg", "+46705550199", "kim@example.se",
                              "Depå", date(2026, 12, 1))
        again = add_volunteer(session, "Kim Nyberg", "+46705550199", "KIM@example.se",
                              "Depå", date(2026, 12, 1))
        known = add_volunteer(session, "Ulf Ek", "", "ulf@gruvbaren.example", "",
                              date(2026, 12, 1))
    assert first[1:] == (True, True) and again == (first[0], False, False)
    assert known[1:] == (False, True)  # in the network, put on the list now
    with demo_engine.connect() as conn:
        kim = conn.execute(select(m.Person.legal_basis, m.Person.consent_on,
                                  m.Person.organisation_id, m.Person.retention_review_on)
                           .where(m.Person.id == first[0])).one()
    assert tuple(kim[:3]) == ("samtycke", date(2026, 12, 1), None)
    assert kim[3] is not None and kim[3] > date(2027, 12, 1)
    names = {p.name for p in read_plan(EngineRows(demo_engine), week_id(demo_engine)).pool}
    assert {"Kim Nyberg", "Ulf Ek"} <= names


def test_erasure_takes_the_person_off_every_shift_and_the_list(demo_engine) -> None:
    source = EngineRows(demo_engine)
    exported = person_export(source, person_uid(demo_engine, "Lisa Hagberg"))
    assert [s["place"] for s in exported["volunteer_shifts"]] == [
        "Start och mål, Torget", "Depå Kalkbro (20 km)"]
    erase_person(demo_engine, person_uid(demo_engine, "Lisa Hagberg"), note="asked by phone")
    plan = read_plan(source, week_id(demo_engine))
    assert plan is not None
    assert "Lisa Hagberg" not in {p.name for s in plan.shifts for p in s.people}
    assert "Lisa Hagberg" not in {p.name for p in plan.pool}
    kalkbro = next(s for s in plan.shifts if s.place.startswith("Depå Kalkbro"))
    assert kalkbro.missing == 1  # her place is now a gap
    with demo_engine.connect() as conn:
        for table in (m.VolunteerAssignment, m.Volunteer):
            orphans = conn.execute(select(func.count()).select_from(table).where(
                table.person_id.not_in(select(m.Person.id)))).scalar()
            assert orphans == 0
