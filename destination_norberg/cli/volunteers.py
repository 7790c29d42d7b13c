"""`volunteers --event ID [--json]`, `roster --event ID --out FILE.pdf [--person ID |
--place NAME] [--ics]` and `import volunteers FILE`: the volunteers (funktionärer) of an event.

The same plan, gaps and clashes as the window's Volunteers tab (app.volunteers, from
core.volunteers' rules); this module parses, calls and prints.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from destination_norberg.cli.common import Context, existing
from destination_norberg.cli.errors import UserError, user_errors
from destination_norberg.core.timeutil import to_local


def add_parsers(sub: Any) -> None:
    volunteers = sub.add_parser("volunteers", help="an event's volunteers: roles, shifts, "
                                                   "people, gaps and clashes")
    volunteers.add_argument("--event", required=True, type=int, metavar="ID")
    volunteers.add_argument("--json", action="store_true", help="print JSON")
    volunteers.set_defaults(func=run_volunteers)
    roster = sub.add_parser("roster", help="the volunteer roster as PDF (per place, or one "
                                           "person's, also as a calendar)")
    roster.add_argument("--event", required=True, type=int, metavar="ID")
    roster.add_argument("--out", required=True, type=Path, metavar="FILE.pdf",
                        help="FILE.pdf, or FILE.ics with --ics")
    who = roster.add_mutually_exclusive_group()
    who.add_argument("--person", type=int, metavar="ID", help="only this person's shifts")
    who.add_argument("--place", metavar="NAME", help="only this place's shifts")
    roster.add_argument("--ics", action="store_true",
                        help="with --person: the person's shifts as an iCalendar file")
    roster.add_argument("--lang", dest="roster_lang", choices=("sv", "en"),
                        help="language of the PDF (default: --lang, else Swedish)")
    roster.set_defaults(func=run_roster)


def add_import_parsers(sub: Any) -> None:
    imp = sub.add_parser("volunteers", help="a volunteer list (CSV/XLSX: name, phone, e-mail, "
                                            "role wish, consent)")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="read and count, write nothing")
    imp.set_defaults(func=run_import)


def run_volunteers(args: argparse.Namespace, ctx: Context) -> int:
    from destination_norberg.app.volunteers import plan_as_json, read_plan_at

    with user_errors():
        plan = read_plan_at(existing(ctx.url), args.event)
    if args.json:
        print(json.dumps(plan_as_json(plan), indent=2, ensure_ascii=False))
        return 0
    print(f"{plan.event_name}: {len(plan.shifts)} shifts, {len(plan.people())} people, "
          f"{len(plan.gaps)} gaps, {len(plan.clashes)} clashes")
    for s in plan.shifts:
        start, end = to_local(s.starts_at), to_local(s.ends_at)
        names = ", ".join(p.name for p in s.people) or "-"
        short = f"  MISSING {s.missing}" if s.missing else ""
        print(f"  [{s.id}] {start:%Y-%m-%d %H:%M}-{end:%H:%M}  {s.place} / {s.role}  "
              f"{len(s.people)}/{s.needed}: {names}{short}")
    for c in plan.clashes:
        print(f"  CLASH: {c.person.name} (id {c.person.person_id}) is on shifts "
              f"{c.first.id} and {c.second.id} at overlapping times")
    return 0


def run_roster(args: argparse.Namespace, ctx: Context) -> int:
    from destination_norberg.app.volunteers import (
        read_plan_at,
        roster_of,
        write_person_calendar,
        write_roster,
    )

    if args.ics and args.person is None:
        raise UserError("--ics writes one person's calendar: name them with --person ID")
    with user_errors():
        plan = read_plan_at(existing(ctx.url), args.event)
        if args.ics:
            write_person_calendar(plan, args.person, args.out, ctx.now())
        else:
            from destination_norberg.gui.entry import DocumentError
            from destination_norberg.gui.entry import write_roster as writer

            roster = roster_of(plan, place=args.place, person_id=args.person)
            try:
                write_roster(roster, args.out, writer, args.roster_lang or ctx.lang or "sv")
            except DocumentError as exc:
                raise UserError(f"cannot write {args.out}: {exc}") from None
    print(f"Wrote {args.out}")
    return 0


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    from destination_norberg.app.database import open_database
    from destination_norberg.app.volunteers import import_volunteers, rejected_text

    with user_errors():
        engine = open_database(existing(ctx.url))
        try:
            done = import_volunteers(engine, args.file, ctx.day(), dry_run=args.dry_run)
        finally:
            engine.dispose()
    verb = "Would add" if args.dry_run else "Added"
    print(f"{verb} {done.added} new volunteer(s); {done.known} already known; "
          f"{len(done.rejected)} row(s) not imported")
    for row, why, name in done.rejected:
        print(f"  row {row}: {rejected_text(why, name)}")
    return 0
