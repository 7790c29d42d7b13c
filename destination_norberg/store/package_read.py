"""Event packages read into core.packages' records: the list, one package in full, finding one
by name, and the choices the package form offers.

Portable SQL over a RowSource (store.rows), like the other read models, so the packages area
and `destination-norberg packages` read through the standard library's sqlite3 on a current
SQLite file. The rules (totals, versions, programme, partner language) live in
core.packages and are documented there; what is read here:

- **Routes concerned**: the stråk linked to any of the programme's events (or the larger
  event), the loops of the snow-guarantee targets linked to them, and the trails their race
  courses run on. An MTB or hiking event has no link of its own to trails in the schema; such
  trails join a package only through a race course.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from destination_norberg.core.contacts import ContactError, display_phone, normalise_phone
from destination_norberg.core.geometry import Geometry, GeometryError, decode_wkb
from destination_norberg.core.package_versions import (
    component_values,
    content_hash,
    package_content,
    snapshot_hash,
)
from destination_norberg.core.packages import (
    ComponentRow,
    Contact,
    DispatchRow,
    EventChoice,
    OrganisationChoice,
    PackageDetail,
    PackageLookupError,
    PackageRow,
    PartnerRow,
    PlaceRow,
    RouteRow,
    match_package,
    money,
    partner_language,
    price_basis,
    price_package,
    select_programme,
)
from destination_norberg.core.text import swedish_key
from destination_norberg.core.timeutil import to_local
from destination_norberg.core.vocab import PriceBasis
from destination_norberg.store.rows import RowSource, as_date, as_utc

# --- reading -------------------------------------------------------------------------------

_PACKAGES = """
SELECT p.id, p.uid, p.version, p.revision, p.title_sv, p.title_en, p.text_sv, p.text_en,
       p.valid_from, p.valid_to, p.price_basis_persons, p.event_id, e.name_sv, e.starts_at,
       e.ends_at
FROM package p LEFT JOIN event e ON e.id = p.event_id
"""
_COMPONENTS = """
SELECT c.package_id, c.id, c.uid, c.position, c.organisation_id, c.kind, c.description,
       c.price_sek, c.capacity, c.price_basis, c.occupancy
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
              "capacity": r[8], "price_basis": r[9], "occupancy": r[10]} for r in rows])
        pricing = price_package(((r[7], r[9], r[10]) for r in rows), basis)
        last_hash, last_at = sent.get(int(pid), (None, None))
        out.append(PackageRow(
            id=int(pid), uid=uid, version=int(version), revision=int(revision or 1),
            title_sv=tsv, title_en=ten or "", event_id=event_id, event_name=event_name,
            event_starts_at=as_utc(starts), event_ends_at=as_utc(ends),
            valid_from=as_date(vfrom), valid_to=as_date(vto), component_count=len(rows),
            total_sek=pricing.total, per_person_sek=pricing.per_person,
            partner_names=tuple(sorted(partners.get(int(pid), []), key=swedish_key)),
            last_sent=last_at,
            changed_since_sent=last_hash is not None and last_hash != content_hash(content)))
    return sorted(out, key=lambda p: (p.valid_from or date.max, swedish_key(p.title_sv), p.id))


def find_package(source: RowSource, text: str) -> int:
    """The id of the package `text` names (core.packages.match_package says how);
    PackageLookupError says why not."""
    found = [(int(i), u, s, e or "") for i, u, s, e in source.rows(
        "SELECT id, uid, title_sv, title_en FROM package")]
    return match_package(found, text)


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
        organisation=contacts.get(int(r[4])) if r[4] is not None else None,
        price_basis=price_basis(r[9]),
        occupancy=int(r[10]) if r[10] and price_basis(r[9]) == PriceBasis.PER_UNIT else None)
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


def package_choices(source: RowSource) -> tuple[list[EventChoice], list[OrganisationChoice]]:
    """The events a package can belong to (the top-level ones and the races, by start) and
    the network's organisations (by name) with whether each is a package partner."""
    events = [EventChoice(int(i), name, to_local(as_utc(start)).date())
              for i, name, start in source.rows(
                  "SELECT id, name_sv, starts_at FROM event WHERE parent_id IS NULL OR "
                  "kind = 'lopp' ORDER BY starts_at")]
    orgs = [OrganisationChoice(int(i), name, "paket" in (tags or "").split(";"))
            for i, name, tags in source.rows("SELECT id, name, tags FROM organisation "
                                             "ORDER BY name")]
    return events, orgs
