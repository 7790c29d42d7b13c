#!/usr/bin/env python3
"""Generate the bundled demo data set for Destination Norberg under ``data/``.

Why a generator and not hand-written files: the demo data must be internally consistent
(every key resolves, every orgnr passes Luhn, stråk stops lie on the route, trail lengths match
their names) and reproducible, so a fixed random seed drives all variation and the script checks
its own output before it writes anything.

Run from the repository root: ``python3 tools/make_demo_data.py``. Standard library and the
program's own plain-Python core (the vocabularies of core.vocab, the orgnr Luhn digit of
core.orgnr), so the demo speaks exactly the codes the program stores.

Everything here is fictional demo material: businesses, people, phone numbers and e-mail
addresses are invented, and the geometry is schematic (drawn for the demo, not surveyed).
Coordinates are SWEREF 99 TM (EPSG:3006) with x = easting, y = northing.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import itertools
import json
import math
import random
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout: the package beside tools/
    sys.path.insert(0, str(ROOT))

from destination_norberg.core import orgnr as orgnr_rules  # noqa: E402 - after the path
from destination_norberg.core.vocab import (  # noqa: E402
    IMBA_FOR_COLOUR,
    ComponentKind,
    Condition,
    EventKind,
    EventStatus,
    GroomStyle,
    InteractionKind,
    LegalBasis,
    OrgCategory,
    TrailKind,
    TrailStatus,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the weather beside this script
from demo_weather import build_weather, winter_summary  # noqa: E402

SEED = 1962  # Norberg's kommunkod: the data set must be identical on every run.
TODAY = dt.date(2026, 11, 26)
DATA = ROOT / "data"

TORGET = (551400.0, 6659000.0)
BOUNDS_E = (540000.0, 565000.0)
BOUNDS_N = (6648000.0, 6672000.0)
MAX_FROM_TORGET_M = 8500.0  # "within about 8 km" of Torget, checked for every coordinate.

CRS = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3006"}}
SCHEMATIC_NOTE = ("Demodata: schematisk geometri ritad för demon, inte inmätt. "
                  "Demo data: schematic geometry drawn for the demo, not surveyed.")
#: Events the whole season runs towards: the overview counts the days to them.
MILESTONE_EVENTS = {"engelbrektsloppet-2027", "engelbrektsrullen-2027"}

Point = tuple[float, float]
Row = dict[str, Any]

# Village centres (schematic positions inside Norberg kommun).
KARRGRUVAN = (552900.0, 6663900.0)
OLSBENNING = (550400.0, 6655200.0)
KARBENNING = (558700.0, 6656600.0)
HAGALUND = (547300.0, 6661200.0)
STADIUM = (552500.0, 6663300.0)
SNOW_PILE = (552650.0, 6663150.0)
MIMERLAVEN = (551950.0, 6660150.0)
KLACKBERG = (553300.0, 6657100.0)


def _codes(vocabulary: Iterable[Any]) -> tuple[str, ...]:
    """A core.vocab enumeration's stored codes, as plain text, in their declared order."""
    return tuple(str(member.value) for member in vocabulary)


CATEGORIES = _codes(OrgCategory)
TAG_ORDER = (
    "stråk", "vinterstråket", "sommarstråket", "paket", "engelbrektsloppet",
    "mtb", "skidor", "barn", "ny etablering",
)
PLACE_KINDS = ("torg", "arena", "skidstadion", "parkering", "lokal", "natur", "annat")
EVENT_KINDS = _codes(EventKind)
EVENT_STATUSES = _codes(EventStatus)
INTERACTION_KINDS = _codes(InteractionKind)  # the order the interaction weights follow
LEGAL_BASES = _codes(LegalBasis)
TRAIL_KINDS = _codes(TrailKind)
GRADE_IMBA = {str(colour.value): imba for colour, imba in IMBA_FOR_COLOUR.items()}
REPORT_STATUSES = _codes(TrailStatus)
CONDITIONS = _codes(Condition)
GROOM_STYLES = _codes(GroomStyle)
COMPONENT_KINDS = _codes(ComponentKind)


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


#: The Luhn digit a Swedish orgnr ends in, over its first nine digits (core.orgnr).
luhn_check_digit = orgnr_rules.luhn_check_digit


def luhn_ok(orgnr: str) -> bool:
    """True when ``NNNNNN-NNNN`` (or the ten digits alone) ends in the right check digit."""
    digits = orgnr.replace("-", "")
    return len(digits) == 10 and digits.isdigit() and orgnr_rules.is_valid(digits)


def make_orgnr(rng: random.Random, form: str) -> str:
    """Invent an orgnr whose leading digits match the legal form (empty for sole traders)."""
    if form in ("ef", "offentlig"):
        return ""
    prefix = {
        "ab": "55" + rng.choice("6789"),
        "ek": rng.choice(["769", "769", "716"]),
        "ideell": rng.choice(["802", "802", "817", "822"]),
    }[form]
    body = prefix + "".join(rng.choice("0123456789") for _ in range(6))
    full = body + str(luhn_check_digit(body))
    return f"{full[:6]}-{full[6:]}"


def ascii_slug(text: str) -> str:
    """Fold Swedish letters to ASCII so names can become keys, domains and e-mail parts."""
    table = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u", "Å": "a",
                           "Ä": "a", "Ö": "o", "É": "e"})
    out = []
    for ch in text.translate(table).lower():
        out.append(ch if ch.isalnum() and ch.isascii() else "-")
    return "-".join(part for part in "".join(out).split("-") if part)


def iso_utc(value: dt.datetime) -> str:
    """UTC instant as ``YYYY-MM-DDTHH:MM:SSZ``."""
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def second_sunday_of_february(year: int) -> dt.date:
    """Engelbrektsloppet's fixed rule: the 60 km always runs on this day."""
    sundays = [
        dt.date(year, 2, d)
        for d in range(1, 29)
        if dt.date(year, 2, d).weekday() == calendar.SUNDAY
    ]
    return sundays[1]


def sorted_tags(tags: Iterable[str]) -> str:
    """Serialise tags in one stable order so diffs between runs stay empty."""
    tagset = set(tags)
    unknown = tagset - set(TAG_ORDER)
    assert not unknown, f"unknown tags {unknown}"
    return ";".join(t for t in TAG_ORDER if t in tagset)


# --------------------------------------------------------------------------------------------
# Geometry (planar, EPSG:3006 metres)
# --------------------------------------------------------------------------------------------


def polyline_length(points: Sequence[Point]) -> float:
    """Planar length in metres: EPSG:3006 is a metric grid, so this is what the app measures."""
    return sum(math.dist(a, b) for a, b in itertools.pairwise(points))


def resample(points: Sequence[Point], count: int) -> list[Point]:
    """Evenly spaced vertices along a dense polyline, so spacing is uniform in the output."""
    cum = [0.0]
    for a, b in itertools.pairwise(points):
        cum.append(cum[-1] + math.dist(a, b))
    total = cum[-1]
    out: list[Point] = []
    j = 0
    for i in range(count):
        target = total * i / (count - 1)
        while j < len(cum) - 2 and cum[j + 1] < target:
            j += 1
        seg = cum[j + 1] - cum[j]
        t = 0.0 if seg == 0 else (target - cum[j]) / seg
        (x0, y0), (x1, y1) = points[j], points[j + 1]
        out.append((x0 + (x1 - x0) * t, y0 + (y1 - y0) * t))
    return out


def vertex_count(length_m: float, spacing_m: float = 40.0) -> int:
    """About one vertex every 20–60 m, but never fewer than 30 or more than 300."""
    return max(30, min(300, round(length_m / spacing_m) + 1))


def scale_and_place(points: list[Point], target_m: float, anchor: Point) -> list[Point]:
    """Scale a unit shape to ``target_m`` and move its first vertex onto ``anchor``."""
    factor = target_m / polyline_length(points)
    x0, y0 = points[0]
    return [
        (round(anchor[0] + (x - x0) * factor, 1), round(anchor[1] + (y - y0) * factor, 1))
        for x, y in points
    ]


def loop_shape(
    rng: random.Random, target_m: float, anchor: Point, start_dir_deg: float,
    stretch: tuple[float, float] = (1.0, 1.0), wiggle: float = 1.0,
) -> list[Point]:
    """A smooth closed blob whose start vertex sits at ``anchor``.

    ``start_dir_deg`` is the compass-free maths angle pointing from the loop's middle to the
    start, so the loop lies on the opposite side of the anchor (e.g. 270 = start at the south
    end, loop extends north).
    """
    harmonics = [(k, rng.uniform(0.03, 0.12) * wiggle, rng.uniform(0, math.tau))
                 for k in (2, 3, 5, 7)]
    rot = rng.uniform(0, math.tau)
    dense: list[Point] = []
    steps = 3000
    for i in range(steps + 1):
        th = math.tau * i / steps
        r = 1.0 + sum(a * math.sin(k * th + ph) for k, a, ph in harmonics)
        x, y = r * math.cos(th) * stretch[0], r * math.sin(th) * stretch[1]
        dense.append((x * math.cos(rot) - y * math.sin(rot),
                      x * math.sin(rot) + y * math.cos(rot)))
    # Start the loop at the vertex furthest in the requested direction.
    d = math.radians(start_dir_deg)
    start = max(range(steps), key=lambda i: dense[i][0] * math.cos(d) + dense[i][1] * math.sin(d))
    ring = dense[start:steps] + dense[:start] + [dense[start]]
    pts = resample(ring, vertex_count(target_m))
    pts[-1] = pts[0]
    placed = scale_and_place(pts, target_m, anchor)
    placed[-1] = placed[0]
    return placed


def line_shape(
    rng: random.Random, target_m: float, anchor: Point, heading_deg: float, bend: float = 0.6,
) -> list[Point]:
    """A winding open line starting at ``anchor`` with a slowly wandering heading."""
    h0 = math.radians(heading_deg)
    terms = [(rng.uniform(0.25, 0.7) * bend, rng.uniform(0.8, 2.5), rng.uniform(0, math.tau))
             for _ in range(3)]
    x = y = 0.0
    dense: list[Point] = [(x, y)]
    steps = 2000
    for i in range(steps):
        s = i / steps * 6.0
        h = h0 + sum(a * math.sin(s * f + ph) for a, f, ph in terms)
        x += math.cos(h) / steps
        y += math.sin(h) / steps
        dense.append((x, y))
    return scale_and_place(resample(dense, vertex_count(target_m)), target_m, anchor)


def waypoint_loop(waypoints: list[Point], target_m: float, wavelength_m: float = 1000.0,
                  ) -> list[Point]:
    """A closed loop through fixed waypoints, lengthened to ``target_m`` by gentle meanders.

    Used where the loop must pass given places (Torget, the stadium): instead of scaling a
    shape, a sideways sine meander is added and its amplitude found by bisection.
    """
    ring = chaikin(waypoints, rounds=4)[:-1]
    # Smoothing cuts the first corner: restart the ring at the vertex nearest the first
    # waypoint and shift it the few metres needed to start exactly there.
    k = min(range(len(ring)), key=lambda i: math.dist(ring[i], waypoints[0]))
    dx, dy = waypoints[0][0] - ring[k][0], waypoints[0][1] - ring[k][1]
    base = [(x + dx, y + dy) for x, y in ring[k:] + ring[:k]]
    base.append(base[0])
    dense = resample(base, round(polyline_length(base) / 5) + 1)
    total = polyline_length(dense)
    cum = [0.0]
    for a, b in itertools.pairwise(dense):
        cum.append(cum[-1] + math.dist(a, b))

    def meander(amp: float) -> list[Point]:
        out: list[Point] = []
        for i, (x, y) in enumerate(dense):
            a, b = dense[max(i - 1, 0)], dense[min(i + 1, len(dense) - 1)]
            seg = math.dist(a, b) or 1.0
            nx, ny = -(b[1] - a[1]) / seg, (b[0] - a[0]) / seg
            # Taper to zero at the start/finish so the loop still begins exactly there.
            taper = min(1.0, cum[i] / 400.0, (total - cum[i]) / 400.0)
            phase = math.tau * cum[i] / wavelength_m
            d = amp * taper * (math.sin(phase) + 0.45 * math.sin(phase / 0.43 + 1.3))
            out.append((x + nx * d, y + ny * d))
        pts = resample(out, vertex_count(target_m))
        pts[-1] = pts[0]
        return pts

    lo, hi = 0.0, wavelength_m
    assert polyline_length(meander(lo)) < target_m, "waypoints already longer than target"
    for _ in range(60):
        mid = (lo + hi) / 2
        if polyline_length(meander(mid)) < target_m:
            lo = mid
        else:
            hi = mid
    pts = [(round(x, 1), round(y, 1)) for x, y in meander((lo + hi) / 2)]
    pts[-1] = pts[0]
    return pts


def chaikin(points: list[Point], rounds: int = 2) -> list[Point]:
    """Round the corners of a closed street polyline so the walk looks drawn, not plotted."""
    pts = points[:-1] if points[0] == points[-1] else points[:]
    for _ in range(rounds):
        new: list[Point] = []
        for i, (x0, y0) in enumerate(pts):
            x1, y1 = pts[(i + 1) % len(pts)]
            new.append((0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1))
            new.append((0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1))
        pts = new
    return [*pts, pts[0]]


def distance_to_polyline(p: Point, line: Sequence[Point]) -> tuple[float, float]:
    """Return (distance, arc length of the nearest point) of ``p`` from ``line``."""
    best = (math.inf, 0.0)
    walked = 0.0
    for (x0, y0), (x1, y1) in itertools.pairwise(line):
        dx, dy = x1 - x0, y1 - y0
        seg2 = dx * dx + dy * dy
        t = 0.0 if seg2 == 0 else max(0.0, min(1.0, ((p[0] - x0) * dx + (p[1] - y0) * dy) / seg2))
        d = math.dist(p, (x0 + t * dx, y0 + t * dy))
        if d < best[0]:
            best = (d, walked + t * math.sqrt(seg2))
        walked += math.sqrt(seg2)
    return best


def point_along(line: Sequence[Point], s: float, offset: float) -> tuple[int, int]:
    """Integer point at arc length ``s`` along ``line``, ``offset`` metres to its left."""
    walked = 0.0
    for (x0, y0), (x1, y1) in itertools.pairwise(line):
        seg = math.dist((x0, y0), (x1, y1))
        if walked + seg >= s and seg > 0:
            t = (s - walked) / seg
            ux, uy = (x1 - x0) / seg, (y1 - y0) / seg
            return (round(x0 + t * (x1 - x0) - uy * offset),
                    round(y0 + t * (y1 - y0) + ux * offset))
        walked += seg
    raise ValueError(f"arc length {s} beyond line of {walked:.0f} m")


def rel(dx: float, dy: float, origin: Point = TORGET) -> Point:
    """A point given as metres east/north of ``origin`` (Torget unless stated)."""
    return (origin[0] + dx, origin[1] + dy)


# --------------------------------------------------------------------------------------------
# Centre streets and stråk routes
# --------------------------------------------------------------------------------------------

# Schematic street skeleton of the town centre, metres from Torget.
MAIN_STREET = [rel(-160, -650), rel(-90, -350), rel(-40, -150), rel(0, 0), rel(30, 200),
               rel(70, 420), rel(110, 600)]
WINTER_WAYPOINTS = [rel(0, 0), rel(30, 200), rel(70, 420), rel(110, 560), rel(300, 580),
                    rel(360, 400), rel(330, 150), rel(260, -120), rel(60, -260),
                    rel(-80, -230), rel(-70, -90), rel(0, 0)]
SUMMER_WAYPOINTS = [rel(0, 0), rel(30, 200), rel(70, 420), rel(110, 600), rel(220, 860),
                    rel(420, 980), rel(560, 820), rel(470, 560), rel(360, 400),
                    rel(330, 150), rel(170, 30), rel(0, 0)]


def walking_route(waypoints: list[Point]) -> list[Point]:
    """Rounded, evenly sampled (~25 m) closed walking route through the centre."""
    ring = chaikin(waypoints, rounds=3)[:-1]
    k = min(range(len(ring)), key=lambda i: math.dist(ring[i], waypoints[0]))
    smooth = ring[k:] + ring[:k] + [ring[k]]  # start the walk at the point nearest Torget
    length = polyline_length(smooth)
    pts = resample(smooth, max(30, round(length / 25) + 1))
    pts[-1] = pts[0]
    return [(round(x, 1), round(y, 1)) for x, y in pts]


WINTER_ROUTE = walking_route(WINTER_WAYPOINTS)
SUMMER_ROUTE = walking_route(SUMMER_WAYPOINTS)
MAIN_LINE = resample(MAIN_STREET, 200)


# --------------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------------

