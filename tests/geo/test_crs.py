"""CRS detection: what a file declares, Swedish grids by their parameters, and suggestions from
the coordinate ranges when nothing (or nothing usable) is declared."""

from __future__ import annotations

import pytest

from destination_norberg.geo.crs import (
    CrsDetection,
    crs_label,
    detect_crs,
    identify,
    resolve_override,
    source_crs_text,
    suggest_from_bounds,
)
from destination_norberg.geo.errors import GeoImportError
from tests.geo.helpers import UNNAMED_SWEREF99TM, E, N

NORBERG_3006 = (E - 5000, N - 5000, E + 5000, N + 5000)
NORBERG_RT90 = (1_530_000.0, 6_655_000.0, 1_540_000.0, 6_665_000.0)
NORBERG_WGS84 = (15.8, 60.0, 16.0, 60.1)


def test_declared_codes_are_trusted() -> None:
    assert identify("EPSG:3006") == (3006, "declared")
    assert identify("EPSG:4326") == (4326, "declared")
    assert identify("OGC:CRS84") == (4326, "declared")


def test_unnamed_prj_with_sweref99tm_parameters_is_3006() -> None:
    # pyproj alone would say ETRS89 / UTM 33N (25833): same numbers, wrong name for Sweden.
    assert identify(UNNAMED_SWEREF99TM) == (3006, "parameters")
    found = detect_crs(UNNAMED_SWEREF99TM, NORBERG_3006)
    assert found.epsg == 3006 and not found.needs_confirmation


def test_unnamed_rt90_parameters_are_rt90() -> None:
    wkt = ('PROJCS["unnamed",GEOGCS["Bessel",DATUM["unknown",'
           'SPHEROID["Bessel 1841",6377397.155,299.1528128]],PRIMEM["Greenwich",0],'
           'UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],'
           'PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",15.80827777777778],'
           'PARAMETER["scale_factor",1],PARAMETER["false_easting",1500000],'
           'PARAMETER["false_northing",0],UNIT["Meter",1]]')
    assert identify(wkt) == (3021, "parameters")


def test_a_near_miss_is_not_taken_for_sweref99tm() -> None:
    wkt = UNNAMED_SWEREF99TM.replace('"central_meridian",15', '"central_meridian",15.5')
    assert identify(wkt)[0] != 3006


def test_garbage_is_unrecognised() -> None:
    assert identify("PROJCS[nonsense") == (None, "unrecognised")


@pytest.mark.parametrize(("bounds", "code"), [
    (NORBERG_3006, 3006),
    (NORBERG_RT90, 3021),
    (NORBERG_WGS84, 4326),
    ((150_000.0, 6_650_000.0, 160_000.0, 6_660_000.0), 3010),
    ((5e7, 5e7, 6e7, 6e7), None),
])
def test_suggestions_from_ranges(bounds: tuple, code: int | None) -> None:
    assert suggest_from_bounds(bounds)[0] == code


def test_local_zone_suggestion_lists_every_zone() -> None:
    _, candidates = suggest_from_bounds((150_000.0, 6_650_000.0, 160_000.0, 6_660_000.0))
    assert candidates == tuple(range(3007, 3019))


def test_missing_crs_needs_confirmation_with_suggestion() -> None:
    found = detect_crs(None, NORBERG_3006)
    assert found == CrsDetection(None, "missing", True, 3006, ())
    assert source_crs_text(found) == "EPSG:3006"
    assert "does not say" in found.message() and "SWEREF 99 TM" in found.message()


def test_geojson_called_wgs84_with_metres_is_a_mismatch() -> None:
    found = detect_crs("EPSG:4326", NORBERG_3006)
    assert found.status == "mismatch" and found.needs_confirmation
    assert found.suggestion == 3006
    assert source_crs_text(found) == "EPSG:3006"


def test_gpx_is_always_wgs84() -> None:
    found = detect_crs("EPSG:4326", None, always_wgs84=True)
    assert found.epsg == 4326 and found.status == "format" and not found.needs_confirmation


def test_nothing_fits_gives_no_source() -> None:
    found = detect_crs(None, (5e7, 5e7, 6e7, 6e7))
    assert found.suggestion is None and source_crs_text(found) is None


def test_override() -> None:
    wkt, found = resolve_override(3021)
    assert found.epsg == 3021 and found.status == "override" and not found.needs_confirmation
    assert "RT90" in wkt
    assert resolve_override(UNNAMED_SWEREF99TM)[1].epsg == 3006
    with pytest.raises(GeoImportError, match="not one the program knows"):
        resolve_override("EPSG:99999999")


def test_labels() -> None:
    assert crs_label(3006) == "SWEREF 99 TM (EPSG:3006)"
    assert crs_label(3010) == "SWEREF99 16 30 (EPSG:3010)"
    assert crs_label(None) == "unknown coordinate system"


@pytest.mark.parametrize(("declared", "bounds", "fits"), [
    ("EPSG:3010", (60_000.0, 6_600_000.0, 260_000.0, 6_700_000.0), True),  # wide local zone
    ("EPSG:3006", (260_000.0, 6_130_000.0, 920_000.0, 7_670_000.0), True),  # all of Sweden
    ("EPSG:3006", NORBERG_RT90, False),
    ("EPSG:3021", NORBERG_3006, False),
    ("EPSG:3006", NORBERG_WGS84, False),
    ("EPSG:32633", NORBERG_3006, True),  # a grid the program has no ranges for: trusted
])
def test_declared_crs_against_the_coordinates(declared: str, bounds: tuple, fits: bool) -> None:
    found = detect_crs(declared, bounds)
    assert found.needs_confirmation is not fits
    assert found.status == ("declared" if fits else "mismatch")
