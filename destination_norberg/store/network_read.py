"""Read the business network as plain values: every organisation and person for the lists,
and one organisation in full for its page.

Portable SQL over a RowSource (rows.py), one query per table with the contact history
aggregated in SQL, so 100,000 organisations and 200,000 people come back in about a second
on the sqlite3 fast path. Tables of that size are then sorted and filtered in Python.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from destination_norberg.core.geometry import decode_wkb
from destination_norberg.store.rows import RowSource, as_utc


def day(value: Any) -> date | None:
    """A stored calendar day as a date (SQLite hands back text)."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value[:10])


def tag_list(text: str | None) -> tuple[str, ...]:
    return tuple(t for t in (text or "").split(";") if t)


def _maker(cls: type) -> Any:
    """A fast constructor for the frozen dataclass `cls`, for 300,000 rows at a time.

    A frozen dataclass sets each field through object.__setattr__, four times slower than a
    plain one; the snapshot would spend half a second on that alone. So an unfrozen twin
    with the same slots is built and then becomes a `cls` (same layout, so Python allows
    the class change): an equal, hashable, frozen instance for a quarter of the cost.
    """
    twin = dataclass(slots=True)(type(cls.__name__, (), {
        "__annotations__": dict(cls.__annotations__), "__module__": cls.__module__}))

    def make(*values: Any) -> Any:
        row = twin(*values)
        row.__class__ = cls
        return row

    return make


@dataclass(frozen=True, slots=True)
class OrgRow:
    """One organisation as the network list shows it."""

    id: int
    uid: str
    version: int
    name: str
    orgnr: str | None
    category: str
    street: str
    postal_code: str
    city: str
    kommun: str
    website: str
    tags: tuple[str, ...]
    notes: str
    has_location: bool
    last_contact: date | None  # the newest interaction's day
    next_follow_up: date | None  # the earliest follow-up not done
    person_names: str  # its people, ", "-joined, by name
    person_count: int
    interaction_count: int
    takes_part: int  # stråk stops, package components and partnerships, events organised


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One person (personal data under the GDPR); phone in E.164 (core.contacts shows it)."""

    id: int
    uid: str
    version: int
    organisation_id: int | None
    name: str
    role: str
    email: str
    phone: str
    legal_basis: str
    consent_on: date | None
    retention_review_on: date | None
    notes: str
    mail_opt_out_on: date | None  # the day they asked for no more e-mail (core.mail)


_new_org = _maker(OrgRow)
_new_person = _maker(PersonRow)


@dataclass(frozen=True, slots=True)
class NetworkSnapshot:
    organisations: list[OrgRow]  # by id
    persons: list[PersonRow]  # by id

    def organisation_names(self) -> dict[int, str]:
        return {o.id: o.name for o in self.organisations}


_ORGS = """
SELECT o.id, o.uid, o.version, o.name, o.orgnr, o.category, o.street, o.postal_code, o.city,
       o.kommun, o.website, o.tags, o.notes, CASE WHEN o.geom IS NULL THEN 0 ELSE 1 END,
       i.last_on, i.next_on, i.n, p.n
FROM organisation o
LEFT JOIN (SELECT organisation_id, MAX(occurred_on) AS last_on,
                  MIN(CASE WHEN follow_up_done THEN NULL ELSE follow_up_on END) AS next_on,
                  COUNT(*) AS n
           FROM interaction GROUP BY organisation_id) i ON i.organisation_id = o.id
LEFT JOIN (SELECT org, COUNT(*) AS n FROM (
               SELECT organisation_id AS org FROM strak_stop
               UNION ALL SELECT organisation_id FROM package_component
               UNION ALL SELECT organisation_id FROM package_partner
               UNION ALL SELECT organiser_id FROM event) u
           WHERE org IS NOT NULL GROUP BY org) p ON p.org = o.id
