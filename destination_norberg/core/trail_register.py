"""The trail register: every trail with its grade, its newest report and what that report means.

Pure domain code (no SQL, no Qt): the store reads trails and reports and hands them here as
plain records; the command line and the window show the `TrailRow`s this module builds.

- A trail's status is that of its newest report; a report older than `stale_days` (or none at
  all) is a warning in itself (core.trails).
- For ski tracks the key figure is the time since the last grooming, in age bands.
- Reports are facts in time: a change is a new report (`ReportDraft`), never an edit.
- Lengths: `geodesic_length_m` and the SWEREF 99 TM → WGS 84 conversion live in core.geodesy
  and are re-exported here.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TypeVar

# The geodesy moved to core.geodesy; its names stay importable from here.
from destination_norberg.core.geodesy import geodesic_length_m as geodesic_length_m
from destination_norberg.core.geodesy import sweref99tm_to_wgs84 as sweref99tm_to_wgs84
from destination_norberg.core.geodesy import vincenty_m as vincenty_m
from destination_norberg.core.text import fold_words, swedish_key
from destination_norberg.core.trails import DEFAULT_STALE_DAYS, grooming_band
from destination_norberg.core.vocab import (
    IMBA_FOR_COLOUR,
    Condition,
    GradeColour,
    GroomStyle,
    TrailKind,
    TrailLifecycle,
    TrailStatus,
)

#: The longest author name the store keeps (trail_report.author is VARCHAR(120)).
AUTHOR_MAX = 120
#: A snow depth beyond this is a typing mistake, not a measurement.
DEPTH_MAX_CM = 500.0


class ReportError(ValueError):
    """A report that cannot be saved, worded for the user (one sentence)."""


class TrailLookupError(LookupError):
    """No trail, or more than one, matches what the user typed (one sentence)."""

    def __str__(self) -> str:  # LookupError would quote the message like a dict key
        return str(self.args[0]) if self.args else "no such trail"


# --- records -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TrailRecord:
    """A trail as the register needs it (no geometry: the length is stored with it)."""

    id: int
    uid: str
    name: str
    kind: TrailKind
    grade_colour: GradeColour | None = None
    imba: int | None = None
    mtb_scale: int | None = None
    mtb_scale_imba: int | None = None
    area: str = ""
    length_m: float = 0.0
    lifecycle: TrailLifecycle = TrailLifecycle.OPEN


@dataclass(frozen=True, slots=True)
class ReportRecord:
    """A stored condition report."""

    id: int
    trail_id: int
    reported_at: datetime
    status: TrailStatus
    condition: Condition | None = None
    groomed_at: datetime | None = None
    groom_style: GroomStyle | None = None
    snow_depth_cm: float | None = None
    author: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class ReportDraft:
    """A new report, validated, not yet stored."""

    trail_id: int
    reported_at: datetime
    status: TrailStatus
    condition: Condition | None = None
    groomed_at: datetime | None = None
    groom_style: GroomStyle | None = None
    snow_depth_cm: float | None = None
    author: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class TrailRow:
    """One line of the register: a trail and what its newest report says, as of `now`."""

    id: int
    uid: str
    name: str
    kind: TrailKind
    grade_colour: GradeColour | None
    imba: int | None
    mtb_scale: int | None
    mtb_scale_imba: int | None
    area: str
    length_m: float
    status: TrailStatus | None          # None: never reported
    condition: Condition | None
    reported_at: datetime | None
    report_age_days: float | None       # exact age in days (not rounded)
    stale: bool                         # never reported, or older than stale_days
    groomed_at: datetime | None         # the last grooming reported (ski tracks)
    grooming_band: str | None           # "today", "1-3", … "older"; None: never groomed
    groom_style: GroomStyle | None
    snow_depth_cm: float | None
    author: str
    note: str
    lifecycle: TrailLifecycle = TrailLifecycle.OPEN  # planned, being built, open, retired

    @property
    def grade_consistent(self) -> bool:
        return grade_consistent(self.grade_colour, self.imba)


# --- the register --------------------------------------------------------------------------


def _check_aware(now: datetime) -> None:
    if now.tzinfo is None:
        raise ValueError("`now` must be an aware datetime (UTC)")


def is_stale(reported_at: datetime | None, now: datetime,
             stale_days: int = DEFAULT_STALE_DAYS) -> bool:
    """The rule of core.trails.TrailState.is_stale: none, or older than `stale_days` days."""
    return reported_at is None or now - reported_at > timedelta(days=stale_days)


def register_rows(trails: Iterable[TrailRecord], newest_reports: Mapping[int, ReportRecord],
                  now: datetime, stale_days: int = DEFAULT_STALE_DAYS,
                  last_groomings: Mapping[int, ReportRecord] | None = None) -> list[TrailRow]:
    """One `TrailRow` per trail, in Swedish name order.

    `newest_reports` maps a trail id to its newest report up to `now` (trails without one are
    listed as never reported). `last_groomings` maps a trail id to its newest report that
    carries a grooming; when it is not given, the newest report's grooming is taken.
    """
    _check_aware(now)
    if stale_days < 0:
        raise ValueError("stale_days cannot be negative")
    out: list[TrailRow] = []
    for t in trails:
        r = newest_reports.get(t.id)
        g = (last_groomings or {}).get(t.id, r)
        if g is not None and g.groomed_at is None:
            g = None
        age = None if r is None else now - r.reported_at
        out.append(TrailRow(
            id=t.id, uid=t.uid, name=t.name, kind=t.kind, grade_colour=t.grade_colour,
            imba=t.imba, mtb_scale=t.mtb_scale, mtb_scale_imba=t.mtb_scale_imba, area=t.area,
            length_m=t.length_m,
            status=r.status if r else None, condition=r.condition if r else None,
            reported_at=r.reported_at if r else None,
            report_age_days=None if age is None else age.total_seconds() / 86400,
            stale=is_stale(r.reported_at if r else None, now, stale_days),
            groomed_at=g.groomed_at if g else None,
            grooming_band=grooming_band(g.groomed_at, now) if g else None,
            groom_style=g.groom_style if g else None,
            snow_depth_cm=r.snow_depth_cm if r else None,
            author=r.author if r else "", note=r.note if r else "",
            lifecycle=t.lifecycle))
    out.sort(key=lambda row: (swedish_key(row.name), row.id))
    return out


# --- grades --------------------------------------------------------------------------------


def grade_consistent(colour: GradeColour | str | None, imba: int | None) -> bool:
    """Does the Swedish colour agree with the IMBA level (grön 1, blå 2, röd 3, svart 4)?

    A grade that is only half given is not inconsistent; an unknown colour is.
    """
    if colour is None or imba is None:
        return True
    try:
        known = GradeColour(colour)
    except ValueError:
        return False
    return IMBA_FOR_COLOUR[known] == imba


def grade_problems(colour: GradeColour | str | None, imba: int | None, mtb_scale: int | None,
                   mtb_scale_imba: int | None) -> list[str]:
    """Sentences for every grade value that is out of range or disagrees with the others."""
    problems: list[str] = []
    if colour is not None and colour not in {c.value for c in GradeColour}:
        problems.append(f"The grade colour “{colour}” is not one of grön, blå, röd, svart.")
    if imba is not None and not 1 <= imba <= 4:
        problems.append(f"The IMBA level {imba} is outside 1–4.")
    if mtb_scale is not None and not 0 <= mtb_scale <= 6:
        problems.append(f"mtb:scale {mtb_scale} is outside 0–6.")
    if mtb_scale_imba is not None and not 0 <= mtb_scale_imba <= 4:
        problems.append(f"mtb:scale:imba {mtb_scale_imba} is outside 0–4.")
    if not problems and not grade_consistent(colour, imba):
        problems.append(f"The colour {colour} means IMBA level "
                        f"{IMBA_FOR_COLOUR[GradeColour(colour)]}, not {imba}.")  # type: ignore[arg-type]
    return problems


# --- words the user types ------------------------------------------------------------------


#: The words accepted for each code: English first, then Swedish, then other spellings.
_STATUS_WORDS: dict[TrailStatus, tuple[str, ...]] = {
    TrailStatus.CLEAR: ("clear", "öppen", "öppet", "open"),
    TrailStatus.MINOR: ("minor", "mindre problem", "minor issue"),
    TrailStatus.SIGNIFICANT: ("significant", "betydande problem", "significant issue"),
    TrailStatus.CLOSED: ("closed", "stängd", "stängt"),
}

_CONDITION_WORDS: dict[Condition, tuple[str, ...]] = {
    Condition.DRY: ("dry", "torr", "torrt"),
    Condition.WET: ("wet", "blöt", "blött"),
    Condition.MUDDY: ("muddy", "lerig", "lerigt"),
    Condition.SNOW: ("snow", "snö"),
    Condition.ICY: ("icy", "isig", "isigt"),
    Condition.PACKED: ("packed", "packad", "packat"),
    Condition.FROZEN: ("frozen", "frusen", "fruset"),
    Condition.LEAVES: ("leaves", "löv"),
    Condition.FALLEN_TREES: ("fallen_trees", "nedfallna träd", "fallen trees"),
}

_STYLE_WORDS: dict[GroomStyle, tuple[str, ...]] = {
    GroomStyle.CLASSIC: ("classic", "klassisk", "klassiskt"),
    GroomStyle.SKATE: ("skate", "skating", "fristil"),
    GroomStyle.BOTH: ("both", "båda", "bägge"),
}


_Word = TypeVar("_Word")


def _lookup(words: Mapping[_Word, tuple[str, ...]], text: str) -> _Word | None:
    wanted = fold_words(text)
    for value, names in words.items():
        if wanted in {fold_words(n) for n in names}:
            return value
    return None


def _choices(words: Mapping[Any, tuple[str, ...]]) -> str:
    pairs = [f"{names[0]}/{names[1]}" for names in words.values()]  # English/Swedish
    return ", ".join(pairs[:-1]) + " or " + pairs[-1]


def parse_status(text: str | TrailStatus) -> TrailStatus:
    """'öppen', 'Clear', 'mindre problem', 'closed' … → TrailStatus; ReportError otherwise."""
    if isinstance(text, TrailStatus):
        return text
    found = _lookup(_STATUS_WORDS, text or "")
    if found is None:
        raise ReportError(f"Unknown trail status “{text}”: use {_choices(_STATUS_WORDS)}.")
    return found


def parse_condition(text: str | Condition | None) -> Condition | None:
    """'lerig', 'muddy', 'nedfallna träd' … → Condition; empty → None; ReportError otherwise."""
    if text is None or isinstance(text, Condition):
        return text
    if not text.strip():
        return None
    found = _lookup(_CONDITION_WORDS, text)
    if found is None:
        raise ReportError(f"Unknown trail condition “{text}”: use "
                          f"{_choices(_CONDITION_WORDS)}.")
    return found


def parse_style(text: str | GroomStyle | None) -> GroomStyle | None:
    if text is None or isinstance(text, GroomStyle):
        return text
    if not text.strip():
        return None
    found = _lookup(_STYLE_WORDS, text)
    if found is None:
        raise ReportError(f"Unknown grooming style “{text}”: use classic/klassisk, "
                          "skate/fristil or both/båda.")
    return found


def _author(author: str | None) -> str:
    value = " ".join((author or "").split())
    if len(value) > AUTHOR_MAX:
        raise ReportError(f"The author name is {len(value)} characters long; at most "
                          f"{AUTHOR_MAX} are kept.")
    return value


def _depth(depth_cm: float | None) -> float | None:
    if depth_cm is None:
        return None
    value = float(depth_cm)
    if not math.isfinite(value) or not 0 <= value <= DEPTH_MAX_CM:
        raise ReportError(f"A snow depth of {depth_cm} cm is not possible: give 0–"
                          f"{DEPTH_MAX_CM:.0f} cm.")
    return value


def new_report(trail: TrailRecord, status: str | TrailStatus, now: datetime, *,
               condition: str | Condition | None = None, note: str | None = None,
               author: str | None = None, groomed: bool = False,
               style: str | GroomStyle | None = None,
               depth_cm: float | None = None) -> ReportDraft:
    """One validated report for one trail, reported at `now`.

    `groomed` (ski tracks only) records a grooming at `now` in `style`; without a style the
    track's own (classic or skate) is taken.
    """
    _check_aware(now)
    parsed_style = parse_style(style)
    if groomed and not trail.kind.is_ski:
        raise ReportError(f"Only ski tracks are groomed; {trail.name} is not one "
                          f"({trail.kind.value}).")
    if parsed_style is not None and not groomed:
        raise ReportError("A grooming style goes with a grooming: add --groomed, or leave out "
                          "the style.")
    if groomed and parsed_style is None:
        parsed_style = (GroomStyle.SKATE if trail.kind is TrailKind.SKATE_SKI
                        else GroomStyle.CLASSIC)
    return ReportDraft(
        trail_id=trail.id, reported_at=now, status=parse_status(status),
        condition=parse_condition(condition), groomed_at=now if groomed else None,
        groom_style=parsed_style if groomed else None, snow_depth_cm=_depth(depth_cm),
        author=_author(author), note=(note or "").strip())


def bulk_reports(trail_ids: Sequence[int], status: str | TrailStatus,
                 condition: str | Condition | None, note: str | None, author: str | None,
                 now: datetime) -> list[ReportDraft]:
    """The same status, condition and note for several trails in one step (one instant).

    Each trail is named once; the store saves the drafts as one unit (all or none).
    """
    _check_aware(now)
    ids = list(dict.fromkeys(int(i) for i in trail_ids))
    if not ids:
        raise ReportError("Choose at least one trail for the report.")
    parsed = parse_status(status)
    cond = parse_condition(condition)
    who = _author(author)
    text = (note or "").strip()
    return [ReportDraft(trail_id=i, reported_at=now, status=parsed, condition=cond,
                        author=who, note=text) for i in ids]


# --- finding a trail by what the user typed ------------------------------------------------


def match_trail(candidates: Sequence[tuple[int, str, str]], text: str) -> int:
    """The id of the trail `text` names: an id, a uid, a name, or the start of one name.

    `candidates` are (id, uid, name). Names match case- and accent-insensitively
    ('karrg' finds 'Kärrgruvan'); an exact name wins over prefixes of longer names.
    """
    wanted = (text or "").strip()
    if not wanted:
        raise TrailLookupError("Name a trail: its id, uid or the start of its name.")
    if wanted.isdigit():
        for tid, _uid, _name in candidates:
            if tid == int(wanted):
                return tid
    for tid, uid, _name in candidates:
        if uid == wanted:
            return tid
    for rule in (lambda n: n == wanted, lambda n: n.casefold() == wanted.casefold(),
                 lambda n: fold_words(n) == fold_words(wanted)):
        exact = [tid for tid, _uid, name in candidates if rule(name)]
        if len(exact) == 1:
            return exact[0]
        if len(exact) > 1:
            return _ambiguous(wanted, [c for c in candidates if c[0] in exact])
    prefix = [c for c in candidates if fold_words(c[2]).startswith(fold_words(wanted))]
    if len(prefix) == 1:
        return prefix[0][0]
    if prefix:
        return _ambiguous(wanted, prefix)
    raise TrailLookupError(f"There is no trail “{wanted}”: give its id, uid or the start of "
                           "its name (the trails command lists them).")


def _ambiguous(wanted: str, found: Sequence[tuple[int, str, str]]) -> int:
    ordered = sorted(found, key=lambda c: (swedish_key(c[2]), c[0]))
    shown = ", ".join(f"{name} (id {tid})" for tid, _uid, name in ordered[:10])
    more = f" and {len(ordered) - 10} more" if len(ordered) > 10 else ""
    raise TrailLookupError(f"“{wanted}” matches {len(ordered)} trails: {shown}{more}; give "
                           "more of the name or the id.")

