"""One person in free text, the Swedish way: genitive, lists, initials and phones by their
digits are replaced; a surname or first name alone is only reported for review."""

from __future__ import annotations

import pytest

from destination_norberg.core.erasure_text import ERASED, PersonMatcher, phone_digits

GRETA = PersonMatcher("Greta Zetterqvist", "greta.z@norberg-zz.example", "+46709876543")


@pytest.mark.parametrize("text", [
    "Greta Zetterqvist",
    "greta zetterqvist",
    "GRETA ZETTERQVIST",
    "Greta  Zetterqvist",
    "Greta\nZetterqvist",
    "Greta Zetterqvists",
    "Greta Zetterqvist's",
    "Zetterqvist, Greta",
    "Zetterqvist Greta",
    "Zetterqvist, Gretas",
    "G. Zetterqvist",
    "G.Zetterqvist",
    "G. Zetterqvists",
    "Zetterqvist, G.",
    "greta.z@norberg-zz.example",
    "GRETA.Z@NORBERG-ZZ.EXAMPLE",
    "0709876543",
    "070 987 65 43",
    "070-987 65 43",
    "070-9876543",
    "+46 70 987 65 43",
    "+46709876543",
    "+46 (0)70-987 65 43",
    "0046 70 987 65 43",
    "46709876543",
    "(070) 987 65 43",
    "070.987.65.43",
])
def test_each_written_form_is_replaced_whole(text: str) -> None:
    done = GRETA.scrub(f"Enligt {text}: ring.")
    assert done.text == f"Enligt {ERASED}: ring.", text
    assert len(done.replaced) == 1


def test_the_genitive_in_a_sentence() -> None:
    done = GRETA.scrub("Greta Zetterqvists förslag antogs; G. Zetterqvist ringer 070 987 65 43.")
    assert done.text == f"{ERASED} förslag antogs; {ERASED} ringer {ERASED}."
    assert [f.what for f in done.replaced] == ["name", "name", "phone"]
    assert done.might_remain == ()


@pytest.mark.parametrize("name, text", [
    ("Hans Ros", "Hans Ros förslag"),
    ("Hans Ros", "Hans Ros' förslag"),
    ("Felix Fox", "Felix Fox bil"),
    ("Ida Ruiz", "Ida Ruiz' cykel"),
])
def test_names_ending_in_s_x_z_take_no_extra_s(name: str, text: str) -> None:
    done = PersonMatcher(name).scrub(text)
    assert done.text.startswith(ERASED) and len(done.replaced) == 1, done.text


def test_a_sibilant_name_does_not_swallow_a_following_s_word() -> None:
    done = PersonMatcher("Hans Ros").scrub("Hans Ross kom")
    assert done.text == "Hans Ross kom" and done.replaced == ()


def test_middle_names_and_hyphens() -> None:
    anna = PersonMatcher("Anna Maria Qvarnström-Zettergren")
    for text in ("Anna Maria Qvarnström-Zettergren", "Anna Qvarnström-Zettergren",
                 "Maria Qvarnström–Zettergrens", "A. M. Qvarnström-Zettergren",
                 "A.M. Qvarnström-Zettergren", "Qvarnström-Zettergren, Anna Maria",
                 "Qvarnström-Zettergren, Maria", "ANNA MARIA QVARNSTRÖM-ZETTERGREN"):
        assert anna.scrub(text).text == ERASED, text


@pytest.mark.parametrize("text", [
    "Anna Bergström ringde",  # another surname
    "Johanna Berg ringde",  # another first name
    "Anna Bergman",
    "i Berg finns en sjö",  # a preposition is no initial
    "A Berg",  # no dot: not taken as an initial
    "anna.bergs@annan.example",
])
def test_other_people_and_words_stay(text: str) -> None:
    assert PersonMatcher("Anna Berg", "ab@example.org").scrub(text).text == text


def test_a_surname_or_first_name_alone_is_reported_not_replaced() -> None:
    done = GRETA.scrub("Zetterqvists hund. Greta kom. Mejla greta.z om det.")
    assert done.text == "Zetterqvists hund. Greta kom. Mejla greta.z om det."
    assert done.replaced == ()
    assert done.might_remain == ("Zetterqvists", "Greta", "greta.z")


def test_what_might_remain_is_looked_for_after_the_replacement() -> None:
    done = GRETA.scrub("Greta Zetterqvist och Zetterqvist")
    assert done.text == f"{ERASED} och Zetterqvist"
    assert done.might_remain == ("Zetterqvist",)


def test_a_one_word_name_is_never_replaced() -> None:
    anna = PersonMatcher("Anna", "anna@solo.example")
    done = anna.scrub("Anna (anna@solo.example)")
    assert done.text == f"Anna ({ERASED})" and done.might_remain == ("Anna",)


@pytest.mark.parametrize("text", [
    "0709876544",  # another number
    "10709876543",  # part of a longer number
    "0709876543 1",  # not: the boundary is the last digit
    "070987654",
])
def test_phones_are_matched_by_all_their_digits_only(text: str) -> None:
    done = GRETA.scrub(text)
    if text == "0709876543 1":
        assert done.text == f"{ERASED} 1"
    else:
        assert done.text == text


def test_a_landline_with_its_area_code() -> None:
    m = PersonMatcher("Lena Malm", phone="0223-123 45")
    for text in ("0223-123 45", "022312345", "(0223) 123 45", "+46 223 123 45"):
        assert m.scrub(text).text == ERASED, text


def test_decomposed_letters_are_found() -> None:
    m = PersonMatcher("Åsa Öberg")
    decomposed = "A\u030asa O\u0308berg ringde"
    assert m.scrub(decomposed).text == f"{ERASED} ringde"


def test_the_prefilter_holds_every_form() -> None:
    assert GRETA.prefilter == ["Greta", "Zetterqvist", "greta.z@norberg-zz.example",
                               "greta.z"]
    assert GRETA.phone_sequence == "709876543"


@pytest.mark.parametrize("phone, expect", [
    ("+46709876543", ("46", "709876543")),
    ("070-987 65 43", ("46", "709876543")),
    ("0046 70 987 65 43", ("46", "709876543")),
    ("+46 (0)70 987 65 43", ("46", "709876543")),
    ("+44 20 7946 0958", ("", "442079460958")),
    ("", ("", "")),
])
def test_phone_digits(phone: str, expect: tuple[str, str]) -> None:
    assert phone_digits(phone) == expect


def test_a_foreign_phone_needs_its_country_code() -> None:
    m = PersonMatcher("Jo Smith", phone="+44 20 7946 0958")
    assert m.scrub("+44 20 7946 0958").text == ERASED
    assert m.scrub("0044 20 7946 0958").text == ERASED


def test_brackets_around_a_number_stay() -> None:
    assert GRETA.scrub("Ring (070-987 65 43)").text == f"Ring ({ERASED})"
    assert GRETA.scrub("Ring (0709876543).").text == f"Ring ({ERASED})."
