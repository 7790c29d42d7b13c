"""A coordinate system the user chose, checked against where the coordinates lie.

`--crs` (or the import dialog's choice) replaces what the file says, so a wrong code would put
every feature somewhere else on Earth without a word. Each code has a valid area (pyproj's
area_of_use, in degrees); the layer's bounds, read in the chosen system, must lie in it
(with a degree to spare: data reaches over a border). Otherwise the choice is refused with
what the coordinates look like. The Swedish national grids (SWEREF 99 TM and RT90 2.5 gon V
with its zones) count for the whole of Sweden, as they are used, although EPSG gives RT90 a
narrower area.

A bare number that is no EPSG code but an ESRI one (102100, Web Mercator) is read as the ESRI
code and named so: "ESRI:102100", never passed off as EPSG.
"""

from __future__ import annotations

import math

from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError

from destination_norberg.geo.crs import (
    RT90,
    RT90_ZONES,
    SWEREF99_LOCAL,
    SWEREF99TM,
    WGS84,
    Bounds,
    suggest_from_bounds,
)
from destination_norberg.geo.errors import CrsAreaError

MARGIN_DEGREES = 1.0
SWEDEN = (10.03, 54.96, 24.17, 69.07)  # EPSG:3006's area of use: Sweden, onshore and offshore
_NATIONAL = {SWEREF99TM, *RT90_ZONES}

_LOOKS_LIKE = {
    WGS84: "longitude/latitude in degrees (WGS 84, EPSG:4326)",
    SWEREF99TM: "SWEREF 99 TM metres (EPSG:3006)",
    RT90: "RT90 2.5 gon V metres (EPSG:3021)",
}


def looks_like(bounds: Bounds) -> str:
    """What coordinates with these ranges look like, in words."""
    code, _others = suggest_from_bounds(bounds)
    if code in _LOOKS_LIKE:
        return f"they look like {_LOOKS_LIKE[code]}"
    if code in SWEREF99_LOCAL:
        return f"they look like metres in a SWEREF 99 local zone (such as EPSG:{code})"
    return "they fit none of the Swedish coordinate systems, nor longitude/latitude"


def _valid_area(crs: CRS, code: int | None) -> tuple[float, float, float, float] | None:
    if code in _NATIONAL:
        return SWEDEN
    area = crs.area_of_use
    if area is None:
        return None
    return (area.west, area.south, area.east, area.north)


def _in_degrees(crs: CRS, bounds: Bounds) -> tuple[float, float, float, float] | None:
    """The bounds as longitude/latitude, or None where the coordinates cannot be in `crs`."""
    if crs.is_geographic:
        degrees = bounds
    else:
        try:
            to_wgs84 = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
            degrees = to_wgs84.transform_bounds(*bounds, densify_pts=11, errcheck=False)
        except Exception:  # noqa: BLE001 - pyproj's failures differ by version: out of range
            return None
    if not all(math.isfinite(v) for v in degrees):
        return None
    return (float(degrees[0]), float(degrees[1]), float(degrees[2]), float(degrees[3]))


def check_area(crs_text: str, code: int | None, label: str, bounds: Bounds | None) -> None:
    """CrsAreaError (a GeoImportError) when coordinates with `bounds` cannot lie in the
    chosen system."""
    if bounds is None or not all(math.isfinite(v) for v in bounds):
        return
    try:
        crs = CRS.from_user_input(crs_text)
    except CRSError:
        return
    area = _valid_area(crs, code)
    if area is None:
        return
    degrees = _in_degrees(crs, bounds)
    m = MARGIN_DEGREES
    inside = degrees is not None and (
        area[0] - m <= degrees[0] and area[1] - m <= degrees[1]
        and degrees[2] <= area[2] + m and degrees[3] <= area[3] + m)
    if inside:
        return
    raise CrsAreaError(f"The coordinates cannot be in {label}: they lie outside the area it "
                       f"is made for; {looks_like(bounds)}.", label, suggest_from_bounds(bounds)[0])
