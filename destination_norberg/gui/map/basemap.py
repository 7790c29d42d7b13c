"""The background map drawn the way a topographic map looks: land cover as soft fills
(forest green, open land pale, fields yellow, built-up areas rose, water blue with a darker
shore), streams, roads with a casing by class (motorways orange, country roads yellow,
streets white), buildings and place names — from Lantmäteriet's layers as app.basemap
imported them, the class in each feature's `objekttyp`.

The layers come out as ordinary canvas layers (one drawn item per class), bottom first, so
the canvas's culling, level of detail and vertex budget keep them fast; a layer the style
table does not know is drawn in a muted grey by its geometry type.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from destination_norberg.app.basemap import basemap_kind, is_basemap
from destination_norberg.app.map import ReferenceLayer
from destination_norberg.core.geometry import Geometry
from destination_norberg.gui.map.layers import (
    LegendEntry,
    LineLayer,
    MapLayer,
    PolygonLayer,
    Style,
)
from destination_norberg.gui.map.map_labels import Label, LabelLayer, LabelStyle

BASEMAP = "basemap"
#: The order the kinds are drawn in, bottom first; others between water lines and roads.
ORDER = ("mark", "markkantlinje", "hydroyta", "hydrolinje", "byggnad", "vaglinje",
         "ovrig_vag", "text")

WATER, SHORE = "#b5d3ea", "#7fabcf"
FOREST, DECIDUOUS = "#d3e6c4", "#dcecc9"
OPEN, FIELD = "#f7f5ea", "#f2ecc8"
BUILT_LOW, BUILT_HIGH, BUILT_DENSE, INDUSTRY = "#eee2da", "#e7d4ca", "#e1c9bd", "#e3dde7"

#: Land cover (`mark`, `hydroyta`): fill and an outline for water.
AREAS: dict[str, tuple[str, str | None]] = {
    "Barr- och blandskog": (FOREST, None), "Lövskog": (DECIDUOUS, None),
    "Fjällbjörkskog": (DECIDUOUS, None), "Skog": (FOREST, None),
    "Öppen mark": (OPEN, None), "Kalfjäll": ("#f1f0ea", None), "Glaciär": ("#eef6fb", None),
    "Åker": (FIELD, None), "Fruktodling": ("#e8efcb", None),
    "Låg bebyggelse": (BUILT_LOW, None), "Hög bebyggelse": (BUILT_HIGH, None),
    "Sluten bebyggelse": (BUILT_DENSE, None),
    "Industri- och handelsbebyggelse": (INDUSTRY, None),
    "Sjö": (WATER, SHORE), "Vattendragsyta": (WATER, SHORE), "Anlagt vatten": (WATER, SHORE),
    "Hav": (WATER, SHORE), "Myr": ("#e3ecde", None), "Sankmark": ("#e3ecde", None),
}
#: Roads (`vaglinje`): (colour, width in pixels, casing colour or None, dash).
ROADS: dict[str, tuple[str, float, str | None, str]] = {
    "Motorväg": ("#e58b3a", 4.0, "#a65e1d", "solid"),
    "Motortrafikled": ("#e99a4c", 3.6, "#a65e1d", "solid"),
    "Mötesfri väg": ("#f0b15a", 3.4, "#a87a32", "solid"),
    "Övergripande länk": ("#f0b15a", 3.4, "#a87a32", "solid"),
    "Landsväg": ("#f4c56a", 3.0, "#a8843e", "solid"),
    "Landsväg liten": ("#f8da88", 2.6, "#a8904e", "solid"),
    "Huvudgata": ("#fbe3a0", 2.6, "#9a8a66", "solid"),
    "Lokalgata stor": ("#ffffff", 2.2, "#9a9186", "solid"),
    "Lokalgata liten": ("#ffffff", 1.8, "#a39a8f", "solid"),
    "Småväg": ("#ffffff", 1.6, "#a39a8f", "solid"),
    "Småväg enkel standard": ("#8c7a66", 1.0, None, "dash"),
    "Traktorväg": ("#8c7a66", 1.0, None, "dash"),
    "Cykelväg": ("#8c7a66", 0.8, None, "dot"),
    "Gångstig": ("#8c7a66", 0.8, None, "dot"),
    "Elljusspår": ("#8c7a66", 0.8, None, "dot"),
}
#: Place names (`text`): by class, the rest as small dark text.
PLACES: dict[str, LabelStyle] = {
    "Tätort": LabelStyle("#2b2b2b", 11.0, bold=True, spacing=8.0),
    "Småort": LabelStyle("#2b2b2b", 9.5, bold=True),
    "Bebyggelse": LabelStyle("#3a3a3a", 8.5),
    "Sjö": LabelStyle("#2c6aa0", 8.5, italic=True),
    "Vattendrag": LabelStyle("#2c6aa0", 8.0, italic=True),
    "Terräng": LabelStyle("#5b5b4b", 8.0, italic=True),
}
PLACE_RANK = {"Tätort": 0, "Småort": 1, "Bebyggelse": 2, "Sjö": 3, "Vattendrag": 4}


class RoadEdges(LineLayer):
    """The darker edge drawn under each road: in the panel, not again in the legend."""

    def legend(self) -> list[LegendEntry]:
        return []


def _title(kind: str) -> str:
    titles = {
        "mark": QCoreApplication.translate("Basemap", "Background: land cover"),
        "hydrolinje": QCoreApplication.translate("Basemap", "Background: streams"),
        "hydroyta": QCoreApplication.translate("Basemap", "Background: water"),
        "vaglinje": QCoreApplication.translate("Basemap", "Background: roads"),
        "byggnad": QCoreApplication.translate("Basemap", "Background: buildings"),
        "text": QCoreApplication.translate("Basemap", "Background: place names"),
    }
    return titles.get(kind) or QCoreApplication.translate(
        "Basemap", "Background: {0}").replace("{0}", kind)


def _parts(geom: Geometry) -> list[list[tuple[float, float]]]:
    if geom.kind == "LineString":
        return [list(geom.coords)]
    if geom.kind in ("MultiLineString", "Polygon"):
        return [list(p) for p in geom.coords if len(p) >= 2]
    if geom.kind == "MultiPolygon":
        return [list(r) for poly in geom.coords for r in poly if len(r) >= 2]
    return []


def _point(geom: Geometry) -> tuple[float, float] | None:
    if geom.kind == "Point":
        return geom.coords  # type: ignore[no-any-return]
    if geom.kind == "MultiPoint" and geom.coords:
        return geom.coords[0]  # type: ignore[no-any-return]
    return None


def _area_styles(keys: Iterable[str]) -> dict[str, Style]:
    out = {}
    for key in keys:
        fill, line = AREAS.get(key, ("#ecebe4", None))
        out[key] = Style(key or "–", line or fill, 0.8 if line else 0.0, fill=fill)
    return out


def _road_styles(keys: Iterable[str], casing: bool) -> dict[str, Style]:
    out = {}
    for key in keys:
        colour, width, edge, dash = ROADS.get(key, ("#ffffff", 1.4, "#a39a8f", "solid"))
        if casing:
            out[key] = Style(key, edge or colour, width + 1.6 if edge else 0.0)
        else:
            out[key] = Style(key or "–", colour, width, dash)
    return out


def _order(ref: ReferenceLayer) -> int:
    kind = basemap_kind(ref.name)
    return ORDER.index(kind) if kind in ORDER else ORDER.index("vaglinje")


#: The last read's basemap and the layers built from it: a redraw of the same read (another
#: colouring, the other view) reuses them instead of building a big background again.
_LAST: list[tuple[list[ReferenceLayer], list[MapLayer]]] = []


def basemap_layers(layers: Iterable[ReferenceLayer]) -> list[MapLayer]:
    """The stored basemap layers as canvas layers, bottom first."""
    refs = sorted((r for r in layers if is_basemap(r.source)), key=_order)
    if _LAST and len(_LAST[0][0]) == len(refs) and all(
            a is b for a, b in zip(_LAST[0][0], refs, strict=True)):
        return list(_LAST[0][1])
    out = _build(refs)
    _LAST[:] = [(refs, out)]
    return list(out)


def _build(refs: list[ReferenceLayer]) -> list[MapLayer]:
    out: list[MapLayer] = []
    for ref in refs:
        kind, name = basemap_kind(ref.name), f"{BASEMAP}:{ref.id}"
        title = _title(kind)
        classes = {f[0]: str(f[3].get("objekttyp") or "") for f in ref.features}
        polys = [(f[0], classes[f[0]], _parts(f[2])) for f in ref.features
                 if f[2].kind in ("Polygon", "MultiPolygon")]
        lines = [(f[0], classes[f[0]], _parts(f[2])) for f in ref.features
                 if f[2].kind in ("LineString", "MultiLineString")]
        places = [(f[1], classes[f[0]], _point(f[2])) for f in ref.features]
        if polys and kind == "byggnad":
            keys = {c for _i, c, _p in polys}
            out.append(PolygonLayer(f"{name}:area", polys, {k: Style(
                k or "–", "#8f8278", 0.0, fill="#b3a69c") for k in keys}, title))
        elif polys:
            out.append(PolygonLayer(f"{name}:area", polys,
                                    _area_styles(sorted({c for _i, c, _p in polys})), title))
        if lines and kind in ("vaglinje", "ovrig_vag"):
            keys = sorted({c for _i, c, _p in lines},
                          key=lambda k: -ROADS.get(k, ("", 0.0, None, ""))[1])[::-1]
            casing = RoadEdges(f"{name}:casing", lines, _road_styles(keys, True),
                               QCoreApplication.translate("Basemap", "Background: road edges"))
            out.append(casing)
            out.append(LineLayer(f"{name}:line", lines, _road_styles(keys, False), title))
        elif lines:
            keys = sorted({c for _i, c, _p in lines})
            out.append(LineLayer(f"{name}:line", lines, {
                k: Style(k or "–", SHORE if kind == "hydrolinje" else "#b9b3a6",
                         1.2 if kind == "hydrolinje" else 0.8) for k in keys}, title))
        labels = [Label(text, at[0], at[1], style=PLACES.get(cls, LabelStyle("#3a3a3a", 8.0)),
                        rank=PLACE_RANK.get(cls, 9))
                  for text, cls, at in places if text and at is not None]
        if labels and kind == "text":
            out.append(LabelLayer(f"{name}:labels", labels, title, max_mpp=60.0))
    return out
