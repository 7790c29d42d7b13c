"""`import smhi FILE` and `fetch smhi …`: SMHI observations and forecasts in.

The work is app.smhi's and app.smhi_fetch's (a bad file or a failed download writes nothing);
this module parses, calls and prints.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from destination_norberg.cli.common import Context
from destination_norberg.cli.errors import user_errors


def add_import_parsers(import_sub: Any) -> None:
    """`import smhi`, added to the `import` sub-commands."""
    smhi_in = import_sub.add_parser(
        "smhi", help="an SMHI observation download (parameters 1, 2, 6, 8, 19, 20; CSV or "
                     "JSON) or SMHI's point forecast (snow1g JSON)")
    smhi_in.add_argument("file", type=Path, metavar="FILE")
    smhi_in.set_defaults(func=run)


def add_fetch_parsers(fetch_sub: Any) -> None:
    """`fetch smhi`: download from SMHI's open-data service (online)."""
    fetch = fetch_sub.add_parser("smhi", help="download observations or Norberg's forecast "
                                              "from SMHI")
    what = fetch.add_mutually_exclusive_group(required=True)
    what.add_argument("--forecast", action="store_true", help="SMHI's point forecast for "
                                                              "Norberg")
    what.add_argument("--station", type=int, metavar="ID", help="an SMHI station number")
    fetch.add_argument("--parameter", type=int, default=1, metavar="N",
                       help="SMHI parameter: 1, 2, 6, 8, 19 or 20 (default 1)")
    fetch.add_argument("--period", default="latest-months",
                       choices=("corrected-archive", "latest-months", "latest-day"))
    fetch.set_defaults(func=run_fetch)


def run(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_import_smhi(ctx.url, args.file)


def cmd_import_smhi(url: str, file: Path) -> int:
    from destination_norberg.app.smhi import import_smhi_file

    with user_errors():
        data, counts = import_smhi_file(url, file)
    for warning in data.warnings:
        print(f"note: {warning}")
    if isinstance(counts, int):
        print(f"Imported SMHI's forecast of {data.reference_time:%Y-%m-%d %H:%M} UTC: "
              f"{counts} forecast hours")
        return 0
    updated = f", {counts.updated} updated" if counts.updated else ""
    print(f"Imported {data.station.name} ({data.parameter_label}): "
          f"{counts.added} new readings, {counts.unchanged} already there{updated}")
    return 0


def run_fetch(args: argparse.Namespace, ctx: Context) -> int:
    from destination_norberg.app.smhi_fetch import fetch_forecast, fetch_observations

    with user_errors():
        if args.forecast:
            result = fetch_forecast(ctx.url)
            source = "the cache" if result.from_cache else "SMHI"
            print(f"Fetched SMHI's forecast for Norberg from {source}: {result.hours} forecast "
                  f"hours (model run {result.reference_time:%Y-%m-%d %H:%M} UTC)")
            return 0
        data, counts = fetch_observations(ctx.url, args.station, args.parameter, args.period)
    for warning in data.warnings:
        print(f"note: {warning}")
    print(f"Fetched {data.station.name} ({data.parameter_label}): {counts.added} new readings, "
          f"{counts.unchanged} already there")
    return 0
