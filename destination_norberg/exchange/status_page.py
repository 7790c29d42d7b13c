"""The public trail and snow status: a static page for the municipality's web host.

The files are fit to be copied to any web server and rewritten on a schedule:

- `index.html` in Swedish and `en.html` in English, each wholly in its language and linking
  to the other: one column a phone can read; each
  trail with its status, condition, the time of its report in Norberg time and a clear mark
  where the report has gone stale; ski tracks with the age of their last grooming; the snow
  guarantee's targets with their level and the reason in words. No scripts, no fonts to
  fetch, nothing that needs a build step.
- `status.geojson`: the trails with the same status properties, RFC 7946 (WGS 84 lon/lat);
- `status.json`: a feed for other sites and apps: `generated_at`, `trails[]`, `guarantee[]`;
- with an event feed (the publish always has one): the public events on both pages, each
  with its anchor, a link to subscribe, and the feed's files (exchange.event_feed).

Each file is written to a temporary file beside it and renamed over the old one only when
all are complete, so a web server never serves half a page; the pages go last, so they
never link to a feed older than themselves. Reporters' names are not published (personal
data); the public note of a report is.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any

from destination_norberg.core.event_feed import EventFeed
from destination_norberg.core.events import EventRecord
from destination_norberg.core.geometry import Geometry
from destination_norberg.core.status import GuaranteeLine, StatusData
from destination_norberg.core.timeutil import to_local
from destination_norberg.core.trail_register import TrailRow
from destination_norberg.exchange.event_feed import FEED_FILES, FEEDS, anchor, feed_texts
from destination_norberg.exchange.package_texts import (
    day_text,
    grade_name,
    kind_name,
    stamp_text,
    when_text,
)
from destination_norberg.exchange.status_texts import (
    CSS,
    GROUPS,
    HEAD,
    age_words,
    condition_words,
    grooming_words,
    level_words,
    month_words,
    reason_words,
    status_words,
    style_words,
    words,
)

FILES = ("status.json", "status.geojson", "en.html", "index.html")
DECIMALS = 6  # ≈ 10 cm: plenty for a status map, a third smaller than 7


def _iso_utc(at: datetime | None) -> str | None:
    return None if at is None else \
        at.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def trail_properties(t: TrailRow) -> dict[str, Any]:
    """The values of one trail in the feed and the GeoJSON (codes plus their words)."""
    status = None if t.status is None else str(t.status)
    return {
        "id": t.uid, "name": t.name, "kind": str(t.kind), "area": t.area or None,
        "grade": None if t.grade_colour is None else str(t.grade_colour),
        "length_m": round(t.length_m), "status": status,
        "status_sv": status_words(status, "sv"), "status_en": status_words(status, "en"),
        "condition": None if t.condition is None else str(t.condition),
        "reported_at": _iso_utc(t.reported_at),
        "report_age_days": None if t.report_age_days is None else round(t.report_age_days, 1),
        "stale": t.stale,
        "groomed_at": _iso_utc(t.groomed_at), "grooming_band": t.grooming_band,
        "groom_style": None if t.groom_style is None else str(t.groom_style),
        "snow_depth_cm": t.snow_depth_cm, "note": t.note or None}


def guarantee_properties(g: GuaranteeLine) -> dict[str, Any]:
    return {"name": g.name, "deadline": g.deadline.isoformat(), "required_km": g.required_km,
            "ready_km": round(g.ready_km, 2), "level": g.level, "days_left": g.days_left,
            "reason": g.reason, "reason_sv": reason_words(g, "sv"),
            "reason_en": reason_words(g, "en"), "stale_loops": list(g.stale_loops)}


def status_feed(data: StatusData) -> dict[str, Any]:
    return {"generated_at": _iso_utc(data.generated_at), "stale_days": data.stale_days,
            "trails": [trail_properties(t) for t in data.trails],
            "guarantee": [guarantee_properties(g) for g in data.guarantee]}


def _transformer() -> Callable[[Any, Any], tuple[Any, Any]]:
    from pyproj import Transformer

    return Transformer.from_crs("EPSG:3006", "EPSG:4326", always_xy=True).transform


def _wgs84(geom: Geometry,
           transform: Callable[[Any, Any], tuple[Any, Any]]) -> dict[str, Any]:
    """RFC 7946 geometry: one vectorised transform per line or point."""
    import numpy as np

    def points(coords: Any) -> list[list[float]]:
        arr = np.asarray(coords, dtype=float).reshape(-1, 2)
        xs, ys = transform(arr[:, 0], arr[:, 1])
        rounded: list[list[float]] = np.round(np.column_stack([xs, ys]), DECIMALS).tolist()
        return rounded

    kind, c = geom.kind, geom.coords
    if kind == "Point":
        coords: Any = points([c])[0]
    elif kind in ("LineString", "MultiPoint"):
        coords = points(c)
    elif kind in ("MultiLineString", "Polygon"):
        coords = [points(part) for part in c]
    else:
        coords = [[points(ring) for ring in poly] for poly in c]
    return {"type": kind, "coordinates": coords}


def status_geojson(data: StatusData) -> dict[str, Any]:
    transform = _transformer() if data.geometries else None
    features = []
    for t in data.trails:
        geom = data.geometries.get(t.id)
        if geom is not None and transform is not None:
            features.append({"type": "Feature", "id": t.uid, "properties": trail_properties(t),
                             "geometry": _wgs84(geom, transform)})
    return {"type": "FeatureCollection", "features": features}


# --- the page ------------------------------------------------------------------------------


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _head(key: str, lang: str) -> str:
    return HEAD[key][1] if lang == "en" else HEAD[key][0]


#: The events' section: its anchor, linked from the page's head.
EVENTS_ID = "evenemang"
#: No request for /favicon.ico (a 404 on most web hosts, an error in a browser's console).
NO_FAVICON = '<link rel="icon" href="data:,">'

#: Each page links to the other language: (file, its language, the link's words).
PAGES = {"sv": ("index.html", "en", "en.html", "In English"),
         "en": ("en.html", "sv", "index.html", "På svenska")}


def _trail(t: TrailRow, lang: str) -> str:
    status = None if t.status is None else str(t.status)
    grade = grade_name(str(t.grade_colour), lang)
    colour = (f'<span class="grade g-{_e(t.grade_colour)}" title="{_e(grade)}"></span>'
              if t.grade_colour else "")
    length = f"{km(t.length_m / 1000, lang)} km"
    lines = [f'<h3>{colour}{_e(t.name)}</h3><p><span class="badge s-{_e(status or "none")}">'
             f"{_e(status_words(status, lang))}</span>"]
    if t.condition is not None:
        lines.append(" · " + _e(condition_words(str(t.condition), lang)))
    # the trail's type on a line of its own: "Stängd · fruset" and "Skidspår, skate" never
    # run together
    lines.append(f'</p><p class="muted">{_e(kind_name(str(t.kind), lang))} · {length}</p>')
    if t.reported_at is not None:
        age = _e(age_words(t.report_age_days or 0.0, lang))
        lines.append(f'<p class="muted">{_e(words("reported", lang))} '
                     f'<time datetime="{_e(_iso_utc(t.reported_at))}">'
                     f'{_e(stamp_text(t.reported_at, lang))}</time> ({age})</p>')
    if t.stale:
        lines.append(f'<p class="stale">⚠ {_e(words("stale", lang))}</p>')
    if t.kind.is_ski:
        style = f" · {_e(style_words(str(t.groom_style), lang))}" if t.groom_style else ""
        lines.append(f"<p>{_e(words('groomed', lang))}: "
                     f"{_e(grooming_words(t.grooming_band, lang))}{style}</p>")
    if t.snow_depth_cm is not None:
        lines.append(f"<p>{_e(words('depth', lang))}: {t.snow_depth_cm:g} cm</p>")
    if t.note:  # the coordinator's public note is written in Swedish: marked so, not mixed
        lines.append(f'<p class="note">{_e(t.note)}</p>' if lang == "sv" else
                     f'<p class="note" lang="sv">{_e(t.note)} '
                     '<span class="muted" lang="en">(in Swedish)</span></p>')
    css = "trail stale-card" if t.stale else "trail"
    return f'<li class="{css}">{"".join(lines)}</li>'


def km(value: float, lang: str = "sv") -> str:
    text = f"{value:.1f}"
    return text if lang == "en" else text.replace(".", ",")


def _guarantee(g: GuaranteeLine, lang: str) -> str:
    level = g.level or "none"
    return (f'<li class="trail"><h3>{_e(g.name)}</h3><p><span class="badge l-{_e(level)}">'
            f'{_e(level_words(g.level, lang))}</span> '
            f'<span class="muted">{km(g.ready_km, lang)} / {km(g.required_km, lang)} km · '
            f'{_e(day_text(g.deadline, lang))}</span></p>'
            f"<p>{_e(reason_words(g, lang))}</p></li>")


def _event(e: EventRecord, lang: str) -> str:
    name = e.name_en if lang == "en" and e.name_en else e.name_sv
    cancelled = (f' <span class="badge s-closed">{_e(words("cancelled", lang))}</span>'
                 if e.status == "inställd" else "")
    where = f" · {_e(e.place_name)}" if e.place_name else ""
    # an all-day event by its day, not a midnight
    start = to_local(e.starts_at).date().isoformat() if e.all_day else _e(_iso_utc(e.starts_at))
    when = (f'<time datetime="{start}">'
            f"{_e(when_text(e.starts_at, e.ends_at, e.all_day, lang))}</time>")
    css = "trail cancelled" if cancelled else "trail"
    return (f'<li class="{css}" id="{_e(anchor(e))}"><h4>{_e(name)}{cancelled}</h4>'
            f'<p class="muted">{when}{where}</p></li>')


def _events(feed: EventFeed, lang: str) -> str:
    """The event feed's page: its events per month (Norberg time), each with the anchor the
    JSON-LD's `url` names, and links to subscribe to the calendar and to the JSON-LD."""
    ics, ld, _page = FEEDS[lang]
    months: dict[tuple[int, int], list[str]] = {}
    for e in feed.events:
        local = to_local(e.starts_at)
        months.setdefault((local.year, local.month), []).append(_event(e, lang))
    items = "".join(f'<h3 class="month">{_e(month_words(month, lang))} {year}</h3>'
                    f'<ul class="cards">{"".join(cards)}</ul>'
                    for (year, month), cards in months.items())
    empty = "" if items else f'<p class="muted">{_e(words("no_events", lang))}</p>'
    return (f'<section id="{EVENTS_ID}"><h2>{_e(_head("events", lang))}</h2>'
            f'<p class="subscribe"><a href="{ics}" type="text/calendar">'
            f'{_e(words("subscribe", lang))}</a> · <a href="{ld}" '
            f'type="application/ld+json">{_e(words("open_data", lang))} (JSON-LD)</a></p>'
            f"{empty}{items}</section>")