PLACES: list[tuple[str, str, str, Point, str, str]] = [
    ("torget", "Torget", "torg", TORGET,
     "Stortorget i centrala Norberg. Start och mål för Engelbrektsloppet och scen för "
     "Engelbrektssprinten under belysning.",
     "The main square of Norberg. Start and finish of Engelbrektsloppet and the floodlit "
     "Engelbrektssprinten."),
    ("mimerlaven", "Mimerlaven", "arena", MIMERLAVEN,
     "Den gamla gruvlaven vid Mimergruvan, i dag scen för sommarens musikfestival.",
     "The old mine headframe hall at the Mimer mine, today the stage of the summer music "
     "festival."),
    ("skidstadion-karrgruvan", "Kärrgruvans skidstadion (demo)", "skidstadion", STADIUM,
     "Skidstadion med elljusspår, start för motionsslingorna och tidig-snö-slingan.",
     "Ski stadium with floodlit tracks; start of the ski loops and the early-snow loop."),
    ("lagret-karrgruvan", "Snölagret Kärrgruvan (demo)", "annat", SNOW_PILE,
     "Snölager (snowfarming): vinterns konstsnö sparas under 50–60 cm sågspån till nästa "
     "säsong.",
     "Snow storage (snowfarming): last winter's machine snow kept under 50–60 cm of sawdust "
     "for the next season."),
    ("parkering-karrgruvan", "Parkering Kärrgruvan", "parkering", rel(-150, 150, STADIUM),
     "Stor grusparkering vid skidstadion; tävlingsparkering under Engelbrektsloppet.",
     "Large gravel car park at the ski stadium; race-day parking during Engelbrektsloppet."),
    ("parkering-centrum", "Parkering centrum", "parkering", rel(120, -110),
     "Centrumparkering nära Torget, 80 platser.",
     "Town-centre car park near Torget, 80 spaces."),
    ("skolan", "Skolan och idrottshallen (demo)", "lokal", rel(-450, 350),
     "Skola med matsal och idrottshall: nummerlappar, expo och pastaparty under vinterveckan.",
     "School with dining hall and sports hall: bib collection, expo and pasta party during the "
     "winter week."),
    ("folkets-hus", "Folkets hus (demo)", "lokal", rel(-150, -220),
     "Samlingslokal för möten, nätverksfrukostar och invigning av vinterveckan.",
     "Community hall for meetings, network breakfasts and the opening of the winter week."),
    ("klackberg", "Klackbergs gruvfält", "natur", KLACKBERG,
     "Gamla gruvhål och varphögar i skogen; vandrings- och MTB-stigar.",
     "Old mine pits and spoil heaps in the forest; hiking and MTB trails."),
    ("utsikten-hyttbacken", "Utsikten Hyttbacken", "natur", rel(-400, 900),
     "Utsiktsplats över Norberg och start för den branta stigen ned genom Hyttbacken.",
     "Viewpoint over Norberg and start of the steep trail down through Hyttbacken."),
]


def build_places() -> dict[str, Any]:
    """Point places the events refer to, as a GeoJSON FeatureCollection in EPSG:3006."""
    features = []
    for key, name, kind, (e, n), sv, en in PLACES:
        assert kind in PLACE_KINDS
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [round(e), round(n)]},
            "properties": {"key": key, "name": name, "kind": kind,
                           "description_sv": sv, "description_en": en},
        })
    return {"type": "FeatureCollection", "crs": CRS, "features": features}


# --------------------------------------------------------------------------------------------
# Organisations (all FICTIONAL)
# --------------------------------------------------------------------------------------------

# loc: ("w"|"s", fraction of winter/summer route, metres to the left) for stråk stops,
#      ("m", metres along the main street from its south end, metres left) for centre shops,
#      ("p", dx, dy, origin) for everything else.
Loc = tuple[Any, ...]
ORGS: list[tuple[str, str, str, str, str, str, str, Loc, bool, tuple[str, ...], str]] = [
    # key, name, form, category, street, postal, city, loc, website?, tags, notes
    # ---- boende (10)
    ("hotell-hyttgarden", "Hotell Hyttgården", "ab", "boende", "Hyttgatan 4", "738 30",
     "Norberg", ("m", 560, 60), True, ("paket", "engelbrektsloppet"),
     "Största hotellet i centrum, 28 rum; huvudpartner i Engelbrektsloppet-paketet."),
    ("gastgiveri-bergsmannen", "Gästgiveri Bergsmannen", "ab", "boende", "Bergsmansgatan 11",
     "738 31", "Norberg", ("p", -380, -520, TORGET), True, ("paket", "engelbrektsloppet"),
     "Gästgiveri med 14 rum och egen restaurang, populärt bland långloppsåkare."),
    ("karrgruvans-stugby", "Kärrgruvans Stugby", "ab", "boende", "Kärrgruvevägen 40",
     "738 91", "Kärrgruvan", ("p", -250, -350, KARRGRUVAN), True,
     ("paket", "skidor", "barn"), "Tolv stugor nära skidstadion; vill ha fler vintergäster."),
    ("bnb-lavlyktan", "B&B Lavlyktan", "ef", "boende", "Gruvgatan 7", "738 30", "Norberg",
     ("m", 1150, -70), True, ("paket",), "Bed & breakfast med fyra rum nära Mimerlaven."),
    ("vandrarhem-malmtorpet", "Vandrarhem Malmtorpet", "ek", "boende", "Malmtorpsvägen 2",
     "738 33", "Norberg", ("p", 700, -900, TORGET), True, ("barn",),
     "Vandrarhem i föreningsregi, 36 bäddar; tar emot skolklasser och lag."),
    ("olsbennings-camping", "Olsbennings Camping & Stugor", "ab", "boende", "Olsbenning 120",
     "738 92", "Olsbenning", ("p", 250, -150, OLSBENNING), True, ("mtb", "barn"),
     "Camping vid sjön med stugor året runt; närmast Strandstigen."),
    ("pensionat-slaggstenen", "Pensionat Slaggstenen", "ab", "boende", "Stationsgatan 9",
     "738 30", "Norberg", ("m", 380, 90), True, ("paket", "vinterstråket"),
     "Pensionat med åtta rum; partner i helgpaketet för Vinterstråket."),
    ("karbenning-gardslogi", "Karbenning Gårdslogi", "ef", "boende", "Karbenning 318",
     "738 92", "Karbenning", ("p", 150, 120, KARBENNING), False, (),
     "Gårdslogi i tre flyglar; hörs sällan av, bokar mest via egna kanaler."),
    ("hagalunds-fritidsby", "Hagalunds Fritidsby", "ab", "boende", "Hagalund 15", "738 91",
     "Hagalund", ("p", -100, 200, HAGALUND), True, ("barn",),
     "Fritidsby med 20 stugor, mest sommargäster."),
    ("stationsvillan", "Stationsvillan rum & frukost", "ef", "boende", "Stationsgatan 2",
     "738 30", "Norberg", ("m", 300, -80), True, ("paket",),
     "Sekelskiftesvilla med fem rum; vill vara med i fler paket."),
    # ---- mat och dryck (12)
    ("kafe-gruvlyktan", "Kafé Gruvlyktan", "ab", "mat och dryck", "Storgatan 14", "738 30",
     "Norberg", ("w", 0.165, 18), True,
     ("stråk", "vinterstråket", "sommarstråket", "paket"),
     "Kafé vid Storgatan, med i båda stråken sedan starten."),
    ("restaurang-malmen", "Restaurang Malmen", "ab", "mat och dryck", "Torget 3", "738 30",
     "Norberg", ("m", 690, -45), True, ("paket", "engelbrektsloppet"),
     "À la carte-restaurang vid Torget; lagar lördagsmiddagen i loppaketet."),
    ("torgets-pizzeria", "Torgets Pizzeria & Grill", "ab", "mat och dryck", "Torget 6",
     "738 30", "Norberg", ("m", 640, 40), False, ("engelbrektsloppet",),
     "Pizzeria med uteservering mot Torget; öppnar tidigt på tävlingsdagen."),
    ("bageri-malmbrodet", "Stenugnsbageriet Malmbrödet", "ab", "mat och dryck",
     "Malmgatan 3", "738 30", "Norberg", ("w", 0.93, 20), True,
     ("stråk", "vinterstråket"), "Surdegsbageri; säljer lussebullar under Vinterstråket."),
    ("konditori-silverlaven", "Konditori Silverlaven", "ab", "mat och dryck", "Storgatan 22",
     "738 30", "Norberg", ("w", 0.09, -22), True, ("stråk", "vinterstråket"),
     "Klassiskt konditori; bakar Engelbrektsbakelsen till vinterveckan."),
    ("gruvbaren", "Gruvbaren", "ab", "mat och dryck", "Kaplansgatan 5", "738 30", "Norberg",
     ("w", 0.79, -25), True, ("stråk", "vinterstråket"),
     "Pub med livemusik; vill ha sena öppettider under Vinterstråket."),
    ("siam-kok", "Siam Kök Norberg", "ef", "mat och dryck", "Storgatan 31", "738 30",
     "Norberg", ("m", 200, 30), False, (), "Thairestaurang med lunch och avhämtning."),
    ("kafe-lokomotivet", "Café Lokomotivet", "ek", "mat och dryck", "Stationsgatan 1",
     "738 30", "Norberg", ("s", 0.83, 25), True, ("stråk", "sommarstråket"),
     "Sommarkafé i gamla stationshuset, drivs av en ekonomisk förening."),
    ("skidstugans-servering", "Skidstugans Servering", "ab", "mat och dryck",
     "Kärrgruvevägen 31", "738 91", "Kärrgruvan", ("p", 60, -60, STADIUM), True,
     ("skidor", "engelbrektsloppet"),
     "Servering vid skidstadion; öppnar till skidpremiären."),
    ("bryggeriet-tackjarn", "Mikrobryggeriet Tackjärn", "ab", "mat och dryck",
     "Hyttgatan 12", "738 30", "Norberg", ("w", 0.49, -30), True,
     ("stråk", "vinterstråket", "paket"), "Mikrobryggeri med provningar och enkel meny."),
    ("gatukok-sparvakten", "Gatukök Spårvakten", "ef", "mat och dryck", "Storgatan 40",
     "738 31", "Norberg", ("m", 110, -35), False, (), "Gatukök i södra änden av Storgatan."),
    ("gardscafe-bjorkhagen", "Gårdscafé Björkhagen", "ef", "mat och dryck", "Olsbenning 44",
     "738 92", "Olsbenning", ("p", -400, 300, OLSBENNING), True, ("mtb",),
     "Gårdscafé med eget bageri; många cyklister på sommaren."),
    # ---- handel (14)
    ("norbergs-skidhyra", "Norbergs Skidhyra", "ab", "handel", "Storgatan 8", "738 30",
     "Norberg", ("w", 0.255, 24), True,
     ("stråk", "vinterstråket", "paket", "engelbrektsloppet", "skidor"),
     "Uthyrning och service av längdskidor; vallar åt loppåkare."),
    ("sparsport", "Spårsport Norberg", "ab", "handel", "Storgatan 19", "738 30", "Norberg",
     ("m", 520, -30), True, ("skidor", "mtb"), "Sportbutik med skidor och cyklar."),
    ("blomster-vitsippan", "Blomsterhandeln Vitsippan", "ef", "handel", "Kaplansgatan 2",
     "738 30", "Norberg", ("w", 0.34, -22), True, ("stråk", "vinterstråket"),
     "Blomsterbutik; binder kransar och säljer julblommor under stråket."),
    ("jarnhandeln-torget", "Järnhandeln vid Torget", "ab", "handel", "Torget 1", "738 30",
     "Norberg", ("m", 660, 55), False, (), "Anrik järnhandel; inte intresserad av stråken."),
    ("bokboden", "Bokboden Norberg", "ef", "handel", "Malmgatan 8", "738 30", "Norberg",
     ("w", 0.70, 22), True, ("stråk", "vinterstråket", "barn"),
     "Bokhandel med sagostund för barn på lördagar."),
    ("gruvfyndet", "Second hand Gruvfyndet", "ideell", "handel", "Hyttgatan 20", "738 30",
     "Norberg", ("s", 0.56, -25), True, ("stråk", "sommarstråket"),
     "Second hand-butik som drivs ideellt; överskottet går till föreningslivet."),
    ("hantverksboden", "Hantverksboden Järnbäraren", "ek", "handel", "Kaplansgatan 9",
     "738 30", "Norberg", ("w", 0.58, 25), True, ("stråk", "vinterstråket"),
     "Kooperativ butik för lokalt hantverk, smide och textil."),
    ("klarsyn-optik", "Klarsyn Optik", "ab", "handel", "Storgatan 25", "738 30", "Norberg",
     ("m", 470, 40), False, (), "Optiker; inte aktuell för turismsamarbeten."),
    ("lavhuset-inredning", "Inredning Lavhuset", "ab", "handel", "Gruvgatan 3", "738 30",
     "Norberg", ("s", 0.45, 30), True, ("stråk", "sommarstråket"),
     "Inredningsbutik med kafédel under sommaren."),
    ("cykel-kedjan", "Cykelverkstaden Kedjan", "ef", "handel", "Gruvgatan 14", "738 30",
     "Norberg", ("s", 0.38, -22), True, ("stråk", "sommarstråket", "mtb"),
     "Cykelverkstad och butik; servar hyrcyklar och MTB."),
    ("malmkorgen-deli", "Delikatess Malmkorgen", "ab", "handel", "Storgatan 17", "738 30",
     "Norberg", ("s", 0.27, 20), True, ("stråk", "sommarstråket"),
     "Delikatessbutik med lokala råvaror och picknickkorgar."),
    ("leksaker-snobollen", "Leksaksaffären Snöbollen", "ef", "handel", "Malmgatan 12",
     "738 30", "Norberg", ("m", 420, -60), False, ("barn",),
     "Leksaksbutik; kontakten har runnit ut i sanden sedan i vintras."),
    ("guldsmed-bergkristallen", "Guldsmed Bergkristallen", "ab", "handel", "Hyttgatan 15",
     "738 30", "Norberg", ("s", 0.65, 22), True, ("stråk", "sommarstråket"),
     "Guldsmed som gör smycken av lokala mineral."),
    ("vinterull", "Klädbutiken Vinterull", "ab", "handel", "Kaplansgatan 14", "738 30",
     "Norberg", ("w", 0.62, -24), True, ("stråk", "vinterstråket"),
     "Klädbutik med ylle och friluftskläder."),
    # ---- aktivitet (10)
    ("gruvguiderna", "Gruvguiderna i Norberg", "ek", "aktivitet", "Mimervägen 2", "738 30",
     "Norberg", ("p", 80, 60, MIMERLAVEN), True, ("paket", "barn"),
     "Guidade visningar av gruvområdet och Mimerlaven med gruvlykta."),
    ("stigfinnarna-mtb", "Stigfinnarna MTB", "ideell", "aktivitet", "Kärrgruvevägen 33",
     "738 91", "Kärrgruvan", ("p", 120, 30, STADIUM), True, ("mtb", "barn"),
     "Cykelklubb som sköter stigarna och rapporterar stigstatus."),
    ("hundspann-karrgruvan", "Kärrgruvans Hundspann", "ef", "aktivitet", "Kärrgruvan 7",
     "738 91", "Kärrgruvan", ("p", 400, 250, KARRGRUVAN), True, ("skidor", "barn"),
     "Hundspannsturer när snön räcker; vill samordna med skidspåren."),
    ("aventyr-norberg", "Äventyr Norberg", "ab", "aktivitet", "Malmtorpsvägen 8", "738 33",
     "Norberg", ("p", 900, -600, TORGET), True, ("mtb", "barn"),
     "Kanot, snöskor och guidade vandringar."),
    ("skidskolan", "Norbergs Skidskola", "ab", "aktivitet", "Kärrgruvevägen 35", "738 91",
     "Kärrgruvan", ("p", -40, 90, STADIUM), True, ("skidor", "barn", "engelbrektsloppet"),
     "Skidskola för barn och vuxna; teknikkurser inför loppet."),
    ("fiske-olsbenning", "Fiske & Vildmark Olsbenning", "ef", "aktivitet", "Olsbenning 210",
     "738 92", "Olsbenning", ("p", 600, 200, OLSBENNING), False, (),
     "Fiskeguide och båtuthyrning; säsong maj–september."),
    ("islandshastar-hagalund", "Islandshästar Hagalund", "ef", "aktivitet", "Hagalund 3",
     "738 91", "Hagalund", ("p", 300, -250, HAGALUND), True, ("barn",),
     "Turridning på islandshäst; svår att nå per telefon."),
    ("escape-gruvschaktet", "Escape Room Gruvschaktet", "ab", "aktivitet", "Hyttgatan 30",
     "738 30", "Norberg", ("m", 900, 80), True, ("ny etablering", "barn"),
     "Nyöppnat escape room med gruvtema."),
    ("bowling-padel", "Norbergs Bowling & Padel", "ab", "aktivitet", "Industrivägen 6",
     "738 33", "Norberg", ("p", 450, -750, TORGET), True, ("ny etablering",),
     "Ny bowling- och padelhall i gamla verkstadslokalen, öppnar i vinter."),
    ("yoga-laven", "Yoga i Laven", "ef", "aktivitet", "Mimervägen 5", "738 30", "Norberg",
     ("p", -120, 80, MIMERLAVEN), True, ("ny etablering",),
     "Yogastudio som också vill hålla pass utomhus i sommar."),
    # ---- transport (3)
    ("malmtaxi", "Malmtaxi Norberg", "ab", "transport", "Stationsgatan 5", "738 30",
     "Norberg", ("m", 330, 110), True, ("paket",),
     "Taxi med två bilar och en minibuss; kör åkare till skidstadion."),
    ("hyttbuss", "Hyttbuss AB", "ab", "transport", "Industrivägen 2", "738 33", "Norberg",
     ("p", 300, -820, TORGET), True, ("paket", "engelbrektsloppet"),
     "Bussbolag; kör pendelbussar under Engelbrektsloppet."),
    ("trampa-elcykel", "Trampa Elcykeluthyrning", "ef", "transport", "Storgatan 2",
     "738 30", "Norberg", ("s", 0.93, -20), True,
     ("stråk", "sommarstråket", "mtb", "ny etablering"),
     "Ny elcykeluthyrning vid Torget, öppnar till sommaren."),
    # ---- kultur (6)
    ("gruvljud", "Gruvljud kulturförening", "ideell", "kultur", "Mimervägen 1", "738 30",
     "Norberg", ("p", 40, -60, MIMERLAVEN), True, (),
     "Ideell förening som arrangerar sommarens musikfestival i Mimerlaven."),
    ("galleri-slaggsten", "Galleri Slaggsten", "ef", "kultur", "Storgatan 11", "738 30",
     "Norberg", ("w", 0.205, -24), True, ("stråk", "vinterstråket", "sommarstråket"),
     "Konstgalleri med utställningar av lokala konstnärer."),
    ("malmlaten", "Spelmanslaget Malmlåten", "ideell", "kultur", "Kaplansgatan 20",
     "738 30", "Norberg", ("p", -300, -80, TORGET), False, (),
     "Spelmanslag som brukar spela vid invigningar."),
    ("hyttscenen", "Teaterföreningen Hyttscenen", "ideell", "kultur", "Hyttgatan 1",
     "738 30", "Norberg", ("s", 0.72, 25), True, ("stråk", "sommarstråket", "barn"),
     "Teaterförening med sommarteater utomhus."),
    ("jarnbararna", "Föreningen Järnbärarna", "ideell", "kultur", "Mimervägen 3", "738 30",
     "Norberg", ("s", 0.48, 40), True, ("stråk", "sommarstråket"),
     "Bergslagshistorisk förening med utställning om järnhanteringen."),
    ("bio-lyktan", "Bio Lyktan", "ek", "kultur", "Malmgatan 1", "738 30", "Norberg",
     ("m", 740, -55), True, ("barn",), "Biograf i föreningsregi; visar skidfilm före loppet."),
    # ---- övrigt (5)
    ("skidklubben", "Norbergs Skidklubb (demo)", "ideell", "övrigt", "Kärrgruvevägen 30",
     "738 91", "Kärrgruvan", ("p", 30, 40, STADIUM), True,
     ("engelbrektsloppet", "skidor", "paket", "barn"),
     "Arrangerar Engelbrektsloppet och vinterveckan; sköter snölagret och spåren."),
    ("turistbyran", "Turistbyrån, Norbergs kommun (demo)", "offentlig", "övrigt",
     "Torget 5", "738 30", "Norberg", ("m", 680, 30), True, ("stråk", "paket"),
     "Kommunens turistbyrå; samordnar stråken, paketen och nätverket. Orgnr ej angivet i "
     "demodata."),
    ("region-vastmanland-turism", "Region Västmanland turism (demo)", "offentlig", "övrigt",
     "c/o Turistbyrån, Torget 5", "738 30", "Norberg", ("m", 675, 35), True, ("paket",),
     "Regional turismorganisation; sprider paketen i regionala kanaler. Orgnr ej angivet i "
     "demodata."),
    ("glidresor", "Glidresor AB", "ab", "övrigt", "Stationsgatan 14", "738 30", "Norberg",
     ("p", 380, -300, TORGET), True, ("paket", "engelbrektsloppet"),
     "Researrangör för långloppsresor; säljer Engelbrektsloppet-helgen."),
    ("foretagarforeningen", "Norbergs Företagarförening (demo)", "ideell", "övrigt",
     "Torget 5", "738 30", "Norberg", ("m", 700, -30), True, ("stråk",),
     "Företagarnas förening; medarrangör av julmarknaden och skyltsöndagen."),
]


