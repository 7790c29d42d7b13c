"""Geodata on the command line: `import trails`, `import layer`, `export trails`.

A file is read completely (and transformed to SWEREF 99 TM) before the database is opened,
so a broken file writes nothing and creates no database; the import itself is one write
unit. Where the file does not say its coordinate system, or names one its coordinates
cannot be in, nothing is guessed silently: the command says what the coordinates look like
and asks for `--crs`.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from destination_norberg.cli.main import UserError

FORMATS = ("geojson", "gpx", "gpkg")


def _read(file: Path, layer: str | None, crs: str | None) -> Any:
    from destination_norberg.geo.errors import GeoImportError
    from destination_norberg.geo.read import read_layer

    if not file.is_file():
        raise UserError(f"there is no file {file}")
    override: int | str | None = int(crs) if crs and crs.isdigit() else crs
    try:
        imported = read_layer(file, layer, crs_override=override, thin=True)
    except GeoImportError as exc:
        raise UserError(f"{file.name}: {exc}") from exc
    if imported.needs_confirmation:
        hint = (f"; if so, run again with --crs {imported.crs.suggestion}"
                if imported.crs.suggestion else "; give it with --crs EPSG-CODE")
        raise UserError(f"{file.name}: {imported.crs.message()} Nothing was imported{hint}")
    if not imported.features:
        raise UserError(f"{file.name}: the layer {imported.name!r} has no features; nothing "
                        "was imported")
    return imported


def _skipped(imported: Any, extra: dict[str, int] | None = None) -> str:
    reasons = dict(imported.skipped)
    for k, v in (extra or {}).items():
        reasons[k] = reasons.get(k, 0) + v
    thinned = getattr(imported, "thinned", 0)
    note = (f"; {thinned} line(s) of more than 20,000 points shortened to fewer points "
            "(within 0.5 m; the length is the full track's)" if thinned else "")
    shortened = getattr(imported, "shortened", 0)
    if shortened:
        note += (f"; {shortened} attribute text(s) longer than 10,000 characters shortened")
    return "".join(f"; {n} skipped ({why})" for why, n in reasons.items()) + note


def cmd_import_trails(url: str, file: Path, layer: str | None, kind: str,
                      crs: str | None) -> int:
    from destination_norberg.core.vocab import TrailKind
    from destination_norberg.geo.read import suggest_mapping
    from destination_norberg.store.geodata_store import GeodataError, TrailImport, import_trails
    from destination_norberg.store.opening import open_database

    try:
        TrailKind(kind)
    except ValueError:
        choices = ", ".join(k.value for k in TrailKind)
        raise UserError(f"unknown trail kind {kind!r}; choose one of {choices}") from None
    imported = _read(file, layer, crs)
    name_field, grade_field = suggest_mapping(imported.fields)
    how = TrailImport(kind=kind, name_field=name_field, grade_field=grade_field,
                      default_name=Path(file).stem)
    engine = open_database(url)
    try:
        result = import_trails(engine, imported.features, how)
    except GeodataError as exc:
        raise UserError(f"{file.name}: {exc}") from exc
    finally:
        engine.dispose()
    print(f"Imported {len(result.created)} trail(s) from {file.name} (layer "
          f"{imported.name!r}, {imported.crs.label}){_skipped(imported, result.skipped)}")
    return 0


def cmd_import_layer(url: str, file: Path, name: str, layer: str | None,
                     crs: str | None) -> int:
    from destination_norberg.geo.read import suggest_mapping
    from destination_norberg.store.geodata_store import GeodataError, import_reference_layer
    from destination_norberg.store.opening import open_database

    imported = _read(file, layer, crs)
    name_field, _grade = suggest_mapping(imported.fields)
    engine = open_database(url)
    try:
        import_reference_layer(engine, imported.features, name, source=file.name,
                               source_crs=imported.crs.label, name_field=name_field)
    except GeodataError as exc:
        raise UserError(f"{file.name}: {exc}") from exc
    finally:
        engine.dispose()
    print(f"Imported the layer {name!r}: {len(imported.features)} feature(s) from {file.name} "
          f"({imported.crs.label}){_skipped(imported)}")
    return 0


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
        "reported_at": t.row.reported_at.isoformat() if t.row.reported_at else None})
        for t in data.trails]
    if with_strak:
        from destination_norberg.core.geometry import Geometry

        for route in data.routes:
            if route.geometry is not None:
                out.append(ExportFeature(route.name, route.geometry,
                                         {"id": route.id, "kind": "stråk"}))
            out += [ExportFeature(f"{s.label}. {s.name}", Geometry.point(s.x, s.y),
                                  {"kind": "stråk stop", "strak": route.name,
                                   "number": int(s.label)}) for s in route.stops]
    return out


def cmd_export_trails(url: str, fmt: str, out: Path, now: datetime, stale_days: int,
                      with_strak: bool) -> int:
    from destination_norberg.geo.errors import GeoExportError
    from destination_norberg.geo.export import write_geojson, write_gpkg, write_gpx
    from destination_norberg.store.rows import EngineRows, open_current_sqlite

    fast = open_current_sqlite(url)
    engine = None
    if fast is None:
        from destination_norberg.store.opening import open_database

        engine = open_database(url)
    try:
        features = export_features(fast or EngineRows(engine), now, stale_days, with_strak)
    finally:
        if fast is not None:
            fast.close()
        if engine is not None:
            engine.dispose()
    if not features:
        raise UserError("there are no trails with a geometry to export")
    try:
        if fmt == "geojson":
            write_geojson(features, out)
        elif fmt == "gpx":
            write_gpx(features, out)
        else:
            write_gpkg(features, out, "trails")
    except GeoExportError as exc:
        raise UserError(f"{out.name}: {exc}") from exc
    print(f"Wrote {len(features)} feature(s) to {out} ({fmt})")
    return 0
