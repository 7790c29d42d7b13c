"""`import counters FILE [--trail ID | --map COUNTER=TRAIL …] [--dry-run] [--json]`.

A trail-counter export (Eco-Counter and similar CSV) in one write unit: the counts replace
what the same counters held in the span the file covers, so importing a file again adds
nothing twice; a file with a bad row is refused with the rows named and writes nothing.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from destination_norberg.cli.common import Context
from destination_norberg.cli.errors import UserError, user_errors


def _mapping(text: str) -> tuple[str, int]:
    code, sep, trail = text.rpartition("=")
    if not sep or not code.strip() or not trail.strip().isdigit():
        raise argparse.ArgumentTypeError(f"“{text}” is not COUNTER=TRAIL (a trail's id)")
    return code.strip(), int(trail)


def add_import_parsers(import_sub: Any) -> None:
    """`import counters`, added to the `import` sub-commands."""
    counters = import_sub.add_parser(
        "counters", help="trail-counter counts (Eco-Counter and similar CSV: counter id, "
                         "timestamp, count, direction); the same hours imported again are "
                         "replaced")
    counters.add_argument("file", type=Path, metavar="FILE")
    tie = counters.add_mutually_exclusive_group()
    tie.add_argument("--trail", type=int, metavar="ID",
                     help="tie every counter in the file to this trail")
    tie.add_argument("--map", type=_mapping, action="append", default=[],
                     metavar="COUNTER=TRAIL", help="tie one counter to a trail (repeatable)")
    counters.add_argument("--dry-run", action="store_true",
                          help="read and check the file, write nothing")
    counters.add_argument("--json", action="store_true", help="print JSON")
    counters.set_defaults(func=run_import)


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    from destination_norberg.app.counters import import_counters_at
    from destination_norberg.cli.common import existing

    mapping = dict(args.map)
    if len(mapping) != len(args.map):
        raise UserError("a counter is given twice with --map")
    needs_db = not args.dry_run or args.trail is not None or bool(mapping)
    url = existing(ctx.url) if needs_db else ctx.url
    with user_errors():
        done = import_counters_at(url, args.file, args.trail, mapping, dry_run=args.dry_run)
    if args.json:
        print(json.dumps({
            "file": str(done.file), "counts": done.counts, "counters": done.counters,
            "first": done.first.isoformat() if done.first else None,
            "last": done.last.isoformat() if done.last else None,
            "replaced": done.replaced, "new_counters": done.new_counters,
            "trails": done.ties, "dry_run": done.dry_run}, ensure_ascii=False, indent=2))
        return 0
    verb = "Would import" if done.dry_run else "Imported"
    span = (f" from {done.first:%Y-%m-%d %H:%M} to {done.last:%Y-%m-%d %H:%M} UTC"
            if done.first and done.last else "")
    print(f"{verb} {done.counts} counts of {len(done.counters)} counter(s) "
          f"({', '.join(done.counters)}){span}"
          + (f"; replaced {done.replaced} counts of an earlier import" if done.replaced
             else ""))
    for code, trail in sorted(done.ties.items()):
        print(f"  {code} → trail {trail}")
    return 0
