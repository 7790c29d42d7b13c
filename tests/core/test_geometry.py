from __future__ import annotations

import math
import struct

import pytest
import shapely

from destination_norberg.core.geometry import (
    Geometry,
    GeometryError,
    decode_wkb,
    encode_wkb,
    from_geojson,
    line_length,
)

E, N = 551400.0, 6659000.0  # Torget, SWEREF 99 TM

POINT = Geometry.point(E, N)
LINE = Geometry.line([(E, N), (E + 300.0, N + 400.0), (E + 300.0, N + 1000.25)])
POLYGON = Geometry("Polygon", (
    ((E, N), (E + 100, N), (E + 100, N + 100), (E, N + 100), (E, N)),
    ((E + 10, N + 10), (E + 20, N + 10), (E + 20, N + 20), (E + 10, N + 10)),
))
MULTI = Geometry("MultiLineString", (
    ((E, N), (E + 3, N + 4)),
    ((E + 10, N), (E + 10, N + 5), (E + 22, N + 10)),
))
MULTIPOINT = Geometry("MultiPoint", ((E, N), (E + 12.5, N - 7.25), (E, N)))
MULTIPOLYGON = Geometry("MultiPolygon", (
    POLYGON.coords,
    (((E + 500, N), (E + 600, N), (E + 600, N + 50), (E + 500, N)),),
))

SHAPES = {
    "Point": (POINT, shapely.Point(E, N)),
    "LineString": (LINE, shapely.LineString(LINE.coords)),
    "Polygon": (POLYGON, shapely.Polygon(POLYGON.coords[0], [POLYGON.coords[1]])),
    "MultiLineString": (MULTI, shapely.MultiLineString([list(p) for p in MULTI.coords])),
    "MultiPoint": (MULTIPOINT, shapely.MultiPoint(MULTIPOINT.coords)),
    "MultiPolygon": (MULTIPOLYGON, shapely.MultiPolygon([
        (POLYGON.coords[0], [POLYGON.coords[1]]),
        (MULTIPOLYGON.coords[1][0], []),
    ])),
}


@pytest.mark.parametrize("kind", SHAPES)
def test_round_trip(kind: str) -> None:
    geom, _ = SHAPES[kind]
    back = decode_wkb(encode_wkb(geom))
    assert back == geom
    assert back.kind == kind


@pytest.mark.parametrize("kind", SHAPES)
def test_bytes_match_shapely(kind: str) -> None:
    geom, reference = SHAPES[kind]
    assert geom.to_wkb() == shapely.to_wkb(reference, byte_order=1)
    assert geom.to_wkb() == shapely.to_wkb(reference, hex=False, output_dimension=2,
                                           byte_order=1, flavor="iso")


@pytest.mark.parametrize("kind", ["MultiPoint", "MultiLineString", "MultiPolygon"])
def test_empty_multi_geometries_match_shapely(kind: str) -> None:
    empty = shapely.from_wkt(f"{kind.upper()} EMPTY")
    assert Geometry(kind, ()).to_wkb() == shapely.to_wkb(empty, byte_order=1)
    assert decode_wkb(shapely.to_wkb(empty, byte_order=1)) == Geometry(kind, ())


def test_a_multi_geometry_with_a_foreign_part_is_refused() -> None:
    line_in_multipoint = struct.pack("<BII", 1, 4, 1) + LINE.to_wkb()
    with pytest.raises(GeometryError):
        decode_wkb(line_in_multipoint)


def test_long_line_decodes_exactly() -> None:
    coords = tuple((E + i * 0.1, N - i * 0.37) for i in range(50_000))
    line = Geometry("LineString", coords)
    assert decode_wkb(shapely.to_wkb(shapely.LineString(coords), byte_order=1)) == line


@pytest.mark.parametrize("kind", SHAPES)
def test_reads_shapely_big_endian(kind: str) -> None:
    geom, reference = SHAPES[kind]
    assert decode_wkb(shapely.to_wkb(reference, byte_order=0)) == geom


@pytest.mark.parametrize("kind", SHAPES)
def test_shapely_reads_ours(kind: str) -> None:
    geom, reference = SHAPES[kind]
    assert shapely.equals_exact(shapely.from_wkb(geom.to_wkb()), reference, tolerance=0)


