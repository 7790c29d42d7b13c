"""Merge duplicate organisations into one, and undo a merge, each in one write unit.

Everything that points to a merged-away organisation moves to the kept one: its people,
interactions, stråk stops, package components and partnerships, dispatches and the events
it organises. Nothing is lost: only the duplicates' own rows are deleted, after the kept
one has taken what it lacked (organisation number, address, website, location, opening
hours per season; tags are joined, notes appended).

The undo is a snapshot: the merge returns the deleted rows whole (same id and uid, so
every reference to them is valid again) and the list of rows it moved, with where each came
from. `undo_merge` puts the rows back, moves back what still sits at the kept organisation
and restores the kept one's values, but only if the kept organisation is as the merge left
it (otherwise ConflictError, nothing written).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.orm import Session

from destination_norberg.store import models as m
from destination_norberg.store.database import write_session
from destination_norberg.store.network_write import (
    FIELDS,
    Values,
    _columns,
    _content,
    read_row,
)
from destination_norberg.store.planning_write import ConflictError, NotFoundError, _guard
from destination_norberg.store.versioned import meanwhile, update_versioned

_ORG = m.Organisation.__table__
_PARTNER = m.package_partner
#: (table, column) pairs that point to an organisation and move with a merge.
MOVES: tuple[tuple[str, str], ...] = (
    ("person", "organisation_id"), ("interaction", "organisation_id"),
    ("strak_stop", "organisation_id"), ("package_component", "organisation_id"),
    ("event", "organiser_id"), ("package_dispatch", "partner_id"))
_FILL = ("orgnr", "street", "postal_code", "city", "kommun", "website", "location")


@dataclass(frozen=True)
class MergeResult:
    """What a merge did, enough for `undo_merge` to take it back."""

    keep_uid: str
    keep_before: Values  # the kept organisation's values before the merge
    keep_after: Values  # … and after (with the version the merge gave it)
    removed: list[dict[str, Any]]  # the merged-away organisations' rows, every column
    #: "table.column" → (row id, the organisation id it pointed to before)
    moved: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    #: (package id, former organisation id, whether the merge added the kept one's link)
    partners: list[tuple[int, int, bool]] = field(default_factory=list)

    @property
    def moved_count(self) -> int:
        return sum(len(v) for v in self.moved.values()) + len(self.partners)


def merged_values(keep: Mapping[str, Any], others: Sequence[Mapping[str, Any]]) -> Values:
    """The kept organisation's values, completed from the others (kept values win)."""
    out = dict(keep)
    for other in others:
        for key in _FILL:
            if not out.get(key) and other.get(key):
                out[key] = other[key]
        if out.get("category") in (None, "", "övrigt") and other.get("category"):
            out["category"] = other["category"]
        out["tags"] = list(dict.fromkeys([*out.get("tags", []), *other.get("tags", [])]))
        hours = dict(other.get("opening_hours") or {})
        hours.update(out.get("opening_hours") or {})
        out["opening_hours"] = hours
        note = (other.get("notes") or "").strip()
        if note and note not in (out.get("notes") or ""):
            out["notes"] = f"{out['notes']}\n{note}".strip() if out.get("notes") else note
    return out


def _table(name: str) -> Any:
    return m.Base.metadata.tables[name]


def _set_org(session: Session, org_id: int, version: int, values: Mapping[str, Any]) -> None:
    update_versioned(session, _ORG, org_id, version, _columns("organisation", {
        k: values[k] for k in FIELDS["organisation"]}),
        conflict=meanwhile("The organisation"))


def _move(session: Session, table_name: str, column: str, ids: Sequence[int],
          to: int) -> None:
    table = _table(table_name)
    values: dict[str, Any] = {column: to}
    if "version" in table.c:
        values["version"] = table.c.version + 1
    for start in range(0, len(ids), 500):
        session.execute(update(table).where(table.c.id.in_(ids[start:start + 500]))
                        .values(**values))


