"""The network's working lists: follow-ups due, organisations not contacted for a while,
retention reviews due, possible duplicates, and every contact for an export.

Plain values over a RowSource; the rules (what "due" means, when names are similar) are
core.network's, so the GUI, the command line and the tests agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from destination_norberg.core.contacts import ContactRow
from destination_norberg.core.network import (
    NAME_THRESHOLD,
    DuplicateGroup,
    find_duplicates,
    months_back,
)
from destination_norberg.store.network_read import InteractionRow, day, interactions_of, tag_list
from destination_norberg.store.rows import RowSource


@dataclass(frozen=True, slots=True)
class FollowUp:
    """An interaction whose follow-up is due, with its organisation's name."""

    organisation_name: str
    interaction: InteractionRow


def follow_ups_due(source: RowSource, today: date, horizon_days: int = 0) -> list[FollowUp]:
    """Follow-ups not done and due by `today` (+ `horizon_days`), the most overdue first."""
    until = today + timedelta(days=horizon_days)
    rows = interactions_of(source, "NOT i.follow_up_done AND i.follow_up_on IS NOT NULL "
                                   "AND i.follow_up_on <= :until", until=until)
    names = dict(source.rows(
        "SELECT o.id, o.name FROM organisation o WHERE o.id IN (SELECT i.organisation_id "
        "FROM interaction i WHERE NOT i.follow_up_done AND i.follow_up_on <= :until)",
        until=until))
    rows.sort(key=lambda r: (r.follow_up_on, r.id))
    return [FollowUp(names.get(r.organisation_id, ""), r) for r in rows]


@dataclass(frozen=True, slots=True)
class NotContacted:
    organisation_id: int
    uid: str
    name: str
    category: str
    last_contact: date | None  # None: never


def not_contacted(source: RowSource, today: date, months: int) -> list[NotContacted]:
    """Organisations with no interaction in the last `months` months, never-contacted and
    longest-silent first."""
    cutoff = months_back(today, months)
    rows = source.rows(
        "SELECT o.id, o.uid, o.name, o.category, MAX(i.occurred_on) FROM organisation o "
        "LEFT JOIN interaction i ON i.organisation_id = o.id "
        "GROUP BY o.id, o.uid, o.name, o.category "
        "HAVING MAX(i.occurred_on) IS NULL OR MAX(i.occurred_on) < :cutoff", cutoff=cutoff)
    out = [NotContacted(r[0], r[1], r[2], r[3], day(r[4])) for r in rows]
    out.sort(key=lambda n: (n.last_contact is not None, n.last_contact or date.min,
                            n.name.casefold()))
    return out


@dataclass(frozen=True, slots=True)
class RetentionDue:
    person_id: int
    uid: str
    name: str
    organisation_name: str
    legal_basis: str
    consent_on: date | None
    retention_review_on: date | None  # None: never set, which is due as well


def retention_due(source: RowSource, today: date) -> list[RetentionDue]:
    """People whose retention review day has come (or who have none), earliest first."""
    rows = source.rows(
        "SELECT p.id, p.uid, p.name, COALESCE(o.name, ''), p.legal_basis, p.consent_on, "
        "p.retention_review_on FROM person p LEFT JOIN organisation o "
        "ON o.id = p.organisation_id WHERE p.retention_review_on IS NULL "
        "OR p.retention_review_on <= :today", today=today)
    out = [RetentionDue(r[0], r[1], r[2], r[3], r[4], day(r[5]), day(r[6])) for r in rows]
    out.sort(key=lambda r: (r.retention_review_on or date.min, r.name.casefold()))
    return out


def duplicates(source: RowSource, threshold: float = NAME_THRESHOLD) -> list[DuplicateGroup]:
    """Organisations that look like one (same orgnr, people's e-mail, similar names) and
    people with the same e-mail; see core.network.find_duplicates."""
    orgs = [(int(i), n, nr) for i, n, nr in source.rows(
        "SELECT id, name, orgnr FROM organisation")]
    persons = [(int(i), o, e) for i, o, e in source.rows(
        "SELECT id, organisation_id, email FROM person WHERE email <> ''")]
    return find_duplicates(orgs, persons, threshold)


def contacts_for_export(source: RowSource) -> list[ContactRow]:
    """One row per person with their organisation, then organisations without people.

    Phone numbers stay E.164 (vCard wants them so; a CSV writer may show them the Swedish
    way with core.contacts.display_phone); organisation numbers as `NNNNNN-NNNN`.
    """
    orgs = {r[0]: r for r in source.rows(
        "SELECT id, name, orgnr, category, street, postal_code, city, kommun, website, tags, "
        "notes FROM organisation")}
    out: list[ContactRow] = []
    with_people: set[int] = set()
    for _pid, org_id, name, role, email, phone, notes in source.rows(
            "SELECT p.id, p.organisation_id, p.name, p.role, p.email, p.phone, p.notes "
            "FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id "
            "ORDER BY o.name, p.name, p.id"):
        o = orgs.get(org_id)
        if o is not None:
            with_people.add(org_id)
        out.append(_row(len(out) + 1, o, name=name, role=role, email=email, phone=phone,
                        notes=notes))
    for org_id, o in sorted(orgs.items(), key=lambda kv: (kv[1][1].casefold(), kv[0])):
        if org_id not in with_people:
            out.append(_row(len(out) + 1, o, notes=o[10]))
    return out


def _row(n: int, org: tuple | None, **person: str) -> ContactRow:
    if org is None:
        return ContactRow(source_row=n, **person)
    return ContactRow(source_row=n, organisation=org[1], orgnr=org[2] or "", category=org[3],
                      street=org[4], postal_code=org[5], city=org[6], kommun=org[7],
                      website=org[8], tags=list(tag_list(org[9])), **person)
