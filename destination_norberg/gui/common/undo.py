"""Undoable store edits (QUndoStack: Ctrl+Z / Ctrl+Shift+Z), one framework for every area.

An edit is saved first and pushed only when the save succeeded, so a failed save leaves the
stack as it was and what came before can still be undone. Undo and redo find rows by uid
and check that they still hold what the step left there (the store raises ConflictError
otherwise); a step that finds the row changed by someone else says so and marks itself
obsolete, so the stack drops it.

`StoreCommand` is the base every area's commands build on; `RowEditCommand` is the one
command for a single row created, changed or removed through an area's write functions
(`RowWrites`: insert, update, delete, as store.snow_write, store.network_write and
store.package_write give them).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QUndoCommand

Values = dict[str, Any]


class StoreCommand(QUndoCommand):
    """Base: `changed()` refreshes the views; `report(exc)` shows an error to the user."""

    def __init__(self, text: str, engine: Callable[[], Any], changed: Callable[[], None],
                 report: Callable[[BaseException], None]) -> None:
        super().__init__(text)
        self.engine, self.changed, self.report = engine, changed, report
        self._applied = True  # the first redo() is the save already done before the push

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, step: Callable[[], None]) -> None:
        from destination_norberg.app.errors import DatabaseError

        try:
            step()
        except DatabaseError as exc:
            self.setObsolete(True)
            self.report(exc)
        self.changed()

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


@dataclass(frozen=True)
class RowWrites:
    """An area's writes of one row, each one unit that checks the row by uid first.

    `insert(engine, values)` and `update(engine, expected, new)` return the row as saved;
    `delete(engine, expected)` removes it (what it returns is not used).
    """

    insert: Callable[[Any, Mapping[str, Any]], Values]
    update: Callable[[Any, Mapping[str, Any], Mapping[str, Any]], Values]
    delete: Callable[[Any, Mapping[str, Any]], Any]

    def step(self, engine: Any, old: Values | None, new: Values | None) -> Values | None:
        """Create (`old` None), change, or remove (`new` None) the row: the row as saved."""
        if old is None:
            return self.insert(engine, new or {})
        if new is None:
            self.delete(engine, old)
            return None
        return self.update(engine, old, new)


class RowEditCommand(StoreCommand):
    """`RowWrites.step` made undoable: pushed with the row as the first save left it.

    Redo applies before -> after again and keeps the row it saved; undo goes back the other
    way and keeps what it saved as the new `before`, so the next redo expects exactly that.
    """

    def __init__(self, text: str, writes: RowWrites, before: Values | None,
                 after: Values | None, **services: Any) -> None:
        super().__init__(text, **services)
        self.writes, self.before, self.after = writes, before, after

    def apply(self) -> None:
        self.after = self.writes.step(self.engine(), self.before, self.after)

    def revert(self) -> None:
        self.before = self.writes.step(self.engine(), self.after, self.before)
