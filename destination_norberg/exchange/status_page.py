"""The public trail and snow status: a static page for the municipality's web host.

Three files, fit to be copied to any web server and rewritten on a schedule:

- `index.html`: one column a phone can read, Swedish first with English beside it; each
  trail with its status, condition, the time of its report in Norberg time and a clear mark
  where the report has gone stale; ski tracks with the age of their last grooming; the snow
  guarantee's targets with their level and the reason in words. No scripts, no fonts to
  fetch, nothing that needs a build step.
- `status.geojson`: the trails with the same status properties, RFC 7946 (WGS 84 lon/lat);
- `status.json`: a feed for other sites and apps: `generated_at`, `trails[]`, `guarantee[]`.

Each file is written to a temporary file beside it and renamed over the old one only when
all three are complete, so a web server never serves half a page; the page goes last, so
it never links to a feed older than itself. Reporters' names are not published (personal
data); the public note of a report is.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any

from destination_norberg.core.geometry import Geometry
from destination_norberg.core.status import GuaranteeLine, StatusData
from destination_norberg.core.trail_register import TrailRow
from destination_norberg.exchange.package_texts import day_text, kind_name, stamp_text
from destination_norberg.exchange.status_texts import (
    CSS,
    GROUPS,
    HEAD,
    age_words,
    condition_words,
    grooming_words,
    level_words,
    reason_words,
    status_words,
    style_words,
    words,
)

FILES = ("status.json", "status.geojson", "index.html")
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


def _both(sv: str, en: str) -> str:
    """Swedish, then English in a quieter voice (nothing twice when they are the same)."""
    if sv == en:
        return _e(sv)
    return f'{_e(sv)} <span class="en" lang="en">{_e(en)}</span>'


def _pair(fn: Callable[[Any, str], str], value: Any) -> str:
    return _both(fn(value, "sv"), fn(value, "en"))


def _trail(t: TrailRow) -> str:
    status = None if t.status is None else str(t.status)
    colour = (f'<span class="grade g-{_e(t.grade_colour)}" title="{_e(t.grade_colour)}">'
              "</span>") if t.grade_colour else ""
    length = f"{km(t.length_m / 1000)} km"
    lines = [f'<h3>{colour}{_e(t.name)}</h3><p><span class="badge s-{_e(status or "none")}">'
             f"{_pair(status_words, status)}</span>"]
    if t.condition is not None:
        lines.append(" · " + _pair(condition_words, str(t.condition)))
    lines.append(f' <span class="muted">{_e(kind_name(str(t.kind), "sv"))} · {length}'
                 "</span></p>")
    if t.reported_at is not None:
        age = _pair(age_words, t.report_age_days or 0.0)
        lines.append(f'<p class="muted">{_pair(words, "reported")} '
                     f'<time datetime="{_e(_iso_utc(t.reported_at))}">'
                     f'{_e(stamp_text(t.reported_at, "sv"))}</time> ({age})</p>')
    if t.stale:
        lines.append(f'<p class="stale">⚠ {_pair(words, "stale")}</p>')
    if t.kind.is_ski:
        style = f" · {_pair(style_words, str(t.groom_style))}" if t.groom_style else ""
        lines.append(f"<p>{_pair(words, 'groomed')}: {_pair(grooming_words, t.grooming_band)}"
                     f"{style}</p>")
    if t.snow_depth_cm is not None:
        lines.append(f"<p>{_pair(words, 'depth')}: {t.snow_depth_cm:g} cm</p>")
    if t.note:
        lines.append(f'<p class="note">{_e(t.note)}</p>')
    css = "trail stale-card" if t.stale else "trail"
    return f'<li class="{css}">{"".join(lines)}</li>'


def km(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _guarantee(g: GuaranteeLine) -> str:
    level = g.level or "none"
    return (f'<li class="trail"><h3>{_e(g.name)}</h3><p><span class="badge l-{_e(level)}">'
            f'{_both(level_words(g.level, "sv"), level_words(g.level, "en"))}</span> '
            f'<span class="muted">{km(g.ready_km)} / {km(g.required_km)} km · '
            f'{_e(day_text(g.deadline, "sv"))}</span></p>'
            f"<p>{_e(reason_words(g, 'sv'))}</p>"
            f'<p class="en" lang="en">{_e(reason_words(g, "en"))}</p></li>')


def status_html(data: StatusData) -> str:
    now = data.generated_at
    rule = _both(words("stale_rule", "sv").format(n=data.stale_days),
                 words("stale_rule", "en").format(n=data.stale_days))
    parts = [f"<header><h1>{_both(*HEAD['title'])}</h1>",
             f'<p class="muted">{_pair(words, "updated")} '
             f'<time datetime="{_e(_iso_utc(now))}">{_e(stamp_text(now, "sv"))}</time></p>',
             f'<p class="muted">{rule}</p></header>']
    if data.guarantee:
        parts.append(f'<h2>{_both(*HEAD["guarantee"])}</h2><ul class="cards">'
                     + "".join(_guarantee(g) for g in data.guarantee) + "</ul>")
    for key, kinds in GROUPS:
        group = [t for t in data.trails if str(t.kind) in kinds]
        if group:
            parts.append(f'<h2>{_both(*HEAD[key])}</h2><ul class="cards">'
                         + "".join(_trail(t) for t in group) + "</ul>")
    parts.append('<footer><a href="status.json">status.json</a> · '
                 '<a href="status.geojson">status.geojson</a> · Destination Norberg</footer>')
    return ('<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_e(HEAD['title'][0])}</title><style>{CSS}</style></head>"
            f'<body><main>{"".join(parts)}</main></body></html>\n')


# --- writing -------------------------------------------------------------------------------


def write_status_page(data: StatusData, out_dir: Path) -> list[Path]:
    """Write the three files into `out_dir` (made if missing); their paths, page last."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    texts: Mapping[str, str] = {
        "status.json": json.dumps(status_feed(data), ensure_ascii=False, indent=1) + "\n",
        "status.geojson": json.dumps(status_geojson(data), ensure_ascii=False,
                                     separators=(",", ":")) + "\n",
        "index.html": status_html(data)}
    temps: dict[str, str] = {}
    try:
        for name in FILES:
            handle, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=out_dir)
            os.close(handle)
            temps[name] = temp
            Path(temp).write_text(texts[name], encoding="utf-8", newline="\n")
            os.chmod(temp, 0o644)  # mkstemp makes 0600: a web server must be able to read it
        for name in FILES:
            os.replace(temps.pop(name), out_dir / name)
    finally:
        for temp in temps.values():
            Path(temp).unlink(missing_ok=True)
    return [out_dir / name for name in FILES]