def org_point(loc: Loc) -> tuple[int, int]:
    """Resolve an organisation's location spec to integer SWEREF 99 TM coordinates."""
    if loc[0] in ("w", "s"):
        route = WINTER_ROUTE if loc[0] == "w" else SUMMER_ROUTE
        return point_along(route, loc[1] * polyline_length(route), loc[2])
    if loc[0] == "m":
        return point_along(MAIN_LINE, loc[1], loc[2])
    _, dx, dy, origin = loc
    return round(origin[0] + dx), round(origin[1] + dy)


def build_organisations(rng: random.Random) -> list[Row]:
    """Organisation rows; fictional names, Luhn-valid orgnr, coordinates from the street plan."""
    rows = []
    for key, name, form, cat, street, postal, city, loc, web, tags, notes in ORGS:
        e, n = org_point(loc)
        rows.append({
            "key": key, "name": name, "orgnr": make_orgnr(rng, form), "category": cat,
            "street": street, "postal_code": postal, "city": city, "kommun": "Norberg",
            "e": e, "n": n, "website": f"https://{key}.example" if web else "",
            "tags": sorted_tags(tags), "notes": notes, "demo": "ja",
            "_domain": f"{key}.example",
        })
    return rows


# --------------------------------------------------------------------------------------------
# Persons (FICTIONAL) and interactions
# --------------------------------------------------------------------------------------------

FIRST_NAMES = [
    "Anna", "Eva", "Maria", "Karin", "Kristina", "Lena", "Sara", "Emma", "Ingrid", "Malin",
    "Linnea", "Elin", "Åsa", "Johanna", "Helena", "Sofia", "Ida", "Frida", "Maja", "Annika",
    "Lars", "Mikael", "Anders", "Johan", "Per", "Erik", "Karl", "Peter", "Jonas", "Magnus",
    "Mats", "Ulf", "Björn", "Henrik", "Fredrik", "Oskar", "Gustav", "Nils", "Stefan", "Jörgen",
    "Torbjörn", "Göran", "Elsa", "Ebba", "Hanna", "Tove", "Viktor", "Axel", "Linus", "Ronja",
]
LAST_NAMES = [
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
    "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist",
    "Bergström", "Hedlund", "Forsberg", "Sandberg", "Hägg", "Björk", "Wallin", "Engström",
    "Danielsson", "Holm", "Nordin", "Malmberg", "Hyttinen", "Bergman", "Åberg", "Lund",
    "Sjöberg", "Ek", "Grahn", "Falk", "Ström", "Öberg", "Norling", "Rask", "Berggren", "Hellgren",
]
ROLES = {
    "boende": ["Ägare", "Platschef", "Bokningsansvarig", "Receptionist"],
    "mat och dryck": ["Ägare", "Köksmästare", "Restaurangchef", "Serveringsansvarig"],
    "handel": ["Ägare", "Butiksansvarig", "Butiksbiträde"],
    "aktivitet": ["Ägare", "Verksamhetsledare", "Guide"],
    "transport": ["Ägare", "Trafikledare"],
    "kultur": ["Ordförande", "Verksamhetsledare", "Sekreterare"],
    "övrigt": ["Ordförande", "Kassör", "Samordnare"],
}
SPECIAL_PEOPLE = {
    "skidklubben": [("Ordförande", 0), ("Tävlingsledare Engelbrektsloppet", 0),
                    ("Spår- och snöansvarig", 0)],
    "turistbyran": [("Turismsamordnare", 0), ("Evenemangssamordnare", 0),
                    ("Besöksnäringsutvecklare", 0)],
    "region-vastmanland-turism": [("Destinationsutvecklare", 0), ("Marknadskoordinator", 0)],
}
PERSON_COUNT = {"hotell-hyttgarden": 3, "stigfinnarna-mtb": 2, "gruvljud": 2,
                "foretagarforeningen": 2, "glidresor": 1}
# PTS reserves 070-174 06 05 … 070-174 06 99 for fiction: no demo number can ring anyone.
FICTION_MOBILES = [f"+467017406{n:02d}" for n in range(5, 100)]


def build_persons(rng: random.Random, orgs: list[Row]) -> list[Row]:
    """One to three contacts per organisation, each with a GDPR legal basis and review date."""
    used_names: set[str] = set()
    used_phones: set[str] = set()
    mobiles = FICTION_MOBILES[:]
    rng.shuffle(mobiles)
    rows: list[Row] = []
    for org in orgs:
        key = org["key"]
        if key in SPECIAL_PEOPLE:
            roles = [r for r, _ in SPECIAL_PEOPLE[key]]
        else:
            count = PERSON_COUNT.get(key) or rng.choices([1, 2, 3], weights=[45, 45, 10])[0]
            pool = ROLES[org["category"]]
            if org["orgnr"][:3] in ("802", "817", "822"):
                pool = ["Ordförande", "Kassör", "Sekreterare"]
            roles = [pool[0], *rng.sample(pool[1:], min(count - 1, len(pool) - 1))]
        firsts_in_org: set[str] = set()
        for i, role in enumerate(roles):
            while True:
                first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                if f"{first} {last}" not in used_names and first not in firsts_in_org:
                    break
            used_names.add(f"{first} {last}")
            firsts_in_org.add(first)
            local = ascii_slug(first)
            if i == 0 and rng.random() < 0.35:
                local = f"{ascii_slug(first)}.{ascii_slug(last)}"
            landline = (i == 0 and rng.random() < 0.45) or not mobiles
            while True:
                phone = (f"+46223{rng.randint(1, 6)}{rng.randint(0, 9999):04d}" if landline
                         else mobiles.pop())
                if phone not in used_phones:
                    break
            used_phones.add(phone)
            if key in ("turistbyran", "skidklubben", "region-vastmanland-turism"):
                basis = "avtal" if key != "skidklubben" else "berättigat intresse"
            elif "paket" in org["tags"] and i == 0:
                basis = "avtal"
            else:
                basis = rng.choices(["samtycke", "berättigat intresse"], weights=[45, 55])[0]
            consent = ""
            if basis == "samtycke":
                consent = (dt.date(2024, 3, 1) + dt.timedelta(days=rng.randint(0, 960))).isoformat()
            review = dt.date(2027, 1, 15) + dt.timedelta(days=rng.randint(0, 700))
            rows.append({
                "key": ascii_slug(f"{first} {last}"), "organisation": key,
                "name": f"{first} {last}", "role": role,
                "email": f"{local}@{org['_domain']}", "phone": phone,
                "legal_basis": basis, "consent_date": consent,
                "retention_review": review.isoformat(),
            })
    return rows


# Orgs with no contact since before 2026-03-01 (the overview flags them as "cold").
COLD_ORGS = ("klarsyn-optik", "jarnhandeln-torget", "siam-kok", "gatukok-sparvakten",
             "fiske-olsbenning", "islandshastar-hagalund", "hagalunds-fritidsby",
             "karbenning-gardslogi", "leksaker-snobollen", "malmlaten")

NOTES: dict[str, list[str]] = {
    "vinter": [
        "Bekräftade deltagande i {vs}; håller öppet fredagar och lördagar 16–20.",
        "Gick igenom erbjudandet till {vs}: glögg och pepparkaka till alla med stråkkartan.",
        "Vill ha marschaller och en skylt vid entrén under {vs}.",
        "Frågade om gemensam annonsering av {vs} i lokaltidningen och på sociala medier.",
        "Utvärdering av förra vinterns stråk: fler besökare på lördagar än fredagar.",
        "Lämnade in text och bild till stråkkartan för {vs}.",
    ],
    "sommar": [
        "Anmälde intresse för {ss}; öppet torsdag–lördag 11–18.",
        "Diskuterade erbjudandet till {ss}: 10 % rabatt mot stråkkartan.",
        "Sommarstråket gav bra flöde i juli; önskar fler skyltar från Torget.",
        "Vill ha uteservering/försäljning på trottoaren under {ss}.",
    ],
    "paket": [
        "Förhandlade paketpris för Engelbrektsloppet-helgen: 1 195 kr per person och natt i "
        "dubbelrum.",
        "Kan reservera ett rumsblock till paketet fre–sön under vinterveckan.",
        "Vill vara med i paketen som Region Västmanland sprider; skickar underlag.",
        "Gick igenom avbokningsregler i paketen om loppet ställs in på grund av snöbrist.",
        "Diskuterade provision till researrangören och hur paketen ska faktureras.",
        "Skickade bilder och texter till paketets säljblad.",
        "Stämde av hur många platser som kan ligga i paketen utan att sälja slut själv.",
    ],
    "sno": [
        "Pratade snöläge: lagret under sågspånet har klarat sommaren med drygt 20 % "
        "smältförlust.",
        "Skidklubben räknar med att lägga ut 4 km från snölagret till premiären 1 december.",
        "Frågade när beslutet om 3×20 km-slingan tas om natursnön uteblir.",
        "Bokningsläget inför vinterveckan ser bättre ut än i fjol.",
        "Stämde av kanonernas drifttimmar och var snön ska läggas upp i vår.",
    ],
    "lopp": [
        "Nästan fullbokat över Engelbrektsloppet-helgen redan nu.",
        "Vill ha en monter på expot vid nummerlappsutdelningen.",
        "Planerar utökade öppettider under Engelbrektsloppet-helgen.",
        "Erbjuder tidig frukost från kl. 06 på tävlingsdagen.",
        "Diskuterade pendelbussar mellan parkeringen i Kärrgruvan och Torget.",
    ],
    "ny": [
        "Ny etablering: planerar öppning inom kort och behöver hjälp med skyltning.",
        "Besök i de nya lokalerna; öppningen verkar hålla tidplanen.",
        "Vill synas i turistbyråns material och på kartan över centrum.",
        "Frågade om bygglov för skylt och om stöd till nyföretagare.",
    ],
    "mtb": [
        "Gick igenom stigstatus efter blåsten; några träd över stigarna i Klackberg.",
        "Föreslog guidade MTB-turer som ett sommarpaket.",
        "Diskuterade skyltning av stigarna med färgklassning grön–blå–röd–svart.",
        "Skogsavverkning stänger en stig i november; vi informerar på kartan.",
    ],
    "kultur": [
        "Diskuterade utställning och öppet hus under stråket.",
        "Vill samarbeta med skolorna kring kulturarvet i gruvorna.",
        "Frågade om lokal och teknik till en sommarföreställning.",
    ],
    "festival": [
        "Planering av festivalen i Mimerlaven: tillstånd, säkerhetsplan och boende för "
        "artister.",
        "Festivalen vill ha hjälp med att hitta boende till 200 besökare utöver tältplatsen.",
        "Gick igenom buller- och trafikfrågor inför festivalen med föreningen.",
    ],
    "klubb": [
        "Gick igenom polistillstånd och trafikanordningsplan för Engelbrektsloppet.",
        "Klubben behöver fler funktionärer till vätskekontrollerna; turistbyrån hjälper till.",
        "Avstämning om snölagret: sågspånet ligger kvar och högen mäts varje månad.",
        "Diskuterade när beslutet om ordinarie bana eller 3×20 km ska tas.",
        "Planering av snöproduktionen: kanonerna startar vid en våt temperatur på "
        "−1,8 °C eller kallare.",
        "Samordnade vinterveckans program med Vinterstråket och pastapartyt.",
    ],
    "allmant": [
        "Allmän avstämning om säsongen; nöjd med antalet besökare.",
        "Fick uppdaterade öppettider och kontaktuppgifter.",
        "Frågade om kommunens stöd till marknadsföring.",
        "Delade ut nya broschyrer och kartor.",
        "Diskuterade svårigheter att rekrytera säsongspersonal.",
        "Tackade för samarbetet och bjöd in till nästa nätverksfrukost.",
        "Pratade om fler utländska besökare, främst från Tyskland och Nederländerna.",
        "Bad om statistik över besökare och övernattningar i kommunen.",
        "Vill ha fler evenemang under lågsäsongen i mars–april.",
        "Frågade hur man kommer med på turistbyråns webbplats och i appen.",
        "Tipsade om att Region Västmanland söker företag till en kampanj.",
        "Diskuterade skyltning från riksvägen in mot centrum.",
        "Nöjd med säsongen hittills; vill höras igen inför nästa.",
    ],
}


def note_topics(org: Row, day: dt.date) -> list[str]:
    """Topics that make sense for this organisation on this date."""
    tags = org["tags"].split(";") if org["tags"] else []
    if org["key"] == "skidklubben":
        return ["klubb"] * 4 + ["sno", "allmant"]
    topics = ["allmant"]
    if "vinterstråket" in tags and day.month in (9, 10, 11, 12, 1, 2):
        topics += ["vinter"] * 3
    if "sommarstråket" in tags and day.month in (3, 4, 5, 6, 7, 8):
        topics += ["sommar"] * 3
    if "paket" in tags:
        topics += ["paket"]
    if "skidor" in tags:
        topics += ["sno"] * 2
    lopp_season = day.month in (9, 10, 11, 12, 1, 2)
    if ("engelbrektsloppet" in tags or org["category"] == "boende") and lopp_season:
        topics += ["lopp"] * 2
    if "ny etablering" in tags:
        topics += ["ny"] * 3
    if "mtb" in tags:
        topics += ["mtb"] * 2
    if org["key"] == "gruvljud":
        topics += ["festival"] * 3
    elif org["category"] == "kultur":
        topics += ["kultur"] * 2
    return topics


