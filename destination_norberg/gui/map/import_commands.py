"""A geodata import as one undo step: trails, a reference layer, or a stråk's route.

As everywhere (gui.common.undo), the import is written first and the command pushed only
when that succeeded; its first redo() is the import already done. Undo removes exactly what
the import added (found by uid, refused when it changed or came into use since) or puts back
the route it replaced; redo writes it again (app.geodata).
"""

from __future__ import annotations

from typing import Any

from destination_norberg.gui.common.undo import StoreCommand


class ImportTrailsCommand(StoreCommand):
    """The trails one import created; undo deletes them, redo inserts them again."""

    def __init__(self, text: str, rows: list[dict[str, Any]], **services: Any) -> None:
        super().__init__(text, **services)
        self.rows = rows

    @property
    def ids(self) -> list[int]:
        return [int(r["id"]) for r in self.rows]

    def apply(self) -> None:
        from destination_norberg.app.geodata import restore_imported_trails

        self.rows = restore_imported_trails(self.engine(), self.rows)

    def revert(self) -> None:
        from destination_norberg.app.geodata import remove_imported_trails

        remove_imported_trails(self.engine(), self.rows)


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
