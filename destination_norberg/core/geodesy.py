"""Geodesy without pyproj: SWEREF 99 TM to WGS 84, and lengths on the GRS80 ellipsoid.

The store measures planar lengths in SWEREF 99 TM (EPSG:3006); `geodesic_length_m` measures
the same line on the GRS80 ellipsoid, so the two can be compared (SWEREF 99 TM's scale error
near Norberg is about −0.04 %). Plain maths, so core, exchange and the map can use it without
loading pyproj. (Moved out of core.trail_register, which re-exports the names.)
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

#: GRS80, the ellipsoid of SWEREF 99.
GRS80_A = 6_378_137.0
GRS80_F = 1 / 298.257222101

#: SWEREF 99 TM (EPSG:3006): transverse Mercator on GRS80.
TM_LON0 = math.radians(15.0)
TM_K0 = 0.9996
TM_FALSE_EASTING = 500_000.0
TM_FALSE_NORTHING = 0.0


def _tm_constants() -> tuple[float, tuple[float, ...], tuple[float, ...]]:
    f = GRS80_F
    e2 = f * (2 - f)
    n = f / (2 - f)
    a_roof = GRS80_A / (1 + n) * (1 + n ** 2 / 4 + n ** 4 / 64)
    deltas = (n / 2 - 2 * n ** 2 / 3 + 37 * n ** 3 / 96 - n ** 4 / 360,
              n ** 2 / 48 + n ** 3 / 15 - 437 * n ** 4 / 1440,
              17 * n ** 3 / 480 - 37 * n ** 4 / 840,
              4397 * n ** 4 / 161280)
    latitude = (e2 + e2 ** 2 + e2 ** 3 + e2 ** 4,
                -(7 * e2 ** 2 + 17 * e2 ** 3 + 30 * e2 ** 4) / 6,
                (224 * e2 ** 3 + 889 * e2 ** 4) / 120,
                -(4279 * e2 ** 4) / 1260)
    return a_roof, deltas, latitude


_A_ROOF, _DELTAS, _LAT_SERIES = _tm_constants()


def sweref99tm_to_wgs84(easting: float, northing: float) -> tuple[float, float]:
    """(longitude, latitude) in degrees of an EPSG:3006 point (x = easting).

    The inverse Gauss–Krüger series to n⁴ (Lantmäteriet's formulas), accurate to well under
    a millimetre over Sweden. SWEREF 99 and WGS 84 agree to the metre level the program
    needs; no datum shift is applied.
    """
    xi = (northing - TM_FALSE_NORTHING) / (TM_K0 * _A_ROOF)
    eta = (easting - TM_FALSE_EASTING) / (TM_K0 * _A_ROOF)
    xi_p, eta_p = xi, eta
    for j, d in enumerate(_DELTAS, start=1):
        xi_p -= d * math.sin(2 * j * xi) * math.cosh(2 * j * eta)
        eta_p -= d * math.cos(2 * j * xi) * math.sinh(2 * j * eta)
    phi_star = math.asin(math.sin(xi_p) / math.cosh(eta_p))
    d_lambda = math.atan2(math.sinh(eta_p), math.cos(xi_p))
    s2 = math.sin(phi_star) ** 2
    a, b, c, d = _LAT_SERIES
    lat = phi_star + math.sin(phi_star) * math.cos(phi_star) * (
        a + b * s2 + c * s2 ** 2 + d * s2 ** 3)
    return math.degrees(TM_LON0 + d_lambda), math.degrees(lat)


def vincenty_m(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Distance in metres on GRS80 between two points in degrees (Vincenty's inverse).

    Exact to well under a millimetre for the short segments of a trail; the iteration only
    struggles near antipodal points, which a trail never has (then the last estimate is used).
    """
    if lon1 == lon2 and lat1 == lat2:
        return 0.0
    a, f = GRS80_A, GRS80_F
    b = a * (1 - f)
    big_l = math.radians(lon2 - lon1)
    u1 = math.atan((1 - f) * math.tan(math.radians(lat1)))
    u2 = math.atan((1 - f) * math.tan(math.radians(lat2)))
    sin_u1, cos_u1, sin_u2, cos_u2 = math.sin(u1), math.cos(u1), math.sin(u2), math.cos(u2)
    lam = big_l
    sin_sigma = cos_sigma = sigma = cos2_alpha = cos_2sm = 0.0
    for _ in range(200):
        sin_lam, cos_lam = math.sin(lam), math.cos(lam)
        sin_sigma = math.hypot(cos_u2 * sin_lam, cos_u1 * sin_u2 - sin_u1 * cos_u2 * cos_lam)
        if sin_sigma == 0.0:
            return 0.0
        cos_sigma = sin_u1 * sin_u2 + cos_u1 * cos_u2 * cos_lam
        sigma = math.atan2(sin_sigma, cos_sigma)
        sin_alpha = cos_u1 * cos_u2 * sin_lam / sin_sigma
        cos2_alpha = 1 - sin_alpha ** 2
        cos_2sm = cos_sigma - 2 * sin_u1 * sin_u2 / cos2_alpha if cos2_alpha else 0.0
        c = f / 16 * cos2_alpha * (4 + f * (4 - 3 * cos2_alpha))
        previous = lam
        lam = big_l + (1 - c) * f * sin_alpha * (
            sigma + c * sin_sigma * (cos_2sm + c * cos_sigma * (-1 + 2 * cos_2sm ** 2)))
        if abs(lam - previous) < 1e-13:
            break
    u_sq = cos2_alpha * (a ** 2 - b ** 2) / b ** 2
    big_a = 1 + u_sq / 16384 * (4096 + u_sq * (-768 + u_sq * (320 - 175 * u_sq)))
    big_b = u_sq / 1024 * (256 + u_sq * (-128 + u_sq * (74 - 47 * u_sq)))
    d_sigma = big_b * sin_sigma * (cos_2sm + big_b / 4 * (
        cos_sigma * (-1 + 2 * cos_2sm ** 2)
        - big_b / 6 * cos_2sm * (-3 + 4 * sin_sigma ** 2) * (-3 + 4 * cos_2sm ** 2)))
    return b * big_a * (sigma - d_sigma)


def geodesic_length_m(coords_3006: Sequence[tuple[float, float]]) -> float:
    """Length in metres on the GRS80 ellipsoid of a line given in EPSG:3006 (x = easting)."""
    points = [sweref99tm_to_wgs84(x, y) for x, y in coords_3006]
    return sum(vincenty_m(*p, *q) for p, q in itertools.pairwise(points))
