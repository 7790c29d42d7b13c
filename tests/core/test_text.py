"""core.text: the one fold for searching and the one Swedish order for sorting."""

from __future__ import annotations

import pytest

from destination_norberg.core import network, trail_register
from destination_norberg.core.text import fold, fold_words, sort_key, swedish_key


@pytest.mark.parametrize(("text", "folded"), [
    ("Östra Ängen", "ostra angen"),
    ("Kärrgruvan", "karrgruvan"),
    ("Ærø Straße", "aero strasse"),
    ("Åsa Öberg Ärlig Café", "asa oberg arlig cafe"),
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
    assert swedish_key("Müller") == swedish_key("Myller")  # ü files as y
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
