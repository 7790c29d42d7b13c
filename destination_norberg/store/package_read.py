"""Event packages as plain values: the list, one package in full, and finding one by name.

Portable SQL over a RowSource (store.rows), like the other read models, so the packages area
and `destination-norberg packages` read through the standard library's sqlite3 on a current
SQLite file. Rules kept here and documented once:

- **Totals**: the total is the sum of the components' prices (Decimal, öre kept); the price
  per person is the total divided by `price_basis_persons`, rounded to whole kronor, halves up
  (2 202.50 → 2 203), as prices are quoted to partners.
- **Versions**: `revision` counts the versions sent; the rules (content hash, snapshot) are
  in store.package_write. `changed_since_sent`: the content differs from the last dispatch's,
  so the next dispatch records `revision + 1` (`sent_revision`).
- **Programme**: the package's event and everything under it; when that event belongs to a
  larger one (a race in the winter week), also the larger event's other items that touch the
  package's validity days, so a weekend package shows that weekend's programme.
- **Routes concerned**: the stråk linked to any of those events (or the larger event), the
  loops of the snow-guarantee targets linked to them, and the trails their race courses run
  on. An MTB or hiking event has no link of its own to trails in the schema; such trails
  join a package only through a race course.
- **Partner language**: Swedish, unless the organisation's tags say `lang:en`, `english` or
  `engelska` (the register has no country field); the caller may override it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from destination_norberg.core.contacts import ContactError, display_phone, normalise_phone
from destination_norberg.core.events import EventRecord
from destination_norberg.core.geometry import Geometry, GeometryError, decode_wkb
from destination_norberg.core.text import fold_words, swedish_key
from destination_norberg.core.timeutil import to_local
from destination_norberg.store.package_write import (
    CENT,
    component_values,
    content_hash,
    money,
    package_content,
    snapshot_hash,
)
from destination_norberg.store.rows import RowSource, as_date, as_utc

ENGLISH_TAGS = frozenset({"lang:en", "english", "engelska"})


class PackageLookupError(LookupError):
    """No package, or more than one, matches what the user typed (one sentence)."""

    def __str__(self) -> str:  # LookupError would quote the message like a dict key
        return str(self.args[0]) if self.args else "no such package"


# --- records -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PackageRow:
    """One line of the packages list."""

    id: int
    uid: str
    version: int  # the row version (optimistic locking)
    revision: int  # the package version as partners know it
    title_sv: str
    title_en: str
    event_id: int | None
    event_name: str | None
    event_starts_at: datetime | None
    event_ends_at: datetime | None
    valid_from: date | None
    valid_to: date | None
    component_count: int
    total_sek: Decimal
    per_person_sek: Decimal
    partner_names: tuple[str, ...]
    last_sent: datetime | None
    changed_since_sent: bool  # sent before, and changed since: the next send is a new version


@dataclass(frozen=True, slots=True)
class Contact:
    """An organisation with its first contact person (one per organisation, GDPR: no more
    personal data than a partner needs to book)."""

    organisation_id: int
    uid: str
    name: str
    category: str = ""
    person: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""  # Swedish display form (0223-123 45)
    street: str = ""
    postal_code: str = ""
    city: str = ""
    website: str = ""
    tags: tuple[str, ...] = ()

    @property
    def address(self) -> str:
        town = " ".join(p for p in (self.postal_code, self.city) if p)
        return ", ".join(p for p in (self.street, town) if p)


@dataclass(frozen=True, slots=True)
class ComponentRow:
    id: int
    uid: str
    position: int
    kind: str  # core.vocab.ComponentKind
    description: str
    price_sek: Decimal
    capacity: int | None
    organisation: Contact | None


@dataclass(frozen=True, slots=True)
class PartnerRow:
    contact: Contact
    lang: str  # "sv" or "en"

    @property
    def id(self) -> int:
        return self.contact.organisation_id

    @property
    def name(self) -> str:
        return self.contact.name


@dataclass(frozen=True, slots=True)
class RouteRow:
    """A trail or a stråk route the package concerns, geometry in EPSG:3006."""

    kind: str  # "trail" or "strak"
    id: int
    uid: str
    name: str
    geometry: Geometry | None
    trail_kind: str = ""  # core.vocab.TrailKind for trails
    grade_colour: str | None = None
    length_m: float = 0.0
    description_sv: str = ""
    description_en: str = ""
    stops: tuple[tuple[int, str, float, float], ...] = ()  # (number, name, x, y)


@dataclass(frozen=True, slots=True)
class DispatchRow:
    id: int
    revision: int
    partner_id: int | None
    partner_name: str | None
    sent_at: datetime


@dataclass(frozen=True, slots=True)
class PlaceRow:
    name: str
    x: float | None = None  # EPSG:3006
    y: float | None = None


@dataclass(frozen=True, slots=True)
class PackageDetail:
    """Everything a bundle, a brochure or the package window shows about one package."""

    id: int
    uid: str
    version: int
    revision: int
    title_sv: str
    title_en: str
    text_sv: str
    text_en: str
    valid_from: date | None
    valid_to: date | None
    price_basis_persons: int
    event: EventRecord | None
    event_place: PlaceRow | None
    programme: tuple[EventRecord, ...]  # start order; the package's event among them
    components: tuple[ComponentRow, ...]
    partners: tuple[PartnerRow, ...]
    routes: tuple[RouteRow, ...]
    dispatches: tuple[DispatchRow, ...]  # oldest first
    content_hash: str
    last_sent_hash: str | None = field(default=None, compare=False)

    @property
    def total_sek(self) -> Decimal:
        return total_of(c.price_sek for c in self.components)

    @property
    def per_person_sek(self) -> Decimal:
        return per_person(self.total_sek, self.price_basis_persons)

    @property
    def changed_since_sent(self) -> bool:
        return self.last_sent_hash is not None and self.last_sent_hash != self.content_hash

    @property
    def sent_revision(self) -> int:
        """The revision a dispatch now records (shown in the bundle as its version)."""
        return self.revision + 1 if self.changed_since_sent else self.revision

    @property
    def last_sent(self) -> datetime | None:
        return self.dispatches[-1].sent_at if self.dispatches else None

    def title(self, lang: str) -> str:
        return (self.title_en or self.title_sv) if lang == "en" else self.title_sv

    def text(self, lang: str) -> str:
        return (self.text_en or self.text_sv) if lang == "en" else (self.text_sv or self.text_en)

    def contacts(self) -> tuple[Contact, ...]:
        """The component providers, once each, in component order."""
        seen: dict[int, Contact] = {}
        for c in self.components:
            if c.organisation is not None:
                seen.setdefault(c.organisation.organisation_id, c.organisation)
        return tuple(seen.values())

    def partner(self, organisation_id: int) -> PartnerRow | None:
        return next((p for p in self.partners if p.id == organisation_id), None)


# --- rules ---------------------------------------------------------------------------------


def total_of(prices: Any) -> Decimal:
    return sum((money(p) for p in prices), Decimal(0)).quantize(CENT)


def per_person(total: Decimal, basis: int) -> Decimal:
    """Whole kronor, halves up; a basis below one person counts as one."""
    return (total / max(1, int(basis or 1))).quantize(Decimal(1), rounding=ROUND_HALF_UP)


def partner_language(tags: str | Sequence[str]) -> str:
    items = tags.split(";") if isinstance(tags, str) else tags
    return "en" if any(t.strip().casefold() in ENGLISH_TAGS for t in items) else "sv"


# --- reading -------------------------------------------------------------------------------

_PACKAGES = """
SELECT p.id, p.uid, p.version, p.revision, p.title_sv, p.title_en, p.text_sv, p.text_en,
       p.valid_from, p.valid_to, p.price_basis_persons, p.event_id, e.name_sv, e.starts_at,
       e.ends_at
