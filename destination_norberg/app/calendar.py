"""iCalendar in and out for the command line and the window: read, plan, write in one unit.

Plain Python over the store and the exchange readers: the GUI runs these in a worker, the
CLI calls them directly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from destination_norberg.app.errors import AppError
from destination_norberg.app.logs import logged
from destination_norberg.core.events import EventRecord, StrakRecord
from destination_norberg.core.said import said
from destination_norberg.core.timeutil import local_day_start
from destination_norberg.exchange.import_plan import (
    NEW,
    SAME,
    UPDATE,
    PlannedImport,
    join_day_pieces,
    own_uid,
    plan_import,
    source_key,
)

MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do. `outside` are the events (occurrences) whose dates fall
    outside the season's period: left out unless `include_outside` was asked for."""

    file: Path
    plan: list[PlannedImport]
    warnings: list[str]
    calendar_name: str | None
    outside: list[Any] = field(default_factory=list)  # exchange.ical_read.ImportedEvent
    refused: list[str] = field(default_factory=list)  # one sentence per event left out
    include_outside: bool = False
    series: int = 0  # repeating events unrolled into their dates

    def count(self, action: str) -> int:
        return sum(1 for p in self.plan if p.action == action)

    def moved(self) -> list[PlannedImport]:
        """Updates that take an event of ours from another season into this one."""
        return [p for p in self.plan if p.action == UPDATE and p.existing is not None
                and p.existing.season_id != p.record.season_id]


def season_window(season: Any) -> tuple[datetime, datetime] | None:
    """A season's period as UTC instants [first day 00:00, day after the last 00:00) in
    Norberg's time; None without a season."""
    if season is None:
        return None
    return (local_day_start(season.starts_on).astimezone(UTC),
            local_day_start(season.ends_on + timedelta(days=1)).astimezone(UTC))