def status_html(data: StatusData, lang: str = "sv", feed: EventFeed | None = None) -> str:
    """The page in one language (`sv` or `en`), with a link to the page in the other; with
    `feed`, its events and a link to subscribe to them."""
    now = data.generated_at
    _file, other, other_file, other_words = PAGES[lang]
    to_events = ("" if feed is None else
                 f' · <a href="#{EVENTS_ID}">{_e(_head("events", lang))}</a>')
    parts = [f"<header><h1>{_e(_head('title', lang))}</h1>",
             f'<p class="muted">{_e(words("updated", lang))} '
             f'<time datetime="{_e(_iso_utc(now))}">{_e(stamp_text(now, lang))}</time> · '
             f'<a href="{other_file}" hreflang="{other}" lang="{other}">{other_words}</a>'
             f"{to_events}</p>",
             f'<p class="muted">{_e(words("stale_rule", lang).format(n=data.stale_days))}</p>'
             "</header>"]
    if data.guarantee:
        parts.append(f'<h2>{_e(_head("guarantee", lang))}</h2><ul class="cards">'
                     + "".join(_guarantee(g, lang) for g in data.guarantee) + "</ul>")
    for key, kinds in GROUPS:
        group = [t for t in data.trails if str(t.kind) in kinds]
        if group:
            parts.append(f'<h2>{_e(_head(key, lang))}</h2><ul class="cards">'
                         + "".join(_trail(t, lang) for t in group) + "</ul>")
    if feed is not None:
        parts.append(_events(feed, lang))
    parts.append('<footer><a href="status.json">status.json</a> · '
                 '<a href="status.geojson">status.geojson</a> · Destination Norberg</footer>')
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<link rel="alternate" hreflang="{other}" href="{other_file}">{NO_FAVICON}'
            f"<title>{_e(_head('title', lang))}</title><style>{CSS}</style></head>"
            f'<body><main>{"".join(parts)}</main></body></html>\n')