def format_note(template: str, day: dt.date) -> str:
    """Fill season names so a note from 2025 speaks of that season, not the next one."""
    winter = "Vinterstråket 2025/26" if day < dt.date(2026, 5, 1) else "Vinterstråket 2026/27"
    summer = "Sommarstråket 2026" if day < dt.date(2026, 10, 1) else "Sommarstråket 2027"
    return template.format(vs=winter, ss=summer)


def occasion(day: dt.date) -> str:
    """Where a coordinator plausibly met someone in person in that month."""
    return {12: "julmarknaden", 2: "vinterveckan", 6: "Sommarstråket", 7: "Sommarstråket",
            8: "Sommarstråket", 11: "nätverksträffen"}.get(day.month, "nätverksfrukosten")


def random_day(rng: random.Random, start: dt.date, end: dt.date, weekdays_only: bool) -> dt.date:
    """A random date in [start, end], optionally a weekday (office contact)."""
    while True:
        day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
        if not weekdays_only or day.weekday() < 5:
            return day


def build_interactions(rng: random.Random, orgs: list[Row], persons: list[Row]) -> list[Row]:
    """About 250 contacts Sep 2025–Nov 2026, with follow-ups shaped for the overview."""
    by_org: dict[str, list[str]] = {}
    for p in persons:
        by_org.setdefault(p["organisation"], []).append(p["key"])
    first, last = dt.date(2025, 9, 1), dt.date(2026, 11, 25)
    cold_end = dt.date(2026, 2, 27)
    plan: list[tuple[Row, dt.date, dt.date]] = []
    extra: list[tuple[Row, dt.date, dt.date]] = []
    for org in orgs:
        if org["key"] == "turistbyran":
            continue  # the coordinators' own office: no contacts logged with itself
        if org["key"] in COLD_ORGS:
            plan += [(org, first, cold_end)] * rng.randint(1, 3)
            continue
        tags = org["tags"].split(";") if org["tags"] else []
        weight = 3 + 2 * ("stråk" in tags) + 2 * ("paket" in tags)
        weight += 2 * ("engelbrektsloppet" in tags) + ("ny etablering" in tags)
        weight += 6 * (org["key"] == "skidklubben")
        # Everyone active has been in touch at least once since March 2026.
        plan.append((org, dt.date(2026, 3, 2), last))
        extra += [(org, first, last)] * (weight - 1)
    rng.shuffle(extra)
    plan += extra[: 250 - len(plan)]
    rows: list[Row] = []
    said: dict[str, set[str]] = {}  # avoid repeating the same note to the same organisation
    for org, lo, hi in plan:
        kind = rng.choices(INTERACTION_KINDS, weights=[25, 30, 30, 10, 5])[0]
        day = random_day(rng, lo, hi, weekdays_only=kind != "evenemang")
        people = by_org.get(org["key"], [])
        chosen = rng.sample(people, rng.randint(0, min(2, len(people)))) if people else []
        chosen.sort(key=people.index)
        topic = rng.choice(note_topics(org, day))
        seen = said.setdefault(org["key"], set())
        fresh = [t for t in NOTES[topic] if t not in seen] or NOTES[topic]
        template = rng.choice(fresh)
        seen.add(template)
        note = format_note(template, day)
        if kind == "evenemang":
            note = f"Träffades på {occasion(day)}. {note}"
        follow, done = "", ""
        if rng.random() < 0.3:
            fu = day + dt.timedelta(days=rng.choice([7, 10, 14, 21, 30]))
            follow = fu.isoformat()
            done = "ja" if fu < dt.date(2026, 11, 20) else "nej"
        rows.append({"organisation": org["key"], "date": day.isoformat(), "kind": kind,
                     "persons": ";".join(chosen), "note": note,
                     "follow_up": follow, "follow_up_done": done})
    rows.sort(key=lambda r: (r["date"], r["organisation"]))
    shape_follow_ups(rng, rows)
    for i, row in enumerate(rows, start=1):
        row["key"] = f"kontakt-{i:04d}"
    return [{k: r[k] for k in ("key", "organisation", "date", "kind", "persons", "note",
                               "follow_up", "follow_up_done")} for r in rows]


def shape_follow_ups(rng: random.Random, rows: list[Row]) -> None:
    """Make exactly eight open follow-ups fall due 2026-11-20..12-10, three done, two stale.

    The overview's "to follow up" list needs predictable content, so random follow-ups in
    that window are cleared and a fixed number are placed on recent contacts.
    """
    lo, hi = dt.date(2026, 11, 20), dt.date(2026, 12, 10)
    for r in rows:
        if r["follow_up"] and lo <= dt.date.fromisoformat(r["follow_up"]) <= hi:
            r["follow_up"], r["follow_up_done"] = "", ""
        elif r["follow_up"] and dt.date.fromisoformat(r["follow_up"]) > hi:
            r["follow_up_done"] = "nej"
    recent = [r for r in rows if dt.date(2026, 10, 20) <= dt.date.fromisoformat(r["date"])
              and not r["follow_up"] and r["organisation"] not in COLD_ORGS]
    picks = rng.sample(recent, 11)
    for i, r in enumerate(picks):
        day = dt.date.fromisoformat(r["date"])
        if i < 8:
            due = max(lo, day + dt.timedelta(days=7)) + dt.timedelta(days=rng.randint(0, 10))
            r["follow_up"], r["follow_up_done"] = min(due, hi).isoformat(), "nej"
        else:
            due = max(lo, day + dt.timedelta(days=5))
            r["follow_up"], r["follow_up_done"] = min(due, TODAY).isoformat(), "ja"
    older = [r for r in rows if r["follow_up"] and r["follow_up_done"] == "ja"
             and dt.date(2026, 9, 1) <= dt.date.fromisoformat(r["follow_up"]) < lo]
    for r in rng.sample(older, min(2, len(older))):
        r["follow_up_done"] = "nej"


# --------------------------------------------------------------------------------------------
# Seasons and events
# --------------------------------------------------------------------------------------------

SEASONS = [
    {"key": "vinter-2026-27", "name": "Vinter 2026/27", "starts": "2026-11-01",
     "ends": "2027-04-30", "kind": "vinter"},
    {"key": "sommar-2027", "name": "Sommar 2027", "starts": "2027-05-01",
     "ends": "2027-09-30", "kind": "sommar"},
]

RACE_DAY = second_sunday_of_february(2027)


def season_of(start: str) -> str:
    """The season whose date range holds the event's start date."""
    day = start[:10]
    for season in SEASONS:
        if season["starts"] <= day <= season["ends"]:
            return str(season["key"])
    raise ValueError(f"no season holds {start}")


# key, parent, name_sv, name_en, kind, status, start, end, place, organiser, outdoor,
# description_sv, description_en
EventSpec = tuple[str, str | None, str, str, str, str, str, str, str | None, str | None, bool,
                  str, str]
EVENTS: list[EventSpec] = [
    # ---- Vintervecka 2027 and its races/programme
    ("vintervecka-2027", None, "Vintervecka 2027", "Winter Week 2027", "vecka", "bekräftad",
     "2027-02-08T00:00", "2027-02-14T18:00", "torget", "skidklubben", True,
     "Engelbrektsloppets vintervecka: en vecka med lopp för alla åldrar, från Klasskidan till "
     "60 km klassiskt på söndagen. Över 4 000 deltagare under veckan.",
     "Engelbrektsloppet's winter week: races for all ages, from the school race Klasskidan "
     "to the 60 km classic on Sunday. More than 4,000 participants over the week."),
    ("invigning-vintervecka-2027", "vintervecka-2027", "Invigning av vinterveckan",
     "Opening of the winter week", "program", "bekräftad", "2027-02-08T18:00",
     "2027-02-08T19:00", "torget", "turistbyran", True,
     "Invigning på Torget med fackeltåg, spelmanslag och varm dryck.",
     "Opening ceremony on Torget with a torch procession, folk fiddlers and hot drinks."),
    ("klasskidan-2027", "vintervecka-2027", "Klasskidan", "Klasskidan (school race)", "lopp",
     "bekräftad", "2027-02-10T09:00", "2027-02-10T13:00", "skidstadion-karrgruvan",
     "skidklubben", True,
     "Skolornas klasstafett på stadion; alla klasser i årskurs 1–6 i kommunen bjuds in.",
     "The schools' class relay at the stadium; every class from year 1 to 6 is invited."),
    ("expo-nummerlappar-2027", "vintervecka-2027", "Nummerlappsutdelning och expo",
     "Bib collection and expo", "program", "bekräftad", "2027-02-12T12:00",
     "2027-02-13T18:00", "skolan", "skidklubben", False,
     "Hämta nummerlappen i idrottshallen; expo med vallaservice, utrustning och lokala "
     "företag. Öppet fredag 12–20 och lördag 9–18.",
     "Collect your bib in the sports hall; expo with waxing service, equipment and local "
     "businesses. Open Friday 12–20 and Saturday 9–18."),
    ("engelbrektssprinten-2027", "vintervecka-2027", "Engelbrektssprinten 800 m",
     "Engelbrektssprinten 800 m", "lopp", "bekräftad", "2027-02-12T18:30", "2027-02-12T20:30",
     "torget", "skidklubben", True,
     "Sprint på 800 m under belysning mitt på Torget, med kval och finaler i utslagsformat.",
     "800 m floodlit sprint in the middle of Torget, heats and knockout finals."),
    ("vinterstraket-engelbrektskvall-2027", "vintervecka-2027",
     "Vinterstråket: Engelbrektskväll", "Vinterstråket: Engelbrekt evening", "program",
     "planerad", "2027-02-12T16:00", "2027-02-12T20:00", "torget", "turistbyran", True,
     "Vinterstråket med extra öppet och loppserbjudanden i butiker och kaféer kvällen före "
     "lördagens lopp.",
     "Vinterstråket with late opening and race-weekend offers in shops and cafés."),
    ("lilla-engelbrektsloppet-2027", "vintervecka-2027", "Lilla Engelbrektsloppet",
     "Little Engelbrektsloppet (children)", "lopp", "bekräftad", "2027-02-13T10:00",
     "2027-02-13T12:00", "skidstadion-karrgruvan", "skidklubben", True,
     "Barnlopp på 1–5 km beroende på ålder; medalj och korv till alla.",
     "Children's race of 1–5 km depending on age; a medal and a hot dog for everyone."),
    ("kristinaloppet-2027", "vintervecka-2027", "Kristinaloppet 30 km",
     "Kristinaloppet 30 km (women)", "lopp", "bekräftad", "2027-02-13T10:00",
     "2027-02-13T14:30", "torget", "skidklubben", True,
     "Damernas lopp, 30 km klassiskt med start och mål på Torget.",
     "The women's race, 30 km classic, start and finish on Torget."),
    ("engelbrektsstafetten-2027", "vintervecka-2027", "Engelbrektsstafetten 3×10 km",
     "Engelbrektsstafetten 3×10 km relay", "lopp", "bekräftad", "2027-02-13T13:00",
     "2027-02-13T16:00", "skidstadion-karrgruvan", "skidklubben", True,
     "Stafett för lag om tre; varje sträcka 10 km. Populär bland företagslag.",
     "Relay for teams of three, 10 km per leg. Popular with company teams."),
    ("pastaparty-2027", "vintervecka-2027", "Pastaparty", "Pasta party", "program",
     "planerad", "2027-02-13T17:00", "2027-02-13T20:00", "skolan", "skidklubben", False,
     "Pastaparty i skolans matsal för alla som åker på söndag.",
     "Pasta party in the school dining hall for everyone racing on Sunday."),
    ("engelbrektsloppet-2027", "vintervecka-2027", "Engelbrektsloppet 60 km klassisk",
     "Engelbrektsloppet 60 km classic", "lopp", "bekräftad", "2027-02-14T09:00",
     "2027-02-14T16:00", "torget", "skidklubben", True,
     "Engelbrektsloppet har körts sedan 1969, alltid andra söndagen i februari: 60 km klassisk "
     "stil med start och mål på Torget och 2 000–3 000 startande. Vid snöbrist körs loppet "
     "som 3×20 km på konstsnöslingan, som 2023.",
     "Engelbrektsloppet has been held since 1969, always on the second Sunday of February: "
     "60 km classic style, start and finish on Torget, 2,000–3,000 starters. If snow is short "
     "it runs as 3×20 km on the artificial-snow loop, as in 2023."),
    ("engelbrektshalvan-2027", "vintervecka-2027", "Engelbrektshalvan 30 km",
     "Engelbrektshalvan 30 km", "lopp", "bekräftad", "2027-02-14T09:30", "2027-02-14T14:00",
     "torget", "skidklubben", True,
     "Halva distansen, 30 km klassiskt, med start strax efter 60 km-fältet.",
     "Half the distance, 30 km classic, starting just after the 60 km field."),
    ("prisutdelning-2027", "vintervecka-2027", "Prisutdelning", "Prize-giving", "program",
     "bekräftad", "2027-02-14T12:30", "2027-02-14T13:30", "torget", "skidklubben", True,
     "Prisutdelning på Torget för Engelbrektsloppet, Engelbrektshalvan och lördagens lopp.",
     "Prize-giving on Torget for Engelbrektsloppet, Engelbrektshalvan and Saturday's races."),
    # ---- Stråk
    ("vinterstraket-2026-27", None, "Vinterstråket 2026/27", "Vinterstråket 2026/27", "stråk",
     "bekräftad", "2026-12-04T16:00", "2027-02-27T20:00", "torget", "turistbyran", True,
     "Ett ljussatt stråk genom centrum fredagar och lördagar 16–20 med öppna butiker, kaféer "
     "och gallerier.",
     "A lantern-lit walk through the centre on Fridays and Saturdays 16–20, with shops, cafés "
     "and galleries open."),
    ("vinterstraket-premiarkvall-2026", "vinterstraket-2026-27",
     "Vinterstråket: premiärkväll med fackeltåg", "Vinterstråket: opening night with torches",
     "program", "bekräftad", "2026-12-04T16:00", "2026-12-04T20:00", "torget", "turistbyran",
     True, "Premiärkväll med fackeltåg från Torget och glögg på alla stopp.",
     "Opening night with a torch procession from Torget and mulled wine at every stop."),
    ("sommarstraket-2027", None, "Sommarstråket 2027", "Sommarstråket 2027", "stråk",
     "planerad", "2027-06-18T11:00", "2027-08-15T18:00", "torget", "turistbyran", True,
     "Sommarens stråk genom centrum och upp mot Mimerlaven, torsdag–lördag 11–18.",
     "The summer walk through the centre and up to Mimerlaven, Thursday–Saturday 11–18."),
    ("sommarstraket-premiar-2027", "sommarstraket-2027", "Sommarstråket: premiärdag",
     "Sommarstråket: opening day", "program", "planerad", "2027-06-18T11:00",
     "2027-06-18T18:00", "torget", "turistbyran", True,
     "Premiärdag med musik på Torget och öppna gårdar längs stråket.",
     "Opening day with music on Torget and open courtyards along the walk."),
    # ---- Late November / December 2026 (the overview's "next 14 days")
    ("fackelskidning-2026", None, "Fackelskidning på natursnö", "Torch-lit skiing on natural "
     "snow", "program", "inställd", "2026-11-21T17:00", "2026-11-21T19:00",
     "skidstadion-karrgruvan", "skidklubben", True,
     "Inställd: natursnön räckte inte.", "Cancelled: not enough natural snow."),
    ("natverkstraff-2026-11", None, "Nätverksträff: inför vintersäsongen",
     "Network meeting: ahead of the winter season", "möte", "bekräftad", "2026-11-05T18:00",
     "2026-11-05T20:00", "folkets-hus", "turistbyran", False,
     "Genomgång av vinterns evenemang, paket och Vinterstråket för företagen.",
     "Review of the winter's events, packages and Vinterstråket for local businesses."),
    ("infomote-vinterstraket-2026", None, "Informationsmöte för Vinterstråkets deltagare",
     "Briefing for Vinterstråket participants", "möte", "bekräftad", "2026-11-26T18:00",
     "2026-11-26T19:30", "folkets-hus", "turistbyran", False,
     "Praktisk genomgång: öppettider, marschaller, skyltar och stråkkartan.",
     "Practical briefing: opening hours, lanterns, signs and the walk map."),
    ("skyltsondag-2026", None, "Skyltsöndag i centrum", "Shop-window Sunday in the centre",
     "marknad", "bekräftad", "2026-11-29T12:00", "2026-11-29T16:00", "torget",
     "foretagarforeningen", True,
     "Första advent: butikerna visar upp julskyltningen och håller söndagsöppet.",
     "First Sunday of Advent: shops unveil their Christmas windows and open on Sunday."),
    ("snolagesmote-2026-11", None, "Snölägesmöte inför premiären",
     "Snow status meeting before the opening", "möte", "bekräftad", "2026-11-30T16:00",
     "2026-11-30T17:00", "skidstadion-karrgruvan", "skidklubben", False,
     "Skidklubben och turistbyrån går igenom snölagret och beslutar om premiären.",
     "The ski club and the tourist office review the snow store and confirm the opening."),
    ("premiar-i-sparen-2026", None, "Premiär i spåren", "Opening of the ski tracks",
     "program", "bekräftad", "2026-12-01T10:00", "2026-12-01T20:00", "skidstadion-karrgruvan",
     "skidklubben", True,
     "Tidig snögaranti: 4 km spår på lagrad snö från förra vintern öppnar 1 december.",
     "Early snow guarantee: 4 km of track on snow stored from last winter opens on "
     "1 December."),
    ("natverksfrukost-2026-12", None, "Nätverksfrukost december", "Network breakfast, December",
     "möte", "bekräftad", "2026-12-03T07:30", "2026-12-03T09:00", "folkets-hus",
     "turistbyran", False,
     "Frukostträff för besöksnäringen: Engelbrektsloppet-paketen och julhandeln.",
     "Breakfast for the visitor economy: Engelbrektsloppet packages and Christmas trade."),
    ("julmarknad-2026", None, "Julmarknad på Torget", "Christmas market on Torget", "marknad",
     "bekräftad", "2026-12-05T11:00", "2026-12-05T16:00", "torget", "foretagarforeningen",
     True, "Julmarknad med 40 knallar, lokala hantverkare, tomte och ponnyridning.",
     "Christmas market with 40 stalls, local crafts, Father Christmas and pony rides."),
    ("skolornas-skiddag-2026", None, "Skolornas dag i spåret", "Schools' day on the track",
     "program", "planerad", "2026-12-09T09:00", "2026-12-09T14:00", "skidstadion-karrgruvan",
     "skidklubben", True,
     "Alla mellanstadieklasser bjuds in till konstsnöslingan; skidor lånas av klubben.",
     "All middle-school classes are invited to the early-snow loop; skis on loan from the "
     "club."),
    ("julkonsert-2026", None, "Julkonsert i Mimerlaven", "Christmas concert in Mimerlaven",
     "program", "planerad", "2026-12-10T19:00", "2026-12-10T21:00", "mimerlaven",
     "malmlaten", False,
     "Spelmanslaget och kören i en julkonsert i den gamla gruvlaven.",
     "Folk fiddlers and choir in a Christmas concert in the old mine hall."),
    ("luciafirande-2026", None, "Luciafirande på Torget", "Saint Lucy's Day on Torget",
     "program", "bekräftad", "2026-12-13T17:00", "2026-12-13T18:00", "torget", "turistbyran",
     True, "Luciatåg på Torget med kör och lussebullar.",
     "Lucia procession on Torget with choir and saffron buns."),
    ("natverksfrukost-2027-01", None, "Nätverksfrukost januari", "Network breakfast, January",
     "möte", "planerad", "2027-01-21T07:30", "2027-01-21T09:00", "folkets-hus", "turistbyran",
     False, "Frukostträff: sista förberedelserna inför vinterveckan.",
     "Breakfast meeting: final preparations for the winter week."),
    ("snoskovandring-2027", None, "Snöskovandring i fullmåne", "Full-moon snowshoe walk",
     "program", "idé", "2027-01-22T19:00", "2027-01-22T21:30", "klackberg", "aventyr-norberg",
     True, "Idé: guidad snöskovandring bland gruvhålen i Klackberg under fullmånen.",
     "Idea: guided snowshoe walk among the Klackberg mine pits by full moon."),
    ("gruvlyktsvandring-2027", None, "Gruvlyktsvandring", "Miner's-lamp walk", "program",
     "idé", "2027-03-20T18:00", "2027-03-20T20:00", "mimerlaven", "gruvguiderna", True,
     "Idé: kvällsvandring med gruvlyktor från Mimerlaven till Torget.",
     "Idea: evening walk with miners' lamps from Mimerlaven to Torget."),
    # ---- Summer 2027
    ("gruvstigsrundan-2027", None, "Gruvstigsrundan MTB 2027", "Gruvstigsrundan MTB 2027",
     "lopp", "planerad", "2027-06-05T10:00", "2027-06-05T16:00", "skidstadion-karrgruvan",
     "stigfinnarna-mtb", True,
     "Motionslopp på mountainbike, 15 och 35 km på stigarna runt Kärrgruvan och Klackberg.",
     "Mountain-bike race of 15 and 35 km on the trails around Kärrgruvan and Klackberg."),
    ("barnens-cykelfestival-2027", None, "Barnens cykelfestival", "Children's cycling festival",
     "festival", "idé", "2027-06-12T10:00", "2027-06-12T15:00", "torget", "stigfinnarna-mtb",
     True, "Idé: cykelbana, hinder och cykelservice för barn på Torget.",
     "Idea: bike course, obstacles and bike service for children on Torget."),
    ("gruvljud-2027", None, "Gruvljud 2027 – musikfestival i Mimerlaven",
     "Gruvljud 2027 – music festival in Mimerlaven", "festival", "planerad",
     "2027-07-22T16:00", "2027-07-25T14:00", "mimerlaven", "gruvljud", False,
     "Elektronisk musik dygnet runt i den gamla gruvlaven; tältplats och dagsbiljetter.",
     "Electronic music around the clock in the old mine hall; camping and day tickets."),
    ("engelbrektsrullen-2027", None, "Engelbrektsrullen 2027", "Engelbrektsrullen 2027 "
     "(roller ski)", "lopp", "planerad", "2027-08-21T10:00", "2027-08-21T14:00", "torget",
     "skidklubben", True,
     "Rullskidlopp i Engelbrektsloppets anda, 20 km på avstängd väg med mål på Torget.",
     "Roller-ski race in the spirit of Engelbrektsloppet, 20 km on closed roads, finish on "
     "Torget."),
    ("hostmarknad-2027", None, "Höstmarknad", "Autumn market", "marknad", "idé",
     "2027-09-18T10:00", "2027-09-18T15:00", "torget", "foretagarforeningen", True,
     "Idé: skördemarknad med lokala odlare och hantverkare.",
     "Idea: harvest market with local growers and craftspeople."),
]


