"""A geodata import as one undo step: trails, a reference layer, or a stråk's route.

As everywhere (gui.common.undo), the import is written first and the command pushed only
when that succeeded; its first redo() is the import already done. Undo removes exactly what
the import added (found by uid, refused when it changed or came into use since) or puts back
the route it replaced; redo writes it again (app.geodata).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox

from destination_norberg.gui.common.errors import user_message
from destination_norberg.gui.common.plain import plain
from destination_norberg.gui.common.undo import StoreCommand


class ImportTrailsCommand(StoreCommand):
    """The trails one import created (undo deletes them, redo inserts them again) and, for an
    import that replaced lines already there, those trails `before` and `after` it (undo
    puts the old ones back); both in one unit each way."""

    def __init__(self, text: str, rows: list[dict[str, Any]],
                 before: list[dict[str, Any]] | None = None,
                 after: list[dict[str, Any]] | None = None, **services: Any) -> None:
        super().__init__(text, **services)
        self.rows, self.before, self.after = rows, before or [], after or []

    @property
    def ids(self) -> list[int]:
        return [int(r["id"]) for r in self.rows]

    def apply(self) -> None:
        from destination_norberg.app.geodata import redo_trails_import

        self.rows, self.after = redo_trails_import(self.engine(), self.rows, self.before,
                                                   self.after)

    def revert(self) -> None:
        from destination_norberg.app.geodata import undo_trails_import

        undo_trails_import(self.engine(), self.rows, self.before, self.after)


class ImportLayerCommand(StoreCommand):
    """A reference layer one import created, with its features."""

    def __init__(self, text: str, snapshot: dict[str, Any], **services: Any) -> None:
        super().__init__(text, **services)
        self.snapshot = snapshot

    def apply(self) -> None:
        from destination_norberg.app.geodata import restore_imported_layer

        self.snapshot = restore_imported_layer(self.engine(), self.snapshot)

    def revert(self) -> None:
        from destination_norberg.app.geodata import remove_imported_layer

        remove_imported_layer(self.engine(), self.snapshot)


class RouteImportCommand(StoreCommand):
    """A stråk's route replaced from a file; undo puts the old route (or none) back."""

    def __init__(self, text: str, change: Any, **services: Any) -> None:
        super().__init__(text, **services)
        self.change = change  # app.geodata.RouteChange

    def apply(self) -> None:
        from destination_norberg.app.geodata import put_route

        c = self.change
        put_route(self.engine(), c.uid, c.before, c.after)

    def revert(self) -> None:
        from destination_norberg.app.geodata import put_route

        c = self.change
        put_route(self.engine(), c.uid, c.after, c.before)


class StepsCommand(QUndoCommand):
    """Several store steps as one undo step: redo in order, undo the other way round. The
    steps are held here, not given a Qt parent, so their Python overrides stay alive."""

    def __init__(self, text: str, steps: list[StoreCommand]) -> None:
        super().__init__(text)
        self.steps = steps
        # the views are read once, after the last step: a read between two steps would
        # show the half-way state
        self._changed = steps[-1].changed
        for step in steps:
            step.changed = _nothing
        self._first = True  # the push's redo: the steps were written before it

    def redo(self) -> None:
        for step in self.steps:
            step.redo()
        if not self._first:
            self._changed()
        self._first = False

    def undo(self) -> None:
        for step in reversed(self.steps):
            step.undo()
        self._changed()


def _nothing() -> None:
    """A step's refresh while a StepsCommand runs it."""


class RemoveLayerCommand(ImportLayerCommand):
    """An imported layer removed: the import's step the other way round."""

    def apply(self) -> None:
        super().revert()

    def revert(self) -> None:
        super().apply()


def remove_layer(page: Any, layer_id: int, name: str) -> bool:
    """Remove an imported layer as one undo step ("Remove the layer …"); True when done.
    Without an undo stack (a page on its own) it is removed all the same."""
    from destination_norberg.app.geodata import imported_layer, remove_imported_layer

    engine = page.store.engine
    try:
        snapshot = imported_layer(engine, layer_id)
        remove_imported_layer(engine, snapshot)
    except Exception as exc:  # noqa: BLE001 - every failure is told
        QMessageBox.warning(page, QCoreApplication.translate("MapIO", "Not removed"),
                            plain(user_message(exc)))
        return False
    stack = getattr(page, "undo_stack", None)
    if stack is not None:
        stack.push(RemoveLayerCommand(
            QCoreApplication.translate("MapIO", "Remove the layer %1").replace("%1", name),
            snapshot, **services(page)))
    return True


def services(page: Any) -> dict[str, Any]:
    """What an import's undo step needs: the engine, a refresh, and a way to tell a failure."""

    def changed() -> None:
        page.changed.emit()
        page.reload()

    def report(exc: BaseException) -> None:
        QMessageBox.warning(page, QCoreApplication.translate("MapIO", "Not undone"),
                            plain(user_message(exc)))

    return {"engine": lambda: page.store.engine, "changed": changed, "report": report}
