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
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from destination_norberg.app.basemap import basemap_kind, is_basemap
from destination_norberg.app.map import ReferenceLayer
from destination_norberg.core.geometry import Geometry
from destination_norberg.gui.common.labels import basemap_title
from destination_norberg.gui.common.labels import lang as lang_of_window
from destination_norberg.gui.map.layers import (
    LegendEntry,
    LineLayer,
    MapLayer,
    PolygonLayer,
    Style,
)
from destination_norberg.gui.map.map_labels import Label, LabelLayer, LabelStyle

translate = QCoreApplication.translate  # lupdate reads translate("BasemapClasses", "text")

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


def class_names() -> dict[str, str]:
    """The styled `objekttyp` classes as the legend names them in the window's language.

    The keys are Lantmäteriet's Swedish values as the data holds them; each name's source
    text is English and its Swedish translation is that same value, so the Swedish legend
    reads as Lantmäteriet's map and the English one in English. A class not listed here is
    shown by its value, as the data gives it.
    """
    return {
        "Barr- och blandskog": translate("BasemapClasses", "Coniferous and mixed forest"),
        "Lövskog": translate("BasemapClasses", "Deciduous forest"),
        "Fjällbjörkskog": translate("BasemapClasses", "Mountain birch forest"),
        "Skog": translate("BasemapClasses", "Forest"),
        "Öppen mark": translate("BasemapClasses", "Open land"),
        "Kalfjäll": translate("BasemapClasses", "Bare mountain"),
        "Glaciär": translate("BasemapClasses", "Glacier"),
        "Åker": translate("BasemapClasses", "Arable land"),
        "Fruktodling": translate("BasemapClasses", "Orchard"),
        "Låg bebyggelse": translate("BasemapClasses", "Low-rise built-up area"),
        "Hög bebyggelse": translate("BasemapClasses", "High-rise built-up area"),
        "Sluten bebyggelse": translate("BasemapClasses", "Dense built-up area"),
        "Industri- och handelsbebyggelse":
            translate("BasemapClasses", "Industrial and commercial area"),
        "Sjö": translate("BasemapClasses", "Lake"),
        "Vattendragsyta": translate("BasemapClasses", "River surface"),
        "Anlagt vatten": translate("BasemapClasses", "Man-made water"),
        "Hav": translate("BasemapClasses", "Sea"),
        "Myr": translate("BasemapClasses", "Bog"),
        "Sankmark": translate("BasemapClasses", "Marsh"),
        "Motorväg": translate("BasemapClasses", "Motorway"),
        "Motortrafikled": translate("BasemapClasses", "Expressway"),
        "Mötesfri väg": translate("BasemapClasses", "Road with median barrier"),
        "Övergripande länk": translate("BasemapClasses", "Main link"),
        "Landsväg": translate("BasemapClasses", "Country road"),
        "Landsväg liten": translate("BasemapClasses", "Minor country road"),
        "Huvudgata": translate("BasemapClasses", "Main street"),
        "Lokalgata stor": translate("BasemapClasses", "Large local street"),
        "Lokalgata liten": translate("BasemapClasses", "Small local street"),
        "Småväg": translate("BasemapClasses", "Minor road"),
        "Småväg enkel standard": translate("BasemapClasses", "Minor road, basic standard"),
        "Traktorväg": translate("BasemapClasses", "Tractor road"),
        "Cykelväg": translate("BasemapClasses", "Cycle path"),
        "Gångstig": translate("BasemapClasses", "Footpath"),
        "Elljusspår": translate("BasemapClasses", "Floodlit track"),
        "Vattendrag": translate("BasemapClasses", "Watercourse"),
        "Kanal": translate("BasemapClasses", "Canal"),
        "Dike": translate("BasemapClasses", "Ditch"),
        "Bostad": translate("BasemapClasses", "Housing"),
        "Samhällsfunktion": translate("BasemapClasses", "Public services"),
        "Industri": translate("BasemapClasses", "Industry"),
        "Verksamhet": translate("BasemapClasses", "Business"),
        "Ekonomibyggnad": translate("BasemapClasses", "Farm building"),
        "Komplementbyggnad": translate("BasemapClasses", "Outbuilding"),
        "Övrig byggnad": translate("BasemapClasses", "Other building"),
    }


