"""From GDAL's output to stored values: geometry GEOS refuses, collections, attribute columns."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely

from destination_norberg.core.geometry import Geometry
from destination_norberg.geo.convert import (
    SKIP_TOO_FEW_POINTS,
    SKIP_UNREADABLE,
    SKIP_UNSUPPORTED,
    SkipFeatureError,
    json_column,
    salvage_wkb,
    to_core,
)

SQUARE = ((0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0))


def test_one_point_parts_are_dropped() -> None:
    track = Geometry("MultiLineString", (((1.0, 2.0),), ((1.0, 2.0), (3.0, 4.0)), ()))
    mended = shapely.from_wkb(salvage_wkb(track.to_wkb()))
    assert mended.equals(shapely.MultiLineString([[(1, 2), (3, 4)]]))
    assert salvage_wkb(Geometry("LineString", ((1.0, 2.0),)).to_wkb()) == SKIP_TOO_FEW_POINTS


def test_open_rings_are_closed_and_tiny_holes_dropped() -> None:
    polygon = Geometry("Polygon", (SQUARE, ((0.2, 0.2), (0.3, 0.2))))
    mended = shapely.from_wkb(salvage_wkb(polygon.to_wkb()))
    assert mended.equals(shapely.Polygon([*SQUARE, SQUARE[0]]))
    multi = Geometry("MultiPolygon", ((SQUARE,), (((5.0, 5.0), (6.0, 5.0)),)))
    assert shapely.from_wkb(salvage_wkb(multi.to_wkb())).geom_type == "MultiPolygon"
    assert salvage_wkb(Geometry("Polygon", (((0.0, 0.0), (1.0, 1.0)),)).to_wkb()) == \
        SKIP_TOO_FEW_POINTS


def test_garbage_stays_unreadable() -> None:
    assert salvage_wkb(b"\x01\x02\x00") == SKIP_UNREADABLE


def test_collections() -> None:
    lines = shapely.GeometryCollection([shapely.LineString([(0, 0), (1, 1)]),
                                        shapely.MultiLineString([[(2, 2), (3, 3)]])])
    assert to_core(lines) == Geometry("MultiLineString", (((0.0, 0.0), (1.0, 1.0)),
                                                          ((2.0, 2.0), (3.0, 3.0))))
    points = shapely.GeometryCollection([shapely.Point(0, 0), shapely.Point(1, 1)])
    assert to_core(points) == Geometry("MultiPoint", ((0.0, 0.0), (1.0, 1.0)))
    with pytest.raises(SkipFeatureError) as caught:
        to_core(shapely.GeometryCollection([shapely.Point(0, 0),
                                            shapely.LineString([(0, 0), (1, 1)])]))
    assert caught.value.reason == SKIP_UNSUPPORTED
    assert to_core(shapely.LinearRing([*SQUARE, SQUARE[0]])).kind == "LineString"


def test_json_columns() -> None:
    assert json_column(np.array([1.5, math.nan, math.inf])) == [1.5, None, None]
    assert json_column(np.array([2.0, math.nan]), "OFTInteger") == [2, None]
    assert json_column(np.array([1.0, 0.0, math.nan]), "OFTInteger", "OFSTBoolean") == [
        True, False, None]
    assert json_column(np.array([1, 0], dtype=np.int32), "OFTInteger", "OFSTBoolean") == [
        True, False]
    assert json_column(np.array([3, 4], dtype=np.int64)) == [3, 4]
    odd = np.array(["å", None, b"\x00\xff", np.float32(1.5), np.array([1, 2]), math.nan],
                   dtype=object)
    assert json_column(odd) == ["å", None, "AP8=", 1.5, [1, 2], None]
    assert json_column(np.array(["2025-01-01T10:00"], dtype="datetime64[m]")) == [
        "2025-01-01T10:00"]
