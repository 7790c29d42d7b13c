"""A groomer's or trail crew's GPS track: which loops it covered, and their grooming reports.

`preview` reads the GPX (geo.groomer_track), measures every ski loop and MTB trail against it
(retired ones left out) and lists the covered ones (core.groomer_track's rule: share of the
line within 25 m of the track ≥ 60 %), each with its grooming time and whether that grooming
is already reported. `apply` writes one report per chosen, reportable trail in ONE unit
(app.trails.insert_reports), so the window can undo exactly those rows. Shared by
`destination-norberg import groomer-track` and the window's preview (gui.trails.groomer_dialog,
whose map draws `GroomerPreview.loops`, prepared here in the worker).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

from destination_norberg.app.errors import AppError
from destination_norberg.app.logs import logged
from destination_norberg.core.geometry import Geometry, GeometryError, decode_wkb
from destination_norberg.core.groomer_track import (
    BUFFER_M,
    GROOMED_KINDS,
    SHARE_MIN,
    TrackPoint,
    TrailMatch,
    grooming_drafts,
    matches,
)
from destination_norberg.core.said import message_of, said
from destination_norberg.core.trail_register import ReportDraft
from destination_norberg.core.vocab import TrailLifecycle, TrailStatus

_TRAILS = "SELECT id, name, kind, lifecycle, geom FROM trail ORDER BY name, id"


#: The map preview shows the ski loops and MTB trails this far around the track (metres).
MAP_MARGIN_M = 800.0
_NAN = float("nan")


@dataclass(frozen=True)
class LoopLine:
    """A ski loop or MTB trail near the track, ready for the preview's map: its EPSG:3006
    parts as x and y lists, the parts separated by NaN (drawn as one curve), and the share
    of it the track covered (0–1)."""

    trail_id: int
    name: str
    share: float
    xs: list[float]
    ys: list[float]


@dataclass(frozen=True)
class GroomerPreview:
    """What a track would report: the covered trails, and what the file held."""

    file: str
    points: int
    timed: int                       # points with a time
    trails: list[TrailMatch]
    track: list[list[tuple[float, float]]]  # EPSG:3006, for the map's preview
    loops: list[LoopLine] = field(default_factory=list)  # the map's loops around the track

    @property
    def reportable(self) -> list[TrailMatch]:
        return [m for m in self.trails if m.reportable]


def _trail_lines(source: Any) -> list[tuple[int, str, str, Geometry]]:
    kinds = {str(k) for k in GROOMED_KINDS}
    found = []
    for tid, name, kind, lifecycle, geom in source.rows(_TRAILS):
        if geom is None or str(kind) not in kinds \
                or (lifecycle or "") == TrailLifecycle.RETIRED.value:
            continue
        try:
            g = decode_wkb(geom)
        except GeometryError:
            continue
        if g.kind in ("LineString", "MultiLineString"):
            found.append((int(tid), str(name), str(kind), g))
    return found


def _known_groomings(source: Any, trail_ids: Sequence[int]) -> dict[int, list[datetime]]:
    from destination_norberg.store.trails_store import history

    return {i: [r.groomed_at for r in history(source, i, limit=1000) if r.groomed_at]
            for i in trail_ids}


def preview_track(source: Any, path: Path) -> GroomerPreview:
    """The covered trails of the track in `path`, read from `source`; AppError for a file
    that cannot be read as a GPS track (nothing is written)."""
    from destination_norberg.geo.errors import GeoImportError
    from destination_norberg.geo.groomer_track import read_track

    if not path.is_file():
        raise AppError(said("file.none", "there is no file {path}", path=str(path)))
    from destination_norberg.app.geodata import pyproj_thread

    try:  # on the one pyproj thread: a pool worker's PROJ context dies with its job (read_layer)
        segments = pyproj_thread().submit(read_track, path).result()
    except GeoImportError as exc:
        raise AppError(said("file.about", "{name}: {message}", name=path.name,
                            message=message_of(exc) or str(exc))) from exc
    return _preview(source, path.name, segments)


def _preview(source: Any, file: str, segments: Sequence[Sequence[TrackPoint]],
             ) -> GroomerPreview:
    from destination_norberg.geo.groomer_track import coverages

    trails = _trail_lines(source)
    measured = coverages(trails, segments, BUFFER_M)
    covered = [c for c in measured if c.share >= SHARE_MIN]
    found = matches(covered, _known_groomings(source, [c.trail_id for c in covered]))
    flat = [p for seg in segments for p in seg]
    track = [[(p.x, p.y) for p in seg] for seg in segments]
    shares = {c.trail_id: c.share for c in measured}
    return GroomerPreview(file, len(flat), sum(1 for p in flat if p.time is not None),
                          found, track, map_loops(trails, track, shares))


#: The demo loops the screenshot's track covers (as tests/data/groomer/two_loops.gpx does).
DEMO_LOOPS = ("Elljusspåret 2,5 km", "Slaggvarpet")


def demo_preview(url: str, end: datetime) -> GroomerPreview:
    """The screenshot's preview: a groomer's night along DEMO_LOOPS of the demo, a point
    every few metres, 4 m off the line as a GPS logs it, leaving the last loop at `end`
    (made from the demo's own lines, so it lies on them whatever day the demo moved to)."""
    from destination_norberg.store.reading import read_with

    def read(source: Any) -> GroomerPreview:
        lines = {name: g for _tid, name, _kind, g in _trail_lines(source)}
        segments = [_drive(lines[name]) for name in DEMO_LOOPS if name in lines]
        step, total = timedelta(seconds=20), sum(len(seg) for seg in segments)
        at = end - step * total
        timed = []
        for seg in segments:
            timed.append([TrackPoint(x, y, at + step * i) for i, (x, y) in enumerate(seg)])
            at += step * len(seg)
        return _preview(source, "pistmaskin-demo.gpx", timed)

    return read_with(url, read)


def _drive(g: Geometry, every: float = 40.0, off: float = 4.0) -> list[tuple[float, float]]:
    """Points along the line every `every` metres, `off` metres to its right."""
    out: list[tuple[float, float]] = []
    for part in _parts(g):
        for (x0, y0), (x1, y1) in pairwise(part):
            length = math.hypot(x1 - x0, y1 - y0)
            if length == 0:
                continue
            dx, dy = (x1 - x0) / length, (y1 - y0) / length
            for i in range(max(int(length // every), 1)):
                t = i * every
                out.append((x0 + dx * t + dy * off, y0 + dy * t - dx * off))
    return out


def _parts(g: Geometry) -> list[tuple[tuple[float, float], ...]]:
    return [g.coords] if g.kind == "LineString" else list(g.coords)


def map_loops(trails: Sequence[tuple[int, str, str, Geometry]],
              track: Sequence[Sequence[tuple[float, float]]],
              shares: dict[int, float]) -> list[LoopLine]:
    """The loops within MAP_MARGIN_M of the track's extent, as the preview's map draws
    them (prepared here, in the worker, so the dialog only hands arrays to the plot)."""
    points = [p for seg in track for p in seg]
    if not points:
        return []
    x0 = min(x for x, _y in points) - MAP_MARGIN_M
    x1 = max(x for x, _y in points) + MAP_MARGIN_M
    y0 = min(y for _x, y in points) - MAP_MARGIN_M
    y1 = max(y for _x, y in points) + MAP_MARGIN_M
    out = []
    for tid, name, _kind, g in trails:
        parts = _parts(g)
        if not any(x0 <= x <= x1 and y0 <= y <= y1 for part in parts for x, y in part):
            continue
        xs: list[float] = []
        ys: list[float] = []
        for part in parts:
            if xs:
                xs.append(_NAN)
                ys.append(_NAN)
            xs.extend(float(x) for x, _y in part)
            ys.extend(float(y) for _x, y in part)
        out.append(LoopLine(tid, name, shares.get(tid, 0.0), xs, ys))
    return out


def read_preview(url: str, path: Path) -> GroomerPreview:
    """Worker: `preview_track` on the database at `url`."""
    from destination_norberg.store.reading import read_with

    return read_with(url, lambda source: preview_track(source, path))


def track_drafts(source: Any, preview: GroomerPreview, chosen: Sequence[int] | None,
                 author: str, now: datetime) -> list[ReportDraft]:
    """The reports of the chosen trails (default: every reportable one), each keeping the
    status its trail has now."""
    from destination_norberg.app.settings import resolve_stale_days
    from destination_norberg.store.trails_store import register

    wanted = set(chosen) if chosen is not None else None
    picked = [m for m in preview.reportable if wanted is None or m.trail_id in wanted]
    statuses: dict[int, TrailStatus | None] = {
        r.id: r.status for r in register(source, now, resolve_stale_days(source, None))}
    # Stored text, read by the coordinators and on the status page: Swedish, like theirs.
    return grooming_drafts(picked, statuses, author, f"Spårat enligt GPS-spåret {preview.file}")


def _count(result: tuple[GroomerPreview, list[int]]) -> str:
    return f"{len(result[1])} grooming report(s) from {result[0].file}"


@logged("import groomer track", _count)
def import_track(url: str, path: Path, author: str, now: datetime, dry_run: bool,
                 chosen: Sequence[int] | None = None) -> tuple[GroomerPreview, list[int]]:
    """`import groomer-track`: the preview, and unless `dry_run` the new reports' ids
    (written in one unit; none when every covered grooming is already reported)."""
    from destination_norberg.app.trails import insert_reports
    from destination_norberg.store.opening import open_database
    from destination_norberg.store.rows import EngineRows

    engine = open_database(url)
    try:
        source = EngineRows(engine)
        preview = preview_track(source, path)
        if dry_run:
            return preview, []
        drafts = track_drafts(source, preview, chosen, author, now)
        return preview, insert_reports(engine, drafts) if drafts else []
    finally:
        engine.dispose()


def write_track(engine: Any, preview: GroomerPreview, chosen: Sequence[int] | None,
                author: str, now: datetime) -> tuple[list[ReportDraft], list[int]]:
    """The window's OK: the chosen trails' reports in one unit, (drafts, new ids) for its
    undo step; AppError when none of them can be reported."""
    from destination_norberg.app.trails import insert_reports
    from destination_norberg.store.rows import EngineRows

    drafts = track_drafts(EngineRows(engine), preview, chosen, author, now)
    if not drafts:
        raise AppError(said("trails.groomer_none", "None of the chosen trails can be "
                            "reported: choose a trail the track has a time for that is not "
                            "already reported."))
    return drafts, insert_reports(engine, drafts)
