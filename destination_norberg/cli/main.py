"""The command line. No command opens the window; subcommands do the rest.

Every failure a user can cause (bad arguments, an unreachable database, a newer schema) ends in
one clear line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from destination_norberg import __version__
from destination_norberg.core.timeutil import clock_on, now_utc
from destination_norberg.paths import resolve_db_url

EXIT_USAGE = 2
VIEWS = ("overview", "events", "calendar", "timeline", "strak", "trails", "snow", "gonogo",
         "snowlog", "map", "snowmap", "network", "packages", "status")


class UserError(Exception):
    """A problem worded for the user; printed as one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see --help)\n")


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1400x900, not {text!r}") from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise argparse.ArgumentTypeError("size must be between 200 and 8000 pixels each way")
    return w, h


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a date looks like 2026-11-26, not {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="destination-norberg",
                     description="Destination Norberg: the coordinator program for Norberg's "
                                 "visitor economy. Without a command, the window opens.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="URL",
                        help="SQLAlchemy database URL or SQLite file (default: the per-user "
                             "database; also DESTINATION_NORBERG_DB)")
    parser.add_argument("--lang", choices=("sv", "en"), help="language of the window")
    parser.add_argument("--today", type=_day, metavar="YYYY-MM-DD",
                        help="show the season as on this day (demos, screenshots, planning "
                             "ahead); default: today")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    demo = sub.add_parser("demo", help="load the Norberg demo season")
    demo.add_argument("--reset", action="store_true",
                      help="replace everything in the database with the demo season")
    info = sub.add_parser("info", help="database location, schema version and row counts")
    info.add_argument("--json", action="store_true", help="print JSON")
    export = sub.add_parser("export", help="write data for others (iCalendar …)")
    export_sub = export.add_subparsers(dest="what", metavar="WHAT", required=True,
                                       parser_class=_Parser)
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
    trails_out = export_sub.add_parser(
        "trails", help="trails (and stråk routes) as GeoJSON, GPX or GeoPackage")
    trails_out.add_argument("--format", dest="fmt", required=True,
                            choices=("geojson", "gpx", "gpkg"))
    trails_out.add_argument("--out", required=True, type=Path, metavar="FILE")
    trails_out.add_argument("--strak", dest="with_strak", action="store_true",
                            help="also the stråk routes and their numbered stops")
    contacts_out = export_sub.add_parser(
        "contacts", help="organisations and their people as CSV, XLSX or vCard 4.0")
    contacts_out.add_argument("--format", dest="fmt", required=True, choices=("csv", "xlsx",
                                                                               "vcf"))
    contacts_out.add_argument("--out", required=True, type=Path, metavar="FILE")
    imp = sub.add_parser("import", help="read data from others (iCalendar, SMHI, geodata …)")
    import_sub = imp.add_subparsers(dest="what", metavar="WHAT", required=True,
                                    parser_class=_Parser)
    smhi_in = import_sub.add_parser("smhi", help="an SMHI observation download (CSV or JSON)")
    smhi_in.add_argument("file", type=Path, metavar="FILE")
    trails_in = import_sub.add_parser(
        "trails", help="trails from GPX, GeoJSON, GeoPackage, Shapefile, KML or FlatGeobuf")
    trails_in.add_argument("file", type=Path, metavar="FILE")
    trails_in.add_argument("--layer", metavar="NAME", help="which layer (default: the first "
                           "with features; GPX: tracks, routes, waypoints)")
    trails_in.add_argument("--kind", default="mtb",
                           help="mtb, classic_ski, skate_ski, hiking or snowshoe (default mtb)")
    trails_in.add_argument("--crs", metavar="EPSG", help="the file's coordinate system where it "
                           "does not say (e.g. 3006 for SWEREF 99 TM)")
    layer_in = import_sub.add_parser("layer", help="a reference layer for the map (kommun "
                                     "boundary, roads, lakes …)")
    layer_in.add_argument("file", type=Path, metavar="FILE")
    layer_in.add_argument("--name", required=True, metavar="NAME")
    layer_in.add_argument("--layer", metavar="NAME", help="which layer of the file")
    layer_in.add_argument("--crs", metavar="EPSG", help="the file's coordinate system where "
                          "it does not say")
    ics_in = import_sub.add_parser("ics", help="a partner's .ics file into a season")
    ics_in.add_argument("file", type=Path, metavar="FILE")
    ics_in.add_argument("--season", required=True, metavar="NAME")
    ics_in.add_argument("--dry-run", action="store_true", help="show what would happen only")
    contacts_in = import_sub.add_parser(
        "contacts", help="organisations and people from a CSV, XLSX or vCard file")
    contacts_in.add_argument("file", type=Path, metavar="FILE")
    contacts_in.add_argument("--mapping", type=Path, metavar="FILE",
                             help='which column is which field, as JSON {"column": "field"}')
    contacts_in.add_argument("--sheet", metavar="NAME", help="which sheet of a workbook")
    contacts_in.add_argument("--strict", action="store_true",
                             help="import nothing when any row is bad")
    gdpr = sub.add_parser("gdpr", help="one person's data: export, erase; reviews due")
    gdpr_sub = gdpr.add_subparsers(dest="what", metavar="WHAT", required=True,
                                   parser_class=_Parser)
    gdpr_export = gdpr_sub.add_parser("export", help="everything held about PERSON, as JSON "
                                      "and an HTML page")
    gdpr_export.add_argument("person", metavar="PERSON", help="uid, id, e-mail or exact name")
    gdpr_export.add_argument("--out", required=True, type=Path, metavar="DIR")
    gdpr_erase = gdpr_sub.add_parser("erase", help="erase PERSON on request (cannot be undone)")
    gdpr_erase.add_argument("person", metavar="PERSON", help="uid, id, e-mail or exact name")
    gdpr_erase.add_argument("--yes", action="store_true", help="yes, erase them")
    gdpr_sub.add_parser("due", help="people whose retention review is due")
    network = sub.add_parser("network", help="the business network")
    network_sub = network.add_subparsers(dest="what", metavar="WHAT", required=True,
                                         parser_class=_Parser)
    network_sub.add_parser("duplicates", help="organisations and people that look like one")
    trails = sub.add_parser("trails", help="every trail with its current status")
    trails.add_argument("--json", action="store_true", help="print JSON")
    trails.add_argument("--stale-days", type=int, default=7, metavar="N",
                        help="a report older than this is stale (default 7)")
    trail = sub.add_parser("trail", help="report on one trail")
    trail_sub = trail.add_subparsers(dest="what", metavar="WHAT", required=True,
                                     parser_class=_Parser)
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
    snow = sub.add_parser("snow", help="the snow guarantee")
    snow_sub = snow.add_subparsers(dest="what", metavar="WHAT", required=True,
                                   parser_class=_Parser)
    snow_status = snow_sub.add_parser("status", help="each target judged, and go/no-go")
    snow_status.add_argument("--json", action="store_true", help="print JSON")
    bulletin = sub.add_parser("bulletin", help="the daily bulletin for hotels and shops (PDF)")
    bulletin.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    bulletin.add_argument("--date", type=_day, metavar="YYYY-MM-DD",
                          help="the day (default: --today, else today)")
    bulletin.add_argument("--lang", dest="bulletin_lang", choices=("sv", "en"),
                          help="language of the bulletin (default: --lang, else Swedish)")
    shot = sub.add_parser("screenshot", help="render a view to a PNG file, offscreen")
    shot.add_argument("view", choices=VIEWS)
    shot.add_argument("--out", required=True, type=Path, metavar="FILE.png")
    shot.add_argument("--size", type=_size, default=(1400, 900), metavar="WxH")
    from destination_norberg.cli.packages import add_parsers as add_package_parsers

    add_package_parsers(sub, export_sub, _Parser)
    from destination_norberg.cli.backup import add_parsers as add_backup_parsers

    add_backup_parsers(sub)
    return parser


