"""`destination-norberg zone close`: one report for every trail inside a zone.

The zone is the polygons of a geodata file's layer; the trails inside or crossing it
(retired ones left out) each get one report with the same status and note, in one write
unit (app.zones). `--dry-run` lists them and writes nothing.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from destination_norberg.cli.common import Context, Parser, existing
from destination_norberg.cli.errors import user_errors


def add_parsers(sub: Any) -> None:
    """`zone close`, added to the top-level sub-commands."""
    zone = sub.add_parser("zone", help="close (or report on) every trail inside an area")
    zone_sub = zone.add_subparsers(dest="what", metavar="WHAT", required=True,
                                   parser_class=Parser)
    close = zone_sub.add_parser(
        "close", help="one report for every trail inside or crossing the zone of FILE")
    close.add_argument("--zone", required=True, type=Path, metavar="FILE",
                       help="the zone: polygons in GeoJSON, GeoPackage, Shapefile (.zip), "
                            "KML or another geodata file")
    close.add_argument("--layer", metavar="NAME", help="which layer of the file (default: "
                       "the first with features)")
    close.add_argument("--crs", metavar="EPSG", help="the file's coordinate system where it "
                       "does not say (e.g. 3006 for SWEREF 99 TM)")
    close.add_argument("--status", default="closed",
                       help="closed/stängd (default), significant, minor or clear/öppen")
    close.add_argument("--note", required=True, help="what the visitor should know")
    close.add_argument("--author", help="who reports")
    close.add_argument("--dry-run", action="store_true",
                       help="list the trails in the zone and write nothing")
    close.add_argument("--json", action="store_true", help="print JSON")
    close.set_defaults(func=run_zone_close)


def run_zone_close(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_zone_close(existing(ctx.url), args.zone, args.layer, args.crs, args.status,
                          args.note, args.author, args.dry_run, args.json, ctx.now())


def cmd_zone_close(url: str, zone: Path, layer: str | None, crs: str | None, status: str,
                   note: str, author: str | None, dry_run: bool, as_json: bool,
                   now: datetime) -> int:
    from destination_norberg.app.zones import close_zone_file
    from destination_norberg.core.trail_register import parse_status

    with user_errors():
        finding = close_zone_file(url, zone, layer, crs, status, note, author, now, dry_run)
    status = str(parse_status(status))  # checked above: "stängd" is reported as "closed"
    written = bool(finding.trails) and not dry_run
    if as_json:
        print(json.dumps({
            "zone": finding.zone.name, "status": status, "note": note, "dry_run": dry_run,
            "reported": len(finding.trails) if written else 0,
            "retired_skipped": finding.retired,
            "trails": [{"id": t.id, "name": t.name, "kind": t.kind,
                        "status_before": t.status, "crossing": t.crossing}
                       for t in finding.trails]}, indent=2, ensure_ascii=False))
        return 0
    for t in finding.trails:
        edge = " (crosses the edge)" if t.crossing else ""
        print(f"{t.id:>5}  {t.name}{edge}")
    retired = (f"; {finding.retired} retired trail(s) left alone" if finding.retired else "")
    if not finding.trails:
        print(f"No trail lies in {finding.zone.name}{retired}; nothing was reported.")
    elif dry_run:
        print(f"{len(finding.trails)} trail(s) in {finding.zone.name} would be reported "
              f"{status}{retired}; nothing was written (--dry-run).")
    else:
        print(f"{len(finding.trails)} trail(s) in {finding.zone.name} reported {status}"
              f"{retired}.")
    return 0
