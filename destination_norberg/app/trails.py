"""The trail register: every trail with its newest report, what the register page shows
(the register, each trail's description, one trail's history, read in the worker and handed
back frozen), and one new report.

`register_at` only reads (the sqlite3 fast path on a current SQLite file, SQLAlchemy is not
even imported there); `report_trail` appends one report in one write unit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from destination_norberg.app.errors import AppError
from destination_norberg.core.said import said
from destination_norberg.core.trail_life import (
    LifecycleError,
    TrailReferences,
    delete_refusal,
    parse_lifecycle,
    public_trails,
)
from destination_norberg.core.trail_register import (
    ReportDraft,
    ReportError,
    ReportRecord,
    TrailLookupError,
    TrailRow,
    new_report,
)
from destination_norberg.core.vocab import TrailLifecycle

#: The longest stale limit (--stale-days) that still means something (ten years).
STALE_DAYS_MAX = 3650


def check_stale_days(stale_days: int | None) -> None:
    """AppError unless 0 <= `stale_days` <= STALE_DAYS_MAX (None: the setting, always fine)."""
    if stale_days is not None and not 0 <= stale_days <= STALE_DAYS_MAX:
        raise AppError(f"--stale-days must be between 0 and {STALE_DAYS_MAX}, not "
                       f"{stale_days}")


def register_at(url: str, now: datetime,
                stale_days: int | None) -> tuple[list[TrailRow], int]:
    """Every trail of the database at `url` with its newest report up to `now`, and the
    stale threshold it was judged by (`stale_days` None: the destination's setting)."""
    from destination_norberg.app.settings import resolve_stale_days
    from destination_norberg.store.reading import read_with
    from destination_norberg.store.trails_store import register

    def read(source: Any) -> tuple[list[TrailRow], int]:
        days = resolve_stale_days(source, stale_days)
        return register(source, now, days), days

    return read_with(url, read)


def report_trail(url: str, trail: str, status: str, condition: str | None,
                 note: str | None, author: str | None, groomed: bool, style: str | None,
                 depth_cm: float | None, now: datetime) -> tuple[Any, Any]:
    """(the trail, the report written): one report for `trail` (id, name or the start of a
    name), reported at `now`; AppError when the trail or the report is not right."""
    from destination_norberg.store.opening import open_database
    from destination_norberg.store.rows import EngineRows
    from destination_norberg.store.trails_store import add_reports, find_trail, trail_record

    engine = open_database(url)
    try:
        rows = EngineRows(engine)
        try:
            record = trail_record(rows, find_trail(rows, trail))
            if record is None:  # removed between the two reads
                raise TrailLookupError(f"The trail “{trail}” was removed meanwhile.")
            draft = new_report(record, status, now, condition=condition, note=note,
                               author=author, groomed=groomed, style=style,
                               depth_cm=depth_cm)
        except (TrailLookupError, ReportError) as exc:
            raise AppError(str(exc)) from exc
        add_reports(engine, [draft])
    finally:
        engine.dispose()
    return record, draft


# The register (store.trails_store) leaves out the descriptions: the card reads them here.
_DESCRIPTIONS = "SELECT id, description_sv, description_en, lit FROM trail"


@dataclass(frozen=True)
class TrailsData:
    """One read of the register, as of `now`, with one trail's history (newest first)."""

    rows: list[TrailRow]
    now: datetime
    stale_days: int
    descriptions: dict[int, tuple[str, str, bool]] = field(default_factory=dict)
    history_of: int | None = None
    history: list[ReportRecord] = field(default_factory=list)


def read_trails(source: Any, now: datetime, stale_days: int,
                trail_id: int | None) -> TrailsData:
    """The register, every trail's description, and the history of `trail_id` if given."""
    from destination_norberg.store.trails_store import history, register

    rows = register(source, now, stale_days)
    descriptions = {int(i): (sv or "", en or "", bool(lit))
                    for i, sv, en, lit in source.rows(_DESCRIPTIONS)}
    known = trail_id if trail_id is not None and any(r.id == trail_id for r in rows) else None
    return TrailsData(rows=rows, now=now, stale_days=stale_days, descriptions=descriptions,
                      history_of=known,
                      history=history(source, known) if known is not None else [])


def read_register(url: str, now: datetime, stale_days: int,
                  trail_id: int | None) -> TrailsData:
    """Worker: `read_trails` on a source for `url`, opened and closed here."""
    from destination_norberg.store.reading import read_with

    return read_with(url, lambda source: read_trails(source, now, stale_days, trail_id))


def read_history(url: str, trail_id: int) -> list[ReportRecord]:
    """Worker: one trail's reports, newest first."""
    from destination_norberg.store.reading import read_with
    from destination_norberg.store.trails_store import history

    return read_with(url, lambda source: history(source, trail_id))


def insert_reports(engine: Any, drafts: Sequence[ReportDraft]) -> list[int]:
    """Save a batch of reports in one write unit: the new rows' ids, in order."""
    from destination_norberg.store.trails_store import insert_reports as insert

    ids: list[int] = insert(engine, drafts)
    return ids


def delete_reports(engine: Any, ids: Sequence[int]) -> int:
    """Remove exactly the reports `ids` (an undone report), in one write unit: how many."""
    from destination_norberg.store.trails_store import delete_reports as delete

    count: int = delete(engine, ids)
    return count


# --- a trail's life: state, retire, delete ------------------------------------------------


def trail_references(source: Any, trail_id: int) -> TrailReferences:
    """What refers to the trail (reports, race courses, snow targets): a trail with any of
    them is retired, never deleted."""
    from destination_norberg.store.trails_store import trail_references as refs

    found: TrailReferences = refs(source, trail_id)
    return found


def _trail_row(engine: Any, key: str) -> dict[str, Any]:
    from destination_norberg.store.rows import EngineRows
    from destination_norberg.store.snow_write import load_id
    from destination_norberg.store.trails_store import find_trail

    try:
        trail_id = find_trail(EngineRows(engine), key)
    except TrailLookupError as exc:
        raise AppError(str(exc)) from exc
    row = load_id(engine, "trail", trail_id)
    if row is None:
        raise AppError(said("trails.removed", "The trail “{key}” was removed meanwhile.",
                            key=key))
    return dict(row)


def set_trail_state(url: str, key: str, word: str) -> tuple[str, TrailLifecycle,
                                                             TrailLifecycle]:
    """(name, state before, state now) after setting the trail `key` (id, uid, name or the
    start of a name) to the state `word` names (core.trail_life.parse_lifecycle)."""
    from destination_norberg.store.opening import open_database
    from destination_norberg.store.snow_write import update_row

    try:
        state = parse_lifecycle(word)
    except LifecycleError as exc:
        raise AppError(str(exc)) from exc
    engine = open_database(url)
    try:
        row = _trail_row(engine, key)
        before = TrailLifecycle(row["lifecycle"])
        if before is not state:
            update_row(engine, "trail", row, {**row, "lifecycle": state.value})
    finally:
        engine.dispose()
    return str(row["name"]), before, state


def delete_trail(url: str, key: str) -> str:
    """Delete the trail `key` when nothing refers to it; AppError saying what refers to it
    (and to retire it instead) otherwise. Its name."""
    from destination_norberg.store.opening import open_database
    from destination_norberg.store.snow_write import delete_row

    engine = open_database(url)
    try:
        row = _trail_row(engine, key)
        refusal = delete_refusal(str(row["name"]), trail_references(engine, int(row["id"])))
        if refusal is not None:
            raise AppError(refusal)
        delete_row(engine, "trail", row)
    finally:
        engine.dispose()
    return str(row["name"])


def public_register(url: str, now: datetime,
                    stale_days: int | None) -> tuple[list[TrailRow], int]:
    """The trails the public sees (core.trail_life.public_trails) as the status page and the
    bulletin show them, and the stale threshold."""
    rows, days = register_at(url, now, stale_days)
    return public_trails(rows), days
