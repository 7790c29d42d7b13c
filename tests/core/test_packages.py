"""The package rules without a database: prices, the partner language, finding a package or
a partner by name, the programme, and what makes a version."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from destination_norberg.core.events import EventRecord
from destination_norberg.core.package_versions import (
    content_hash,
    edited_content,
    package_content,
    revision_to_send,
    snapshot_hash,
    stored_fields,
    validate,
)
from destination_norberg.core.packages import (
    Contact,
    PackageDetail,
    PackageError,
    PackageLookupError,
    PartnerLookupError,
    PartnerRow,
    find_partner,
    match_package,
    money,
    partner_language,
    per_person,
    select_programme,
    total_of,
)


@pytest.mark.parametrize(("total", "basis", "each"), [
    ("4405.00", 2, "2203"), ("100.00", 3, "33"), ("100.00", 0, "100"), ("99.50", 1, "100"),
    ("0.00", 4, "0")])
def test_price_per_person_is_whole_kronor_halves_up(total, basis, each) -> None:
    assert per_person(Decimal(total), basis) == Decimal(each)


def test_select_programme_without_an_event_is_empty() -> None:
    assert select_programme([], None, None, None) == []


def test_partner_language_rule() -> None:
    assert partner_language("paket;engelbrektsloppet") == "sv"
    assert partner_language("paket; English") == "en"
    assert partner_language(["lang:en"]) == "en"
    assert partner_language("") == "sv"


def test_totals_keep_ore_and_refuse_what_is_not_a_price() -> None:
    assert total_of([750, "1195.5", 0.1, None]) == Decimal("1945.60")
    assert money(85.5) == Decimal("85.50")
    with pytest.raises(PackageError, match="not a price"):
        money("abc")


FOUND = [(1, "uid-a", "Engelbrektsloppet-helg 2027", "Engelbrektsloppet weekend 2027"),
         (2, "uid-b", "Vinterstråket & skidpremiär", ""),
         (3, "uid-c", "Engelbrektsloppet-paket light", "")]


def test_match_package_by_id_uid_title_or_unique_start() -> None:
    assert match_package(FOUND, "2") == 2
    assert match_package(FOUND, "uid-c") == 3
    assert match_package(FOUND, "engelbrektsloppet weekend 2027") == 1
    assert match_package(FOUND, "VINTERSTRAKET") == 2  # accents and case do not matter
    with pytest.raises(PackageLookupError, match="matches 2 packages"):
        match_package(FOUND, "engelbrektsloppet")
    with pytest.raises(PackageLookupError, match="no package “nothing”"):
        match_package(FOUND, "nothing")
    with pytest.raises(PackageLookupError, match="Name a package"):
        match_package(FOUND, " ")


def _detail(*partners: PartnerRow) -> PackageDetail:
    return PackageDetail(
        id=1, uid="p", version=1, revision=1, title_sv="Helg", title_en="", text_sv="",
        text_en="", valid_from=None, valid_to=None, price_basis_persons=2, event=None,
        event_place=None, programme=(), components=(), partners=partners, routes=(),
        dispatches=(), content_hash="x")


def test_find_partner_by_id_uid_or_name() -> None:
    glid = PartnerRow(Contact(5, "org-5", "Glidresor AB"), "sv")
    glad = PartnerRow(Contact(6, "org-6", "Gladresor AB"), "en")
    detail = _detail(glid, glad)
    assert find_partner(detail, "6") is glad
    assert find_partner(detail, "org-5") is glid
    assert find_partner(detail, "glid") is glid
    with pytest.raises(PartnerLookupError, match="matches 2 partners"):
        find_partner(detail, "g")
    with pytest.raises(PartnerLookupError, match="not a partner of “Helg”"):
        find_partner(detail, "Hotell")


def _event(id_: int, parent: int | None, start: datetime, name: str) -> EventRecord:
    return EventRecord(id=id_, uid=f"e{id_}", name_sv=name, kind="lopp", status="planerad",
                       starts_at=start, parent_id=parent)


def test_the_programme_takes_the_larger_events_items_on_the_validity_days() -> None:
    week = _event(1, None, datetime(2027, 2, 8, 8, tzinfo=UTC), "Vintervecka")
    race = _event(2, 1, datetime(2027, 2, 13, 8, tzinfo=UTC), "Loppet")
    party = _event(3, 1, datetime(2027, 2, 12, 17, tzinfo=UTC), "Pastaparty")
    opening = _event(4, 1, datetime(2027, 2, 8, 17, tzinfo=UTC), "Invigning")
    chosen = select_programme([week, race, party, opening], race, date(2027, 2, 12),
                              date(2027, 2, 14))
    assert [e.name_sv for e in chosen] == ["Pastaparty", "Loppet"]


def test_content_and_its_hash_ignore_the_partners_and_the_form_of_values() -> None:
    fields = {"title_sv": "Helg", "valid_from": "2027-02-12 00:00:00",
              "price_basis_persons": 2}
    as_dates = {**fields, "valid_from": date(2027, 2, 12)}
    comps = [{"kind": "boende", "price_sek": 750}]
    a = package_content(fields, comps)
    b = package_content(as_dates, [{"kind": "boende", "price_sek": "750.00"}])
    assert a == b and a["valid_from"] == "2027-02-12"
    assert content_hash(a) == content_hash(b)
    assert snapshot_hash(json.dumps({"content": a})) == content_hash(a)
    assert snapshot_hash({"no": "content"}) is None and snapshot_hash("not json") is None
    changed = package_content(fields, [{"kind": "boende", "price_sek": 800}])
    assert content_hash(changed) != content_hash(a)
    assert edited_content({**fields, "partner_ids": [3, 1, 3]})["partner_ids"] == [1, 3]


def test_a_changed_content_is_sent_as_the_next_revision() -> None:
    sent = {"content": package_content({"title_sv": "Helg"}, [])}
    changed = {"content": package_content({"title_sv": "Helgen"}, [])}
    assert revision_to_send(1, None, None, sent) == 1  # the first dispatch
    assert revision_to_send(None, None, None, sent) == 1
    assert revision_to_send(2, 2, json.dumps(sent), sent) == 2  # unchanged: the same version
    assert revision_to_send(2, 2, json.dumps(sent), changed) == 3
    assert revision_to_send(1, 4, sent, changed) == 5  # never below a version already sent


def test_stored_fields_trim_the_title_and_never_hold_none_texts() -> None:
    out = stored_fields({"title_sv": "  Helg ", "price_basis_persons": 2})
    assert out["title_sv"] == "Helg" and out["text_en"] == "" and out["title_en"] == ""
    assert out["event_id"] is None and out["price_basis_persons"] == 2


@pytest.mark.parametrize(("change", "message"), [
    ({"title_sv": "  "}, "Swedish title"),
    ({"price_basis_persons": True}, "at least one"),
    ({"valid_from": "2027-01-01"}, "not a date"),
    ({"valid_to": date(2026, 1, 1)}, "before it is valid from"),
    ({"components": [{"kind": "helikopter", "price_sek": 1}]}, "kind “helikopter”"),
    ({"components": [{"kind": "boende", "price_sek": -5}]}, "negative price"),
    ({"components": [{"kind": "boende", "price_sek": 5, "capacity": 1.5}]}, "capacity"),
])
def test_validate_refuses_what_no_package_may_hold(change, message) -> None:
    good = {"title_sv": "Helg", "price_basis_persons": 2, "valid_from": date(2027, 1, 9),
            "valid_to": date(2027, 3, 27),
            "components": [{"kind": "boende", "price_sek": 5, "capacity": 3}]}
    validate(good)
    with pytest.raises(PackageError, match=message):
        validate({**good, **change})
