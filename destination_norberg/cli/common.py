"""What every command group shares: the parser class, argument types, the database URL checks
and the context a handler runs in."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date, datetime
from typing import NoReturn

from destination_norberg.cli.errors import EXIT_USAGE, UserError
from destination_norberg.core.timeutil import clock_on, now_utc, today_local
from destination_norberg.paths import resolve_db_url


class Parser(argparse.ArgumentParser):
    """A usage mistake is one line with a pointer to --help, exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see --help)\n")


@dataclass(frozen=True)
class Context:
    """What the global options resolved to, handed to every command handler."""

    url: str  # the database URL, resolved (--db, DESTINATION_NORBERG_DB, the per-user file)
    today: date | None  # --today: the season as on this day; None means the real today
    lang: str | None  # --lang

    def now(self) -> datetime:
        """The instant the command works at: --today at the time of day it is, else now."""
        return (clock_on(self.today) if self.today else now_utc)()

    def day(self) -> date:
        """--today, else today in Norberg."""
        return self.today or today_local()


def size(text: str) -> tuple[int, int]:
    """`--size WxH` of a screenshot."""
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1400x900, not {text!r}") from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise argparse.ArgumentTypeError("size must be between 200 and 8000 pixels each way")
    return w, h


def day(text: str) -> date:
    """A YYYY-MM-DD argument."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a date looks like 2026-11-26, not {text!r}") from None


def database_url(value: str | None) -> str:
    """--db resolved; an empty value is refused, not taken as "the personal database"."""
    if value is not None and not value.strip():
        # An unset shell variable must not fall back to the personal database.
        raise UserError("--db was given an empty value: name a database URL or file")
    try:
        return resolve_db_url(value)
    except RuntimeError as exc:  # "~nosuchuser/…" cannot be expanded
        raise UserError(f"cannot use the database path {value!r}: {exc}") from exc


def window_url(url: str) -> str:
    """The window reads in worker threads: an in-memory database would be one per thread."""
    from destination_norberg.app.database import sqlite_file

    if url.startswith("sqlite") and sqlite_file(url) is None and (
            url.rstrip("/") in ("sqlite:", "sqlite+pysqlite:") or ":memory:" in url):
        raise UserError("the window needs a database file or server, not an in-memory database")
    return url


def existing(url: str) -> str:
    """Commands that only look must not create a database where there is none."""
    from destination_norberg.app.database import sqlite_file

    path = sqlite_file(url)
    if path is not None and not path.exists():
        raise UserError(f"there is no database at {path}")
    return url
