"""Geodata import and export: the file's problems and the reasons features were skipped.

The sentences of core.said messages, keyed as where they are said (gui/common/messages.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def templates() -> dict[str, str]:
    return {
        "geo.cancelled": translate("GeoMessages", "Cancelled: nothing was imported."),
        "geo.cannot_read": translate(
            "GeoMessages",
            "The {kind} could not be read: it is damaged or unreadable."),
        "geo.crs.in": translate("GeoMessages", "Coordinates are in {crs}."),
        "geo.crs.looks_like": translate("GeoMessages", "They look like {crs}."),
        "geo.crs.mismatch": translate(
            "GeoMessages",
            "The coordinates cannot be in the coordinate system the file names ({crs})."),
        "geo.crs.missing": translate(
            "GeoMessages",
            "The file does not say which coordinate system it uses."),
        "geo.crs.not_known": translate(
            "GeoMessages",
            "The coordinate system “{crs}” is not one the program knows."),
        "geo.crs.unknown": translate("GeoMessages", "unknown"),
        "geo.crs.unrecognised": translate(
            "GeoMessages",
            "The file's coordinate system is not one the program recognises."),
        "geo.damaged": translate(
            "GeoMessages",
            "The file is not a readable {kind}: it is damaged or incomplete."),
        "geo.file_not_found": translate("GeoMessages", "The file {name} could not be found."),
        "geo.format.any": translate("GeoMessages", "geodata file"),
        "geo.format.fgb": translate("GeoMessages", "FlatGeobuf file"),
        "geo.format.geojson": translate("GeoMessages", "GeoJSON file"),
        "geo.format.gpkg": translate("GeoMessages", "GeoPackage"),
        "geo.format.gpx": translate("GeoMessages", "GPX file"),
        "geo.format.kml": translate("GeoMessages", "KML file"),
        "geo.format.osm": translate("GeoMessages", "OpenStreetMap file"),
        "geo.format.shapefile": translate("GeoMessages", "shapefile"),
        "geo.invalid": translate("GeoMessages", "The file is not a valid {kind}: {problem}."),
        "geo.kmz_empty": translate("GeoMessages", "The KMZ file holds no KML document."),
        "geo.layer_needs_name": translate("GeoMessages", "Give the layer a name."),
        "geo.no_features": translate("GeoMessages", "The layer has no features."),
        "geo.no_layers": translate(
            "GeoMessages",
            "The file holds no map layers (no table with geometry)."),
        "geo.no_lines": translate("GeoMessages", "The layer has no lines to make trails of."),
        "geo.no_route_line": translate("GeoMessages", "The layer has no line to use as the route."),
        "geo.no_such_layer": translate(
            "GeoMessages",
            "The file has no layer named “{layer}”; it has {layers}."),
        "geo.no_suffix": translate("GeoMessages", "extension-less"),
        "geo.not_format": translate(
            "GeoMessages",
            "The file is not {article} {kind}, or it is damaged beyond reading."),
        "geo.not_found": translate("GeoMessages", "The file could not be found."),
        "geo.not_gpx_kml": translate(
            "GeoMessages",
            "The file is not a GPX or KML file: {problem}."),
        "geo.permission": translate(
            "GeoMessages",
            "The program may not read the file (permission denied)."),
        "geo.shapefile_incomplete": translate(
            "GeoMessages",
            "The shapefile is incomplete: its .shx or .dbf part is missing or damaged (a "
            "shapefile is several files with the same name)."),
        "geo.skip.empty": translate("GeoMessages", "empty geometry"),
        "geo.skip.no_geometry": translate("GeoMessages", "no geometry"),
        "geo.skip.no_length": translate("GeoMessages", "no length"),
        "geo.skip.not_a_line": translate("GeoMessages", "not a line"),
        "geo.skip.outside": translate("GeoMessages", "coordinates outside the coordinate system"),
        "geo.skip.too_few_points": translate("GeoMessages", "too few points"),
        "geo.skip.unreadable": translate("GeoMessages", "unreadable geometry"),
        "geo.skip.unsupported": translate("GeoMessages", "unsupported geometry type"),
        "geo.strak_gone": translate("GeoMessages", "That stråk no longer exists."),
        "geo.unknown_crs": translate(
            "GeoMessages",
            "The file does not say which coordinate system it uses, and its coordinates fit "
            "none the program knows: choose one."),
        "geo.unknown_suffix": translate(
            "GeoMessages",
            "The program cannot read {suffix} files: choose GPX, GeoJSON, GeoPackage, "
            "shapefile (.shp or .zip), KML/KMZ, FlatGeobuf or OpenStreetMap (.osm)."),
        "geo.unreadable": translate(
            "GeoMessages",
            "The file is not a readable {kind}: it is damaged or in an unexpected form."),
        "geo.wrong_name": translate(
            "GeoMessages",
            "The file is not a {kind}: it is a {other} under the wrong name."),
        "geo.wrong_root": translate(
            "GeoMessages",
            "The file is not a {kind}: its content is <{root}>, not <{expected}>."),
        "geo.xml_bomb": translate(
            "GeoMessages",
            "The file is not a usable {kind}: it declares XML entities that expand without "
            "limit, and was refused for safety."),
        "geo.xml_broken": translate(
            "GeoMessages",
            "The file is not a valid {kind}: its XML is broken at line {line}."),
        "geo.xml_not_geodata": translate(
            "GeoMessages",
            "The file is XML but not geodata: its content is <{root}>, not GPX or KML."),
        "geo.zip_damaged": translate(
            "GeoMessages",
            "The zip archive is damaged: a file in it cannot be unpacked."),
        "geo.zip_no_data": translate(
            "GeoMessages",
            "The zip archive holds no map data the program reads (no .shp, .gpkg, .geojson, "
            ".gpx, .kml or .fgb file)."),
        "geo.track_empty": translate(
            "GeoMessages",
            "{name} holds no track points (a GPS track is a <trk> with <trkpt>s); nothing was "
            "imported."),
        "geo.track_not_gpx": translate(
            "GeoMessages", "A groomer's track must be a GPX file; {name} is not one."),
        "geo.zone_corners": translate("GeoMessages", "A zone needs at least three corners."),
        "geo.zone_no_polygon": translate(
            "GeoMessages",
            "{name}: there is no area (polygon) in it to close; a zone must be a polygon, not "
            "lines or points"),
        "geo.zone_no_trails": translate(
            "GeoMessages",
            "There are no trails in the zone to report on."),
        "trails.groomer_none": translate(
            "GeoMessages",
            "None of the chosen trails can be reported: choose a trail the track has a time "
            "for that is not already reported."),
        "trails.removed": translate("GeoMessages", "The trail “{key}” was removed meanwhile."),
    }
