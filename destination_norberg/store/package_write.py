"""Package versions and edits: the content hash, the dispatch record, create/update/delete.

A package is edited whole from the package window: its fields, its ordered components and
its partners travel together as one plain dict and are written in ONE write unit, found by
uid, like store.snow_write: insert with a given uid (so a redo brings back the same row),
change a package that still holds what the editor saw, delete it. A package that changed
under the step is a ConflictError and nothing is written.

Versions ("a changed package becomes a new version"): what makes a version is the content
below (fields and components, not the partner list, which says who gets it). A dispatch
stores a snapshot with that content; `record_dispatch` compares it with the last dispatch's
and raises the package's `revision` by one when they differ. The hash is recomputed from the
stored content every time, never trusted from the snapshot.

SQLAlchemy is imported inside the writes: store.package_read uses the version rules here and
must not load it (the sqlite3 fast path, bench/startup.py).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from destination_norberg.core.vocab import ComponentKind
from destination_norberg.store.rows import as_date

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from destination_norberg.store.package_read import PackageDetail

Values = dict[str, Any]
CENT = Decimal("0.01")
FIELDS = ("event_id", "title_sv", "title_en", "text_sv", "text_en", "valid_from", "valid_to",
          "price_basis_persons")
COMPONENT_FIELDS = ("organisation_id", "kind", "description", "price_sek", "capacity")
_WHAT = "The package"


class PackageError(ValueError):
    """A package that cannot be saved as given, worded for the user (one sentence)."""


# --- versions ------------------------------------------------------------------------------


def money(value: Any) -> Decimal:
    """A price as Decimal öre (SQLite hands back floats or ints)."""
    try:
        return Decimal(str(value if value is not None else 0)).quantize(CENT)
    except InvalidOperation:
        raise PackageError(f"“{value}” is not a price in kronor.") from None


def package_content(fields: Mapping[str, Any],
                    components: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """What makes a version: the package's own fields and its components, as JSON values."""
    def day(value: Any) -> str | None:
        d = as_date(value)
        return d.isoformat() if d else None

    return {
        "event_id": fields.get("event_id"),
        "title_sv": fields.get("title_sv") or "", "title_en": fields.get("title_en") or "",
        "text_sv": fields.get("text_sv") or "", "text_en": fields.get("text_en") or "",
        "valid_from": day(fields.get("valid_from")), "valid_to": day(fields.get("valid_to")),
        "price_basis_persons": int(fields.get("price_basis_persons") or 1),
        "components": [{"organisation_id": c.get("organisation_id"), "kind": c.get("kind"),
                        "description": c.get("description") or "",
                        "price_sek": str(money(c.get("price_sek"))),
                        "capacity": c.get("capacity")} for c in components]}


def content_hash(content: Mapping[str, Any]) -> str:
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def snapshot_hash(snapshot: str | Mapping[str, Any] | None) -> str | None:
    """The content hash of a dispatch snapshot (JSON text or dict); None when it has none."""
    if not snapshot:
        return None
    data: Any = snapshot
    if isinstance(snapshot, str):
        try:
            data = json.loads(snapshot)
        except ValueError:
            return None
    content = data.get("content") if isinstance(data, Mapping) else None
    return content_hash(content) if isinstance(content, Mapping) else None


def package_snapshot(detail: PackageDetail) -> dict[str, Any]:
    """The frozen copy a dispatch stores: the content that versions it, plus what was shown."""
    fields = {"event_id": detail.event.id if detail.event else None,
              "title_sv": detail.title_sv, "title_en": detail.title_en,
              "text_sv": detail.text_sv, "text_en": detail.text_en,
              "valid_from": detail.valid_from, "valid_to": detail.valid_to,
              "price_basis_persons": detail.price_basis_persons}
    return {
        "format": 1, "uid": detail.uid,
        "content": package_content(fields, [component_values(c) for c in detail.components]),
        "event": None if detail.event is None else {
            "uid": detail.event.uid, "name_sv": detail.event.name_sv,
            "starts_at": detail.event.starts_at.isoformat()},
        "components": [{"uid": c.uid, "organisation": c.organisation.name
                        if c.organisation else None, "kind": c.kind,
                        "description": c.description, "price_sek": str(c.price_sek),
                        "capacity": c.capacity} for c in detail.components],
        "total_sek": str(detail.total_sek), "per_person_sek": str(detail.per_person_sek),
        "partners": [p.name for p in detail.partners]}


