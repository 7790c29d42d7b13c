"""A trail's life: the one rule of what the public sees, the words `trail state` takes and
the refusal to delete a trail something refers to."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from destination_norberg.core.trail_life import (
    LifecycleError,
    TrailReferences,
    cli_word,
    delete_refusal,
    drawn_dashed,
    parse_lifecycle,
    public_trails,
    register_visible,
    shown_to_public,
)
from destination_norberg.core.vocab import TrailLifecycle as L


@dataclass(frozen=True)
class Row:
    name: str
    lifecycle: L


def test_only_open_trails_reach_the_public() -> None:
    rows = [Row("a", L.PLANNED), Row("b", L.BUILDING), Row("c", L.OPEN), Row("d", L.RETIRED)]
    assert [r.name for r in public_trails(rows)] == ["c"]
    assert [shown_to_public(s) for s in L] == [False, False, True, False]
    assert [register_visible(s, False) for s in L] == [True, True, True, False]
    assert all(register_visible(s, True) for s in L)
    assert [drawn_dashed(s) for s in L] == [True, True, False, False]


@pytest.mark.parametrize(("word", "state"), [
    ("planerad", L.PLANNED), ("under-byggnad", L.BUILDING), ("Under byggnad", L.BUILDING),
    ("under_byggnad", L.BUILDING), ("oppen", L.OPEN), ("Öppen", L.OPEN), ("open", L.OPEN),
    ("nedlagd", L.RETIRED), ("retired", L.RETIRED)])
def test_the_words_for_each_state(word: str, state: L) -> None:
    assert parse_lifecycle(word) is state
    assert parse_lifecycle(cli_word(state)) is state


def test_an_unknown_word_lists_the_choices() -> None:
    with pytest.raises(LifecycleError, match="planerad, under-byggnad, oppen, nedlagd"):
        parse_lifecycle("stängd")


def test_a_trail_something_refers_to_is_not_deleted() -> None:
    assert delete_refusal("Ny stig", TrailReferences()) is None
    text = delete_refusal("Gruvstigen", TrailReferences(reports=12, snow_targets=1))
    assert text is not None
    assert "12 report(s)" in text and "1 snow-guarantee target(s)" in text
    assert "race" not in text and "Retire" in text