def build_events() -> list[Row]:
    """Events with parent links; seasons are derived from the start date."""
    rows = []
    for (key, parent, nsv, nen, kind, status, start, end, place, org, outdoor, dsv,
         den) in EVENTS:
        rows.append({
            "key": key, "season": season_of(start), "parent": parent, "name_sv": nsv,
            "name_en": nen, "kind": kind, "status": status, "start": start, "end": end,
            "place": place, "organiser": org, "outdoor": outdoor,
            "milestone": key in MILESTONE_EVENTS,
            "description_sv": dsv, "description_en": den,
        })
    return rows



# --------------------------------------------------------------------------------------------
# Tasks
# --------------------------------------------------------------------------------------------

# event, title, due (date) or offset (days relative to the event's start), responsible
# (index into that organisation's persons: "t0" = turistbyrån person 0, "s1" = skidklubben
# person 1, "" = nobody), done
TASKS: list[tuple[str, str, str | int, str, bool]] = [
    ("engelbrektsloppet-2027", "Ansök om tillstånd från polisen (lopp på allmän plats)",
     "2026-11-15", "s1", False),
    ("engelbrektsloppet-2027", "Trafikanordningsplan (TA-plan) till kommunen", -60, "s1",
     False),
    ("engelbrektsloppet-2027", "Boka tidtagning med chip", "2026-10-01", "s1", True),
    ("engelbrektsloppet-2027", "Sjukvård: avtal om sjukvårdsbemanning längs banan", -55, "s0",
     False),
    ("engelbrektsloppet-2027", "Rekrytera 300 funktionärer", "2027-01-15", "s0", False),
    ("engelbrektsloppet-2027", "Funktionärsmöte", -7, "s1", False),
    ("engelbrektsloppet-2027", "Parkering: avtal med markägare vid Kärrgruvan", "2026-11-20",
     "t1", False),
    ("engelbrektsloppet-2027", "Snöläge-beslut: ordinarie 60 km eller 3×20 km", -14, "s2",
     False),
    ("engelbrektsloppet-2027", "Första snölägesbedömning för loppbanan", "2026-12-14", "s2",
     False),
    ("engelbrektsloppet-2027", "Sponsoravtal med huvudsponsor", "2026-11-01", "s0", True),
    ("engelbrektsloppet-2027", "Sponsorer: skyltar och banderoller beställda", "2027-01-10",
     "t2", False),
    ("engelbrektsloppet-2027", "Expo: boka utställare", "2026-12-15", "t2", False),
    ("engelbrektsloppet-2027", "Skyltning av banan och omledning av trafik", -2, "s1", False),
    ("engelbrektsloppet-2027", "Vätskekontroller: bemanning och material", -21, "", False),
    ("engelbrektsloppet-2027", "Nummerlappar tryckta", -30, "s1", False),
    ("engelbrektsloppet-2027", "Pressmeddelande: anmälan öppnar", "2026-09-15", "t0", True),
    ("engelbrektsloppet-2027", "Startlistor publicerade", -3, "s1", False),
    ("engelbrektsloppet-2027", "Försäkring för arrangemanget", "2026-11-24", "s0", False),
    ("vintervecka-2027", "Boka Folkets hus för invigningen", "2026-10-15", "t1", True),
    ("vintervecka-2027", "Programblad för vinterveckan till tryck", "2027-01-20", "t0", False),
    ("vintervecka-2027", "Inbjudan till företagen om vinterveckans erbjudanden",
     "2026-11-30", "t2", False),
    ("vintervecka-2027", "Pastaparty: avtal med skolköket", "2026-12-20", "t1", False),
    ("vintervecka-2027", "Boende: reservera rumsblock för åkare", "2026-11-18", "t2", False),
    ("vintervecka-2027", "Sprint: belysning och el på Torget", -30, "s2", False),
    ("vintervecka-2027", "Klasskidan: inbjudan till skolorna", "2026-12-04", "t1", False),
    ("vintervecka-2027", "Lilla Engelbrektsloppet: medaljer och priser", -20, "", False),
    ("julmarknad-2026", "Boka marknadsplatser", "2026-11-10", "t1", True),
    ("julmarknad-2026", "Polistillstånd för julmarknaden", "2026-10-20", "t1", True),
    ("julmarknad-2026", "El till marknadsstånden", "2026-12-02", "", True),
    ("julmarknad-2026", "Annonsering av julmarknaden", "2026-11-25", "t0", False),
    ("premiar-i-sparen-2026", "Utläggning av lagrad snö klar", "2026-11-28", "s2", False),
    ("premiar-i-sparen-2026", "Pressmeddelande om skidpremiären", -3, "t0", True),
    ("premiar-i-sparen-2026", "Spårpreparering inför premiären", -1, "s2", False),
    ("premiar-i-sparen-2026", "Snödjupsmätning på utlagd snö", "2026-11-25", "s2", True),
    ("vinterstraket-2026-27", "Samla in erbjudanden från deltagarna", "2026-11-20", "t2", True),
    ("vinterstraket-2026-27", "Stråkkarta och folder till tryck", "2026-11-27", "t0", False),
    ("vinterstraket-2026-27", "Marschaller och ljus längs stråket", -1, "t1", False),
    ("vinterstraket-2026-27", "Utvärdering av Vinterstråket", "2027-03-10", "t0", False),
    ("sommarstraket-2027", "Inbjudan till deltagare i Sommarstråket", "2027-03-15", "t2",
     False),
    ("gruvljud-2027", "Avtal om lokalen Mimerlaven", "2027-02-01", "", False),
    ("engelbrektsrullen-2027", "Tillstånd för avstängd väg", "2027-05-15", "s1", False),
    ("gruvstigsrundan-2027", "Banbesiktning med markägarna", -30, "", False),
]


def build_tasks(events: list[Row], persons: list[Row]) -> list[Row]:
    """Checklist rows; due is either a fixed date or an offset from the event's start."""
    starts = {e["key"]: dt.date.fromisoformat(e["start"][:10]) for e in events}
    staff = {
        "t": [p["key"] for p in persons if p["organisation"] == "turistbyran"],
        "s": [p["key"] for p in persons if p["organisation"] == "skidklubben"],
    }
    rows = []
    for i, (event, title, due, who, done) in enumerate(TASKS, start=1):
        rows.append({
            "key": f"uppgift-{i:03d}", "event": event, "title": title,
            "due": due if isinstance(due, str) else "",
            "due_offset_days": due if isinstance(due, int) else "",
            "responsible": staff[who[0]][int(who[1])] if who else "",
            "done": "ja" if done else "nej",
            "_effective": (dt.date.fromisoformat(due) if isinstance(due, str)
                           else starts[event] + dt.timedelta(days=due)),
        })
    return rows


# --------------------------------------------------------------------------------------------
# Stråk
# --------------------------------------------------------------------------------------------

STRAK_OFFERS: dict[str, tuple[str, str, str, str]] = {
    # org: (winter offer sv, winter offer en, summer offer sv, summer offer en)
    "kafe-gruvlyktan": ("Glögg och pepparkaka till alla med stråkkartan",
                        "Mulled wine and a ginger biscuit with the walk map",
                        "Iskaffe och kanelbulle för 45 kr", "Iced coffee and a cinnamon bun "
                        "for SEK 45"),
    "galleri-slaggsten": ("Vinterutställning med lokala konstnärer", "Winter exhibition of "
                          "local artists", "Sommarsalong och öppen ateljé",
                          "Summer salon and open studio"),
    "konditori-silverlaven": ("Engelbrektsbakelse 10 kr billigare", "Engelbrekt pastry SEK 10 "
                              "off", "", ""),
    "norbergs-skidhyra": ("Gratis vallaråd och 20 % på veckohyra", "Free waxing advice and 20% "
                          "off weekly rental", "", ""),
    "blomster-vitsippan": ("Kransbindning för barn, lördagar", "Wreath-making for children, "
                           "Saturdays", "", ""),
    "bryggeriet-tackjarn": ("Vinterprovning: tre öl och tilltugg 195 kr", "Winter tasting: "
                            "three beers and snacks SEK 195", "", ""),
    "hantverksboden": ("Smide på gården vid eldkorgen", "Blacksmithing in the yard by the "
                       "fire basket", "", ""),
    "vinterull": ("10 % på ylle mot stråkkartan", "10% off woollens with the walk map", "", ""),
    "bokboden": ("Sagostund vid brasan kl. 17", "Story time by the fire at 17:00", "", ""),
    "gruvbaren": ("Trubadur och varm choklad med vispgrädde", "Troubadour and hot chocolate "
                  "with cream", "", ""),
    "bageri-malmbrodet": ("Lussebullar direkt från stenugnen", "Saffron buns straight from the "
                          "stone oven", "", ""),
    "malmkorgen-deli": ("", "", "Picknickkorg med lokala delikatesser", "Picnic basket of local "
                        "delicacies"),
    "cykel-kedjan": ("", "", "Gratis däck- och kedjekoll", "Free tyre and chain check"),
    "lavhuset-inredning": ("", "", "Kafé i trädgården och 15 % på textil", "Garden café and "
                           "15% off textiles"),
    "gruvfyndet": ("", "", "Loppis på gården lördagar", "Flea market in the yard on "
                   "Saturdays"),
    "jarnbararna": ("", "", "Fri entré till utställningen om järnbärarna", "Free entry to the "
                    "exhibition on the iron carriers"),
    "guldsmed-bergkristallen": ("", "", "Visning av smyckestillverkning kl. 14",
                                "Jewellery-making demonstration at 14:00"),
    "hyttscenen": ("", "", "Kortföreställning på gården kl. 13 och 16", "Short outdoor "
                   "performance at 13:00 and 16:00"),
    "kafe-lokomotivet": ("", "", "Rabarberpaj och kaffe 60 kr", "Rhubarb pie and coffee "
                         "SEK 60"),
    "trampa-elcykel": ("", "", "Elcykel en timme 99 kr mot stråkkartan", "E-bike for an hour "
                       "SEK 99 with the walk map"),
}
WINTER_STOPS = ["kafe-gruvlyktan", "galleri-slaggsten", "konditori-silverlaven",
                "norbergs-skidhyra", "blomster-vitsippan", "bryggeriet-tackjarn",
                "hantverksboden", "vinterull", "bokboden", "gruvbaren", "bageri-malmbrodet"]
SUMMER_STOPS = ["kafe-gruvlyktan", "galleri-slaggsten", "malmkorgen-deli", "cykel-kedjan",
                "lavhuset-inredning", "gruvfyndet", "jarnbararna", "guldsmed-bergkristallen",
                "hyttscenen", "kafe-lokomotivet", "trampa-elcykel"]


