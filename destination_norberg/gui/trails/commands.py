"""The trail register's data: reads for the worker, and undoable reports.

Reads (`read_trails_job`, `read_history_job`) return functions for gui.tasks: they open their
own source in the worker, the standard library's sqlite3 on a current SQLite file and
SQLAlchemy otherwise (as planning_data does), and hand back frozen values.

Undoable reports: save a batch of reports, undo deletes exactly those rows.

Reports are facts in time and are never edited (store.trails_store), so undoing a report
removes its row and redoing it appends it again. The rows are found by the ids the insert
returned, never by matching trail, time and author: two reports on one trail in the same
second (a bulk update made twice, a fixed clock in a test) must not be mistaken for each
other. Ids change when a report is undone and redone; the command keeps the newest ones.

As in gui.common.undo, the batch is saved first (`insert_reports`) and the command is pushed
only when that save succeeded; its first redo() is the save already done.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from destination_norberg.core.trail_register import ReportDraft, ReportRecord, TrailRow
from destination_norberg.gui.common.undo import StoreCommand
from destination_norberg.store.trails_store import delete_reports, insert_reports

T = TypeVar("T")

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


def _with_source(url: str, read: Callable[[Any], T]) -> T:
    """Worker: run `read` on a RowSource for `url`, opened and closed here."""
    from destination_norberg.store.rows import read_with

    return read_with(url, read)


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


def read_trails_job(url: str, now: datetime, stale_days: int,
                    trail_id: int | None) -> Callable[[], TrailsData]:
    """A worker function; everything it needs is read here, on the UI thread."""
    return lambda: _with_source(url, lambda s: read_trails(s, now, stale_days, trail_id))


def read_history_job(url: str, trail_id: int) -> Callable[[], list[ReportRecord]]:
    from destination_norberg.store.trails_store import history

    return lambda: _with_source(url, lambda s: history(s, trail_id))


class AddReportsCommand(StoreCommand):
    """One report or a bulk update of several trails, undone and redone as one step."""

    def __init__(self, text: str, drafts: Sequence[ReportDraft], ids: Sequence[int],
                 **services: Any) -> None:
        super().__init__(text, **services)
        self.drafts = list(drafts)
        self.ids = list(ids)

    def apply(self) -> None:
        self.ids = insert_reports(self.engine(), self.drafts)

    def revert(self) -> None:
        delete_reports(self.engine(), self.ids)
