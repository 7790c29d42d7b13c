"""Undoable package edits (QUndoStack), as gui.common.undo: saved first, pushed on success,
found by uid on undo and redo, refused with a message when someone else changed it.

A removed package comes back with its fields, components and partners; the record of what
was sent with it (the dispatches) does not: that history went with the package.
"""

from __future__ import annotations

from typing import Any

from destination_norberg.gui.common.undo import RowEditCommand, RowWrites

Values = dict[str, Any]


def writes() -> RowWrites:
    """A package's writes (app.packages), with its components and partners."""
    from destination_norberg.app.packages import (
        delete_package,
        insert_package,
        update_package,
    )

    return RowWrites(insert=insert_package, update=update_package, delete=delete_package)


def step(engine: Any, old: Values | None, new: Values | None) -> Values | None:
    """Create (`old` None), change, or remove (`new` None) a package: as saved."""
    return writes().step(engine, old, new)


class PackageCommand(RowEditCommand):
    def __init__(self, text: str, before: Values | None, after: Values | None,
                 **services: Any) -> None:
        super().__init__(text, writes(), before, after, **services)
