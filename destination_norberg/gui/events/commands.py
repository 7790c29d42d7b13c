"""Undoable edits of the planning area (QUndoStack: Ctrl+Z / Ctrl+Shift+Z).

An edit is saved first and pushed only when the save succeeded, so a failed save leaves the
stack as it was and what came before can still be undone. Undo and redo find rows by uid
and check that they still hold what the step left there (app.planning_edit): ids change
when a creation is undone and redone, versions with every edit. A step that finds the row
changed by someone else says so and marks itself obsolete, so the stack drops it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from destination_norberg.core.events import EventRecord, StrakRecord, TaskRecord
from destination_norberg.gui.common.undo import StoreCommand


class SaveEventCommand(StoreCommand):
    """Create (before None) or change one event."""

    def __init__(self, text: str, before: EventRecord | None, saved: EventRecord,
                 **services: Any) -> None:
        super().__init__(text, **services)
        self.before, self.after = before, saved

    def apply(self) -> None:
        from destination_norberg.app.planning_edit import insert_events, swap_event

        if self.before is None:
            (self.after,), _ = insert_events(self.engine(), [self.after])
        else:
            self.after = swap_event(self.engine(), self.before, self.after)

    def revert(self) -> None:
        from destination_norberg.app.planning_edit import remove_events, swap_event

        if self.before is None:
            remove_events(self.engine(), [self.after])
        else:
            self.before = swap_event(self.engine(), self.after, self.before)


class AddEventsCommand(StoreCommand):
    """Several new events at once, with their tasks (a copied winter week, an import), and
    the events an import changed; undone and redone together."""

    def __init__(self, text: str, saved: Sequence[EventRecord],
                 parent_index: Mapping[int, int],
                 updated: Sequence[tuple[EventRecord, EventRecord]] = (),
                 tasks: Mapping[int, Sequence[TaskRecord]] | None = None,
                 **services: Any) -> None:
        super().__init__(text, **services)
        self.current = list(saved)
        self.parent_index = dict(parent_index)
        self.tasks = {i: list(t) for i, t in (tasks or {}).items()}
        self.updated = [[before, after] for before, after in updated]

    def apply(self) -> None:
        from destination_norberg.app.planning_edit import insert_events, swap_event

        self.current, _ = insert_events(self.engine(), self.current, self.parent_index,
                                        self.tasks)
        for pair in self.updated:
            pair[1] = swap_event(self.engine(), pair[0], pair[1])

    def revert(self) -> None:
        from destination_norberg.app.planning_edit import remove_events, swap_event

        for pair in self.updated:
            pair[0] = swap_event(self.engine(), pair[1], pair[0])
        remove_events(self.engine(), self.current)


class SaveTaskCommand(StoreCommand):
    """Create (before None) or change a task of the event `event_uid`."""

    def __init__(self, text: str, before: TaskRecord | None, saved: TaskRecord,
                 event_uid: str, **services: Any) -> None:
        super().__init__(text, **services)
        self.before, self.after, self.event_uid = before, saved, event_uid

    def apply(self) -> None:
        from destination_norberg.app.planning_edit import swap_task

        self.after = swap_task(self.engine(), self.event_uid, self.before, self.after)

    def revert(self) -> None:
        from destination_norberg.app.planning_edit import swap_task

        result = swap_task(self.engine(), self.event_uid, self.after, self.before)
        if result is not None:
            self.before = result


class SaveStrakCommand(StoreCommand):
    def __init__(self, text: str, before: StrakRecord, saved: StrakRecord,
                 **services: Any) -> None:
        super().__init__(text, **services)
        self.before, self.after, self.current = before, saved, saved

    def apply(self) -> None:
        from dataclasses import replace

        from destination_norberg.app.planning_edit import save_strak

        self.current = save_strak(self.engine(), replace(self.after,
                                                         version=self.current.version))

    def revert(self) -> None:
        from dataclasses import replace

        from destination_norberg.app.planning_edit import save_strak

        self.current = save_strak(self.engine(), replace(self.before,
                                                         version=self.current.version))


class BundleCommand(StoreCommand):
    """One action that wrote several rows in one unit (next year's week with its season and
    stråk, a copied or new stråk): undone and redone in one unit each (app.planning_year)."""

    def __init__(self, text: str, bundle: Any, saved: Any, **services: Any) -> None:
        super().__init__(text, **services)
        self.bundle, self.saved = bundle, saved

    def apply(self) -> None:
        from destination_norberg.app.planning_year import write

        self.saved = write(self.engine(), self.bundle)

    def revert(self) -> None:
        from destination_norberg.app.planning_year import remove

        remove(self.engine(), self.bundle, self.saved)
