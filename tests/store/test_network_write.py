"""Organisations, people and interactions edited by uid, each step undoable; merging
duplicates moves everything and loses no interaction; a merge can be undone."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text

from destination_norberg.core.contacts import ContactError
from destination_norberg.store import models as m
from destination_norberg.store.network_merge import merge_organisations, undo_merge
from destination_norberg.store.network_write import (
    InUseError,
    delete_row,
    insert_row,
    load,
    set_follow_up_done,
    update_row,
)
from destination_norberg.store.planning_write import ConflictError, NotFoundError

pytestmark = pytest.mark.both_engines

ORG = {"name": "Malmens Vandrarhem", "orgnr": "5575411243", "category": "lodging",
       "street": "Malmgatan 2", "postal_code": "738 30", "city": "Norberg",
       "kommun": "Norberg", "website": "https://malmen.example", "tags": "Vandrarhem; paket",
       "opening_hours": {"vinter": "fre–sön 15–20"}, "notes": "Nytt 2026",
       "location": (551200.0, 6658800.0)}


def count(engine, table) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def org_id(engine, uid: str) -> int:
    with engine.connect() as conn:
        return conn.execute(select(m.Organisation.id).where(m.Organisation.uid == uid)
                            ).scalar_one()


def test_organisation_insert_update_delete_and_undo(engine) -> None:
    row = insert_row(engine, "organisation", ORG)
    assert (row["orgnr"], row["category"], row["tags"]) == ("557541-1243", "boende",
                                                            ["vandrarhem", "paket"])
    assert row["location"] == (551200.0, 6658800.0) and row["version"] == 1
    assert row["opening_hours"] == {"vinter": "fre–sön 15–20"}
    changed = update_row(engine, "organisation", row, {**row, "name": "Vandrarhem Malmen",
                                                       "location": None})
    assert changed["version"] == 2 and changed["location"] is None
    back = update_row(engine, "organisation", changed, row)  # undo of the update
    assert back["name"] == "Malmens Vandrarhem" and back["location"] == row["location"]
    gone = delete_row(engine, "organisation", back)
    assert count(engine, m.Organisation) == 0
    again = insert_row(engine, "organisation", gone)  # undo of the deletion: the same uid
    assert again["uid"] == row["uid"] and again["name"] == row["name"]


def test_bad_values_are_refused_in_the_users_words(engine) -> None:
    with pytest.raises(ContactError, match="557541-1244 is mistyped"):
        insert_row(engine, "organisation", {**ORG, "orgnr": "557541-1244"})
    with pytest.raises(ContactError, match="not a category"):
        insert_row(engine, "organisation", {**ORG, "category": "rymdresor"})
    org = insert_row(engine, "organisation", ORG)
    with pytest.raises(ContactError, match="not an e-mail address"):
        insert_row(engine, "person", {"name": "Per", "email": "per@", "organisation_id":
                                      org["id"]})
    with pytest.raises(ContactError, match="not a phone number"):
        insert_row(engine, "person", {"name": "Per", "phone": "12"})
    with pytest.raises(ContactError, match="not a legal basis"):
        insert_row(engine, "person", {"name": "Per", "legal_basis": "för att"})
    with pytest.raises(ContactError, match="not a kind of contact"):
        insert_row(engine, "interaction", {"organisation_id": org["id"],
                                           "occurred_on": date(2026, 11, 1), "kind": "fax"})
    assert count(engine, m.Person) == 0 and count(engine, m.Interaction) == 0


def test_person_is_stored_normalised(engine) -> None:
    org = insert_row(engine, "organisation", ORG)
    p = insert_row(engine, "person", {"organisation_id": org["id"], "name": "Lena Malm",
                                      "email": "Lena@MALMEN.example", "phone": "070-123 45 67",
                                      "legal_basis": "consent",
                                      "consent_on": date(2026, 5, 1),
                                      "retention_review_on": date(2028, 5, 1)})
    assert (p["email"], p["phone"], p["legal_basis"]) == ("Lena@malmen.example",
                                                          "+46701234567", "samtycke")
    assert load(engine, "person", p["uid"]) == p


def test_a_stale_edit_is_a_conflict_and_writes_nothing(engine) -> None:
    row = insert_row(engine, "organisation", ORG)
    update_row(engine, "organisation", row, {**row, "notes": "ändrad av Eva"})
    with pytest.raises(ConflictError, match="changed or removed by someone else"):
        update_row(engine, "organisation", row, {**row, "notes": "ändrad av Per"})
    with pytest.raises(ConflictError):
        delete_row(engine, "organisation", row)
    assert load(engine, "organisation", row["uid"])["notes"] == "ändrad av Eva"
    with pytest.raises(ConflictError, match="already exists"):
        insert_row(engine, "organisation", row)


def test_interaction_with_people_and_follow_up(engine) -> None:
    org = insert_row(engine, "organisation", ORG)
    a = insert_row(engine, "person", {"organisation_id": org["id"], "name": "A"})
    b = insert_row(engine, "person", {"organisation_id": org["id"], "name": "B"})
    i = insert_row(engine, "interaction", {
        "organisation_id": org["id"], "occurred_on": date(2026, 11, 20), "kind": "möte",
        "note": "Vinterpaket", "follow_up_on": date(2026, 12, 1), "person_ids": [b["id"],
                                                                                 a["id"]]})
    assert i["person_ids"] == sorted([a["id"], b["id"]]) and not i["follow_up_done"]
    done = set_follow_up_done(engine, i, True)
    assert done["follow_up_done"] and done["version"] == 2
    fewer = update_row(engine, "interaction", done, {**done, "person_ids": [a["id"]]})
    assert fewer["person_ids"] == [a["id"]]
    assert count(engine, m.interaction_person) == 1
    gone = delete_row(engine, "interaction", fewer)
    assert count(engine, m.interaction_person) == 0
    assert insert_row(engine, "interaction", gone)["person_ids"] == [a["id"]]


def test_deleting_a_person_keeps_the_interactions_and_undo_relinks(demo_engine) -> None:
    asa = load(demo_engine, "person", "demo-asa-nilsson")
    assert asa["interaction_ids"]
    interactions = count(demo_engine, m.Interaction)
    gone = delete_row(demo_engine, "person", asa)
    assert count(demo_engine, m.Interaction) == interactions
    with demo_engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM interaction_person WHERE person_id = "
                                 ":p"), {"p": asa["id"]}).scalar_one() == 0
    back = insert_row(demo_engine, "person", gone)
    assert back["uid"] == asa["uid"] and back["interaction_ids"] == asa["interaction_ids"]
    assert back["id"] == asa["id"]  # the same id: later undo steps that name it still work


def test_deleting_a_responsible_person_frees_their_tasks_and_undo_gives_them_back(
        demo_engine) -> None:
    eva = load(demo_engine, "person", "demo-eva-hellgren")
    assert len(eva["task_ids"]) == 8
    gone = delete_row(demo_engine, "person", eva)
    with demo_engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(m.Task).where(
            m.Task.id.in_(eva["task_ids"]), m.Task.responsible_id.is_(None))).scalar_one() == 8
    back = insert_row(demo_engine, "person", gone)
    assert back["task_ids"] == eva["task_ids"]


def test_an_organisation_in_use_is_not_deleted(demo_engine) -> None:
    hotel = load(demo_engine, "organisation", "demo-hotell-hyttgarden")
    with pytest.raises(InUseError, match="3 people, 6 interactions, 2 package components, "
                                         "1 package partnerships refer to it"):
        delete_row(demo_engine, "organisation", hotel)
    assert load(demo_engine, "organisation", hotel["uid"]) == hotel


def test_a_person_of_a_removed_organisation_is_a_conflict(engine) -> None:
    org = insert_row(engine, "organisation", ORG)
    delete_row(engine, "organisation", org)
    with pytest.raises(ConflictError, match="organisation was removed"):
        insert_row(engine, "person", {"organisation_id": org["id"], "name": "Sen"})


# --- merge ----------------------------------------------------------------------------------


def everything(engine) -> dict[str, list]:
    with engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT * FROM {t} ORDER BY 1, 2")).all()
                for t in ("organisation", "person", "interaction", "interaction_person",
                          "strak_stop", "package_component", "package_partner", "event",
                          "task")}


def test_merge_moves_everything_and_loses_no_interaction(demo_engine) -> None:
    keep = "demo-hotell-hyttgarden"
    dup = insert_row(demo_engine, "organisation", {
        "name": "Hotel Hyttgarden AB", "website": "", "tags": ["konferens"],
        "notes": "Konferensdelen", "opening_hours": {"sommar": "7–22"}})
    person = insert_row(demo_engine, "person", {"organisation_id": dup["id"], "name": "Konf"})
    insert_row(demo_engine, "interaction", {"organisation_id": dup["id"], "kind": "samtal",
                                            "occurred_on": date(2026, 11, 2),
                                            "person_ids": [person["id"]]})
    kafe = org_id(demo_engine, "demo-kafe-gruvlyktan")
    hotel = org_id(demo_engine, keep)
    interactions = count(demo_engine, m.Interaction)
    links = count(demo_engine, m.interaction_person)
    kafe_interactions = everything(demo_engine)["interaction"]
    kafe_count = sum(1 for r in kafe_interactions if r.organisation_id == kafe)
    before = everything(demo_engine)

    result = merge_organisations(demo_engine, keep, [dup["uid"], "demo-kafe-gruvlyktan"])

    assert count(demo_engine, m.Interaction) == interactions
    assert count(demo_engine, m.interaction_person) == links
    with demo_engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(m.Interaction).where(
            m.Interaction.organisation_id == hotel)).scalar_one() == 6 + 1 + kafe_count
        assert conn.execute(select(func.count()).select_from(m.StrakStop).where(
            m.StrakStop.organisation_id == hotel)).scalar_one() == 2
        assert conn.execute(select(func.count()).select_from(m.Person).where(
            m.Person.organisation_id == hotel)).scalar_one() == 3 + 1 + 1
    assert load(demo_engine, "organisation", dup["uid"]) is None
    kept = load(demo_engine, "organisation", keep)
    assert kept["tags"][:3] == ["paket", "engelbrektsloppet", "konferens"]  # then the kafé's
    assert "Konferensdelen" in kept["notes"] and kept["opening_hours"] == {"sommar": "7–22"}
    assert kept["orgnr"] == "557541-1243"  # the kept one's values win
    assert result.moved_count > 0

    undo_merge(demo_engine, result)
    after = everything(demo_engine)
    for table in before:
        strip = (lambda r: tuple(r)) if table in ("interaction_person", "package_partner") \
            else (lambda r: tuple(v for k, v in r._mapping.items()
                                  if k not in ("version", "updated_at")))
        assert sorted(map(strip, after[table]), key=repr) == \
            sorted(map(strip, before[table]), key=repr), table


def test_undo_of_a_merge_refuses_when_the_kept_one_changed(demo_engine) -> None:
    dup = insert_row(demo_engine, "organisation", {"name": "Gruvbaren AB"})
    result = merge_organisations(demo_engine, "demo-gruvbaren", [dup["uid"]])
    kept = load(demo_engine, "organisation", "demo-gruvbaren")
    update_row(demo_engine, "organisation", kept, {**kept, "notes": "ny anteckning"})
    with pytest.raises(ConflictError, match="changed since the merge"):
        undo_merge(demo_engine, result)
    assert load(demo_engine, "organisation", dup["uid"]) is None


def test_merge_checks_its_arguments(demo_engine) -> None:
    with pytest.raises(ValueError, match="at least one other"):
        merge_organisations(demo_engine, "demo-gruvbaren", [])
    with pytest.raises(ValueError):
        merge_organisations(demo_engine, "demo-gruvbaren", ["demo-gruvbaren"])
    with pytest.raises(NotFoundError):
        merge_organisations(demo_engine, "no-such-uid", ["demo-gruvbaren"])
    with pytest.raises(ConflictError, match="removed meanwhile"):
        merge_organisations(demo_engine, "demo-gruvbaren", ["no-such-uid"])
