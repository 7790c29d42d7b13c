"""Seasons as rows: read with what each holds, create, change and remove them, by uid.

A season is a name and a period; events and stråk point at it. Nothing here deletes a
season that still holds events or stråk (the foreign keys would only set theirs to NULL,
which would hide them from every season's view): the caller is told how many it holds.
Undo and redo find a season by its uid and check that it still looks as expected, like the
planning rows (store.planning_undo).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from destination_norberg.store import models as m
from destination_norberg.store.database import DatabaseError, write_session
from destination_norberg.store.planning_read import season_list as season_list
from destination_norberg.store.planning_write import _guard
from destination_norberg.store.versioned import (
    ConflictError,
    delete_versioned,
    expect_unchanged,
    insert_versioned,
    update_versioned,
)

Values = dict[str, Any]

#: The content of a season: what undo compares and what a write sets.
CONTENT = ("uid", "name", "kind", "starts_on", "ends_on", "archived")


class SeasonInUseError(DatabaseError):
    """The season still holds events or stråk; it was not removed."""

    def __init__(self, name: str, events: int, strak: int) -> None:
        super().__init__(f'the season "{name}" holds {events} event(s) and {strak} stråk; '
                         "move or remove them first (or archive the season)")
        self.name, self.events, self.strak = name, events, strak


def _content(values: Mapping[str, Any]) -> tuple:
    return tuple(values.get(k) if k != "archived" else bool(values.get(k)) for k in CONTENT)


def _row(session: Session, uid: str) -> Values | None:
    t = m.Season.__table__
    row = session.execute(select(t).where(t.c.uid == uid)).mappings().first()
    if row is None:
        return None
    return {"id": row["id"], "version": row["version"],
            **{k: bool(row[k]) if k == "archived" else row[k] for k in CONTENT}}


def _expect(session: Session, expected: Mapping[str, Any]) -> Values:
    current: Values = expect_unchanged(_row(session, str(expected["uid"])), expected, _content,
                                       f"The season “{expected['name']}”")
    return current


def holds(session: Session, season_id: int) -> tuple[int, int]:
    """(events, stråk) in the season."""
    events = session.execute(select(func.count()).select_from(m.Event.__table__).where(
        m.Event.__table__.c.season_id == season_id)).scalar_one()
    strak = session.execute(select(func.count()).select_from(m.Strak.__table__).where(
        m.Strak.__table__.c.season_id == season_id)).scalar_one()
    return int(events), int(strak)


def _name_taken(session: Session, name: str, but: int | None = None) -> bool:
    t = m.Season.__table__
    for row_id, other in session.execute(select(t.c.id, t.c.name)):
        if row_id != but and " ".join(other.casefold().split()) == " ".join(
                name.casefold().split()):
            return True
    return False


def insert_season_in(session: Session, values: Mapping[str, Any]) -> Values:
    """A new season in an open unit; ConflictError when its name is taken."""
    if _name_taken(session, str(values["name"])):
        raise ConflictError(f'there is already a season called "{values["name"]}"')
    written = {k: values[k] for k in CONTENT}
    written["archived"] = bool(written["archived"])
    new_id = insert_versioned(session, m.Season.__table__, written)
    return {**written, "id": new_id, "version": 1}


def insert_season(engine: Engine, values: Mapping[str, Any]) -> Values:
    with _guard("The season"), write_session(engine) as session:
        return insert_season_in(session, values)


def update_season(engine: Engine, expected: Mapping[str, Any],
                  new: Mapping[str, Any]) -> Values:
    """Change the season `expected["uid"]` from `expected` to `new` (name, kind, period,
    archived); ConflictError when it changed meanwhile or the new name is taken."""
    with _guard("The season"), write_session(engine) as session:
        current = _expect(session, expected)
        if _name_taken(session, str(new["name"]), but=current["id"]):
            raise ConflictError(f'there is already a season called "{new["name"]}"')
        written = {k: new[k] for k in CONTENT if k != "uid"}
        written["archived"] = bool(written["archived"])
        version = update_versioned(
            session, m.Season.__table__, current["id"], current["version"], written,
            conflict=f"The season “{expected['name']}” was changed by someone else "
                     "meanwhile; nothing was saved.")
        return {**current, **written, "version": version}


def delete_season_in(session: Session, expected: Mapping[str, Any]) -> None:
    current = _expect(session, expected)
    events, strak = holds(session, current["id"])
    if events or strak:
        raise SeasonInUseError(current["name"], events, strak)
    delete_versioned(session, m.Season.__table__, current["id"], current["version"],
                     conflict=f"The season “{current['name']}” was changed by someone else "
                              "meanwhile; it was not removed.")


def delete_season(engine: Engine, expected: Mapping[str, Any]) -> None:
    """Remove the season if it still looks as expected and holds nothing (SeasonInUseError)."""
    with _guard("The season"), write_session(engine) as session:
        delete_season_in(session, expected)


def season_values(name: str, kind: str, starts_on: date, ends_on: date, uid: str,
                  archived: bool = False) -> Values:
    return {"uid": uid, "name": name, "kind": kind, "starts_on": starts_on,
            "ends_on": ends_on, "archived": archived}
