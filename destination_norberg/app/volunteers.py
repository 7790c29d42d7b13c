"""Volunteers (funktionärer) for the window and the command line: an event's plan (shifts,
people, gaps, clashes: core.volunteers' rules), the roster PDF (per place or per person;
the PDF writer is passed in, as package export takes its brochure writer, since it is Qt's
and lives in gui/), each person's shifts as iCalendar, the shift writes for the window's
undo stack, and the import of a volunteer list.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from destination_norberg.app.errors import AppError
from destination_norberg.core.timeutil import to_local
from destination_norberg.core.volunteers import Assignee, Shift, VolunteerError, VolunteerPlan

__all__ = ["RosterWriter", "VolunteerError", "VolunteerImport", "import_volunteers",
           "person_calendar", "plan_as_json", "read_candidates", "read_volunteers",
           "roster_of", "shift_writes", "write_person_calendar", "write_roster"]

#: (roster, path, lang) -> None: the window's roster PDF writer (gui.documents).
RosterWriter = Callable[["Roster", Path, str], None]


@dataclass(frozen=True, slots=True)
class Roster:
    """What a roster prints: the event, and its shifts grouped under headings (a place's
    name, or one person's name), with the gaps and clashes of the whole plan."""

    event_name: str
    heading: str  # the place or the person, "" for the whole plan
    person: Assignee | None
    shifts: tuple[Shift, ...]
    plan: VolunteerPlan


def read_volunteers(source: Any, event_id: int) -> VolunteerPlan:
    """The plan of `event_id` from a RowSource; AppError when there is no such event."""
    from destination_norberg.store.volunteers_store import read_plan

    found = read_plan(source, event_id)
    if found is None:
        raise AppError(f"there is no event with id {event_id}")
    return found


def read_plan_at(url: str, event_id: int) -> VolunteerPlan:
    from destination_norberg.store.reading import read_with

    return read_with(url, lambda source: read_volunteers(source, event_id))


def read_candidates(source: Any) -> list[Assignee]:
    """Everyone who may be put on a shift (the volunteer list and the network's people)."""
    from destination_norberg.store.volunteers_store import candidates

    return candidates(source)


def roster_of(plan: VolunteerPlan, *, place: str | None = None,
              person_id: int | None = None) -> Roster:
    """The roster of one place, one person, or (neither) the whole plan by place."""
    if person_id is not None:
        person = next((p for p in plan.people() if p.person_id == person_id), None)
        if person is None:
            raise AppError(f"person {person_id} has no shift at {plan.event_name}")
        return Roster(plan.event_name, person.name, person, tuple(plan.shifts_of(person_id)),
                      plan)
    if place is not None:
        shifts = plan.shifts_at(place)
        if not shifts:
            raise AppError(f"{plan.event_name} has no shift at “{place}”")
        return Roster(plan.event_name, place, None, tuple(shifts), plan)
    return Roster(plan.event_name, "", None, plan.shifts, plan)


def write_roster(roster: Roster, out: Path, writer: RosterWriter, lang: str) -> None:
    """The roster as a PDF at `out` (the writer raises OSError-like errors, which callers word)."""
    if out.suffix.casefold() != ".pdf":
        raise AppError(f"the roster is written as PDF: give a file ending in .pdf, not {out}")
    if not out.parent.is_dir():
        raise AppError(f"cannot write {out}: the folder {out.parent} does not exist")
    writer(roster, out, lang)


def person_calendar(plan: VolunteerPlan, person_id: int, now: datetime) -> str:
    """The person's shifts at the event as an iCalendar text."""
    from destination_norberg.exchange.ical_shifts import write_shifts

    roster = roster_of(plan, person_id=person_id)
    assert roster.person is not None
    return write_shifts(roster.shifts, person_uid=roster.person.uid,
                        calendar_name=f"{plan.event_name}: {roster.person.name}",
                        event_name=plan.event_name, now=now)


def write_person_calendar(plan: VolunteerPlan, person_id: int, out: Path, now: datetime) -> None:
    if out.suffix.casefold() != ".ics":
        raise AppError(f"the calendar is written as iCalendar: give a file ending in .ics, "
                       f"not {out}")
    text = person_calendar(plan, person_id, now)
    try:
        out.write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        raise AppError(f"cannot write {out}: {exc.strerror or exc}") from None


def plan_as_json(plan: VolunteerPlan) -> dict[str, Any]:
    """The plan for `volunteers --json`: the same gaps and clashes the window shows."""
    def when(value: datetime) -> str:
        return to_local(value).isoformat(timespec="minutes")

    def person(p: Assignee) -> dict[str, Any]:
        return {"id": p.person_id, "name": p.name, "phone": p.phone, "email": p.email,
                "organisation": p.organisation}

    return {
        "event": {"id": plan.event_id, "name": plan.event_name},
        "roles": sorted({s.role for s in plan.shifts}, key=str.casefold),
        "places": plan.places(),
        "shifts": [{"id": s.id, "place": s.place, "role": s.role, "starts": when(s.starts_at),
                    "ends": when(s.ends_at), "needed": s.needed, "staffed": len(s.people),
                    "people": [p.person_id for p in s.people], "note": s.note}
                   for s in plan.shifts],
        "people": [person(p) | {"shifts": [s.id for s in plan.shifts_of(p.person_id)]}
                   for p in plan.people()],
        "volunteer_list": [person(p) for p in plan.pool],
        "gaps": [{"shift": g.shift.id, "place": g.shift.place, "role": g.shift.role,
                  "missing": g.missing} for g in plan.gaps],
        "clashes": [{"person": c.person.person_id, "name": c.person.name,
                     "shifts": [c.first.id, c.second.id]} for c in plan.clashes],
    }


def shift_writes() -> Any:
    """The shift writes (insert, update, delete by uid) for gui.common.undo.RowWrites."""
    from destination_norberg.store.volunteers_store import delete_shift, insert_shift, update_shift

    def checked(write: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any) -> Any:
            try:
                return write(*args)
            except VolunteerError as exc:
                raise AppError(str(exc)) from None
        return run

    return checked(insert_shift), checked(update_shift), checked(delete_shift)


def same_shift(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """True when `b` changes nothing of `a` (an OK without edits is no undo step)."""
    from destination_norberg.store.volunteers_store import content

    return content(a) == content(b)


def shift_values(engine: Any, uid: str) -> dict[str, Any] | None:
    """One shift as the writes take it (its fields and `people`: person uids)."""
    from destination_norberg.store.rows import EngineRows
    from destination_norberg.store.volunteers_store import shift_values as values

    return values(EngineRows(engine), uid)


@dataclass(frozen=True, slots=True)
class VolunteerImport:
    added: int  # new persons on the volunteer list
    known: int  # already in the database (by e-mail, or name and phone): put on the list
    #: (row, why, name): exchange.volunteers_read.NO_NAME or NO_CONSENT (see `rejected_text`)
    rejected: tuple[tuple[int, str, str], ...]
    new_people: tuple[int, ...] = ()  # the persons the import created (for its undo)
    listed: tuple[int, ...] = ()  # the persons it put on the list (for its undo)
    rows: tuple[Any, ...] = ()  # the rows it read (exchange.volunteers_read.VolunteerRow)


def rejected_text(why: str, name: str) -> str:
    """A rejected row in the command line's words."""
    return f"{name}: no consent, not imported" if why == "no_consent" else "no name"


def read_volunteer_file(path: Path, mapping: Mapping[str, str] | None = None) -> Any:
    """The volunteer list at `path` (exchange.volunteers_read.VolunteerTable); AppError when
    it cannot be read as one."""
    from destination_norberg.exchange.volunteers_read import VolunteerFileError, read_volunteers

    try:
        return read_volunteers(path, mapping=dict(mapping or {}))
    except VolunteerFileError as exc:
        raise AppError(str(exc)) from None


def add_volunteers(engine: Any, rows: Any, today: date, rejected: Any = (),
                   dry_run: bool = False) -> VolunteerImport:
    """Put each row on the volunteer list in ONE unit (consent dated `today`)."""
    from destination_norberg.store.database import write_session
    from destination_norberg.store.volunteers_store import add_volunteer

    new_people: list[int] = []
    listed: list[int] = []
    known = [0]

    def unit(session: Any) -> None:
        for row in rows:
            person, new, put = add_volunteer(session, row.name, row.phone, row.email,
                                             row.role_wish, today)
            if new:
                new_people.append(person)
            else:
                known[0] += 1
            if put:
                listed.append(person)
        if dry_run:
            raise _DryRunError

    try:
        with write_session(engine) as session:
            unit(session)
    except _DryRunError:
        pass  # rolled back: a dry run says what would be written and writes nothing
    except VolunteerError as exc:
        raise AppError(str(exc)) from None
    return VolunteerImport(len(new_people), known[0], tuple(rejected),
                           () if dry_run else tuple(new_people),
                           () if dry_run else tuple(listed), tuple(rows))


def remove_volunteers(engine: Any, done: VolunteerImport) -> None:
    """Undo an import: the persons it created deleted, those it listed taken off the list."""
    from destination_norberg.store.database import write_session
    from destination_norberg.store.volunteers_store import remove_volunteers as remove

    with write_session(engine) as session:
        remove(session, done.new_people, done.listed)


def import_volunteers(engine: Any, path: Path, today: date,
                      mapping: Mapping[str, str] | None = None,
                      dry_run: bool = False) -> VolunteerImport:
    """Read a volunteer list (CSV/XLSX: name, phone, e-mail, role wish, consent) and put
    each row with consent on the volunteer list in ONE unit; consent's date is `today`.
    Rows without consent are not stored at all (no legal basis) and are reported."""
    table = read_volunteer_file(path, mapping)
    return add_volunteers(engine, table.rows, today, table.rejected, dry_run)


class _DryRunError(Exception):
    """Rolls the import's unit back after counting."""
