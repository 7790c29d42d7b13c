"""Volunteer shifts in the database: read an event's plan, write one shift with its people.

A shift and the people on it travel together as one plain dict (`Values`) and are written in
ONE unit, found by uid, as store.package_write does: insert with a given uid (so a redo
brings back the same row and its people), change a shift that still holds what the editor
saw, delete it. Putting a person on a shift or taking them off is a change of the shift, so
every edit of the window is one undo step through gui.common.undo.RowEditCommand.

Reads take a RowSource (store.rows) so that the command line reads a current SQLite file
without SQLAlchemy, as the other read use cases do.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from destination_norberg.core.volunteers import (
    Assignee,
    Shift,
    VolunteerError,
    VolunteerPlan,
    check_shift,
    plan,
)
from destination_norberg.store.rows import RowSource, as_utc

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

Values = dict[str, Any]
FIELDS = ("event_id", "place", "role", "starts_at", "ends_at", "needed", "note")
_WHAT = "The shift"
#: A volunteer's data is reviewed (asked again for next year's race, or erased) this long
#: after their consent: a race is yearly, so a year and a month.
RETENTION_DAYS = 400
_PERSON = ("SELECT p.id, p.uid, p.name, p.phone, p.email, COALESCE(o.name, '') FROM person p "
           "LEFT JOIN organisation o ON o.id = p.organisation_id ")


def _assignee(r: Sequence[Any]) -> Assignee:
    return Assignee(int(r[0]), r[1], r[2], r[3] or "", r[4] or "", r[5] or "")


def event_name(source: RowSource, event_id: int) -> str | None:
    rows = source.rows("SELECT name_sv FROM event WHERE id = :e", e=event_id)
    return rows[0][0] if rows else None


def read_plan(source: RowSource, event_id: int) -> VolunteerPlan | None:
    """The event's shifts with their people, the volunteer list, the gaps and the clashes;
    None when there is no such event. The shifts of the event's own parts (a winter week's
    races) count as the event's."""
    name = event_name(source, event_id)
    if name is None:
        return None
    rows = source.rows(
        "SELECT s.id, s.uid, s.event_id, s.place, s.role, s.starts_at, s.ends_at, s.needed, "
        "s.note, s.version FROM volunteer_shift s JOIN event e ON e.id = s.event_id "
        "WHERE e.id = :e OR e.parent_id = :e", e=event_id)
    people: dict[int, list[Assignee]] = {}
    if rows:
        for r in source.rows(
                "SELECT a.shift_id, p.id, p.uid, p.name, p.phone, p.email, COALESCE(o.name, '') "
                "FROM volunteer_assignment a JOIN person p ON p.id = a.person_id "
                "JOIN volunteer_shift s ON s.id = a.shift_id JOIN event e ON e.id = s.event_id "
                "LEFT JOIN organisation o ON o.id = p.organisation_id "
                "WHERE e.id = :e OR e.parent_id = :e ORDER BY p.name, p.id", e=event_id):
            people.setdefault(int(r[0]), []).append(_assignee(r[1:]))
    shifts = [Shift(int(r[0]), r[1], int(r[2]), r[3], r[4], as_utc(r[5]),  # type: ignore[arg-type]
                    as_utc(r[6]), int(r[7]), r[8] or "",  # type: ignore[arg-type]
                    tuple(people.get(int(r[0]), ())), int(r[9]))
              for r in rows]
    return plan(event_id, name, shifts, volunteer_list(source))


def volunteer_list(source: RowSource) -> list[Assignee]:
    return [_assignee(r) for r in source.rows(
        _PERSON + "JOIN volunteer v ON v.person_id = p.id ORDER BY p.name, p.id")]


def candidates(source: RowSource) -> list[Assignee]:
    """Everyone who may be put on a shift: the volunteer list and the network's people."""
    return [_assignee(r) for r in source.rows(_PERSON + "ORDER BY p.name, p.id")]


