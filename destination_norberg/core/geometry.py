"""Geometry as plain coordinates and its WKB bytes, in SWEREF 99 TM (EPSG:3006, x = easting).

The store keeps geometry as WKB so that SQLite and PostgreSQL hold the same bytes. This small
codec covers the 2-D types the domain uses without importing shapely at start-up; the geo
package uses shapely for everything heavier.
"""

from __future__ import annotations

import itertools
import math
import struct
from dataclasses import dataclass
from typing import Any

SRID = 3006

Coord = tuple[float, float]

_TYPES = {1: "Point", 2: "LineString", 3: "Polygon", 4: "MultiPoint", 5: "MultiLineString",
          6: "MultiPolygon"}
# A multi-geometry's parts, as WKB writes them: each part is a whole geometry of this kind.
_PART_KIND = {"MultiPoint": "Point", "MultiLineString": "LineString", "MultiPolygon": "Polygon"}
_CODES = {name: code for code, name in _TYPES.items()}


class GeometryError(ValueError):
    """The bytes or coordinates are not a geometry this program understands."""


@dataclass(frozen=True, slots=True)
class Geometry:
    """`coords` is a point `(x, y)`, a list of points, or a list of lists (rings, parts).

    Point: (x, y); LineString and MultiPoint: points; Polygon and MultiLineString: lists of
    points (rings, parts); MultiPolygon: a list of polygons, each a list of rings.
    """

    kind: str
    coords: tuple[Any, ...]

    @staticmethod
    def point(x: float, y: float) -> Geometry:
        return Geometry("Point", (float(x), float(y)))

    @staticmethod
    def line(points: list[Coord] | tuple[Coord, ...]) -> Geometry:
        if len(points) < 2:
            raise GeometryError("a line needs at least two points")
        return Geometry("LineString", tuple((float(x), float(y)) for x, y in points))

    def to_wkb(self) -> bytes:
        return encode_wkb(self)

    def length(self) -> float:
        """Planar length in metres (EPSG:3006 is metric)."""
        if self.kind == "LineString":
            return line_length(self.coords)
        if self.kind == "MultiLineString":
            return sum(line_length(part) for part in self.coords)
        return 0.0


def stored_length(geom: Geometry) -> float:
    """The length a trail keeps with its line: planar metres to a decimetre (the import
    and the map's line editor both measure with this)."""
    return round(geom.length(), 1)


def line_length(points: tuple[Coord, ...] | list[Coord]) -> float:
    return sum(math.dist(a, b) for a, b in itertools.pairwise(points))


def _pack_points(points: tuple[Coord, ...]) -> bytes:
    return struct.pack("<I", len(points)) + b"".join(struct.pack("<dd", *p) for p in points)


def encode_wkb(geom: Geometry) -> bytes:
    code = _CODES.get(geom.kind)
    if code is None:
        raise GeometryError(f"unsupported geometry type {geom.kind}")
    head = struct.pack("<BI", 1, code)
    if geom.kind == "Point":
        return head + struct.pack("<dd", *geom.coords)
    if geom.kind == "LineString":
        return head + _pack_points(geom.coords)
    if geom.kind == "Polygon":
        return head + struct.pack("<I", len(geom.coords)) + b"".join(
            _pack_points(tuple(ring)) for ring in geom.coords
        )
    part_kind = _PART_KIND[geom.kind]
    parts = [encode_wkb(Geometry(part_kind, tuple(p))) for p in geom.coords]
    return head + struct.pack("<I", len(parts)) + b"".join(parts)


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, fmt: str) -> tuple[Any, ...]:
        size = struct.calcsize(fmt)
        if self.pos + size > len(self.data):
            raise GeometryError("geometry bytes end too early")
        values = struct.unpack_from(fmt, self.data, self.pos)
        self.pos += size
        return values

    def points(self, order: str) -> tuple[Coord, ...]:
        (n,) = self.take(order + "I")
        if n > (len(self.data) - self.pos) // 16:
            raise GeometryError("geometry point count is larger than the data")
        flat = self.take(f"{order}{2 * n}d")  # one unpack: a 50,000-point track stays fast
        return tuple(zip(flat[0::2], flat[1::2], strict=True))

    def count(self, order: str, smallest: int) -> int:
        """A ring or part count, refused when the bytes left cannot hold that many."""
        n: int
        (n,) = self.take(order + "I")
        if n > (len(self.data) - self.pos) // smallest:
            raise GeometryError("geometry part count is larger than the data")
        return n

    def geometry(self) -> Geometry:
        (byte_order,) = self.take("B")
        order = "<" if byte_order == 1 else ">"
        (code,) = self.take(order + "I")
        if code & 0xC0000000 or (code > 1000 and code & 0x1FFFFFFF > 1000):
            raise GeometryError("3-D or measured geometry: only 2-D (x, y) is stored")
        if code & 0x20000000:  # EWKB with an SRID: skip it, the store is EPSG:3006 throughout
            self.take(order + "I")
        code &= 0x1FFFFFFF
        kind = _TYPES.get(code)
        if kind == "Point":
            return Geometry(kind, self.take(order + "dd"))
        if kind == "LineString":
            return Geometry(kind, self.points(order))
        if kind == "Polygon":
            n = self.count(order, 4)
            return Geometry(kind, tuple(self.points(order) for _ in range(n)))
        if kind in _PART_KIND:
            n = self.count(order, 9)
            parts = []
            for _ in range(n):
                part = self.geometry()
                if part.kind != _PART_KIND[kind]:
                    raise GeometryError(f"a {kind} holds a {part.kind}")
                parts.append(part.coords)
            return Geometry(kind, tuple(parts))
        raise GeometryError(f"unsupported WKB geometry type {code}")


def decode_wkb(data: bytes) -> Geometry:
    return _Reader(bytes(data)).geometry()


def from_geojson(obj: dict[str, Any]) -> Geometry:
    """A GeoJSON geometry object whose coordinates are already in EPSG:3006."""
    kind = obj.get("type")
    coords: Any = obj.get("coordinates")
    if kind == "Point":
        return Geometry.point(*coords[:2])
    if kind == "LineString":
        return Geometry.line([tuple(c[:2]) for c in coords])
    if kind == "MultiLineString":
        return Geometry(kind, tuple(tuple((c[0], c[1]) for c in part) for part in coords))
    if kind == "Polygon":
        return Geometry(kind, tuple(tuple((c[0], c[1]) for c in ring) for ring in coords))
    if kind == "MultiPoint":
        return Geometry(kind, tuple((float(c[0]), float(c[1])) for c in coords))
    if kind == "MultiPolygon":
        return Geometry(kind, tuple(tuple(tuple((c[0], c[1]) for c in ring) for ring in poly)
                                    for poly in coords))
    raise GeometryError(f"unsupported GeoJSON geometry type {kind}")
