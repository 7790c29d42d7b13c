"""GPX 1.1 that validates against Topografix's schema, for GPS devices and sports apps.

Lines become tracks (one segment per part), points waypoints; a polygon's rings become the
segments of a track, since GPX has no areas. Element order follows the schema's sequences
(name, cmt, desc, …, type), coordinates are written as plain decimals (the schema forbids
exponents) and characters XML 1.0 cannot hold are dropped from text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from destination_norberg.core.geometry import Coord
from destination_norberg.geo.export import DECIMALS, ExportFeature, atomic_path, to_wgs84

GPX_NS = "http://www.topografix.com/GPX/1/1"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{GPX_NS} http://www.topografix.com/GPX/1/1/gpx.xsd"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: object) -> str:
    return _NOT_XML.sub("", str(value))


def _el(parent: ET.Element, tag: str, text: object | None = None) -> ET.Element:
    child = ET.SubElement(parent, f"{{{GPX_NS}}}{tag}")
    if text is not None:
        child.text = _text(text)
    return child


def _degrees(value: float) -> str:
    text = f"{value:.{DECIMALS}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _point(parent: ET.Element, tag: str, point: Coord) -> ET.Element:
    lon, lat = point
    if lon >= 180.0:  # the schema's longitude is -180 ≤ lon < 180
        lon -= 360.0
    el = ET.SubElement(parent, f"{{{GPX_NS}}}{tag}",
                       {"lat": _degrees(lat), "lon": _degrees(lon)})
    return el


def _describe(el: ET.Element, feature: ExportFeature) -> None:
    """name, cmt (the `comment` property), desc, type: in the order the schema's sequence
    wants them."""
    if feature.name:
        _el(el, "name", feature.name)
    comment = feature.properties.get("comment")
    if comment:
        _el(el, "cmt", comment)
    desc = feature.properties.get("description") or feature.properties.get("desc")
    if desc:
        _el(el, "desc", desc)
    kind = feature.properties.get("type") or feature.properties.get("grade")
    if kind:
        _el(el, "type", kind)


def _parts(kind: str, coords: tuple[Any, ...]) -> list[tuple[Coord, ...]]:
    if kind == "LineString":
        return [coords]
    if kind in ("MultiLineString", "Polygon"):
        return list(coords)
    if kind == "MultiPolygon":
        return [ring for poly in coords for ring in poly]
    return []


def write_gpx(features: Iterable[ExportFeature], path: str | Path, *,
              creator: str = "Destination Norberg", name: str | None = None) -> None:
    """Write GPX 1.1: waypoints first, then tracks, as the schema orders them."""
    ET.register_namespace("", GPX_NS)
    ET.register_namespace("xsi", XSI_NS)
    root = ET.Element(f"{{{GPX_NS}}}gpx", {"version": "1.1", "creator": _text(creator),
                                          f"{{{XSI_NS}}}schemaLocation": SCHEMA_LOCATION})
    metadata = _el(root, "metadata")
    if name:
        _el(metadata, "name", name)
    _el(metadata, "time", datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
    tracks = []
    for feature in features:
        geom = to_wgs84(feature.geometry)
        if geom.kind == "Point":
            _describe(_point(root, "wpt", geom.coords), feature)
        elif geom.kind == "MultiPoint":
            for p in geom.coords:
                _describe(_point(root, "wpt", p), feature)
        else:
            tracks.append((feature, geom))
    for feature, geom in tracks:
        trk = _el(root, "trk")
        _describe(trk, feature)
        for part in _parts(geom.kind, geom.coords):
            seg = _el(trk, "trkseg")
            for p in part:
                _point(seg, "trkpt", p)
    ET.indent(root, space=" ")
    with atomic_path(path) as temp:
        ET.ElementTree(root).write(temp, encoding="UTF-8", xml_declaration=True)
