"""Package versions and checks: what makes a version, its hash, the snapshot a dispatch stores,
and the values no package may hold.

Versions ("a changed package becomes a new version"): what makes a version is the content
(the package's own fields and its components, not the partner list, which says who gets it).
A dispatch stores a snapshot with that content; the store (store.package_write's
`record_dispatch`) compares it with the last dispatch's and raises the package's `revision`
by one when they differ. The hash is recomputed from the stored content every time, never
trusted from the snapshot.

The price basis (core.packages' pricing rule) is part of the content: a component carries
`price_basis` and `occupancy` there unless it is per package without an occupancy, the
meaning every component had before the basis existed. So a package sent before then hashes
as it did (it is not "changed since sent" by the upgrade), and its snapshot still loads:
`snapshot_pricing` reads a missing basis as per package, which was the arithmetic used
when it was sent.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from destination_norberg.core.packages import (
    ComponentRow,
    PackageDetail,
    PackageError,
    Pricing,
    money,
    price_basis,
    price_package,
)
from destination_norberg.core.said import message_of, said
from destination_norberg.core.vocab import ComponentKind, PriceBasis

Values = dict[str, Any]
FIELDS = ("event_id", "title_sv", "title_en", "text_sv", "text_en", "valid_from", "valid_to",
          "price_basis_persons")
COMPONENT_FIELDS = ("organisation_id", "kind", "description", "price_sek", "capacity",
                    "price_basis", "occupancy")


def _day(value: Any) -> str | None:
    """A stored or edited date (date, datetime or ISO text) as ISO text."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return date.fromisoformat(str(value)[:10]).isoformat()


def _component_content(c: Mapping[str, Any]) -> dict[str, Any]:
    out = {"organisation_id": c.get("organisation_id"), "kind": c.get("kind"),
           "description": c.get("description") or "",
           "price_sek": str(money(c.get("price_sek"))), "capacity": c.get("capacity")}
    basis, occupancy = price_basis(c.get("price_basis")), _occupancy(c)
    if basis != PriceBasis.PER_PACKAGE or occupancy is not None:  # see the module note
        out.update(price_basis=basis, occupancy=occupancy)
    return out


def stored_component(c: Mapping[str, Any]) -> Values:
    """A component's fields as stored: the basis named, an occupancy only per unit."""
    out = {k: c.get(k) for k in COMPONENT_FIELDS}
    out.update(description=c.get("description") or "", price_sek=money(c.get("price_sek")),
               price_basis=price_basis(c.get("price_basis")), occupancy=_occupancy(c))
    return out


def _occupancy(c: Mapping[str, Any]) -> int | None:
    """The occupancy a component keeps: only a per-unit component has one."""
    value = c.get("occupancy")
    if price_basis(c.get("price_basis")) != PriceBasis.PER_UNIT or value in (None, ""):
        return None
    return int(value)


