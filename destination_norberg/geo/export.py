"""Writing trails and stråk routes for partners: GeoJSON, GPX 1.1 and GeoPackage.

GeoJSON follows RFC 7946 (WGS 84 longitude/latitude, no `crs` member, 7 decimals ≈ 1 cm,
polygons by the right-hand rule) since web maps and apps expect exactly that. The GeoPackage
stays in EPSG:3006, for municipal GIS. Every writer writes to a temporary file beside the
target and renames it at the end, so a failed export never leaves half a file behind.
"""

from __future__ import annotations

import itertools
import json
import math
import os
import shutil
import tempfile
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from destination_norberg.core.geometry import Coord, Geometry
from destination_norberg.geo.errors import GeoExportError

__all__ = ["ExportFeature", "to_wgs84", "write_geojson", "write_gpkg", "write_gpx"]

DECIMALS = 7


@dataclass(frozen=True, slots=True)
class ExportFeature:
    """A trail, route or stop to export; `geometry` is in EPSG:3006."""

    name: str
    geometry: Geometry
    properties: dict[str, object] = field(default_factory=dict)
    fid: str | None = None  # the GeoJSON feature id ("trail-12"); unique in the file


@contextmanager
def atomic_path(path: str | Path, *, keep_existing: bool = False) -> Iterator[Path]:
    """A temporary path beside `path` that replaces it only when the block succeeds."""
    target = Path(path)
    if not target.parent.is_dir():
        raise GeoExportError(f"The folder {target.parent} does not exist.")
    temp: Path | None = None
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix,
                                        dir=target.parent)
        os.close(handle)
        temp = Path(name)
        if keep_existing and target.exists():
            shutil.copyfile(target, temp)
        else:
            temp.unlink()
        yield temp
        os.replace(temp, target)
    except PermissionError:
        raise GeoExportError(f"The program may not write {target.name} (permission denied); "
                             "is it open in another program?") from None
    except OSError as err:
        raise GeoExportError(f"{target.name} could not be written: "
                             f"{err.strerror or err}.") from None
    finally:
        if temp is not None:
            temp.unlink(missing_ok=True)


def _map_points(geom: Geometry,
                fn: Callable[[np.ndarray, np.ndarray], tuple[Any, ...]]) -> Geometry:
    """The same geometry with every point passed through fn(xs, ys) in one vectorised call."""
    flat: list[Coord] = []

    def collect(coords: object, depth: int) -> None:
        if depth == 0:
            flat.append(coords)  # type: ignore[arg-type]
        else:
            for c in coords:  # type: ignore[attr-defined]
                collect(c, depth - 1)

    depth = _DEPTH[geom.kind]
    collect(geom.coords, depth)
    if not flat:
        return geom
    arr = np.asarray(flat, dtype=float)
    xs, ys = fn(arr[:, 0], arr[:, 1])
    points = iter(zip(np.asarray(xs).tolist(), np.asarray(ys).tolist(), strict=True))

    def rebuild(coords: object, depth: int) -> object:
        if depth == 0:
            return next(points)
        return tuple(rebuild(c, depth - 1) for c in coords)  # type: ignore[attr-defined]

    return Geometry(geom.kind, rebuild(geom.coords, depth))  # type: ignore[arg-type]


_DEPTH = {"Point": 0, "LineString": 1, "MultiPoint": 1, "Polygon": 2, "MultiLineString": 2,
          "MultiPolygon": 3}


def to_wgs84(geom: Geometry) -> Geometry:
    """EPSG:3006 → WGS 84 (x = longitude, y = latitude)."""
    from pyproj import Transformer

    if geom.kind not in _DEPTH:
        raise GeoExportError(f"A {geom.kind} geometry cannot be exported.")
    transformer = Transformer.from_crs("EPSG:3006", "EPSG:4326", always_xy=True)
    return _map_points(geom, lambda x, y: transformer.transform(x, y))


def _ring_area(ring: Sequence[Coord]) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in itertools.pairwise(ring))


def _right_hand(rings: Sequence[Sequence[Coord]]) -> list[list[list[float]]]:
    """Exterior counter-clockwise, holes clockwise (RFC 7946 §3.1.6)."""
    out = []
    for i, ring in enumerate(rings):
        ccw = _ring_area(ring) > 0
        ordered = ring if ccw == (i == 0) else ring[::-1]
        out.append([_position(p) for p in ordered])
    return out


def _position(point: Coord) -> list[float]:
    return [round(point[0], DECIMALS), round(point[1], DECIMALS)]


def _geojson_geometry(geom: Geometry) -> dict[str, Any]:
    c = geom.coords
    kind = geom.kind
    if kind == "Point":
        coords: object = _position(c)
    elif kind in ("LineString", "MultiPoint"):
        coords = [_position(p) for p in c]
    elif kind == "MultiLineString":
        coords = [[_position(p) for p in part] for part in c]
    elif kind == "Polygon":
        coords = _right_hand(c)
    else:
        coords = [_right_hand(poly) for poly in c]
    return {"type": kind, "coordinates": coords}


