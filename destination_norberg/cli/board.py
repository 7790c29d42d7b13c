"""`import guest-nights FILE` and `report board (--season NAME | --year YYYY) --out FILE`.

The guest nights are Tillväxtverket/SCB's monthly accommodation statistics as exported
(CSV or XLSX): one write unit, the months in the file replacing what was stored for them; a
file with a bad row is refused with the rows named. The board's report is written by the
window's Qt writer (through gui.entry), offscreen when there is no screen: PDF or XLSX by the
file's ending, owner-only.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from destination_norberg.cli.common import Context, Parser, existing
from destination_norberg.cli.errors import UserError, user_errors


def add_import_parsers(import_sub: Any) -> None:
    """`import guest-nights`, added to the `import` sub-commands."""
    nights = import_sub.add_parser(
        "guest-nights", help="guest nights by month (Tillväxtverket/SCB's accommodation "
                             "statistics, CSV or XLSX); a month imported again is replaced")
    nights.add_argument("file", type=Path, metavar="FILE")
    nights.add_argument("--dry-run", action="store_true",
                        help="read and check the file, write nothing")
    nights.add_argument("--json", action="store_true", help="print JSON")
    nights.set_defaults(func=run_import)


def add_parsers(sub: Any) -> None:
    """`report board`, added to the top-level sub-commands."""
    report = sub.add_parser("report", help="reports (the municipal board's)")
    report_sub = report.add_subparsers(dest="what", metavar="WHAT", required=True,
                                       parser_class=Parser)
    board = report_sub.add_parser(
        "board", help="the report to the municipal board (kommunstyrelsen) for a season or "
                      "a year: events, packages, contacts, snow guarantee, trail days, "
                      "guest nights; PDF or XLSX")
    which = board.add_mutually_exclusive_group(required=True)
    which.add_argument("--season", metavar="NAME", help="a season by its name")
    which.add_argument("--year", type=int, metavar="YYYY", help="a calendar year")
    board.add_argument("--out", required=True, type=Path, metavar="FILE.pdf|FILE.xlsx")
    board.add_argument("--lang", dest="report_lang", choices=("sv", "en"),
                       help="language of the report (default: --lang, else Swedish)")
    board.add_argument("--json", action="store_true", help="also print the figures as JSON")
    board.set_defaults(func=run_report)


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    from destination_norberg.app.guest_nights import import_guest_nights_at

    url = ctx.url if args.dry_run else existing(ctx.url)
    with user_errors():
        done = import_guest_nights_at(url, args.file, ctx.now(), dry_run=args.dry_run)
    months = [f"{y}M{m:02d}" for y, m in done.months]
    if args.json:
        print(json.dumps({"file": str(done.file), "counts": done.counts, "months": months,
                          "regions": done.regions, "replaced": done.replaced,
                          "dry_run": done.dry_run}, ensure_ascii=False, indent=2))
        return 0
    span = f"{months[0]}–{months[-1]}" if months else "no months"
    verb = "Would import" if done.dry_run else "Imported"
    print(f"{verb} {done.counts} guest-night figures for {len(months)} month(s) ({span}) "
          f"of {', '.join(done.regions)}"
          + (f"; replaced {done.replaced} figures of an earlier import" if done.replaced
             else ""))
    return 0


def report_dict(report: Any) -> dict[str, Any]:
    """The report's figures as `report board --json` prints them."""
    return {
        "period": {"name": report.period.name, "first": report.period.first.isoformat(),
                   "last": report.period.last.isoformat(), "year": report.period.is_year},
        "events": [{"id": e.event_id, "name": e.name_sv, "starts_at": e.starts_at.isoformat(),
                    "status": e.status, "participants": e.participants}
                   for e in report.events],
        "events_coming": report.events_coming,
        "participants_imported": report.participants_imported,
        "dispatches": [{"package": d.package_title_sv, "version": d.revision,
                        "partner": d.partner, "sent_at": d.sent_at.isoformat()}
                       for d in report.dispatches],
        "contacts_by_category": report.contacts_by_category,
        "organisations_contacted": report.organisations_contacted,
        "new_establishments": [n for n, _c in report.new_establishments],
        "snow_targets": [{"name": t.name, "deadline": t.deadline.isoformat(),
                          "required_km": t.required_km, "ready_km": round(t.ready_km, 2),
                          "margin_km": t.margin_km, "met": t.met, "due": t.due,
                          "level": t.level} for t in report.targets],
        "trail_days": report.trail_days,
        "guest_nights": [{"month": f"{y}M{m:02d}", "nights": n, "year_before": b}
                         for y, m, n, b in report.nights_rows()],
        "trail_visitors": [{"trail": name, "months": {f"{y}M{m:02d}": n
                                                      for (y, m), n in months.items()}}
                           for name, months in report.trail_visitors],
    }


def run_report(args: argparse.Namespace, ctx: Context) -> int:
    from destination_norberg.app.board_report import check_out, write_board_report
    from destination_norberg.gui.entry import board_report_writer

    with user_errors():
        check_out(args.out)
    writer = board_report_writer()
    if writer is None:
        raise UserError("the report cannot be written: the program's document writer (Qt) "
                        "could not be loaded")
    lang = args.report_lang or ctx.lang or "sv"
    with user_errors():
        report = write_board_report(existing(ctx.url), args.out, lang, ctx.now(), writer,
                                    season=args.season, year=args.year)
    if args.json:
        print(json.dumps(report_dict(report), ensure_ascii=False, indent=2))
    else:
        print(f"Wrote {args.out}")
    return 0