def shift_values(source: RowSource, uid: str) -> Values | None:
    """One shift as the writes take it (with `people`: the person uids, sorted)."""
    rows = source.rows("SELECT id, uid, version, event_id, place, role, starts_at, ends_at, "
                       "needed, note FROM volunteer_shift WHERE uid = :u", u=uid)
    if not rows:
        return None
    r = rows[0]
    people = sorted(x[0] for x in source.rows(
        "SELECT p.uid FROM volunteer_assignment a JOIN person p ON p.id = a.person_id "
        "WHERE a.shift_id = :s", s=r[0]))
    return {"id": int(r[0]), "uid": r[1], "version": int(r[2]), "event_id": int(r[3]),
            "place": r[4], "role": r[5], "starts_at": as_utc(r[6]), "ends_at": as_utc(r[7]),
            "needed": int(r[8]), "note": r[9] or "", "people": people}


def content(values: Mapping[str, Any]) -> tuple[Any, ...]:
    """What an edit changes (the fields and who is on the shift), to compare two versions."""
    return (*(values.get(k) for k in FIELDS), tuple(sorted(values.get("people") or ())))


def _check(values: Mapping[str, Any]) -> None:
    check_shift(str(values.get("place") or ""), str(values.get("role") or ""),
                values["starts_at"], values["ends_at"], int(values.get("needed") or 0))


def _stored(values: Mapping[str, Any]) -> Values:
    return {"event_id": values["event_id"], "place": str(values["place"]).strip(),
            "role": str(values["role"]).strip(), "starts_at": values["starts_at"],
            "ends_at": values["ends_at"], "needed": int(values.get("needed") or 0),
            "note": str(values.get("note") or "")}