def package_content(fields: Mapping[str, Any],
                    components: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """What makes a version: the package's own fields and its components, as JSON values."""
    return {
        "event_id": fields.get("event_id"),
        "title_sv": fields.get("title_sv") or "", "title_en": fields.get("title_en") or "",
        "text_sv": fields.get("text_sv") or "", "text_en": fields.get("text_en") or "",
        "valid_from": _day(fields.get("valid_from")), "valid_to": _day(fields.get("valid_to")),
        "price_basis_persons": int(fields.get("price_basis_persons") or 1),
        "components": [_component_content(c) for c in components]}


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


def component_values(c: ComponentRow) -> Values:
    """A ComponentRow as the plain values the content is made of."""
    return {"organisation_id": c.organisation.organisation_id if c.organisation else None,
            "kind": c.kind, "description": c.description, "price_sek": c.price_sek,
            "capacity": c.capacity, "price_basis": c.price_basis, "occupancy": c.occupancy}


def package_snapshot(detail: PackageDetail) -> dict[str, Any]:
    """The frozen copy a dispatch stores: the content that versions it, plus what was shown."""
    fields = {"event_id": detail.event.id if detail.event else None,
              "title_sv": detail.title_sv, "title_en": detail.title_en,
              "text_sv": detail.text_sv, "text_en": detail.text_en,
              "valid_from": detail.valid_from, "valid_to": detail.valid_to,
              "price_basis_persons": detail.price_basis_persons}
    pricing = detail.pricing
    return {
        "format": 2, "uid": detail.uid,
        "content": package_content(fields, [component_values(c) for c in detail.components]),
        "event": None if detail.event is None else {
            "uid": detail.event.uid, "name_sv": detail.event.name_sv,
            "starts_at": detail.event.starts_at.isoformat()},
        "components": [{"uid": c.uid, "organisation": c.organisation.name
                        if c.organisation else None, "kind": c.kind,
                        "description": c.description, "price_sek": str(c.price_sek),
                        "capacity": c.capacity, "price_basis": line.basis,
                        "occupancy": line.occupancy, "quantity": line.quantity,
                        "amount_sek": str(line.amount)}
                       for c, line in zip(detail.components, pricing.lines, strict=True)],
        "price_basis_persons": pricing.persons,
        "total_sek": str(pricing.total), "per_person_sek": str(pricing.per_person),
        "partners": [p.name for p in detail.partners]}


def snapshot_pricing(snapshot: str | Mapping[str, Any]) -> Pricing | None:
    """The prices a dispatch's snapshot was sent with, computed again from its content (a
    snapshot from before the price basis existed reads as per package, the arithmetic of its
    day); None when it holds no content."""
    data: Any = json.loads(snapshot) if isinstance(snapshot, str) else snapshot
    content = data.get("content") if isinstance(data, Mapping) else None
    if not isinstance(content, Mapping):
        return None
    return price_package(((c.get("price_sek"), c.get("price_basis"), c.get("occupancy"))
                          for c in content.get("components") or []),
                         int(content.get("price_basis_persons") or 1))


def revision_to_send(revision: int | None, last_revision: int | None,
                     last_snapshot: str | Mapping[str, Any] | None,
                     snapshot: str | Mapping[str, Any]) -> int:
    """The revision a dispatch of `snapshot` records: the package's own revision the first
    time and while the content is the last dispatch's; one more than the newer of the two
    once the content differs from the last dispatch's (a changed package is a new version)."""
    current = int(revision or 1)
    if last_revision is not None and snapshot_hash(last_snapshot) != snapshot_hash(snapshot):
        return max(current, int(last_revision)) + 1
    return current


def edited_content(values: Mapping[str, Any]) -> Values:
    """Everything an edit holds (content and partners): two edits with the same are the same,
    so a save finds out whether the package still holds what the editor saw."""
    return {**package_content(values, values.get("components") or []),
            "partner_ids": sorted(set(values.get("partner_ids") or []))}


def stored_fields(values: Mapping[str, Any]) -> Values:
    """The package's own fields as stored: titles trimmed, texts never None."""
    out = {k: values.get(k) for k in FIELDS}
    out["title_sv"] = (out["title_sv"] or "").strip()
    out.update(title_en=out["title_en"] or "", text_sv=out["text_sv"] or "",
               text_en=out["text_en"] or "")
    return out


def validate(values: Mapping[str, Any]) -> None:
    """PackageError for values no package may hold (the window shows the sentence)."""
    if not (values.get("title_sv") or "").strip():
        raise PackageError(said("packages.needs_title", "The package needs a Swedish title."))
    basis = values.get("price_basis_persons")
    if not isinstance(basis, int) or isinstance(basis, bool) or basis < 1:
        raise PackageError(said("packages.basis_persons", "The price is per a whole number of "
                                "persons, at least one."))
    start, end = values.get("valid_from"), values.get("valid_to")
    for day in (start, end):
        if day is not None and not isinstance(day, date):
            raise PackageError(said("packages.not_a_date", "“{day}” is not a date.", day=day))
    if start and end and end < start:
        raise PackageError(said("packages.valid_backwards", "The package is valid to a date "
                                "before it is valid from."))
    for n, c in enumerate(values.get("components") or [], start=1):
        if c.get("kind") not in {k.value for k in ComponentKind}:
            kinds = ", ".join(k.value for k in ComponentKind)
            raise PackageError(said("packages.bad_kind", "Component {n} has the kind “{kind}”; "
                                    "use one of {kinds}.", n=n, kind=c.get("kind"),
                                    kinds=kinds))
        if money(c.get("price_sek")) < 0:
            raise PackageError(said("packages.negative_price", "Component {n} has a negative "
                                    "price.", n=n))
        try:
            basis = price_basis(c.get("price_basis"))
        except PackageError as exc:
            raise PackageError(said("packages.component", "Component {n}: {message}", n=n,
                                    message=message_of(exc) or str(exc))) from None
        occupancy = c.get("occupancy")
        if basis == PriceBasis.PER_UNIT and (
                not isinstance(occupancy, int) or isinstance(occupancy, bool) or occupancy < 1):
            raise PackageError(said("packages.occupancy", "Component {n} is priced per unit: say "
                                    "how many persons one unit holds (1 or more).", n=n))
        cap = c.get("capacity")
        if cap is not None and (not isinstance(cap, int) or isinstance(cap, bool) or cap < 0):
            raise PackageError(said("packages.capacity", "Component {n}: the capacity is a whole "
                                    "number, 0 or more.", n=n))
