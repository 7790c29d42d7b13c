"""Which coordinate system a file is in, and when the user has to be asked.

Swedish data arrives as SWEREF 99 TM (EPSG:3006), in the old RT90 grid, in SWEREF 99 local
zones or as WGS 84 longitude/latitude, and often with a .prj that says "unnamed". A code is
trusted when the file states it, or when the projection parameters are exactly those of a
Swedish grid (pyproj alone would call SWEREF 99 TM "ETRS89 / UTM 33N"). Otherwise the
coordinate ranges give a suggestion that the user confirms.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cache

from pyproj import CRS
from pyproj.exceptions import CRSError

from destination_norberg.core.said import said, sentences
from destination_norberg.geo.errors import GeoImportError

Bounds = tuple[float, float, float, float]  # xmin, ymin, xmax, ymax

SWEREF99TM = 3006
RT90 = 3021
WGS84 = 4326
SWEREF99_LOCAL = tuple(range(3007, 3019))
RT90_ZONES = (3019, 3020, 3021, 3022, 3023, 3024)
NORBERG_LOCAL_ZONE = 3010  # SWEREF 99 16 30, the local zone used in Västmanland

NAMES = {SWEREF99TM: "SWEREF 99 TM", RT90: "RT90 2.5 gon V", WGS84: "WGS 84 (longitude/latitude)"}

# Coordinate ranges over Sweden, with room to spare (x = easting).
_RANGES: tuple[tuple[int, Bounds], ...] = (
    (SWEREF99TM, (200_000.0, 6_100_000.0, 1_000_000.0, 7_700_000.0)),
    (RT90, (1_200_000.0, 6_100_000.0, 1_900_000.0, 7_700_000.0)),
    (NORBERG_LOCAL_ZONE, (0.0, 6_100_000.0, 200_000.0, 7_700_000.0)),
    (WGS84, (-180.0, -90.0, 180.0, 90.0)),
)
_CANDIDATES = {RT90: RT90_ZONES, NORBERG_LOCAL_ZONE: SWEREF99_LOCAL}
# Where data declared in a Swedish grid can lie at all (wider than the suggestion ranges: a
# local zone's own area reaches past 200 km east of its false easting).
_WHOLE_SWEDEN_Y = (6_000_000.0, 7_800_000.0)
_FIT_BOXES: dict[int, Bounds] = {
    SWEREF99TM: (100_000.0, _WHOLE_SWEDEN_Y[0], 1_100_000.0, _WHOLE_SWEDEN_Y[1]),
    **{code: (1_000_000.0, _WHOLE_SWEDEN_Y[0], 2_000_000.0, _WHOLE_SWEDEN_Y[1])
       for code in RT90_ZONES},
    **{code: (-150_000.0, _WHOLE_SWEDEN_Y[0], 450_000.0, _WHOLE_SWEDEN_Y[1])
       for code in SWEREF99_LOCAL},
}


@dataclass(frozen=True, slots=True)
class CrsDetection:
    """What is known about a layer's coordinate system.

    `status`: "declared" (the file names it), "parameters" (its parameters equal a Swedish
    grid's), "format" (GPX and KML are WGS 84 by definition), "override" (the user chose),
    "missing", "unrecognised" or "mismatch" (the coordinates cannot be in the declared one).
    """

    epsg: int | None
    status: str
    needs_confirmation: bool
    suggestion: int | None = None
    candidates: tuple[int, ...] = ()
    declared: str | None = field(default=None, repr=False)

    @property
    def label(self) -> str:
        named = authority_label(self.declared or "") if self.epsg is None else None
        if named is not None:
            return named
        code = self.epsg if self.epsg is not None else self.suggestion
        return crs_label(code) if code is not None else "unknown coordinate system"

    def message(self) -> str:
        """One sentence for the import dialog."""
        if not self.needs_confirmation:
            return said("geo.crs.in", "Coordinates are in {crs}.", crs=self.label)
        hint = [said("geo.crs.looks_like", "They look like {crs}.",
                     crs=crs_label(self.suggestion))] if self.suggestion else []
        if self.status == "missing":
            first = said("geo.crs.missing", "The file does not say which coordinate system it "
                         "uses.")
        elif self.status == "mismatch":
            first = said("geo.crs.mismatch", "The coordinates cannot be in the coordinate "
                         "system the file names ({crs}).",
                         crs=crs_label(self.epsg) if self.epsg else said("geo.crs.unknown",
                                                                         "unknown"))
        else:
            first = said("geo.crs.unrecognised", "The file's coordinate system is not one the "
                         "program recognises.")
        return sentences([first, *hint])


def crs_label(epsg: int | None) -> str:
    if epsg is None:
        return "unknown coordinate system"
    name = NAMES.get(epsg)
    if name is None:
        try:
            name = CRS.from_epsg(epsg).name
        except CRSError:
            name = "unknown"
    return f"{name} (EPSG:{epsg})"


def esri_text(value: int | str) -> str | None:
    """"ESRI:n" for a bare number (or "EPSG:n") that is an ESRI code and no EPSG one, else None.
    PROJ accepts "EPSG:102100" and quietly hands back ESRI's Web Mercator."""
    text = str(value).strip()
    if text.upper().startswith("EPSG:"):
        text = text[5:].strip()
    if not text.isdigit():
        return None
    try:
        authority = CRS.from_epsg(int(text)).to_authority()
    except CRSError:
        authority = None
    if authority is not None and authority[0] == "EPSG":
        return None
    try:
        CRS.from_user_input(f"ESRI:{text}")
    except CRSError:
        return None
    return f"ESRI:{text}"


def authority_label(text: str) -> str | None:
    """"Name (ESRI:n)" for a CRS given as an ESRI code, None for anything else."""
    if not text.upper().startswith("ESRI:"):
        return None
    try:
        name = CRS.from_user_input(text).name
    except CRSError:
        return None
    return f"{name.replace('_', ' ')} ({text.upper()}, an ESRI code)"


def _tm_parameters(crs: CRS) -> tuple[float, ...] | None:
    """(lat0, lon0, k, false easting, false northing, a, 1/f) of a metric Transverse Mercator."""
    if not crs.is_projected or crs.coordinate_operation is None or crs.ellipsoid is None:
        return None
    op = crs.coordinate_operation
    if "transverse mercator" not in op.method_name.lower():
        return None
    if any(abs(axis.unit_conversion_factor - 1.0) > 1e-12 for axis in crs.axis_info):
        return None
    values = {p.code: p.value for p in op.params}
    try:
        params = [float(values[c]) for c in ("8801", "8802", "8805", "8806", "8807")]
    except KeyError:
        return None
    return (*params, crs.ellipsoid.semi_major_metre, crs.ellipsoid.inverse_flattening)


@cache
def _swedish_grids() -> tuple[tuple[int, tuple[float, ...]], ...]:
    codes = (SWEREF99TM, *SWEREF99_LOCAL, *RT90_ZONES)
    found = []
    for code in codes:
        params = _tm_parameters(CRS.from_epsg(code))
        if params is not None:
            found.append((code, params))
    return tuple(found)


def _same_grid(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    lat0, lon0, k, fe, fn, semi, inv_f = (abs(x - y) for x, y in zip(a, b, strict=True))
    # GRS80 and WGS 84 differ by 0.1 mm in the semi-minor axis: both count as the same here.
    return (lat0 < 1e-9 and lon0 < 1e-9 and k < 1e-10 and fe < 1e-3 and fn < 1e-3
            and semi < 1e-3 and inv_f < 0.01)


def identify(declared: str) -> tuple[int | None, str]:
    """(EPSG code or None, status) for a CRS as GDAL reports it: "EPSG:n" or WKT."""
    try:
        crs = CRS.from_user_input(declared)
    except CRSError:
        return None, "unrecognised"
    exact = crs.to_epsg(min_confidence=100)
    if exact is not None:
        return exact, "declared"
    if crs.is_geographic and crs.equals(CRS("OGC:CRS84"), ignore_axis_order=True):
        return WGS84, "declared"
    params = _tm_parameters(crs)
    if params is not None:
        for code, grid in _swedish_grids():
            if _same_grid(params, grid):
                return code, "parameters"
    close = crs.to_epsg(min_confidence=70)
    return (close, "declared") if close is not None else (None, "unrecognised")


def _inside(bounds: Bounds, box: Bounds) -> bool:
    return (box[0] <= bounds[0] and box[1] <= bounds[1]
            and bounds[2] <= box[2] and bounds[3] <= box[3])


def _usable(bounds: Bounds | None) -> bool:
    return bounds is not None and all(math.isfinite(v) for v in bounds)


def suggest_from_bounds(bounds: Bounds | None) -> tuple[int | None, tuple[int, ...]]:
    """The EPSG code the coordinate ranges fit, and the other codes that fit as well."""
    if not _usable(bounds):
        return None, ()
    for code, box in _RANGES:
        if _inside(bounds, box):  # type: ignore[arg-type]
            return code, _CANDIDATES.get(code, ())
    return None, ()


def _fits(code: int, bounds: Bounds | None) -> bool:
    """False only when the ranges rule the code out; unknown codes and bounds always fit."""
    if not _usable(bounds):
        return True
    if code == WGS84 or (code not in _FIT_BOXES and _is_geographic(code)):
        return _inside(bounds, (-180.0, -90.0, 180.0, 90.0))  # type: ignore[arg-type]
    box = _FIT_BOXES.get(code)
    return box is None or _inside(bounds, box)  # type: ignore[arg-type]


@cache
def _is_geographic(code: int) -> bool:
    try:
        return CRS.from_epsg(code).is_geographic
    except CRSError:
        return False


def detect_crs(declared: str | None, bounds: Bounds | None, *,
               always_wgs84: bool = False) -> CrsDetection:
    """Detect a layer's CRS from what the file declares and where its coordinates lie."""
    if always_wgs84:  # points outside ±180/±90 are bad points, not another CRS
        return CrsDetection(WGS84, "format", False, declared=declared)
    if not declared:
        suggestion, others = suggest_from_bounds(bounds)
        return CrsDetection(None, "missing", True, suggestion, others, declared)
    code, status = identify(declared)
    if code is None:
        suggestion, others = suggest_from_bounds(bounds)
        return CrsDetection(None, status, True, suggestion, others, declared)
    if not _fits(code, bounds):
        suggestion, others = suggest_from_bounds(bounds)
        return CrsDetection(code, "mismatch", True, suggestion, others, declared)
    return CrsDetection(code, status, False, declared=declared)


def resolve_override(value: int | str) -> tuple[str, CrsDetection]:
    """A CRS the user chose: an EPSG code, "EPSG:n", or a WKT/PROJ string (the file's own).
    A bare number that is an ESRI code and no EPSG one is taken as "ESRI:n" (and named so)."""
    esri = esri_text(value)
    text = esri or (f"EPSG:{value}" if isinstance(value, int) else str(value).strip())
    try:
        crs = CRS.from_user_input(text)
    except CRSError:
        raise GeoImportError(said("geo.crs.not_known", "The coordinate system “{crs}” is not "
                                  "one the program knows.", crs=text[:60])) from None
    if text.upper().startswith("ESRI:"):
        code: int | None = None  # an ESRI code is not passed off as the EPSG one it resembles
    else:
        code = value if isinstance(value, int) else identify(text)[0]
    return crs.to_wkt(), CrsDetection(code, "override", False, declared=text)


def source_crs_text(detection: CrsDetection) -> str | None:
    """What to transform from until the user confirms: the code when it is trusted, else the
    suggestion, else the file's own description if pyproj can use it, else None."""
    if not detection.needs_confirmation and detection.epsg is not None:
        return f"EPSG:{detection.epsg}"
    if detection.suggestion is not None:
        return f"EPSG:{detection.suggestion}"
    if detection.status == "unrecognised" and detection.declared:
        try:
            CRS.from_user_input(detection.declared)
        except CRSError:
            return None
        return detection.declared
    return None
