"""The GDPR for one person: found by uid, id, e-mail or name; exported as JSON and an
escaped HTML page; erased so that their name and e-mail are nowhere in the database file;
both logged by uid only."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from destination_norberg.store import models as m
from destination_norberg.store.gdpr import (
    ERASED,
    AmbiguousPersonError,
    erase_person,
    find_person,
    gdpr_log,
    person_export,
)
from destination_norberg.store.gdpr_export import export_person, render_html
from destination_norberg.store.network_write import insert_row, load
from destination_norberg.store.planning_write import NotFoundError
from destination_norberg.store.rows import EngineRows

pytestmark = pytest.mark.both_engines

NAME = "Xylofon Qvarnström-Zettergren"
EMAIL = "xylofon.qz@exempel-zzqx.example"
PHONE = "070-987 65 43"


def db_file(engine) -> Path:
    return Path(engine.url.database)


def file_bytes(path: Path) -> dict[str, bytes]:
    """The database file and its WAL and shared-memory files, where present."""
    out = {}
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(f"{path}{suffix}")
        if p.exists():
            out[p.name] = p.read_bytes()
    return out


@pytest.fixture
def visitor(demo_engine) -> dict:
    """A person with a distinctive name, named in notes and a task, in two interactions."""
    hotel = load(demo_engine, "organisation", "demo-hotell-hyttgarden")
    person = insert_row(demo_engine, "person", {
        "organisation_id": hotel["id"], "name": NAME, "role": "Konferensansvarig",
        "email": EMAIL, "phone": PHONE, "legal_basis": "samtycke",
        "consent_on": date(2026, 1, 10), "retention_review_on": date(2027, 1, 10),
        "notes": "Vill ha nyhetsbrevet."})
    for day, note in ((date(2026, 10, 1), f"Möte med {NAME} om vinterkonferensen."),
                      (date(2026, 10, 8), f"Skickade offerten till {EMAIL}.")):
        insert_row(demo_engine, "interaction", {
            "organisation_id": hotel["id"], "occurred_on": day, "kind": "möte",
            "note": note, "person_ids": [person["id"], 2]})
    with demo_engine.begin() as conn:
        task = conn.execute(select(m.Task.id).order_by(m.Task.id)).scalars().first()
        conn.execute(m.Task.__table__.update().where(m.Task.id == task).values(
            responsible_id=person["id"], title=f"Ring {NAME} ({PHONE})"))
    return person


def test_find_person_by_uid_id_email_and_name(demo_engine, visitor) -> None:
    source = EngineRows(demo_engine)
    for key in (visitor["uid"], str(visitor["id"]), EMAIL.upper(), NAME, NAME.lower()):
        assert find_person(source, key).uid == visitor["uid"], key
    with pytest.raises(NotFoundError, match="No person matches “Ingen Alls”"):
        find_person(source, "Ingen Alls")


def test_an_ambiguous_name_lists_the_candidates(demo_engine, visitor) -> None:
    twin = insert_row(demo_engine, "person", {"name": NAME, "email": "annan@example.org"})
    with pytest.raises(AmbiguousPersonError) as info:
        find_person(EngineRows(demo_engine), NAME)
    message = str(info.value)
    assert f"id {visitor['id']}" in message and f"id {twin['id']}" in message
    assert "Hotell Hyttgården" in message and "give the id or uid" in message


def test_export_holds_everything_about_the_person(demo_engine, visitor, tmp_path) -> None:
    data = person_export(EngineRows(demo_engine), visitor["uid"])
    assert data["person"]["name"] == NAME and data["person"]["phone"] == "+46709876543"
    assert data["person"]["phone_display"] == "070-987 65 43"
    assert data["person"]["consent_on"] == "2026-01-10"
    assert data["organisation"]["orgnr"] == "557541-1243"
    assert [i["date"] for i in data["interactions"]] == ["2026-10-01", "2026-10-08"]
    assert all(i["took_part"] and i["other_participants"] == 1 for i in data["interactions"])
    assert "Jörgen" not in json.dumps(data, ensure_ascii=False)  # others are counted only
    assert len(data["tasks"]) == 1 and data["log"] == []
    json_path, html_path = export_person(demo_engine, EMAIL, tmp_path / "ut", note="per brev")
    assert json.loads(json_path.read_text(encoding="utf-8"))["person"]["email"] == EMAIL
    page = html_path.read_text(encoding="utf-8")
    assert NAME in page and "Konferensansvarig" in page and "<table>" in page
    assert NAME not in json_path.name and visitor["uid"] in json_path.name
    log = gdpr_log(EngineRows(demo_engine))
    assert [(e.action, e.person_uid) for e in log] == [("export", visitor["uid"])]
    assert "per brev" in log[0].note and NAME not in log[0].note


def test_export_finds_the_name_in_notes_whatever_its_case(demo_engine, visitor) -> None:
    hotel = load(demo_engine, "organisation", "demo-hotell-hyttgarden")
    insert_row(demo_engine, "interaction", {
        "organisation_id": hotel["id"], "occurred_on": date(2026, 10, 20), "kind": "samtal",
        "note": f"Ringde {NAME.lower()} om bokningen.", "person_ids": [2]})
    data = person_export(EngineRows(demo_engine), visitor["uid"])
    assert [i["date"] for i in data["interactions"]] == ["2026-10-01", "2026-10-08",
                                                         "2026-10-20"]
    assert not data["interactions"][2]["took_part"]


def test_the_page_escapes_what_was_typed(demo_engine) -> None:
    p = insert_row(demo_engine, "person", {"name": "<script>alert('x')</script> Ek",
                                           "notes": "a & b <b>fet</b>"})
    page = render_html(person_export(EngineRows(demo_engine), p["uid"]))
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert "a &amp; b &lt;b&gt;fet&lt;/b&gt;" in page


def test_erasure_keeps_interactions_and_removes_the_person_everywhere(
        demo_engine, visitor, tmp_path, backend) -> None:
    export_person(demo_engine, visitor["uid"], tmp_path / "ut")
    with demo_engine.connect() as conn:
        interactions = conn.execute(select(func.count()).select_from(m.Interaction)
                                    ).scalar_one()
    done = erase_person(demo_engine, NAME, note="begäran via e-post")
    assert (done.person_uid, done.interactions_kept) == (visitor["uid"], 2)
    assert done.texts_scrubbed >= 3 and done.file_cleaned == (backend == "sqlite")
    with demo_engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(m.Interaction)
                            ).scalar_one() == interactions
        notes = conn.execute(select(m.Interaction.note).where(
            m.Interaction.occurred_on.in_([date(2026, 10, 1), date(2026, 10, 8)]),
            m.Interaction.organisation_id == 1)).scalars().all()
        assert sorted(notes) == [f"Möte med {ERASED} om vinterkonferensen.",
                                 f"Skickade offerten till {ERASED}."]
        assert conn.execute(select(func.count()).select_from(m.interaction_person).where(
            m.interaction_person.c.person_id == visitor["id"])).scalar_one() == 0
        assert conn.execute(select(m.Task.title).where(m.Task.title.like("Ring %"))
                            ).scalar_one() == f"Ring {ERASED} ({ERASED})"
    log = gdpr_log(EngineRows(demo_engine))
    assert [(e.action, e.person_uid) for e in log] == [("erase", visitor["uid"]),
                                                      ("export", visitor["uid"])]
    assert "begäran via e-post" in log[0].note
    with pytest.raises(NotFoundError):
        erase_person(demo_engine, visitor["uid"])
    if backend != "sqlite":  # the server's (auto)vacuum reclaims old rows: no file to check
        assert "vacuum" in done.note
        return

    demo_engine.dispose()
    files = file_bytes(db_file(demo_engine))
    assert files, "the database file is there"
    for needle in (NAME, EMAIL, "+46709876543", "Qvarnström"):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            for name, data in files.items():
                assert needle.encode(encoding) not in data, (needle, encoding, name)
    assert len(files.get("demo.sqlite-wal", b"")) == 0


def test_only_the_whole_name_is_replaced_and_other_peoples_names_stay(demo_engine) -> None:
    p = insert_row(demo_engine, "person", {"name": "Anna  Berg", "email": ""})
    twin = insert_row(demo_engine, "person", {"name": "Anna Berg", "email": "ab@example.org"})
    insert_row(demo_engine, "organisation", {"name": "Anna Bergs Café",
                                             "notes": "Anna Berg ringer; Anna Bergström ej"})
    done = erase_person(demo_engine, p["uid"])
    assert done.texts_scrubbed == 1
    with demo_engine.connect() as conn:
        assert conn.execute(select(m.Organisation.notes).where(
            m.Organisation.name == "Anna Bergs Café")).scalar_one() == \
            f"{ERASED} ringer; Anna Bergström ej"
    assert load(demo_engine, "person", twin["uid"])["name"] == "Anna Berg"


def test_a_lone_first_name_is_not_scrubbed_from_texts(demo_engine) -> None:
    p = insert_row(demo_engine, "person", {"name": "Anna", "email": "anna@solo.example"})
    insert_row(demo_engine, "organisation", {"name": "Solo", "notes": "Anna (anna@solo.example)"})
    erase_person(demo_engine, p["uid"])
    with demo_engine.connect() as conn:
        assert conn.execute(select(m.Organisation.notes).where(
            m.Organisation.name == "Solo")).scalar_one() == f"Anna ({ERASED})"
