"""What the map draws, read in one go as plain values in EPSG:3006.

Trails with their register row (status, grooming age) and whether a snow-guarantee target
counts them; the stråk routes with their numbered stops; businesses by category; event
venues; the reference layers the user imported. Portable SQL over a RowSource, so the map
reads in a worker like every other view.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from destination_norberg.core.geometry import Geometry, GeometryError, decode_wkb
from destination_norberg.core.trail_register import TrailRow
from destination_norberg.store.rows import RowSource


@dataclass(frozen=True)
class MapTrail:
    row: TrailRow
    geometry: Geometry
    guarantee_loop: bool  # a snow-guarantee target counts this loop


@dataclass(frozen=True)
class MapPoint:
    id: int
    name: str
    kind: str  # a business's category, a venue's kind, "stop"
    x: float
    y: float
    label: str = ""  # a stop's number
    details: tuple[tuple[str, str], ...] = ()  # (field, value) for the details panel


@dataclass(frozen=True)
class MapRoute:
    id: int
    name: str
    geometry: Geometry | None
    stops: tuple[MapPoint, ...]


@dataclass(frozen=True)
class ReferenceLayer:
    id: int
    name: str
    colour: str
    source: str
    # (id, name, geometry, properties); a line string's coords are a read-only (n, 2) array
    features: tuple[tuple[int, str, Geometry, dict[str, Any]], ...]


@dataclass(frozen=True)
class MapData:
    now: datetime
    trails: list[MapTrail]
    routes: list[MapRoute]
    businesses: list[MapPoint]
    venues: list[MapPoint]
    layers: list[ReferenceLayer]

    def bounds(self) -> tuple[float, float, float, float] | None:
        """(xmin, ymin, xmax, ymax) of the program's own features (not reference layers)."""
        xs: list[float] = []
        ys: list[float] = []
        for t in self.trails:
            for x, y in points_of(t.geometry):
                xs.append(x)
                ys.append(y)
        for p in [*self.businesses, *self.venues]:
            xs.append(p.x)
            ys.append(p.y)
        return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def points_of(geom: Geometry) -> list[tuple[float, float]]:
    """Every vertex of a geometry, flattened."""
    if geom.kind == "Point":
        return [geom.coords]
    if geom.kind in ("LineString", "MultiPoint"):
        return list(geom.coords)
    if geom.kind in ("Polygon", "MultiLineString"):
        return [p for part in geom.coords for p in part]
    return [p for poly in geom.coords for ring in poly for p in ring]


def _geometry(data: Any) -> Geometry | None:
    if data is None:
        return None
    try:
        return decode_wkb(bytes(data))
    except GeometryError:  # a damaged row is left off the map, not the whole map
        return None


def _point(data: Any) -> tuple[float, float] | None:
    geom = _geometry(data)
    if geom is None:
        return None
    if geom.kind == "Point":
        return geom.coords
    pts = points_of(geom)
    return (sum(x for x, _ in pts) / len(pts), sum(y for _, y in pts) / len(pts)) if pts \
        else None


def read_map(source: RowSource, now: datetime, stale_days: int) -> MapData:
    from destination_norberg.store.trails_store import register

    rows = {r.id: r for r in register(source, now, stale_days)}
    loops = {int(t) for (t,) in source.rows("SELECT DISTINCT trail_id FROM snow_target_trail")}
    trails = []
    for trail_id, geom in source.rows("SELECT id, geom FROM trail WHERE geom IS NOT NULL"):
        g = _geometry(geom)
        if g is not None and int(trail_id) in rows:
            trails.append(MapTrail(rows[int(trail_id)], g, int(trail_id) in loops))
    orgs: dict[int, tuple[str, str, tuple[float, float] | None, str]] = {}
    businesses = []
    for org_id, name, category, geom, street, website in source.rows(
            "SELECT id, name, category, geom, street, website FROM organisation "
            "ORDER BY name"):
        at = _point(geom)
        orgs[int(org_id)] = (name, category, at, street or "")
        if at is not None:
            businesses.append(MapPoint(int(org_id), name, category, at[0], at[1], details=(
                ("category", category), ("address", street or ""),
                ("website", website or ""))))
    routes = []
    stops_by: dict[int, list[MapPoint]] = {}
    for strak_id, org_id, position, opening in source.rows(
            "SELECT strak_id, organisation_id, position, opening FROM strak_stop "
            "ORDER BY strak_id, position"):
        org = orgs.get(int(org_id)) if org_id is not None else None
        if org is None or org[2] is None:
            continue
        stops_by.setdefault(int(strak_id), []).append(MapPoint(
            int(org_id), org[0], "stop", org[2][0], org[2][1], label=str(position),
            details=(("opening", opening or ""), ("category", org[1]))))
    for strak_id, name, route in source.rows("SELECT id, name, route FROM strak ORDER BY id"):
        routes.append(MapRoute(int(strak_id), name, _geometry(route),
                               tuple(stops_by.get(int(strak_id), []))))
    venues = []
    for place_id, name, kind, geom in source.rows(
            "SELECT id, name, kind, geom FROM place ORDER BY name"):
        at = _point(geom)
        if at is not None:
            venues.append(MapPoint(int(place_id), name, kind, at[0], at[1]))
    return MapData(now, trails, routes, businesses, venues, reference_layers(source))


def decode_many(blobs: list[Any]) -> list[Geometry | None]:
    """Many WKB values at once: the line strings (nearly all of a reference layer) decoded
    by shapely's vectorised functions into one array of every vertex, each line's `coords`
    a read-only (n, 2) view of it (what the map draws from; a million vertices as tuples
    took seconds); the rest one by one, as tuples.
    None for a value that is missing or damaged (left off the map, not the whole map)."""
    import numpy as np
    import shapely

    out: list[Geometry | None] = [None] * len(blobs)
    if not blobs:
        return out
    data = np.array([None if b is None else bytes(b) for b in blobs], dtype=object)
    geoms = shapely.from_wkb(data, on_invalid="ignore")
    lines = np.flatnonzero(shapely.get_type_id(geoms) == 1)  # LineString
    if len(lines):
        xy, owner = shapely.get_coordinates(geoms[lines], return_index=True)
        xy.setflags(write=False)
        starts = np.searchsorted(owner, np.arange(len(lines) + 1)).tolist()
        for k, row in enumerate(lines.tolist()):
            if starts[k + 1] - starts[k] >= 2:  # a view of the one array, not 1M tuples
                out[row] = Geometry("LineString", cast(Any, xy[starts[k]:starts[k + 1]]))
    done = set(lines.tolist())
    for row, blob in enumerate(blobs):
        if row not in done:
            out[row] = _geometry(blob)
    return out


def reference_layers(source: RowSource) -> list[ReferenceLayer]:
    rows = source.rows("SELECT id, layer_id, name, geom, properties FROM map_feature "
                       "ORDER BY id")
    features: dict[int, list[tuple[int, str, Geometry, dict[str, Any]]]] = {}
    geometries = decode_many([r[3] for r in rows])
    for (feature_id, layer_id, name, _geom, props), g in zip(rows, geometries, strict=True):
        if g is not None:
            try:
                attrs = json.loads(props) if props and props != "{}" else {}
            except ValueError:
                attrs = {}
            features.setdefault(int(layer_id), []).append((int(feature_id), name or "", g,
                                                           attrs))
    return [ReferenceLayer(int(i), name, colour, source_name,
                           tuple(features.get(int(i), [])))
            for i, name, colour, source_name in source.rows(
                "SELECT id, name, colour, source FROM map_layer ORDER BY position, id")]
