"""The command line. No command opens the window; subcommands do the rest.

Each command group is a module of cli/ that adds its parsers here and names its handler with
`set_defaults(func=...)`; `main` parses, resolves the global options into a Context and calls
the handler under the one last guard (cli.errors): every failure a user can cause ends in one
clear line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from destination_norberg import version
from destination_norberg.cli.common import Context, Parser, database_url, day, window_url
from destination_norberg.cli.errors import guarded


def build_parser() -> argparse.ArgumentParser:
    """The whole command line. The order of the calls is the order `--help` lists them in."""
    from destination_norberg.cli import (
        backup,
        basemap,
        board,
        bulletin,
        calendar,
        capacity,
        counters,
        demo_info,
        geo,
        groomer,
        mail,
        network,
        overview,
        packages,
        screenshot,
        seasons,
        smhi,
        snow,
        trails,
        volunteers,
        zones,
    )

    parser = Parser(prog="destination-norberg",
                    description="Destination Norberg: the coordinator program for Norberg's "
                                "visitor economy. Without a command, the window opens.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    _global_options(parser)
    parser.set_defaults(func=open_window)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    demo_info.add_parsers(sub)
    seasons.add_parsers(sub)
    # `export` and `import` are shared: each group adds its sub-commands to them.
    export = sub.add_parser("export", help="write data for others (iCalendar …)")
    export_sub = export.add_subparsers(dest="what", metavar="WHAT", required=True,
                                       parser_class=Parser)
    imp = sub.add_parser("import", help="read data from others (iCalendar, SMHI, geodata …)")
    import_sub = imp.add_subparsers(dest="what", metavar="WHAT", required=True,
                                    parser_class=Parser)
    for group in (calendar, geo, network, packages):
        group.add_export_parsers(export_sub)
    for group in (smhi, geo, basemap, calendar, network, board, capacity, volunteers,
                  groomer, counters):
        group.add_import_parsers(import_sub)
    fetch = sub.add_parser("fetch", help="download data from online services (SMHI)")
    fetch_sub = fetch.add_subparsers(dest="what", metavar="WHAT", required=True,
                                     parser_class=Parser)
    smhi.add_fetch_parsers(fetch_sub)
    for group in (overview, network, trails, snow, bulletin, screenshot, packages, backup,
                  zones, board, capacity, volunteers, mail):
        group.add_parsers(sub)
    return parser


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="URL",
                        help="SQLAlchemy database URL or SQLite file (default: the per-user "
                             "database; also DESTINATION_NORBERG_DB)")
    parser.add_argument("--lang", choices=("sv", "en"), help="language of the window")
    parser.add_argument("--today", type=day, metavar="YYYY-MM-DD",
                        help="show the season as on this day (demos, screenshots, planning "
                             "ahead); default: today")
    parser.add_argument("--vnc", action="store_true",
                        help="serve the window over VNC on port 5900 (a machine with no "
                             "screen): every network interface, NO password")


class _NotJustTheWindowError(Exception):
    """The words are more than the window's options: the whole parser reads them."""


class _WindowParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotJustTheWindowError(message)


def window_args(argv: list[str]) -> argparse.Namespace | None:
    """The window's options alone, without building (and importing) every command: the
    plain start, which bench/startup.py times. None: a command, help, or a mistake that the
    whole parser words."""
    if any(word in ("-h", "--help", "--version") for word in argv):
        return None
    parser = _WindowParser(add_help=False)
    _global_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except _NotJustTheWindowError:
        return None
    if rest:
        return None
    args.func, args.command = open_window, None
    return args


def open_window(args: argparse.Namespace, ctx: Context) -> int:
    """No command: the window; without --db or DESTINATION_NORBERG_DB, on the database
    the window had open last (it remembers)."""
    import os

    from destination_norberg.gui.entry import run_gui
    from destination_norberg.paths import DB_ENV

    remembered = not getattr(args, "db", None) and not os.environ.get(DB_ENV)
    return run_gui(window_url(ctx.url), ctx.lang, today=ctx.today,
                   vnc=getattr(args, "vnc", False), remembered=remembered)


def _start_log(args: argparse.Namespace, ctx: Context) -> None:
    """The log file from here on (app.logs); a command's start is logged here, the window's
    by the window, which knows the database it settles on."""
    from destination_norberg.app.logs import log_start, start_logging

    start_logging()
    if args.func is not open_window:
        words = [str(word) for word in (args.command, getattr(args, "what", None)) if word]
        log_start(ctx.url, "command " + " ".join(words))


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    args = window_args(words) or build_parser().parse_args(words)

    def run() -> int:
        ctx = Context(url=database_url(args.db), today=args.today, lang=args.lang)
        _start_log(args, ctx)
        return args.func(args, ctx)

    return guarded(run)


if __name__ == "__main__":
    sys.exit(main())
