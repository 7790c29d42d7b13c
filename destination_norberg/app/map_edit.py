"""Edits of the map area: trails, a stråk's route and reference layers from features read
from a file, an imported layer removed, and a trail's line drawn or edited on the map.

Each is one write unit on the engine it is given. They are the store's functions under their
use-case names (store.geodata_store): the map page and its import dialog call them here,
never store/ (the "through app" contract in pyproject.toml). Importing this module loads
SQLAlchemy: import it inside the function that writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from destination_norberg.core.geometry import Geometry, GeometryError, decode_wkb, stored_length
from destination_norberg.store.geodata_store import TrailImport as TrailImport
from destination_norberg.store.geodata_store import import_reference_layer as import_reference_layer
from destination_norberg.store.geodata_store import import_trails as import_trails
from destination_norberg.store.geodata_store import remove_reference_layer as remove_reference_layer
from destination_norberg.store.geodata_store import set_strak_route as set_strak_route

__all__ = ["TrailImport", "import_reference_layer", "import_trails", "line_points",
           "point_geom", "remove_reference_layer", "set_strak_route", "trail_line"]

Point = tuple[float, float]


def trail_line(points: Sequence[Point]) -> dict[str, Any]:
    """The stored columns of a trail drawn or edited on the map: its line in EPSG:3006 and
    its length, measured as an import measures it (core.geometry.stored_length)."""
    geom = Geometry.line([(float(x), float(y)) for x, y in points])
    return {"geom": geom.to_wkb(), "length_m": stored_length(geom)}


def line_points(geom: Any) -> list[Point]:
    """A stored trail line's vertices to edit; a multi-part line gives its longest part (the
    editor edits one line), nothing or a damaged value gives []."""
    if geom is None:
        return []
    try:
        g = decode_wkb(bytes(geom))
    except GeometryError:
        return []
    if g.kind == "LineString":
        return [(float(x), float(y)) for x, y in g.coords]
    if g.kind == "MultiLineString" and g.coords:
        part = max(g.coords, key=lambda p: Geometry("LineString", tuple(p)).length())
        return [(float(x), float(y)) for x, y in part]
    return []


def point_geom(x: float, y: float) -> bytes:
    """A venue's location clicked on the map, as stored (WKB in EPSG:3006)."""
    return Geometry.point(x, y).to_wkb()
