"""A groomer's or trail crew's GPS track: which loops it covered, and their grooming reports.

`preview` reads the GPX (geo.groomer_track), measures every ski loop and MTB trail against it
(retired ones left out) and lists the covered ones (core.groomer_track's rule: share of the
line within 25 m of the track ≥ 60 %), each with its grooming time and whether that grooming
is already reported. `apply` writes one report per chosen, reportable trail in ONE unit
(app.trails.insert_reports), so the window can undo exactly those rows. Shared by
`destination-norberg import groomer-track` and (when built) the window's preview.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from destination_norberg.app.errors import AppError
from destination_norberg.app.logs import logged
from destination_norberg.core.geometry import Geometry, GeometryError, decode_wkb
from destination_norberg.core.groomer_track import (
    BUFFER_M,
    GROOMED_KINDS,
    SHARE_MIN,
    TrailMatch,
    grooming_drafts,
    matches,
)
from destination_norberg.core.said import message_of, said
from destination_norberg.core.trail_register import ReportDraft
from destination_norberg.core.vocab import TrailLifecycle, TrailStatus

_TRAILS = "SELECT id, name, kind, lifecycle, geom FROM trail ORDER BY name, id"


@dataclass(frozen=True)
class GroomerPreview:
    """What a track would report: the covered trails, and what the file held."""

    file: str
    points: int
    timed: int                       # points with a time
    trails: list[TrailMatch]
    track: list[list[tuple[float, float]]]  # EPSG:3006, for the map's preview

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
    from destination_norberg.geo.groomer_track import coverages, read_track

    if not path.is_file():
        raise AppError(said("file.none", "there is no file {path}", path=str(path)))
    from destination_norberg.app.geodata import pyproj_thread

    try:  # on the one pyproj thread: a pool worker's PROJ context dies with its job (read_layer)
        segments = pyproj_thread().submit(read_track, path).result()
    except GeoImportError as exc:
        raise AppError(said("file.about", "{name}: {message}", name=path.name,
                            message=message_of(exc) or str(exc))) from exc
    trails = _trail_lines(source)
    covered = [c for c in coverages(trails, segments, BUFFER_M) if c.share >= SHARE_MIN]
    found = matches(covered, _known_groomings(source, [c.trail_id for c in covered]))
    flat = [p for seg in segments for p in seg]
    return GroomerPreview(path.name, len(flat), sum(1 for p in flat if p.time is not None),
                          found, [[(p.x, p.y) for p in seg] for seg in segments])


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
