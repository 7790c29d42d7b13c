"""Edits of the planning area (events, their tasks, stråk) and the steps that undo them.

Each opens its own write unit on the engine it is given and returns core records. They are
the store's functions under their use-case names: the window's editor and its undo commands
call them here, never store/ (the "through app" contract in pyproject.toml). Importing this
module loads SQLAlchemy: import it inside the function that writes.
"""

from __future__ import annotations

from typing import Any

from destination_norberg.core.events import EventRecord
from destination_norberg.store.planning_undo import insert_events as insert_events
from destination_norberg.store.planning_undo import remove_events as remove_events
from destination_norberg.store.planning_undo import swap_event as swap_event
from destination_norberg.store.planning_undo import swap_task as swap_task
from destination_norberg.store.planning_write import save_event as save_event
from destination_norberg.store.planning_write import save_strak as save_strak
from destination_norberg.store.planning_write import save_task as save_task
from destination_norberg.store.planning_write import save_tasks as save_tasks

__all__ = ["current_event", "insert_events", "remove_events", "save_event", "save_strak",
           "save_task", "save_tasks", "swap_event", "swap_task"]


def current_event(engine: Any, uid: str) -> EventRecord | None:
    """The event `uid` as it is in the database now (theirs, after a conflict); None when it
    was removed."""
    from destination_norberg.store.database import write_session
    from destination_norberg.store.planning_undo import _event_row

    with write_session(engine) as session:
        row: EventRecord | None = _event_row(session, uid)
    return row
