"""Geodata in and out: trails and reference layers from files, trails and stråk routes to files.

A file is read completely (and transformed to SWEREF 99 TM) before the database is opened,
so a broken file writes nothing and creates no database; the import itself is one write
unit. Where the file does not say its coordinate system, or names one its coordinates
cannot be in, nothing is guessed silently: the error says what the coordinates look like
and asks for the code. Shared by `destination-norberg import trails|layer`, `export trails`
and the map area.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from destination_norberg.app.errors import AppError
from destination_norberg.app.logs import logged
from destination_norberg.core.progress import Progress
from destination_norberg.core.said import message_of, said

FORMATS = ("geojson", "gpx", "gpkg")


@dataclass(frozen=True)
class GeoImport:
    """What an import did: the file's layer as read, and what was written or skipped."""

    imported: Any  # geo.read's ImportedLayer: name, crs, features, skipped
    created: int  # trails or features written
    skipped: str  # "; 2 skipped (why)" per reason, or ""
    replaced: int = 0  # trails (or the layer's features) the file replaced
    unchanged: int = 0  # lines already there exactly as in the file
    layer_name: str = ""  # the reference layer written (another name when added beside)
    others: tuple[str, ...] = ()  # the file's other layers, for the user to choose


def read_file(file: Path, layer: str | None, crs: str | None) -> Any:
    """The layer read and transformed, or AppError (no file, unknown CRS, no features)."""
    from destination_norberg.geo.errors import GeoImportError
    from destination_norberg.geo.read import read_layer

    if not file.is_file():
        raise AppError(said("file.none", "there is no file {path}", path=str(file)))
    override: int | str | None = int(crs) if crs and crs.isdigit() else crs
    try:
        imported = read_layer(file, layer, crs_override=override, thin=True)
    except GeoImportError as exc:
        raise AppError(said("file.about", "{name}: {message}", name=file.name,
                            message=message_of(exc) or str(exc))) from exc
    if imported.needs_confirmation:
        hint = (f"; if so, run again with --crs {imported.crs.suggestion}"
                if imported.crs.suggestion else "; give it with --crs EPSG-CODE")
        raise AppError(f"{file.name}: {imported.crs.message()} Nothing was imported{hint}")
    if not imported.features:
        raise AppError(f"{file.name}: the layer {imported.name!r} has no features; nothing "
                       "was imported")
    return imported


def read_layer(path: Path, layer: str | None, crs: int | str | None,
               progress: Progress | None = None) -> Any:
    """The window's read of one layer (geo.read): the features in EPSG:3006, lines of more
    than 20,000 points thinned to 0.5 m (their length kept), or GeoImportError; `crs`
    overrides the file's own system.

    The read runs on one long-lived Python thread (pyproj_thread). pyproj 3.7 keeps each
    thread's PROJ context under a key of the OS thread but frees it with the Python thread
    state, which PySide drops after every job of a QThreadPool thread: the second import on
    the same pool thread used a freed context and crashed the program."""
    from destination_norberg.geo.read import read_layer as read

    return pyproj_thread().submit(
        lambda: read(path, layer, crs_override=crs, progress=progress, thin=True)).result()


_PYPROJ_THREAD: list[Any] = []


def pyproj_thread() -> Any:
    """The one Python worker thread the window's geodata reads run on (see read_layer)."""
    from concurrent.futures import ThreadPoolExecutor

    if not _PYPROJ_THREAD:
        _PYPROJ_THREAD.append(ThreadPoolExecutor(1, thread_name_prefix="geodata"))
    return _PYPROJ_THREAD[0]


def other_layers(file: Path, read: str) -> tuple[str, ...]:
    """The file's layers besides the one read (a zip of zips lists each inner layer)."""
    from destination_norberg.geo.errors import GeoImportError
    from destination_norberg.geo.sources import layer_names

    try:
        return tuple(n for n in layer_names(file) if n != read)
    except GeoImportError:
        return ()