FROM package p LEFT JOIN event e ON e.id = p.event_id
"""
_COMPONENTS = """
SELECT c.package_id, c.id, c.uid, c.position, c.organisation_id, c.kind, c.description,
       c.price_sek, c.capacity
FROM package_component c
"""
_PARTNERS = "SELECT pp.package_id, pp.organisation_id FROM package_partner pp"
_DISPATCHES = """
SELECT d.package_id, d.id, d.revision, d.partner_id, o.name, d.sent_at, d.snapshot
FROM package_dispatch d LEFT JOIN organisation o ON o.id = d.partner_id
"""
_ORGANISATIONS = """
SELECT id, uid, name, category, street, postal_code, city, website, tags FROM organisation
"""
_PERSONS = "SELECT organisation_id, name, role, email, phone FROM person"


def _in(column: str, ids: Sequence[int]) -> tuple[str, dict[str, int]]:
    """`column IN (:k0, :k1, …)` and its parameters: one statement for a handful of ids,
    where reading a 100,000-row register whole would not do."""
    params = {f"k{n}": int(i) for n, i in enumerate(sorted(set(ids)))}
    return f"{column} IN ({', '.join(':' + k for k in params)})", params


def _where_package(sql: str, alias: str, package_id: int | None) -> tuple[str, dict]:
    if package_id is None:
        return sql, {}
    return f"{sql} WHERE {alias}.package_id = :package", {"package": int(package_id)}


def _phone(text: str | None) -> str:
    try:
        return display_phone(normalise_phone(text))
    except ContactError:
        return text or ""


def _contacts(source: RowSource, ids: set[int]) -> dict[int, Contact]:
    if not ids:
        return {}
    persons: dict[int, tuple[str, str, str, str]] = {}
    where, params = _in("organisation_id", list(ids))
    for org, name, role, email, phone in source.rows(
            f"{_PERSONS} WHERE {where} ORDER BY organisation_id, id", **params):
        persons.setdefault(int(org), (name or "", role or "", email or "", _phone(phone)))
    out: dict[int, Contact] = {}
    where, params = _in("id", list(ids))
    for oid, uid, name, category, street, postal, city, web, tags in source.rows(
            f"{_ORGANISATIONS} WHERE {where}", **params):
        person = persons.get(int(oid), ("", "", "", ""))
        out[int(oid)] = Contact(
            organisation_id=int(oid), uid=uid, name=name, category=category or "",
            person=person[0], role=person[1], email=person[2], phone=person[3],
            street=street or "", postal_code=postal or "", city=city or "",
            website=web or "", tags=tuple(t.strip() for t in (tags or "").split(";")
                                          if t.strip()))
    return out


def _last_hashes(dispatches: Sequence[Sequence[Any]]) -> dict[int, tuple[str | None, Any]]:
    """package id → (content hash of its last dispatch, sent_at)."""
    last: dict[int, Sequence[Any]] = {}
    for row in dispatches:
        current = last.get(int(row[0]))
        if current is None or int(row[1]) > int(current[1]):
            last[int(row[0])] = row
    return {pid: (snapshot_hash(r[6]), as_utc(r[5])) for pid, r in last.items()}


def packages(source: RowSource) -> list[PackageRow]:
    """Every package, by validity start then Swedish title order."""
    comps: dict[int, list[Sequence[Any]]] = {}
    for row in source.rows(_COMPONENTS + " ORDER BY c.package_id, c.position, c.id"):
        comps.setdefault(int(row[0]), []).append(row)
    partners: dict[int, list[str]] = {}
    for pid, name in source.rows("SELECT pp.package_id, o.name FROM package_partner pp "
                                 "JOIN organisation o ON o.id = pp.organisation_id"):
        partners.setdefault(int(pid), []).append(name)
    sent = _last_hashes(source.rows(_DISPATCHES))
    out = []
    for (pid, uid, version, revision, tsv, ten, txsv, txen, vfrom, vto, basis, event_id,
         event_name, starts, ends) in source.rows(_PACKAGES):
        rows = comps.get(int(pid), [])
        content = package_content(
            {"event_id": event_id, "title_sv": tsv, "title_en": ten, "text_sv": txsv,
             "text_en": txen, "valid_from": vfrom, "valid_to": vto,
             "price_basis_persons": basis},
            [{"organisation_id": r[4], "kind": r[5], "description": r[6], "price_sek": r[7],
              "capacity": r[8]} for r in rows])
        total = total_of(r[7] for r in rows)
        last_hash, last_at = sent.get(int(pid), (None, None))
        out.append(PackageRow(
            id=int(pid), uid=uid, version=int(version), revision=int(revision or 1),
            title_sv=tsv, title_en=ten or "", event_id=event_id, event_name=event_name,
            event_starts_at=as_utc(starts), event_ends_at=as_utc(ends),
            valid_from=as_date(vfrom), valid_to=as_date(vto), component_count=len(rows),
            total_sek=total, per_person_sek=per_person(total, basis),
            partner_names=tuple(sorted(partners.get(int(pid), []), key=swedish_key)),
            last_sent=last_at,
            changed_since_sent=last_hash is not None and last_hash != content_hash(content)))
    return sorted(out, key=lambda p: (p.valid_from or date.max, swedish_key(p.title_sv), p.id))


def find_package(source: RowSource, text: str) -> int:
    """The id of the package `text` names: id, uid, exact title (Swedish or English) or a
    unique start of one (case- and accent-insensitive); PackageLookupError says why not."""
    wanted = (text or "").strip()
    if not wanted:
        raise PackageLookupError("Name a package: its id or the start of its title.")
    found = [(int(i), u, s, e or "") for i, u, s, e in source.rows(
        "SELECT id, uid, title_sv, title_en FROM package")]
    if wanted.isdigit() and any(i == int(wanted) for i, *_ in found):
        return int(wanted)
    for pid, uid, *_ in found:
        if uid == wanted:
            return pid
    key = fold_words(wanted)
    exact = [p for p in found if key in (fold_words(p[2]), fold_words(p[3]))]
    if len(exact) == 1:
        return exact[0][0]
    prefix = exact or [p for p in found if fold_words(p[2]).startswith(key)
                       or (p[3] and fold_words(p[3]).startswith(key))]
    if len(prefix) == 1:
        return prefix[0][0]
    if prefix:
        shown = ", ".join(f"{p[2]} (id {p[0]})"
                          for p in sorted(prefix, key=lambda p: swedish_key(p[2])))
        raise PackageLookupError(f"“{wanted}” matches {len(prefix)} packages: {shown}; give "
                                 "more of the title or the id.")
    raise PackageLookupError(f"There is no package “{wanted}”: give its id or the start of "
                             "its title (the packages command lists them).")


def package_detail(source: RowSource, package_id: int, lang: str | None = None
                   ) -> PackageDetail:
    """One package in full; `lang` ("sv"/"en") overrides every partner's language guess.

    PackageLookupError when there is no such package.
    """
    from destination_norberg.store import planning_read

    head = source.rows(_PACKAGES + " WHERE p.id = :id", id=int(package_id))
    if not head:
        raise PackageLookupError(f"There is no package with id {package_id}.")
    (pid, uid, version, revision, tsv, ten, txsv, txen, vfrom, vto, basis, event_id,
     *_event) = head[0]
    sql, params = _where_package(_COMPONENTS, "c", pid)
    comp_rows = source.rows(sql + " ORDER BY c.position, c.id", **params)
    sql, params = _where_package(_PARTNERS, "pp", pid)
    partner_ids = [int(o) for _p, o in source.rows(sql, **params)]
    sql, params = _where_package(_DISPATCHES, "d", pid)
    dispatch_rows = sorted(source.rows(sql, **params), key=lambda r: int(r[1]))
    contacts = _contacts(source, {int(r[4]) for r in comp_rows if r[4] is not None}
                         | set(partner_ids))
    components = tuple(ComponentRow(
        id=int(r[1]), uid=r[2], position=int(r[3] or 0), kind=r[5], description=r[6] or "",
        price_sek=money(r[7]), capacity=None if r[8] is None else int(r[8]),
        organisation=contacts.get(int(r[4])) if r[4] is not None else None)
        for r in comp_rows)
    partners = tuple(sorted(
        (PartnerRow(contacts[o], lang or partner_language(contacts[o].tags))
         for o in partner_ids if o in contacts), key=lambda p: swedish_key(p.name)))
    events = planning_read.events(source)
    event = next((e for e in events if e.id == event_id), None)
    programme = select_programme(events, event, as_date(vfrom), as_date(vto))
    place = None
    if event is not None and event.place_id is not None:
        place = next((PlaceRow(p.name, p.x, p.y) for p in planning_read.places(source)
                      if p.id == event.place_id), None)
    fields = {"event_id": event_id, "title_sv": tsv, "title_en": ten, "text_sv": txsv,
              "text_en": txen, "valid_from": vfrom, "valid_to": vto,
              "price_basis_persons": basis}
    content = package_content(fields, [component_values(c) for c in components])
    concerned = {e.id for e in programme if e.id is not None}
    if event is not None and event.parent_id is not None:
        concerned.add(event.parent_id)
    return PackageDetail(
        id=int(pid), uid=uid, version=int(version), revision=int(revision or 1),
        title_sv=tsv, title_en=ten or "", text_sv=txsv or "", text_en=txen or "",
        valid_from=as_date(vfrom), valid_to=as_date(vto),
        price_basis_persons=max(1, int(basis or 1)), event=event, event_place=place,
        programme=tuple(programme), components=components, partners=partners,
        routes=tuple(routes_for_events(source, concerned)),
        dispatches=tuple(DispatchRow(int(r[1]), int(r[2]), r[3], r[4], as_utc(r[5]))
                         for r in dispatch_rows),
        content_hash=content_hash(content),
        last_sent_hash=snapshot_hash(dispatch_rows[-1][6]) if dispatch_rows else None)


def select_programme(events: Sequence[EventRecord], event: EventRecord | None,
                     valid_from: date | None, valid_to: date | None) -> list[EventRecord]:
    """The event, everything under it and, for an event inside a larger one, the larger
    event's other items on the package's validity days (see the module note)."""
    if event is None:
        return []
    children: dict[int | None, list[EventRecord]] = {}
    for e in events:
        children.setdefault(e.parent_id, []).append(e)

    def subtree(root: EventRecord) -> list[EventRecord]:
        out, queue = [], [root]
        while queue:
            current = queue.pop(0)
            out.append(current)
            queue.extend(children.get(current.id, []))
        return out

    chosen = {e.id: e for e in subtree(event)}
    if event.parent_id is not None and valid_from is not None:
        last = valid_to or valid_from
        for sibling in children.get(event.parent_id, []):
            first_day = to_local(sibling.starts_at).date()
            last_day = to_local(sibling.finish).date()
            if first_day <= last and last_day >= valid_from:
                for e in subtree(sibling):
                    chosen.setdefault(e.id, e)
    return sorted(chosen.values(), key=lambda e: (e.starts_at, e.id or 0))


def _geometry(blob: Any) -> Geometry | None:
    if not blob:
        return None
    try:
        return decode_wkb(bytes(blob))
    except GeometryError:  # a damaged row is left out, not the whole bundle
        return None


def routes_for_events(source: RowSource, event_ids: set[int]) -> list[RouteRow]:
    """The stråk and trails the events concern (see the module note), stråk first."""
    from destination_norberg.store import planning_read

    if not event_ids:
        return []
    out = []
    for s in planning_read.strak(source):
        if s.event_id not in event_ids:
            continue
        stops = tuple((n, stop.organisation_name or "", stop.x, stop.y)
                      for n, stop in enumerate(sorted(s.stops, key=lambda t: t.position), 1)
                      if stop.x is not None and stop.y is not None)
        route = Geometry.line(s.route) if len(s.route) >= 2 else None
        out.append(RouteRow("strak", int(s.id or 0), s.uid, s.name, route, stops=stops,
                            length_m=route.length() if route else 0.0))
    trail_ids = {int(t) for e, t in source.rows(
        "SELECT st.event_id, stt.trail_id FROM snow_target st "
        "JOIN snow_target_trail stt ON stt.target_id = st.id "
        "WHERE st.event_id IS NOT NULL") if int(e) in event_ids}
    trail_ids |= {int(t) for e, t in source.rows(
        "SELECT event_id, trail_id FROM race_course WHERE trail_id IS NOT NULL")
        if int(e) in event_ids}
    if trail_ids:
        where, params = _in("id", list(trail_ids))
        rows = source.rows("SELECT id, uid, name, kind, grade_colour, length_m, "
                           f"description_sv, description_en, geom FROM trail WHERE {where}",
                           **params)
        trails = [RouteRow("trail", int(i), u, n, _geometry(g), trail_kind=k,
                           grade_colour=c, length_m=float(length or 0.0),
                           description_sv=dsv or "", description_en=den or "")
                  for i, u, n, k, c, length, dsv, den, g in rows]
        out.extend(sorted(trails, key=lambda r: swedish_key(r.name)))
    return out


def trail_geometries(source: RowSource) -> dict[int, Geometry]:
    """trail id → geometry (EPSG:3006) of every trail that has one (the status page)."""
    out = {}
    for trail_id, blob in source.rows("SELECT id, geom FROM trail WHERE geom IS NOT NULL"):
        geom = _geometry(blob)
        if geom is not None:
            out[int(trail_id)] = geom
    return out
