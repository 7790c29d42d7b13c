"""The program's data as map layers: which features, in which style class, with which legend.

Two views share the data (store.map_read.MapData): the trail map (every trail by status, or
by grade on choice, with the stråk routes, businesses and venues) and the snow map (the ski
loops by grooming age, the snow-guarantee loops marked with a halo). Reference layers the
user imported lie under both. Colours follow the register's: green clear, amber minor, red
closed; grooming from dark blue (today) to grey (older than two weeks).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from destination_norberg.app.map import MapData, ReferenceLayer
from destination_norberg.core.geometry import Geometry
from destination_norberg.core.trail_life import drawn_dashed, shown_to_public
from destination_norberg.gui.map.layers import LineLayer, MapLayer, PointLayer, PolygonLayer, Style
from destination_norberg.gui.map.point_groups import GroupedPointLayer

TRAILS, GUARANTEE, ROUTES, STOPS = "trails", "guarantee", "routes", "stops"
BUSINESSES, VENUES = "businesses", "venues"
TRAIL_NAMES = "trail-names"


def _parts(geom: Geometry) -> list[np.ndarray]:
    """A line's parts, or a polygon's rings, as (n, 2) arrays."""
    if geom.kind == "LineString":
        return [np.asarray(geom.coords, float)]
    if geom.kind in ("MultiLineString", "Polygon"):
        return [np.asarray(p, float) for p in geom.coords if len(p) >= 2]
    if geom.kind == "MultiPolygon":
        return [np.asarray(r, float) for poly in geom.coords for r in poly if len(r) >= 2]
    return []


def status_styles() -> dict[str, Style]:
    return {
        "clear": Style(QCoreApplication.translate("MapStyles", "clear"), "#2e7d32", 3.0),
        "minor": Style(QCoreApplication.translate("MapStyles", "minor issue"), "#c77c02", 3.0),
        "significant": Style(
            QCoreApplication.translate("MapStyles", "significant issue"), "#d9480f", 3.0
        ),
        "closed": Style(QCoreApplication.translate("MapStyles", "closed"), "#b3261e", 3.0, "dash"),
        "none": Style(QCoreApplication.translate("MapStyles", "no report"), "#7a8591", 2.0, "dot"),
    }


def grade_styles() -> dict[str, Style]:
    return {
        "grön": Style(QCoreApplication.translate("MapStyles", "green (easy)"), "#2e7d32", 3.0),
        "blå": Style(
            QCoreApplication.translate("MapStyles", "blue (intermediate)"), "#1c64b4", 3.0
        ),
        "röd": Style(QCoreApplication.translate("MapStyles", "red (difficult)"), "#c62828", 3.0),
        "svart": Style(QCoreApplication.translate("MapStyles", "black (expert)"), "#222222", 3.0),
        "none": Style(QCoreApplication.translate("MapStyles", "not graded"), "#7a8591", 2.0, "dot"),
    }


def grooming_styles() -> dict[str, Style]:
    return {
        "today": Style(QCoreApplication.translate("MapStyles", "groomed today"), "#0b3d91", 4.0),
        "1-3": Style(
            QCoreApplication.translate("MapStyles", "groomed 1–3 days ago"), "#1c64b4", 4.0
        ),
        "4-6": Style(
            QCoreApplication.translate("MapStyles", "groomed 4–6 days ago"), "#4f8fd6", 3.5
        ),
        "7-10": Style(
            QCoreApplication.translate("MapStyles", "groomed 7–10 days ago"), "#8ab6e6", 3.0
        ),
        "11-14": Style(
            QCoreApplication.translate("MapStyles", "groomed 11–14 days ago"), "#b9d3ef", 3.0
        ),
        "older": Style(
            QCoreApplication.translate("MapStyles", "older or never groomed"), "#9aa3ab", 2.5, "dot"
        ),
        "closed": Style(QCoreApplication.translate("MapStyles", "closed"), "#b3261e", 3.0, "dash"),
    }


CATEGORY_COLOURS = {
    "boende": "#6a1b9a",
    "mat och dryck": "#ef6c00",
    "handel": "#00838f",
    "aktivitet": "#2e7d32",
    "transport": "#455a64",
    "kultur": "#ad1457",
    "övrigt": "#757575",
}


def lifecycle_styles() -> dict[str, Style]:
    """Trails not open yet, dashed whatever the colouring (core.trail_life.drawn_dashed)."""
    return {
        "planerad": Style(QCoreApplication.translate("MapStyles", "planned"), "#6a5acd", 2.5,
                          "dash"),
        "under_byggnad": Style(QCoreApplication.translate("MapStyles", "under construction"),
                               "#8d6e63", 3.0, "dash"),
    }


def trail_layer(data: MapData, by: str = "status") -> LineLayer:
    """Every trail in use, in the class of its status (or its grade when `by` is "grade");
    a trail not open yet is dashed in a class of its own, a retired one is not drawn."""
    styles = {**(grade_styles() if by == "grade" else status_styles()),
              **lifecycle_styles()}
    feats = []
    for t in data.trails:
        life = str(t.row.lifecycle)
        if life == "nedlagd":
            continue
        if drawn_dashed(life):
            feats.append((t.row.id, life, _parts(t.geometry)))
            continue
        if by == "grade":
            key = str(t.row.grade_colour) if t.row.grade_colour else "none"
        else:
            key = _status_key(t.row.status)
        feats.append((t.row.id, key, _parts(t.geometry)))
    return LineLayer(TRAILS, feats, styles, QCoreApplication.translate("MapStyles", "Trails"))


def _status_key(status: object) -> str:
    text = str(status) if status is not None else "none"
    return text if text in ("clear", "minor", "significant", "closed") else "none"


def snow_layers(data: MapData) -> list[MapLayer]:
    """The ski loops by grooming age, over a halo marking the guarantee loops."""
    loops = [t for t in data.trails if t.row.kind.is_ski and shown_to_public(t.row.lifecycle)]
    halo = LineLayer(
        GUARANTEE,
        [(t.row.id, "guarantee", _parts(t.geometry)) for t in loops if t.guarantee_loop],
        {
            "guarantee": Style(
                QCoreApplication.translate("MapStyles", "counts for the snow guarantee"),
                "#f5d36b",
                10.0,
            )
        },
        QCoreApplication.translate("MapStyles", "Snow-guarantee loops"),
    )
    feats = []
    for t in loops:
        closed = _status_key(t.row.status) == "closed"
        key = "closed" if closed else (t.row.grooming_band or "older")
        feats.append((t.row.id, key, _parts(t.geometry)))
    return [
        halo,
        LineLayer(
            TRAILS, feats, grooming_styles(), QCoreApplication.translate("MapStyles", "Ski loops")
        ),
    ]


def strak_layers(data: MapData) -> list[MapLayer]:
    routes = LineLayer(
        ROUTES,
        [(r.id, "route", _parts(r.geometry)) for r in data.routes if r.geometry is not None],
        {
            "route": Style(
                QCoreApplication.translate("MapStyles", "stråk route"), "#8e24aa", 3.0, "dash"
            )
        },
        QCoreApplication.translate("MapStyles", "Stråk routes"),
    )
    stops = GroupedPointLayer(
        STOPS,
        [(f"{r.id}:{s.label}", "stop", s.x, s.y, s.label) for r in data.routes for s in r.stops],
        {
            "stop": Style(
                QCoreApplication.translate("MapStyles", "stråk stop (numbered)"),
                "#8e24aa",
                1.0,
                fill="#ffffff",
                symbol="o",
                size=16.0,
            )
        },
        QCoreApplication.translate("MapStyles", "Stråk stops"),
        ring="#8e24aa",
    )
    return [routes, stops]


def category_names() -> dict[str, str]:
    """The network's categories (stored in Swedish) as the legend says them."""
    return {
        "boende": QCoreApplication.translate("MapStyles", "accommodation"),
        "mat och dryck": QCoreApplication.translate("MapStyles", "food and drink"),
        "handel": QCoreApplication.translate("MapStyles", "shopping"),
        "aktivitet": QCoreApplication.translate("MapStyles", "activities"),
        "transport": QCoreApplication.translate("MapStyles", "transport"),
        "kultur": QCoreApplication.translate("MapStyles", "culture"),
        "övrigt": QCoreApplication.translate("MapStyles", "other"),
    }


