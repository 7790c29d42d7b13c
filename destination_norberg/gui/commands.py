"""Undoable edits of the planning area (QUndoStack: Ctrl+Z / Ctrl+Shift+Z).

An edit is saved first and pushed only when the save succeeded, so a failed save leaves the
stack as it was and what came before can still be undone. A command whose undo or redo
fails (someone else changed the row meanwhile) says why and marks itself obsolete, so the
stack drops it rather than pretending.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtGui import QUndoCommand

from destination_norberg.core.events import EventRecord, StrakRecord, TaskRecord


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
        from destination_norberg.store.database import DatabaseError

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


class SaveEventCommand(StoreCommand):
    """Create (before None) or change one event."""

    def __init__(self, text: str, before: EventRecord | None, saved: EventRecord,
                 **services: Any) -> None:
        super().__init__(text, **services)
        self.before, self.current = before, saved
        self.after = saved

    def apply(self) -> None:
        from destination_norberg.store.planning_write import save_event

        if self.before is None:  # re-create under the same uid
            self.current = save_event(self.engine(), replace(self.after, id=None))
        else:
            self.current = save_event(self.engine(), replace(
                self.after, id=self.current.id, version=self.current.version))

    def revert(self) -> None:
        from destination_norberg.store.planning_write import delete_event, save_event

        if self.before is None:
            delete_event(self.engine(), self.current.id, self.current.version)
        else:
            self.current = save_event(self.engine(), replace(
                self.before, id=self.current.id, version=self.current.version))


class AddEventsCommand(StoreCommand):
    """Several new events at once (a copied winter week, an import), undone together."""

    def __init__(self, text: str, saved: Sequence[EventRecord],
                 parent_index: dict[int, int], updated: Sequence[tuple[EventRecord,
                                                                       EventRecord]] = (),
                 **services: Any) -> None:
        super().__init__(text, **services)
        self.records = [replace(e, id=None, version=0) for e in saved]
        self.current = list(saved)
        self.parent_index = parent_index
        # Events an import changed: (as before, as the import made it, as stored now).
        self.updated = [(before, after, after) for before, after in updated]

    def apply(self) -> None:
        from destination_norberg.store.planning_write import save_event, save_events

        self.current = save_events(self.engine(), self.records, self.parent_index)
        self.updated = [(before, after, save_event(self.engine(), replace(
            after, version=now.version))) for before, after, now in self.updated]

    def revert(self) -> None:
        from destination_norberg.store.planning_write import delete_events, save_event

        delete_events(self.engine(), [(e.id, e.version) for e in self.current])
        self.updated = [(before, after, save_event(self.engine(), replace(
            before, id=now.id, version=now.version))) for before, after, now in self.updated]


class SaveTaskCommand(StoreCommand):
    def __init__(self, text: str, before: TaskRecord | None, saved: TaskRecord,
                 **services: Any) -> None:
        super().__init__(text, **services)
        self.before, self.after, self.current = before, saved, saved

    def apply(self) -> None:
        from destination_norberg.store.planning_write import save_task

        if self.before is None:
            self.current = save_task(self.engine(), replace(self.after, id=None))
        else:
            self.current = save_task(self.engine(), replace(
                self.after, id=self.current.id, version=self.current.version))

    def revert(self) -> None:
        from destination_norberg.store.planning_write import delete_task, save_task

        if self.before is None:
            delete_task(self.engine(), self.current.id, self.current.version)
        else:
            self.current = save_task(self.engine(), replace(
                self.before, id=self.current.id, version=self.current.version))


class SaveStrakCommand(StoreCommand):
    def __init__(self, text: str, before: StrakRecord, saved: StrakRecord,
                 **services: Any) -> None:
        super().__init__(text, **services)
        self.before, self.after, self.current = before, saved, saved

    def apply(self) -> None:
        from destination_norberg.store.planning_write import save_strak

        self.current = save_strak(self.engine(), replace(self.after,
                                                         version=self.current.version))

    def revert(self) -> None:
        from destination_norberg.store.planning_write import save_strak

        self.current = save_strak(self.engine(), replace(self.before,
                                                         version=self.current.version))
