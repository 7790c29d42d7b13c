"""Closing an area: every trail inside or crossing a zone gets one report, in one step.

After a storm, or inside an animal-disease zone, the coordinator closes the trails of an
area at once. The zone is a polygon in EPSG:3006: the polygons of an imported map layer, of
a geodata file (any format the geodata import reads), or drawn on the map. The trails in it
are found with a spatial join on the stored EPSG:3006 geometries (geopandas, imported where
it is used), retired trails (lifecycle nedlagd) left out; each gets one report with the same
status and note, all written in one unit (app.trails.insert_reports), so the window can undo
exactly those reports. Shared by `destination-norberg zone close` and the window's
"Stäng område…" dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from destination_norberg.app.errors import AppError
from destination_norberg.core.geometry import Geometry, GeometryError, decode_wkb
from destination_norberg.core.said import message_of, said
from destination_norberg.core.trail_register import ReportDraft, ReportError, bulk_reports
from destination_norberg.core.vocab import TrailLifecycle

POLYGONS = ("Polygon", "MultiPolygon")

_TRAILS = "SELECT id, name, kind, length_m, lifecycle, geom FROM trail ORDER BY name, id"
_LAYER_FEATURES = ("SELECT l.id, l.name, f.id, f.name, f.geom FROM map_layer l "
                   "JOIN map_feature f ON f.layer_id = l.id ORDER BY l.position, l.id, f.id")


@dataclass(frozen=True)
class Zone:
    """A closed area in EPSG:3006 (a Polygon or a MultiPolygon) and where it came from."""

    name: str
    geometry: Geometry

    def parts(self) -> int:
        return len(self.geometry.coords) if self.geometry.kind == "MultiPolygon" else 1


@dataclass(frozen=True)
class ZoneLayer:
    """An imported map layer that holds polygons: the candidates for a zone."""

    id: int
    name: str
    polygons: tuple[tuple[int, str, Geometry], ...]  # (feature id, name, polygon)


@dataclass(frozen=True)
class ZoneTrail:
    """A trail found in a zone; `crossing` when part of it lies outside."""

    id: int
    name: str
    kind: str
    length_m: float
    lifecycle: str
    status: str | None
    crossing: bool
    geometry: Geometry


@dataclass(frozen=True)
class ZoneFinding:
    """The trails a closure reports on, and how many retired ones it leaves alone."""

    zone: Zone
    trails: list[ZoneTrail]
    retired: int

    @property
    def ids(self) -> list[int]:
        return [t.id for t in self.trails]


# --- the zone ---------------------------------------------------------------------------


def _polygons(geometries: Sequence[Geometry]) -> list[tuple[Any, ...]]:
    """Every polygon (its rings) of the given geometries; lines and points are left out."""
    out: list[tuple[Any, ...]] = []
    for g in geometries:
        if g.kind == "Polygon":
            out.append(g.coords)
        elif g.kind == "MultiPolygon":
            out.extend(g.coords)
    return out


def zone_of(name: str, geometries: Sequence[Geometry]) -> Zone:
    """The polygons of `geometries` as one zone; AppError when there is none."""
    polygons = _polygons(geometries)
    if not polygons:
        raise AppError(said("geo.zone_no_polygon", "{name}: there is no area (polygon) in it to "
                            "close; a zone must be a polygon, not lines or points", name=name))
    geometry = (Geometry("Polygon", polygons[0]) if len(polygons) == 1
                else Geometry("MultiPolygon", tuple(polygons)))
    return Zone(name, geometry)


def zone_from_points(name: str, points: Sequence[tuple[float, float]]) -> Zone:
    """A drawn zone: its corners in order (closed here); AppError for fewer than three."""
    corners = [(float(x), float(y)) for x, y in points]
    while len(corners) > 1 and corners[0] == corners[-1]:
        corners.pop()
    if len(set(corners)) < 3:
        raise AppError(said("geo.zone_corners", "A zone needs at least three corners."))
    return Zone(name, Geometry("Polygon", (tuple([*corners, corners[0]]),)))


def zone_from_file(path: Path, layer: str | None = None, crs: int | str | None = None,
                   *, crs_hint: str = "") -> Zone:
    """The polygons of one layer of a geodata file (default: its first layer with features),
    in EPSG:3006. AppError for a missing file, an unknown coordinate system (`crs_hint` is
    added to say how to give one) or a layer without polygons; nothing is written."""
    from destination_norberg.geo.errors import GeoImportError
    from destination_norberg.geo.read import read_layer

    if not path.is_file():
        raise AppError(said("file.none", "there is no file {path}", path=str(path)))
    try:
        imported = read_layer(path, layer, crs_override=crs)
    except GeoImportError as exc:
        raise AppError(said("file.about", "{name}: {message}", name=path.name,
                            message=message_of(exc) or str(exc))) from exc
    if imported.needs_confirmation:
        told = said("file.about", "{name}: {message}", name=path.name,
                    message=imported.crs.message())
        raise AppError(told + crs_hint if crs_hint else told)  # the hint: the command line's
    name = path.name if layer is None else f"{path.name} ({imported.name})"
    return zone_of(name, [f.geometry for f in imported.features])


def zone_layers(source: Any) -> list[ZoneLayer]:
    """The imported map layers with polygons, each with its polygons (lines left out)."""
    layers: dict[int, tuple[str, list[tuple[int, str, Geometry]]]] = {}
    for layer_id, layer_name, fid, fname, geom in source.rows(_LAYER_FEATURES):
        try:
            g = decode_wkb(geom)
        except GeometryError:
            continue
        if g.kind in POLYGONS:
            layers.setdefault(int(layer_id), (str(layer_name), []))[1].append(
                (int(fid), str(fname or ""), g))
    return [ZoneLayer(i, name, tuple(polys)) for i, (name, polys) in layers.items()]


def zone_from_layer(layer: ZoneLayer, feature_id: int | None = None) -> Zone:
    """The zone of an imported layer: all its polygons, or the one `feature_id`."""
    chosen = [p for p in layer.polygons if feature_id is None or p[0] == feature_id]
    name = layer.name if feature_id is None or not chosen or not chosen[0][1] \
        else f"{layer.name}: {chosen[0][1]}"
    return zone_of(name, [g for _i, _n, g in chosen])


# --- the trails in it ---------------------------------------------------------------------


def find_trails(source: Any, zone: Zone, now: datetime) -> ZoneFinding:
    """The trails inside or crossing `zone` (a spatial join on EPSG:3006), retired ones
    counted and left out, each with the status its newest report gives it."""
    import geopandas as gpd
    import shapely

    from destination_norberg.app.settings import resolve_stale_days
    from destination_norberg.store.trails_store import register

    rows = []
    for tid, name, kind, length, lifecycle, geom in source.rows(_TRAILS):
        if geom is None:
            continue
        try:
            g = decode_wkb(geom)
        except GeometryError:
            continue
        rows.append((int(tid), str(name), str(kind), float(length or 0.0),
                     str(lifecycle or TrailLifecycle.OPEN.value), g))
    area = shapely.make_valid(shapely.from_wkb(zone.geometry.to_wkb()))
    if not rows:
        return ZoneFinding(zone, [], 0)
    # Both sides are EPSG:3006 by construction; no CRS is set, because building a pyproj CRS
    # in a worker while another worker reads a file with pyproj crashed the interpreter.
    trails = gpd.GeoDataFrame({"row": range(len(rows))},
                              geometry=[shapely.from_wkb(r[5].to_wkb()) for r in rows])
    zones = gpd.GeoDataFrame({"zone": [zone.name]}, geometry=[area])
    hits = gpd.sjoin(trails, zones, how="inner", predicate="intersects")
    inside = sorted(set(int(i) for i in hits["row"]))
    statuses = {r.id: (str(r.status) if r.status else None)
                for r in register(source, now, resolve_stale_days(source, None))}
    found, retired = [], 0
    for i in inside:
        tid, name, kind, length, lifecycle, g = rows[i]
        if lifecycle == TrailLifecycle.RETIRED.value:
            retired += 1
            continue
        crossing = not bool(area.covers(trails.geometry.iloc[i]))
        found.append(ZoneTrail(tid, name, kind, length, lifecycle, statuses.get(tid), crossing,
                               g))
    return ZoneFinding(zone, found, retired)


def read_finding(url: str, zone: Zone, now: datetime) -> ZoneFinding:
    """Worker: `find_trails` on the database at `url`."""
    from destination_norberg.store.reading import read_with

    return read_with(url, lambda source: find_trails(source, zone, now))


def read_zone_layers(url: str) -> list[ZoneLayer]:
    """Worker: the imported layers with polygons, from the database at `url`."""
    from destination_norberg.store.reading import read_with

    return read_with(url, zone_layers)


# --- the closure ----------------------------------------------------------------------------


def closure_drafts(trail_ids: Sequence[int], status: str, note: str | None,
                   author: str | None, now: datetime) -> list[ReportDraft]:
    """One report per trail with the same status and note; AppError for a bad status or
    no trail."""
    if not trail_ids:
        raise AppError(said("geo.zone_no_trails", "There are no trails in the zone to report "
                            "on."))
    try:
        return bulk_reports(trail_ids, status, None, note, author, now)
    except ReportError as exc:
        raise AppError(str(exc)) from exc


def close_zone(engine: Any, trail_ids: Sequence[int], status: str, note: str | None,
               author: str | None, now: datetime) -> tuple[list[ReportDraft], list[int]]:
    """Write one report per trail in one unit: (the drafts, the new reports' ids), which the
    window's undo step removes again exactly."""
    from destination_norberg.app.trails import insert_reports

    drafts = closure_drafts(trail_ids, status, note, author, now)
    return drafts, insert_reports(engine, drafts)


def close_zone_file(url: str, file: Path, layer: str | None, crs: str | None, status: str,
                    note: str | None, author: str | None, now: datetime,
                    dry_run: bool) -> ZoneFinding:
    """`zone close`: the trails in the zone of `file`, reported on unless `dry_run`."""
    from destination_norberg.store.opening import open_database
    from destination_norberg.store.rows import EngineRows

    override: int | str | None = int(crs) if crs and crs.isdigit() else crs
    zone = zone_from_file(file, layer, override,
                          crs_hint=" Give it with --crs EPSG-CODE; nothing was reported.")
    closure_drafts([0], status, note, author, now)  # a bad status is told before any read
    engine = open_database(url)
    try:
        finding = find_trails(EngineRows(engine), zone, now)
        if finding.trails and not dry_run:
            close_zone(engine, finding.ids, status, note, author, now)
    finally:
        engine.dispose()
    return finding
