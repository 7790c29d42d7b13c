"""Write planning records: one write unit each, optimistic locking on the version column.

An update names the version it read; if the row has moved on, nothing is written and
ConflictError says so (the multi-user work turns that into a merge dialog). Each function is
one transaction: all or nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from sqlalchemy import Engine, delete, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from destination_norberg.core.events import EventRecord, StrakRecord, TaskRecord
from destination_norberg.core.geometry import Geometry
from destination_norberg.store import models as m
from destination_norberg.store.base import utcnow
from destination_norberg.store.database import DatabaseError, first_line, write_session

# The errors live with the versioned writes; many callers still import them from here.
from destination_norberg.store.versioned import ConflictError as ConflictError
from destination_norberg.store.versioned import NotFoundError as NotFoundError
from destination_norberg.store.versioned import (
    delete_versioned,
    insert_versioned,
    update_versioned,
)


def _event_values(e: EventRecord) -> dict[str, Any]:
    return {"uid": e.uid, "season_id": e.season_id, "parent_id": e.parent_id,
            "name_sv": e.name_sv, "name_en": e.name_en, "kind": e.kind, "status": e.status,
            "starts_at": e.starts_at, "ends_at": e.ends_at, "all_day": e.all_day,
            "place_id": e.place_id, "organiser_id": e.organiser_id, "outdoor": e.outdoor,
            "milestone": e.milestone, "description_sv": e.description_sv,
            "description_en": e.description_en, "source_uid": e.source_uid}


@contextmanager
def _guard(what: str) -> Iterator[None]:
    """Turn driver errors into one-line DatabaseErrors (the unit is rolled back)."""
    try:
        yield
    except SQLAlchemyError as exc:
        raise DatabaseError(f"{what} could not be saved: {first_line(exc)}") from exc


def _write_versioned(session: Session, table: Any, values: dict[str, Any], row_id: int | None,
                     version: int, what: str) -> tuple[int, int]:
    """Insert (no id) or update the row if it still has `version`: (id, new version).

    Optimistic locking for every editable table (store.versioned): the update names the
    version it read.
    """
    if row_id is None:
        return insert_versioned(session, table, values), 1
    return row_id, update_versioned(
        session, table, row_id, version, values, gone=f"{what} no longer exists.",
        conflict=f"{what} was changed by someone else since you opened it; nothing was "
                 "saved. Reload and try again.")


def _save_event(session: Session, e: EventRecord) -> EventRecord:
    new_id, version = _write_versioned(session, m.Event.__table__, _event_values(e), e.id,
                                       e.version, f"The event “{e.name_sv}”")
    return replace(e, id=new_id, version=version)


def save_event(engine: Engine, e: EventRecord) -> EventRecord:
    """Insert (id None) or update (version must match); returns the record as saved."""
    with _guard("The event"), write_session(engine) as session:
        return _save_event(session, e)


def delete_event(engine: Engine, event_id: int, version: int) -> None:
    """Remove an event (the undo of creating it); its tasks go with it."""
    table = m.Event.__table__
    with _guard("The event"), write_session(engine) as session:
        delete_versioned(session, table, event_id, version,
                         conflict="The event was changed by someone else; it was not removed.")


def delete_events(engine: Engine, ids_versions: Sequence[tuple[int, int]]) -> None:
    """Remove several events in one unit (the undo of a copy or an import), children first."""
    table = m.Event.__table__
    with _guard("The events"), write_session(engine) as session:
        for event_id, version in reversed(list(ids_versions)):
            delete_versioned(session, table, event_id, version,
                             conflict="An event was changed by someone else meanwhile; "
                                      "nothing was removed.")


def save_events(engine: Engine, records: Sequence[EventRecord],
                parent_index: Mapping[int, int] | None = None) -> list[EventRecord]:
    """Insert several new events in one unit (a copied winter week, an import).

    `parent_index` maps the position of a child in `records` to the position of its parent
    in `records`, for parents that get their id only now.
    """
    parent_index = parent_index or {}
    saved: list[EventRecord] = []
    with _guard("The events"), write_session(engine) as session:
        for i, record in enumerate(records):
            if i in parent_index:
                parent = saved[parent_index[i]]
                record = replace(record, parent_id=parent.id)
            saved.append(_save_event(session, record))
    return saved


def _task_values(t: TaskRecord) -> dict[str, Any]:
    return {"uid": t.uid, "event_id": t.event_id, "title": t.title, "due_on": t.due_on,
            "due_offset_days": t.due_offset_days, "responsible_id": t.responsible_id,
            "done": t.done, "done_at": utcnow() if t.done else None}


def _save_task(session: Session, t: TaskRecord) -> TaskRecord:
    new_id, version = _write_versioned(session, m.Task.__table__, _task_values(t), t.id,
                                       t.version, f"The task “{t.title}”")
    return replace(t, id=new_id, version=version)


def save_task(engine: Engine, t: TaskRecord) -> TaskRecord:
    with _guard("The task"), write_session(engine) as session:
        return _save_task(session, t)


def save_tasks(engine: Engine, records: Sequence[TaskRecord]) -> list[TaskRecord]:
    with _guard("The tasks"), write_session(engine) as session:
        return [_save_task(session, t) for t in records]


def delete_task(engine: Engine, task_id: int, version: int) -> None:
    table = m.Task.__table__
    with _guard("The task"), write_session(engine) as session:
        delete_versioned(session, table, task_id, version,
                         conflict="The task was changed by someone else; it was not removed.")


def _save_strak(session: Session, s: StrakRecord) -> StrakRecord:
    """Insert (id None) or update a stråk and replace its stops, in an open unit."""
    table, stops = m.Strak.__table__, m.StrakStop.__table__
    values = {"name": s.name, "period_start": s.period_start, "period_end": s.period_end,
              "weekdays": ",".join(str(d) for d in sorted(set(s.weekdays))),
              "opens": s.opens, "closes": s.closes, "season_id": s.season_id,
              "event_id": s.event_id,
              "route": Geometry.line(list(s.route)).to_wkb() if len(s.route) >= 2 else None}
    now = utcnow()
    sid, version = _write_versioned(session, table, {"uid": s.uid, **values}, s.id,
                                    s.version, s.name)
    saved = replace(s, id=sid, version=version)
    session.execute(delete(stops).where(stops.c.strak_id == sid))
    for stop in sorted(s.stops, key=lambda st: st.position):
        session.execute(insert(stops).values(
            uid=f"{saved.uid}-{stop.position}", strak_id=saved.id, position=stop.position,
            organisation_id=stop.organisation_id, opening=stop.opening,
            offer_sv=stop.offer_sv, offer_en=stop.offer_en, version=1, created_at=now,
            updated_at=now))
    return saved


def save_strak(engine: Engine, s: StrakRecord) -> StrakRecord:
    """Update a stråk and replace its stops, in one unit (the stops are its parts)."""
    with _guard("The stråk"), write_session(engine) as session:
        return _save_strak(session, s)


def events_by_uid(engine: Engine, uids: Sequence[str]) -> dict[str, int]:
    """uid → event id for events of ours named in an imported file (our own export back)."""
    table = m.Event.__table__
    found: dict[str, int] = {}
    wanted = list(dict.fromkeys(u for u in uids if u))
    with engine.connect() as conn:
        for start in range(0, len(wanted), 500):
            for uid, eid in conn.execute(select(table.c.uid, table.c.id)
                                         .where(table.c.uid.in_(wanted[start:start + 500]))):
                found[uid] = eid
    return found


def events_by_source_uid(engine: Engine, uids: Sequence[str]) -> dict[str, int]:
    """source UID → event id for events already imported (an import's duplicates)."""
    table = m.Event.__table__
    found: dict[str, int] = {}
    wanted = list(dict.fromkeys(u for u in uids if u))
    with engine.connect() as conn:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            for uid, eid in conn.execute(select(table.c.source_uid, table.c.id)
                                         .where(table.c.source_uid.in_(chunk))):
                found[uid] = eid
    return found