def list_layers(path: Path) -> list[Any]:
    """Every layer of a file, with feature counts, fields and the detected CRS."""
    from destination_norberg.geo.sources import list_layers as layers

    found: list[Any] = layers(path)
    return found


def suggest_mapping(fields: Iterable[str]) -> tuple[str | None, str | None]:
    """The fields that most likely hold a feature's name and its grade (geo.read)."""
    from destination_norberg.geo.read import suggest_mapping as suggest

    return suggest(fields)


def crs_label(epsg: int | None) -> str:
    """A coordinate system as the import dialog lists it ("EPSG:3006 SWEREF 99 TM")."""
    from destination_norberg.geo.crs import crs_label as label

    return label(epsg)


def skipped_text(imported: Any, extra: dict[str, int] | None = None) -> str:
    """"; N skipped (reason)" for each reason a feature was left out, or ""."""
    reasons = dict(imported.skipped)
    for k, v in (extra or {}).items():
        reasons[k] = reasons.get(k, 0) + v
    thinned = getattr(imported, "thinned", 0)
    note = (f"; {thinned} line(s) of more than 20,000 points shortened to fewer points "
            "(within 0.5 m; the length is the full track's)" if thinned else "")
    shortened = getattr(imported, "shortened", 0)
    if shortened:
        note += f"; {shortened} attribute text(s) longer than 10,000 characters shortened"
    note += "".join(f"; {text}" for text in layer_notes(imported))
    return "".join(f"; {n} skipped ({why})" for why, n in reasons.items()) + note


def layer_notes(imported: Any) -> list[str]:
    """What the reader decided for the user to know: a GPX read from its routes because its
    tracks were empty or single points; lengths measured on the ellipsoid far from Sweden."""
    notes = []
    if getattr(imported, "fallback", ""):
        notes.append(f"the file's {imported.fallback} are empty or single points, so its "
                     f"{imported.name} were read instead")
    geodesic = getattr(imported, "geodesic", 0)
    if geodesic:
        notes.append(f"{geodesic} line(s) lie far from Sweden, where SWEREF 99 TM stretches "
                     "lengths by more than 0.5 %: their length was measured on the ellipsoid")
    return notes


def import_trails_file(url: str, file: Path, layer: str | None, kind: str,
                       crs: str | None, existing: str | None = None) -> GeoImport:
    """Trails of `kind` from `file`, named and graded from the fields that look like it.
    Lines already stored stop the import unless `existing` is "replace" or "add"
    (app.geodata_match)."""
    from destination_norberg.app.geodata_match import write_trails
    from destination_norberg.core.vocab import TrailKind
    from destination_norberg.geo.read import suggest_mapping
    from destination_norberg.store.geodata_store import GeodataError, TrailImport
    from destination_norberg.store.opening import open_database

    try:
        TrailKind(kind)
    except ValueError:
        choices = ", ".join(k.value for k in TrailKind)
        raise AppError(f"unknown trail kind {kind!r}; choose one of {choices}") from None
    imported = read_file(file, layer, crs)
    name_field, grade_field = suggest_mapping(imported.fields)
    how = TrailImport(kind=kind, name_field=name_field, grade_field=grade_field,
                      default_name=Path(file).stem)
    engine = open_database(url)
    try:
        done = write_trails(engine, imported.features, how, existing, file.name)
    except GeodataError as exc:
        raise AppError(said("file.about", "{name}: {message}", name=file.name,
                            message=message_of(exc) or str(exc))) from exc
    finally:
        engine.dispose()
    extra = dict(done.skipped)
    if done.routes:
        extra["already a stråk's route"] = done.routes
    return GeoImport(imported, len(done.created), skipped_text(imported, extra),
                     done.replaced, done.unchanged, others=other_layers(file, imported.name))


