"""`destination-norberg export ics` and `import ics`: the calendar commands of the CLI."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from destination_norberg.cli.main import UserError
from destination_norberg.core.events import EventRecord
from destination_norberg.core.timeutil import clock_on, now_utc


def programme(events: list[EventRecord], root_id: int) -> list[EventRecord]:
    """An event and everything under it, parents before children."""
    by_parent: dict[int | None, list[EventRecord]] = {}
    for e in events:
        by_parent.setdefault(e.parent_id, []).append(e)
    root = next((e for e in events if e.id == root_id), None)
    if root is None:
        raise UserError(f"there is no event with id {root_id}")
    out, queue = [], [root]
    while queue:
        e = queue.pop(0)
        out.append(e)
        queue.extend(by_parent.get(e.id, []))
    return out


def _season(seasons: list, name: str | None) -> object | None:
    if name is None:
        return None
    match = next((s for s in seasons if s.name.casefold() == name.strip().casefold()), None)
    if match is None:
        known = ", ".join(f'"{s.name}"' for s in seasons) or "none"
        raise UserError(f'there is no season "{name}" (seasons: {known})')
    return match


def cmd_export_ics(url: str, out: Path, season_name: str | None, event_id: int | None,
                   per_day: bool, language: str, today: date | None,
                   strak_name: str | None = None) -> int:
    from destination_norberg.app.calendar import export_ics
    from destination_norberg.store import planning_read as read
    from destination_norberg.store.opening import open_database
    from destination_norberg.store.rows import EngineRows, open_current_sqlite

    if out.suffix.lower() not in (".ics", ".ical"):
        raise UserError(f"the calendar is written as iCalendar: give a file ending in .ics, "
                        f"not {out}")
    fast = open_current_sqlite(url)
    engine = None if fast is not None else open_database(url)
    source = fast or EngineRows(engine)
    try:
        season = _season(read.seasons(source), season_name)
        events = read.events(source, season.id if season else None)
        if event_id is not None:
            events = programme(read.events(source), event_id)
        strak = _strak(read.strak(source), strak_name) if strak_name else None
    finally:
        if fast is not None:
            fast.close()
        if engine is not None:
            engine.dispose()
    now = (clock_on(today) if today else now_utc)()
    if strak is not None:
        from destination_norberg.app.calendar import export_strak_ics

        export_strak_ics(strak, out, now=now, language=language)
        print(f"Wrote {strak.name} to {out}")
        return 0
    name = season.name if season else (events[0].name_sv if event_id and events else
                                       "Destination Norberg")
    count = export_ics(events, out, calendar_name=name, now=now, per_day=per_day,
                       language=language)
    print(f"Wrote {count} event(s) to {out}")
    return 0


def _strak(found: list, name: str) -> object:
    match = next((s for s in found if s.name.casefold() == name.strip().casefold()), None)
    if match is None:
        known = ", ".join(f'"{s.name}"' for s in found) or "none"
        raise UserError(f'there is no stråk "{name}" (stråk: {known})')
    return match


def cmd_import_ics(url: str, file: Path, season_name: str, dry_run: bool) -> int:
    from destination_norberg.app.calendar import apply_import, preview_import
    from destination_norberg.store import planning_read as read
    from destination_norberg.store.opening import open_database
    from destination_norberg.store.rows import EngineRows

    if not file.is_file():
        raise UserError(f"there is no file {file}")
    engine = open_database(url)
    try:
        season = _season(read.seasons(EngineRows(engine)), season_name)
        preview = preview_import(engine, file, season.id if season else None)
        for warning in preview.warnings:
            print(f"note: {warning}")
        summary = (f"{preview.count('new')} new, {preview.count('update')} changed, "
                   f"{preview.count('same')} unchanged")
        if dry_run:
            print(f"{file.name}: would import {summary} (nothing written)")
            return 0
        apply_import(engine, preview)
    finally:
        engine.dispose()
    print(f"Imported {file.name} into {season_name}: {summary}")
    return 0