def _name(key: str, names: dict[str, str]) -> str:
    return names.get(key, key) or "–"


class BackgroundLines(LineLayer):
    """A background layer is scenery: a click goes through it (to nothing, or a trail)."""

    def pick(self, x: float, y: float, pixels: float, metres_per_px: float) -> int | None:
        return None


class BackgroundAreas(PolygonLayer):
    """Land cover and buildings: not picked either (a click in the forest selects nothing)."""

    def pick(self, x: float, y: float, pixels: float, metres_per_px: float) -> int | None:
        return None


class RoadEdges(BackgroundLines):
    """The darker edge drawn under each road: in the panel, not again in the legend."""

    def legend(self) -> list[LegendEntry]:
        return []

    @classmethod
    def under(cls, roads: LineLayer, styles: dict[str, Style]) -> RoadEdges:
        """The edges of `roads`, sharing its vertices and level of detail (built once)."""
        edges = cls.__new__(cls)
        edges.__dict__.update(roads.__dict__)
        edges.name = roads.name.replace(":line", ":casing")
        edges.title = QCoreApplication.translate("Basemap", "Background: road edges")
        edges.styles = {key: styles[key] for key in roads.class_keys}
        edges._row = None
        return edges


def _parts(geom: Geometry) -> list[Any]:
    """A line's parts or a polygon's rings, as stored (sequences of (x, y))."""
    if geom.kind == "LineString":
        return [geom.coords]
    if geom.kind in ("MultiLineString", "Polygon"):
        return [p for p in geom.coords if len(p) >= 2]
    if geom.kind == "MultiPolygon":
        return [r for poly in geom.coords for r in poly if len(r) >= 2]
    return []


@dataclass
class _Flat:
    """Features as the canvas takes them fastest (LineLayer.from_arrays): every vertex in
    one array, built with one numpy call instead of one per part."""

    ids: list[int] = field(default_factory=list)
    classes: list[str] = field(default_factory=list)
    coords: list[Any] = field(default_factory=list)
    lengths: list[int] = field(default_factory=list)
    owners: list[int] = field(default_factory=list)

    def add(self, fid: int, key: str, parts: list[Any]) -> None:
        row = len(self.ids)
        self.ids.append(fid)
        self.classes.append(key)
        for part in parts:
            self.coords.extend(part)
            self.lengths.append(len(part))
            self.owners.append(row)

    def layer(self, cls: type[LineLayer], name: str, styles: dict[str, Style],
              title: str) -> LineLayer:
        xy = np.array(self.coords, np.float64).reshape(-1, 2)
        offsets = np.zeros(len(self.lengths) + 1, np.int64)
        np.cumsum(self.lengths, out=offsets[1:])
        return cls.from_arrays(name, self.ids, self.classes, xy, offsets,
                               np.asarray(self.owners, np.int64), styles, title)


def _point(geom: Geometry) -> tuple[float, float] | None:
    if geom.kind == "Point":
        return geom.coords  # type: ignore[no-any-return]
    if geom.kind == "MultiPoint" and geom.coords:
        return geom.coords[0]  # type: ignore[no-any-return]
    return None


def _area_styles(keys: Iterable[str], names: dict[str, str]) -> dict[str, Style]:
    out = {}
    for key in keys:
        fill, line = AREAS.get(key, ("#ecebe4", None))
        # a pale fill without a shore gets a darker edge in the legend, or it reads as empty
        edge = None if line else QColor(fill).darker(125).name()
        out[key] = Style(_name(key, names), line or fill, 0.8 if line else 0.0, fill=fill,
                         edge=edge)
    return out