def json_safe(value: object) -> object:
    """A property value JSON can hold (NaN becomes null, anything odd becomes text)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def unique_ids(features: Sequence[ExportFeature]) -> list[str]:
    """Each feature's id, made unique: a missing one is its position ("feature-3"), a repeated
    one gets "-2", "-3" … (RFC 7946 leaves uniqueness to the writer; GIS programs key on it)."""
    seen: set[str] = set()
    out = []
    for i, f in enumerate(features, start=1):
        base = f.fid or f"feature-{i}"
        fid, n = base, 1
        while fid in seen:
            n += 1
            fid = f"{base}-{n}"
        seen.add(fid)
        out.append(fid)
    return out


def write_geojson(features: Iterable[ExportFeature], path: str | Path) -> None:
    """An RFC 7946 FeatureCollection; each feature's `name` goes first in its properties, and
    each has an id unique in the file (unique_ids)."""
    rows = list(features)
    collection = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": fid,
         "properties": json_safe({"name": f.name, **{k: v for k, v in f.properties.items()
                                                      if k != "name"}}),
         "geometry": _geojson_geometry(to_wgs84(f.geometry))}
        for f, fid in zip(rows, unique_ids(rows), strict=True)]}
    # The file is closed before atomic_path renames it (contexts exit right to left).
    with atomic_path(path) as temp, temp.open("w", encoding="utf-8", newline="\n") as out:
        json.dump(collection, out, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        out.write("\n")


def _column(values: list[object]) -> tuple[np.ndarray, np.ndarray | None]:
    """A typed column for GDAL (bool, int, float where every value is one, else text) and the
    mask of its nulls, so that a missing number stays null instead of becoming 0."""
    present = [v for v in values if v is not None]
    mask = np.array([v is None for v in values], dtype=bool) if len(present) < len(values) \
        else None
    if present and all(isinstance(v, bool) for v in present):
        return np.array([bool(v) for v in values], dtype=bool), mask
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present) \
            and all(-(2 ** 63) <= v < 2 ** 63 for v in present):  # type: ignore[operator]
        return np.array([v or 0 for v in values], dtype=np.int64), mask
    if present and all(isinstance(v, int | float) and not isinstance(v, bool) for v in present):
        return np.array([np.nan if v is None else float(v)  # type: ignore[arg-type]
                         for v in values], dtype=float), mask
    text = [None if v is None else v if isinstance(v, str)
            else json.dumps(json_safe(v), ensure_ascii=False) if isinstance(v, dict | list)
            else str(v) for v in values]
    return np.array(text, dtype=object), None


def _layer_type(kinds: set[str]) -> str:
    if len(kinds) == 1:
        return next(iter(kinds))
    if kinds <= {"LineString", "MultiLineString"}:
        return "MultiLineString"
    if kinds <= {"Polygon", "MultiPolygon"}:
        return "MultiPolygon"
    if kinds <= {"Point", "MultiPoint"}:
        return "MultiPoint"
    return "Unknown"


def write_gpkg(features: Iterable[ExportFeature], path: str | Path, layer: str) -> None:
    """A GeoPackage layer in EPSG:3006; other layers of an existing file are kept."""
    from pyogrio import errors
    from pyogrio.raw import write

    rows = list(features)
    keys: list[str] = []
    for f in rows:
        keys.extend(k for k in f.properties if k not in keys and k.lower() not in ("name", "fid"))
    fields = ["name", *keys]
    columns = [_column([f.name for f in rows])]
    columns += [_column([f.properties.get(k) for f in rows]) for k in keys]
    data = [c for c, _ in columns]
    masks = [m if m is not None else np.zeros(len(rows), dtype=bool) for _, m in columns]
    kinds = {f.geometry.kind for f in rows} or {"LineString"}
    geometry = np.array([f.geometry.to_wkb() for f in rows], dtype=object)
    with atomic_path(path, keep_existing=True) as temp, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            write(str(temp), geometry, data, fields, field_mask=masks, layer=layer, driver="GPKG",
                  geometry_type=_layer_type(kinds), crs="EPSG:3006", encoding="UTF-8",
                  promote_to_multi=len(kinds) > 1 and _layer_type(kinds).startswith("Multi"),
                  layer_options={"OVERWRITE": "YES"})
        except (errors.DataSourceError, errors.DataLayerError, errors.FieldError,
                errors.GeometryError, errors.FeatureError) as err:
            raise GeoExportError(f"The GeoPackage could not be written: {err}") from None


def write_gpx(features: Iterable[ExportFeature], path: str | Path, *,
              creator: str = "Destination Norberg", name: str | None = None) -> None:
    """GPX 1.1 (see export_gpx): lines as tracks, points as waypoints."""
    from destination_norberg.geo.export_gpx import write_gpx as _write

    _write(features, path, creator=creator, name=name)
