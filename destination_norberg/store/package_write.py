"""Package edits and versions in the database: create/update/delete, the dispatch record.

A package is edited whole from the package window: its fields, its ordered components and
its partners travel together as one plain dict and are written in ONE write unit, found by
uid, like store.snow_write: insert with a given uid (so a redo brings back the same row),
change a package that still holds what the editor saw, delete it. A package that changed
under the step is a ConflictError and nothing is written.

Versions ("a changed package becomes a new version"): what makes a version, its hash and the
snapshot are core.package_versions' rules. A dispatch stores a snapshot; `record_dispatch` compares
it with the last dispatch's and raises the package's `revision` by one when they differ.

SQLAlchemy is imported inside the writes, so importing this module stays cheap (the window
starts before SQLAlchemy is loaded, bench/startup.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from destination_norberg.core.package_versions import (
    COMPONENT_FIELDS,
    FIELDS,
    Values,
    edited_content,
    revision_to_send,
    snapshot_hash,
    stored_component,
    stored_fields,
    validate,
)
from destination_norberg.core.packages import PackageError, money

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

_WHAT = "The package"


# --- reads inside a write unit -------------------------------------------------------------


def read_package(session: Session, uid: str) -> Values | None:
    """The package's fields, components (in order, with uids) and partner ids; its id, uid,
    version and revision. None when there is no such package."""
    from sqlalchemy import select

    from destination_norberg.store import models as m

    p, c, pp = m.Package.__table__, m.PackageComponent.__table__, m.package_partner
    row = session.execute(select(p).where(p.c.uid == uid)).mappings().first()
    if row is None:
        return None
    values: Values = {k: row[k] for k in (*FIELDS, "id", "uid", "version", "revision")}
    values["components"] = [
        {"uid": r["uid"], **{k: r[k] for k in COMPONENT_FIELDS},
         "price_sek": money(r["price_sek"])}
        for r in session.execute(select(c).where(c.c.package_id == row["id"])
                                 .order_by(c.c.position, c.c.id)).mappings()]
    values["partner_ids"] = sorted(session.scalars(
        select(pp.c.organisation_id).where(pp.c.package_id == row["id"])))
    return values


def load(engine: Engine, uid: str) -> Values | None:
    from destination_norberg.store.database import read_session

    with read_session(engine) as session:
        return read_package(session, uid)


def load_id(engine: Engine, package_id: int) -> Values | None:
    """The package with this id, as `load` gives it (the list's rows carry ids)."""
    from sqlalchemy import select

    from destination_norberg.store import models as m
    from destination_norberg.store.database import read_session

    with read_session(engine) as session:
        uid = session.execute(select(m.Package.uid).where(m.Package.id == package_id)).scalar()
        return None if uid is None else read_package(session, uid)


def _expect(session: Session, expected: Mapping[str, Any]) -> Values:
    from destination_norberg.store.versioned import expect_unchanged

    return expect_unchanged(read_package(session, expected["uid"]), expected, edited_content, _WHAT)


def _check_links(session: Session, values: Mapping[str, Any]) -> None:
    """NotFoundError for an event or organisation that is gone (not a bare FK error)."""
    from sqlalchemy import select

    from destination_norberg.store import models as m
    from destination_norberg.store.planning_write import NotFoundError

    event_id = values.get("event_id")
    if event_id is not None and session.get(m.Event, event_id) is None:
        raise NotFoundError(f"There is no event with id {event_id}; nothing was saved.")
    wanted = {c.get("organisation_id") for c in values.get("components") or []}
    wanted |= set(values.get("partner_ids") or [])
    wanted.discard(None)
    if wanted:
        known = set(session.scalars(select(m.Organisation.id).where(
            m.Organisation.id.in_(sorted(wanted)))))
        missing = sorted(wanted - known)
        if missing:
            raise NotFoundError(f"There is no organisation with id "
                                f"{', '.join(map(str, missing))}; nothing was saved.")


def _write_parts(session: Session, package_id: int, values: Mapping[str, Any]) -> None:
    """The components (in the given order, keeping given uids) and partners, replaced."""
    from sqlalchemy import delete, insert

    from destination_norberg.store import models as m
    from destination_norberg.store.base import new_uid, utcnow

    c, pp = m.PackageComponent.__table__, m.package_partner
    session.execute(delete(c).where(c.c.package_id == package_id))
    session.execute(delete(pp).where(pp.c.package_id == package_id))
    now = utcnow()
    rows = [{**stored_component(comp), "package_id": package_id,
             "position": pos, "uid": comp.get("uid") or new_uid(), "version": 1,
             "created_at": now, "updated_at": now}
            for pos, comp in enumerate(values.get("components") or [], start=1)]
    if rows:
        session.execute(insert(c), rows)
    partners = sorted(set(values.get("partner_ids") or []))
    if partners:
        session.execute(insert(pp), [{"package_id": package_id, "organisation_id": o}
                                     for o in partners])


# --- writes --------------------------------------------------------------------------------


def insert_package(engine: Engine, values: Mapping[str, Any]) -> Values:
    """A new package with its components and partners (with `values["uid"]` if given)."""
    from sqlalchemy import insert, select

    from destination_norberg.store import models as m
    from destination_norberg.store.base import new_uid, utcnow
    from destination_norberg.store.database import write_session
    from destination_norberg.store.planning_write import ConflictError, _guard

    validate(values)
    p = m.Package.__table__
    uid = values.get("uid") or new_uid()
    now = utcnow()
    with _guard(_WHAT), write_session(engine) as session:
        if session.execute(select(p.c.id).where(p.c.uid == uid)).first() is not None:
            raise ConflictError(f"{_WHAT} already exists; nothing was saved.")
        _check_links(session, values)
        new_id = session.execute(insert(p).values(
            **stored_fields(values), uid=uid, version=1, revision=int(values.get("revision") or 1),
            created_at=now, updated_at=now)).inserted_primary_key[0]
        _write_parts(session, new_id, values)
        return read_package(session, uid)  # type: ignore[return-value]


def update_package(engine: Engine, expected: Mapping[str, Any],
                   new: Mapping[str, Any]) -> Values:
    """Change the package from `expected` to `new` if it still holds `expected`."""
    from destination_norberg.store import models as m
    from destination_norberg.store.database import write_session
    from destination_norberg.store.planning_write import _guard
    from destination_norberg.store.versioned import meanwhile, update_versioned

    validate(new)
    p = m.Package.__table__
    with _guard(_WHAT), write_session(engine) as session:
        current = _expect(session, expected)
        _check_links(session, new)
        update_versioned(session, p, current["id"], current["version"], stored_fields(new),
                         conflict=meanwhile(_WHAT))
        _write_parts(session, current["id"], new)
        return read_package(session, current["uid"])  # type: ignore[return-value]


def delete_package(engine: Engine, expected: Mapping[str, Any]) -> None:
    """Remove the package if it still holds `expected` (components, partner links and the
    dispatch history go with it)."""
    from sqlalchemy import delete

    from destination_norberg.store import models as m
    from destination_norberg.store.database import write_session
    from destination_norberg.store.planning_write import _guard
    from destination_norberg.store.versioned import delete_versioned, meanwhile

    p = m.Package.__table__
    with _guard(_WHAT), write_session(engine) as session:
        current = _expect(session, expected)
        # Explicitly, not by ON DELETE CASCADE alone: a connection without foreign keys on
        # must not leave orphans behind.
        for table, column in ((m.PackageDispatch.__table__, "package_id"),
                              (m.PackageComponent.__table__, "package_id"),
                              (m.package_partner, "package_id")):
            session.execute(delete(table).where(table.c[column] == current["id"]))
        # The version too: on a server another unit may change the package after the read.
        delete_versioned(session, p, current["id"], current["version"],
                         conflict=meanwhile(_WHAT))


def record_dispatch(engine: Engine, package_id: int, partner_ids: Iterable[int | None],
                    snapshot: Mapping[str, Any], *, sent_at: datetime | None = None) -> int:
    """Record that `snapshot` (core.package_versions.package_snapshot) was sent to each partner; the
    revision sent.

    The first dispatch records the package's revision; a snapshot whose content differs from
    the last dispatch's raises the revision by one first. No partner ids: one row without a
    partner (a bundle handed out to no one in particular). One write unit.
    """
    from sqlalchemy import insert, select, update

    from destination_norberg.store import models as m
    from destination_norberg.store.base import utcnow
    from destination_norberg.store.database import write_session
    from destination_norberg.store.planning_write import NotFoundError, _guard

    if snapshot_hash(snapshot) is None:
        raise PackageError("The snapshot holds no package content; nothing was recorded.")
    p, d = m.Package.__table__, m.PackageDispatch.__table__
    targets = list(dict.fromkeys(partner_ids)) or [None]
    with _guard("The dispatch"), write_session(engine) as session:
        # Locked (FOR UPDATE): two dispatches at once on a server must not both take the
        # revision after the same last dispatch (SQLite's unit holds the write lock anyway).
        row = session.execute(select(p.c.id, p.c.revision, p.c.version)
                              .where(p.c.id == package_id).with_for_update()).first()
        if row is None:
            raise NotFoundError(f"There is no package with id {package_id}; nothing was "
                                "recorded.")
        _check_links(session, {"partner_ids": [t for t in targets if t is not None]})
        last = session.execute(select(d.c.revision, d.c.snapshot)
                               .where(d.c.package_id == package_id)
                               .order_by(d.c.id.desc()).limit(1)).first()
        revision = revision_to_send(row.revision, None if last is None else last.revision,
                                    None if last is None else last.snapshot, snapshot)
        if revision != row.revision:
            session.execute(update(p).where(p.c.id == package_id).values(
                revision=revision, version=row.version + 1, updated_at=utcnow()))
        text = json.dumps({**snapshot, "revision": revision}, ensure_ascii=False,
                          sort_keys=True, default=str)
        when = sent_at or utcnow()
        session.execute(insert(d), [{"package_id": package_id, "revision": revision,
                                     "partner_id": t, "sent_at": when, "snapshot": text}
                                    for t in targets])
        return revision