def business_layer(data: MapData) -> PointLayer:
    names = category_names()
    styles = {
        c: Style(names[c], colour, 1.0, fill=colour, symbol="o", size=8.0)
        for c, colour in CATEGORY_COLOURS.items()
    }
    return GroupedPointLayer(
        BUSINESSES,
        [(b.id, b.kind if b.kind in styles else "övrigt", b.x, b.y, None) for b in data.businesses],
        styles,
        QCoreApplication.translate("MapStyles", "Businesses"),
    )


def venue_layer(data: MapData) -> PointLayer:
    return GroupedPointLayer(
        VENUES,
        [(v.id, "venue", v.x, v.y, None) for v in data.venues],
        {
            "venue": Style(
                QCoreApplication.translate("MapStyles", "event venue"),
                "#37474f",
                1.0,
                fill="#ffd54f",
                symbol="s",
                size=11.0,
            )
        },
        QCoreApplication.translate("MapStyles", "Event venues"),
    )


def reference_layers(layers: Iterable[ReferenceLayer]) -> list[MapLayer]:
    """Each imported layer as polygons, lines and points (a layer may hold all three)."""
    out: list[MapLayer] = []
    for ref in layers:
        polys = [
            (f[0], "area", _parts(f[2]))
            for f in ref.features
            if f[2].kind in ("Polygon", "MultiPolygon")
        ]
        lines = [
            (f[0], "line", _parts(f[2]))
            for f in ref.features
            if f[2].kind in ("LineString", "MultiLineString")
        ]
        points = [(f[0], "point", x, y, None) for f in ref.features for x, y in _points(f[2])]
        name = f"ref:{ref.id}"
        if polys:
            out.append(
                PolygonLayer(
                    f"{name}:area",
                    polys,
                    {"area": Style(ref.name, ref.colour, 1.5, fill=None)},
                    ref.name,
                )
            )
        if lines:
            out.append(
                LineLayer(
                    f"{name}:line", lines, {"line": Style(ref.name, ref.colour, 1.5)}, ref.name
                )
            )
        if points:
            out.append(
                PointLayer(
                    f"{name}:point",
                    points,
                    {"point": Style(ref.name, ref.colour, 1.0, fill=ref.colour, size=6.0)},
                    ref.name,
                )
            )
    return out


