"""Write a planned bundle (a season, events with their tasks, stråk) in one unit, and remove
it again in one unit: next year's winter week with its season and stråk, a copied or new
stråk. One user action, one transaction, one undo step.

The bundle names its rows by uid; the season it goes into is named by uid too (created in
the same unit or already there), so a redo after an undo finds it although its id changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Engine, select

from destination_norberg.core.events import EventRecord, StrakRecord, TaskRecord
from destination_norberg.store import models as m
from destination_norberg.store.database import write_session
from destination_norberg.store.planning_undo import _expect_event
from destination_norberg.store.planning_write import (
    ConflictError,
    _guard,
    _save_event,
    _save_strak,
    _save_task,
)
from destination_norberg.store.seasons_store import delete_season_in, insert_season_in
from destination_norberg.store.versioned import delete_versioned


@dataclass(frozen=True)
class Bundle:
    """What one action writes. `season` (values as store.seasons_store takes them) is
    created first when given; `season_uid` names the season every event and stråk goes
    into (None: no season). `parent_index[i]` is the position of event i's parent in
    `events`; `tasks[i]` the tasks of event i; `strak_event[j]` the position in `events` of
    stråk j's own calendar event."""

    season: Mapping[str, Any] | None = None
    season_uid: str | None = None
    events: tuple[EventRecord, ...] = ()
    parent_index: Mapping[int, int] = field(default_factory=dict)
    tasks: Mapping[int, tuple[TaskRecord, ...]] = field(default_factory=dict)
    strak: tuple[StrakRecord, ...] = ()
    strak_event: Mapping[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Saved:
    """What a bundle's write left in the database (ids and versions as saved)."""

    season_id: int | None
    events: tuple[EventRecord, ...]
    strak: tuple[StrakRecord, ...]
    tasks: int


def _season_id(session: Any, uid: str | None) -> int | None:
    if uid is None:
        return None
    t = m.Season.__table__
    found = session.execute(select(t.c.id).where(t.c.uid == uid)).scalar()
    if found is None:
        raise ConflictError("The season was removed meanwhile; nothing was saved.")
    return int(found)


def write_bundle(engine: Engine, bundle: Bundle) -> Saved:
    """Everything in `bundle`, or (on any failure) nothing."""
    with _guard("The copy"), write_session(engine) as session:
        if bundle.season is not None:
            insert_season_in(session, bundle.season)
        season_id = _season_id(session, bundle.season_uid)
        events: list[EventRecord] = []
        count = 0
        for i, record in enumerate(bundle.events):
            parent = (events[bundle.parent_index[i]].id if i in bundle.parent_index
                      else record.parent_id)
            event = _save_event(session, replace(record, id=None, version=0, parent_id=parent,
                                                 season_id=season_id))
            events.append(event)
            for task in bundle.tasks.get(i, ()):
                _save_task(session, replace(task, id=None, version=0, event_id=event.id))
                count += 1
        strak = []
        for j, record in enumerate(bundle.strak):
            event_id = (events[bundle.strak_event[j]].id if j in bundle.strak_event
                        else record.event_id)
            strak.append(_save_strak(session, replace(record, id=None, version=0,
                                                      season_id=season_id,
                                                      event_id=event_id)))
        return Saved(season_id, tuple(events), tuple(strak), count)


def remove_bundle(engine: Engine, bundle: Bundle, saved: Saved) -> None:
    """Undo `write_bundle`: its stråk, its events (with their tasks) and the season it
    created, if all still look as it left them (ConflictError otherwise, nothing removed)."""
    table = m.Strak.__table__
    with _guard("The copy"), write_session(engine) as session:
        for record in saved.strak:
            current = session.execute(select(table.c.id, table.c.version).where(
                table.c.uid == record.uid)).first()
            if current is None or current.version != record.version:
                raise ConflictError(f"“{record.name}” was changed by someone else meanwhile; "
                                    "this step cannot be undone or redone.")
            delete_versioned(session, table, current.id, current.version,
                             conflict=f"“{record.name}” was changed by someone else "
                                      "meanwhile; this step cannot be undone or redone.")
        for record in reversed(saved.events):
            current_event = _expect_event(session, record)
            delete_versioned(session, m.Event.__table__, current_event.id,  # type: ignore
                             current_event.version,
                             conflict=f"“{record.name_sv}” was changed by someone else "
                                      "meanwhile; this step cannot be undone or redone.")
        if bundle.season is not None:
            delete_season_in(session, {**bundle.season})
