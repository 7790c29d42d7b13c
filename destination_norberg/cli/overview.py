"""`overview [--json]`: the cards of the window's first screen (milestones, snow guarantee,
trails, events, tasks, follow-ups), from the same read the window uses (app.overview)."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any

from destination_norberg.cli.common import Context, existing

LEVELS = {"green": "GREEN", "yellow": "YELLOW", "red": "RED", None: "NOT JUDGED"}


def add_parsers(sub: Any) -> None:
    """`overview`, added to the top-level sub-commands."""
    overview = sub.add_parser("overview", help="what needs attention now, as the window's "
                                               "overview shows it")
    overview.add_argument("--json", action="store_true", help="print JSON")
    overview.set_defaults(func=run_overview)


def run_overview(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_overview(existing(ctx.url), args.json, ctx.now())


def cmd_overview(url: str, as_json: bool, now: datetime) -> int:
    from destination_norberg.app.database import read_with
    from destination_norberg.app.overview import overview, overview_dict

    cards = overview_dict(read_with(url, lambda source: overview(source, now)))
    if as_json:
        print(json.dumps(cards, indent=2, ensure_ascii=False))
        return 0
    print(f"Overview for {cards['today']}")
    print("Milestones:")
    for m in cards["milestones"]:
        when = "on now" if m["ongoing"] else f"in {m['days_left']} days"
        print(f"  {m['day']} ({when}): {m['name']} [{m['kind']}]")
    print("Snow guarantee:")
    for s in cards["snow"]:
        print(f"  {s['name']}: {LEVELS.get(s['level'], s['level'])} — {s['ready_km']:.1f} of "
              f"{s['required_km']:g} km ready, {s['days_left']} days left ({s['reason']})")
    print("Trails:")
    for kind, summary in cards["trails"].items():
        counts = ", ".join(f"{n} {status}" for status, n in summary["counts"].items())
        stale = f"; {len(summary['stale'])} with an old report" if summary["stale"] else ""
        print(f"  {kind}: {summary['total']} ({counts or 'none'}){stale}")
    print(f"Events in the next 14 days: {len(cards['events'])}")
    for e in cards["events"]:
        print(f"  {e['starts_at'][:16]} {e['name']}")
    print(f"Tasks due: {len(cards['tasks'])}")
    for t in cards["tasks"]:
        late = " (overdue)" if t["overdue"] else ""
        print(f"  {t['due']} {t['title']} — {t['event']}{late}")
    print(f"Follow-ups due: {len(cards['follow_ups'])}")
    for f in cards["follow_ups"]:
        late = " (overdue)" if f["overdue"] else ""
        print(f"  {f['due']} {f['organisation']}{late}")
    return 0
