"""What the trail register shows: the register as of now, each trail's description, and one
trail's history, read in the worker and handed back frozen."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from destination_norberg.core.trail_register import ReportRecord, TrailRow

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
    known = trail_id is not None and any(r.id == trail_id for r in rows)
    return TrailsData(rows=rows, now=now, stale_days=stale_days, descriptions=descriptions,
                      history_of=trail_id if known else None,
                      history=history(source, trail_id) if known else [])


def read_register(url: str, now: datetime, stale_days: int,
                  trail_id: int | None) -> TrailsData:
    """Worker: `read_trails` on a source for `url`, opened and closed here."""
    from destination_norberg.store.rows import read_with

    return read_with(url, lambda source: read_trails(source, now, stale_days, trail_id))


def read_history(url: str, trail_id: int) -> list[ReportRecord]:
    """Worker: one trail's reports, newest first."""
    from destination_norberg.store.rows import read_with
    from destination_norberg.store.trails_store import history

    return read_with(url, lambda source: history(source, trail_id))
