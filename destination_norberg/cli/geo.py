"""Geodata on the command line: `import trails`, `import layer`, `export trails`.

The work is app.geodata's (a broken file writes nothing and creates no database; no
coordinate system is guessed silently); this module parses, calls and prints.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any

from destination_norberg.app.geodata import FORMATS
from destination_norberg.app.geodata_match import EXISTING
from destination_norberg.cli.common import Context, existing
from destination_norberg.cli.errors import user_errors


def add_export_parsers(export_sub: Any) -> None:
    """`export trails`, added to the `export` sub-commands."""
    trails_out = export_sub.add_parser(
        "trails", help="trails (and stråk routes) as GeoJSON, GPX or GeoPackage")
    trails_out.add_argument("--format", dest="fmt", required=True, choices=FORMATS)
    trails_out.add_argument("--out", required=True, type=Path, metavar="FILE")
    trails_out.add_argument("--strak", dest="with_strak", action="store_true",
                            help="also the stråk routes and their numbered stops")
    trails_out.set_defaults(func=run_export_trails)


def add_import_parsers(import_sub: Any) -> None:
    """`import trails` and `import layer`, added to the `import` sub-commands."""
    trails_in = import_sub.add_parser(
        "trails", help="trails from GPX, GeoJSON, GeoPackage, Shapefile, KML or FlatGeobuf")
    trails_in.add_argument("file", type=Path, metavar="FILE")
    trails_in.add_argument("--layer", metavar="NAME", help="which layer (default: the first "
                           "with features; GPX: tracks, routes, waypoints)")
    trails_in.add_argument("--kind", default="mtb",
                           help="mtb, classic_ski, skate_ski, hiking or snowshoe (default mtb)")
    trails_in.add_argument("--crs", metavar="EPSG", help="the file's coordinate system where it "
                           "does not say (e.g. 3006 for SWEREF 99 TM; checked against where "
                           "the coordinates lie)")
    trails_in.add_argument("--existing", choices=EXISTING, help="lines already in the database "
                           "(the same file imported again): replace updates those trails from "
                           "the file, add adds every line as a new trail; without it the "
                           "import stops and says how many are there")
    trails_in.set_defaults(func=run_import_trails)
    layer_in = import_sub.add_parser("layer", help="a reference layer for the map (kommun "
                                     "boundary, roads, lakes …)")
    layer_in.add_argument("file", type=Path, metavar="FILE")
    layer_in.add_argument("--name", required=True, metavar="NAME")
    layer_in.add_argument("--layer", metavar="NAME", help="which layer of the file")
    layer_in.add_argument("--crs", metavar="EPSG", help="the file's coordinate system where "
                          "it does not say (checked against where the coordinates lie)")
    layer_in.add_argument("--existing", choices=EXISTING, help="a layer of that name already "
                          "there: replace its features with the file's, or add a second layer "
                          "beside it")
    layer_in.set_defaults(func=run_import_layer)


def run_export_trails(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_export_trails(existing(ctx.url), args.fmt, args.out, ctx.now(), None,
                             args.with_strak)


def run_import_trails(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_import_trails(ctx.url, args.file, args.layer, args.kind, args.crs,
                             args.existing)


def run_import_layer(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_import_layer(ctx.url, args.file, args.name, args.layer, args.crs, args.existing)


def _others(done: Any) -> str:
    if not done.others:
        return ""
    return f"; the file's other layers: {', '.join(done.others)} (choose one with --layer)"


def cmd_import_trails(url: str, file: Path, layer: str | None, kind: str,
                      crs: str | None, existing: str | None = None) -> int:
    from destination_norberg.app.geodata import import_trails_file

    with user_errors():
        done = import_trails_file(url, file, layer, kind, crs, existing)
    again = ""
    if done.replaced or done.unchanged:
        again = (f"; {done.replaced} trail(s) already there replaced from the file, "
                 f"{done.unchanged} unchanged")
    print(f"Imported {done.created} trail(s) from {file.name} (layer "
          f"{done.imported.name!r}, {done.imported.crs.label}){again}{done.skipped}"
          f"{_others(done)}")
    return 0


def cmd_import_layer(url: str, file: Path, name: str, layer: str | None,
                     crs: str | None, existing: str | None = None) -> int:
    from destination_norberg.app.geodata import import_layer_file

    with user_errors():
        done = import_layer_file(url, file, name, layer, crs, existing)
    how = "Replaced the features of" if done.replaced else "Imported"
    print(f"{how} the layer {done.layer_name!r}: {done.created} feature(s) from {file.name} "
          f"({done.imported.crs.label}){done.skipped}{_others(done)}")
    return 0


def cmd_export_trails(url: str, fmt: str, out: Path, now: datetime, stale_days: int | None,
                      with_strak: bool) -> int:
    from destination_norberg.app.geodata import export_trails

    with user_errors():
        count = export_trails(url, fmt, out, now, stale_days, with_strak)
    print(f"Wrote {count} feature(s) to {out} ({fmt})")
    return 0
