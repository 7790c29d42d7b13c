"""core.text: the one fold for searching and the one Swedish order for sorting."""

from __future__ import annotations

import pytest

from destination_norberg.core import network, trail_register
from destination_norberg.core.text import fold, fold_words, sort_key, swedish_key


@pytest.mark.parametrize(("text", "folded"), [
    ("Östra Ängen", "ostra angen"),
    ("Kärrgruvan", "karrgruvan"),
    ("Ærø Straße", "aero strasse"),
    ("Åsa Öberg Ärlig Café", "asa oberg arlig kafe"),
    ("Kafé Lokomotivet", "kafe lokomotivet"),
    ("ENGELBREKTSLOPPET", "engelbrektsloppet"),
    ("Łódź Đakovo", "lodz dakovo"),
    ("Crème brûlée", "creme brulee"),
    ("ṡnö", "sno"),  # beyond Latin Extended-B: decomposed, marks dropped
    ("", ""),
])
def test_fold_drops_case_and_accents(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_keeps_spacing_and_punctuation() -> None:
    assert fold("  Norberg  –  Torget_1 ") == "  norberg  –  torget_1 "


@pytest.mark.parametrize(("text", "words"), [
    ("Stängd ", "stangd"),
    ("fallen_trees", "fallen trees"),
    ("demo-hyttbacken", "demo hyttbacken"),
    ("  Mindre   problem\t", "mindre problem"),
])
def test_fold_words(text: str, words: str) -> None:
    assert fold_words(text) == words


def test_swedish_order_puts_a_ring_a_umlaut_o_umlaut_after_z() -> None:
    names = ["örn", "Ängen", "zebra", "Åsen", "abborre", "Ödmjuk", "ärlig", "åker", "Zeta"]
    assert sorted(names, key=swedish_key) == [
        "abborre", "zebra", "Zeta", "åker", "Åsen", "Ängen", "ärlig", "Ödmjuk", "örn"]
    # code points alone would put ä before å
    assert sorted(["å", "ä", "ö"]) == ["ä", "å", "ö"]
    assert sorted(["ä", "å", "ö"], key=swedish_key) == ["å", "ä", "ö"]


def test_swedish_order_ignores_case_and_files_other_letters_as_swedes_do() -> None:
    assert swedish_key("HYTTBACKEN") == swedish_key("hyttbacken")
    assert swedish_key("Café") == swedish_key("Cafe")  # é is an e
    assert swedish_key("Müller") == swedish_key("Muller")  # ü files as u (issue 16)
    assert swedish_key("Ærø") == swedish_key("Ärö")  # æ as ä, ø as ö
    assert sorted(["Öl", "Ølstue", "Oxen"], key=swedish_key) == ["Oxen", "Öl", "Ølstue"]


def test_sort_key_by_language() -> None:
    names = ["Ödmjuk", "Olle", "Ängen", "Anna", "zebra"]
    assert sorted(names, key=lambda n: sort_key(n, "sv")) == [
        "Anna", "Olle", "zebra", "Ängen", "Ödmjuk"]
    assert sorted(names, key=lambda n: sort_key(n, "en")) == [
        "Ängen", "Anna", "Ödmjuk", "Olle", "zebra"]


def test_the_domain_modules_use_the_one_implementation() -> None:
    assert network.fold is fold
    assert trail_register.swedish_key is swedish_key
    assert trail_register.fold_words is fold_words


def test_kafe_and_cafe_find_each_other() -> None:
    """Issue 16: "kafe" or "kafé" finds "Café Lokomotivet"; "cafe" finds "Kaféet"."""
    hay = fold("Café Lokomotivet")
    assert all(fold(typed) in hay for typed in ("kafe", "kafé", "Café", "cafe", "lokomotivet"))
    assert fold("cafe") in fold("Kaféet")


def test_accented_names_file_with_their_letter_and_a_a_o_last() -> None:
    """Issue 16: Émile with E, Über with U, å ä ö after z; Café under C, not K."""
    names = ["Über Ski", "Öberg", "Émile", "Zorn", "Åsa", "Ärla", "Eva", "Café Lokomotivet",
             "Ulla", "Fia", "Kafferepet", "Värdshuset"]
    assert sorted(names, key=swedish_key) == [
        "Café Lokomotivet", "Émile", "Eva", "Fia", "Kafferepet", "Über Ski", "Ulla",
        "Värdshuset", "Zorn", "Åsa", "Ärla", "Öberg"]
