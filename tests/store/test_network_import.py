"""Contacts imported in one transaction: matching, bad rows listed, strict imports that
write nothing, a second import that adds nothing, and undo."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text

from destination_norberg.core.contacts import ContactRow
from destination_norberg.store import models as m
from destination_norberg.store.network_import import import_contacts, undo_import
from destination_norberg.store.network_write import insert_row, load, update_row
from destination_norberg.store.planning_write import ConflictError

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 11, 26)


def counts(engine) -> tuple[int, int]:
    with engine.connect() as conn:
        return tuple(conn.execute(select(func.count()).select_from(t)).scalar_one()
                     for t in (m.Organisation, m.Person))


def dump(engine) -> list:
    with engine.connect() as conn:
        return [conn.execute(text(f"SELECT * FROM {t} ORDER BY id")).all()
                for t in ("organisation", "person")]


ROWS = [
    ContactRow(2, organisation="Malmens Vandrarhem", orgnr="557541-1243", category="boende",
               name="Lena Malm", role="Ägare", email="lena@malmen.example",
               phone="0223-123 45", street="Malmgatan 2", postal_code="738 30",
               city="Norberg", kommun="Norberg", tags=["Paket", "vandrarhem"]),
    ContactRow(3, organisation="malmens  vandrarhem", name="Olle Malm",
               email="olle@malmen.example"),  # the same organisation, spelled loosely
    ContactRow(4, organisation="Bageriet", email="info@bageriet.example"),  # no person's name
    ContactRow(5, organisation="Bageriet", orgnr="5568123456"),  # mistyped number
    ContactRow(6, name="Fristående Person", phone="+46 70 111 22 33"),  # no organisation
    ContactRow(7, organisation="Snickeriet", email="not-an-address"),
    ContactRow(8, organisation="Snickeriet", notes="Gör skyltar"),
]


def test_import_creates_matches_and_lists_bad_rows(engine) -> None:
    report = import_contacts(engine, ROWS, "kontakter.csv", today=TODAY)
    assert report.written and report.source_name == "kontakter.csv"
    assert (report.created_orgs, report.created_persons, report.matched_orgs) == (3, 4, 0)
    assert [n for n, _ in report.errors] == [5, 7]
    assert "5568123456"[:6] in report.errors[0][1] and "mistyped" in report.errors[0][1]
    assert "not an e-mail address" in report.errors[1][1]
    assert counts(engine) == (3, 4)
    with engine.connect() as conn:
        people = {r.name: r for r in conn.execute(select(m.Person))}
        orgs = {r.name: r for r in conn.execute(select(m.Organisation))}
    lena = people["Lena Malm"]
    assert (lena.phone, lena.legal_basis, lena.retention_review_on) == (
        "+4622312345", "berättigat intresse", date(2028, 11, 26))
    assert people["Olle Malm"].organisation_id == lena.organisation_id
    assert people["info@bageriet.example"].organisation_id == orgs["Bageriet"].id
    assert people["Fristående Person"].organisation_id is None
    assert orgs["Malmens Vandrarhem"].tags == "paket;vandrarhem"
    assert orgs["Snickeriet"].notes == "Gör skyltar"


def test_a_second_import_adds_nothing(engine) -> None:
    import_contacts(engine, ROWS, "a.csv", today=TODAY)
    before = dump(engine)
    again = import_contacts(engine, ROWS, "a.csv", today=TODAY)
    assert (again.created_orgs, again.created_persons, again.matched_orgs) == (0, 0, 3)
    assert [n for n, _ in again.skipped_persons] == [2, 3, 4, 6]
    assert "Lena Malm at Malmens Vandrarhem is already there" in again.skipped_persons[0][1]
    assert dump(engine) == before


def test_matching_by_orgnr_then_name(demo_engine) -> None:
    rows = [ContactRow(1, organisation="Hyttgården hotell (nytt namn)", orgnr="5575411243",
                       name="Ny Receptionist", email="reception@hyttgarden.example"),
            ContactRow(2, organisation="GRUVBAREN", name="Ny Bartender"),
            ContactRow(3, organisation="Gruvbaren", orgnr="556036-0793", name="Annan"),
            ContactRow(4, organisation="Hotell Hyttgården", name="Åsa Nilsson",
                       email="asa@hotell-hyttgarden.example")]
    report = import_contacts(demo_engine, rows, "x.csv", today=TODAY)
    # 1 by number, 2 by name; 3 has Gruvbaren's name but another number: another one
    assert (report.created_orgs, report.created_persons, report.matched_orgs) == (1, 3, 2)
    assert [n for n, _ in report.skipped_persons] == [4]
    other = [ContactRow(5, organisation="Hotell Hyttgården", orgnr="212000-0142",
                        name="Namne")]  # the name of one with another number: another one
    assert import_contacts(demo_engine, other, "y.csv", today=TODAY).created_orgs == 1


def test_within_one_file_a_later_number_completes_a_new_organisation(engine) -> None:
    rows = [ContactRow(1, organisation="Ny Butik", name="A"),
            ContactRow(2, organisation="Ny Butik", orgnr="556036-0793", name="B"),
            ContactRow(3, organisation="Annat Namn", orgnr="556036-0793", name="C")]
    report = import_contacts(engine, rows, "f.csv", today=TODAY)
    assert (report.created_orgs, report.created_persons) == (1, 3)
    with engine.connect() as conn:
        assert conn.execute(select(m.Organisation.orgnr)).scalar_one() == "556036-0793"


def test_strict_import_with_one_bad_row_writes_nothing(demo_engine) -> None:
    before = dump(demo_engine)
    report = import_contacts(demo_engine, ROWS, "a.csv", strict=True, today=TODAY)
    assert not report.written and [n for n, _ in report.errors] == [5, 7]
    assert report.created_org_uids == () and report.created_persons == 0
    assert dump(demo_engine) == before


def test_a_failing_write_leaves_nothing_half_imported(engine, monkeypatch) -> None:
    import destination_norberg.store.network_import as ni

    real = ni._bulk_insert

    def persons_fail(session, table, rows):
        if table.name == "person":
            raise ni.ContactError("disk full")  # any error after the organisations went in
        return real(session, table, rows)

    monkeypatch.setattr(ni, "_bulk_insert", persons_fail)
    with pytest.raises(ni.ContactError):
        import_contacts(engine, ROWS, "a.csv", today=TODAY)
    assert counts(engine) == (0, 0)


def test_too_long_values_are_bad_rows(engine) -> None:
    rows = [ContactRow(1, organisation="X" * 201)]
    report = import_contacts(engine, rows, "a.csv", today=TODAY)
    assert [r for _, r in report.errors] == ["The name is longer than 200 characters."]
    assert report.created_orgs == 0


def stored(engine) -> tuple[list, list]:
    with engine.connect() as conn:
        return (conn.execute(select(m.Organisation.name, m.Organisation.postal_code,
                                    m.Organisation.notes).order_by(m.Organisation.id)).all(),
                conn.execute(select(m.Person.name, m.Person.email, m.Person.phone,
                                    m.Person.notes).order_by(m.Person.id)).all())


def test_one_bad_field_keeps_the_person_and_flags_the_value(engine) -> None:
    """Issue 16: a phone number without area code or country, an Outlook extension alone, a
    North American number in a Swedish list, a US ZIP+4 — the person stays with name and
    e-mail; the value is kept as written (or in the notes) and reported to review."""
    rows = [ContactRow(2, name="Kim Kort", email="kim@example.se", phone="22 100"),
            ContactRow(3, name="Ola Ankn", email="ola@example.se", phone="300"),
            ContactRow(4, organisation="Raleigh Outfitters", name="John Doe",
                       email="john@example.com", phone="905-555-1234",
                       postal_code="27613-3502", city="Raleigh"),
            ContactRow(5, organisation="Toronto Trails", name="Jane Doe",
                       email="jane@example.com", phone="905-555-1234", country="Canada")]
    report = import_contacts(engine, rows, "a.csv", today=TODAY)
    assert report.errors == [] and report.created_persons == 4
    assert [(n, r.kind, r.value) for n, r in report.flagged] == [
        (2, "no_area_code", "22 100"), (3, "no_area_code", "300"),
        (4, "no_area_code", "905-555-1234"), (4, "postal_code", "27613-3502")]
    assert report.flagged[0][1].text() == ("“22 100” has no area code or +country: kept as "
                                           "written, to review.")
    orgs, persons = stored(engine)
    assert orgs == [("Raleigh Outfitters", "", "Postnummer: 27613-3502"),
                    ("Toronto Trails", "", "Land: Canada")]
    assert persons == [("Kim Kort", "kim@example.se", "22 100", ""),
                       ("Ola Ankn", "ola@example.se", "300", ""),
                       ("John Doe", "john@example.com", "905-555-1234", ""),
                       ("Jane Doe", "jane@example.com", "+19055551234", "")]
    again = import_contacts(engine, rows, "a.csv", today=TODAY)  # nothing new the second time
    assert (again.created_orgs, again.created_persons, len(again.skipped_persons)) == (0, 0, 4)


def test_phone_numbers_by_the_library_and_the_extension_kept(engine) -> None:
    rows = [ContactRow(1, name="A", phone="+46 0223 12345"),
            ContactRow(2, name="B", phone="010-123 45 67"),
            ContactRow(3, name="C", phone="0223-123 45 ankn. 12", notes="Kock")]
    report = import_contacts(engine, rows, "a.csv", today=TODAY)
    assert report.flagged == []
    assert stored(engine)[1] == [("A", "", "+4622312345", ""), ("B", "", "+46101234567", ""),
                                 ("C", "", "+4622312345", "Kock\nAnknytning: 12")]


def test_undo_deletes_exactly_what_was_created(demo_engine) -> None:
    before = dump(demo_engine)
    rows = [*ROWS, ContactRow(9, organisation="Gruvbaren", name="Ny Person")]
    report = import_contacts(demo_engine, rows, "a.csv", today=TODAY)
    assert report.matched_orgs == 2  # Hotell Hyttgården by its number, Gruvbaren by name
    undo_import(demo_engine, report)
    assert dump(demo_engine) == before


def test_undo_refuses_when_an_imported_row_was_edited_or_used(engine) -> None:
    report = import_contacts(engine, ROWS, "a.csv", today=TODAY)
    lena = load(engine, "person", report.created_person_uids[0])
    update_row(engine, "person", lena, {**lena, "role": "VD"})
    with pytest.raises(ConflictError, match="changed or used since"):
        undo_import(engine, report)
    assert counts(engine) == (3, 4)

    second = import_contacts(engine, [ContactRow(1, organisation="Helt Ny")], "b.csv",
                             today=TODAY)
    org = load(engine, "organisation", second.created_org_uids[0])
    insert_row(engine, "interaction", {"organisation_id": org["id"], "kind": "möte",
                                       "occurred_on": TODAY})
    with pytest.raises(ConflictError):
        undo_import(engine, second)
    assert counts(engine) == (4, 4)


def test_a_person_twice_in_one_file_is_added_once(engine) -> None:
    rows = [ContactRow(2, organisation="Bageriet", name="Bo", email="bo@bageriet.example"),
            ContactRow(3, organisation="Bageriet", name="Bo B.", email="BO@bageriet.example")]
    report = import_contacts(engine, rows, "a.csv", today=TODAY)
    assert report.created_persons == 1
    assert report.skipped_persons == [(3, "Bo B. at Bageriet is already on row 2.")]


def test_an_empty_row_is_a_bad_row(engine) -> None:
    report = import_contacts(engine, [ContactRow(1)], "a.csv", today=TODAY)
    assert report.errors == [(1, "The row names neither an organisation nor a person.")]