# --- writing -------------------------------------------------------------------------------


def write_status_page(data: StatusData, out_dir: Path,
                      feed: EventFeed | None = None) -> list[Path]:
    """Write the files into `out_dir` (made if missing); their paths, the Swedish page last.
    With `feed` the event feed's files too (exchange.event_feed), before the pages."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    texts: dict[str, str] = {} if feed is None else feed_texts(feed, data.generated_at)
    texts |= {
        "status.json": json.dumps(status_feed(data), ensure_ascii=False, indent=1) + "\n",
        "status.geojson": json.dumps(status_geojson(data), ensure_ascii=False,
                                     separators=(",", ":")) + "\n",
        "en.html": status_html(data, "en", feed), "index.html": status_html(data, "sv", feed)}
    files = FILES if feed is None else (*FEED_FILES, *FILES)
    temps: dict[str, str] = {}
    try:
        for name in files:
            handle, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=out_dir)
            os.close(handle)
            temps[name] = temp
            Path(temp).write_text(texts[name], encoding="utf-8", newline="\n")
            os.chmod(temp, 0o644)  # mkstemp makes 0600: a web server must be able to read it
        for name in files:
            os.replace(temps.pop(name), out_dir / name)
    finally:
        for temp in temps.values():
            Path(temp).unlink(missing_ok=True)
    return [out_dir / name for name in files]
