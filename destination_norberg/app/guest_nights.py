"""Importing guest nights (Tillväxtverket/SCB's accommodation statistics) and reading them
back per month: THE monthly figure the board report, its charts and `report board` show.

An import reads the whole file first (exchange.guest_nights_read); a file with a bad row is
refused with every bad row named, and nothing is written. A good file goes in as one write
unit, replacing the months it carries (store.guest_nights_store).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from destination_norberg.app.errors import AppError
from destination_norberg.core.guest_nights import (
    GuestNightsError,
    MonthFigure,
    NightsRow,
    is_norberg,
    month_figures,
)
from destination_norberg.core.said import message_of, said


class GuestNightsImportError(AppError):
    """The file was not imported; the message says why (and lists the bad rows)."""


@dataclass(frozen=True)
class GuestNightsImport:
    file: Path
    counts: int
    months: list[tuple[int, int]]
    regions: list[str]
    replaced: int
    dry_run: bool = False
    #: for the window's undo: the counts written, and what those months held before
    rows: tuple[NightsRow, ...] = ()
    before: tuple[NightsRow, ...] = ()

    @property
    def region_months(self) -> list[tuple[str, int, int]]:
        return sorted({(r.region, r.year, r.month) for r in self.rows})


def read_file(path: Path) -> Any:
    """The file read and checked (exchange.guest_nights_read.NightsFile); raises
    GuestNightsImportError with the bad rows when any row cannot be read."""
    from destination_norberg.exchange.guest_nights_read import bad_rows_text, read_guest_nights

    name = Path(path).name
    try:
        found = read_guest_nights(Path(path))
    except GuestNightsError as exc:
        reason = message_of(exc) or str(exc)
        raise GuestNightsImportError(said("nights.not_imported", "{name}: {reason}; nothing "
                                          "was imported", name=name, reason=reason)) from None
    if found.bad:
        raise GuestNightsImportError(said(
            "nights.bad_rows", "{name} has {count} bad row(s), so nothing was imported. "
            "{rows}", name=name, count=len(found.bad), rows=bad_rows_text(found.bad)))
    return found


def import_guest_nights(engine: Any, path: Path, now: datetime,
                        dry_run: bool = False) -> GuestNightsImport:
    """Read `path` and store its counts in one write unit (the months it carries replace
    what was stored for them). `dry_run`: read and check only."""
    from destination_norberg.store.guest_nights_store import replace_months, rows_of_months
    from destination_norberg.store.rows import EngineRows

    found = read_file(path)
    if dry_run:
        return GuestNightsImport(Path(path), len(found.rows), found.months, found.regions, 0,
                                 True)
    months = sorted({(r.region, r.year, r.month) for r in found.rows})
    before = rows_of_months(EngineRows(engine), months)
    outcome = replace_months(engine, found.rows, Path(path).name, now)
    return GuestNightsImport(Path(path), outcome.counts, found.months, found.regions,
                             outcome.replaced, rows=tuple(found.rows), before=tuple(before))


def undo_import(engine: Any, done: GuestNightsImport, now: datetime) -> None:
    """The months the import wrote put back as they were before it (the window's undo)."""
    from destination_norberg.store.guest_nights_store import replace_months

    replace_months(engine, done.before, "undo", now, months=done.region_months)


def redo_import(engine: Any, done: GuestNightsImport, now: datetime) -> None:
    """The import's counts written again (the window's redo)."""
    from destination_norberg.store.guest_nights_store import replace_months

    replace_months(engine, done.rows, done.file.name, now, months=done.region_months)


def import_guest_nights_at(url: str, path: Path, now: datetime,
                           dry_run: bool = False) -> GuestNightsImport:
    """Worker / command line: the import on a database opened and closed here."""
    from destination_norberg.store.opening import open_database

    if dry_run:
        return import_guest_nights(None, path, now, dry_run=True)
    engine = open_database(url)
    try:
        return import_guest_nights(engine, path, now)
    finally:
        engine.dispose()


def norberg_months(source: Any, first_year: int, last_year: int,
                   ) -> dict[tuple[int, int], MonthFigure]:
    """Norberg's guest nights per month of the years given: THE figure every view shows."""
    from destination_norberg.store.guest_nights_store import nights_rows

    rows = [r for r in nights_rows(source, first_year, last_year) if is_norberg(r.region)]
    return month_figures(rows)
