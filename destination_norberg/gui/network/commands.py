"""Undoable edits of the network: rows, merges and imports (QUndoStack, as gui.common.undo).

Each edit is saved first and pushed only when the save succeeded; undo and redo find rows
by uid and refuse, with a message, what someone else changed meanwhile (the store raises
ConflictError; the step becomes obsolete).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from destination_norberg.gui.common.undo import RowEditCommand, RowWrites, StoreCommand

Values = dict[str, Any]


def writes(kind: str) -> RowWrites:
    """The network's writes of one `kind` of row (app.network_edit)."""
    from destination_norberg.app.network_edit import delete_row, insert_row, update_row

    return RowWrites(insert=lambda engine, values: insert_row(engine, kind, values),
                     update=lambda engine, old, new: update_row(engine, kind, old, new),
                     delete=lambda engine, old: delete_row(engine, kind, old))


def step(engine: Any, kind: str, old: Values | None, new: Values | None) -> Values | None:
    """Create (`old` None), change, or remove (`new` None) an organisation, person or
    interaction: the row as saved (what a removal returns brings it back)."""
    return writes(kind).step(engine, old, new)


class NetworkRowCommand(RowEditCommand):
    def __init__(self, text: str, kind: str, before: Values | None, after: Values | None,
                 **services: Any) -> None:
        super().__init__(text, writes(kind), before, after, **services)
        self.kind = kind


class RemoveRowCommand(StoreCommand):
    """A removal: undo inserts what `delete_row` returned (links included)."""

    def __init__(self, text: str, kind: str, removed: Values, **services: Any) -> None:
        super().__init__(text, **services)
        self.kind, self.removed = kind, removed
        self.current: Values | None = None

    def apply(self) -> None:
        from destination_norberg.app.network_edit import delete_row

        self.removed = delete_row(self.engine(), self.kind, self.current or self.removed)

    def revert(self) -> None:
        from destination_norberg.app.network_edit import insert_row

        self.current = insert_row(self.engine(), self.kind, self.removed)


class MergeCommand(StoreCommand):
    """Organisations merged into one; undo puts them back with what pointed to them."""

    def __init__(self, text: str, keep_uid: str, other_uids: Sequence[str], result: Any,
                 **services: Any) -> None:
        super().__init__(text, **services)
        self.keep_uid, self.other_uids, self.result = keep_uid, list(other_uids), result

    def apply(self) -> None:
        from destination_norberg.app.network_edit import merge_organisations

        self.result = merge_organisations(self.engine(), self.keep_uid, self.other_uids)

    def revert(self) -> None:
        from destination_norberg.app.network_edit import undo_merge

        undo_merge(self.engine(), self.result)


class ImportCommand(StoreCommand):
    """A contact import; undo deletes exactly what it created if untouched since."""

    def __init__(self, text: str, rows: Sequence[Any], source_name: str, outcome: Any,
                 **services: Any) -> None:
        super().__init__(text, **services)
        self.rows, self.source_name, self.outcome = list(rows), source_name, outcome

    def apply(self) -> None:
        from destination_norberg.app.network_edit import import_contacts

        self.outcome = import_contacts(self.engine(), self.rows, self.source_name)

    def revert(self) -> None:
        from destination_norberg.app.network_edit import undo_import

        undo_import(self.engine(), self.outcome)
