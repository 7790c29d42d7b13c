"""Network rules: names compared, duplicates found, days judged, values checked."""

from __future__ import annotations

import random
from datetime import date
from itertools import combinations

import pytest

from destination_norberg.core.contacts import ContactError
from destination_norberg.core.network import (
    NAME_THRESHOLD,
    clean_category,
    clean_interaction,
    clean_legal_basis,
    clean_organisation,
    clean_orgnr,
    clean_person,
    comparable_name,
    exact_name_key,
    find_duplicates,
    fold,
    follow_up_due,
    join_tags,
    months_back,
    name_similarity,
    not_contacted_since,
    retention_review_due,
    similar_pairs,
    split_tags,
    trigrams,
)

TODAY = date(2026, 11, 26)


# --- names ----------------------------------------------------------------------------------


def test_fold_is_for_comparison_only() -> None:
    assert fold("Åsa Öberg Ärlig Café") == "asa oberg arlig kafe"  # café = kafé (issue 16)


@pytest.mark.parametrize(("name", "expected"), [
    ("Hotell Hyttgården AB", "hotell hyttgarden"),
    ("Kafé Gruvlyktan i Norberg", "kafe gruvlyktan"),
    ("Norbergs Bowling & Padel", "bowling padel"),
    ("Bröderna Ek HB", "broderna ek"),
    ("Norberg AB", "norberg ab"),  # nothing but noise: kept whole, still comparable
    ("  Malmtaxi,  Norberg. ", "malmtaxi"),
])
def test_comparable_name_drops_noise(name: str, expected: str) -> None:
    assert comparable_name(name) == expected


def test_exact_key_ignores_case_and_spacing_only() -> None:
    assert exact_name_key("  Hotell   HYTTGÅRDEN ") == exact_name_key("hotell hyttgården")
    assert exact_name_key("Hotell Hyttgarden") != exact_name_key("Hotell Hyttgården")


def test_trigrams_are_per_word() -> None:
    assert trigrams("ab cd") == {" ab", "ab ", " cd", "cd "}
    assert trigrams("bageri malm") == trigrams("malm bageri")  # word order does not matter


def test_similarity_of_spellings_of_one_business() -> None:
    assert name_similarity("Hotell Hyttgården", "Hotel Hyttgarden AB") >= NAME_THRESHOLD
    assert name_similarity("Kafé Gruvlyktan", "Cafe Gruvlyktan") >= NAME_THRESHOLD
    assert name_similarity("Gruvlyktan Kafé", "Kafé Gruvlyktan i Norberg") == 1.0
    assert name_similarity("Norbergs Skidhyra", "Norbergs Skidskola") < NAME_THRESHOLD
    assert name_similarity("Kärrgruvans Stugby", "Kärrgruvans Hundspann") < NAME_THRESHOLD


def _brute(names: list[tuple[int, str]], threshold: float) -> list[tuple[int, int]]:
    out = []
    for (a, na), (b, nb) in combinations(names, 2):
        ta, tb = trigrams(comparable_name(na)), trigrams(comparable_name(nb))
        if ta and tb and len(ta & tb) / len(ta | tb) >= threshold - 1e-9:
            out.append((min(a, b), max(a, b)))
    return sorted(out)


@pytest.mark.parametrize("threshold", [0.3, 0.5, 0.6, 0.8, 1.0])
def test_prefix_filter_finds_exactly_the_pairs_brute_force_finds(threshold: float) -> None:
    rng = random.Random(1962)
    words = ["hotell", "hotel", "kafe", "café", "gruv", "lyktan", "malm", "bageri", "bagare",
             "slagg", "sten", "stenen", "norberg", "ab", "skid", "hyra", "skola", "ski"]
    names = [(i, " ".join(rng.choice(words) for _ in range(rng.randint(1, 3))))
             for i in range(250)]
    found = [(a, b) for a, b, _ in similar_pairs(names, threshold)]
    assert found == _brute(names, threshold)


def test_similar_pairs_of_demo_like_names() -> None:
    names = [(1, "Hotell Hyttgården"), (2, "Hotel Hyttgarden AB"), (3, "Gruvbaren"),
             (4, "Bio Lyktan"), (5, "")]
    assert [(a, b) for a, b, _ in similar_pairs(names)] == [(1, 2)]


# --- duplicates -----------------------------------------------------------------------------


def test_duplicates_by_orgnr_email_and_name() -> None:
    orgs = [(1, "Hotell Hyttgården", "557541-1243"), (2, "Hyttgårdens konferens", "5575411243"),
            (3, "Kafé Gruvlyktan", None), (4, "Cafe Gruvlyktan AB", None),
            (5, "Malmtaxi", None), (6, "Taxi i Bergslagen", None),
            (7, "Norbergs Skidklubb", "802969-6419"), (8, "Norbergs Skidklubb", "556036-0793")]
    persons = [(10, 5, "info@malmtaxi.example"), (11, 6, "INFO@malmtaxi.example"),
               (12, 3, "anna@example.org"), (13, 3, "Anna@example.org")]
    groups = find_duplicates(orgs, persons)
    assert [(g.kind, g.reason, g.ids, g.detail) for g in groups] == [
        ("organisation", "orgnr", (1, 2), "557541-1243"),
        ("organisation", "email", (5, 6), "info@malmtaxi.example"),
        ("organisation", "name", (3, 4), "Kafé Gruvlyktan / Cafe Gruvlyktan AB"),
        ("person", "email", (10, 11), "info@malmtaxi.example"),
        ("person", "email", (12, 13), "anna@example.org"),
    ]  # 7 and 8: same name, but two organisation numbers are two legal persons


