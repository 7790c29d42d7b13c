"""From what GDAL hands over (WKB and numpy columns) to what the store keeps.

Geometry becomes core.geometry.Geometry in EPSG:3006; attributes become JSON-safe Python values
(the store keeps them as JSON, and NaN, numpy scalars or bytes would not survive that).
"""

from __future__ import annotations

import base64
import math
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

import numpy as np
import shapely

from destination_norberg.core.geometry import Geometry, GeometryError, decode_wkb
from destination_norberg.core.plain_text import TEXT_MAX, clean
from destination_norberg.core.said import said

if TYPE_CHECKING:
    from pyproj import Transformer

JsonValue = None | bool | int | float | str | list[Any]
SKIP_NO_GEOMETRY = said("geo.skip.no_geometry", "no geometry")
SKIP_EMPTY = said("geo.skip.empty", "empty geometry")
SKIP_UNREADABLE = said("geo.skip.unreadable", "unreadable geometry")
SKIP_UNSUPPORTED = said("geo.skip.unsupported", "unsupported geometry type")
SKIP_TOO_FEW_POINTS = said("geo.skip.too_few_points", "too few points")
SKIP_OUTSIDE = said("geo.skip.outside", "coordinates outside the coordinate system")

_MULTI = {"Point": "MultiPoint", "LineString": "MultiLineString", "Polygon": "MultiPolygon"}


class SkipFeatureError(Exception):
    """Internal: why one feature is left out (one of the SKIP_ reasons)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _points(geom: shapely.Geometry) -> tuple[tuple[float, float], ...]:
    return tuple(map(tuple, shapely.get_coordinates(geom).tolist()))


def _line(geom: shapely.Geometry) -> tuple[tuple[float, float], ...] | None:
    pts = _points(geom)
    return pts if len(pts) >= 2 else None


def _polygon(geom: shapely.Polygon) -> tuple[Any, ...] | None:
    rings = [_points(geom.exterior), *(_points(r) for r in geom.interiors)]
    if len(rings[0]) < 4:
        return None
    return tuple(r for r in rings if len(r) >= 4)


def _simple_parts(geom: shapely.Geometry) -> list[shapely.Geometry]:
    """A collection's parts, multi-parts opened up, empties dropped."""
    if geom.is_empty:
        return []
    if isinstance(geom, shapely.geometry.base.BaseMultipartGeometry):
        return [p for part in geom.geoms for p in _simple_parts(part)]
    return [geom]


def _part(kind: str, geom: shapely.Geometry) -> tuple[Any, ...] | None:
    if kind == "Point":
        return (geom.x, geom.y)
    if kind == "LineString":
        return _line(geom)
    return _polygon(geom)


def to_core(geom: shapely.Geometry) -> Geometry:
    """A 2-D shapely geometry as a core Geometry; SkipFeatureError says why it cannot be."""
    kind = geom.geom_type
    if kind == "LinearRing":
        kind = "LineString"
    if kind in _MULTI:
        coords = _part(kind, geom)
        if coords is None:
            raise SkipFeatureError(SKIP_TOO_FEW_POINTS)
        return Geometry(kind, coords)
    if kind not in (*_MULTI.values(), "GeometryCollection"):
        raise SkipFeatureError(SKIP_UNSUPPORTED)
    parts = _simple_parts(geom)
    kinds = {"LineString" if p.geom_type == "LinearRing" else p.geom_type for p in parts}
    if len(kinds) != 1:  # a KML MultiGeometry of points and lines: nothing one row can hold
        raise SkipFeatureError(SKIP_UNSUPPORTED if kinds else SKIP_EMPTY)
    (part_kind,) = kinds
    if part_kind not in _MULTI:
        raise SkipFeatureError(SKIP_UNSUPPORTED)
    # Empty track segments and one-point parts are dropped; the rest of the track stays.
    coords = tuple(c for c in (_part(part_kind, p) for p in parts) if c is not None)
    if not coords:
        raise SkipFeatureError(SKIP_TOO_FEW_POINTS)
    return Geometry(_MULTI[part_kind], coords)


