"""`destination-norberg import groomer-track FILE`: grooming reports from a GPS track.

The track (GPX, also the FIT-derived GPX of watches and bike computers) is matched to the ski
loops and MTB trails it covered (app.groomer_track; the rule is core.groomer_track's: 25 m
buffer, 60 % of the line); each covered trail gets one grooming report at the time the track
left it, style unknown, all in one write unit. `--dry-run` lists them and writes nothing; a
grooming already reported at that time is not reported again.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from destination_norberg.cli.common import Context, existing
from destination_norberg.cli.errors import user_errors


def add_import_parsers(import_sub: Any) -> None:
    """`import groomer-track`, added to the shared `import` group."""
    track = import_sub.add_parser(
        "groomer-track", help="grooming reports for the loops a groomer's GPS track covered")
    track.add_argument("file", type=Path, metavar="FILE", help="the track (GPX)")
    track.add_argument("--author", default="", help="who groomed (default: none)")
    track.add_argument("--dry-run", action="store_true",
                       help="list the covered trails and write nothing")
    track.add_argument("--json", action="store_true", help="print JSON")
    track.set_defaults(func=run_groomer_track)


def run_groomer_track(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_groomer_track(existing(ctx.url), args.file, args.author, args.dry_run,
                             args.json, ctx.now())


def _local(value: datetime | None) -> str:
    from destination_norberg.core.timeutil import to_local

    return "no time in the track" if value is None else to_local(value).strftime(
        "%Y-%m-%d %H:%M")


def cmd_groomer_track(url: str, file: Path, author: str, dry_run: bool, as_json: bool,
                      now: datetime) -> int:
    from destination_norberg.app.groomer_track import import_track

    with user_errors():
        preview, ids = import_track(url, file, author, now, dry_run)
    if as_json:
        print(json.dumps({
            "file": preview.file, "points": preview.points, "timed_points": preview.timed,
            "dry_run": dry_run, "reported": len(ids), "style": None,
            "trails": [{"id": m.trail_id, "name": m.name, "kind": m.kind,
                        "share": round(m.share, 3),
                        "groomed_at": None if m.groomed_at is None
                        else m.groomed_at.isoformat().replace("+00:00", "Z"),
                        "already_reported": m.already} for m in preview.trails]},
            indent=2, ensure_ascii=False))
        return 0
    for m in preview.trails:
        mark = "  (already reported)" if m.already else ""
        print(f"{m.trail_id:>5}  {m.name}  {m.share:.0%}  {_local(m.groomed_at)}{mark}")
    n = len(preview.reportable)
    if not preview.trails:
        print(f"The track in {preview.file} covers no ski loop or MTB trail; nothing was "
              "reported.")
    elif preview.timed == 0:
        print(f"The track in {preview.file} has no times, so when the trails were groomed is "
              "unknown; nothing was reported.")
    elif dry_run:
        print(f"{n} grooming report(s) would be written (style unknown); nothing was written "
              "(--dry-run).")
    elif not ids:
        print("Every grooming in the track is already reported; nothing was written.")
    else:
        print(f"{len(ids)} grooming report(s) written (style unknown: a GPS track does not "
              "say classic or skate).")
    return 0