def component_values(c: Any) -> Values:
    """A package_read.ComponentRow as the plain values the content is made of."""
    return {"organisation_id": c.organisation.organisation_id if c.organisation else None,
            "kind": c.kind, "description": c.description, "price_sek": c.price_sek,
            "capacity": c.capacity}


# --- checks --------------------------------------------------------------------------------


def validate(values: Mapping[str, Any]) -> None:
    """PackageError for values no package may hold (the window shows the sentence)."""
    if not (values.get("title_sv") or "").strip():
        raise PackageError("The package needs a Swedish title.")
    basis = values.get("price_basis_persons")
    if not isinstance(basis, int) or isinstance(basis, bool) or basis < 1:
        raise PackageError("The price is per a whole number of persons, at least one.")
    start, end = values.get("valid_from"), values.get("valid_to")
    for day in (start, end):
        if day is not None and not isinstance(day, date):
            raise PackageError(f"“{day}” is not a date.")
    if start and end and end < start:
        raise PackageError("The package is valid to a date before it is valid from.")
    for n, c in enumerate(values.get("components") or [], start=1):
        if c.get("kind") not in {k.value for k in ComponentKind}:
            kinds = ", ".join(k.value for k in ComponentKind)
            raise PackageError(f"Component {n} has the kind “{c.get('kind')}”; use one of "
                               f"{kinds}.")
        if money(c.get("price_sek")) < 0:
            raise PackageError(f"Component {n} has a negative price.")
        cap = c.get("capacity")
        if cap is not None and (not isinstance(cap, int) or isinstance(cap, bool) or cap < 0):
            raise PackageError(f"Component {n}: the capacity is a whole number, 0 or more.")


def _content(values: Mapping[str, Any]) -> Values:
    return {**package_content(values, values.get("components") or []),
            "partner_ids": sorted(set(values.get("partner_ids") or []))}


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

    return expect_unchanged(read_package(session, expected["uid"]), expected, _content, _WHAT)


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
    rows = [{**{k: comp.get(k) for k in COMPONENT_FIELDS},
             "description": comp.get("description") or "",
             "price_sek": money(comp.get("price_sek")), "package_id": package_id,
             "position": pos, "uid": comp.get("uid") or new_uid(), "version": 1,
             "created_at": now, "updated_at": now}
            for pos, comp in enumerate(values.get("components") or [], start=1)]
    if rows:
        session.execute(insert(c), rows)
    partners = sorted(set(values.get("partner_ids") or []))
    if partners:
        session.execute(insert(pp), [{"package_id": package_id, "organisation_id": o}
                                     for o in partners])


def _fields(values: Mapping[str, Any]) -> Values:
    out = {k: values.get(k) for k in FIELDS}
    out["title_sv"] = (out["title_sv"] or "").strip()
    out.update(title_en=out["title_en"] or "", text_sv=out["text_sv"] or "",
               text_en=out["text_en"] or "")
    return out


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
            **_fields(values), uid=uid, version=1, revision=int(values.get("revision") or 1),
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
        update_versioned(session, p, current["id"], current["version"], _fields(new),
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
    """Record that `snapshot` (package_snapshot) was sent to each partner; the revision sent.

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
        revision = int(row.revision or 1)
        if last is not None and snapshot_hash(last.snapshot) != snapshot_hash(snapshot):
            revision = max(revision, int(last.revision)) + 1
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