def salvage_wkb(data: bytes) -> bytes | str:
    """WKB that GEOS refused, mended where the meaning is clear, else the reason to skip it.

    GEOS refuses a line of one point (GPS devices write one-point tracks and segments) and a
    ring left open. Such parts are dropped and open rings closed; a geometry with nothing left
    is "too few points".
    """
    try:
        geom = decode_wkb(data)
    except GeometryError:
        return SKIP_UNREADABLE
    if geom.kind == "LineString":
        return geom.to_wkb() if len(geom.coords) >= 2 else SKIP_TOO_FEW_POINTS
    if geom.kind == "MultiLineString":
        parts = tuple(p for p in geom.coords if len(p) >= 2)
        return Geometry(geom.kind, parts).to_wkb() if parts else SKIP_TOO_FEW_POINTS
    if geom.kind == "Polygon":
        rings = _mend_polygon(geom.coords)
        return Geometry(geom.kind, rings).to_wkb() if rings else SKIP_TOO_FEW_POINTS
    if geom.kind == "MultiPolygon":
        polys = tuple(p for p in (_mend_polygon(p) for p in geom.coords) if p)
        return Geometry(geom.kind, polys).to_wkb() if polys else SKIP_TOO_FEW_POINTS
    return SKIP_UNREADABLE


def _mend_polygon(rings: tuple[Any, ...]) -> tuple[Any, ...] | None:
    """Rings closed where the file left them open; holes too small dropped; None if the
    outer ring is too small to be an area."""
    closed = [tuple(r) if not r or r[0] == r[-1] else (*r, r[0]) for r in rings]
    if not closed or len(closed[0]) < 4:
        return None
    return (closed[0], *(r for r in closed[1:] if len(r) >= 4))


def transform_in_place(geoms: np.ndarray, transformer: Transformer | None) -> np.ndarray:
    """Transform an array of 2-D geometries to EPSG:3006; returns a mask of the finite ones."""
    coords, index = shapely.get_coordinates(geoms, return_index=True)
    if transformer is not None and len(coords):
        x, y = transformer.transform(coords[:, 0], coords[:, 1], errcheck=False)
        coords = np.column_stack([x, y])
        shapely.set_coordinates(geoms, coords)
    bad = np.unique(index[~np.isfinite(coords).all(axis=1)])
    finite = np.ones(len(geoms), dtype=bool)
    finite[bad] = False
    return finite


def _json_value(value: object) -> JsonValue:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, np.generic):
        return _json_value(value.item())
    if isinstance(value, np.ndarray):
        return [_json_value(v) for v in value.tolist()]
    if isinstance(value, list | tuple):
        return [_json_value(v) for v in value]
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if hasattr(value, "isoformat"):
        return cast(str, value.isoformat())
    return str(value)


def json_column(column: np.ndarray, ogr_type: str = "", ogr_subtype: str = "",
                shortened: list[int] | None = None) -> list[JsonValue]:
    """One attribute column as JSON-safe values, fast for the common numeric and text kinds;
    texts cleaned (clean_strings), the number cut added to `shortened[0]` when given.

    GDAL hands integer and boolean columns that hold nulls over as floats with NaN; the OGR
    type puts them back, so a trail's IMBA level stays 2, not 2.0.
    """
    kind = column.dtype.kind
    if kind == "f":
        values = [v if math.isfinite(v) else None for v in column.tolist()]
        if ogr_subtype == "OFSTBoolean":
            return [None if v is None else bool(v) for v in values]
        if ogr_type in ("OFTInteger", "OFTInteger64"):
            return [None if v is None else int(v) for v in values]
        return values
    if kind == "b" or (kind in "iu" and ogr_subtype == "OFSTBoolean"):
        return [bool(v) for v in column.tolist()]
    if kind in "iu":
        return cast("list[JsonValue]", column.tolist())
    if kind in "US":
        return clean_strings([_json_value(v) for v in column.tolist()], shortened)
    if kind == "M":
        return [None if np.isnat(v) else str(v) for v in column]
    convert: Callable[[object], JsonValue] = _json_value
    return clean_strings([v if v is None or type(v) is str else convert(v)
                          for v in column.tolist()], shortened)


_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_strings(values: list[JsonValue], shortened: list[int] | None = None
                  ) -> list[JsonValue]:
    """Text attributes without control characters and at most TEXT_MAX characters each
    (core.plain_text); checked for the whole column at once, so a clean column (nearly
    every one) costs one join and one search. The texts cut are counted in `shortened[0]`."""
    texts = [v for v in values if type(v) is str]
    if not texts or (max(map(len, texts)) <= TEXT_MAX
                     and not _CONTROLS.search("".join(texts))):
        return values
    out: list[JsonValue] = []
    for v in values:
        if type(v) is str:
            v, cut = clean(v, TEXT_MAX, multiline=True)
            if cut and shortened is not None:
                shortened[0] += 1
        out.append(v)
    return out
