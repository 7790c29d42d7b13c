"""core.plain_text: control characters out, every field within its limit, cheaply."""

from __future__ import annotations

import time

import pytest

from destination_norberg.core.plain_text import (
    NAME_MAX,
    TEXT_MAX,
    clean,
    clean_value,
    shorten,
    strip_controls,
)

HOSTILE = "Gruv\x1b]0;pwned\x07slingan\x00 \x1b[2J\x9b31m"


def test_control_characters_are_removed_tab_and_line_breaks_kept() -> None:
    assert strip_controls(HOSTILE) == "Gruv]0;pwnedslingan [2J31m"
    assert strip_controls("a\tb\r\nc\rd\ne") == "a\tb\nc\nd\ne"
    assert strip_controls("a\nb", multiline=False) == "a b"
    assert strip_controls("Åre – Norberg € ½") == "Åre – Norberg € ½"  # not controls


def test_shorten_says_so() -> None:
    assert shorten("abc", 5) == ("abc", False)
    assert shorten("abcdefgh", 5) == ("abcd…", True)


@pytest.mark.parametrize(("limit", "multiline"), [(NAME_MAX, False), (TEXT_MAX, True)])
def test_a_huge_field_is_cut_in_one_cheap_pass(limit: int, multiline: bool) -> None:
    text = ("Engelbrektsloppet\x1b[31m\n" * 800_000)  # about 20 MB
    start = time.perf_counter()
    out, cut = clean(text, limit)
    assert time.perf_counter() - start < 1.0  # it never touches more than the head
    assert cut and len(out) == limit and out.endswith("…")
    assert "\x1b" not in out and ("\n" in out) is multiline


def test_clean_value_of_nothing() -> None:
    assert clean_value(None) == "" and clean_value("") == ""
    assert clean("  Torget  ") == ("  Torget  ", False)  # trimming is the importer's choice