def build_strak(orgs: list[Row]) -> list[Row]:
    """Two stråk with routes and ordered stops; stop order follows the walking direction."""
    where = {o["key"]: (o["e"], o["n"]) for o in orgs}
    out = []
    for key, event, name, season, p0, p1, days, opens, closes, route, stops, summer in (
        ("vinterstraket-2026-27", "vinterstraket-2026-27", "Vinterstråket 2026/27",
         "vinter-2026-27", "2026-12-04", "2027-02-27", [5, 6], "16:00", "20:00",
         WINTER_ROUTE, WINTER_STOPS, False),
        ("sommarstraket-2027", "sommarstraket-2027", "Sommarstråket 2027", "sommar-2027",
         "2027-06-18", "2027-08-15", [4, 5, 6], "11:00", "18:00", SUMMER_ROUTE,
         SUMMER_STOPS, True),
    ):
        ordered = sorted(stops, key=lambda k, r=route: distance_to_polyline(where[k], r)[1])
        out.append({
            "key": key, "event": event, "name": name, "season": season,
            "period_start": p0, "period_end": p1, "weekdays": days, "opens": opens,
            "closes": closes, "route": [[x, y] for x, y in route],
            "stops": [{
                "order": i, "organisation": org,
                "opening": "11–18" if summer else ("16–22" if org == "gruvbaren" else "16–20"),
                "offer_sv": STRAK_OFFERS[org][2 if summer else 0],
                "offer_en": STRAK_OFFERS[org][3 if summer else 1],
            } for i, org in enumerate(ordered, start=1)],
        })
    return out


# --------------------------------------------------------------------------------------------
# Trails (SCHEMATIC geometry)
# --------------------------------------------------------------------------------------------

# key, name, kind, grade, mtb_scale, area, lit, length_m, shape, anchor, direction,
# description_sv, description_en
# shape "loop": direction = angle (deg) from loop middle to start; "line": heading (deg).
TrailSpec = tuple[str, str, str, str, int | None, str, bool, float, str, Point, float, str,
                  str]
TRAILS: list[TrailSpec] = [
    # ---- MTB (10)
    ("mimer-familjeslingan", "Familjeslingan Mimer", "mtb", "grön", 0, "Mimerlaven", False,
     1200, "loop", rel(60, 40, MIMERLAVEN), 200,
     "Lättåkt grusslinga runt Mimerlaven, bra för barn.",
     "Easy gravel loop around Mimerlaven, good for children."),
    ("slaggvarpet", "Slaggvarpet", "mtb", "röd", 2, "Mimerlaven", False, 900, "loop",
     rel(150, 130, MIMERLAVEN), 220,
     "Kort teknisk slinga över gamla varphögar med lösa stenar.",
     "Short technical loop over old spoil heaps with loose rock."),
    ("gruvstigen", "Gruvstigen", "mtb", "blå", 1, "Norberg centrum", False, 3400, "line",
     rel(60, 120), 55,
     "Stig från centrum förbi Mimerlaven ut i skogen, rötter och korta backar.",
     "Trail from the centre past Mimerlaven into the forest; roots and short climbs."),
    ("hyttbacken", "Hyttbacken", "mtb", "svart", 3, "Norberg centrum", False, 1400, "line",
     rel(-400, 900), 200,
     "Brant och stenig nedfart från utsikten; endast för vana cyklister.",
     "Steep, rocky descent from the viewpoint; experienced riders only."),
    ("klackbergsrundan", "Klackbergsrundan", "mtb", "blå", 1, "Klackberg", False, 6500,
     "loop", rel(0, 60, KLACKBERG), 120,
     "Runda genom gruvfältet i Klackberg på stigar och skogsbilväg.",
     "Loop through the Klackberg mining field on singletrack and forest roads."),
    ("svarta-schaktet", "Svarta Schaktet", "mtb", "svart", 4, "Klackberg", False, 1800,
     "line", rel(120, -60, KLACKBERG), 315,
     "Svår stig längs gamla schakt med droppar och hällar.",
     "Difficult trail along old shafts with drops and rock slabs."),
    ("flowsparet-karrgruvan", "Flowspåret Kärrgruvan", "mtb", "röd", 2, "Kärrgruvan", False,
     2600, "loop", rel(-80, 40, STADIUM), 0,
     "Byggd flowstig med doserade kurvor och små hopp.",
     "Built flow trail with berms and small jumps."),
    ("blabarsstigen", "Blåbärsstigen", "mtb", "blå", 1, "Kärrgruvan", False, 4200, "loop",
     rel(-60, 80, STADIUM), 290,
     "Mjuk skogsstig genom blåbärsris, populär för nybörjare som vill vidare.",
     "Smooth forest trail through blueberry heath, popular with improving beginners."),
    ("karrgruverundan", "Långa Kärrgruverundan", "mtb", "röd", 2, "Kärrgruvan", False, 8000,
     "loop", rel(-20, 110, STADIUM), 180,
     "Lång runda med stigningar runt Kärrgruvan; rötter och blöta partier.",
     "Long, hilly loop around Kärrgruvan; roots and wet sections."),
    ("strandstigen-olsbenning", "Strandstigen Olsbenning", "mtb", "grön", 0, "Olsbenning",
     False, 3000, "line", rel(200, -100, OLSBENNING), 150,
     "Lätt stig längs stranden från campingen.",
     "Easy shoreline trail from the campsite."),
    # ---- Hiking (2)
    ("bergsmansleden", "Bergsmansleden", "hiking", "blå", None, "Klackberg", False, 7500,
     "line", rel(40, -60), 330,
     "Vandringsled från Torget till Klackbergs gruvfält och vidare söderut.",
     "Hiking trail from Torget to the Klackberg mining field and on southwards."),
    ("gruvrundan", "Gruvrundan", "hiking", "grön", None, "Norberg centrum", False, 2800,
     "loop", rel(20, 60), 250,
     "Kort kulturvandring från Torget förbi Mimerlaven och tillbaka.",
     "Short heritage walk from Torget past Mimerlaven and back."),
    # ---- Ski loops (6); the early-snow loop starts at the snow store
    ("konstsnoslingan-4km", "Snölagringsslingan 4 km", "classic_ski", "grön", None,
     "Kärrgruvan", True, 4100, "loop", rel(-60, 40, SNOW_PILE), 300,
     "Tidig-snö-slinga på 4,1 km med lagrad snö från förra vintern; preparerad för klassiskt "
     "och skate. Öppnar 1 december.",
     "Early-snow loop of 4.1 km on snow stored from last winter, groomed for classic and "
     "skate. Opens on 1 December."),
    ("slinga-2-5km", "Elljusspåret 2,5 km", "skate_ski", "grön", None, "Kärrgruvan", True,
     2500, "loop", rel(30, -30, STADIUM), 160,
     "Belyst slinga vid stadion.", "Floodlit loop at the stadium."),
    ("slinga-5km", "Stadionslingan 5 km", "classic_ski", "blå", None, "Kärrgruvan", True,
     5000, "loop", rel(20, -50, STADIUM), 60,
     "Belyst slinga med några längre backar.", "Floodlit loop with a few longer climbs."),
    ("slinga-7-5km", "Skatingslingan 7,5 km", "skate_ski", "röd", None, "Kärrgruvan", False,
     7500, "loop", rel(-40, -30, STADIUM), 330,
     "Bred slinga för fristil med tuffa backar.", "Wide skating loop with hard climbs."),
    ("slinga-10km", "Gruvmilen 10 km", "classic_ski", "röd", None, "Kärrgruvan", False,
     10000, "loop", rel(0, -70, STADIUM), 250,
     "Klassisk milslinga genom skogen norr om stadion.",
     "Classic 10 km loop through the forest north of the stadium."),
    ("slinga-20km", "Engelbrektsslingan 20 km", "classic_ski", "svart", None,
     "Norberg centrum", False, 20000, "loop", TORGET, 270,
     "20 km-slinga med start och mål på Torget via Kärrgruvan. Vid snöbrist åks "
     "Engelbrektsloppet som 3×20 km här, som 2023.",
     "20 km loop with start and finish on Torget via Kärrgruvan. If snow is short, "
     "Engelbrektsloppet is skied as 3×20 km here, as in 2023."),
]
SKI_KINDS = tuple(str(kind.value) for kind in TrailKind if kind.is_ski)
# The 20 km loop leaves Torget northwards, passes the ski stadium and comes back west of town.
LOOP_20KM_WAYPOINTS = [rel(0, 0), rel(350, 1250), rel(1000, 2700), rel(2000, 3500),
                       rel(2100, 4500), rel(1150, 4300), rel(1000, 5700), rel(-200, 6700),
                       rel(-1700, 6400), rel(-2700, 5100), rel(-2900, 3300),
                       rel(-2100, 1800), rel(-1150, 650), rel(-450, -200), rel(0, 0)]


def build_trails(rng: random.Random) -> tuple[dict[str, Any], dict[str, float]]:
    """Schematic trail lines; returns the collection and each trail's stated length."""
    features = []
    stated = {}
    for (key, name, kind, grade, mtb_scale, area, lit, length, shape, anchor, direction, sv,
         en) in TRAILS:
        if key == "slinga-20km":
            coords = waypoint_loop(LOOP_20KM_WAYPOINTS, length)
        elif shape == "loop":
            stretch = (1.0, rng.uniform(0.6, 0.9))
            coords = loop_shape(rng, length, anchor, direction, stretch=stretch)
        else:
            coords = line_shape(rng, length, anchor, direction)
        stated[key] = length
        imba = GRADE_IMBA[grade]
        features.append({
            "type": "Feature",
            "geometry": {"type": "LineString", "coordinates": [[x, y] for x, y in coords]},
            "properties": {
                "key": key, "name": name, "kind": kind, "grade_colour": grade, "imba": imba,
                "mtb_scale": mtb_scale if kind == "mtb" else None,
                "mtb_scale_imba": imba if kind == "mtb" else None,
                "area": area, "lit": lit, "description_sv": sv, "description_en": en,
                "length_m_schematic": round(polyline_length(coords)),
            },
        })
    return {"type": "FeatureCollection", "crs": CRS, "note": SCHEMATIC_NOTE,
            "features": features}, stated


# --------------------------------------------------------------------------------------------
# Trail reports (late autumn 2026)
# --------------------------------------------------------------------------------------------

# MTB trails whose newest report is deliberately older than ten days (stale warning).
STALE_MTB = {"strandstigen-olsbenning": dt.date(2026, 11, 9),
             "svarta-schaktet": dt.date(2026, 11, 12),
             "hyttbacken": dt.date(2026, 11, 13)}


def autumn_condition(rng: random.Random, day: dt.date) -> tuple[str, str]:
    """Plausible (status, condition) for an MTB trail in Norberg on ``day``, Oct–Nov 2026."""
    if day <= dt.date(2026, 11, 5):
        cond = rng.choice(["leaves", "leaves", "wet", "muddy", "dry"])
    elif day <= dt.date(2026, 11, 13):
        cond = rng.choice(["frozen", "frozen", "wet", "leaves", "muddy"])
    elif day <= dt.date(2026, 11, 18):
        cond = rng.choice(["snow", "snow", "icy", "frozen"])
    elif day <= dt.date(2026, 11, 21):
        cond = rng.choice(["wet", "muddy", "muddy", "icy"])
    else:
        cond = rng.choice(["snow", "frozen", "icy", "snow"])
    status = {"dry": "clear", "leaves": rng.choice(["clear", "minor"]), "wet": "minor",
              "muddy": rng.choice(["minor", "significant"]), "frozen": "clear",
              "snow": "minor", "icy": "significant"}[cond]
    return status, cond


MTB_NOTES = {
    "leaves": "Mycket löv på stigen, halt i kurvorna.",
    "wet": "Blött efter regnet, undvik de lägsta partierna.",
    "muddy": "Lerigt på flera ställen; cykla inte i spåren när det är som blötast.",
    "dry": "Fina förhållanden.",
    "frozen": "Frusen mark på morgonen, bra fäste.",
    "snow": "Tunt snötäcke, rötter syns knappt.",
    "icy": "Isfläckar på hällarna – dubbdäck rekommenderas.",
}


def build_trail_reports(rng: random.Random, persons: list[Row]) -> list[Row]:
    """About 150 reports 2026-10-25..11-25: MTB autumn status and the early snow loop."""
    mtb_authors = [p["name"] for p in persons if p["organisation"] == "stigfinnarna-mtb"]
    ski_authors = [p["name"] for p in persons if p["organisation"] == "skidklubben"]
    first, last = dt.date(2026, 10, 25), dt.date(2026, 11, 25)
    rows: list[Row] = []

    def add(trail: str, day: dt.date, hour: int, status: str, cond: str, note: str,
            author: str, groomed: str = "", style: str = "", depth: int | None = None) -> None:
        at = dt.datetime(day.year, day.month, day.day, hour, rng.randint(0, 59))
        rows.append({"trail": trail, "reported_at_utc": iso_utc(at), "status": status,
                     "condition": cond, "groomed_at_utc": groomed, "groom_style": style,
                     "snow_depth_cm": "" if depth is None else depth, "author": author,
                     "note": note})

    for spec in TRAILS:
        key, kind = spec[0], spec[2]
        if kind not in ("mtb", "hiking"):
            continue
        stop = STALE_MTB.get(key, last)
        steps = [2, 2, 3, 4] if kind == "mtb" else [5, 6, 7]
        day = first + dt.timedelta(days=rng.randint(0, 2))
        while day <= stop:
            status, cond = autumn_condition(rng, day)
            note = MTB_NOTES[cond]
            if key == "klackbergsrundan" and dt.date(2026, 11, 8) <= day <= dt.date(2026, 11, 11):
                status, cond = "closed", "fallen_trees"
                note = "Stängd: stormfällda träd över stigen efter blåsten, röjning pågår."
            if key == "karrgruverundan" and day >= dt.date(2026, 11, 3):
                status, cond = "closed", "muddy"
                note = "Stängd för skogsavverkning längs norra delen till och med december."
            author = rng.choice([*mtb_authors, "Spårpatrullen"])
            add(key, day, rng.randint(6, 15), status, cond, note, author)
            day += dt.timedelta(days=rng.choice(steps))
        if key == "klackbergsrundan":
            add(key, dt.date(2026, 11, 12), 9, "minor", "frozen",
                "Öppen igen efter röjning; ris kvar vid kanterna.", mtb_authors[0])

    for spec in TRAILS:
        key, kind = spec[0], spec[2]
        if kind not in SKI_KINDS:
            continue
        if key == "konstsnoslingan-4km":
            for day in (dt.date(2026, 10, 28), dt.date(2026, 11, 6), dt.date(2026, 11, 13)):
                add(key, day, 8, "closed", rng.choice(["dry", "frozen"]),
                    "Ingen snö ännu; snölagret är fortfarande täckt.", rng.choice(ski_authors))
            layout = [
                (20, "minor", "snow", 40, "Snö läggs ut från lagret; spåret är inte öppet än."),
                (21, "minor", "snow", 45, "Utläggningen fortsätter, halva slingan täckt."),
                (22, "minor", "snow", 50, "Hela slingan täckt, kanonerna kompletterar."),
                (23, "minor", "snow", 55, "Pistmaskinen packar; förbereder preparering."),
            ]
            for d, status, cond, depth, note in layout:
                add(key, dt.date(2026, 11, d), 7, status, cond, note, "Spårpatrullen",
                    depth=depth)
            add(key, dt.date(2026, 11, 24), 15, "minor", "packed",
                "Första prepareringen klar; öppnar för allmänheten 1 december.",
                ski_authors[2], groomed="2026-11-24T05:30:00Z", style="both", depth=55)
            add(key, dt.date(2026, 11, 25), 8, "clear", "packed",
                "Nypreparerat för klassiskt och skate; fint glid.", ski_authors[2],
                groomed="2026-11-25T05:15:00Z", style="both", depth=58)
            continue
        day = first + dt.timedelta(days=rng.randint(1, 4))
        while day <= last:
            add(key, day, rng.randint(7, 10), "closed", rng.choice(["dry", "frozen"]),
                "Stängt: ingen snö ännu.", rng.choice([*ski_authors, "Spårpatrullen"]))
            day += dt.timedelta(days=rng.choice([6, 7, 8]))

    rows.sort(key=lambda r: (r["reported_at_utc"], r["trail"]))
    for i, row in enumerate(rows, start=1):
        row["key"] = f"rapport-{i:04d}"
    cols = ("key", "trail", "reported_at_utc", "status", "condition", "groomed_at_utc",
            "groom_style", "snow_depth_cm", "author", "note")
    return [{c: r[c] for c in cols} for r in rows]


# --------------------------------------------------------------------------------------------
# Snow: natural depth, storage, production, targets
# --------------------------------------------------------------------------------------------


def build_snow_depth() -> list[Row]:
    """Daily 06 UTC natural snow depth in metres (as SMHI parameter 8), 1–25 Nov 2026."""
    depth = {14: 0.02, 15: 0.05, 16: 0.06, 17: 0.04, 18: 0.02, 19: 0.01,
             22: 0.03, 23: 0.06, 24: 0.08, 25: 0.07}
    rows = []
    for d in range(1, 26):
        rows.append({"date": dt.date(2026, 11, d).isoformat(),
                     "depth_m": f"{depth.get(d, 0.0):.2f}",
                     "quality": "Y" if d >= 23 else "G", "station": "Norberg (demo)"})
    return rows


