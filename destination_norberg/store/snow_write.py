"""Edits of the snow log and the registers behind go/no-go, found by uid, one write unit each.

The storage measurements, the production log, the guarantee targets (with the loops that
count), the trails' attributes and each race's courses are plain rows edited whole from a
dialog. One small set of steps serves them all and their undo: insert a row with a given
uid, change a row that still holds what the editor saw, delete it; a race's courses are
replaced as one list. A row that changed under the step (someone else, or an undo out of
order) is a ConflictError and nothing is written.

Values are plain dicts of the columns in `FIELDS`; a target's loops travel as `trail_ids`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Engine, Table, delete, insert, select
from sqlalchemy.orm import Session

from destination_norberg.store import models as m
from destination_norberg.store.base import new_uid, utcnow
from destination_norberg.store.database import write_session
from destination_norberg.store.planning_write import _guard
from destination_norberg.store.snow_read import FIELDS
from destination_norberg.store.versioned import (
    ConflictError,
    delete_versioned,
    expect_unchanged,
    insert_versioned,
    meanwhile,
    update_versioned,
)

Values = dict[str, Any]

#: The kinds of row edited here, their table and the columns a dialog edits.
TABLES: dict[str, Table] = {
    "storage": m.SnowStorageMeasurement.__table__,
    "production": m.SnowProduction.__table__,
    "target": m.SnowTarget.__table__,
    "trail": m.Trail.__table__,
    "place": m.Place.__table__,
}
#: Who the row is, in a conflict message.
_WHAT = {"storage": "The storage measurement", "production": "The production entry",
         "target": "The snow-guarantee target", "trail": "The trail", "place": "The venue"}
COURSE_FIELDS = ("loop_km", "laps", "natural_course", "trail_id")
_LINKS = m.snow_target_trail


def _content(kind: str, values: Mapping[str, Any]) -> Values:
    out = {k: values.get(k) for k in FIELDS[kind]}
    if kind == "target":
        out["trail_ids"] = sorted(values.get("trail_ids") or [])
    return out


def read_row(session: Session, kind: str, uid: str) -> Values | None:
    """The row's content, its uid and version; None when there is no such row."""
    table = TABLES[kind]
    row = session.execute(select(table).where(table.c.uid == uid)).mappings().first()
    if row is None:
        return None
    values: Values = {k: row[k] for k in (*FIELDS[kind], "id", "uid", "version")}
    if kind == "target":
        values["trail_ids"] = sorted(session.scalars(
            select(_LINKS.c.trail_id).where(_LINKS.c.target_id == row["id"])))
    return values


def load(engine: Engine, kind: str, uid: str) -> Values | None:
    with write_session(engine) as session:
        return read_row(session, kind, uid)


def load_id(engine: Engine, kind: str, row_id: int) -> Values | None:
    """The row with this id, as `load` gives it (the register's rows carry ids)."""
    table = TABLES[kind]
    with write_session(engine) as session:
        uid = session.execute(select(table.c.uid).where(table.c.id == row_id)).scalar()
        return None if uid is None else read_row(session, kind, uid)


def _expect(session: Session, kind: str, expected: Mapping[str, Any]) -> Values:
    return expect_unchanged(read_row(session, kind, expected["uid"]), expected,
                            lambda values: _content(kind, values), _WHAT[kind])


def _set_links(session: Session, target_id: int, trail_ids: Sequence[int]) -> None:
    session.execute(delete(_LINKS).where(_LINKS.c.target_id == target_id))
    if trail_ids:
        session.execute(insert(_LINKS), [{"target_id": target_id, "trail_id": t}
                                         for t in sorted(set(trail_ids))])


def insert_row(engine: Engine, kind: str, values: Mapping[str, Any]) -> Values:
    """A new row (with `values["uid"]` if given, so a redo brings back the same row)."""
    table = TABLES[kind]
    uid = values.get("uid") or new_uid()
    with _guard(_WHAT[kind]), write_session(engine) as session:
        if session.execute(select(table.c.id).where(table.c.uid == uid)).first() is not None:
            raise ConflictError(f"{_WHAT[kind]} already exists; nothing was saved.")
        row = {k: values.get(k) for k in FIELDS[kind]}
        new_id = insert_versioned(session, table, {**row, "uid": uid})
        if kind == "target":
            _set_links(session, new_id, values.get("trail_ids") or [])
        return read_row(session, kind, uid)  # type: ignore[return-value]


def update_row(engine: Engine, kind: str, expected: Mapping[str, Any],
               new: Mapping[str, Any]) -> Values:
    """Change the row from `expected` to `new` if it still holds `expected`."""
    table = TABLES[kind]
    with _guard(_WHAT[kind]), write_session(engine) as session:
        current = _expect(session, kind, expected)
        changes = {k: new.get(k) for k in FIELDS[kind]}
        update_versioned(session, table, current["id"], current["version"], changes,
                         conflict=meanwhile(_WHAT[kind]))
        if kind == "target":
            _set_links(session, current["id"], new.get("trail_ids") or [])
        return read_row(session, kind, current["uid"])  # type: ignore[return-value]


def delete_row(engine: Engine, kind: str, expected: Mapping[str, Any]) -> None:
    """Remove the row if it still holds `expected` (a target's loop links go with it)."""
    table = TABLES[kind]
    with _guard(_WHAT[kind]), write_session(engine) as session:
        current = _expect(session, kind, expected)
        # The version too: on a server another unit may change the row after the read.
        delete_versioned(session, table, current["id"], current["version"],
                         conflict=meanwhile(_WHAT[kind], outcome="removed"))


# --- race courses ---------------------------------------------------------------------------

def read_courses(session: Session, event_id: int) -> list[Values]:
    t = m.RaceCourse.__table__
    return [dict(r) for r in session.execute(
        select(t.c.uid, *(t.c[k] for k in COURSE_FIELDS)).where(t.c.event_id == event_id)
        .order_by(t.c.position, t.c.id)).mappings()]


def _course_content(courses: Sequence[Mapping[str, Any]]) -> list[tuple]:
    return [tuple(c.get(k) for k in COURSE_FIELDS) for c in courses]


def replace_courses(engine: Engine, event_id: int, expected: Sequence[Mapping[str, Any]],
                    new: Sequence[Mapping[str, Any]]) -> list[Values]:
    """The race's courses become `new` (in that order) if they still are `expected`."""
    t = m.RaceCourse.__table__
    with _guard("The race's courses"), write_session(engine) as session:
        # The race's row locked (FOR UPDATE; SQLite's unit holds the write lock anyway): two
        # replacements at once on a server would otherwise both pass the check below.
        if session.get(m.Event, event_id, with_for_update=True) is None:
            raise ConflictError("The race was removed meanwhile; nothing was saved.")
        if _course_content(read_courses(session, event_id)) != _course_content(expected):
            raise ConflictError("The race's courses were changed by someone else meanwhile; "
                                "nothing was saved.")
        session.execute(delete(t).where(t.c.event_id == event_id))
        now = utcnow()
        if new:
            session.execute(insert(t), [
                {**{k: c.get(k) for k in COURSE_FIELDS}, "event_id": event_id,
                 "position": pos, "uid": c.get("uid") or new_uid(), "version": 1,
                 "created_at": now, "updated_at": now}
                for pos, c in enumerate(new, start=1)])
        return read_courses(session, event_id)