def import_layer_file(url: str, file: Path, name: str, layer: str | None,
                      crs: str | None, existing: str | None = None) -> GeoImport:
    """A reference layer for the map (kommun boundary, roads, lakes …) named `name`. Where a
    layer has that name already, `existing` says what to do: "replace" its features with the
    file's, "add" a second layer "name (2)"; None stops with ExistingError."""
    from destination_norberg.app.geodata_match import EXISTING, ExistingError
    from destination_norberg.geo.read import suggest_mapping
    from destination_norberg.store.opening import open_database

    if existing not in (None, *EXISTING):
        raise AppError(f"unknown choice {existing!r} for a layer already there; choose "
                       "replace or add")
    imported = read_file(file, layer, crs)
    name_field, _grade = suggest_mapping(imported.fields)
    engine = open_database(url)
    try:
        written = write_layer(engine, imported, name, file.name, name_field, existing)
    except ExistingError as exc:
        raise ExistingError(f"{file.name}: {exc} Run again with --existing replace (its "
                            "features become the file's) or --existing add (a second layer "
                            "beside it)", layer=exc.layer) from None
    finally:
        engine.dispose()
    return GeoImport(imported, len(imported.features), skipped_text(imported),
                     replaced=int(existing == "replace" and written == name.strip()),
                     layer_name=written, others=other_layers(file, imported.name))


@logged("layer import")
def write_layer(engine: Any, imported: Any, name: str, source: str, name_field: str | None,
                existing: str | None) -> str:
    """Write the reference layer (see import_layer_file); the name it was written under."""
    from destination_norberg.app.geodata_match import (
        ExistingError,
        free_layer_name,
        layer_conflict,
    )
    from destination_norberg.store.geodata_store import (
        GeodataError,
        import_reference_layer,
        replace_layer_features,
    )

    try:
        there = layer_conflict(engine, name) if name.strip() else None
        if there is not None and existing is None:
            raise ExistingError(f"there is already a layer named “{name.strip()}”"
                                + (f" (from {there[1]})" if there[1] else "")
                                + "; nothing was imported.", layer=name.strip())
        if there is not None and existing == "replace":
            replace_layer_features(engine, there[0], imported.features, source=source,
                                   source_crs=imported.crs.label, name_field=name_field)
            return name.strip()
        written = free_layer_name(engine, name) if there is not None else name
        import_reference_layer(engine, imported.features, written, source=source,
                               source_crs=imported.crs.label, name_field=name_field)
        return written.strip()
    except GeodataError as exc:
        raise AppError(said("file.about", "{name}: {message}", name=str(source),
                            message=message_of(exc) or str(exc))) from exc


def export_features(source: Any, now: datetime, stale_days: int,
                    with_strak: bool) -> list[Any]:
    """Trails (and the stråk routes with their stops) as geo.export features."""
    from destination_norberg.geo.export import ExportFeature
    from destination_norberg.store.map_read import read_map

    data = read_map(source, now, stale_days)
    out = [ExportFeature(t.row.name, t.geometry, {
        "id": t.row.id, "uid": t.row.uid, "kind": str(t.row.kind),
        "grade": t.row.grade_colour and str(t.row.grade_colour), "imba": t.row.imba,
        "mtb_scale": t.row.mtb_scale, "length_m": t.row.length_m,
        "status": t.row.status and str(t.row.status),
        "reported_at": t.row.reported_at.isoformat() if t.row.reported_at else None},
        f"trail-{t.row.id}")
        for t in data.trails]
    if with_strak:
        from destination_norberg.core.geometry import Geometry

        for route in data.routes:
            if route.geometry is not None:
                out.append(ExportFeature(route.name, route.geometry,
                                         {"id": route.id, "kind": "stråk"}, f"strak-{route.id}"))
            out += [ExportFeature(f"{s.label}. {s.name}", Geometry.point(s.x, s.y),
                                  {"kind": "stråk stop", "strak": route.name,
                                   "number": int(s.label)}, f"strak-{route.id}-stop-{s.label}")
                    for s in route.stops]
    return out


@logged("geodata export", lambda n: f"{n} features")
def write_features(features: list[Any], out: Path, fmt: str | None) -> int:
    """GeoJSON (the default), GPX or a GeoPackage layer "trails"; GeoExportError if not.
    Returns the number of features written."""
    from destination_norberg.geo.export import write_geojson, write_gpkg, write_gpx

    if fmt in (None, "geojson"):
        write_geojson(features, out)
    elif fmt == "gpx":
        write_gpx(features, out)
    else:
        write_gpkg(features, out, "trails")
    return len(features)


