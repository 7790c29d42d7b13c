"""Merging duplicate people (issue 15): the kept record takes the chosen values, every
contact and task moves to it, the others go; one write unit, undone whole; and an erased
person never comes back by a merge or its undo."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from destination_norberg.core.person_merge import merge_defaults
from destination_norberg.store import models as m
from destination_norberg.store.gdpr import erase_person
from destination_norberg.store.network_lists import duplicates
from destination_norberg.store.network_write import insert_row, load, update_row
from destination_norberg.store.person_merge import (
    MergeRefusedError,
    merge_candidates,
    merge_persons,
    undo_merge_persons,
)
from destination_norberg.store.rows import EngineRows
from destination_norberg.store.versioned import ConflictError

pytestmark = pytest.mark.both_engines

EMAIL = "ingrid.malm@exempel-qq.example"


@pytest.fixture
def pair(demo_engine) -> tuple[dict, dict, list[int], int]:
    """Two records of Ingrid Malm (the same e-mail), each in contacts, one with a task."""
    hotel = load(demo_engine, "organisation", "demo-hotell-hyttgarden")
    old = insert_row(demo_engine, "person", {
        "organisation_id": hotel["id"], "name": "Ingrid Malm", "email": EMAIL,
        "phone": "070-111 22 33", "role": "", "notes": "Vill ha post."})
    new = insert_row(demo_engine, "person", {
        "organisation_id": None, "name": "Ingrid Malm", "email": EMAIL.upper(),
        "role": "Bokningsansvarig", "notes": "Träffades på mässan."})
    contacts = [insert_row(demo_engine, "interaction", {
        "organisation_id": hotel["id"], "occurred_on": date(2026, 9, day), "kind": "möte",
        "note": f"Möte {day}", "person_ids": ids})["id"]
        for day, ids in ((1, [old["id"]]), (2, [new["id"]]), (3, [old["id"], new["id"]]))]
    with demo_engine.begin() as conn:
        task_id = conn.execute(select(m.Task.id).order_by(m.Task.id).limit(1)).scalar_one()
        conn.execute(update(m.Task.__table__).where(m.Task.id == task_id)
                     .values(responsible_id=new["id"]))
    return old, new, contacts, task_id


def links(engine, interaction_ids) -> set[tuple[int, int]]:
    t = m.interaction_person
    with engine.connect() as conn:
        return {tuple(r) for r in conn.execute(select(t.c.interaction_id, t.c.person_id)
                                               .where(t.c.interaction_id.in_(interaction_ids)))}


def test_the_pair_is_found_and_the_defaults_take_the_newest_value_there_is(
        demo_engine, pair) -> None:
    old, new, _contacts, _task = pair
    groups = [g for g in duplicates(EngineRows(demo_engine)) if g.kind == "person"]
    assert any(set(g.ids) == {old["id"], new["id"]} for g in groups)
    people = merge_candidates(demo_engine, [old["uid"], new["uid"]])
    chosen = merge_defaults(people, old["uid"])
    assert chosen["role"] == "Bokningsansvarig"  # only the newer has one
    assert chosen["phone"] == "+46701112233"  # only the older has one
    assert chosen["organisation_id"] == old["organisation_id"]  # the newer has none
    assert chosen["notes"] == "Träffades på mässan.\n\nVill ha post."


def test_merge_moves_every_contact_and_task_and_undo_puts_all_back(demo_engine,
                                                                   pair) -> None:
    old, new, contacts, task_id = pair
    before = links(demo_engine, contacts)
    result = merge_persons(demo_engine, old["uid"], [new["uid"]])
    assert load(demo_engine, "person", new["uid"]) is None
    kept = load(demo_engine, "person", old["uid"])
    assert kept["role"] == "Bokningsansvarig" and kept["interaction_ids"] == sorted(contacts)
    assert kept["task_ids"] == [task_id]
    assert links(demo_engine, contacts) == {(c, old["id"]) for c in contacts}
    assert result.moved_count == 3  # two links moved (one was a double), one task
    undone = undo_merge_persons(demo_engine, result)
    assert undone["role"] == "" and undone["notes"] == "Vill ha post."
    assert links(demo_engine, contacts) == before
    back = load(demo_engine, "person", new["uid"])
    assert back is not None and back["id"] == new["id"] and back["task_ids"] == [task_id]


def test_chosen_values_are_checked_and_a_bad_one_writes_nothing(demo_engine, pair) -> None:
    old, new, _contacts, _task = pair
    with pytest.raises(MergeRefusedError, match="Nothing was merged"):
        merge_persons(demo_engine, old["uid"], [new["uid"]],
                      {**merge_defaults(merge_candidates(demo_engine, [old["uid"]]),
                                        old["uid"]), "email": "not an address"})
    assert load(demo_engine, "person", new["uid"]) is not None
    with pytest.raises(MergeRefusedError, match="at least one other"):
        merge_persons(demo_engine, old["uid"], [old["uid"]])
    values = merge_defaults(merge_candidates(demo_engine, [old["uid"], new["uid"]]),
                            new["uid"])
    merge_persons(demo_engine, new["uid"], [old["uid"]], {**values, "name": "Ingrid Malm-Berg"})
    assert load(demo_engine, "person", new["uid"])["name"] == "Ingrid Malm-Berg"


def test_an_undo_after_the_kept_person_changed_is_refused(demo_engine, pair) -> None:
    old, new, _contacts, _task = pair
    result = merge_persons(demo_engine, old["uid"], [new["uid"]])
    kept = load(demo_engine, "person", old["uid"])
    update_row(demo_engine, "person", kept, {**kept, "role": "Vd"})
    with pytest.raises(ConflictError):
        undo_merge_persons(demo_engine, result)
    assert load(demo_engine, "person", new["uid"]) is None


def test_a_merge_cannot_bring_back_an_erased_person(demo_engine, pair) -> None:
    _old, _new, _contacts, _task = pair
    # Greta was erased on request; two records remain that together make her up again:
    # a namesake without contact details and a record with her e-mail and phone.
    greta = insert_row(demo_engine, "person", {"name": "Greta Zetterqvist",
                                               "email": "greta@exempel-zz.example",
                                               "phone": "070-987 65 43"})
    erase_person(demo_engine, greta["uid"], "test")
    namesake = insert_row(demo_engine, "person", {"name": "Greta Zetterqvist"})
    details = insert_row(demo_engine, "person", {"name": "G. Z.",
                                                 "email": "greta@exempel-zz.example"})
    values = merge_defaults(merge_candidates(demo_engine, [namesake["uid"], details["uid"]]),
                            namesake["uid"])
    values["name"] = "Greta Zetterqvist"
    with pytest.raises(MergeRefusedError, match="erased on request"):
        merge_persons(demo_engine, namesake["uid"], [details["uid"]], values)
    assert load(demo_engine, "person", details["uid"]) is not None  # nothing written


def test_an_undo_cannot_bring_back_a_person_erased_since(demo_engine, pair) -> None:
    old, new, _contacts, _task = pair
    result = merge_persons(demo_engine, old["uid"], [new["uid"]])
    erase_person(demo_engine, old["uid"], "asked by phone")  # the kept one, all of her
    with pytest.raises(MergeRefusedError, match="erased on request since"):
        undo_merge_persons(demo_engine, result)
    assert load(demo_engine, "person", new["uid"]) is None