def build_snow_storage() -> list[Row]:
    """Volume of the snowfarming pile from covering in March to laying out in November."""
    data = [
        ("2026-03-25", 12050, "drönarmätning",
         "Högen täckt med 50–60 cm sågspån; utgångsvolym för säsongen."),
        ("2026-05-12", 11880, "drönarmätning", "Sågspånet har satt sig, inga sprickor."),
        ("2026-06-16", 11420, "GPS-inmätning", "Försommarvärme; vattnade toppen av spånet."),
        ("2026-07-14", 10760, "drönarmätning", "Värmebölja i juli, störst förlust hittills."),
        ("2026-08-18", 10120, "drönarmätning", "Lade på extra spån på sydsidan."),
        ("2026-09-15", 9790, "GPS-inmätning", "Smältningen avtar."),
        ("2026-10-13", 9560, "drönarmätning", "Nästan ingen förändring i oktober."),
        ("2026-11-10", 9420, "drönarmätning",
         "Före avtäckning: ca 22 % smältförlust sedan mars."),
        ("2026-11-24", 4030, "drönarmätning",
         "Efter utläggning av 4 km-slingan; resten sparas till vinterveckan."),
    ]
    return [{"key": f"matning-{i:02d}", "pile": "lagret-karrgruvan", "measured_on": d,
             "volume_m3": v, "method": m, "note": n}
            for i, (d, v, m, n) in enumerate(data, start=1)]


def cannon_volume(cannons: int, hours: float, wet_bulb: float) -> int:
    """About 10 m³/h per cannon at −1.8 °C wet bulb and 5 m³/h more per degree colder."""
    return round(cannons * hours * (10 + 5 * (-1.8 - wet_bulb)))


def build_snow_production(rng: random.Random) -> list[Row]:
    """Cannon log: Jan–Mar 2026 into the storage pile, and Nov 2026 on the early loop."""
    rows = []
    days = sorted(dt.date(2026, 1, 8) + dt.timedelta(days=d)
                  for d in rng.sample(range(0, 72), 15))
    for day in days:
        cannons = rng.choice([2, 3, 3, 4])
        wet = round(rng.uniform(-7.5, -2.5), 1)
        hours = rng.choice([8, 10, 12, 14, 16])
        rows.append((day, cannons, hours, wet, "Produktion till snölagret i Kärrgruvan."))
    for day, cannons, hours, wet in ((dt.date(2026, 11, 20), 2, 10, -3.4),
                                     (dt.date(2026, 11, 22), 3, 14, -5.2),
                                     (dt.date(2026, 11, 23), 3, 16, -6.0),
                                     (dt.date(2026, 11, 25), 2, 8, -4.1)):
        rows.append((day, cannons, hours, wet, "Kompletterande produktion på 4 km-slingan."))
    # Logged volumes scatter a few per cent around the rule of thumb, as measured ones do.
    return [{"key": f"produktion-{i:02d}", "date": d.isoformat(), "cannons": c, "hours": h,
             "volume_m3": round(cannon_volume(c, h, w) * rng.uniform(0.95, 1.05)),
             "wet_bulb_c": f"{w:.1f}", "note": note}
            for i, (d, c, h, w, note) in enumerate(rows, start=1)]


#: The ways each race of the Engelbrekt week can be run, for go/no-go (DESIGN.md §2): the
#: long races on the natural-snow course first, then laps of the artificial-snow loops (in
#: 2023 the 60 km ran as 3×20 km on the 20 km loop). trail: only that loop will do.
RACE_COURSES = [
    {"event": "engelbrektsloppet-2027", "courses": [
        {"loop_km": 60, "laps": 1, "natural_course": True, "trail": None},
        {"loop_km": 20, "laps": 3, "natural_course": False, "trail": None},
        {"loop_km": 10, "laps": 6, "natural_course": False, "trail": None}]},
    {"event": "kristinaloppet-2027", "courses": [
        {"loop_km": 30, "laps": 1, "natural_course": True, "trail": None},
        {"loop_km": 15, "laps": 2, "natural_course": False, "trail": None},
        {"loop_km": 10, "laps": 3, "natural_course": False, "trail": None}]},
    {"event": "engelbrektshalvan-2027", "courses": [
        {"loop_km": 30, "laps": 1, "natural_course": True, "trail": None},
        {"loop_km": 15, "laps": 2, "natural_course": False, "trail": None},
        {"loop_km": 10, "laps": 3, "natural_course": False, "trail": None}]},
    {"event": "engelbrektsstafetten-2027", "courses": [
        {"loop_km": 10, "laps": 3, "natural_course": False, "trail": None}]},
    {"event": "engelbrektssprinten-2027", "courses": [
        {"loop_km": 0.8, "laps": 1, "natural_course": False, "trail": None}]},
    {"event": "lilla-engelbrektsloppet-2027", "courses": [
        {"loop_km": 2.5, "laps": 1, "natural_course": False, "trail": "slinga-2-5km"}]},
    {"event": "klasskidan-2027", "courses": [
        {"loop_km": 2.5, "laps": 1, "natural_course": False, "trail": None}]},
]

SNOW_TARGETS = [
    {"key": "premiar-1-dec", "name": "premiär 1 december: 4 km", "deadline": "2026-12-01",
     "required_km": 4, "min_depth_cm": 30, "trails": ["konstsnoslingan-4km"],
     "event": "premiar-i-sparen-2026",
     "notes": "Tidig snögaranti: minst 4 km spår på lagrad snö från förra vintern."},
    {"key": "engelbrektsloppet-2027", "name": "Engelbrektsloppet 2027: 20 km-slinga (3×20 km)",
     "deadline": "2027-02-14", "required_km": 20, "min_depth_cm": 40,
     "trails": ["slinga-20km"], "event": "engelbrektsloppet-2027",
     "notes": "Reservplan vid snöbrist: 2023 åktes 60 km som 3×20 km på en 20 km lång "
              "konstsnöslinga. 10 cm maskinsnö motsvarar ungefär 60 cm natursnö."},
]


# --------------------------------------------------------------------------------------------
# Packages for partners
# --------------------------------------------------------------------------------------------

PACKAGES: list[Row] = [
    {
        "key": "engelbrektsloppet-helg-2027", "event": "engelbrektsloppet-2027",
        "title_sv": "Engelbrektsloppet-helg 2027", "title_en": "Engelbrektsloppet weekend 2027",
        "text_sv": "Åk Engelbrektsloppet, 60 km klassiskt sedan 1969, och bo två nätter i "
                   "centrala Norberg. I paketet ingår startavgift, två nätter med frukost, "
                   "pastaparty, middag på lördagen, hyrskidor och transfer till starten på "
                   "Torget. Pris per person i dubbelrum.",
        "text_en": "Ski Engelbrektsloppet, 60 km classic since 1969, and stay two nights in "
                   "central Norberg. Includes race entry, two nights with breakfast, pasta "
                   "party, Saturday dinner, rental skis and transfer to the start on Torget. "
                   "Price per person sharing a double room.",
        "valid_from": "2027-02-12", "valid_to": "2027-02-14", "price_basis_persons": 2,
        "components": [
            {"organisation": "skidklubben", "kind": "startavgift",
             "description": "Startavgift Engelbrektsloppet 60 km klassisk", "price_sek": 750,
             "capacity": 80},
            {"organisation": "hotell-hyttgarden", "kind": "boende",
             "description": "Natt fredag–lördag i dubbelrum med frukost", "price_sek": 1195,
             "capacity": 40},
            {"organisation": "hotell-hyttgarden", "kind": "boende",
             "description": "Natt lördag–söndag i dubbelrum med tidig frukost från kl. 06",
             "price_sek": 1195, "capacity": 40},
            {"organisation": "skidklubben", "kind": "måltid",
             "description": "Pastaparty lördag i skolans matsal", "price_sek": 150,
             "capacity": 80},
            {"organisation": "restaurang-malmen", "kind": "måltid",
             "description": "Trerättersmiddag lördag", "price_sek": 425, "capacity": 40},
            {"organisation": "norbergs-skidhyra", "kind": "skidhyra",
             "description": "Klassiska skidor, pjäxor och stavar fre–sön, vallade för dagen",
             "price_sek": 595, "capacity": 30},
            {"organisation": "hyttbuss", "kind": "transport",
             "description": "Transfer hotell–Torget på tävlingsdagen", "price_sek": 95,
             "capacity": 50},
        ],
        "partners": ["hotell-hyttgarden", "gastgiveri-bergsmannen", "karrgruvans-stugby",
                     "region-vastmanland-turism", "glidresor"],
    },
    {
        "key": "vinterstraket-skidpremiar-2026", "event": "vinterstraket-2026-27",
        "title_sv": "Vinterstråket & skidpremiär – helg i Norberg",
        "title_en": "Vinterstråket & ski opening – a weekend in Norberg",
        "text_sv": "Fredag kväll på det ljussatta Vinterstråket genom centrum, lördag på "
                   "snölagringsslingan i Kärrgruvan – Sveriges tidiga snö på lagrad snö från "
                   "förra vintern. Pris per person i dubbelrum, fredag–lördag.",
        "text_en": "Friday evening on the lantern-lit Vinterstråket through the centre, "
                   "Saturday on the early-snow loop at Kärrgruvan, skied on snow stored from "
                   "last winter. Price per person sharing a double room, Friday to Saturday.",
        "valid_from": "2026-12-04", "valid_to": "2027-02-27", "price_basis_persons": 2,
        "components": [
            {"organisation": "pensionat-slaggstenen", "kind": "boende",
             "description": "Natt fredag–lördag i dubbelrum med frukost", "price_sek": 895,
             "capacity": 16},
            {"organisation": "bryggeriet-tackjarn", "kind": "måltid",
             "description": "Middag med ölprovning fredag under Vinterstråket",
             "price_sek": 495, "capacity": 20},
            {"organisation": "kafe-gruvlyktan", "kind": "måltid",
             "description": "Fika-pass: glögg och bulle på stråket", "price_sek": 120,
             "capacity": 40},
            {"organisation": "norbergs-skidhyra", "kind": "skidhyra",
             "description": "Dagshyra längdskidor, klassiskt eller skate", "price_sek": 275,
             "capacity": 20},
            {"organisation": "skidklubben", "kind": "aktivitet",
             "description": "Dagkort i spåren på snölagringsslingan", "price_sek": 100,
             "capacity": 40},
            {"organisation": "gruvguiderna", "kind": "aktivitet",
             "description": "Guidad kvällsvandring vid Mimerlaven med gruvlykta",
             "price_sek": 220, "capacity": 20},
            {"organisation": "malmtaxi", "kind": "transport",
             "description": "Taxi centrum–Kärrgruvan tur och retur", "price_sek": 160,
             "capacity": 16},
        ],
        "partners": ["pensionat-slaggstenen", "bnb-lavlyktan", "stationsvillan",
                     "region-vastmanland-turism"],
    },
]


# --------------------------------------------------------------------------------------------
# Consistency checks (run before anything is written)
# --------------------------------------------------------------------------------------------


def check_point(p: Sequence[float], what: str) -> None:
    """Every coordinate inside the Norberg box and within about 8 km of Torget."""
    e, n = p[0], p[1]
    assert BOUNDS_E[0] <= e <= BOUNDS_E[1], f"{what}: easting {e} out of range"
    assert BOUNDS_N[0] <= n <= BOUNDS_N[1], f"{what}: northing {n} out of range"
    assert math.dist((e, n), TORGET) <= MAX_FROM_TORGET_M, f"{what}: too far from Torget"


def unique_keys(rows: Iterable[Row], what: str) -> set[str]:
    """Keys must be short ASCII slugs and unique within their file."""
    keys = [str(r["key"]) for r in rows]
    assert len(keys) == len(set(keys)), f"duplicate keys in {what}"
    for k in keys:
        assert k.isascii() and k == k.lower() and " " not in k and len(k) <= 40, k
    return set(keys)


def check_all(ds: dict[str, Any], stated: dict[str, float]) -> None:
    """Assert the cross-file rules the loader and the overview rely on."""
    seasons = unique_keys(ds["seasons"], "seasons")
    places = unique_keys([f["properties"] for f in ds["places"]["features"]], "places")
    orgs = {o["key"]: o for o in ds["organisations"]}
    unique_keys(ds["organisations"], "organisations")
    persons = {p["key"]: p for p in ds["persons"]}
    unique_keys(ds["persons"], "persons")
    events = {e["key"]: e for e in ds["events"]}
    unique_keys(ds["events"], "events")
    trails = {f["properties"]["key"]: f for f in ds["trails"]["features"]}
    unique_keys([f["properties"] for f in ds["trails"]["features"]], "trails")
    for name in ("interactions", "tasks", "strak", "trail_reports", "snow_storage",
                 "snow_production", "snow_targets", "packages"):
        unique_keys(ds[name], name)

    for f in ds["places"]["features"]:
        check_point(f["geometry"]["coordinates"], f["properties"]["key"])
        assert f["properties"]["kind"] in PLACE_KINDS
    assert math.dist(next(f["geometry"]["coordinates"] for f in ds["places"]["features"]
                          if f["properties"]["key"] == "torget"), TORGET) < 1

    counts = {c: 0 for c in CATEGORIES}
    for o in ds["organisations"]:
        counts[o["category"]] += 1
        assert o["orgnr"] == "" or luhn_ok(o["orgnr"]), o
        check_point((o["e"], o["n"]), o["key"])
        assert o["kommun"] == "Norberg" and o["demo"] == "ja"
    assert counts == {"boende": 10, "mat och dryck": 12, "handel": 14, "aktivitet": 10,
                      "transport": 3, "kultur": 6, "övrigt": 5}, counts
    assert len({o["orgnr"] for o in ds["organisations"] if o["orgnr"]}) == sum(
        1 for o in ds["organisations"] if o["orgnr"])

    for p in ds["persons"]:
        assert p["organisation"] in orgs and p["legal_basis"] in LEGAL_BASES
        assert bool(p["consent_date"]) == (p["legal_basis"] == "samtycke"), p
        assert p["retention_review"][:4] in ("2027", "2028")
        assert p["phone"].startswith(("+46223", "+4670")) and p["phone"][1:].isdigit()
        assert len(p["phone"]) == (11 if p["phone"].startswith("+46223") else 12), p["phone"]
        assert p["email"].endswith("@" + orgs[p["organisation"]]["_domain"])

    last_contact: dict[str, str] = {}
    for r in ds["interactions"]:
        assert r["organisation"] in orgs and r["kind"] in INTERACTION_KINDS
        assert "2025-09-01" <= r["date"] <= "2026-11-25"
        for pk in filter(None, r["persons"].split(";")):
            assert persons[pk]["organisation"] == r["organisation"], r
        assert (r["follow_up"] == "") == (r["follow_up_done"] == ""), r
        last_contact[r["organisation"]] = max(last_contact.get(r["organisation"], ""),
                                              r["date"])
    cold = [k for k, d in last_contact.items() if d < "2026-03-01"]
    assert sorted(cold) == sorted(COLD_ORGS), cold
    open_due = [r for r in ds["interactions"] if r["follow_up_done"] == "nej"
                and "2026-11-20" <= r["follow_up"] <= "2026-12-10"]
    assert len(open_due) == 8, len(open_due)

    for e in ds["events"]:
        assert e["season"] in seasons and e["kind"] in EVENT_KINDS
        assert e["status"] in EVENT_STATUSES and e["start"] < e["end"]
        assert e["place"] is None or e["place"] in places
        assert e["organiser"] is None or e["organiser"] in orgs
        if e["parent"] is not None:
            parent = events[e["parent"]]
            assert parent["start"] <= e["start"] and e["end"] <= parent["end"], e["key"]
    race = events["engelbrektsloppet-2027"]
    assert race["start"] == f"{RACE_DAY.isoformat()}T09:00" and race["place"] == "torget"
    assert dt.date(2027, 2, 14) == RACE_DAY, "60 km must be on the second Sunday of February"
    soon = [e for e in ds["events"] if "2026-11-26" <= e["start"][:10] <= "2026-12-10"]
    assert 9 <= len(soon) <= 12, len(soon)

    overdue = upcoming = 0
    for t in ds["tasks"]:
        assert t["event"] in events and t["done"] in ("ja", "nej")
        assert (t["due"] == "") != (t["due_offset_days"] == ""), t
        assert t["responsible"] == "" or t["responsible"] in persons
        if t["done"] == "nej" and t["_effective"] < TODAY:
            overdue += 1
        if t["done"] == "nej" and TODAY <= t["_effective"] <= dt.date(2026, 12, 10):
            upcoming += 1
    assert overdue == 5 and upcoming == 6, (overdue, upcoming)

    for s in ds["strak"]:
        assert s["event"] in events and s["season"] in seasons
        route = [tuple(p) for p in s["route"]]
        length = polyline_length(route)
        assert 1500 <= length <= 2500, (s["key"], length)
        for pt in route:
            check_point(pt, s["key"])
        for stop in s["stops"]:
            org = orgs[stop["organisation"]]
            d, _ = distance_to_polyline((org["e"], org["n"]), route)
            assert d <= 150, (s["key"], org["key"], d)
            assert "stråk" in org["tags"] and stop["offer_sv"] and stop["offer_en"]
            assert org["category"] in ("mat och dryck", "handel", "kultur", "transport")

    for key, f in trails.items():
        props = f["properties"]
        coords = f["geometry"]["coordinates"]
        assert props["kind"] in TRAIL_KINDS and 30 <= len(coords) <= 300, key
        assert props["imba"] == GRADE_IMBA[props["grade_colour"]]
        if props["kind"] == "mtb":
            assert 0 <= props["mtb_scale"] <= 6 and 0 <= props["mtb_scale_imba"] <= 4
            assert 800 <= stated[key] <= 8000
        else:
            assert props["mtb_scale"] is None and props["mtb_scale_imba"] is None
        length = polyline_length([tuple(c) for c in coords])
        assert abs(length - stated[key]) <= 0.03 * stated[key], (key, length)
        named = re.search(r"(\d+(?:,\d+)?) km", props["name"])
        if named:  # a length in the name ("Gruvmilen 10 km") must also hold within 3 %
            km = float(named.group(1).replace(",", "."))
            assert abs(length - km * 1000) <= 0.03 * km * 1000, (key, length)
        for c in coords:
            check_point(c, key)
    start20 = trails["slinga-20km"]["geometry"]["coordinates"]
    assert start20[0] == start20[-1] and math.dist(start20[0], TORGET) < 1
    pile = next(f["geometry"]["coordinates"] for f in ds["places"]["features"]
                if f["properties"]["key"] == "lagret-karrgruvan")
    assert math.dist(trails["konstsnoslingan-4km"]["geometry"]["coordinates"][0], pile) < 150
    assert 4000 <= stated["konstsnoslingan-4km"] <= 4500

    newest: dict[str, str] = {}
    for r in ds["trail_reports"]:
        assert r["trail"] in trails and r["status"] in REPORT_STATUSES
        assert r["condition"] in CONDITIONS and r["groom_style"] in (*GROOM_STYLES, "")
        assert "2026-10-25" <= r["reported_at_utc"][:10] <= "2026-11-25"
        ski = trails[r["trail"]]["properties"]["kind"] in SKI_KINDS
        assert ski or (r["groomed_at_utc"] == "" and r["groom_style"] == "")
        newest[r["trail"]] = max(newest.get(r["trail"], ""), r["reported_at_utc"])
    stale = [k for k, v in newest.items() if v < "2026-11-16"]
    assert sorted(stale) == sorted(STALE_MTB), stale
    assert set(newest) == set(trails), set(trails) - set(newest)

    for r in ds["snow_storage"]:
        assert r["pile"] in places
    made = sum(r["volume_m3"] for r in ds["snow_production"] if r["date"] < "2026-04-01")
    stored = ds["snow_storage"][0]["volume_m3"]
    assert stored <= made <= 1.3 * stored, "Jan–Mar production must explain the stored pile"
    for t in ds["snow_targets"]:
        assert t["event"] in events and all(k in trails for k in t["trails"])
    for race in ds["race_courses"]:
        assert events[race["event"]]["kind"] == "lopp" and race["courses"], race
        for c in race["courses"]:
            assert c["loop_km"] > 0 and c["laps"] >= 1, race
            assert c["trail"] is None or c["trail"] in trails, race
    for pkg in ds["packages"]:
        assert pkg["event"] in events
        for c in pkg["components"]:
            assert c["organisation"] in orgs and c["kind"] in COMPONENT_KINDS
            assert "paket" in orgs[c["organisation"]]["tags"], c
        for k in pkg["partners"]:
            assert k in orgs and "paket" in orgs[k]["tags"], k


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------

