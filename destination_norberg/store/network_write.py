"""Edits of organisations, people and interactions, found by uid, one write unit each.

The same small steps as store/snow_write.py serve every edit and its undo: insert a row
with a given uid, change a row that still holds what the editor saw, delete it. A row that
changed under the step (someone else, or an undo out of order) is a ConflictError and
nothing is written. Values are checked first (core.network): a wrong organisation number,
e-mail or phone number is a ContactError (a ValueError) in the user's words.

Values are plain dicts. An organisation's `tags` travel as a list, `opening_hours` as a
dict (season → hours as written) and `location` as (easting, northing) in EPSG:3006; an
interaction's people as `person_ids`. What `delete_row` returns is what `insert_row` needs
to bring the row back, links included (a person's interactions and tasks).

Deleting an organisation is refused while anything points to it (people, interactions,
stråk stops, packages, events): the database would otherwise drop the interactions with it
or quietly unlink the rest, and neither could be undone. Merge it into another instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import Engine, Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from destination_norberg.core.geometry import Geometry, decode_wkb
from destination_norberg.core.network import (
    clean_interaction,
    clean_organisation,
    clean_person,
    join_tags,
    split_tags,
)
from destination_norberg.store import models as m
from destination_norberg.store.base import new_uid
from destination_norberg.store.database import DatabaseError, write_session
from destination_norberg.store.planning_write import _guard
from destination_norberg.store.versioned import (
    ConflictError,
    delete_versioned,
    expect_unchanged,
    insert_versioned,
    meanwhile,
    update_versioned,
)

Values = dict[str, Any]

TABLES: dict[str, Table] = {
    "organisation": m.Organisation.__table__,
    "person": m.Person.__table__,
    "interaction": m.Interaction.__table__,
}
#: The values an editor changes, per kind (the content an edit is checked against).
FIELDS: dict[str, tuple[str, ...]] = {
    "organisation": ("name", "orgnr", "category", "street", "postal_code", "city", "kommun",
                     "website", "tags", "opening_hours", "notes", "location"),
    "person": ("organisation_id", "name", "role", "email", "phone", "legal_basis",
               "consent_on", "retention_review_on", "notes", "mail_opt_out_on"),
    "interaction": ("organisation_id", "occurred_on", "kind", "note", "follow_up_on",
                    "follow_up_done", "person_ids"),
}
_CLEAN: dict[str, Callable[[Mapping[str, Any]], Values]] = {
    "organisation": clean_organisation, "person": clean_person,
    "interaction": clean_interaction}
_WHAT = {"organisation": "The organisation", "person": "The person",
         "interaction": "The interaction"}
_LINKS = m.interaction_person
_TASK = m.Task.__table__
_MAIL = m.MailRecipient.__table__


class InUseError(DatabaseError):
    """The organisation cannot go: rows still point to it; nothing was changed."""


def _columns(kind: str, values: Values) -> Values:
    """Checked values as the table keeps them."""
    out = {k: v for k, v in values.items() if k != "person_ids"}
    if kind == "organisation":
        out["tags"] = join_tags(values["tags"])
        out["opening_hours"] = json.dumps(values["opening_hours"], ensure_ascii=False,
                                          sort_keys=True) if values["opening_hours"] else ""
        loc = out.pop("location")
        out["geom"] = None if loc is None else Geometry.point(*loc).to_wkb()
    return out


def _values(kind: str, row: Mapping[str, Any]) -> Values:
    """A stored row as values (the inverse of `_columns`)."""
    if kind != "organisation":
        return {k: row[k] for k in FIELDS[kind] if k != "person_ids"}
    values = {k: row[k] for k in FIELDS[kind] if k not in ("location", "tags",
                                                            "opening_hours")}
    geom = decode_wkb(bytes(row["geom"])) if row["geom"] is not None else None
    values.update(tags=split_tags(row["tags"]),
                  opening_hours=json.loads(row["opening_hours"] or "{}"),
                  location=geom.coords if geom is not None and geom.kind == "Point" else None)
    return values


def _content(kind: str, values: Mapping[str, Any]) -> Values:
    out = {k: values.get(k) for k in FIELDS[kind]}
    if kind == "organisation":
        out["tags"] = split_tags(out["tags"])
        out["opening_hours"] = dict(out["opening_hours"] or {})
        loc = out["location"]
        out["location"] = None if loc is None else (float(loc[0]), float(loc[1]))
    elif kind == "interaction":
        out["person_ids"] = sorted(out["person_ids"] or [])
        out["follow_up_done"] = bool(out["follow_up_done"])
    return out


def read_row(session: Session, kind: str, uid: str) -> Values | None:
    """The row's values with id, uid and version; None when there is no such row.

    A person comes with `interaction_ids` and `task_ids` (the links a deletion removes);
    they are not part of the content an edit is checked against.
    """
    table = TABLES[kind]
    row = session.execute(select(table).where(table.c.uid == uid)).mappings().first()
    if row is None:
        return None
    values = _values(kind, row) | {"id": row["id"], "uid": row["uid"],
                                   "version": row["version"]}
    if kind == "interaction":
        values["person_ids"] = sorted(session.scalars(
            select(_LINKS.c.person_id).where(_LINKS.c.interaction_id == row["id"])))
    elif kind == "person":
        values["interaction_ids"] = sorted(session.scalars(
            select(_LINKS.c.interaction_id).where(_LINKS.c.person_id == row["id"])))
        values["task_ids"] = sorted(session.scalars(
            select(_TASK.c.id).where(_TASK.c.responsible_id == row["id"])))
    return values


def load(engine: Engine, kind: str, uid: str) -> Values | None:
    with write_session(engine) as session:
        return read_row(session, kind, uid)


def _expect(session: Session, kind: str, expected: Mapping[str, Any]) -> Values:
    return expect_unchanged(read_row(session, kind, expected["uid"]), expected,
                            lambda values: _content(kind, values), _WHAT[kind])


def _check_refs(session: Session, kind: str, values: Values) -> None:
    """The organisation and people named still exist (else the edit came too late)."""
    org_id = values.get("organisation_id")
    if kind != "organisation" and org_id is not None and session.get(
            m.Organisation, org_id) is None:
        raise ConflictError("The organisation was removed meanwhile; nothing was saved.")
    wanted = set(values.get("person_ids") or [])
    if wanted:
        found = set(session.scalars(select(m.Person.id).where(m.Person.id.in_(wanted))))
        if found != wanted:
            raise ConflictError("A person of the interaction was removed meanwhile; "
                                "nothing was saved.")


def _set_people(session: Session, interaction_id: int, person_ids: list[int]) -> None:
    session.execute(delete(_LINKS).where(_LINKS.c.interaction_id == interaction_id))
    if person_ids:
        session.execute(insert(_LINKS), [{"interaction_id": interaction_id, "person_id": p}
                                         for p in person_ids])


def _restore_person_links(session: Session, person_id: int, values: Mapping[str, Any]) -> None:
    """Back into the interactions and tasks it had, those that are still there."""
    interactions = set(values.get("interaction_ids") or [])
    if interactions:
        alive = session.scalars(select(m.Interaction.id).where(
            m.Interaction.id.in_(interactions)))
        session.execute(insert(_LINKS), [{"interaction_id": i, "person_id": person_id}
                                         for i in sorted(alive)])
    tasks = list(values.get("task_ids") or [])
    if tasks:
        session.execute(update(_TASK).where(_TASK.c.id.in_(tasks),
                                            _TASK.c.responsible_id.is_(None))
                        .values(responsible_id=person_id, version=_TASK.c.version + 1))


def insert_row(engine: Engine, kind: str, values: Mapping[str, Any]) -> Values:
    """A new row. With the `uid` (and `id`) of a deleted row, as `delete_row` returned it,
    the row comes back as it was: same uid, and the same id while that is still free, so
    later steps of an undo history that name it by id still find it."""
    table = TABLES[kind]
    clean = _CLEAN[kind](values)
    uid = values.get("uid") or new_uid()
    with _guard(_WHAT[kind]), write_session(engine) as session:
        if session.execute(select(table.c.id).where(table.c.uid == uid)).first() is not None:
            raise ConflictError(f"{_WHAT[kind]} already exists; nothing was saved.")
        _check_refs(session, kind, clean)
        row = _columns(kind, clean) | {"uid": uid}
        old_id = values.get("id")
        if old_id is not None and session.execute(
                select(table.c.id).where(table.c.id == old_id)).first() is None:
            row["id"] = old_id  # free: nothing can name it but the history of this row
        new_id = insert_versioned(session, table, row)
        if kind == "interaction":
            _set_people(session, new_id, clean["person_ids"])
        elif kind == "person":
            _restore_person_links(session, new_id, values)
        return read_row(session, kind, uid)  # type: ignore[return-value]


def update_row(engine: Engine, kind: str, expected: Mapping[str, Any],
               new: Mapping[str, Any]) -> Values:
    """Change the row from `expected` to `new` if it still holds `expected`."""
    table = TABLES[kind]
    clean = _CLEAN[kind](new)
    with _guard(_WHAT[kind]), write_session(engine) as session:
        current = _expect(session, kind, expected)
        _check_refs(session, kind, clean)
        update_versioned(session, table, current["id"], current["version"],
                         _columns(kind, clean), conflict=meanwhile(_WHAT[kind]))
        if kind == "interaction":
            _set_people(session, current["id"], clean["person_ids"])
        return read_row(session, kind, current["uid"])  # type: ignore[return-value]


def set_follow_up_done(engine: Engine, expected: Mapping[str, Any], done: bool) -> Values:
    """Tick a follow-up off (or on again): an update of the interaction."""
    return update_row(engine, "interaction", expected, {**expected, "follow_up_done": done})


def organisation_uses(session: Session, org_id: int) -> dict[str, int]:
    """What still points to the organisation, counted, in words for a message."""
    counts = {
        "people": (m.Person.__table__, "organisation_id"),
        "interactions": (m.Interaction.__table__, "organisation_id"),
        "stråk stops": (m.StrakStop.__table__, "organisation_id"),
        "package components": (m.PackageComponent.__table__, "organisation_id"),
        "package partnerships": (m.package_partner, "organisation_id"),
        "package dispatches": (m.PackageDispatch.__table__, "partner_id"),
        "events": (m.Event.__table__, "organiser_id"),
    }
    out = {}
    for words, (table, column) in counts.items():
        n = session.execute(select(func.count()).select_from(table)
                            .where(table.c[column] == org_id)).scalar_one()
        if n:
            out[words] = n
    return out


def delete_row(engine: Engine, kind: str, expected: Mapping[str, Any]) -> Values:
    """Remove the row if it still holds `expected`; returns what `insert_row` brings back.

    A person leaves the interactions they took part in (the interactions stay) and the
    tasks they were responsible for; an interaction takes its links to people with it.
    """
    table = TABLES[kind]
    with _guard(_WHAT[kind]), write_session(engine) as session:
        current = _expect(session, kind, expected)
        if kind == "organisation":
            uses = organisation_uses(session, current["id"])
            if uses:
                listed = ", ".join(f"{n} {words}" for words, n in uses.items())
                raise InUseError(f"“{current['name']}” cannot be removed while {listed} "
                                 "refer to it; move them or merge it into another "
                                 "organisation first.")
        elif kind == "person":
            session.execute(update(_TASK).where(_TASK.c.responsible_id == current["id"])
                            .values(responsible_id=None, version=_TASK.c.version + 1))
            session.execute(delete(_LINKS).where(_LINKS.c.person_id == current["id"]))
            # The messages sent to them hold their address: gone with them (a GDPR export
            # or erasure looks them up by the person, so none may be left without one).
            session.execute(delete(_MAIL).where(_MAIL.c.person_id == current["id"]))
        else:
            session.execute(delete(_LINKS).where(_LINKS.c.interaction_id == current["id"]))
        # The version too: on a server another unit may change the row after the read.
        delete_versioned(session, table, current["id"], current["version"],
                         conflict=meanwhile(_WHAT[kind], outcome="removed"))
        return current
