"""Reading one layer of a geodata file into EPSG:3006 core geometries, ready for the store.

Nothing here writes anything: the caller stores the result only when the whole layer was read.
Shapefiles, GeoPackages and FlatGeobuf are read in chunks (they seek cheaply); GPX, KML,
GeoJSON and OSM are parsed by GDAL in one pass (a chunk of them would re-parse the file from
the start) and converted in chunks. Between chunks the progress callback may cancel.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely

from destination_norberg.core.geometry import Geometry
from destination_norberg.core.plain_text import NAME_MAX, clean_value
from destination_norberg.core.progress import Cancelled, Progress
from destination_norberg.core.said import said
from destination_norberg.geo.convert import (
    SKIP_EMPTY,
    SKIP_NO_GEOMETRY,
    SKIP_OUTSIDE,
    JsonValue,
    SkipFeatureError,
    json_column,
    salvage_wkb,
    to_core,
    transform_in_place,
)
from destination_norberg.geo.crs import CrsDetection, resolve_override, source_crs_text
from destination_norberg.geo.crs_area import check_area
from destination_norberg.geo.errors import (
    GeoImportError,
    UnknownCrsError,
    gdal_message,
)
from destination_norberg.geo.mapping import feature_name, suggest_mapping
from destination_norberg.geo.sources import (
    RANDOM_ACCESS,
    LayerInfo,
    find_layer,
    layer_bounds,
    pyogrio_errors,
)

if TYPE_CHECKING:
    from pyproj import Transformer

__all__ = ["ImportedFeature", "ImportedLayer", "read_layer", "suggest_mapping"]

CHUNK = 5_000  # features per chunk: about 20 progress steps for 100,000 features
TARGET = "EPSG:3006"


#: A line with more vertices than this is thinned on import (a 2-million-point GPX took 101 s
#: to draw) to within THIN_TOLERANCE metres, well under a pixel at the map's closest zoom.
MAX_LINE_VERTICES = 20_000
THIN_TOLERANCE = 0.5


@dataclass(frozen=True, slots=True)
class ImportedFeature:
    geometry: Geometry  # EPSG:3006, 2-D
    attributes: dict[str, JsonValue]
    length_m: float | None = None  # the length before thinning, or on the ellipsoid far
    # from Sweden (geodesic_lengths); None: the geometry's own planar length
    name: str = ""  # the name the feature gives itself in any usual property (feature_name)


@dataclass(frozen=True, slots=True)
class ImportedLayer:
    """A layer read whole. `skipped` counts features left out, by reason in plain English;
    `flattened` counts features whose heights (Z) or measures (M) were dropped."""

    name: str
    features: list[ImportedFeature]
    crs: CrsDetection
    source_crs: str
    fields: tuple[str, ...]
    total: int
    skipped: dict[str, int] = field(default_factory=dict)
    flattened: int = 0
    encoding: str | None = None
    thinned: int = 0  # lines of over MAX_LINE_VERTICES points thinned to THIN_TOLERANCE
    shortened: int = 0  # attribute texts longer than core.plain_text.TEXT_MAX, cut
    geodesic: int = 0  # lines far from Sweden whose length was measured on the ellipsoid
    fallback: str = ""  # the layer read first and left, when another was read instead

    @property
    def needs_confirmation(self) -> bool:
        """True when the CRS was a guess: show the preview, ask, and read again with the choice."""
        return self.crs.needs_confirmation


def _source_crs(info: LayerInfo, override: int | str | None) -> tuple[str | None, CrsDetection]:
    if override is not None:
        chosen, detection = resolve_override(override)
        check_area(chosen, detection.epsg, detection.label, layer_bounds(info))
        return chosen, detection
    text = source_crs_text(info.crs)
    if text is None and info.feature_count == 0:
        return TARGET, info.crs  # nothing to transform: an empty layer needs no CRS
    if text is None:
        raise UnknownCrsError(said("geo.unknown_crs", "The file does not say which coordinate "
                                   "system it uses, and its coordinates fit none the program "
                                   "knows: choose one."), info.crs)
    return text, info.crs


def _transformer(source: str) -> Transformer | None:
    from pyproj import CRS, Transformer

    crs = CRS.from_user_input(source)
    if crs.to_epsg() == 3006:
        return None
    return Transformer.from_crs(crs, TARGET, always_xy=True)


class _Collector:
    """Turns chunks of GDAL output into features and counts what it leaves out."""

    def __init__(self, transformer: Transformer | None, thin: bool = False) -> None:
        self.transformer = transformer
        self.thin = thin
        self.features: list[ImportedFeature] = []
        self.skipped: dict[str, int] = {}
        self.flattened = 0
        self.thinned = 0
        self.geodesic = 0
        self.shortened = [0]  # attribute texts cut to TEXT_MAX (geo.convert.clean_strings)
        self.fields: tuple[str, ...] = ()

    def skip(self, reason: str, count: int = 1) -> None:
        if count:
            self.skipped[reason] = self.skipped.get(reason, 0) + count

    def add(self, meta: dict[str, Any], wkb: np.ndarray, columns: list[np.ndarray]) -> None:
        # Field names are shown and offered for mapping: no control characters, not endless.
        self.fields = tuple(clean_value(str(f), NAME_MAX) for f in meta["fields"])
        types = meta.get("ogr_types") or [""] * len(columns)
        subtypes = meta.get("ogr_subtypes") or [""] * len(columns)
        missing = np.fromiter((g is None for g in wkb), dtype=bool, count=len(wkb))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            geoms = shapely.from_wkb(wkb, on_invalid="ignore")
        refused = np.zeros(len(wkb), dtype=bool)
        for i in np.flatnonzero(shapely.is_missing(geoms) & ~missing):
            mended = salvage_wkb(wkb[i])
            if isinstance(mended, bytes):
                geoms[i] = shapely.from_wkb(mended)
            else:
                self.skip(mended)
                refused[i] = True
        present = ~shapely.is_missing(geoms)
        empty = present & shapely.is_empty(geoms)
        self.skip(SKIP_NO_GEOMETRY, int(missing.sum()))
        self.skip(SKIP_EMPTY, int(empty.sum()))
        keep = present & ~empty & ~refused
        index = np.flatnonzero(keep)
        geoms = geoms[index]
        raised = shapely.has_z(geoms) | _has_m(geoms)
        if raised.any():
            self.flattened += int(raised.sum())
            geoms = shapely.force_2d(geoms)
        finite = transform_in_place(geoms, self.transformer)
        self.skip(SKIP_OUTSIDE, int((~finite).sum()))
        rows = list(zip(*(json_column(c[index], t, st, self.shortened)
                          for c, t, st in zip(columns, types, subtypes, strict=True)),
                        strict=True)) if columns else [()] * len(index)
        # Points in one vectorised call: a layer of 50,000 waypoints is common.
        is_point = shapely.get_type_id(geoms) == 0
        points = iter(shapely.get_coordinates(geoms[is_point]).tolist())
        measured = geodesic_lengths(geoms, finite)
        for geom, point, ok, row, true_length in zip(
                geoms.tolist(), is_point.tolist(), finite.tolist(), rows, measured.tolist(),
                strict=True):
            xy = next(points) if point else None
            if not ok:
                continue
            length = None
            if xy is not None:
                core = Geometry("Point", (xy[0], xy[1]))
            else:
                if self.thin and shapely.get_num_coordinates(geom) > MAX_LINE_VERTICES:
                    geom, length = _thin(geom)
                    self.thinned += length is not None
                if math.isfinite(true_length):
                    length = true_length
                    self.geodesic += 1
                try:
                    core = to_core(geom)
                except SkipFeatureError as why:
                    self.skip(why.reason)
                    continue
            attributes = dict(zip(self.fields, row, strict=True))
            self.features.append(ImportedFeature(core, attributes, length,
                                                 clean_value(feature_name(attributes), NAME_MAX)))


#: SWEREF 99 TM measures lengths within 0.5 % only up to about 660 km east or west of its
#: central meridian (15° E; the scale grows with the square of that distance). A line that
#: reaches past FAR_EASTING from it is measured on the GRS 80 ellipsoid instead, and where
#: the two differ by more than GEODESIC_TOLERANCE the ellipsoid's length is kept.
FAR_EASTING = 450_000.0
GEODESIC_TOLERANCE = 0.005


def geodesic_lengths(geoms: np.ndarray, finite: np.ndarray) -> np.ndarray:
    """Per geometry (EPSG:3006): its length on the ellipsoid where that differs from the
    planar SWEREF 99 TM length by more than GEODESIC_TOLERANCE, else NaN."""
    from pyproj import Geod, Transformer

    out = np.full(len(geoms), np.nan)
    if not len(geoms):
        return out
    kind = shapely.get_type_id(geoms)
    bounds = shapely.bounds(geoms)
    far = (np.abs(bounds[:, 0] - 500_000.0) > FAR_EASTING) | \
        (np.abs(bounds[:, 2] - 500_000.0) > FAR_EASTING)
    index = np.flatnonzero(((kind == 1) | (kind == 5)) & far & finite)
    if not len(index):
        return out
    lines = geoms[index]
    parts, part_of = shapely.get_parts(lines, return_index=True)
    coords, coord_of = shapely.get_coordinates(parts, return_index=True)
    lon, lat = Transformer.from_crs("EPSG:3006", "EPSG:4326", always_xy=True).transform(
        coords[:, 0], coords[:, 1])
    _az, _back, step = Geod(ellps="GRS80").inv(lon[:-1], lat[:-1], lon[1:], lat[1:])
    same = coord_of[:-1] == coord_of[1:]
    per_part = np.bincount(coord_of[:-1][same], weights=np.asarray(step)[same],
                           minlength=len(parts))
    true = np.bincount(part_of, weights=per_part, minlength=len(lines))
    planar = shapely.length(lines)
    off = np.abs(planar - true) > GEODESIC_TOLERANCE * np.maximum(true, 1e-9)
    out[index[off]] = true[off]
    return out


def _thin(geom: shapely.Geometry) -> tuple[shapely.Geometry, float | None]:
    """A long line (or multi-line) thinned to THIN_TOLERANCE, with its length before; other
    geometries unchanged (None). GEOS's simplify is not used: it is recursive and crashes
    on long zigzag tracks."""
    from destination_norberg.core.simplify import simplify_line

    if shapely.get_type_id(geom) not in (1, 5):  # LineString, MultiLineString
        return geom, None
    length = float(shapely.length(geom))
    parts = shapely.get_parts(geom)
    thinned = [shapely.linestrings(simplify_line(shapely.get_coordinates(p), THIN_TOLERANCE))
               for p in parts if shapely.get_num_coordinates(p) >= 2]
    if not thinned:
        return geom, None
    out = thinned[0] if shapely.get_type_id(geom) == 1 else shapely.multilinestrings(thinned)
    return out, length


def _has_m(geoms: np.ndarray) -> np.ndarray:
    has_m = getattr(shapely, "has_m", None)  # shapely ≥ 2.1
    return has_m(geoms) if has_m is not None else np.zeros(len(geoms), dtype=bool)


def _report(progress: Progress | None, fraction: float) -> None:
    if progress is not None:
        progress(min(max(fraction, 0.0), 1.0), "")


def _read_chunk(info: LayerInfo, skip: int, count: int | None) -> tuple[Any, ...]:
    from pyogrio.raw import read

    meta, _, wkb, columns = read(info.dataset, layer=info.gdal_layer, encoding=info.encoding,
                                 skip_features=skip, max_features=count,
                                 datetime_as_string=True)
    return meta, wkb, list(columns)


def _read_all(info: LayerInfo, collector: _Collector, progress: Progress | None) -> None:
    total = info.feature_count
    if info.driver in RANDOM_ACCESS:
        start = 0
        while True:  # until a short chunk: a stale feature count must not cut the layer short
            meta, wkb, columns = _read_chunk(info, start, CHUNK)
            collector.add(meta, wkb, columns)
            start += len(wkb)
            if len(wkb) < CHUNK:
                return
            _report(progress, min(start / max(total, 1), 0.99))
    meta, wkb, columns = _read_chunk(info, 0, None)
    _report(progress, 0.5)  # the parse is half the work, conversion the other half
    n = len(wkb)
    for start in range(0, max(n, 1), CHUNK):
        part = slice(start, start + CHUNK)
        collector.add(meta, wkb[part], [c[part] for c in columns])
        _report(progress, 0.5 + 0.5 * min(start + CHUNK, n) / max(n, 1))


def read_layer(path: str | Path, layer: str | None = None, *,
               crs_override: int | str | None = None, encoding: str | None = None,
               progress: Progress | None = None, thin: bool = False) -> ImportedLayer:
    """Read one layer (default: the first with features) as EPSG:3006 features.

    `crs_override` (an EPSG code, "EPSG:n" or WKT) replaces what the file says. Where the CRS is
    missing or unrecognised and no override is given, the coordinate ranges' suggestion is
    used and the result's `needs_confirmation` is True; if nothing fits, UnknownCrsError.
    `encoding` sets the text encoding of shapefile attributes. `progress(fraction, "")` is
    called between chunks (also off the UI thread); it raises Cancelled to stop the read.
    An empty layer (a GPX with nothing in it) is read as a layer without features. A GPX
    whose tracks are all empty or single points is read from its routes instead, when it
    has any (`fallback` names the layer left, `skipped` counts its tracks as "tracks: …").
    `thin`: lines of more than MAX_LINE_VERTICES points are thinned to THIN_TOLERANCE (what
    an import stores; the reader alone gives every point), their full length kept.
    """
    _report(progress, 0.0)
    info = find_layer(path, layer, encoding=encoding)
    read = _read_info(info, crs_override, progress, thin)
    if layer is None and info.driver == "GPX" and info.name == "tracks" and not read.features:
        # Tracks of single points (or empty ones) beside a planned route: the route is the
        # trail (AllTrails, MapSource and RouteConverter write such files).
        routes = find_layer(path, "routes", encoding=encoding)
        if routes.feature_count:
            again = _read_info(routes, crs_override, progress, thin)
            if again.features:
                return replace(again, fallback=info.name,
                               skipped={f"tracks: {why}": n for why, n in read.skipped.items()}
                               | again.skipped)
    return read


def _read_info(info: LayerInfo, crs_override: int | str | None, progress: Progress | None,
               thin: bool) -> ImportedLayer:
    source, detection = _source_crs(info, crs_override)
    assert source is not None
    collector = _Collector(_transformer(source), thin)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            _read_all(info, collector, progress)
        except (Cancelled, GeoImportError):
            raise
        except pyogrio_errors() as err:
            raise GeoImportError(gdal_message(str(err), info.driver)) from None
    _report(progress, 1.0)
    return ImportedLayer(name=info.name, features=collector.features, crs=detection,
                         source_crs=source, fields=collector.fields or info.fields,
                         total=info.feature_count, skipped=collector.skipped,
                         flattened=collector.flattened, encoding=info.encoding,
                         thinned=collector.thinned, shortened=collector.shortened[0],
                         geodesic=collector.geodesic)