def _open(url: str) -> Any:  # a SQLAlchemy Engine, imported lazily
    from destination_norberg.store.opening import open_database

    return open_database(url)


def cmd_demo(url: str, reset: bool) -> int:
    from destination_norberg.store.demo import load_demo

    engine = _open(url)
    try:
        counts = load_demo(engine, reset=reset)
    finally:
        engine.dispose()
    print(f"Loaded the demo season into {engine.url.render_as_string(hide_password=True)}: "
          f"{counts['event']} events, {counts['trail']} trails, "
          f"{counts['organisation']} organisations, {counts['package']} packages.")
    return 0


def cmd_info(url: str, as_json: bool) -> int:
    from destination_norberg.store.rows import sqlite_file
    from destination_norberg.store.schema_version import HEAD_REVISION

    path = sqlite_file(url)
    if path is not None and not path.exists():  # look, never create: a typo stays a typo
        if as_json:
            print(json.dumps({"database": url, "exists": False, "schema_revision": None,
                              "program_schema": HEAD_REVISION, "row_counts": {}}, indent=2))
        else:
            print(f"Database:       {url}\nNo database there yet: it is created on first start "
                  "(or by `destination-norberg demo`).")
        return 0
    from destination_norberg.store.database import make_engine
    from destination_norberg.store.info import database_info

    # info looks without changing anything, even an old schema: SQLite's read-only mode,
    # which also works on a read-only mount
    engine = make_engine(url, read_only=True)
    try:
        info = database_info(engine)
    finally:
        engine.dispose()
    if as_json:
        data = info.as_dict() | {"exists": True, "program_schema": HEAD_REVISION,
                                 "newer": info.newer}
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(f"Database:       {info.url}")
        print(f"Schema:         {info.schema_revision or '(empty database)'}"
              f" (this program: {HEAD_REVISION})")
        if info.row_counts:
            print("Rows:")
            width = max(len(name) for name in info.row_counts)
            for name, count in info.row_counts.items():
                print(f"  {name:<{width}}  {count:>7}")
    if info.newer:  # told in full above; the exit code says this program will not open it
        return _fail(f"the database uses schema {info.schema_revision}, made by a newer "
                     "version of Destination Norberg; this one will not open it")
    return 0


