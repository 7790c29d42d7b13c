"""The network read from the demo database: snapshot, one organisation, working lists,
duplicates and the rows for an export; the sqlite3 fast path and SQLAlchemy agree."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from destination_norberg.store.network_lists import (
    contacts_for_export,
    duplicates,
    follow_ups_due,
    not_contacted,
    retention_due,
)
from destination_norberg.store.network_read import (
    OrgRow,
    PersonRow,
    network_snapshot,
    organisation_detail,
)
from destination_norberg.store.network_write import insert_row, set_follow_up_done, update_row
from destination_norberg.store.rows import EngineRows, open_current_sqlite

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 11, 26)


@pytest.fixture
def fast(demo_url: str, demo_engine, backend):
    """The sqlite3 fast path on SQLite; on a server the same SQL through SQLAlchemy."""
    source = open_current_sqlite(demo_url) if backend == "sqlite" else EngineRows(demo_engine)
    assert source is not None
    yield source
    source.close()


def by_uid(snapshot, uid: str):
    return next(o for o in snapshot.organisations if o.uid == uid)


def test_snapshot_holds_the_whole_demo_network(fast) -> None:
    snap = network_snapshot(fast)
    # 98 contacts and (issue 19) 7 volunteers not in the network
    assert (len(snap.organisations), len(snap.persons)) == (60, 105)
    hotel = by_uid(snap, "demo-hotell-hyttgarden")
    assert hotel.orgnr == "557541-1243" and hotel.category == "boende"
    assert hotel.tags == ("paket", "engelbrektsloppet") and hotel.has_location
    assert hotel.person_names == "Jörgen Pettersson, Peter Norling, Åsa Nilsson"
    assert (hotel.person_count, hotel.interaction_count) == (3, 6)
    assert hotel.last_contact == date(2026, 8, 20)
    assert hotel.takes_part == 3  # two package components and one partnership
    # 250 from interactions.csv and (issue 20) the demo mailing's 11 messages sent
    assert sum(o.interaction_count for o in snap.organisations) == 250 + 11
    asa = next(p for p in snap.persons if p.uid == "demo-asa-nilsson")
    assert (asa.phone, asa.legal_basis, asa.retention_review_on) == (
        "+4622335075", "avtal", date(2028, 2, 24))


@pytest.mark.sqlite_only
def test_fast_path_and_sqlalchemy_agree(fast, demo_engine) -> None:
    slow = EngineRows(demo_engine)
    assert network_snapshot(fast) == network_snapshot(slow)
    for org_id in (1, 16, 56):
        assert organisation_detail(fast, org_id) == organisation_detail(slow, org_id)
    assert follow_ups_due(fast, TODAY) == follow_ups_due(slow, TODAY)
    assert not_contacted(fast, TODAY, 6) == not_contacted(slow, TODAY, 6)
    assert contacts_for_export(fast) == contacts_for_export(slow)


def test_next_follow_up_is_the_earliest_not_done(demo_engine) -> None:
    source = EngineRows(demo_engine)
    due = follow_ups_due(source, TODAY)
    assert due and all(f.interaction.follow_up_on <= TODAY and not
                       f.interaction.follow_up_done for f in due)
    assert [f.interaction.follow_up_on for f in due] == sorted(
        f.interaction.follow_up_on for f in due)
    snap = network_snapshot(source)
    for f in due:
        org = next(o for o in snap.organisations if o.id == f.interaction.organisation_id)
        assert org.next_follow_up is not None and org.next_follow_up <= \
            f.interaction.follow_up_on
        assert f.organisation_name == org.name
    ahead = follow_ups_due(source, TODAY, horizon_days=400)
    assert len(ahead) >= len(due)


def test_organisation_detail(fast) -> None:
    snap = network_snapshot(fast)
    kafe = by_uid(snap, "demo-kafe-gruvlyktan")
    detail = organisation_detail(fast, kafe.id)
    assert detail.organisation == kafe
    assert detail.values["uid"] == kafe.uid and detail.values["location"] is not None
    assert [p.organisation_id for p in detail.persons] == [kafe.id]
    days = [i.occurred_on for i in detail.interactions]
    assert days == sorted(days, reverse=True) and len(days) == 7
    assert all(len(i.person_ids) == len(i.person_names) for i in detail.interactions)
    assert {s.strak_name for s in detail.strak_stops} == {"Vinterstråket 2026/27",
                                                           "Sommarstråket 2027"}
    assert all(s.position >= 1 for s in detail.strak_stops)
    assert len(detail.packages) == 1 and detail.packages[0].package_title
    club = organisation_detail(fast, by_uid(snap, "demo-skidklubben").id)
    assert len(club.events) == 16 and club.events[0].starts_at.tzinfo is not None
    assert organisation_detail(fast, 99_999) is None


def test_not_contacted_lists_never_contacted_first(fast) -> None:
    quiet = not_contacted(fast, TODAY, 6)
    assert quiet[0].last_contact is None and quiet[0].uid == "demo-turistbyran"
    assert all(q.last_contact is None or q.last_contact < date(2026, 5, 26) for q in quiet)
    assert len(not_contacted(fast, TODAY, 0)) >= len(quiet)
    assert len(not_contacted(fast, TODAY, 120)) == 1  # only the never-contacted one


def test_retention_due(demo_engine) -> None:
    source = EngineRows(demo_engine)
    assert retention_due(source, TODAY) == []
    later = retention_due(source, date(2028, 3, 1))
    assert "Åsa Nilsson" in {r.name for r in later}
    assert all(r.retention_review_on <= date(2028, 3, 1) for r in later)
    insert_row(demo_engine, "person", {"name": "Utan Granskningsdag",
                                       "organisation_id": None})
    first = retention_due(source, TODAY)[0]
    assert (first.name, first.retention_review_on, first.organisation_name) == (
        "Utan Granskningsdag", None, "")


def test_duplicates_in_the_demo_and_after_a_second_entry(demo_engine) -> None:
    source = EngineRows(demo_engine)
    assert duplicates(source) == []
    dup = insert_row(demo_engine, "organisation", {"name": "Hotel Hyttgarden AB",
                                                   "orgnr": "", "category": "boende"})
    groups = duplicates(source)
    assert [(g.reason, g.ids) for g in groups] == [("name", (1, dup["id"]))]
    insert_row(demo_engine, "person", {"name": "Åsa N", "email": "asa@hotell-hyttgarden.example",
                                       "organisation_id": dup["id"]})
    reasons = {(g.kind, g.reason) for g in duplicates(source)}
    assert reasons == {("organisation", "email"), ("person", "email")}


def test_contacts_for_export(demo_engine) -> None:
    source = EngineRows(demo_engine)
    rows = contacts_for_export(source)
    assert len(rows) == 105  # 98 contacts and (issue 19) 7 volunteers
    asa = next(r for r in rows if r.name == "Åsa Nilsson")
    assert (asa.organisation, asa.orgnr, asa.phone, asa.tags) == (
        "Hotell Hyttgården", "557541-1243", "+4622335075", ["paket", "engelbrektsloppet"])
    insert_row(demo_engine, "organisation", {"name": "Ny Butik", "notes": "öppnar i vår"})
    insert_row(demo_engine, "person", {"name": "Ensam Kontakt", "email": "ensam@example.org"})
    rows = contacts_for_export(source)
    assert len(rows) == 107
    assert [r.source_row for r in rows] == list(range(1, 108))
    alone = next(r for r in rows if r.name == "Ensam Kontakt")
    assert alone.organisation == "" and alone.email == "ensam@example.org"
    assert (rows[-1].organisation, rows[-1].name, rows[-1].notes) == ("Ny Butik", "",
                                                                      "öppnar i vår")


def test_rows_are_frozen_dataclasses(fast) -> None:
    snap = network_snapshot(fast)
    for row, cls in ((snap.persons[0], PersonRow), (snap.organisations[0], OrgRow)):
        assert type(row) is cls and dataclasses.is_dataclass(row)
        with pytest.raises(dataclasses.FrozenInstanceError):
            row.name = "x"
        again = cls(*dataclasses.astuple(row))
        assert row == again and hash(row) == hash(again) and repr(row) == repr(again)


def test_what_was_read_is_what_an_edit_expects(demo_engine, fast) -> None:
    """The editor hands back the rows it read: detail values, person and interaction rows."""
    snap = network_snapshot(fast)
    hotel = organisation_detail(fast, by_uid(snap, "demo-hotell-hyttgarden").id)
    changed = update_row(demo_engine, "organisation", hotel.values,
                         {**hotel.values, "notes": "Ny anteckning"})
    assert changed["notes"] == "Ny anteckning"
    person = dataclasses.asdict(hotel.persons[0])
    assert update_row(demo_engine, "person", person, {**person, "role": "VD"})["role"] == "VD"
    interaction = dataclasses.asdict(hotel.interactions[0])
    done = set_follow_up_done(demo_engine, interaction, True)
    assert done["follow_up_done"] and done["person_ids"] == list(interaction["person_ids"])
