"""`destination-norberg trails`, `trail report`, `trail state` and `trail delete`: the trail
register on the command line.

`trails` only looks (`--public`: only what the status page and the bulletin show, by the one
rule of core.trail_life); `trail report` appends one report in one write unit; `trail state`
sets a trail's lifecycle and `trail delete` removes a trail nothing refers to (app.trails).
User mistakes raise UserError (one line, exit code 2).
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from destination_norberg.cli.common import Context, Parser, existing
from destination_norberg.cli.errors import user_errors
from destination_norberg.core.timeutil import to_local
from destination_norberg.core.trail_life import cli_word

if TYPE_CHECKING:  # the register's rules load when the command runs, not to build --help
    from destination_norberg.core.trail_register import TrailRow


def add_parsers(sub: Any) -> None:
    """`trails` and `trail report`, added to the top-level sub-commands."""
    trails = sub.add_parser("trails", help="every trail with its current status")
    trails.add_argument("--json", action="store_true", help="print JSON")
    trails.add_argument("--public", action="store_true",
                        help="only the trails the public sees (open ones), as the status "
                        "page and the bulletin list them")
    trails.add_argument("--stale-days", type=int, default=None, metavar="N",
                        help="a report older than this is stale (default: the "
                        "destination's setting, 7 unless changed)")
    trails.set_defaults(func=run_trails)
    trail = sub.add_parser("trail", help="report on one trail")
    trail_sub = trail.add_subparsers(dest="what", metavar="WHAT", required=True,
                                     parser_class=Parser)
    report = trail_sub.add_parser("report", help="a condition report for TRAIL, as of now")
    report.add_argument("trail", metavar="TRAIL", help="id, name or the start of a name")
    report.add_argument("--status", required=True,
                        help="clear/öppen, minor, significant, closed/stängd")
    report.add_argument("--condition", help="dry/torr, wet/blöt, muddy, snow, icy, …")
    report.add_argument("--note", help="what the visitor should know")
    report.add_argument("--author", help="who reports")
    report.add_argument("--groomed", action="store_true", help="the ski track was groomed now")
    report.add_argument("--style", help="classic or skate (with --groomed)")
    report.add_argument("--depth-cm", type=float, help="snow depth on the track")
    report.set_defaults(func=run_trail_report)
    state = trail_sub.add_parser("state", help="set a trail's lifecycle state")
    state.add_argument("trail", metavar="KEY", help="id, name or the start of a name")
    state.add_argument("state", metavar="STATE",
                       help="planerad, under-byggnad, oppen or nedlagd (retired)")
    state.set_defaults(func=run_trail_state)
    delete = trail_sub.add_parser("delete", help="delete a trail that nothing refers to")
    delete.add_argument("trail", metavar="KEY", help="id, name or the start of a name")
    delete.set_defaults(func=run_trail_delete)


def run_trails(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_trails(ctx.url, args.json, ctx.now(), args.stale_days, args.public)


def run_trail_state(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_trail_state(existing(ctx.url), args.trail, args.state)


def run_trail_delete(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_trail_delete(existing(ctx.url), args.trail)


def run_trail_report(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_trail_report(existing(ctx.url), args.trail, args.status, args.condition,
                            args.note, args.author, args.groomed, args.style, args.depth_cm,
                            ctx.now())


def _iso_utc(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def row_json(row: TrailRow) -> dict[str, Any]:
    """One register row as plain JSON values (codes as stored, instants as ISO UTC)."""
    return {
        "id": row.id, "uid": row.uid, "name": row.name, "kind": str(row.kind),
        "grade_colour": _str(row.grade_colour), "imba": row.imba, "mtb_scale": row.mtb_scale,
        "mtb_scale_imba": row.mtb_scale_imba, "area": row.area,
        "length_m": round(row.length_m, 1), "status": _str(row.status),
        "condition": _str(row.condition), "reported_at": _iso_utc(row.reported_at),
        "report_age_days": (None if row.report_age_days is None
                            else round(row.report_age_days, 2)),
        "stale": row.stale, "groomed_at": _iso_utc(row.groomed_at),
        "grooming_band": row.grooming_band, "groom_style": _str(row.groom_style),
        "snow_depth_cm": row.snow_depth_cm, "author": row.author, "note": row.note,
        "lifecycle": str(row.lifecycle),
    }


def _age(days: float | None) -> str:
    return "never" if days is None else f"{days:.1f} d"


def _grade(row: TrailRow) -> str:
    parts = [str(row.grade_colour) if row.grade_colour else "–"]
    if row.imba is not None:
        parts.append(f"IMBA {row.imba}")
    if row.mtb_scale is not None:
        parts.append(f"S{row.mtb_scale}")
    return " ".join(parts)


def _table(rows: list[TrailRow], stale_days: int) -> str:
    head = ("ID", "Trail", "Kind", "State", "Grade", "km", "Status", "Condition",
            "Reported (local)", "Age", "Groomed")
    body = []
    for r in rows:
        groomed = ""
        if r.grooming_band is not None:
            groomed = r.grooming_band + (f" {r.groom_style}" if r.groom_style else "")
        body.append((
            str(r.id), r.name, str(r.kind), cli_word(r.lifecycle), _grade(r),
            f"{r.length_m / 1000:.1f}",
            str(r.status) if r.status else "no report", str(r.condition or ""),
            to_local(r.reported_at).strftime("%Y-%m-%d %H:%M") if r.reported_at else "",
            _age(r.report_age_days) + (" !" if r.stale else ""), groomed))
    widths = [max(len(line[i]) for line in [head, *body]) for i in range(len(head))]
    right = {0, 5}

    def fmt(line: tuple[str, ...]) -> str:
        return "  ".join(cell.rjust(w) if i in right else cell.ljust(w)
                         for i, (cell, w) in enumerate(zip(line, widths, strict=True))).rstrip()

    out = [fmt(head), fmt(tuple("-" * w for w in widths)), *(fmt(line) for line in body)]
    stale = sum(r.stale for r in rows)
    out.append(f"{len(rows)} trail(s); {stale} marked ! have no report newer than "
               f"{stale_days} day(s).")
    return "\n".join(out)


def cmd_trails(url: str, as_json: bool, now: datetime, stale_days: int | None = None,
               public: bool = False) -> int:
    """Every trail with its grade and newest report (`public`: only those the public sees);
    stale reports are flagged (older than `stale_days`, None: the destination's setting)."""
    from destination_norberg.app.trails import check_stale_days, public_register, register_at

    with user_errors():
        check_stale_days(stale_days)
    read = public_register if public else register_at
    rows, stale_days = read(existing(url), now, stale_days)
    if as_json:
        print(json.dumps([row_json(r) for r in rows], indent=2, ensure_ascii=False))
    elif not rows:
        print("No trails in the database yet (`destination-norberg demo` loads the demo "
              "season).")
    else:
        print(_table(rows, stale_days))
    return 0


def cmd_trail_report(url: str, trail: str, status: str, condition: str | None,
                     note: str | None, author: str | None, groomed: bool, style: str | None,
                     depth_cm: float | None, now: datetime) -> int:
    """One report for one trail, reported now; a grooming (ski tracks) is recorded at now."""
    from destination_norberg.app.trails import report_trail

    with user_errors():
        record, draft = report_trail(existing(url), trail, status, condition, note, author,
                                     groomed, style, depth_cm, now)
    print(f"Reported {record.name}: {draft.status}")
    return 0


def cmd_trail_state(url: str, trail: str, state: str) -> int:
    """Set the lifecycle state of one trail (planned, under construction, open, retired)."""
    from destination_norberg.app.trails import set_trail_state

    with user_errors():
        name, before, after = set_trail_state(url, trail, state)
    if before is after:
        print(f"{name} is already {cli_word(after)}; nothing changed.")
    else:
        print(f"{name}: {cli_word(before)} -> {cli_word(after)}")
    return 0


def cmd_trail_delete(url: str, trail: str) -> int:
    """Delete one trail; refused (saying what refers to it) unless nothing does."""
    from destination_norberg.app.trails import delete_trail

    with user_errors():
        name = delete_trail(url, trail)
    print(f"Deleted {name}.")
    return 0