def read_ics(path: Path) -> Any:
    """The parsed calendar, or IcalError / OSError in the user's words."""
    from destination_norberg.exchange.ical_read import IcalError, read_calendar

    size = path.stat().st_size
    if size > MAX_BYTES:
        # the reader's own sentence, said before the whole file is read into memory
        raise IcalError(said("calendar.too_large", "The file is {size} MB; a calendar file may "
                             "be at most {most} MB.", size=f"{size / 2**20:.1f}",
                             most=MAX_BYTES // 2**20))
    return read_calendar(path.read_bytes())


def preview_import(engine: Any, path: Path, season_id: int | None,
                   include_outside: bool = False) -> ImportPreview:
    """Read the file, unroll its repeating events over the season's period, and decide per
    event (occurrence): new, update or unchanged. Writes nothing."""
    from destination_norberg.exchange.ical_repeat import expand
    from destination_norberg.store import planning_read as read
    from destination_norberg.store.planning_write import events_by_source_uid, events_by_uid
    from destination_norberg.store.rows import EngineRows

    result = read_ics(path)
    rows = EngineRows(engine)
    warnings = list(result.warnings)
    events = join_day_pieces(result.events)
    straks = {s.uid: s.name for s in read.strak(rows)}
    # Our stråk export coming back (its one weekly entry; an event of ours may share the
    # uid but is never written repeating): the stråk is kept as it is.
    ours = [e for e in events if e.repeat is not None and own_uid(e.uid) in straks]
    for e in ours:
        warnings.append(said("calendar.own_strak", "'{name}' is this program's own stråk; it "
                             "was left as it is (edit a stråk on the stråk page).",
                             name=straks[own_uid(e.uid) or ""]))
    events = [e for e in events if not any(e is o for o in ours)]
    season = next((s for s in read.seasons(rows) if s.id == season_id), None)
    unrolled = expand(events, season_window(season), include_outside)
    warnings += unrolled.notes
    found = unrolled.inside
    keys = [source_key(e) for e in found] + [e.uid for e in found if e.recurrence_id and e.uid]
    ids = events_by_source_uid(engine, keys)
    ids.update(events_by_uid(engine, [u for e in found if (u := own_uid(e.uid))]))
    existing = {uid: rec for uid, eid in ids.items() if (rec := read.event(rows, eid))}
    plan = plan_import(found, season_id, existing, read.places(rows))
    return ImportPreview(path, plan, warnings, result.calendar_name, unrolled.outside,
                         list(result.refused), include_outside, unrolled.series)


@logged("iCalendar import", lambda r: f"{len(r[0])} new events, {len(r[1])} changed")
def apply_import(engine: Any, preview: ImportPreview) -> tuple[list[EventRecord],
                                                                list[tuple[EventRecord,
                                                                           EventRecord]]]:
    """Write the new and changed events in one unit; returns (inserted, [(before, after)])."""
    from destination_norberg.store.planning_write import save_events

    changes = [p for p in preview.plan if p.action in (NEW, UPDATE)]
    saved = save_events(engine, [p.record for p in changes])
    inserted = [s for p, s in zip(changes, saved, strict=True) if p.action == NEW]
    updated = [(p.existing, s) for p, s in zip(changes, saved, strict=True)
               if p.action == UPDATE and p.existing is not None]
    return inserted, updated


@logged("iCalendar export", lambda n: f"{n} events")
def export_ics(events: Sequence[EventRecord], out: Path, *, calendar_name: str,
               now: datetime, per_day: bool = False, language: str = "sv") -> int:
    """Write the events to `out` (all or nothing: a temporary file is renamed into place)."""
    from destination_norberg.exchange.ical_write import write_events

    parent_uids = {e.id: e.uid for e in events if e.id is not None}
    _write_atomically(out, write_events(events, calendar_name=calendar_name, now=now,
                                        one_entry_per_day=per_day, language=language,
                                        parent_uids=parent_uids))
    return len(events)


@logged("iCalendar export of a stråk")
def export_strak_ics(strak: StrakRecord, out: Path, *, now: datetime,
                     language: str = "sv") -> None:
    """A stråk as one weekly repeating entry (its days and hours, the stops in order)."""
    from destination_norberg.exchange.ical_write import write_strak

    _write_atomically(out, write_strak(strak, now=now, language=language))


def _write_atomically(out: Path, text: str) -> None:
    tmp = out.with_name(out.name + ".part")
    try:
        tmp.write_text(text, encoding="utf-8", newline="")
        tmp.replace(out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OSError(f"Cannot write {out}: {exc.strerror or exc}") from exc


@dataclass(frozen=True)
class IcsSelection:
    """What `export ics` writes: a season's events, one event's programme, or one stråk."""

    season: Any  # the season named, or None
    events: list[EventRecord]
    strak: StrakRecord | None


def programme(events: list[EventRecord], root_id: int) -> list[EventRecord]:
    """An event and everything under it, parents before children."""
    by_parent: dict[int | None, list[EventRecord]] = {}
    for e in events:
        by_parent.setdefault(e.parent_id, []).append(e)
    root = next((e for e in events if e.id == root_id), None)
    if root is None:
        raise AppError(f"there is no event with id {root_id}")
    out, queue = [], [root]
    while queue:
        e = queue.pop(0)
        out.append(e)
        queue.extend(by_parent.get(e.id, []))
    return out


def season_named(seasons: list[Any], name: str | None) -> Any | None:
    """The season called `name` (any case), None for no name; AppError lists the known."""
    if name is None:
        return None
    match = next((s for s in seasons if s.name.casefold() == name.strip().casefold()), None)
    if match is None:
        known = ", ".join(f'"{s.name}"' for s in seasons) or "none"
        raise AppError(f'there is no season "{name}" (seasons: {known})')
    return match


def strak_named(found: list[Any], name: str) -> Any:
    """The stråk called `name` (any case); AppError lists the known."""
    match = next((s for s in found if s.name.casefold() == name.strip().casefold()), None)
    if match is None:
        known = ", ".join(f'"{s.name}"' for s in found) or "none"
        raise AppError(f'there is no stråk "{name}" (stråk: {known})')
    return match


def select_for_ics(url: str, season_name: str | None, event_id: int | None,
                   strak_name: str | None) -> IcsSelection:
    """Read what `export ics` is asked for from the database at `url`."""
    from destination_norberg.store import planning_read as read
    from destination_norberg.store.reading import read_with

    def select(source: Any) -> IcsSelection:
        season = season_named(read.seasons(source), season_name)
        events = read.events(source, season.id if season else None)
        if event_id is not None:
            events = programme(read.events(source), event_id)
        strak = strak_named(read.strak(source), strak_name) if strak_name else None
        return IcsSelection(season, events, strak)

    return read_with(url, select)


def import_ics_into(url: str, file: Path, season_name: str, *, dry_run: bool,
                    before_writing: Callable[[ImportPreview], None],
                    include_outside: bool = False) -> ImportPreview:
    """Plan the import of `file` into the season `season_name`, tell `before_writing`, and
    write it in one unit unless `dry_run`."""
    from destination_norberg.store import planning_read as read
    from destination_norberg.store.opening import open_database
    from destination_norberg.store.rows import EngineRows

    if not file.is_file():
        raise AppError(said("file.none", "there is no file {path}", path=str(file)))
    engine = open_database(url)
    try:
        season = season_named(read.seasons(EngineRows(engine)), season_name)
        preview = preview_import(engine, file, season.id if season else None,
                                 include_outside)
        before_writing(preview)
        if not dry_run:
            apply_import(engine, preview)
    finally:
        engine.dispose()
    return preview


__all__ = [
    "NEW",
    "SAME",
    "UPDATE",
    "IcsSelection",
    "ImportPreview",
    "apply_import",
    "export_ics",
    "export_strak_ics",
    "import_ics_into",
    "preview_import",
    "programme",
    "read_ics",
    "season_named",
    "season_window",
    "select_for_ics",
    "strak_named",
]
