"""The volunteer rules: a gap is a shift short of people, a clash one person on two shifts
whose times overlap (touching shifts do not clash)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from destination_norberg.core.volunteers import (
    Assignee,
    Shift,
    VolunteerError,
    check_shift,
    clashes,
    gaps,
    plan,
)

ANNA = Assignee(1, "u-anna", "Anna Berg")
OLLE = Assignee(2, "u-olle", "Olle Kvist")
EVA = Assignee(3, "u-eva", "Eva Ström")


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2027, 2, 14, hour, minute, tzinfo=UTC)


def shift(sid: int, start: int, end: int, needed: int, *people: Assignee,
          place: str = "Torget") -> Shift:
    return Shift(sid, f"s{sid}", 1, place, "Funktionär", at(start), at(end), needed,
                 people=tuple(people))


def test_a_shift_with_fewer_people_than_it_needs_is_a_gap() -> None:
    short = shift(1, 8, 12, 3, ANNA)
    full = shift(2, 8, 12, 1, OLLE)
    over = shift(3, 8, 12, 1, EVA, ANNA)
    found = gaps([full, short, over])
    assert [(g.shift.id, g.missing) for g in found] == [(1, 2)]
    assert over.missing == 0


def test_overlapping_shifts_of_one_person_clash_touching_ones_do_not() -> None:
    morning = shift(1, 6, 10, 2, ANNA, OLLE, place="Parkering")
    start = shift(2, 7, 10, 2, ANNA, EVA)
    afternoon = shift(3, 10, 14, 1, OLLE)  # starts when the morning ends
    found = clashes([afternoon, start, morning])
    assert [(c.person.name, c.first.id, c.second.id) for c in found] == [("Anna Berg", 1, 2)]


def test_a_shift_inside_another_clashes_and_every_pair_is_listed() -> None:
    long = shift(1, 8, 16, 1, ANNA)
    inner = shift(2, 9, 10, 1, ANNA)
    later = shift(3, 12, 13, 1, ANNA)
    assert [(c.first.id, c.second.id) for c in clashes([long, inner, later])] == [(1, 2), (1, 3)]


def test_the_plan_orders_shifts_and_names_people_places_and_each_persons_shifts() -> None:
    p = plan(7, "Vintervecka", [shift(2, 12, 14, 1, OLLE, place="Depå"),
                                shift(1, 8, 10, 3, ANNA, OLLE)])
    assert [s.id for s in p.shifts] == [1, 2]
    assert [x.name for x in p.people()] == ["Anna Berg", "Olle Kvist"]
    assert p.places() == ["Depå", "Torget"]
    assert [s.id for s in p.shifts_of(2)] == [1, 2]
    assert [g.shift.id for g in p.gaps] == [1] and p.clashes == ()


@pytest.mark.parametrize(("place", "role", "start", "end", "needed", "says"), [
    ("", "Speaker", 8, 9, 1, "place"),
    ("Torget", " ", 8, 9, 1, "role"),
    ("Torget", "Speaker", 9, 9, 1, "end after"),
    ("Torget", "Speaker", 9, 8, 1, "end after"),
    ("Torget", "Speaker", 8, 9, -1, "between 0"),
    ("Torget", "Speaker", 8, 9, 5000, "between 0"),
])
def test_a_shift_that_cannot_be_saved_says_why(place, role, start, end, needed, says) -> None:
    with pytest.raises(VolunteerError, match=says):
        check_shift(place, role, at(start), at(end), needed)


def test_a_good_shift_passes_the_check() -> None:
    check_shift("Depå Kalkbro", "Depåvärd", at(9), at(13), 3)
