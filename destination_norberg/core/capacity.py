"""Beds against visitors for an event: the one arithmetic behind the capacity view, the
overview's warning and `capacity --json` (issue 19).

Expected overnight visitors = participants (summed over the event's races)
  × the share of participants who stay overnight × (1 + companions per overnight participant),
rounded up. The defaults, settable per view and per command:

- `DEFAULT_OVERNIGHT_SHARE` = 0.5. Engelbrektsloppet's 60 km starts in the morning, so a
  starter who lives beyond day-trip distance (about 1½ hours by car: Västerås, Sala, Avesta,
  Falun, Borlänge, Köping, Arboga are inside it; Stockholm, Uppsala, Örebro, Gävle and
  beyond are not) sleeps near Norberg the night before. We have no registration data of
  the race to count from, so the default is an assumption, stated: the Stockholm–Uppsala
  region alone holds about a quarter of Sweden's people and sends many long-distance
  skiers, and with Örebro, Gävle and the rest of the country beyond day-trip distance about
  half the starters are assumed to sleep over; the half living in Västmanland and southern
  Dalarna drives in on the morning. After an import the capacity view shows by län where
  participants live, so the coordinator can set the share from the event's own figures.
- `DEFAULT_COMPANIONS` = 0.5: one companion (partner, parent of a junior, service person)
  for every second overnight starter — long-distance skiers often travel as a club group
  sharing a car, so most do not bring a non-racing companion, but families do.

Beds: each accommodation business's sleeping places for the event's season (its capacity
for that season, else its all-year figure) = beds + `PERSONS_PER_PITCH` per camping pitch
(cabins and rooms are counted through their beds). Allotments are beds held for packages;
they are visitors' beds too, so they are shown but not subtracted again. The shortfall is
expected visitors − sleeping places within the chosen distance (negative: a margin).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

DEFAULT_OVERNIGHT_SHARE = 0.5
DEFAULT_COMPANIONS = 0.5
DEFAULT_RADIUS_KM = 30.0
#: A winter camping pitch (caravan, motorhome) sleeps two.
PERSONS_PER_PITCH = 2
#: How many businesses the plan lists to call first.
CALL_FIRST = 5
#: Norberg's Torget in SWEREF 99 TM: the distance is measured from here when the event has
#: no place with a position.
NORBERG_CENTRE = (551300.0, 6658800.0)
HOME_KOMMUN = "norberg"


class CapacityInputError(ValueError):
    """An assumption out of range; the message is one plain sentence."""


@dataclass(frozen=True, slots=True)
class Assumptions:
    overnight_share: float = DEFAULT_OVERNIGHT_SHARE
    companions: float = DEFAULT_COMPANIONS
    radius_km: float = DEFAULT_RADIUS_KM

    def check(self) -> Assumptions:
        if not 0.0 <= self.overnight_share <= 1.0:
            raise CapacityInputError("The share staying overnight must be between 0 and 1.")
        if not 0.0 <= self.companions <= 10.0:
            raise CapacityInputError("Companions per visitor must be between 0 and 10.")
        if not 0.0 <= self.radius_km <= 500.0:
            raise CapacityInputError("The distance must be between 0 and 500 km.")
        return self


@dataclass(frozen=True, slots=True)
class Lodging:
    """An accommodation business with its capacity for the season in question."""

    organisation_id: int
    name: str
    kommun: str
    position: tuple[float, float] | None  # SWEREF 99 TM
    rooms: int = 0
    beds: int = 0
    cabins: int = 0
    pitches: int = 0
    allotment: int = 0
    distance_km: float | None = None

    @property
    def places(self) -> int:
        """Sleeping places: beds plus the pitches' persons."""
        return self.beds + PERSONS_PER_PITCH * self.pitches

    @property
    def free(self) -> int:
        """Places not held for packages."""
        return max(0, self.places - self.allotment)

    @property
    def in_home(self) -> bool:
        return self.kommun.strip().casefold() == HOME_KOMMUN


@dataclass(frozen=True, slots=True)
class CapacityPlan:
    event_id: int
    event_name: str
    event_name_en: str
    starts_at: datetime
    assumptions: Assumptions
    participants: dict[str, int]  # by race
    expected: int
    places_home: int
    places_within: int
    allotments: int
    lodgings: list[Lodging] = field(default_factory=list)  # within the radius, nearest first
    call_first: list[Lodging] = field(default_factory=list)

    @property
    def total_participants(self) -> int:
        return sum(self.participants.values())

    @property
    def shortfall(self) -> int:
        """Expected overnight visitors minus places within the distance (negative: margin)."""
        return self.expected - self.places_within


def expected_overnight(participants: Mapping[str, int], assumptions: Assumptions) -> int:
    """Participants × share staying overnight × (1 + companions), rounded up (a visitor
    is a whole person); a tiny tolerance keeps 0.5 × 3 × 2 from becoming 4 by float error."""
    total = sum(max(0, n) for n in participants.values())
    value = total * assumptions.overnight_share * (1.0 + assumptions.companions)
    return math.ceil(value - 1e-9)


def distance_km(a: tuple[float, float] | None, b: tuple[float, float]) -> float | None:
    """Straight-line distance in SWEREF 99 TM (a metric grid: within 0.1 % here)."""
    if a is None:
        return None
    return math.hypot(a[0] - b[0], a[1] - b[1]) / 1000.0


def plan(event_id: int, event_name: str, event_name_en: str, starts_at: datetime,
         participants: Mapping[str, int], lodgings: Sequence[Lodging],
         origin: tuple[float, float] | None, assumptions: Assumptions) -> CapacityPlan:
    """The capacity plan. A business without a position counts as within the distance when
    it is in Norberg (its address says so), else it is left out of the radius."""
    assumptions.check()
    centre = origin or NORBERG_CENTRE
    placed = [_with_distance(lodging, centre) for lodging in lodgings]
    within = [lg for lg in placed if _within(lg, assumptions.radius_km)]
    within.sort(key=lambda lg: (lg.distance_km if lg.distance_km is not None else 0.0,
                                lg.name))
    call = sorted((lg for lg in within if lg.free > 0),
                  key=lambda lg: (-lg.free, lg.distance_km or 0.0, lg.name))[:CALL_FIRST]
    return CapacityPlan(
        event_id=event_id, event_name=event_name, event_name_en=event_name_en,
        starts_at=starts_at, assumptions=assumptions, participants=dict(participants),
        expected=expected_overnight(participants, assumptions),
        places_home=sum(lg.places for lg in placed if lg.in_home),
        places_within=sum(lg.places for lg in within),
        allotments=sum(lg.allotment for lg in within),
        lodgings=within, call_first=call)


def _with_distance(lodging: Lodging, centre: tuple[float, float]) -> Lodging:
    from dataclasses import replace

    return replace(lodging, distance_km=distance_km(lodging.position, centre))


def _within(lodging: Lodging, radius_km: float) -> bool:
    if lodging.distance_km is None:
        return lodging.in_home
    return lodging.distance_km <= radius_km
