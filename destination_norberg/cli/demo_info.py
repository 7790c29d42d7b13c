"""`demo [--reset]` and `info [--json]`: load the demo season; where the database is and what
it holds. `info` looks without creating or migrating anything."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from destination_norberg.cli.common import Context
from destination_norberg.cli.errors import fail


def add_parsers(sub: Any) -> None:
    """`demo` and `info`, added to the top-level sub-commands."""
    demo = sub.add_parser("demo", help="load the Norberg demo season, its dates anchored to "
                          "the season coming on --today (default: today)")
    demo.add_argument("--reset", action="store_true",
                      help="replace everything in the database with the demo season")
    demo.set_defaults(func=run_demo)
    info = sub.add_parser("info", help="database location, schema version and row counts")
    info.add_argument("--json", action="store_true", help="print JSON")
    info.set_defaults(func=run_info)


def run_demo(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_demo(ctx.url, args.reset, ctx.day())


def run_info(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_info(ctx.url, args.json)


def cmd_demo(url: str, reset: bool, today: date | None = None) -> int:
    from destination_norberg.app.database import load_demo_season

    shown, counts = load_demo_season(url, reset, today)
    print(f"Loaded the demo season into {shown}: "
          f"{counts['event']} events, {counts['trail']} trails, "
          f"{counts['organisation']} organisations, {counts['package']} packages.")
    return 0


def _program(url: str) -> dict[str, Any]:
    """app.diagnostics' facts (the About dialog shows the same), Qt's versions included."""
    from destination_norberg.app.diagnostics import support_facts
    from destination_norberg.gui.entry import qt_versions

    return support_facts(url, qt_versions()).as_dict()


def cmd_info(url: str, as_json: bool) -> int:
    from destination_norberg.app.database import HEAD_REVISION, info_at

    program = _program(url)
    info = info_at(url)
    if info is None:
        if as_json:
            print(json.dumps({"database": url, "exists": False, "schema_revision": None,
                              "program_schema": HEAD_REVISION, "row_counts": {},
                              "log_path": program["log_path"], "program": program},
                             indent=2, ensure_ascii=False))
        else:
            print(f"Database:       {url}\nNo database there yet: it is created on first start "
                  "(or by `destination-norberg demo`).")
            print(f"Log file:       {program['log_path']}")
        return 0
    if as_json:
        data = info.as_dict() | {"exists": True, "program_schema": HEAD_REVISION,
                                 "newer": info.newer, "log_path": program["log_path"],
                                 "program": program}
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(f"Database:       {info.url}")
        print(f"Log file:       {program['log_path']}")
        print(f"Schema:         {info.schema_revision or '(empty database)'}"
              f" (this program: {HEAD_REVISION})")
        if info.row_counts:
            print("Rows:")
            width = max(len(name) for name in info.row_counts)
            for name, count in info.row_counts.items():
                print(f"  {name:<{width}}  {count:>7}")
    if info.newer:  # told in full above; the exit code says this program will not open it
        return fail(f"the database uses schema {info.schema_revision}, made by a newer "
                    "version of Destination Norberg; this one will not open it")
    return 0