def test_memoryview_and_bytearray_are_accepted() -> None:
    data = LINE.to_wkb()
    assert decode_wkb(bytearray(data)) == LINE
    assert decode_wkb(memoryview(data)) == LINE


@pytest.mark.parametrize("kind", SHAPES)
def test_every_truncation_raises_geometry_error(kind: str) -> None:
    data = SHAPES[kind][0].to_wkb()
    for cut in range(len(data)):
        with pytest.raises(GeometryError):
            decode_wkb(data[:cut])


def test_absurd_point_count_is_a_geometry_error() -> None:
    data = struct.pack("<BII", 1, 2, 0xFFFFFFFF) + struct.pack("<dd", E, N)
    with pytest.raises(GeometryError):
        decode_wkb(data)


def test_absurd_ring_and_part_counts_are_geometry_errors() -> None:
    with pytest.raises(GeometryError):
        decode_wkb(struct.pack("<BII", 1, 3, 0xFFFFFFFF) + struct.pack("<I", 0) * 4)
    with pytest.raises(GeometryError):
        decode_wkb(struct.pack("<BII", 1, 5, 0xFFFFFFFF) + LINE.to_wkb())


def test_unsupported_types_are_refused() -> None:
    collection = shapely.to_wkb(shapely.GeometryCollection([shapely.Point(E, N)]), byte_order=1)
    with pytest.raises(GeometryError):
        decode_wkb(collection)
    with pytest.raises(GeometryError):
        encode_wkb(Geometry("GeometryCollection", ()))


def test_iso_3d_wkb_is_refused_not_misread() -> None:
    data = shapely.to_wkb(shapely.LineString([(E, N, 300), (E + 1, N, 301)]), byte_order=1,
                          flavor="iso")
    with pytest.raises(GeometryError):
        decode_wkb(data)


@pytest.mark.parametrize("wkb", [
    pytest.param(lambda: shapely.to_wkb(shapely.LineString([(E, N, 300.0), (E + 1, N, 301.0)]),
                                        byte_order=1, flavor="extended"), id="ewkb-z"),
    pytest.param(lambda: shapely.to_wkb(shapely.set_srid(shapely.Point(E, N), 3006),
                                        byte_order=1, include_srid=True), id="ewkb-srid"),
])
def test_extended_wkb_is_read_right_or_refused(wkb) -> None:
    data = wkb()
    try:
        geom = decode_wkb(data)
    except GeometryError:
        return
    # If it is read at all, x/y must be the real coordinates.
    first = geom.coords if geom.kind == "Point" else geom.coords[0]
    assert first == (E, N)
    if geom.kind == "LineString":
        assert geom.coords[1] == (E + 1, N)


def test_line_needs_two_points() -> None:
    with pytest.raises(GeometryError):
        Geometry.line([(E, N)])


def test_planar_length() -> None:
    assert LINE.length() == pytest.approx(500.0 + 600.25)
    assert MULTI.length() == pytest.approx(5.0 + 5.0 + 13.0)
    assert POINT.length() == 0.0
    assert POLYGON.length() == 0.0
    assert line_length([(0, 0)]) == 0.0


def test_length_matches_shapely() -> None:
    for kind in ("LineString", "MultiLineString"):
        geom, reference = SHAPES[kind]
        assert math.isclose(geom.length(), reference.length, rel_tol=1e-12)


def test_from_geojson() -> None:
    assert from_geojson({"type": "Point", "coordinates": [E, N, 312.0]}) == POINT
    line = from_geojson({"type": "LineString", "coordinates": [list(c) for c in LINE.coords]})
    assert line == LINE
    multi = from_geojson({"type": "MultiLineString",
                          "coordinates": [[list(c) for c in part] for part in MULTI.coords]})
    assert multi == MULTI
    poly = from_geojson({"type": "Polygon",
                         "coordinates": [[list(c) for c in ring] for ring in POLYGON.coords]})
    assert poly == POLYGON
    multipoint = from_geojson({"type": "MultiPoint",
                               "coordinates": [[x, y, 1.0] for x, y in MULTIPOINT.coords]})
    assert multipoint == MULTIPOINT
    multipolygon = from_geojson({"type": "MultiPolygon", "coordinates": [
        [[list(c) for c in ring] for ring in poly] for poly in MULTIPOLYGON.coords]})
    assert multipolygon == MULTIPOLYGON
    with pytest.raises(GeometryError):
        from_geojson({"type": "GeometryCollection", "geometries": []})