def _points(geom: Geometry) -> list[tuple[float, float]]:
    if geom.kind == "Point":
        return [geom.coords]
    if geom.kind == "MultiPoint":
        return list(geom.coords)
    return []


def build_layers(data: MapData, view: str, trails_by: str = "status",
                 references: list[MapLayer] | None = None) -> list[MapLayer]:
    """Bottom first: the background map, reference layers (`references` when built already,
    in the worker with the read: at a million vertices they take a while), the view's own,
    trail names."""
    from destination_norberg.app.basemap import is_basemap
    from destination_norberg.gui.map.basemap import basemap_layers
    from destination_norberg.gui.map.map_labels import LabelLayer

    background = basemap_layers(data.layers)
    layers = [layer for layer in background if not isinstance(layer, LabelLayer)]
    layers += (list(references) if references is not None
               else reference_layers(r for r in data.layers if not is_basemap(r.source)))
    if view == "snowmap":
        layers += snow_layers(data)
        layers.append(venue_layer(data))
    else:
        layers += [
            trail_layer(data, trails_by),
            *strak_layers(data),
            business_layer(data),
            venue_layer(data),
        ]
    # Place names over the program's own layers (a map's names lie on top), trail names last.
    layers += [layer for layer in background if isinstance(layer, LabelLayer)]
    layers.append(trail_name_layer(data, view))
    return layers


def trail_name_layer(data: MapData, view: str) -> MapLayer:
    """The trails' names along their lines (on the snow map: the ski loops')."""
    from destination_norberg.gui.map.map_labels import trail_labels

    def drawn(t: Any) -> bool:  # app.map's MapTrail
        life = str(t.row.lifecycle)
        if view == "snowmap":
            return bool(t.row.kind.is_ski) and shown_to_public(life)
        return life != "nedlagd"

    return trail_labels(TRAIL_NAMES, QCoreApplication.translate("MapStyles", "Trail names"),
                        ((t.row.name, _parts(t.geometry)) for t in data.trails if drawn(t)))
