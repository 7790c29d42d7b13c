"""`destination-norberg export ics` and `import ics`: the calendar commands of the CLI.

The work is app.calendar's; this module parses, calls and prints.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from destination_norberg.cli.common import Context, existing
from destination_norberg.cli.errors import UserError, user_errors
from destination_norberg.core.timeutil import clock_on, now_utc


def add_export_parsers(export_sub: Any) -> None:
    """`export ics`, added to the `export` sub-commands."""
    ics_out = export_sub.add_parser("ics", help="events as an iCalendar (.ics) file")
    ics_out.add_argument("--out", required=True, type=Path, metavar="FILE.ics")
    which = ics_out.add_mutually_exclusive_group()
    which.add_argument("--season", metavar="NAME", help='e.g. "Vinter 2026/27"')
    which.add_argument("--event", type=int, metavar="ID",
                       help="one event with its programme (ids: see the events list)")
    which.add_argument("--strak", metavar="NAME",
                       help='a stråk as a weekly repeating entry, e.g. "Vinterstråket 2026/27"')
    ics_out.add_argument("--per-day", action="store_true",
                         help="one entry per day for events over several days")
    ics_out.add_argument("--lang", dest="ics_lang", choices=("sv", "en"), default="sv",
                         help="language of names and descriptions")
    ics_out.set_defaults(func=run_export_ics)


def add_import_parsers(import_sub: Any) -> None:
    """`import ics`, added to the `import` sub-commands."""
    ics_in = import_sub.add_parser("ics", help="a partner's .ics file into a season")
    ics_in.add_argument("file", type=Path, metavar="FILE")
    ics_in.add_argument("--season", required=True, metavar="NAME")
    ics_in.add_argument("--dry-run", action="store_true", help="show what would happen only")
    ics_in.add_argument("--include-outside", action="store_true",
                        help="also import the events whose dates fall outside the season "
                             "(they are listed and left out otherwise)")
    ics_in.set_defaults(func=run_import_ics)


def run_export_ics(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_export_ics(existing(ctx.url), args.out, args.season, args.event, args.per_day,
                          args.ics_lang, ctx.today, strak_name=args.strak)


def run_import_ics(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_import_ics(ctx.url, args.file, args.season, args.dry_run, args.include_outside)


def cmd_export_ics(url: str, out: Path, season_name: str | None, event_id: int | None,
                   per_day: bool, language: str, today: date | None,
                   strak_name: str | None = None) -> int:
    from destination_norberg.app.calendar import export_ics, export_strak_ics, select_for_ics

    if out.suffix.lower() not in (".ics", ".ical"):
        raise UserError(f"the calendar is written as iCalendar: give a file ending in .ics, "
                        f"not {out}")
    with user_errors():
        chosen = select_for_ics(url, season_name, event_id, strak_name)
    now = (clock_on(today) if today else now_utc)()
    if chosen.strak is not None:
        export_strak_ics(chosen.strak, out, now=now, language=language)
        print(f"Wrote {chosen.strak.name} to {out}")
        return 0
    season, events = chosen.season, chosen.events
    name = season.name if season else (events[0].name_sv if event_id and events else
                                       "Destination Norberg")
    count = export_ics(events, out, calendar_name=name, now=now, per_day=per_day,
                       language=language)
    print(f"Wrote {count} event(s) to {out}")
    return 0


def cmd_import_ics(url: str, file: Path, season_name: str, dry_run: bool,
                   include_outside: bool = False) -> int:
    from destination_norberg.app.calendar import ImportPreview, import_ics_into
    from destination_norberg.core.timeutil import to_local

    def tell(preview: ImportPreview) -> None:
        for warning in preview.warnings:
            print(f"note: {warning}")
        for reason in preview.refused:
            print(f"left out: {reason}")
        for ev in preview.outside:
            print(f"outside the season: {to_local(ev.starts_at):%Y-%m-%d %H:%M} {ev.summary}")
        for moved in preview.moved():
            print(f"moves into {season_name}: {moved.record.name_sv}")

    with user_errors():
        preview = import_ics_into(url, file, season_name, dry_run=dry_run, before_writing=tell,
                                  include_outside=include_outside)
    summary = (f"{preview.count('new')} new, {preview.count('update')} changed, "
               f"{preview.count('same')} unchanged")
    if preview.outside:
        summary += (f"; {len(preview.outside)} outside the season's dates left out "
                    "(--include-outside imports them)")
    if preview.refused:
        summary += f"; {len(preview.refused)} event(s) refused"
    if dry_run:
        print(f"{file.name}: would import {summary} (nothing written)")
        return 0
    print(f"Imported {file.name} into {season_name}: {summary}")
    return 0