def cmd_screenshot(url: str, view: str, out: Path, size: tuple[int, int], lang: str,
                   today: date | None) -> int:
    from destination_norberg.gui.screenshot import take_screenshot

    if out.suffix.lower() != ".png":
        raise UserError(f"the screenshot is written as PNG: give a file ending in .png, not {out}")
    take_screenshot(view, out, size, url, lang, today=today)
    print(f"Wrote {out}")
    return 0


def database_url(value: str | None) -> str:
    if value is not None and not value.strip():
        # An unset shell variable must not fall back to the personal database.
        raise UserError("--db was given an empty value: name a database URL or file")
    try:
        return resolve_db_url(value)
    except RuntimeError as exc:  # "~nosuchuser/…" cannot be expanded
        raise UserError(f"cannot use the database path {value!r}: {exc}") from exc


def window_url(url: str) -> str:
    """The window reads in worker threads: an in-memory database would be one per thread."""
    from destination_norberg.store.rows import sqlite_file

    if url.startswith("sqlite") and sqlite_file(url) is None and (
            url.rstrip("/") in ("sqlite:", "sqlite+pysqlite:") or ":memory:" in url):
        raise UserError("the window needs a database file or server, not an in-memory database")
    return url


def existing(url: str) -> str:
    """Commands that only look must not create a database where there is none."""
    from destination_norberg.store.rows import sqlite_file

    path = sqlite_file(url)
    if path is not None and not path.exists():
        raise UserError(f"there is no database at {path}")
    return url


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        url = database_url(args.db)
        today = args.today
        if args.command is None:
            from destination_norberg.gui.app import run_gui

            return run_gui(window_url(url), args.lang, today=today)
        if args.command == "demo":
            return cmd_demo(url, args.reset)
        if args.command == "info":
            return cmd_info(url, args.json)
        if args.command == "export" and args.what == "trails":
            from destination_norberg.cli.geo import cmd_export_trails

            now = (clock_on(today) if today else now_utc)()
            return cmd_export_trails(existing(url), args.fmt, args.out, now, 7,
                                     args.with_strak)
        if args.command == "export" and args.what == "contacts":
            from destination_norberg.cli.network import cmd_export_contacts

            return cmd_export_contacts(existing(url), args.fmt, args.out)
        if args.command in ("backup", "restore"):
            from destination_norberg.cli.backup import run as run_backup

            return run_backup(args, url)
        if args.command in ("packages", "publish") or (args.command == "export"
                                                       and args.what == "package"):
            from destination_norberg.cli.packages import run

            return run(args, url, (clock_on(today) if today else now_utc)())
        if args.command == "export":
            from destination_norberg.cli.calendar import cmd_export_ics

            return cmd_export_ics(existing(url), args.out, args.season, args.event,
                                  args.per_day, args.ics_lang, today, strak_name=args.strak)
        if args.command == "import" and args.what == "smhi":
            from destination_norberg.cli.smhi import cmd_import_smhi

            return cmd_import_smhi(url, args.file)
        if args.command == "import" and args.what == "trails":
            from destination_norberg.cli.geo import cmd_import_trails

            return cmd_import_trails(url, args.file, args.layer, args.kind, args.crs)
        if args.command == "import" and args.what == "layer":
            from destination_norberg.cli.geo import cmd_import_layer

            return cmd_import_layer(url, args.file, args.name, args.layer, args.crs)
        if args.command == "import" and args.what == "contacts":
            from destination_norberg.cli.network import cmd_import_contacts

            return cmd_import_contacts(url, args.file, args.mapping, args.sheet, args.strict,
                                       today)
        if args.command in ("gdpr", "network"):
            return _network_command(args, url, today)
        if args.command == "import":
            from destination_norberg.cli.calendar import cmd_import_ics

            return cmd_import_ics(url, args.file, args.season, args.dry_run)
        now = (clock_on(today) if today else now_utc)()
        if args.command == "trails":
            from destination_norberg.cli.trails import cmd_trails

            return cmd_trails(url, args.json, now, args.stale_days)
        if args.command == "trail":
            from destination_norberg.cli.trails import cmd_trail_report

            return cmd_trail_report(existing(url), args.trail, args.status, args.condition,
                                    args.note, args.author, args.groomed, args.style,
                                    args.depth_cm, now)
        if args.command == "bulletin":
            from destination_norberg.cli.bulletin import cmd_bulletin
            from destination_norberg.core.timeutil import today_local

            return cmd_bulletin(existing(url), args.out, args.date or today or today_local(),
                                args.bulletin_lang or args.lang or "sv", now)
        if args.command == "snow":
            from destination_norberg.cli.snow import cmd_snow_status

            return cmd_snow_status(existing(url), args.json, now, 7)
        if args.command == "screenshot":
            return cmd_screenshot(existing(window_url(url)), args.view, args.out, args.size,
                                  args.lang or "sv", today)
    except UserError as exc:
        return _fail(str(exc))
    except Exception as exc:  # noqa: BLE001 - the last guard: one line, no traceback
        from destination_norberg.store.database import DatabaseError

        if isinstance(exc, DatabaseError | OSError) or type(exc).__name__ == "IcalError":
            return _fail(str(exc))
        return _fail(f"unexpected error: {type(exc).__name__}: {exc}", code=1)
    return 0


def _network_command(args: argparse.Namespace, url: str, today: date | None) -> int:
    from destination_norberg.cli import network as nw
    if args.command == "network":
        return nw.cmd_network_duplicates(existing(url))
    if args.what == "export":
        return nw.cmd_gdpr_export(existing(url), args.person, args.out)
    if args.what == "erase":
        return nw.cmd_gdpr_erase(existing(url), args.person, args.yes)
    from destination_norberg.core.timeutil import today_local

    return nw.cmd_gdpr_due(existing(url), today or today_local())


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    lines = str(message).strip().splitlines() or ["failed"]
    print(f"destination-norberg: {lines[0]}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