def export_trails(url: str, fmt: str, out: Path, now: datetime, stale_days: int | None,
                  with_strak: bool) -> int:
    """Write the trails (and stråk) of the database at `url` to `out`; the feature count.
    `stale_days` None: the destination's setting (app.settings)."""
    from destination_norberg.app.settings import resolve_stale_days
    from destination_norberg.geo.errors import GeoExportError
    from destination_norberg.store.reading import read_with

    features = read_with(url, lambda source: export_features(
        source, now, resolve_stale_days(source, stale_days), with_strak))
    if not features:
        raise AppError("there are no trails with a geometry to export")
    try:
        write_features(features, out, fmt)
    except GeoExportError as exc:
        raise AppError(said("file.about", "{name}: {message}", name=out.name,
                            message=message_of(exc) or str(exc))) from exc
    return len(features)


# --- undo and redo of an import in the window (store.import_undo) -------------------------

Row = dict[str, Any]


@dataclass(frozen=True)
class RouteChange:
    """A stråk's route replaced by an import: the WKB before and after, and its length."""

    uid: str
    before: bytes | None
    after: bytes | None
    length_m: float


def imported_trails(engine: Any, ids: list[int]) -> list[Row]:
    """The trails an import just created, as stored (what its undo removes)."""
    from destination_norberg.store.import_undo import read_trails

    return read_trails(engine, ids)


def remove_imported_trails(engine: Any, rows: list[Row]) -> None:
    """Undo a trails import: ConflictError when a trail changed or came into use since."""
    from destination_norberg.store.import_undo import remove_trails

    remove_trails(engine, rows)


def restore_imported_trails(engine: Any, rows: list[Row]) -> list[Row]:
    """Redo a trails import: the trails again (new ids, the same uids), as saved."""
    from destination_norberg.store.import_undo import restore_trails

    return restore_trails(engine, rows)


def undo_trails_import(engine: Any, created: list[Row], before: list[Row],
                       after: list[Row]) -> None:
    """Undo a trails import in one unit: the trails it created removed, those it replaced
    ("replace" on lines already there) put back; ConflictError when any changed since."""
    from destination_norberg.store.import_undo import undo_trails_import as undo

    undo(engine, created, before, after)


def redo_trails_import(engine: Any, created: list[Row], before: list[Row],
                       after: list[Row]) -> tuple[list[Row], list[Row]]:
    """Redo it in one unit; (created, replaced) as saved."""
    from destination_norberg.store.import_undo import redo_trails_import as redo

    return redo(engine, created, before, after)


def imported_layer(engine: Any, layer_id: int) -> Row:
    """A reference layer an import just created, with its features."""
    from destination_norberg.store.import_undo import read_layer as read

    return read(engine, layer_id)


def remove_imported_layer(engine: Any, snapshot: Row) -> None:
    from destination_norberg.store.import_undo import remove_layer

    remove_layer(engine, snapshot)


def restore_imported_layer(engine: Any, snapshot: Row) -> Row:
    from destination_norberg.store.import_undo import restore_layer

    return restore_layer(engine, snapshot)


def import_strak_route(engine: Any, strak_id: int, features: list[Any]) -> RouteChange:
    """The stråk's route from the layer's first line, with the route it replaces."""
    from destination_norberg.store.geodata_store import set_strak_route
    from destination_norberg.store.import_undo import read_route

    uid, before = read_route(engine, strak_id)
    length = set_strak_route(engine, strak_id, features)
    _uid, after = read_route(engine, strak_id)
    return RouteChange(uid, before, after, length)


def put_route(engine: Any, uid: str, expected: bytes | None, new: bytes | None) -> None:
    """Undo or redo a route import: `new` where the route is still `expected`."""
    from destination_norberg.store.import_undo import replace_route

    replace_route(engine, uid, expected, new)