def merge_organisations(engine: Engine, keep_uid: str,
                        other_uids: Sequence[str]) -> MergeResult:
    """Move everything of `other_uids` to `keep_uid`, then delete the others."""
    others_wanted = list(dict.fromkeys(other_uids))
    if not others_wanted or keep_uid in others_wanted:
        raise ValueError("Choose the organisation to keep and at least one other to merge "
                         "into it.")
    with _guard("The merge"), write_session(engine) as session:
        keep = read_row(session, "organisation", keep_uid)
        if keep is None:
            raise NotFoundError("The organisation to keep no longer exists; nothing was "
                                "merged.")
        rows = [dict(r) for r in session.execute(
            select(_ORG).where(_ORG.c.uid.in_(others_wanted))).mappings()]
        if len(rows) != len(others_wanted):
            raise ConflictError("An organisation to merge was removed meanwhile; nothing was "
                                "merged.")
        rows.sort(key=lambda r: others_wanted.index(r["uid"]))
        other_ids = [r["id"] for r in rows]
        other_values = [read_row(session, "organisation", r["uid"]) for r in rows]
        moved: dict[str, list[tuple[int, int]]] = {}
        for table_name, column in MOVES:
            table = _table(table_name)
            found = [(int(i), int(o)) for i, o in session.execute(
                select(table.c.id, table.c[column]).where(table.c[column].in_(other_ids)))]
            if found:
                moved[f"{table_name}.{column}"] = found
                _move(session, table_name, column, [i for i, _ in found], keep["id"])
        partners = _move_partners(session, other_ids, keep["id"])
        after = merged_values(keep, [v for v in other_values if v is not None])
        _set_org(session, keep["id"], keep["version"], after)
        session.execute(delete(_ORG).where(_ORG.c.id.in_(other_ids)))
        return MergeResult(keep_uid, keep, read_row(session, "organisation", keep_uid),
                           rows, moved, partners)  # type: ignore[arg-type]


def _move_partners(session: Session, other_ids: Sequence[int],
                   keep_id: int) -> list[tuple[int, int, bool]]:
    links = [(int(p), int(o)) for p, o in session.execute(
        select(_PARTNER.c.package_id, _PARTNER.c.organisation_id)
        .where(_PARTNER.c.organisation_id.in_(other_ids)))]
    have = set(session.scalars(select(_PARTNER.c.package_id)
                               .where(_PARTNER.c.organisation_id == keep_id)))
    out = []
    for package_id, org_id in links:
        session.execute(delete(_PARTNER).where(_PARTNER.c.package_id == package_id,
                                               _PARTNER.c.organisation_id == org_id))
        added = package_id not in have
        if added:
            session.execute(insert(_PARTNER).values(package_id=package_id,
                                                    organisation_id=keep_id))
            have.add(package_id)
        out.append((package_id, org_id, added))
    return out


def undo_merge(engine: Engine, result: MergeResult) -> Values:
    """Take a merge back; returns the kept organisation's values as they are again."""
    with _guard("Undoing the merge"), write_session(engine) as session:
        keep = read_row(session, "organisation", result.keep_uid)
        if keep is None or keep["version"] != result.keep_after["version"] or \
                _content("organisation", keep) != _content("organisation", result.keep_after):
            raise ConflictError("The kept organisation was changed since the merge; the merge "
                                "was not undone.")
        for row in result.removed:
            taken = session.execute(select(_ORG.c.id).where(
                (_ORG.c.id == row["id"]) | (_ORG.c.uid == row["uid"]))).first()
            if taken is not None:
                raise ConflictError("A merged organisation's place was taken meanwhile; the "
                                    "merge was not undone.")
            session.execute(insert(_ORG).values(**row))
        for key, pairs in result.moved.items():
            table_name, column = key.split(".")
            table = _table(table_name)
            for row_id, former in pairs:
                values: dict[str, Any] = {column: former}
                if "version" in table.c:
                    values["version"] = table.c.version + 1
                session.execute(update(table).where(table.c.id == row_id,
                                                    table.c[column] == keep["id"])
                                .values(**values))
        for package_id, former, added in result.partners:
            if added:
                session.execute(delete(_PARTNER).where(
                    _PARTNER.c.package_id == package_id,
                    _PARTNER.c.organisation_id == keep["id"]))
            if session.get(m.Package, package_id) is not None:
                session.execute(insert(_PARTNER).values(package_id=package_id,
                                                        organisation_id=former))
        _set_org(session, keep["id"], keep["version"], result.keep_before)
        return read_row(session, "organisation", result.keep_uid)  # type: ignore[return-value]


__all__ = ["MOVES", "MergeResult", "merge_organisations", "merged_values",
           "undo_merge"]
