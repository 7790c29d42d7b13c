"""Trail counters: importing a counter export and reading a trail's visitors back per day,
week and month (core.trail_counts counts them): THE figures the trail page's chart and
`import counters` show.

An import reads the whole file first (exchange.counters_read); a file with a bad row is
refused with the bad rows named, and nothing is written. A good file goes in as one write
unit (store.counters_store): the counts replace what the same counters held in the span the
file covers; `--trail`/`--map` tie counters to trails in the same unit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from destination_norberg.app.errors import AppError
from destination_norberg.core.said import message_of, said
from destination_norberg.core.trail_counts import (
    STOCKHOLM,
    last_days,
    per_day,
    per_month,
    per_week,
)

#: The days the trail page's chart shows.
CHART_DAYS = 30


class CountersImportError(AppError):
    """The file was not imported; the message says why (and lists the bad rows)."""


@dataclass(frozen=True)
class CountersImport:
    file: Path
    counts: int
    counters: list[str]
    first: datetime | None
    last: datetime | None
    replaced: int
    ties: dict[str, int | None] = field(default_factory=dict)
    new_counters: list[str] = field(default_factory=list)
    dry_run: bool = False


@dataclass(frozen=True)
class TrailVisitors:
    """A trail's visitors: the last CHART_DAYS days up to `today`, and the weeks they touch."""

    today: date
    days: list[tuple[date, int]]
    weeks: list[tuple[tuple[int, int], int]]

    @property
    def total(self) -> int:
        return sum(n for _d, n in self.days)

    @property
    def any(self) -> bool:
        return self.total > 0


def _ties(found: Any, trail: int | None, mapping: Mapping[str, int],
          known_trails: set[int] | None) -> dict[str, int | None]:
    ties: dict[str, int | None] = {}
    if trail is not None:
        ties = dict.fromkeys(found.counters, trail)
    for code, trail_id in mapping.items():
        if code not in found.counters:
            raise CountersImportError(said("counters.map_unknown", "the file has no counter "
                                           "“{code}”; nothing was imported", code=code))
        ties[code] = trail_id
    if known_trails is not None:
        for trail_id in sorted({t for t in ties.values() if t is not None}):
            if trail_id not in known_trails:
                raise CountersImportError(said("counters.no_trail", "there is no trail with "
                                               "id {id}; nothing was imported", id=trail_id))
    return ties


def read_file(path: Path) -> Any:
    """The file read and checked (exchange.counters_read.CountersFile); raises
    CountersImportError with the bad rows when any row cannot be read."""
    from destination_norberg.exchange.counters_read import (
        CountersFileError,
        bad_rows_text,
        read_counters,
    )

    name = Path(path).name
    try:
        found = read_counters(Path(path))
    except CountersFileError as exc:
        raise CountersImportError(said("counters.not_imported", "{name}: {reason}; nothing "
                                       "was imported", name=name,
                                       reason=message_of(exc) or str(exc))) from None
    if found.bad:
        raise CountersImportError(said(
            "counters.bad_rows", "{name} has {count} bad row(s), so nothing was imported. "
            "{rows}", name=name, count=len(found.bad), rows=bad_rows_text(found.bad)))
    if not found.rows:
        raise CountersImportError(said("counters.empty", "{name} holds no counts; nothing was "
                                       "imported", name=name))
    return found


def import_counters(engine: Any, path: Path, trail: int | None = None,
                    mapping: Mapping[str, int] | None = None,
                    dry_run: bool = False) -> CountersImport:
    """Read `path` and store its counts in one write unit; `trail` ties every counter of
    the file to that trail, `mapping` ties counters one by one. `dry_run`: check only."""
    from destination_norberg.store.counters_store import replace_counts, trail_ids

    found = read_file(path)
    ties = _ties(found, trail, mapping or {}, None if engine is None else trail_ids(engine))
    first = min(r.at for r in found.rows)
    last = max(r.at for r in found.rows)
    if dry_run:
        return CountersImport(Path(path), len(found.rows), found.counters, first, last, 0,
                              ties, dry_run=True)
    done = replace_counts(engine, found.rows, found.names, ties)
    return CountersImport(Path(path), done.counts, found.counters, first, last, done.replaced,
                          ties, done.new_counters)


def import_counters_at(url: str, path: Path, trail: int | None = None,
                       mapping: Mapping[str, int] | None = None,
                       dry_run: bool = False) -> CountersImport:
    """Worker / command line: the import on a database opened and closed here (a dry run
    still opens it when it has trails to check)."""
    from destination_norberg.store.opening import open_database

    if dry_run and trail is None and not mapping:
        return import_counters(None, path, dry_run=True)
    engine = open_database(url)
    try:
        return import_counters(engine, path, trail, mapping, dry_run)
    finally:
        engine.dispose()


def _utc_midnight(day: date) -> datetime:
    return datetime.combine(day, time(), STOCKHOLM).astimezone(UTC)


def trail_visitors(engine: Any, trail_id: int, today: date,
                   span: int = CHART_DAYS) -> TrailVisitors:
    """The visitors of `trail_id` per day for the `span` days up to `today`, and per ISO
    week of those days (a week at the edge holds only its days in the span)."""
    from destination_norberg.store.counters_store import trail_counts

    first = today - timedelta(days=span - 1)
    rows = trail_counts(_source(engine), trail_id, _utc_midnight(first),
                        _utc_midnight(today + timedelta(days=1)))
    days = last_days(per_day((at, n) for _t, _name, at, n in rows), today, span)
    weeks = per_week(dict(days))
    return TrailVisitors(today, days, list(weeks.items()))


def read_trail_visitors(url: str, trail_id: int, today: date) -> TrailVisitors:
    """Worker: `trail_visitors` on a database opened and closed here."""
    from destination_norberg.store.opening import open_database

    engine = open_database(url)
    try:
        return trail_visitors(engine, trail_id, today)
    finally:
        engine.dispose()


def visitors_per_month(source: Any, first: date, last: date,
                       ) -> list[tuple[str, dict[tuple[int, int], int]]]:
    """(trail name, visitors per (year, month)) of every trail with a counter, for the days
    `first`…`last`, by name: the board report's trail visitors."""
    from destination_norberg.store.counters_store import trail_counts

    rows = trail_counts(_source(source), None, _utc_midnight(first),
                        _utc_midnight(last + timedelta(days=1)))
    by_trail: dict[tuple[str, int], list[tuple[datetime, int]]] = {}
    for trail_id, name, at, n in rows:
        by_trail.setdefault((name, trail_id), []).append((at, n))
    return [(name, per_month(per_day(pairs))) for (name, _id), pairs in sorted(by_trail.items())]


def _source(source: Any) -> Any:
    """A RowSource: as given, or over an engine."""
    if hasattr(source, "rows"):
        return source
    from destination_norberg.store.rows import EngineRows

    return EngineRows(source)


def counted_trails(url: str) -> list[int]:
    """The trails a counter is tied to, by id."""
    from destination_norberg.store.counters_store import counter_rows
    from destination_norberg.store.opening import open_database

    engine = open_database(url)
    try:
        return sorted({c.trail_id for c in counter_rows(engine) if c.trail_id is not None})
    finally:
        engine.dispose()
