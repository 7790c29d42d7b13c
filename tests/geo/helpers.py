"""Helpers for the geodata tests: small shapefiles and GPX written on the spot, so the rules
are tested without ../shared/realdata, and the path of that folder."""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np
import shapely

REALDATA = Path(__file__).resolve().parents[3] / "shared" / "realdata"
E, N = 551_400.0, 6_659_000.0  # Torget, Norberg, SWEREF 99 TM

UNNAMED_SWEREF99TM = (
    'PROJCS["unnamed",GEOGCS["GRS 80",DATUM["unknown",SPHEROID["GRS80",6378137,298.257222101]],'
    'PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],'
    'PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],'
    'PARAMETER["central_meridian",15],PARAMETER["scale_factor",0.9996],'
    'PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["Meter",1]]')


def write_shapefile(path: Path, geoms: list, names: list[str], *, crs: str | None = "EPSG:3006",
                    encoding: str = "UTF-8", field: str = "namn") -> Path:
    """A shapefile as GDAL writes it (with .cpg and .prj; tests remove what they need gone)."""
    import warnings

    from pyogrio.raw import write

    wkb = np.array(shapely.to_wkb(np.array(geoms, dtype=object)), dtype=object)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "'crs' was not provided": on purpose
        write(str(path), wkb, [np.array(names, dtype=object)], [field],
              geometry_type=geoms[0].geom_type, crs=crs, driver="ESRI Shapefile",
              encoding=encoding)
    return path


def trails(offset: float = 0.0) -> list:
    return [shapely.LineString([(E + offset + i * 10, N + i * 5) for i in range(20)]),
            shapely.LineString([(E + offset, N), (E + offset + 500, N + 900)])]


def gpx_track(points: int, *, tracks: int = 1) -> str:
    """A GPX 1.1 file with `tracks` tracks of `points` points in all, around Norberg."""
    per = points // tracks
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">']
    for t in range(tracks):
        out.append(f"<trk><name>Spår {t}</name><trkseg>")
        out.extend(f'<trkpt lat="{60.06 + i * 1e-5:.7f}" lon="{15.92 + t * 1e-3 + i * 1e-5:.7f}">'
                   f"<ele>{200 + i % 40}.0</ele></trkpt>" for i in range(per))
        out.append("</trkseg></trk>")
    out.append("</gpx>")
    return "\n".join(out)


def patch_zip(path: Path, *, method: int | None = None, version: int | None = None) -> Path:
    """Mark every member of a stored zip as packed with `method` (9: Deflate64, 14: LZMA)
    and/or as needing zip `version` (64: 6.4) to unpack, as 7-Zip or WinZip may write it."""
    import struct

    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        locals_ = [i.header_offset for i in archive.infolist()]
        at, count = archive.start_dir, len(archive.infolist())
    for offset in locals_:
        if version is not None:
            struct.pack_into("<H", data, offset + 4, version)
        if method is not None:
            struct.pack_into("<H", data, offset + 8, method)
    for _ in range(count):
        assert data[at:at + 4] == b"PK\x01\x02"
        if version is not None:
            struct.pack_into("<H", data, at + 6, version)
        if method is not None:
            struct.pack_into("<H", data, at + 10, method)
        n, m, k = struct.unpack_from("<HHH", data, at + 28)
        at += 46 + n + m + k
    path.write_bytes(bytes(data))
    return path