def test_a_set_found_twice_is_listed_once_under_the_strongest_reason() -> None:
    orgs = [(1, "Hotell Hyttgården", "557541-1243"), (2, "Hotel Hyttgarden AB", "557541-1243")]
    groups = find_duplicates(orgs, [(5, 1, "a@b.se"), (6, 2, "a@b.se")])
    assert [(g.kind, g.reason, g.ids) for g in groups] == [
        ("organisation", "orgnr", (1, 2)), ("person", "email", (5, 6))]


def test_no_duplicates_among_distinct_names() -> None:
    orgs = [(1, "Gruvbaren", None), (2, "Bokboden Norberg", None), (3, "Yoga i Laven", None)]
    assert find_duplicates(orgs, [(1, 1, "a@b.se"), (2, 2, "c@d.se")]) == []


# --- days -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("today", "months", "expected"), [
    (date(2026, 11, 26), 6, date(2026, 5, 26)),
    (date(2026, 3, 31), 1, date(2026, 2, 28)),
    (date(2028, 3, 31), 1, date(2028, 2, 29)),
    (date(2026, 1, 15), 13, date(2024, 12, 15)),
    (date(2026, 1, 15), 0, date(2026, 1, 15)),
])
def test_months_back(today: date, months: int, expected: date) -> None:
    assert months_back(today, months) == expected


def test_months_back_refuses_negative() -> None:
    with pytest.raises(ValueError):
        months_back(TODAY, -1)


def test_follow_up_due() -> None:
    assert follow_up_due(date(2026, 11, 26), False, TODAY)
    assert follow_up_due(date(2026, 9, 1), False, TODAY)
    assert not follow_up_due(date(2026, 9, 1), True, TODAY)
    assert not follow_up_due(date(2026, 11, 27), False, TODAY)
    assert follow_up_due(date(2026, 11, 30), False, TODAY, horizon_days=7)
    assert not follow_up_due(None, False, TODAY)


def test_not_contacted_since() -> None:
    assert not_contacted_since(None, TODAY, 6)
    assert not_contacted_since(date(2026, 5, 25), TODAY, 6)
    assert not not_contacted_since(date(2026, 5, 26), TODAY, 6)


def test_retention_review_due() -> None:
    assert retention_review_due(None, TODAY)  # everyone needs a review day
    assert retention_review_due(TODAY, TODAY)
    assert not retention_review_due(date(2027, 1, 1), TODAY)


# --- values ---------------------------------------------------------------------------------


def test_orgnr_is_checked_and_formatted() -> None:
    assert clean_orgnr("5575411243") == "557541-1243"
    assert clean_orgnr(" 16557541-1243 ") == "557541-1243"
    assert clean_orgnr("") is None
    with pytest.raises(ContactError, match="557541-1244 is mistyped"):
        clean_orgnr("557541-1244")
    with pytest.raises(ContactError, match="needs ten digits"):
        clean_orgnr("55754-1243")


def test_vocabularies_accept_codes_and_plain_words() -> None:
    assert clean_category("Boende") == "boende"
    assert clean_category("lodging") == "boende"
    assert clean_category("") == "övrigt"
    assert clean_legal_basis("consent") == "samtycke"
    assert clean_legal_basis(None) == "berättigat intresse"
    with pytest.raises(ContactError, match="not a category; use one of: boende"):
        clean_category("rymdresor")


def test_tags() -> None:
    assert split_tags(" Paket; engelbrektsloppet,paket ;") == ["paket", "engelbrektsloppet"]
    assert join_tags(["Paket", "vinter", ""]) == "paket;vinter"
    assert split_tags(None) == []


def test_clean_person_normalises_and_refuses() -> None:
    p = clean_person({"name": " Åsa Nilsson ", "email": "Asa@Hotell.EXAMPLE",
                      "phone": "0223-350 75", "legal_basis": "avtal"})
    assert (p["name"], p["email"], p["phone"], p["legal_basis"]) == (
        "Åsa Nilsson", "Asa@hotell.example", "+4622335075", "avtal")
    with pytest.raises(ContactError, match="not an e-mail address"):
        clean_person({"name": "X", "email": "asa(at)hotell.se"})
    with pytest.raises(ContactError, match="needs a name"):
        clean_person({"name": "  "})
    with pytest.raises(ContactError, match="needs the day the consent was given"):
        clean_person({"name": "Per", "legal_basis": "samtycke"})
    assert clean_person({"name": "Per", "legal_basis": "samtycke", "consent_on": "2026-05-01",
                         })["consent_on"] == date(2026, 5, 1)
    with pytest.raises(ContactError, match="not a date like"):
        clean_person({"name": "Per", "retention_review_on": "i vår"})


def test_clean_organisation_and_interaction() -> None:
    o = clean_organisation({"name": "Gruvbaren", "tags": "Bar; Paket", "location": [1, 2],
                            "opening_hours": {"vinter": "16–23", "sommar": ""}})
    assert o["tags"] == ["bar", "paket"] and o["location"] == (1.0, 2.0)
    assert o["opening_hours"] == {"vinter": "16–23"} and o["category"] == "övrigt"
    i = clean_interaction({"organisation_id": 3, "occurred_on": TODAY, "kind": "call",
                           "person_ids": [5, 2, 5]})
    assert i["kind"] == "samtal" and i["person_ids"] == [2, 5]
    with pytest.raises(ContactError, match="belongs to an organisation"):
        clean_interaction({"occurred_on": TODAY, "kind": "möte"})
