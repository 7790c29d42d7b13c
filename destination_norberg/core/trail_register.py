"""The trail register: every trail with its grade, its newest report and what that report means.

Pure domain code (no SQL, no Qt): the store reads trails and reports and hands them here as
plain records; the command line and the window show the `TrailRow`s this module builds.

- A trail's status is that of its newest report; a report older than `stale_days` (or none at
  all) is a warning in itself (core.trails).
- For ski tracks the key figure is the time since the last grooming, in age bands.
- Reports are facts in time: a change is a new report (`ReportDraft`), never an edit.
- Lengths: the store measures planar lengths in SWEREF 99 TM (EPSG:3006);
  `geodesic_length_m` measures the same line on the GRS80 ellipsoid, so the two can be
  compared (SWEREF 99 TM's scale error near Norberg is about −0.04 %).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from destination_norberg.core.text import fold_words, swedish_key
from destination_norberg.core.trails import DEFAULT_STALE_DAYS, grooming_band
from destination_norberg.core.vocab import (
    IMBA_FOR_COLOUR,
    Condition,
    GradeColour,
    GroomStyle,
    TrailKind,
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
            author=r.author if r else "", note=r.note if r else ""))
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


def _lookup(words: Mapping, text: str) -> object | None:
    wanted = fold_words(text)
    for value, names in words.items():
        if wanted in {fold_words(n) for n in names}:
            return value
    return None


def _choices(words: Mapping) -> str:
    pairs = [f"{names[0]}/{names[1]}" for names in words.values()]  # English/Swedish
    return ", ".join(pairs[:-1]) + " or " + pairs[-1]


def parse_status(text: str | TrailStatus) -> TrailStatus:
    """'öppen', 'Clear', 'mindre problem', 'closed' … → TrailStatus; ReportError otherwise."""
    if isinstance(text, TrailStatus):
        return text
    found = _lookup(_STATUS_WORDS, text or "")
    if found is None:
        raise ReportError(f"Unknown trail status “{text}”: use {_choices(_STATUS_WORDS)}.")
    return found  # type: ignore[return-value]


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
    return found  # type: ignore[return-value]


def parse_style(text: str | GroomStyle | None) -> GroomStyle | None:
    if text is None or isinstance(text, GroomStyle):
        return text
    if not text.strip():
        return None
    found = _lookup(_STYLE_WORDS, text)
    if found is None:
        raise ReportError(f"Unknown grooming style “{text}”: use classic/klassisk, "
                          "skate/fristil or both/båda.")
    return found  # type: ignore[return-value]


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


# --- geodesic length -----------------------------------------------------------------------

#: GRS80, the ellipsoid of SWEREF 99.
GRS80_A = 6_378_137.0
GRS80_F = 1 / 298.257222101

#: SWEREF 99 TM (EPSG:3006): transverse Mercator on GRS80.
TM_LON0 = math.radians(15.0)
TM_K0 = 0.9996
TM_FALSE_EASTING = 500_000.0
TM_FALSE_NORTHING = 0.0


def _tm_constants() -> tuple[float, tuple[float, ...], tuple[float, ...]]:
    f = GRS80_F
    e2 = f * (2 - f)
    n = f / (2 - f)
    a_roof = GRS80_A / (1 + n) * (1 + n ** 2 / 4 + n ** 4 / 64)
    deltas = (n / 2 - 2 * n ** 2 / 3 + 37 * n ** 3 / 96 - n ** 4 / 360,
              n ** 2 / 48 + n ** 3 / 15 - 437 * n ** 4 / 1440,
              17 * n ** 3 / 480 - 37 * n ** 4 / 840,
              4397 * n ** 4 / 161280)
    latitude = (e2 + e2 ** 2 + e2 ** 3 + e2 ** 4,
                -(7 * e2 ** 2 + 17 * e2 ** 3 + 30 * e2 ** 4) / 6,
                (224 * e2 ** 3 + 889 * e2 ** 4) / 120,
                -(4279 * e2 ** 4) / 1260)
    return a_roof, deltas, latitude


_A_ROOF, _DELTAS, _LAT_SERIES = _tm_constants()


def sweref99tm_to_wgs84(easting: float, northing: float) -> tuple[float, float]:
    """(longitude, latitude) in degrees of an EPSG:3006 point (x = easting).

    The inverse Gauss–Krüger series to n⁴ (Lantmäteriet's formulas), accurate to well under
    a millimetre over Sweden. SWEREF 99 and WGS 84 agree to the metre level the program
    needs; no datum shift is applied.
    """
    xi = (northing - TM_FALSE_NORTHING) / (TM_K0 * _A_ROOF)
    eta = (easting - TM_FALSE_EASTING) / (TM_K0 * _A_ROOF)
    xi_p, eta_p = xi, eta
    for j, d in enumerate(_DELTAS, start=1):
        xi_p -= d * math.sin(2 * j * xi) * math.cosh(2 * j * eta)
        eta_p -= d * math.cos(2 * j * xi) * math.sinh(2 * j * eta)
    phi_star = math.asin(math.sin(xi_p) / math.cosh(eta_p))
    d_lambda = math.atan2(math.sinh(eta_p), math.cos(xi_p))
    s2 = math.sin(phi_star) ** 2
    a, b, c, d = _LAT_SERIES
    lat = phi_star + math.sin(phi_star) * math.cos(phi_star) * (
        a + b * s2 + c * s2 ** 2 + d * s2 ** 3)
    return math.degrees(TM_LON0 + d_lambda), math.degrees(lat)


def vincenty_m(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Distance in metres on GRS80 between two points in degrees (Vincenty's inverse).

    Exact to well under a millimetre for the short segments of a trail; the iteration only
    struggles near antipodal points, which a trail never has (then the last estimate is used).
    """
    if lon1 == lon2 and lat1 == lat2:
        return 0.0
    a, f = GRS80_A, GRS80_F
    b = a * (1 - f)
    big_l = math.radians(lon2 - lon1)
    u1 = math.atan((1 - f) * math.tan(math.radians(lat1)))
    u2 = math.atan((1 - f) * math.tan(math.radians(lat2)))
    sin_u1, cos_u1, sin_u2, cos_u2 = math.sin(u1), math.cos(u1), math.sin(u2), math.cos(u2)
    lam = big_l
    sin_sigma = cos_sigma = sigma = cos2_alpha = cos_2sm = 0.0
    for _ in range(200):
        sin_lam, cos_lam = math.sin(lam), math.cos(lam)
        sin_sigma = math.hypot(cos_u2 * sin_lam, cos_u1 * sin_u2 - sin_u1 * cos_u2 * cos_lam)
        if sin_sigma == 0.0:
            return 0.0
        cos_sigma = sin_u1 * sin_u2 + cos_u1 * cos_u2 * cos_lam
        sigma = math.atan2(sin_sigma, cos_sigma)
        sin_alpha = cos_u1 * cos_u2 * sin_lam / sin_sigma
        cos2_alpha = 1 - sin_alpha ** 2
        cos_2sm = cos_sigma - 2 * sin_u1 * sin_u2 / cos2_alpha if cos2_alpha else 0.0
        c = f / 16 * cos2_alpha * (4 + f * (4 - 3 * cos2_alpha))
        previous = lam
        lam = big_l + (1 - c) * f * sin_alpha * (
            sigma + c * sin_sigma * (cos_2sm + c * cos_sigma * (-1 + 2 * cos_2sm ** 2)))
        if abs(lam - previous) < 1e-13:
            break
    u_sq = cos2_alpha * (a ** 2 - b ** 2) / b ** 2
    big_a = 1 + u_sq / 16384 * (4096 + u_sq * (-768 + u_sq * (320 - 175 * u_sq)))
    big_b = u_sq / 1024 * (256 + u_sq * (-128 + u_sq * (74 - 47 * u_sq)))
    d_sigma = big_b * sin_sigma * (cos_2sm + big_b / 4 * (
        cos_sigma * (-1 + 2 * cos_2sm ** 2)
        - big_b / 6 * cos_2sm * (-3 + 4 * sin_sigma ** 2) * (-3 + 4 * cos_2sm ** 2)))
    return b * big_a * (sigma - d_sigma)


def geodesic_length_m(coords_3006: Sequence[tuple[float, float]]) -> float:
    """Length in metres on the GRS80 ellipsoid of a line given in EPSG:3006 (x = easting)."""
    points = [sweref99tm_to_wgs84(x, y) for x, y in coords_3006]
    return sum(vincenty_m(*p, *q) for p, q in itertools.pairwise(points))