ORDER BY o.id
"""
_PERSON_COLUMNS = ("id, uid, version, organisation_id, name, role, email, phone, legal_basis, "
                   "consent_on, retention_review_on, notes, mail_opt_out_on")
_PERSONS = f"SELECT {_PERSON_COLUMNS} FROM person ORDER BY id"


def _person(r: Sequence[Any], days: Any = day) -> PersonRow:
    return _new_person(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], days(r[9]),
                       days(r[10]), r[11], days(r[12]))


def _days() -> Any:
    """`day` with a memory: 300,000 rows hold a few thousand distinct days."""
    seen: dict[Any, date | None] = {None: None}

    def parse(value: Any) -> date | None:
        found = seen.get(value, seen)
        if found is seen:
            found = seen[value] = day(value)
        return found  # type: ignore[return-value]

    return parse


def network_snapshot(source: RowSource) -> NetworkSnapshot:
    """Every organisation and person, with each organisation's contact history summed up."""
    days = _days()
    collecting = gc.isenabled()
    gc.disable()  # 300,000 new objects would set off a dozen full collections for nothing
    try:
        persons = [_person(r, days) for r in source.rows(_PERSONS)]
        names: dict[int, list[str]] = {}
        for p in persons:
            if p.organisation_id is not None:
                names.setdefault(p.organisation_id, []).append(p.name)
        orgs = [_org(r, names.get(r[0], ()), days) for r in source.rows(_ORGS)]
    finally:
        if collecting:
            gc.enable()
    return NetworkSnapshot(orgs, persons)


def _org(r: Sequence[Any], names: Sequence[str], days: Any = day) -> OrgRow:
    people = sorted(names, key=str.casefold) if len(names) > 1 else names
    return _new_org(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10],
                    tuple(t for t in r[11].split(";") if t) if r[11] else (), r[12],
                    bool(r[13]), days(r[14]), days(r[15]), ", ".join(people), len(people),
                    r[16] or 0, r[17] or 0)


# --- one organisation -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InteractionRow:
    id: int
    uid: str
    version: int
    organisation_id: int
    occurred_on: date
    kind: str
    note: str
    follow_up_on: date | None
    follow_up_done: bool
    person_ids: tuple[int, ...]
    person_names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StopPart:
    """A stråk stop the organisation is: the stråk, the stop's number and what it offers."""

    strak_id: int
    strak_name: str
    position: int
    opening: str
    offer_sv: str


@dataclass(frozen=True, slots=True)
class PackagePart:
    """A package it takes part in: as a component (kind and description) or as a partner."""

    package_id: int
    package_title: str
    kind: str  # the component's kind, or "partner"
    description: str


@dataclass(frozen=True, slots=True)
class EventPart:
    event_id: int
    name_sv: str
    starts_at: datetime


@dataclass(frozen=True, slots=True)
class OrganisationDetail:
    """One organisation with what an editor needs: the stored values as store.network_write
    takes them (`values`), its people, its interactions newest first, where it takes part."""

    organisation: OrgRow
    values: dict[str, Any]
    persons: list[PersonRow]
    interactions: list[InteractionRow]
    strak_stops: list[StopPart]
    packages: list[PackagePart]
    events: list[EventPart]


def _location(wkb: Any) -> tuple[float, float] | None:
    if wkb is None:
        return None
    geom = decode_wkb(bytes(wkb))
    return (geom.coords[0], geom.coords[1]) if geom.kind == "Point" else None


