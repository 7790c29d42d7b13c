"""Go/no-go for the races of the Engelbrekt week: which course each race can run on.

A race has course variants in order of preference: its full course first (the whole distance in
one lap; for the long races on the natural-snow course), then loops run several times, fewer laps
first — as in 2023, when the
60 km ran as 3×20 km on the 20 km artificial-snow loop. A variant is possible when the natural
course is open (natural-course variants) or a ready loop is at least as long as the variant's
loop, within the km shown (0.05 km, `core.snow.MET_TOLERANCE_KM`); a longer loop is cut short.

The decision is taken `decision_days_before` race day. Before that, a main race with no possible
course is "wait" — cold nights may still come — and at or after it "no_go". The main race is the
first in the list. Reasons are (code, args) pairs; the GUI translates them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from destination_norberg.core.snow import MET_TOLERANCE_KM
from destination_norberg.core.snow_settings import DEFAULT_SETTINGS, SnowSettings

Reason = tuple[str, dict[str, Any]]
#: (loop name, length km, ready) as the track reports give them.
Loop = tuple[str, float, bool]


class Recommendation(StrEnum):
    GO = "go"  # every race on its preferred course
    GO_SHORTENED = "go_shortened"  # the main race runs; some race on a fallback or cancelled
    NO_GO = "no_go"  # decision day reached and the main race has no course
    WAIT = "wait"  # no course for the main race yet, but the decision is not due


# Per-race reason codes; each variant comes with its numbers too (`_course`: variant_km,
# variant_laps; preferred_km, preferred_laps).
PREFERRED_VARIANT = "preferred_variant"  # {variant, loop}
FALLBACK_VARIANT = "fallback_variant"  # {variant, preferred, loop, loop_km, laps}
NATURAL_COURSE_CLOSED = "natural_course_closed"  # {variant}
NO_READY_LOOP = "no_ready_loop"  # {variant, loop_km, longest_ready_km}
LOOP_NOT_READY = "loop_not_ready"  # {variant, loop}
RACE_IMPOSSIBLE = "race_impossible"  # {race}
# Week reason codes.
ALL_PREFERRED = "all_preferred"  # {}
RACES_ON_FALLBACK = "races_on_fallback"  # {races: [names]}
RACES_CANCELLED = "races_cancelled"  # {races: [names]}
MAIN_RACE_IMPOSSIBLE = "main_race_impossible"  # {race}
DECISION_DUE_IN = "decision_due_in"  # {days, decision_date}
DECISION_DATE_REACHED = "decision_date_reached"  # {decision_date}


@dataclass(frozen=True, slots=True)
class CourseVariant:
    name: str
    loop_km: float
    laps: int
    natural_course: bool = False  # on the natural-snow course, not a prepared loop
    loop_name: str | None = None  # only this loop will do (the sprint is on Torget)

    @property
    def distance_km(self) -> float:
        return self.loop_km * self.laps

    @property
    def is_full_course(self) -> bool:
        """The whole distance in one lap."""
        return self.laps == 1


@dataclass(frozen=True, slots=True)
class RaceNeed:
    name: str
    distance_km: float
    variants: tuple[CourseVariant, ...]

    def __post_init__(self) -> None:
        if not self.variants:
            raise ValueError(f"{self.name}: a race needs at least one course variant")

    def by_preference(self) -> list[CourseVariant]:
        """Full course (one lap) first, then fewer laps; at equal laps the natural-snow course
        before a prepared loop, then the listed order."""
        return sorted(self.variants, key=lambda v: (v.laps, not v.natural_course))


@dataclass(frozen=True, slots=True)
class RaceDecision:
    race: RaceNeed
    variant: CourseVariant | None  # the course it runs on; None: no course possible
    go: bool
    reasons: tuple[Reason, ...]
    loop: str | None = None  # the ready loop the variant uses (None: natural course or no go)

    @property
    def on_fallback(self) -> bool:
        return self.variant is not None and self.variant != self.race.by_preference()[0]


@dataclass(frozen=True, slots=True)
class GoNoGo:
    decision_date: date
    days_to_decision: int  # 0 on the decision day, negative after it
    per_race: tuple[RaceDecision, ...]
    recommendation: Recommendation
    reasons: tuple[Reason, ...]


def decision_date(race_day: date, settings: SnowSettings = DEFAULT_SETTINGS) -> date:
    return race_day - timedelta(days=settings.decision_days_before)


def _course(variant: CourseVariant, key: str = "variant") -> dict[str, object]:
    """A variant in a reason: its Swedish name (the command line prints it) and its numbers,
    which the window writes in its own language ("2.5 km" in English)."""
    return {key: variant.name, f"{key}_km": variant.loop_km, f"{key}_laps": variant.laps}


def _place(variant: CourseVariant, loops: Sequence[Loop],
           natural_course_open: bool) -> tuple[bool, str | None, Reason | None]:
    """Can this variant run? (possible, loop used, reason when not)."""
    if variant.natural_course:
        if natural_course_open:
            return True, None, None
        return False, None, (NATURAL_COURSE_CLOSED, {**_course(variant)})
    ready = [(name, km) for name, km, is_ready in loops if is_ready]
    if variant.loop_name is not None:
        ready = [(name, km) for name, km in ready if name == variant.loop_name]
        if not ready:
            return False, None, (LOOP_NOT_READY, {**_course(variant),
                                                  "loop": variant.loop_name})
    fits = [(km, name) for name, km in ready if km + MET_TOLERANCE_KM >= variant.loop_km]
    if fits:
        return True, min(fits)[1], None  # the shortest loop that is long enough
    longest = max((km for _, km in ready), default=0.0)
    return False, None, (NO_READY_LOOP, {**_course(variant), "loop_km": variant.loop_km,
                                         "longest_ready_km": longest})


def decide_race(race: RaceNeed, available_loops: Sequence[Loop],
                natural_course_open: bool) -> RaceDecision:
    """The most preferred possible variant, with why each better one is not possible."""
    reasons: list[Reason] = []
    preferred = race.by_preference()
    for variant in preferred:
        possible, loop, why = _place(variant, available_loops, natural_course_open)
        if not possible:
            if why is not None:
                reasons.append(why)
            continue
        if variant == preferred[0]:
            reasons.append((PREFERRED_VARIANT, {**_course(variant), "loop": loop}))
        else:
            reasons.append((FALLBACK_VARIANT, {**_course(variant),
                                               **_course(preferred[0], "preferred"),
                                               "loop": loop,
                                               "loop_km": variant.loop_km,
                                               "laps": variant.laps}))
        return RaceDecision(race=race, variant=variant, go=True, reasons=tuple(reasons),
                            loop=loop)
    reasons.append((RACE_IMPOSSIBLE, {"race": race.name}))
    return RaceDecision(race=race, variant=None, go=False, reasons=tuple(reasons))


def decide(races: Sequence[RaceNeed], available_loops: Sequence[Loop],
           natural_course_open: bool, race_day: date, today: date,
           settings: SnowSettings = DEFAULT_SETTINGS) -> GoNoGo:
    """The week's recommendation; the first race is the main race."""
    if not races:
        raise ValueError("no races to decide on")
    when = decision_date(race_day, settings)
    days = (when - today).days
    per_race = tuple(decide_race(r, available_loops, natural_course_open) for r in races)
    main = per_race[0]
    due: Reason = ((DECISION_DUE_IN, {"days": days, "decision_date": when}) if days > 0
                   else (DECISION_DATE_REACHED, {"decision_date": when}))
    reasons: list[Reason] = []
    if not main.go:
        recommendation = Recommendation.WAIT if days > 0 else Recommendation.NO_GO
        reasons.append((MAIN_RACE_IMPOSSIBLE, {"race": main.race.name}))
    else:
        fallback = [d.race.name for d in per_race if d.on_fallback]
        cancelled = [d.race.name for d in per_race if not d.go]
        if fallback:
            reasons.append((RACES_ON_FALLBACK, {"races": fallback}))
        if cancelled:
            reasons.append((RACES_CANCELLED, {"races": cancelled}))
        if reasons:
            recommendation = Recommendation.GO_SHORTENED
        else:
            recommendation = Recommendation.GO
            reasons.append((ALL_PREFERRED, {}))
    reasons.append(due)
    return GoNoGo(decision_date=when, days_to_decision=days, per_race=per_race,
                  recommendation=recommendation, reasons=tuple(reasons))


def course_name(loop_km: float, laps: int) -> str:
    """"60 km", "3×20 km", "2,5 km", "800 m": the Swedish way, as race names are written."""
    loop = (f"{loop_km * 1000:.0f} m" if loop_km < 1
            else f"{loop_km:g}".replace(".", ",") + " km")
    return loop if laps == 1 else f"{laps}×{loop}"


def race_need(name: str, courses: Sequence[tuple[float, int, bool, str | None]]) -> RaceNeed:
    """A race from its courses as stored: (loop km, laps, natural course, only this loop).

    Its distance is the longest course's; a fallback may be shorter (a 15 km lap cut from
    the 20 km loop) and says so in its name.
    """
    variants = tuple(CourseVariant(course_name(km, laps), km, laps, natural_course=natural,
                                   loop_name=loop) for km, laps, natural, loop in courses)
    distance = max((v.distance_km for v in variants), default=0.0)
    return RaceNeed(name, distance, variants)
