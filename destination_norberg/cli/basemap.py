"""`import basemap FILE [--layer NAME]`: the background map from Lantmäteriet's open
topographic data (Topografi 10/50/100 GeoPackage), every layer of the file unless one is
named. The work is app.basemap's; this module parses, calls and prints.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from destination_norberg.cli.common import Context
from destination_norberg.cli.errors import user_errors


def add_import_parsers(import_sub: Any) -> None:
    basemap = import_sub.add_parser(
        "basemap", help="a background map from Lantmäteriet's topographic data "
        "(Topografi 10/50/100 GeoPackage: vaglinje, mark, hydrolinje, byggnad, text …)")
    basemap.add_argument("file", type=Path, metavar="FILE")
    basemap.add_argument("--layer", metavar="NAME", help="only this layer of the file "
                         "(default: every layer); a layer already in the background map "
                         "is replaced")
    basemap.add_argument("--json", action="store_true", help="print the result as JSON")
    basemap.set_defaults(func=run_import_basemap)


def run_import_basemap(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_import_basemap(ctx.url, args.file, args.layer, args.json)


def cmd_import_basemap(url: str, file: Path, layer: str | None, as_json: bool = False) -> int:
    from destination_norberg.app.basemap import import_basemap_file

    with user_errors():
        done = import_basemap_file(url, file, layer)
    if as_json:
        print(json.dumps({"file": file.name, "layers": dict(done.layers),
                          "replaced": done.replaced, "skipped": list(done.skipped)},
                         ensure_ascii=False))
        return 0
    parts = ", ".join(f"{name} {count}" for name, count in done.layers)
    again = f"; {done.replaced} layer(s) of an earlier import replaced" if done.replaced else ""
    empty = f"; left out (no features): {', '.join(done.skipped)}" if done.skipped else ""
    print(f"Imported the background map from {file.name}: {done.features} feature(s) in "
          f"{len(done.layers)} layer(s) ({parts}){again}{empty}")
    return 0
