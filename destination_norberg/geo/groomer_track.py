"""A groomer's GPS track: its timed points in EPSG:3006, and how much of each trail it covered.

The file goes through the geodata import's checks first (geo.sources.find_layer: the XML
safety check, a GPX under the wrong name, a damaged file), then GDAL's `track_points` layer
gives every point with its segment and time (Garmin, Suunto, Strava and the FIT-derived GPX
of other devices all write <trkpt><time>). The shapely work of core.groomer_track's rule
lives here: the buffer on the track, the share of each trail line inside it, the last time
the track was within the buffer of the line.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from destination_norberg.core.geometry import Geometry
from destination_norberg.core.groomer_track import BUFFER_M, Coverage, TrackPoint
from destination_norberg.core.said import said
from destination_norberg.geo.errors import GeoImportError, gdal_message
from destination_norberg.geo.sources import find_layer, pyogrio_errors


def _time(text: object) -> datetime | None:
    if not text:
        return None
    try:
        value = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _not_gpx(name: str) -> str:
    return said("geo.track_not_gpx", "A groomer's track must be a GPX file; {name} is not "
                "one.", name=name)


def read_track(path: str | Path) -> list[list[TrackPoint]]:
    """The track's segments (points in order, EPSG:3006, times in UTC where given).

    GeoImportError, worded for the user, for a file that is not a readable GPX or holds no
    track points."""
    import pyogrio
    from pyproj import Transformer

    name = Path(path).name
    if Path(path).suffix.lower() not in (".gpx", ".xml"):
        raise GeoImportError(_not_gpx(name))
    info = find_layer(path, "tracks")  # the XML safety checks; GPX under the wrong name
    if info.driver != "GPX":
        raise GeoImportError(_not_gpx(name))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            _meta, _fids, geoms, fields = pyogrio.raw.read(
                info.dataset, layer="track_points",
                columns=["track_fid", "track_seg_id", "time"], datetime_as_string=True)
        except pyogrio_errors() as err:
            raise GeoImportError(gdal_message(str(err), info.driver)) from None
    import shapely

    points = shapely.from_wkb(geoms) if len(geoms) else []
    to_3006 = Transformer.from_crs("EPSG:4326", "EPSG:3006", always_xy=True)
    segments: dict[tuple[int, int], list[TrackPoint]] = {}
    for point, fid, seg, when in zip(points, fields[0], fields[1], fields[2], strict=True):
        if point is None or shapely.is_empty(point):
            continue
        x, y = to_3006.transform(float(shapely.get_x(point)), float(shapely.get_y(point)))
        segments.setdefault((int(fid), int(seg)), []).append(TrackPoint(x, y, _time(when)))
    found = [s for _key, s in sorted(segments.items())]
    if not found:
        raise GeoImportError(said("geo.track_empty", "{name} holds no track points (a GPS "
                                  "track is a <trk> with <trkpt>s); nothing was imported.",
                                  name=name))
    return found


def coverages(trails: Sequence[tuple[int, str, str, Geometry]],
              segments: Sequence[Sequence[TrackPoint]],
              buffer_m: float = BUFFER_M) -> list[Coverage]:
    """For every trail (id, name, kind, EPSG:3006 line): the share of its length within
    `buffer_m` of the track and the last timed track point that close."""
    import numpy as np
    import shapely

    parts = []
    for seg in segments:
        xy = [(p.x, p.y) for p in seg]
        parts.append(shapely.LineString(xy) if len(set(xy)) > 1 else shapely.Point(xy[0]))
    area = shapely.union_all([shapely.buffer(p, buffer_m) for p in parts])
    flat = [p for seg in segments for p in seg]
    pts = shapely.points(np.array([(p.x, p.y) for p in flat], dtype=float))
    shapely.prepare(area)
    found = []
    for tid, name, kind, geometry in trails:
        line = shapely.from_wkb(geometry.to_wkb())
        length = float(line.length)
        if length <= 0:
            continue
        share = float(shapely.intersection(line, area).length) / length
        last = None
        if share > 0:
            near = shapely.dwithin(pts, line, buffer_m)
            times = [p.time for p, hit in zip(flat, near, strict=True)
                     if hit and p.time is not None]
            last = max(times) if times else None
        found.append(Coverage(tid, name, kind, share, last))
    return found
