"""Check-and-write steps for undo and redo, found by uid, all in one write unit each.

Ids change when an undone creation is redone (a new row), and versions move with every
edit, so undo/redo find rows by their stable uid and compare the content they expect to
find. A difference means someone (or something) else changed the row: ConflictError, and
nothing is written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import fields, replace
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from destination_norberg.core.events import EventRecord, TaskRecord
from destination_norberg.store import models as m
from destination_norberg.store.database import write_session
from destination_norberg.store.planning_write import (
    ConflictError,
    _guard,
    _save_event,
    _save_task,
)
from destination_norberg.store.versioned import delete_versioned

#: What identity and bookkeeping, not content, is: ignored when comparing.
_EVENT_IGNORED = {"id", "version", "parent_id", "place_name", "organiser_name"}
_TASK_IGNORED = {"id", "version", "event_id", "responsible_name"}


def _content(record: Any, ignored: set[str]) -> tuple:
    return tuple(getattr(record, f.name) for f in fields(record) if f.name not in ignored)


def _event_row(session: Session, uid: str) -> EventRecord | None:
    t = m.Event.__table__
    row = session.execute(select(t).where(t.c.uid == uid)).mappings().first()
    if row is None:
        return None
    keys = {f.name for f in fields(EventRecord)} - {"place_name", "organiser_name"}
    return EventRecord(**{k: row[k] for k in keys})


def _task_row(session: Session, uid: str) -> TaskRecord | None:
    t = m.Task.__table__
    row = session.execute(select(t).where(t.c.uid == uid)).mappings().first()
    if row is None:
        return None
    keys = {f.name for f in fields(TaskRecord)} - {"responsible_name"}
    return TaskRecord(**{k: row[k] for k in keys})


def _expect_event(session: Session, expected: EventRecord) -> EventRecord:
    current = _event_row(session, expected.uid)
    if current is None or _content(current, _EVENT_IGNORED) != _content(expected,
                                                                          _EVENT_IGNORED):
        raise ConflictError(f"“{expected.name_sv}” was changed by someone else meanwhile; "
                            "this step cannot be undone or redone.")
    return current


def swap_event(engine: Engine, expected: EventRecord, new: EventRecord) -> EventRecord:
    """Change the event with uid `expected.uid` from `expected` to `new` (content)."""
    with _guard("The event"), write_session(engine) as session:
        current = _expect_event(session, expected)
        return _save_event(session, replace(new, id=current.id, version=current.version,
                                            parent_id=current.parent_id
                                            if new.parent_id == expected.parent_id
                                            else new.parent_id))


def remove_events(engine: Engine, expected: Sequence[EventRecord]) -> None:
    """Remove events that still look as expected (their tasks go with them), children first."""
    table = m.Event.__table__
    with _guard("The events"), write_session(engine) as session:
        for record in reversed(list(expected)):
            current = _expect_event(session, record)
            # The version too: on a server another unit may change the row after the read.
            delete_versioned(session, table, current.id, current.version,
                             conflict=f"“{record.name_sv}” was changed by someone else "
                                      "meanwhile; this step cannot be undone or redone.")


def insert_events(engine: Engine, records: Sequence[EventRecord],
                  parent_index: Mapping[int, int] | None = None,
                  tasks: Mapping[int, Sequence[TaskRecord]] | None = None,
                  ) -> tuple[list[EventRecord], list[TaskRecord]]:
    """New events (parents before children) and each one's tasks, in one unit.

    `parent_index` maps a record's position to its parent's position in `records`;
    `tasks` maps a record's position to the tasks to create on it.
    """
    parent_index, tasks = parent_index or {}, tasks or {}
    saved: list[EventRecord] = []
    saved_tasks: list[TaskRecord] = []
    with _guard("The events"), write_session(engine) as session:
        for i, record in enumerate(records):
            parent_id = saved[parent_index[i]].id if i in parent_index else record.parent_id
            event = _save_event(session, replace(record, id=None, version=0,
                                                 parent_id=parent_id))
            saved.append(event)
            for task in tasks.get(i, ()):
                saved_tasks.append(_save_task(session, replace(task, id=None, version=0,
                                                               event_id=event.id)))
    return saved, saved_tasks


def swap_task(engine: Engine, event_uid: str, expected: TaskRecord | None,
              new: TaskRecord | None) -> TaskRecord | None:
    """Create (expected None), change, or remove (new None) a task of the event `event_uid`."""
    table = m.Task.__table__
    with _guard("The task"), write_session(engine) as session:
        event = _event_row(session, event_uid)
        if event is None:
            raise ConflictError("The task's event is gone; this step cannot be undone or "
                                "redone.")
        uid = (expected or new).uid  # type: ignore[union-attr]
        current = _task_row(session, uid)
        if expected is None:
            if current is not None:
                raise ConflictError("The task exists already.")
        elif current is None or _content(current, _TASK_IGNORED) != _content(
                expected, _TASK_IGNORED):
            raise ConflictError(f"The task “{expected.title}” was changed by someone else "
                                "meanwhile; this step cannot be undone or redone.")
        if new is None:
            # Changed after the read (a server database): the version says so.
            delete_versioned(session, table, current.id, current.version,  # type: ignore
                             conflict=f"The task “{current.title}” was changed by "  # type: ignore
                                      "someone else meanwhile; this step cannot be undone "
                                      "or redone.")
            return None
        if current is None:
            return _save_task(session, replace(new, id=None, version=0, event_id=event.id))
        return _save_task(session, replace(new, id=current.id, version=current.version,
                                           event_id=event.id))

