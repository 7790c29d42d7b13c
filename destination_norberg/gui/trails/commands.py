"""The trail register's undoable reports: save a batch, undo deletes exactly those rows.

(The register's reads are in app.trails.)

Reports are facts in time and are never edited (app.trails), so undoing a report
removes its row and redoing it appends it again. The rows are found by the ids the insert
returned, never by matching trail, time and author: two reports on one trail in the same
second (a bulk update made twice, a fixed clock in a test) must not be mistaken for each
other. Ids change when a report is undone and redone; the command keeps the newest ones.

As in gui.common.undo, the batch is saved first (`insert_reports`) and the command is pushed
only when that save succeeded; its first redo() is the save already done.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from destination_norberg.app.trails import delete_reports, insert_reports
from destination_norberg.core.trail_register import ReportDraft
from destination_norberg.gui.common.undo import StoreCommand


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
