"""The errors the geodata import and export raise, and the translation of GDAL's.

A coordinator sees the message as it is, so it is one plain sentence about the file, never a
GDAL or XML traceback. A cancelled read raises core.progress.Cancelled, which is no error:
the user asked for it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from destination_norberg.core.said import said

if TYPE_CHECKING:
    from destination_norberg.geo.crs import CrsDetection


class GeoImportError(ValueError):
    """A file cannot be read as geodata; the message says why in the user's words."""


class UnknownCrsError(GeoImportError):
    """The coordinate system is missing or unknown and nothing fits: the user must choose one."""

    def __init__(self, message: str, detection: CrsDetection) -> None:
        super().__init__(message)
        self.detection = detection


class CrsAreaError(GeoImportError):
    """The coordinate system chosen cannot hold the coordinates (geo.crs_area): `label` names
    the choice, `looks_like` is the EPSG code the coordinates fit instead, or None."""

    def __init__(self, message: str, label: str, looks_like: int | None) -> None:
        super().__init__(message)
        self.label = label
        self.looks_like = looks_like


class GeoExportError(ValueError):
    """Geodata cannot be written; the message says why in the user's words."""


FORMAT_NAMES = {
    "GPX": said("geo.format.gpx", "GPX file"),
    "GeoJSON": said("geo.format.geojson", "GeoJSON file"),
    "GPKG": said("geo.format.gpkg", "GeoPackage"),
    "ESRI Shapefile": said("geo.format.shapefile", "shapefile"),
    "KML": said("geo.format.kml", "KML file"),
    "LIBKML": said("geo.format.kml", "KML file"),
    "FlatGeobuf": said("geo.format.fgb", "FlatGeobuf file"),
    "OSM": said("geo.format.osm", "OpenStreetMap file"),
}

_XML_FAILED = re.compile(
    r"XML parsing of \w+ file failed\s*:\s*(?P<what>.*?) at line (?P<line>\d+)")


def gdal_message(text: str, driver: str) -> str:
    """One sentence for a GDAL error text about a file of the given driver."""
    kind = FORMAT_NAMES.get(driver) or said("geo.format.any", "geodata file")
    article = "an" if kind[0] in "aeiouAEIOU" else "a"
    low = text.lower()
    match = _XML_FAILED.search(text)
    if "million laugh" in low or "entity" in low:
        return said("geo.xml_bomb", "The file is not a usable {kind}: it declares XML entities "
                    "that expand without limit, and was refused for safety.", kind=kind)
    if match:
        return said("geo.xml_broken", "The file is not a valid {kind}: its XML is broken at "
                    "line {line}.", kind=kind, line=match["line"])
    if "not recognized as being in a supported file format" in low or "not recognised" in low:
        return said("geo.not_format", "The file is not {article} {kind}, or it is damaged "
                    "beyond reading.", article=article, kind=kind)
    if "sqlite" in low or "database disk image" in low or "file is not a database" in low:
        return said("geo.damaged", "The file is not a readable {kind}: it is damaged or "
                    "incomplete.", kind=kind)
    if ".shx" in low or ".dbf" in low:
        return said("geo.shapefile_incomplete", "The shapefile is incomplete: its .shx or .dbf "
                    "part is missing or damaged (a shapefile is several files with the same "
                    "name).")
    if "no such file" in low or "does not exist" in low:
        return said("geo.not_found", "The file could not be found.")
    if "permission" in low:
        return said("geo.permission", "The program may not read the file (permission denied).")
    return said("geo.unreadable", "The file is not a readable {kind}: it is damaged or in an "
                "unexpected form.", kind=kind)
