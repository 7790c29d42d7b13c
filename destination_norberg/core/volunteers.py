"""Volunteers (funktionärer) of an event: shifts at places, the people on them, the gaps and
the clashes.

A shift is one role at one place of an event for a span of time (start and finish on
Torget 08:00–12:00, a depot, parking, the speaker, sjukvård) that needs a number of people.
People are persons of the network or of the volunteer list (persons without an organisation
whose legal basis is consent). The rules here are the one truth every view, the roster and
the command line show:

- a gap: a shift with fewer people than it needs (by how many);
- a clash: one person on two shifts whose times overlap (a shift ending at 12:00 and one
  starting at 12:00 do not clash). Travel time between places is not modelled: the issue
  asks to keep it simple.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import combinations

#: The usual places of a race (a hint for the window's place field; any text is allowed).
USUAL_PLACES = ("Start och mål", "Depå", "Kontroll", "Parkering", "Speaker", "Sjukvård")
#: The most people one shift may ask for (a typo of 1000 is caught).
MAX_NEEDED = 500


class VolunteerError(ValueError):
    """A shift that cannot be saved: the message says why (English; the window words its own)."""


@dataclass(frozen=True, slots=True)
class Assignee:
    """A person on a shift: from the network (with an organisation) or the volunteer list."""

    person_id: int
    uid: str
    name: str
    phone: str = ""
    email: str = ""
    organisation: str = ""


@dataclass(frozen=True, slots=True)
class Shift:
    id: int
    uid: str
    event_id: int
    place: str
    role: str
    starts_at: datetime  # aware, UTC
    ends_at: datetime
    needed: int
    note: str = ""
    people: tuple[Assignee, ...] = ()
    version: int = 1

    @property
    def missing(self) -> int:
        """How many more people the shift needs (0 when it is staffed)."""
        return max(0, self.needed - len(self.people))

    def overlaps(self, other: Shift) -> bool:
        return self.starts_at < other.ends_at and other.starts_at < self.ends_at


@dataclass(frozen=True, slots=True)
class Gap:
    shift: Shift
    missing: int


@dataclass(frozen=True, slots=True)
class Clash:
    """One person on two overlapping shifts (`first` starts no later than `second`)."""

    person: Assignee
    first: Shift
    second: Shift


@dataclass(frozen=True, slots=True)
class VolunteerPlan:
    """An event's shifts (by start, place, role) and the volunteer list (everyone who may be
    put on a shift without being in the network)."""

    event_id: int
    event_name: str
    shifts: tuple[Shift, ...]
    pool: tuple[Assignee, ...] = ()
    gaps: tuple[Gap, ...] = field(default=())
    clashes: tuple[Clash, ...] = field(default=())

    def people(self) -> list[Assignee]:
        """Everyone on at least one shift, by name."""
        seen: dict[int, Assignee] = {}
        for shift in self.shifts:
            for person in shift.people:
                seen.setdefault(person.person_id, person)
        return sorted(seen.values(), key=lambda p: (p.name.casefold(), p.person_id))

    def places(self) -> list[str]:
        return sorted({s.place for s in self.shifts}, key=str.casefold)

    def shifts_at(self, place: str) -> list[Shift]:
        return [s for s in self.shifts if s.place == place]

    def shifts_of(self, person_id: int) -> list[Shift]:
        return [s for s in self.shifts if any(p.person_id == person_id for p in s.people)]

    def clashing_shift_ids(self) -> set[int]:
        return {s.id for c in self.clashes for s in (c.first, c.second)}


def ordered(shifts: Iterable[Shift]) -> tuple[Shift, ...]:
    return tuple(sorted(shifts, key=lambda s: (s.starts_at, s.place.casefold(),
                                               s.role.casefold(), s.id)))


def gaps(shifts: Iterable[Shift]) -> tuple[Gap, ...]:
    """Each shift with fewer people than it needs, in time order."""
    return tuple(Gap(s, s.missing) for s in ordered(shifts) if s.missing > 0)


def clashes(shifts: Iterable[Shift]) -> tuple[Clash, ...]:
    """Each pair of overlapping shifts one person is on, by person then time."""
    by_person: dict[int, tuple[Assignee, list[Shift]]] = {}
    for shift in shifts:
        for person in shift.people:
            by_person.setdefault(person.person_id, (person, []))[1].append(shift)
    found: list[Clash] = []
    for person, theirs in sorted(by_person.values(), key=lambda v: (v[0].name.casefold(),
                                                                    v[0].person_id)):
        for a, b in combinations(ordered(theirs), 2):
            if a.overlaps(b):
                found.append(Clash(person, a, b))
    return tuple(found)


def plan(event_id: int, event_name: str, shifts: Iterable[Shift],
         pool: Sequence[Assignee] = ()) -> VolunteerPlan:
    """The plan with its gaps and clashes worked out."""
    all_shifts = ordered(shifts)
    return VolunteerPlan(event_id, event_name, all_shifts,
                         tuple(sorted(pool, key=lambda p: (p.name.casefold(), p.person_id))),
                         gaps(all_shifts), clashes(all_shifts))


def check_shift(place: str, role: str, starts_at: datetime, ends_at: datetime,
                needed: int) -> None:
    """VolunteerError when the shift cannot be saved."""
    if not place.strip():
        raise VolunteerError("A shift needs a place (e.g. Start och mål, Depå 1, Parkering).")
    if not role.strip():
        raise VolunteerError("A shift needs a role (e.g. Funktionär, Speaker, Sjukvårdare).")
    if starts_at.tzinfo is None or ends_at.tzinfo is None:
        raise VolunteerError("A shift's times must carry a time zone.")
    if ends_at <= starts_at:
        raise VolunteerError("A shift must end after it starts.")
    if not 0 <= needed <= MAX_NEEDED:
        raise VolunteerError(f"A shift needs between 0 and {MAX_NEEDED} people, not {needed}.")
