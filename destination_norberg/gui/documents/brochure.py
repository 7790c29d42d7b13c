"""The package brochure for partners: what the package is, when, what it costs, where it goes.

A hotel or a tour operator forwards it to guests, so it is written wholly in the partner's
language (titles, texts, event names and the program's own words). A text that exists only in
the other language (component descriptions are stored in Swedish only; an event without an
English name) is used but marked with a `*`, explained under the table of components, where
most marks are (core.package_language). Prices in kronor as the language writes them (`1 195 kr`,
`SEK 1,195`), and a map of only the trails and stråk the package concerns, drawn by the
program's own map canvas in the map's own styles (trails by grade, the stråk dashed with its
numbered stops) so the brochure and the map area agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QImage

from destination_norberg.core.events import EventRecord
from destination_norberg.core.geometry import Geometry
from destination_norberg.core.package_language import Worded, pick, swedish
from destination_norberg.core.plain_text import TEXT_MAX
from destination_norberg.core.timeutil import now_utc, to_local
from destination_norberg.gui.common import labels
from destination_norberg.gui.documents.output import TEXT_WIDTH_PX, Marks, esc, sek

MAP_URL = "brochure://map.png"
#: The map as embedded: the text width, and about 0.6 of it high.
MAP_WIDTH_PX = TEXT_WIDTH_PX
MAP_HEIGHT_PX = round(TEXT_WIDTH_PX * 0.58)
#: The map is drawn at this many image pixels per CSS pixel: lines of 3 px and labels of
#: 8 pt come out at a size that reads on paper (about 0.6 mm and 6.5 pt).
MAP_OVERSAMPLE = 1.25
MAP_MARGIN = 0.08  # of the routes' extent, on each side


def _parts(geom: Geometry) -> list[np.ndarray]:
    if geom.kind == "LineString":
        return [np.asarray(geom.coords, float)]
    if geom.kind in ("MultiLineString", "Polygon"):
        return [np.asarray(p, float) for p in geom.coords if len(p) >= 2]
    return []


def map_layers(detail: Any) -> list[Any]:
    """The trails (by grade), the stråk routes with their stops, and the event's place."""
    from destination_norberg.app.map import MapData, MapPoint, MapRoute
    from destination_norberg.gui.map.layers import LineLayer, PointLayer, Style
    from destination_norberg.gui.map.styles import TRAILS, grade_styles, strak_layers

    trails = [r for r in detail.routes if r.kind == "trail" and r.geometry is not None]
    routes = [MapRoute(r.id, r.name, r.geometry, tuple(
        MapPoint(0, name, "stop", x, y, label=str(number)) for number, name, x, y in r.stops))
        for r in detail.routes if r.kind == "strak"]
    layers: list[Any] = []
    if trails:
        styles = grade_styles()
        layers.append(LineLayer(TRAILS, [
            (r.id, r.grade_colour if r.grade_colour in styles else "none", _parts(r.geometry))
            for r in trails], styles))
        # The names at each trail's middle vertex (the map area names trails in its panel).
        names = []
        for r in trails:
            parts = _parts(r.geometry)
            if parts and len(parts[0]):
                x, y = parts[0][len(parts[0]) // 2]
                names.append((r.id, "name", float(x), float(y), r.name))
        layers.append(PointLayer("trail-names", names, {"name": Style("", "#1f2933", 0.0,
                                                                       size=0.0)}))
    if routes:
        data = MapData(now_utc(), [], routes, [], [], [])
        layers += [layer for layer in strak_layers(data) if len(layer.ids)]
    place = detail.event_place
    if place is not None and place.x is not None and place.y is not None:
        layers.append(PointLayer("place", [(0, "place", place.x, place.y, place.name)], {
            "place": Style(place.name, "#37474f", 1.0, fill="#ffd54f", symbol="s", size=11.0)}))
    return layers


def map_image(detail: Any) -> QImage | None:
    """The routes concerned, zoomed to fit, as an image; None when none has a geometry."""
    layers = map_layers(detail)
    if not any(len(layer.ids) for layer in layers if layer.name != "place"):
        return None
    from destination_norberg.gui.map.canvas import MapCanvas
    from destination_norberg.gui.map.view import merge_boxes

    width, height = round(MAP_WIDTH_PX * MAP_OVERSAMPLE), round(MAP_HEIGHT_PX * MAP_OVERSAMPLE)
    canvas = MapCanvas()
    try:
        canvas.resize(width, height)
        for layer in layers:
            canvas.add_layer(layer)
        bbox = merge_boxes(layer.bbox for layer in layers)
        if bbox is not None:
            canvas.zoom_to(bbox, margin=MAP_MARGIN, min_span=500.0)
        return canvas.render_to_image(width, height)
    finally:
        canvas.deleteLater()


# --- words ---------------------------------------------------------------------------------


def component_kind(code: str) -> str:
    return {
        "boende": QCoreApplication.translate("Brochure", "Accommodation"),
        "måltid": QCoreApplication.translate("Brochure", "Meal"),
        "skidhyra": QCoreApplication.translate("Brochure", "Ski rental"),
        "aktivitet": QCoreApplication.translate("Brochure", "Activity"),
        "transport": QCoreApplication.translate("Brochure", "Transport"),
        "startavgift": QCoreApplication.translate("Brochure", "Race entry"),
    }.get(code, code)


def _event_name(event: EventRecord, lang: str) -> Worded:
    return pick(event.name_sv, event.name_en, lang)


def _validity(first: date | None, last: date | None) -> str:
    if first is None and last is None:
        return ""
    if first is None or last is None or first == last:
        return labels.fmt_day(first or last)  # type: ignore[arg-type]
    return f"{labels.fmt_short_day(first, last.year)} – {labels.fmt_day(last)}"


def _when(event: EventRecord) -> str:
    start, end = to_local(event.starts_at), to_local(event.finish)
    if event.all_day:
        return QCoreApplication.translate("Brochure", "all day")
    if end.date() > start.date():
        return QCoreApplication.translate("Brochure", "%1, until %2").replace(
            "%1", labels.fmt_local_time(event.starts_at)).replace(
            "%2", labels.fmt_short_day(end.date()))
    text = labels.fmt_local_time(event.starts_at)
    return text + ("–" + labels.fmt_local_time(event.ends_at) if event.ends_at else "")


def _programme_name(event: EventRecord, marks: Marks) -> str:
    name = f"<b>{marks(_event_name(event, marks.lang))}</b>"
    if event.status == "inställd":
        name = f"<s>{name}</s> <span class='alert'>{esc(labels.event_status(event.status))}" \
               "</span>"
    return name


def _programme(events: Sequence[EventRecord], marks: Marks) -> str:
    """Day by day in Norberg time; ideas are not told to partners, cancellations are."""
    days: dict[date, list[EventRecord]] = {}
    for event in events:
        if event.status != "idé":
            days.setdefault(to_local(event.starts_at).date(), []).append(event)
    out = []
    for day, items in sorted(days.items()):
        rows = "".join(
            f"<tr><td width='26%'>{esc(_when(e))}</td><td>{_programme_name(e, marks)}</td>"
            f"<td width='32%' class='muted'>{esc(e.place_name or '')}</td></tr>"
            for e in items)
        out.append(f"<h3>{esc(labels.fmt_day(day, long=True))}</h3>"
                   f"<table class='grid' width='100%' cellpadding='2' cellspacing='0'>{rows}"
                   "</table>")
    return "".join(out)


def basis_label(basis: str, kind: str, occupancy: int | None) -> str:
    """"per person", "per rum (2 pers.)", "per paket": the words of core.packages.basis_text
    from the window's catalogue (the package page shows the same)."""
    from destination_norberg.core.packages import price_basis

    b = price_basis(basis)
    if b == "per_person":
        return QCoreApplication.translate("Brochure", "per person")
    if b == "per_package":
        return QCoreApplication.translate("Brochure", "per package")
    unit = {"boende": QCoreApplication.translate("Brochure", "room"),
            "transport": QCoreApplication.translate("Brochure", "vehicle")}.get(
        kind, QCoreApplication.translate("Brochure", "unit"))
    n = max(1, int(occupancy or 1))
    text = (QCoreApplication.translate("Brochure", "per %1 (1 person)") if n == 1 else
            QCoreApplication.translate("Brochure", "per %1 (%2 persons)"))
    return text.replace("%1", unit).replace("%2", str(n))


def _components(detail: Any, lang: str, marks: Marks) -> str:
    pricing = detail.pricing
    basis = pricing.persons
    head = "".join(f"<th{cls}>{esc(text)}</th>" for cls, text in (
        ("", QCoreApplication.translate("Brochure", "What")),
        ("", QCoreApplication.translate("Brochure", "Provider")),
        (" class='num'", QCoreApplication.translate("Brochure", "Places")),
        (" class='num'", QCoreApplication.translate("Brochure", "Price")),
        (" class='num'", QCoreApplication.translate("Brochure", "For 1 person") if basis <= 1
         else QCoreApplication.translate("Brochure", "For %1 people").replace(
             "%1", str(basis)))))
    rows = []
    for c, line in zip(detail.components, pricing.lines, strict=True):
        provider = c.organisation.name if c.organisation is not None else ""
        capacity = str(c.capacity) if c.capacity is not None else "—"
        rows.append(f"<tr><td><b>{esc(component_kind(c.kind))}</b><br>"
                    f"{marks(swedish(c.description))}"
                    f"</td><td>{esc(provider)}</td><td class='num'>{esc(capacity)}</td>"
                    f"<td class='num'>{esc(sek(c.price_sek, lang))}<br><span class='muted'>"
                    f"{esc(basis_label(line.basis, c.kind, line.occupancy))}</span></td>"
                    f"<td class='num'>{esc(sek(line.amount, lang))}</td></tr>")
    total = (QCoreApplication.translate("Brochure", "Total") if basis <= 1 else
             QCoreApplication.translate("Brochure", "Total for %1 people").replace(
                 "%1", str(basis)))
    rows.append(f"<tr><td colspan='4'>{esc(total)}</td>"
                f"<td class='num'>{esc(sek(pricing.total, lang))}</td></tr>")
    per_person = QCoreApplication.translate("Brochure", "Price per person")
    rows.append(f"<tr><td colspan='4' class='big'>{esc(per_person)}</td>"
                f"<td class='num big'>{esc(sek(pricing.per_person, lang))}</td></tr>")
    return (f"<table class='grid' width='100%' cellpadding='3' cellspacing='0'>"
            f"<thead><tr>{head}</tr></thead>{''.join(rows)}</table>")


def _legend(detail: Any) -> str:
    from destination_norberg.gui.map.styles import grade_styles

    styles = grade_styles()
    items = []
    for r in detail.routes:
        km = QLocale().toString(r.length_m / 1000, "f", 1) + "\u00a0km"
        if r.kind == "trail":
            style = styles.get(r.grade_colour or "none", styles["none"])
            items.append(f"<span style='color:{style.color}'>━━</span> {esc(r.name)} "
                         f"<span class='muted'>({esc(style.label)}, {km})</span>")
        else:
            stops = QCoreApplication.translate("Brochure", "stops 1–%1 on the map").replace(
                "%1", str(len(r.stops))) if r.stops else ""
            extra = f"{km}, {esc(stops)}" if stops else km
            names = " · ".join(f"{number}&nbsp;{esc(name)}" for number, name, _x, _y in r.stops)
            items.append(f"<span style='color:#8e24aa'>╍╍</span> {esc(r.name)} "
                         f"<span class='muted'>({extra})</span>"
                         + (f"<br><span class='muted'>{names}</span>" if names else ""))
    return "<p class='small'>" + "<br>".join(items) + "</p>"


def _contact(detail: Any) -> str:
    event = detail.event
    if event is None or not event.organiser_name:
        return ""
    found = next((c for c in (*detail.contacts(), *(p.contact for p in detail.partners))
                  if c.organisation_id == event.organiser_id), None)
    lines = [f"<b>{esc(event.organiser_name)}</b>"]
    if found is not None:
        lines += [esc(v) for v in (found.person, found.address, found.phone, found.email,
                                   found.website) if v]
    head = QCoreApplication.translate("Brochure", "Contact")
    return f"<h2>{esc(head)}</h2><p>{'<br>'.join(lines)}</p>"


def brochure_html(detail: Any, lang: str, with_map: bool) -> str:
    """The brochure in the installed catalogue's language; `lang` picks titles and texts."""
    marks = Marks(lang)
    valid = _validity(detail.valid_from, detail.valid_to)
    sub = []
    if detail.event is not None:
        sub.append(marks(_event_name(detail.event, lang)))
    if valid:
        sub.append(esc(QCoreApplication.translate("Brochure", "Valid %1").replace("%1", valid)))
    worded = pick(detail.text_sv, detail.text_en, lang)
    paragraphs = [p.strip() for p in worded.text.split("\n\n") if p.strip()]
    text = "".join(f"<p>{esc(p, TEXT_MAX)}</p>" for p in paragraphs[:-1])
    if paragraphs:  # the mark after the text's last paragraph
        text += f"<p>{marks(Worded(paragraphs[-1], worded.lang), TEXT_MAX)}</p>"
    title = marks(pick(detail.title_sv, detail.title_en, lang))
    parts = [f"<h1>{title}</h1>", f"<p class='lead'>{' · '.join(sub)}</p>", text]
    programme = _programme(detail.programme, marks)
    if programme:
        head = QCoreApplication.translate("Brochure", "Programme")
        parts.append(f"<h2>{esc(head)}</h2>{programme}")
    head = QCoreApplication.translate("Brochure", "Included and prices")
    parts.append(f"<h2>{esc(head)}</h2>{_components(detail, lang, marks)}")
    if marks.used:
        parts.append(f"<p class='small muted'>{esc(marks.footnote())}</p>")
    if with_map:
        head = QCoreApplication.translate("Brochure", "Map")
        parts.append(f"<h2>{esc(head)}</h2><p><img src='{MAP_URL}' width='{MAP_WIDTH_PX}' "
                     f"height='{MAP_HEIGHT_PX}'></p>{_legend(detail)}")
    parts.append(_contact(detail))
    made = QCoreApplication.translate(
        "Brochure", "Prices in Swedish kronor. Times are Norberg local time.")
    parts.append(f"<p class='small muted' style='margin-top:12px'>{esc(made)}</p>")
    return "".join(parts)
