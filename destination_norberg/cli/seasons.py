"""`events`, `season …`, `plan next-year` and `strak copy`: the year's planning for scripts.

The same use cases as the window's season dialog, next-year copy and stråk copy
(app.seasons, app.planning_year); this module parses, calls and prints.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from destination_norberg.cli.common import Context, Parser, day, existing
from destination_norberg.cli.errors import UserError, user_errors
from destination_norberg.core.timeutil import to_local


def add_parsers(sub: Any) -> None:
    events = sub.add_parser("events", help="the events (id, title, kind, start, end, parent)")
    events.add_argument("--season", metavar="NAME", help='only this season, e.g. "Vinter '
                                                         '2026/27"')
    events.add_argument("--json", action="store_true", help="print JSON")
    events.set_defaults(func=run_events)

    season = sub.add_parser("season", help="the seasons: list, create, rename, archive")
    season_sub = season.add_subparsers(dest="what", metavar="WHAT", required=True,
                                       parser_class=Parser)
    listing = season_sub.add_parser("list", help="every season with its events and stråk")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=run_list)
    create = season_sub.add_parser("create", help="a new season")
    create.add_argument("name", metavar="NAME")
    create.add_argument("--start", required=True, type=day, metavar="YYYY-MM-DD")
    create.add_argument("--end", required=True, type=day, metavar="YYYY-MM-DD")
    create.add_argument("--kind", choices=("vinter", "sommar"), default="vinter")
    create.set_defaults(func=run_create)
    rename = season_sub.add_parser("rename", help="give a season a new name")
    rename.add_argument("old", metavar="OLD")
    rename.add_argument("new", metavar="NEW")
    rename.set_defaults(func=run_rename)
    archive = season_sub.add_parser("archive", help="keep a season with everything, out of "
                                                    "the pickers")
    archive.add_argument("name", metavar="NAME")
    archive.add_argument("--undo", action="store_true", help="bring an archived season back")
    archive.set_defaults(func=run_archive)

    plan = sub.add_parser("plan", help="plan ahead: next year's winter week and stråk")
    plan_sub = plan.add_subparsers(dest="what", metavar="WHAT", required=True,
                                   parser_class=Parser)
    next_year = plan_sub.add_parser(
        "next-year", help="copy a season's winter week (with its programme, checklists and "
                          "the season's stråk) into the next season")
    next_year.add_argument("--from", dest="source", required=True, metavar="SEASON")
    next_year.add_argument("--into", required=True, metavar="SEASON",
                           help="made, a year after --from, when there is none yet")
    next_year.add_argument("--no-tasks", action="store_true", help="leave the checklists")
    next_year.set_defaults(func=run_next_year)

    strak = sub.add_parser("strak", help="the stråk (Sommarstråket, Vinterstråket)")
    strak_sub = strak.add_subparsers(dest="what", metavar="WHAT", required=True,
                                     parser_class=Parser)
    copy = strak_sub.add_parser("copy", help="a stråk into another season, same weekdays, "
                                             "with its stops, hours and offers")
    copy.add_argument("name", metavar="NAME")
    copy.add_argument("--into", required=True, metavar="SEASON",
                      help="made, a year after the stråk's own, when there is none yet")
    copy.set_defaults(func=run_strak_copy)


def run_events(args: argparse.Namespace, ctx: Context) -> int:
    from destination_norberg.app.planning import list_events

    with user_errors():
        events = list_events(existing(ctx.url), args.season)
    rows = [{"id": e.id, "title": e.name_sv, "kind": e.kind,
             "start": e.starts_at.isoformat(), "end": e.ends_at.isoformat() if e.ends_at
             else None, "parent": e.parent_id} for e in events]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    for e in events:
        parent = f"  (in {e.parent_id})" if e.parent_id is not None else ""
        print(f"{e.id:>5}  {to_local(e.starts_at):%Y-%m-%d %H:%M}  {e.kind:<9} "
              f"{e.name_sv}{parent}")
    print(f"{len(rows)} event(s)")
    return 0


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    from destination_norberg.app.seasons import list_seasons

    seasons = list_seasons(existing(ctx.url))
    if args.json:
        print(json.dumps([{"id": s.id, "name": s.name, "kind": s.kind,
                           "start": s.starts_on.isoformat(), "end": s.ends_on.isoformat(),
                           "archived": s.archived, "events": s.events, "strak": s.strak}
                          for s in seasons], indent=2, ensure_ascii=False))
        return 0
    for s in seasons:
        flag = "  (archived)" if s.archived else ""
        print(f"{s.name:<24} {s.kind:<7} {s.starts_on} – {s.ends_on}  {s.events} event(s), "
              f"{s.strak} stråk{flag}")
    if not seasons:
        print("no seasons yet")
    return 0


def _engine(url: str) -> Any:
    from destination_norberg.app.database import open_database

    return open_database(url)


def run_create(args: argparse.Namespace, ctx: Context) -> int:
    from destination_norberg.app.seasons import create_season

    engine = _engine(ctx.url)
    try:
        with user_errors():
            saved = create_season(engine, args.name, args.kind, args.start, args.end)
    finally:
        engine.dispose()
    print(f"Created the season {saved['name']} ({saved['starts_on']} – {saved['ends_on']})")
    return 0


def run_rename(args: argparse.Namespace, ctx: Context) -> int:
    from destination_norberg.app.seasons import change_season

    engine = _engine(existing(ctx.url))
    try:
        with user_errors():
            before, after = change_season(engine, args.old, new_name=args.new)
    finally:
        engine.dispose()
    print(f"Renamed the season {before['name']} to {after['name']}")
    return 0


def run_archive(args: argparse.Namespace, ctx: Context) -> int:
    from destination_norberg.app.seasons import change_season

    engine = _engine(existing(ctx.url))
    try:
        with user_errors():
            _before, after = change_season(engine, args.name, archived=not args.undo)
    finally:
        engine.dispose()
    print(f"{'Brought back' if args.undo else 'Archived'} the season {after['name']}")
    return 0


def run_next_year(args: argparse.Namespace, ctx: Context) -> int:
    from destination_norberg.app.planning_year import next_year_at

    with user_errors():
        plan, saved = next_year_at(existing(ctx.url), args.source, args.into,
                                   with_tasks=not args.no_tasks)
    made = "created" if plan.target.created else "already there"
    print(f"Copied {plan.event_count} event(s) and {saved.tasks} task(s) into "
          f"{plan.target.name} ({made})")
    for source, copy in plan.strak:
        print(f"Copied {source.name} to {copy.name} ({copy.period_start} – {copy.period_end})")
    for source, _why in plan.strak_left_out:
        print(f"note: {source.name} was not copied: next season has it already")
    return 0


def run_strak_copy(args: argparse.Namespace, ctx: Context) -> int:
    from destination_norberg.app.planning_year import copy_strak_at

    with user_errors():
        plan, _saved = copy_strak_at(existing(ctx.url), args.name, args.into)
    if not plan.copy.stops and not plan.source.stops:
        raise UserError("nothing to copy")  # pragma: no cover - a stråk always copies
    made = " (season created)" if plan.target.created else ""
    print(f"Copied {plan.source.name} to {plan.copy.name} in {plan.target.name}{made}: "
          f"{plan.copy.period_start} – {plan.copy.period_end}, {len(plan.copy.stops)} stop(s)")
    return 0
