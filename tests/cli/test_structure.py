"""The shape of the command line: every command has a handler, failures go through one
guard, the window is reached through gui.entry only, and app/ stays below cli and gui."""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from destination_norberg.app.errors import AppError
from destination_norberg.cli.common import Context
from destination_norberg.cli.errors import EXIT_USAGE, UserError, guarded, user_errors
from destination_norberg.cli.main import build_parser, open_window
from destination_norberg.store.database import DatabaseError

PACKAGE = Path(__file__).resolve().parents[2] / "destination_norberg"


def leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[tuple]:
    """(command words, parser) of every parser without sub-commands of its own."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return [(path, parser)]
    return [leaf for name, child in subs[0].choices.items()
            for leaf in leaves(child, (*path, name))]


def test_every_command_names_its_handler() -> None:
    parser = build_parser()
    found = leaves(parser)
    # 24, issue 13's `gdpr backups` and `gdpr vacuum`; issue 14's `overview`, `snow stations`,
    # `snow station`, `snow settings` (its `set` is an optional word, not a sub-command) and
    # `fetch smhi`; issue 15: `network merge-people`, `zone close`, `trail state`,
    # `trail delete`, `events`, `season list|create|rename|archive`, `plan next-year` and
    # `strak copy`; issue 17's `import basemap`; issue 19's `import guest-nights`,
    # `report board`, `capacity`, `import participants`, `volunteers`, `roster` and
    # `import volunteers`; issue 20's `import groomer-track`, `import counters` and
    # `mail send|package|retry|list|settings`
    assert len(found) == 57
    for words, leaf in found:
        assert callable(leaf.get_default("func")), words
    assert parser.get_default("func") is open_window
    args = parser.parse_args(["export", "trails", "--format", "gpx", "--out", "x.gpx"])
    assert args.func.__module__ == "destination_norberg.cli.geo"
    assert parser.parse_args([]).func is open_window


@pytest.mark.parametrize(("error", "code", "line"), [
    (UserError("no such season\nmore"), EXIT_USAGE, "no such season"),
    (AppError("there is no file x"), EXIT_USAGE, "there is no file x"),
    (OSError("disk full"), EXIT_USAGE, "disk full"),
    (DatabaseError("the server went away"), EXIT_USAGE, "the server went away"),
    (ValueError("boom"), 1, "unexpected error: ValueError: boom"),
])
def test_the_last_guard_is_one_line(error: Exception, code: int, line: str, capsys) -> None:
    def run() -> int:
        raise error

    assert guarded(run) == code
    captured = capsys.readouterr()
    assert captured.err == f"destination-norberg: {line}\n" and captured.out == ""


def test_the_guard_passes_the_exit_code_through() -> None:
    assert guarded(lambda: 0) == 0
    assert guarded(lambda: 3) == 3


def test_user_errors_keeps_the_message() -> None:
    with pytest.raises(UserError, match=r"^there is no event with id 9$"), user_errors():
        raise AppError("there is no event with id 9")
    with pytest.raises(ValueError), user_errors():
        raise ValueError("not a user's mistake")


def test_the_context_clock_follows_today() -> None:
    ctx = Context(url="sqlite://", today=date(2026, 11, 26), lang=None)
    assert ctx.day() == date(2026, 11, 26)
    assert ctx.now().date() in (date(2026, 11, 25), date(2026, 11, 26))  # UTC of a local day


def imported(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


@pytest.mark.parametrize("path", sorted((PACKAGE / "cli").glob("*.py")), ids=lambda p: p.name)
def test_the_cli_reaches_the_window_only_through_gui_entry(path: Path) -> None:
    gui = {m for m in imported(path) if m.startswith("destination_norberg.gui")}
    assert gui <= {"destination_norberg.gui.entry"}


@pytest.mark.parametrize("path", sorted((PACKAGE / "app").glob("*.py")), ids=lambda p: p.name)
def test_use_cases_do_not_reach_out(path: Path) -> None:
    banned = ("destination_norberg.cli", "destination_norberg.gui", "PySide6", "pyqtgraph")
    assert not [m for m in imported(path) if m.startswith(banned)]


def test_gui_entry_loads_no_qt_until_called() -> None:
    code = ("import sys, destination_norberg.cli, destination_norberg.gui.entry;"
            "print([m for m in ('PySide6', 'sqlalchemy') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=PACKAGE.parent)
    assert out.stdout.strip() == "[]"


def test_the_plain_start_reads_the_window_options_without_every_command() -> None:
    """`destination-norberg [--db X] [--lang sv] …` opens the window without importing the
    command groups (bench/startup.py); anything more goes to the whole parser, which gives
    the same answer for the window's options."""
    from destination_norberg.cli.main import build_parser, open_window, window_args

    words = ["--db", "x.sqlite", "--lang", "sv", "--today", "2026-11-26"]
    fast, whole = window_args(words), build_parser().parse_args(words)
    assert fast is not None and fast.func is open_window
    assert (fast.db, fast.lang, fast.today, fast.vnc) == (whole.db, whole.lang, whole.today,
                                                           whole.vnc)
    for more in (["season", "list"], ["--help"], ["--version"], ["--lang", "xx"],
                 ["--db", "x.sqlite", "overview", "--json"]):
        assert window_args(more) is None, more