class _SessionRows:
    """A RowSource over an open session (the write unit's own reads)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def rows(self, sql: str, **params: Any) -> list[Sequence[Any]]:
        from sqlalchemy import text

        return [tuple(r) for r in self.session.execute(text(sql), params).all()]

    def close(self) -> None:  # the unit closes the session
        pass


def _write_people(session: Session, shift_id: int, people: Sequence[str]) -> None:
    from sqlalchemy import delete, insert, select

    from destination_norberg.store import models as m
    from destination_norberg.store.versioned import NotFoundError

    a = m.VolunteerAssignment.__table__
    session.execute(delete(a).where(a.c.shift_id == shift_id))
    wanted = sorted(set(people))
    if not wanted:
        return
    found = dict(session.execute(select(m.Person.uid, m.Person.id)
                                 .where(m.Person.uid.in_(wanted))).all())
    missing = [u for u in wanted if u not in found]
    if missing:
        raise NotFoundError("A person on the shift was removed meanwhile; nothing was saved.")
    session.execute(insert(a), [{"shift_id": shift_id, "person_id": found[u]} for u in wanted])


def _check_event(session: Session, event_id: int) -> None:
    from destination_norberg.store import models as m
    from destination_norberg.store.versioned import NotFoundError

    if session.get(m.Event, event_id) is None:
        raise NotFoundError(f"There is no event with id {event_id}; nothing was saved.")


def insert_shift(engine: Engine, values: Mapping[str, Any]) -> Values:
    """A new shift with its people (with `values["uid"]` if given)."""
    from sqlalchemy import select

    from destination_norberg.store import models as m
    from destination_norberg.store.base import new_uid
    from destination_norberg.store.database import write_session
    from destination_norberg.store.planning_write import _guard
    from destination_norberg.store.versioned import ConflictError, insert_versioned

    _check(values)
    table = m.VolunteerShift.__table__
    uid = values.get("uid") or new_uid()
    with _guard(_WHAT), write_session(engine) as session:
        if session.execute(select(table.c.id).where(table.c.uid == uid)).first() is not None:
            raise ConflictError(f"{_WHAT} already exists; nothing was saved.")
        _check_event(session, int(values["event_id"]))
        new_id = insert_versioned(session, table, {**_stored(values), "uid": uid})
        _write_people(session, new_id, values.get("people") or ())
        return shift_values(_SessionRows(session), uid)  # type: ignore[return-value]


def update_shift(engine: Engine, expected: Mapping[str, Any], new: Mapping[str, Any]) -> Values:
    """Change the shift from `expected` to `new` (its people too) if it still holds
    `expected`."""
    from destination_norberg.store import models as m
    from destination_norberg.store.database import write_session
    from destination_norberg.store.planning_write import _guard
    from destination_norberg.store.versioned import expect_unchanged, meanwhile, update_versioned

    _check(new)
    table = m.VolunteerShift.__table__
    with _guard(_WHAT), write_session(engine) as session:
        current = expect_unchanged(shift_values(_SessionRows(session), expected["uid"]),
                                   expected, content, _WHAT)
        _check_event(session, int(new["event_id"]))
        update_versioned(session, table, current["id"], current["version"], _stored(new),
                         conflict=meanwhile(_WHAT))
        _write_people(session, current["id"], new.get("people") or ())
        return shift_values(_SessionRows(session), current["uid"])  # type: ignore[return-value]


def delete_shift(engine: Engine, expected: Mapping[str, Any]) -> None:
    """Remove the shift (and who was on it) if it still holds `expected`."""
    from sqlalchemy import delete

    from destination_norberg.store import models as m
    from destination_norberg.store.database import write_session
    from destination_norberg.store.planning_write import _guard
    from destination_norberg.store.versioned import delete_versioned, expect_unchanged, meanwhile

    table = m.VolunteerShift.__table__
    with _guard(_WHAT), write_session(engine) as session:
        current = expect_unchanged(shift_values(_SessionRows(session), expected["uid"]),
                                   expected, content, _WHAT)
        a = m.VolunteerAssignment.__table__
        session.execute(delete(a).where(a.c.shift_id == current["id"]))
        delete_versioned(session, table, current["id"], current["version"],
                         conflict=meanwhile(_WHAT))


def add_volunteer(session: Session, name: str, phone: str, email: str, role_wish: str,
                  consent_on: date) -> tuple[int, bool, bool]:
    """Put someone on the volunteer list inside a write unit: the person with that e-mail (or,
    without one, that exact name and phone) if there is one, else a new person with consent
    as the legal basis. (person id, whether the person is new, whether they were put on the
    list now). A second import of the same list adds no one twice."""
    from sqlalchemy import func, insert, select

    from destination_norberg.store import models as m
    from destination_norberg.store.base import new_uid, utcnow

    if not name.strip():
        raise VolunteerError("A volunteer needs a name.")
    p = m.Person.__table__
    if email:
        where = func.lower(p.c.email) == email.casefold()
    else:
        where = (p.c.name == name.strip()) & (p.c.phone == phone)
    person_id = session.execute(select(p.c.id).where(where).order_by(p.c.id)).scalar()
    new = person_id is None
    if person_id is None:
        now = utcnow()
        values = {"uid": new_uid(), "version": 1, "created_at": now, "updated_at": now,
                  "organisation_id": None, "name": name.strip(), "role": "Funktionär",
                  "email": email, "phone": phone, "legal_basis": "samtycke",
                  "consent_on": consent_on, "notes": "",
                  "retention_review_on": consent_on + timedelta(days=RETENTION_DAYS)}
        person_id = session.execute(insert(p).values(**values)).inserted_primary_key[0]
    v = m.Volunteer.__table__
    listed = session.execute(select(v.c.person_id).where(v.c.person_id == person_id)
                             ).first() is None
    if listed:
        session.execute(insert(v).values(person_id=person_id, role_wish=role_wish.strip()))
    return int(person_id), new, listed


def remove_volunteers(session: Session, new_people: Sequence[int],
                      listed: Sequence[int]) -> None:
    """Undo an import inside a write unit: take `listed` off the volunteer list and delete
    `new_people`, the persons it created, unless someone has put them on a shift or in a
    contact since (ConflictError: nothing is removed)."""
    from sqlalchemy import delete, func, select

    from destination_norberg.store import models as m
    from destination_norberg.store.versioned import ConflictError

    if new_people:
        used = session.execute(select(func.count()).select_from(m.VolunteerAssignment).where(
            m.VolunteerAssignment.person_id.in_(new_people))).scalar_one()
        used += session.execute(select(func.count()).select_from(m.interaction_person).where(
            m.interaction_person.c.person_id.in_(new_people))).scalar_one()
        if used:
            raise ConflictError("People the import added were put on a shift or in a contact "
                                "meanwhile; nothing was undone.")
    v = m.Volunteer.__table__
    session.execute(delete(v).where(v.c.person_id.in_(sorted({*listed, *new_people}))))
    session.execute(delete(m.Person.__table__).where(m.Person.id.in_(new_people)))
