"""`capacity --event ID [--radius-km N] [--json]` and `import participants FILE --event ID
[--dry-run]`: beds against visitors, from the same plan the window shows (app.capacity)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from destination_norberg.cli.common import Context, existing
from destination_norberg.cli.errors import UserError, user_errors
from destination_norberg.core.capacity import (
    DEFAULT_COMPANIONS,
    DEFAULT_OVERNIGHT_SHARE,
    DEFAULT_RADIUS_KM,
)

SHOW_BAD_ROWS = 20


def add_parsers(sub: Any) -> None:
    """`capacity`, added to the top-level sub-commands."""
    cap = sub.add_parser("capacity", help="beds against expected overnight visitors for an "
                                          "event")
    cap.add_argument("--event", type=int, required=True, metavar="ID")
    cap.add_argument("--radius-km", type=float, default=DEFAULT_RADIUS_KM, metavar="N",
                     help=f"count beds within N km (default {DEFAULT_RADIUS_KM:g})")
    cap.add_argument("--share", type=float, default=DEFAULT_OVERNIGHT_SHARE, metavar="X",
                     help="share of participants staying overnight, 0–1 (default "
                          f"{DEFAULT_OVERNIGHT_SHARE:g})")
    cap.add_argument("--companions", type=float, default=DEFAULT_COMPANIONS, metavar="X",
                     help="companions per overnight participant (default "
                          f"{DEFAULT_COMPANIONS:g})")
    cap.add_argument("--json", action="store_true", help="print JSON")
    cap.set_defaults(func=run_capacity)


def add_import_parsers(import_sub: Any) -> None:
    """`import participants`, added to the `import` sub-commands."""
    part = import_sub.add_parser("participants", help="a registration system's participant "
                                 "export (CSV or XLSX), kept as counts only")
    part.add_argument("file", type=Path, metavar="FILE")
    part.add_argument("--event", type=int, required=True, metavar="ID")
    part.add_argument("--mapping", type=Path, metavar="FILE",
                      help='which column is which field, as JSON {"column": "field"}')
    part.add_argument("--dry-run", action="store_true", help="read and count, write nothing")
    part.set_defaults(func=run_import_participants)


def run_capacity(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_capacity(existing(ctx.url), args.event, args.radius_km, args.share,
                        args.companions, args.json)


def run_import_participants(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_import_participants(existing(ctx.url), args.file, args.event, args.mapping,
                                   args.dry_run)


def cmd_capacity(url: str, event_id: int, radius_km: float, share: float, companions: float,
                 as_json: bool) -> int:
    from destination_norberg.app.capacity import event_plan, plan_dict
    from destination_norberg.app.database import read_with
    from destination_norberg.core.capacity import Assumptions, CapacityInputError

    try:
        chosen = Assumptions(share, companions, radius_km).check()
    except CapacityInputError as exc:
        raise UserError(str(exc)) from None
    with user_errors():
        data = plan_dict(read_with(url, lambda source: event_plan(source, event_id, chosen)))
    if as_json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    print(f"{data['event']} ({data['starts_at'][:10]})")
    print(f"Participants: {data['participants_total']}")
    for race, n in data["participants"].items():
        print(f"  {race}: {n}")
    print(f"Expected overnight visitors: {data['expected_overnight']} (share {share:g}, "
          f"companions {companions:g})")
    print(f"Places in Norberg: {data['places_norberg']}")
    print(f"Places within {radius_km:g} km: {data['places_within_radius']} "
          f"(held for packages: {data['allotments']})")
    short = data["shortfall"]
    print(f"Shortfall: {short}" if short > 0 else f"No shortfall (margin {-short})")
    if data["call_first"]:
        print("Call first:")
        for lg in data["call_first"]:
            print(f"  {lg['name']}: {lg['free']} free places, {lg['distance_km']} km")
    return 0


def cmd_import_participants(url: str, file: Path, event_id: int, mapping_file: Path | None,
                            dry_run: bool) -> int:
    from destination_norberg.app.capacity import import_participants
    from destination_norberg.app.database import open_database

    mapping = None
    if mapping_file is not None:
        try:
            mapping = json.loads(mapping_file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise UserError(f"The mapping file {mapping_file.name} cannot be read: {exc}") \
                from None
        if not isinstance(mapping, dict):
            raise UserError(f"The mapping file {mapping_file.name} is not a JSON object.")
    engine = open_database(url)
    try:
        with user_errors():
            result = import_participants(engine, file, event_id, mapping, dry_run)
    finally:
        engine.dispose()
    verb = "Would import" if dry_run else "Imported"
    print(f"{verb} {file.name}: {result.counted} participant(s) counted in "
          f"{len(result.by_race)} race(s); no names stored")
    for race, n in result.by_race.items():
        print(f"  {race}: {n}")
    if not result.first_time_known:
        print("First-timers: not known (the file has no first-time column)")
    if result.errors:
        print(f"{len(result.errors)} bad row(s) were left out:")
        for number, reason in result.errors[:SHOW_BAD_ROWS]:
            print(f"  row {number}: {reason}")
        if len(result.errors) > SHOW_BAD_ROWS:
            print(f"  … and {len(result.errors) - SHOW_BAD_ROWS} more")
    return 0
