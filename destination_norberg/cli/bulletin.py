"""`destination-norberg bulletin --out FILE.pdf [--date DATE] [--lang sv|en]`.

The daily bulletin for hotels and shops, made without the window: a QApplication is made
offscreen when there is no screen (through gui.entry). It only reads: on a current SQLite file
through the standard library's sqlite3, read-only. Mistakes a user can make (a file name that
is not a PDF, no database, a folder that does not exist) end in UserError: one line, exit
code 2.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import Any

from destination_norberg.cli.common import Context, day, existing
from destination_norberg.cli.errors import UserError


def add_parsers(sub: Any) -> None:
    """`bulletin`, added to the top-level sub-commands."""
    bulletin = sub.add_parser("bulletin", help="the daily bulletin for hotels and shops (PDF)")
    bulletin.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    bulletin.add_argument("--date", type=day, metavar="YYYY-MM-DD",
                          help="the day (default: --today, else today)")
    bulletin.add_argument("--lang", dest="bulletin_lang", choices=("sv", "en"),
                          help="language of the bulletin (default: --lang, else Swedish)")
    bulletin.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    now = ctx.now()
    return cmd_bulletin(existing(ctx.url), args.out, args.date or ctx.day(),
                        args.bulletin_lang or ctx.lang or "sv", now)


def cmd_bulletin(url: str, out: Path, day: date, lang: str, now: datetime) -> int:
    """Write the bulletin of `day` in `lang`, trail status and snow as of `now`."""
    if out.suffix.casefold() != ".pdf":
        raise UserError(f"the bulletin is written as PDF: give a file ending in .pdf, not {out}")
    if not out.parent.is_dir():
        raise UserError(f"cannot write {out}: the folder {out.parent} does not exist")
    from destination_norberg.app.database import read_with
    from destination_norberg.gui.entry import DocumentError, write_bulletin

    try:
        read_with(url, lambda source: write_bulletin(source, out, day, lang, now))
    except DocumentError as exc:
        raise UserError(f"cannot write {out}: {exc}") from None
    print(f"Wrote {out}")
    return 0