def _road_styles(keys: Iterable[str], casing: bool,
                 names: dict[str, str]) -> dict[str, Style]:
    """A road class's line, or (`casing`) the edge drawn under it; the legend draws the
    line over its edge (`Style.edge`), so a white street does not vanish on the white."""
    out = {}
    for key in keys:
        colour, width, edge, dash = ROADS.get(key, ("#ffffff", 1.4, "#a39a8f", "solid"))
        if casing:
            out[key] = Style(_name(key, names), edge or colour, width + 1.6 if edge else 0.0)
        else:
            out[key] = Style(_name(key, names), colour, width, dash, edge=edge)
    return out


def _order(ref: ReferenceLayer) -> int:
    kind = basemap_kind(ref.name)
    return ORDER.index(kind) if kind in ORDER else ORDER.index("vaglinje")


#: The last read's basemap and the layers built from it: a redraw of the same read (another
#: colouring, the other view) reuses them instead of building a big background again.
_LAST: list[tuple[list[ReferenceLayer], str, list[MapLayer]]] = []


def basemap_layers(layers: Iterable[ReferenceLayer]) -> list[MapLayer]:
    """The stored basemap layers as canvas layers, bottom first (built again in another
    language: the titles and the legend's class names are words of the window)."""
    refs = sorted((r for r in layers if is_basemap(r.source)), key=_order)
    lang = lang_of_window()
    if _LAST and _LAST[0][1] == lang and len(_LAST[0][0]) == len(refs) and all(
            a is b for a, b in zip(_LAST[0][0], refs, strict=True)):
        return list(_LAST[0][2])
    out = _build(refs)
    _LAST[:] = [(refs, lang, out)]
    return list(out)


def _build(refs: list[ReferenceLayer]) -> list[MapLayer]:
    out: list[MapLayer] = []
    names = class_names()
    for ref in refs:
        kind, name = basemap_kind(ref.name), f"{BASEMAP}:{ref.id}"
        title = basemap_title(kind)
        polys, lines, labels = _Flat(), _Flat(), []
        for fid, text, geom, attrs in ref.features:
            key = str(attrs.get("objekttyp") or "")
            if geom.kind in ("Polygon", "MultiPolygon"):
                polys.add(fid, key, _parts(geom))
            elif geom.kind in ("LineString", "MultiLineString"):
                lines.add(fid, key, _parts(geom))
            elif text and (at := _point(geom)) is not None and kind == "text":
                labels.append(Label(text, at[0], at[1],
                                    style=PLACES.get(key, LabelStyle("#3a3a3a", 8.0)),
                                    rank=PLACE_RANK.get(key, 9)))
        if polys.ids:
            keys = sorted(set(polys.classes))
            styles = ({k: Style(_name(k, names), "#8f8278", 0.0, fill="#b3a69c") for k in keys}
                      if kind == "byggnad" else _area_styles(keys, names))
            out.append(polys.layer(BackgroundAreas, f"{name}:area", styles, title))
        if lines.ids and kind in ("vaglinje", "ovrig_vag"):
            # narrow roads first, so the wider classes are drawn over them
            keys = sorted(set(lines.classes), key=lambda k: ROADS.get(k, ("", 1.4))[1])
            roads = lines.layer(BackgroundLines, f"{name}:line", _road_styles(keys, False, names),
                                title)
            out.append(RoadEdges.under(roads, _road_styles(roads.class_keys, True, names)))
            out.append(roads)
        elif lines.ids:
            out.append(lines.layer(BackgroundLines, f"{name}:line", {
                k: Style(_name(k, names), SHORE if kind == "hydrolinje" else "#b9b3a6",
                         1.2 if kind == "hydrolinje" else 0.8)
                for k in sorted(set(lines.classes))}, title))
        if labels:
            out.append(LabelLayer(f"{name}:labels", labels, title, max_mpp=60.0))
    return out
