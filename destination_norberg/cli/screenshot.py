"""`screenshot VIEW --out FILE.png [--size WxH]`: a view rendered offscreen, for the docs."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from destination_norberg.cli.common import Context, existing, size, window_url
from destination_norberg.cli.errors import UserError

VIEWS = ("overview", "events", "calendar", "timeline", "strak", "seasons", "capacity",
         "volunteers", "trails", "counters", "groomer-preview", "counters-import",
         "snow", "gonogo", "snowlog", "map", "snowmap",
         "zoneclose",
         "trailedit", "network", "mail-composer", "mail-history", "packages", "status",
         "report", "guide", "shortcuts", "about")


def add_parsers(sub: Any) -> None:
    """`screenshot`, added to the top-level sub-commands."""
    shot = sub.add_parser("screenshot", help="render a view to a PNG file, offscreen")
    shot.add_argument("view", choices=VIEWS)
    shot.add_argument("--out", required=True, type=Path, metavar="FILE.png")
    shot.add_argument("--size", type=size, default=(1400, 900), metavar="WxH")
    shot.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_screenshot(existing(window_url(ctx.url)), args.view, args.out, args.size,
                          ctx.lang or "sv", ctx.today)


def cmd_screenshot(url: str, view: str, out: Path, size: tuple[int, int], lang: str,
                   today: date | None) -> int:
    from destination_norberg.gui.entry import take_screenshot

    if out.suffix.lower() != ".png":
        raise UserError(f"the screenshot is written as PNG: give a file ending in .png, not {out}")
    take_screenshot(view, out, size, url, lang, today=today)
    print(f"Wrote {out}")
    return 0
