"""Undoable package edits (QUndoStack), as gui.commands: saved first, pushed on success,
found by uid on undo and redo, refused with a message when someone else changed it.

A removed package comes back with its fields, components and partners; the record of what
was sent with it (the dispatches) does not: that history went with the package.
"""

from __future__ import annotations

from typing import Any

from destination_norberg.gui.events.commands import StoreCommand

Values = dict[str, Any]


def step(engine: Any, old: Values | None, new: Values | None) -> Values | None:
    """Create (`old` None), change, or remove (`new` None) a package: as saved."""
    from destination_norberg.app.packages import (
        delete_package,
        insert_package,
        update_package,
    )

    if old is None:
        return insert_package(engine, new or {})
    if new is None:
        delete_package(engine, old)
        return None
    return update_package(engine, old, new)


class PackageCommand(StoreCommand):
    def __init__(self, text: str, before: Values | None, after: Values | None,
                 **services: Any) -> None:
        super().__init__(text, **services)
        self.before, self.after = before, after

    def apply(self) -> None:
        self.after = step(self.engine(), self.before, self.after)

    def revert(self) -> None:
        self.before = step(self.engine(), self.after, self.before)