def interactions_of(source: RowSource, where: str, **params: Any) -> list[InteractionRow]:
    """Interactions matching `where` (SQL on `i`), newest first, with their people."""
    rows = source.rows(
        "SELECT i.id, i.uid, i.version, i.organisation_id, i.occurred_on, i.kind, i.note, "
        f"i.follow_up_on, i.follow_up_done FROM interaction i WHERE {where} "
        "ORDER BY i.occurred_on DESC, i.id DESC", **params)
    people: dict[int, list[tuple[int, str]]] = {}
    for iid, pid, name in source.rows(
            "SELECT ip.interaction_id, p.id, p.name FROM interaction_person ip "
            "JOIN person p ON p.id = ip.person_id JOIN interaction i ON i.id = ip.interaction_id "
            f"WHERE {where} ORDER BY p.name", **params):
        people.setdefault(iid, []).append((pid, name))
    return [InteractionRow(r[0], r[1], r[2], r[3], day(r[4]), r[5], r[6], day(r[7]),
                           bool(r[8]), tuple(p for p, _ in people.get(r[0], ())),
                           tuple(n for _, n in people.get(r[0], ())))
            for r in rows]


def organisation_detail(source: RowSource, org_id: int) -> OrganisationDetail | None:
    """The organisation with everything that points to it; None when it is gone."""
    found = source.rows(_ORG_ONE, o=org_id)
    if not found:
        return None
    r = found[0]
    persons = [_person(p) for p in source.rows(
        f"SELECT {_PERSON_COLUMNS} FROM person WHERE organisation_id = :o ORDER BY name, id",
        o=org_id)]
    org = _org(r, [p.name for p in persons])
    values = {"id": org.id, "uid": org.uid, "version": org.version, "name": org.name,
              "orgnr": org.orgnr, "category": org.category, "street": org.street,
              "postal_code": org.postal_code, "city": org.city, "kommun": org.kommun,
              "website": org.website, "tags": list(org.tags),
              "opening_hours": json.loads(r[18] or "{}"), "notes": org.notes,
              "location": _location(r[19])}
    stops = [StopPart(int(s), name, int(pos), opening, offer) for s, name, pos, opening, offer in
             source.rows("SELECT s.id, s.name, st.position, st.opening, st.offer_sv "
                         "FROM strak_stop st JOIN strak s ON s.id = st.strak_id "
                         "WHERE st.organisation_id = :o ORDER BY s.period_start, s.name, "
                         "st.position", o=org_id)]
    packages = [PackagePart(int(p), title, kind, desc) for p, title, kind, desc in source.rows(
        "SELECT p.id, p.title_sv, c.kind, c.description FROM package_component c "
        "JOIN package p ON p.id = c.package_id WHERE c.organisation_id = :o "
        "UNION ALL SELECT p.id, p.title_sv, 'partner', '' FROM package_partner pp "
        "JOIN package p ON p.id = pp.package_id WHERE pp.organisation_id = :o "
        "ORDER BY 2, 1, 3", o=org_id)]
    events = [EventPart(int(e), name, as_utc(start)) for e, name, start in source.rows(
        "SELECT id, name_sv, starts_at FROM event WHERE organiser_id = :o ORDER BY starts_at",
        o=org_id)]
    return OrganisationDetail(org, values, persons,
                              interactions_of(source, "i.organisation_id = :o", o=org_id),
                              stops, packages, events)


_ORG_ONE = """
SELECT o.id, o.uid, o.version, o.name, o.orgnr, o.category, o.street, o.postal_code, o.city,
       o.kommun, o.website, o.tags, o.notes, CASE WHEN o.geom IS NULL THEN 0 ELSE 1 END,
       (SELECT MAX(occurred_on) FROM interaction WHERE organisation_id = o.id),
       (SELECT MIN(CASE WHEN follow_up_done THEN NULL ELSE follow_up_on END) FROM interaction
        WHERE organisation_id = o.id),
       (SELECT COUNT(*) FROM interaction WHERE organisation_id = o.id),
       (SELECT COUNT(*) FROM strak_stop WHERE organisation_id = o.id)
       + (SELECT COUNT(*) FROM package_component WHERE organisation_id = o.id)
       + (SELECT COUNT(*) FROM package_partner WHERE organisation_id = o.id)
       + (SELECT COUNT(*) FROM event WHERE organiser_id = o.id),
       o.opening_hours, o.geom
FROM organisation o WHERE o.id = :o
"""
