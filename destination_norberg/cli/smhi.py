"""`destination-norberg import smhi FILE`: an SMHI snow-depth or temperature download in.

The work is app.smhi's (a bad file writes nothing and creates no database); this module
parses, calls and prints.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from destination_norberg.cli.common import Context
from destination_norberg.cli.errors import user_errors


def add_import_parsers(import_sub: Any) -> None:
    """`import smhi`, added to the `import` sub-commands."""
    smhi_in = import_sub.add_parser("smhi", help="an SMHI observation download (CSV or JSON)")
    smhi_in.add_argument("file", type=Path, metavar="FILE")
    smhi_in.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_import_smhi(ctx.url, args.file)


def cmd_import_smhi(url: str, file: Path) -> int:
    from destination_norberg.app.smhi import import_smhi_file

    with user_errors():
        download, counts = import_smhi_file(url, file)
    for warning in download.warnings:
        print(f"note: {warning}")
    updated = f", {counts.updated} updated" if counts.updated else ""
    print(f"Imported {download.station.name} ({download.parameter_label}): "
          f"{counts.added} new readings, {counts.unchanged} already there{updated}")
    return 0