CSV_COLUMNS = {
    "organisations.csv": ("key", "name", "orgnr", "category", "street", "postal_code", "city",
                          "kommun", "e", "n", "website", "tags", "notes", "demo"),
    "persons.csv": ("key", "organisation", "name", "role", "email", "phone", "legal_basis",
                    "consent_date", "retention_review"),
    "interactions.csv": ("key", "organisation", "date", "kind", "persons", "note",
                         "follow_up", "follow_up_done"),
    "tasks.csv": ("key", "event", "title", "due", "due_offset_days", "responsible", "done"),
    "trail_reports.csv": ("key", "trail", "reported_at_utc", "status", "condition",
                          "groomed_at_utc", "groom_style", "snow_depth_cm", "author", "note"),
    "snow_depth.csv": ("date", "depth_m", "quality", "station"),
    "weather_temperature.csv": ("station", "date", "t00", "t03", "t06", "t09", "t12", "t15",
                                "t18", "t21"),
    "snow_storage.csv": ("key", "pile", "measured_on", "volume_m3", "method", "note"),
    "snow_production.csv": ("key", "date", "cannons", "hours", "volume_m3", "wet_bulb_c",
                            "note"),
}


def write_csv(name: str, rows: list[Row]) -> None:
    """UTF-8 without BOM, comma-separated, header row, csv-module quoting, LF line ends."""
    cols = CSV_COLUMNS[name]
    with open(DATA / name, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(cols)
        for row in rows:
            writer.writerow(["" if row[c] is None else row[c] for c in cols])


def write_json(name: str, value: Any, indent: int = 2) -> None:
    """Pretty UTF-8 JSON (real å/ä/ö) with each [E, N] pair on one line, for readable diffs."""
    lines = json.dumps(value, ensure_ascii=False, indent=indent).split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if (line.endswith("[") and i + 3 < len(lines)
                and _is_number(lines[i + 1].strip().rstrip(","))
                and lines[i + 1].rstrip().endswith(",")
                and _is_number(lines[i + 2].strip())
                and lines[i + 3].strip().startswith("]")):
            tail = lines[i + 3].strip()[1:]
            out.append(f"{line}{lines[i + 1].strip()} {lines[i + 2].strip()}]{tail}")
            i += 4
            continue
        out.append(line)
        i += 1
    (DATA / name).write_text("\n".join(out) + "\n", encoding="utf-8")


def _is_number(text: str) -> bool:
    """True for a JSON number literal (used when compacting coordinate pairs)."""
    try:
        float(text)
    except ValueError:
        return False
    return True


README = """\
# Demodata för Norberg / Demo data for Norberg

## Svenska

Filerna i den här mappen är **demodata** för programmet Destination Norberg (Norbergs kommun,
kommunkod 1962). De skapas av `tools/make_demo_data.py` (fast slumpfrö, samma resultat varje
gång) – ändra i skriptet och kör om det i stället för att redigera filerna för hand.

- Alla **företag, föreningar, personer, telefonnummer och e-postadresser är PÅHITTADE**.
  Likheter med verkliga företag eller personer är oavsiktliga. E-post går till domäner under
  `.example` som aldrig kan finnas; mobilnummer ligger i serien 070-174 06 05 – 070-174 06 99
  som PTS reserverat för fiktion. Organisationsnummer är påhittade men har giltig
  Luhn-kontrollsiffra. Kommunens turistbyrå, skidklubben och regionen är märkta "(demo)".
- **Spår- och ruttgeometri är SCHEMATISK**: ritad för demon, inte inmätt i terrängen.
  Platser, stigar, skidslingor och stråkens gångvägar ska inte användas för navigering.
- **Koordinater** är SWEREF 99 TM (**EPSG:3006**), meter, **x = easting (öst), y = northing
  (nord)** – även i GeoJSON-filerna, som därför har en `crs`-medlem.
- **Tider** i JSON och CSV är lokal tid Europe/Stockholm (`ÅÅÅÅ-MM-DDTHH:MM`) om inte
  kolumnen slutar på `_utc` (`ÅÅÅÅ-MM-DDTHH:MM:SSZ`). Datum skrivs `ÅÅÅÅ-MM-DD`.
- CSV: UTF-8 utan BOM, kommaseparerad, rubrikrad, citattecken som Pythons csv-modul,
  radslut LF. Tom cell = inget värde. Listor i en cell separeras med semikolon.
- Demons "i dag" är 2026-11-26.
- **Vädret är PÅHITTAT**: väderstationen "Norberg (demo, fiktiv)" finns inte, och dess
  temperaturer (var tredje timme, okt–apr 2016–2026) och snödjup (dagligen 06 UTC) är en
  simulering med fast slumpfrö (`tools/demo_weather.py`) i inlandsklimatets storleksordning,
  inte mätningar och inte SMHI-data. Importera SMHI:s öppna data för riktiga beslut.

## English

The files in this folder are **demo data** for the Destination Norberg program (Norberg
municipality, kommunkod 1962). They are made by `tools/make_demo_data.py` (fixed random seed,
identical on every run): change the script and re-run it rather than editing the files.

- All **businesses, associations, people, phone numbers and e-mail addresses are
  FICTIONAL**. Any likeness to real businesses or people is unintended. E-mail goes to
  `.example` domains, which can never exist; mobile numbers are in the range
  070-174 06 05 – 070-174 06 99 that the Swedish regulator PTS reserves for fiction.
  Organisation numbers are invented but carry a valid Luhn check digit. The tourist office,
  the ski club and the regional body are marked "(demo)".
- **Trail and route geometry is SCHEMATIC**: drawn for the demo, not surveyed. Do not use
  the places, trails, ski loops or walking routes for navigation.
- **Coordinates** are SWEREF 99 TM (**EPSG:3006**), metres, **x = easting, y = northing** –
  in the GeoJSON files too, which therefore carry a `crs` member.
- **Times** in JSON and CSV are local Europe/Stockholm time (`YYYY-MM-DDTHH:MM`) unless the
  column name ends in `_utc` (`YYYY-MM-DDTHH:MM:SSZ`). Dates are `YYYY-MM-DD`.
- CSV: UTF-8 without BOM, comma-separated, header row, quoting as Python's csv module,
  LF line ends. Empty cell = no value. Lists inside a cell are separated by semicolons.
- The demo's "today" is 2026-11-26.
- **The weather is FICTIONAL**: the station "Norberg (demo, fiktiv)" does not exist, and
  its temperatures (every three hours, Oct–Apr 2016–2026) and snow depths (daily at 06 UTC)
  are a seeded simulation (`tools/demo_weather.py`) of the inland climate's order of
  magnitude, not measurements and not SMHI data. Import SMHI's open data for real decisions.

## Filer / Files

| fil / file | rader / rows | kolumner / fields |
|---|---|---|
{table}

Nycklar (`key`) är korta ASCII-slugs, unika inom sin fil; referenser mellan filer använder
nycklar. / Keys are short ASCII slugs, unique within their file; references between files
use keys.

Paketens `price_sek` är pris per person när `price_basis_persons` personer delar (t.ex.
dubbelrum). / In packages, `price_sek` is the price per person when `price_basis_persons`
people share (e.g. a double room).
"""

FILE_FIELDS = [
    ("seasons.json", "key, name, starts, ends, kind (vinter / sommar)"),
    ("places.geojson", "Point [E, N]; key, name, kind (torg / arena / skidstadion / parkering / "
     "lokal / natur / annat), description_sv, description_en"),
    ("organisations.csv", ", ".join(CSV_COLUMNS["organisations.csv"])),
    ("persons.csv", ", ".join(CSV_COLUMNS["persons.csv"])),
    ("interactions.csv", ", ".join(CSV_COLUMNS["interactions.csv"])),
    ("events.json", "key, season, parent, name_sv, name_en, kind, status, start, end, place, "
     "organiser, outdoor, milestone, description_sv, description_en"),
    ("tasks.csv", ", ".join(CSV_COLUMNS["tasks.csv"])),
    ("strak.json", "key, event, name, season, period_start, period_end, weekdays (ISO, 1 = "
     "mån/Mon), opens, closes, route [[E, N], …], stops [{order, organisation, opening, "
     "offer_sv, offer_en}]"),
    ("trails.geojson", "LineString [[E, N], …]; key, name, kind, grade_colour, imba, "
     "mtb_scale, mtb_scale_imba, area, lit, description_sv, description_en, "
     "length_m_schematic"),
    ("trail_reports.csv", ", ".join(CSV_COLUMNS["trail_reports.csv"])),
    ("snow_depth.csv", ", ".join(CSV_COLUMNS["snow_depth.csv"])
     + " (depth_m i meter / in metres, 06 UTC; station = `weather_stations.json` key)"),
    ("weather_stations.json", "key, name, network, latitude, longitude, height_m "
     "(PÅHITTAD station / FICTIONAL station)"),
    ("weather_temperature.csv", ", ".join(CSV_COLUMNS["weather_temperature.csv"])
     + " (lufttemperatur °C kl. 00, 03 … 21 UTC / air temperature °C at 00, 03 … 21 UTC)"),
    ("snow_storage.csv", ", ".join(CSV_COLUMNS["snow_storage.csv"])),
    ("snow_production.csv", ", ".join(CSV_COLUMNS["snow_production.csv"])),
    ("snow_targets.json", "key, name, deadline, required_km, min_depth_cm, trails, event, "
     "notes"),
    ("race_courses.json", "event, courses [{loop_km, laps, natural_course, trail}]"),
    ("packages.json", "key, event, title_sv, title_en, text_sv, text_en, valid_from, "
     "valid_to, price_basis_persons, components [{organisation, kind, description, "
     "price_sek, capacity}], partners"),
]


def write_readme(counts: dict[str, int]) -> None:
    """Bilingual README listing every file, its row count and its columns."""
    table = "\n".join(f"| `{name}` | {counts[name]} | {fields} |" for name, fields in FILE_FIELDS)
    (DATA / "README.md").write_text(README.format(table=table), encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------


def main() -> None:
    """Build every table from one seeded generator, check them all, then write ``data/``."""
    rng = random.Random(SEED)
    orgs = build_organisations(rng)
    persons = build_persons(rng, orgs)
    events = build_events()
    trails, stated = build_trails(rng)
    ds: dict[str, Any] = {
        "seasons": SEASONS,
        "places": build_places(),
        "organisations": orgs,
        "persons": persons,
        "interactions": build_interactions(rng, orgs, persons),
        "events": events,
        "tasks": build_tasks(events, persons),
        "strak": build_strak(orgs),
        "trails": trails,
        "trail_reports": build_trail_reports(rng, persons),
        "snow_depth": build_snow_depth(),
        "weather": None,
        "snow_storage": build_snow_storage(),
        "snow_production": build_snow_production(rng),
        "snow_targets": SNOW_TARGETS,
        "race_courses": RACE_COURSES,
        "packages": PACKAGES,
    }
    check_all(ds, stated)
    # Last: the weather has its own generator, so nothing above changes with it.
    ds["weather"] = build_weather(ds["snow_production"], ds["snow_depth"])
    ds["snow_depth"] = ds["weather"]["depth"]

    DATA.mkdir(exist_ok=True)
    write_json("seasons.json", ds["seasons"])
    write_json("places.geojson", ds["places"], indent=1)
    write_csv("organisations.csv", orgs)
    write_csv("persons.csv", persons)
    write_csv("interactions.csv", ds["interactions"])
    write_json("events.json", events)
    write_csv("tasks.csv", ds["tasks"])
    write_json("strak.json", ds["strak"])
    write_json("trails.geojson", trails, indent=1)
    write_csv("trail_reports.csv", ds["trail_reports"])
    write_csv("snow_depth.csv", ds["snow_depth"])
    write_json("weather_stations.json", ds["weather"]["stations"])
    write_csv("weather_temperature.csv", ds["weather"]["temperatures"])
    write_csv("snow_storage.csv", ds["snow_storage"])
    write_csv("snow_production.csv", ds["snow_production"])
    write_json("snow_targets.json", ds["snow_targets"])
    write_json("race_courses.json", ds["race_courses"])
    write_json("packages.json", ds["packages"])

    counts = {
        "seasons.json": len(ds["seasons"]), "places.geojson": len(ds["places"]["features"]),
        "organisations.csv": len(orgs), "persons.csv": len(persons),
        "interactions.csv": len(ds["interactions"]), "events.json": len(events),
        "tasks.csv": len(ds["tasks"]), "strak.json": len(ds["strak"]),
        "trails.geojson": len(trails["features"]),
        "trail_reports.csv": len(ds["trail_reports"]),
        "snow_depth.csv": len(ds["snow_depth"]), "snow_storage.csv": len(ds["snow_storage"]),
        "weather_stations.json": len(ds["weather"]["stations"]),
        "weather_temperature.csv": len(ds["weather"]["temperatures"]),
        "snow_production.csv": len(ds["snow_production"]),
        "snow_targets.json": len(ds["snow_targets"]), "packages.json": len(ds["packages"]),
        "race_courses.json": len(ds["race_courses"]),
    }
    write_readme(counts)

    for name, n in counts.items():
        print(f"{name:22} {n:5d}")
    print("\ntrail                      kind         stated_m  length_m  vertices")
    for f in trails["features"]:
        p = f["properties"]
        print(f"{p['key']:26} {p['kind']:12} {stated[p['key']]:8.0f} "
              f"{p['length_m_schematic']:9d} {len(f['geometry']['coordinates']):9d}")
    for s in ds["strak"]:
        print(f"{s['key']}: route {polyline_length([tuple(p) for p in s['route']]):.0f} m, "
              f"{len(s['stops'])} stops")
    jan_mar = sum(r["volume_m3"] for r in ds["snow_production"] if r["date"] < "2026-04-01")
    print(f"snow produced Jan–Mar 2026: {jan_mar} m³")
    print("\n".join(winter_summary(ds["weather"])))


if __name__ == "__main__":
    main()
