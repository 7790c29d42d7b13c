"""Undoable edits of the snow log, the targets, trail attributes and race courses.

As everywhere (gui.common.undo): the edit is saved first and pushed only when the save
succeeded; undo and redo find rows by uid and refuse, with a message, a row that someone
else changed meanwhile (app.snow_edit raises ConflictError; the step becomes obsolete).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from destination_norberg.gui.common.undo import RowEditCommand, RowWrites, StoreCommand

Values = dict[str, Any]


def writes(kind: str) -> RowWrites:
    """The snow log's writes of one `kind` of row (app.snow_edit)."""
    from destination_norberg.app.snow_edit import delete_row, insert_row, update_row

    return RowWrites(insert=lambda engine, values: insert_row(engine, kind, values),
                     update=lambda engine, old, new: update_row(engine, kind, old, new),
                     delete=lambda engine, old: delete_row(engine, kind, old))


def step(engine: Any, kind: str, old: Values | None, new: Values | None) -> Values | None:
    """Create (`old` None), change, or remove (`new` None) one row: the row as saved."""
    return writes(kind).step(engine, old, new)


class RowCommand(RowEditCommand):
    """`step` made undoable: pushed with the row as the first save left it."""

    def __init__(self, text: str, kind: str, before: Values | None, after: Values | None,
                 **services: Any) -> None:
        super().__init__(text, writes(kind), before, after, **services)
        self.kind = kind


class CoursesCommand(StoreCommand):
    """A race's list of courses replaced as one step."""

    def __init__(self, text: str, event_id: int, before: Sequence[Values],
                 after: Sequence[Values], **services: Any) -> None:
        super().__init__(text, **services)
        self.event_id, self.before, self.after = event_id, list(before), list(after)

    def apply(self) -> None:
        from destination_norberg.app.snow_edit import replace_courses

        self.after = replace_courses(self.engine(), self.event_id, self.before, self.after)

    def revert(self) -> None:
        from destination_norberg.app.snow_edit import replace_courses

        self.before = replace_courses(self.engine(), self.event_id, self.after, self.before)
