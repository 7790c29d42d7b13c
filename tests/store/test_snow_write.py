"""The snow log, targets, trail attributes and race courses edited by uid, and go/no-go's
race week read from the demo database."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from destination_norberg.store import models as m
from destination_norberg.store.planning_write import ConflictError
from destination_norberg.store.rows import EngineRows
from destination_norberg.store.snow_read import race_courses, race_week
from destination_norberg.store.snow_write import (
    delete_row,
    insert_row,
    load,
    read_courses,
    replace_courses,
    update_row,
)

pytestmark = pytest.mark.both_engines


def count(engine, model) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar_one()


def event_id(engine, name: str) -> int:
    with engine.connect() as conn:
        return conn.execute(select(m.Event.id).where(m.Event.name_sv == name)).scalar_one()


def trail_id(engine, name: str) -> int:
    with engine.connect() as conn:
        return conn.execute(select(m.Trail.id).where(m.Trail.name == name)).scalar_one()


MEASUREMENT = {"pile": "Snölagret vid stadion", "measured_on": date(2026, 11, 20),
               "volume_m3": 8200.0, "method": "drönare", "note": "efter täckning"}


def test_insert_update_delete_a_storage_measurement(engine) -> None:
    row = insert_row(engine, "storage", MEASUREMENT)
    assert row["version"] == 1 and row["volume_m3"] == 8200.0 and row["uid"]
    changed = update_row(engine, "storage", row, {**row, "volume_m3": 7900.0})
    assert changed["version"] == 2 and changed["volume_m3"] == 7900.0
    assert load(engine, "storage", row["uid"])["volume_m3"] == 7900.0
    # Undo as the command does it: back from what the step left to what was there.
    back = update_row(engine, "storage", changed, row)
    assert back["volume_m3"] == 8200.0 and back["version"] == 3
    delete_row(engine, "storage", back)
    assert count(engine, m.SnowStorageMeasurement) == 0
    again = insert_row(engine, "storage", back)  # redo of a creation: the same uid
    assert again["uid"] == row["uid"]


def test_a_stale_edit_is_a_conflict_and_writes_nothing(engine) -> None:
    row = insert_row(engine, "production", {
        "produced_on": date(2026, 11, 18), "cannons": 4, "hours": 10.0, "volume_m3": 420.0,
        "wet_bulb_c": -5.5, "note": ""})
    update_row(engine, "production", row, {**row, "hours": 12.0})  # someone else
    with pytest.raises(ConflictError, match="changed or removed by someone else"):
        update_row(engine, "production", row, {**row, "cannons": 6})
    with pytest.raises(ConflictError):
        delete_row(engine, "production", row)
    now = load(engine, "production", row["uid"])
    assert (now["hours"], now["cannons"]) == (12.0, 4)
    with pytest.raises(ConflictError, match="already exists"):
        insert_row(engine, "production", now)


def test_a_target_keeps_its_loops(demo_engine) -> None:
    loop4, loop10 = trail_id(demo_engine, "Snölagringsslingan 4 km"), \
        trail_id(demo_engine, "Gruvmilen 10 km")
    row = insert_row(demo_engine, "target", {
        "name": "Skolornas dag: 10 km", "deadline": date(2026, 12, 9), "required_km": 10.0,
        "min_depth_cm": 30.0, "event_id": None, "notes": "", "trail_ids": [loop10, loop4]})
    assert row["trail_ids"] == sorted([loop4, loop10])
    changed = update_row(demo_engine, "target", row, {**row, "trail_ids": [loop10]})
    assert changed["trail_ids"] == [loop10]
    # A change of loops alone is a change: the old content no longer matches.
    with pytest.raises(ConflictError):
        update_row(demo_engine, "target", row, row)
    delete_row(demo_engine, "target", changed)
    with demo_engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(m.snow_target_trail).where(
            m.snow_target_trail.c.target_id == changed["id"])).scalar_one() == 0


def test_trail_attributes_are_edited_and_the_geometry_kept(demo_engine) -> None:
    uid = next(iter(demo_engine.connect().execute(
        select(m.Trail.uid).where(m.Trail.name == "Gruvstigen"))))[0]
    row = load(demo_engine, "trail", uid)
    with demo_engine.connect() as conn:
        geom, length = conn.execute(select(m.Trail.geom, m.Trail.length_m)
                                    .where(m.Trail.uid == uid)).one()
    changed = update_row(demo_engine, "trail", row, {**row, "grade_colour": "röd", "imba": 3,
                                                     "description_en": "Old mine paths."})
    assert (changed["grade_colour"], changed["imba"]) == ("röd", 3)
    with demo_engine.connect() as conn:
        assert conn.execute(select(m.Trail.geom, m.Trail.length_m)
                            .where(m.Trail.uid == uid)).one() == (geom, length)


def test_the_demo_race_week_and_its_courses(demo_engine) -> None:
    main = event_id(demo_engine, "Engelbrektsloppet 60 km klassisk")
    week = race_week(EngineRows(demo_engine), main)
    assert week is not None and week.race_day == date(2027, 2, 14)
    names = [r.name for r in week.races]
    assert names[0] == "Engelbrektsloppet 60 km klassisk"
    assert set(names) == {"Engelbrektsloppet 60 km klassisk", "Klasskidan",
                          "Engelbrektssprinten 800 m", "Lilla Engelbrektsloppet",
                          "Kristinaloppet 30 km", "Engelbrektsstafetten 3×10 km",
                          "Engelbrektshalvan 30 km"}
    assert week.without_courses == []
    assert [v.name for v in week.races[0].by_preference()] == ["60 km", "3×20 km", "6×10 km"]
    lilla = week.races[names.index("Lilla Engelbrektsloppet")]
    assert lilla.variants[0].loop_name == "Elljusspåret 2,5 km"
    # A race without courses is named, not judged; a non-race has no go/no-go.
    klass = event_id(demo_engine, "Klasskidan")
    replace_courses(demo_engine, klass, read_courses_of(demo_engine, klass), [])
    week = race_week(EngineRows(demo_engine), main)
    assert week.without_courses == ["Klasskidan"] and len(week.races) == 6
    assert race_week(EngineRows(demo_engine), event_id(demo_engine, "Pastaparty")) is None


def read_courses_of(engine, event: int) -> list[dict]:
    from destination_norberg.store.database import read_session

    with read_session(engine) as session:
        return read_courses(session, event)


def test_courses_are_replaced_as_one_list(demo_engine) -> None:
    relay = event_id(demo_engine, "Engelbrektsstafetten 3×10 km")
    before = read_courses_of(demo_engine, relay)
    assert [(c["loop_km"], c["laps"]) for c in before] == [(10.0, 3)]
    total = count(demo_engine, m.RaceCourse)
    new = [{"loop_km": 10.0, "laps": 3, "natural_course": True, "trail_id": None},
           {"loop_km": 5.0, "laps": 6, "natural_course": False,
            "trail_id": trail_id(demo_engine, "Stadionslingan 5 km")}]
    after = replace_courses(demo_engine, relay, before, new)
    assert [(c["loop_km"], c["laps"], c["natural_course"]) for c in after] == [
        (10.0, 3, True), (5.0, 6, False)]
    assert count(demo_engine, m.RaceCourse) == total + 1
    assert [c[1:3] for c in race_courses(EngineRows(demo_engine), relay)] == [(10.0, 3),
                                                                              (5.0, 6)]
    with pytest.raises(ConflictError):  # the list moved on: the old "before" is stale
        replace_courses(demo_engine, relay, before, [])
    assert count(demo_engine, m.RaceCourse) == total + 1
    replace_courses(demo_engine, relay, after, before)
    assert count(demo_engine, m.RaceCourse) == total
