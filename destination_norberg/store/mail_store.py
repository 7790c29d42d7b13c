"""Mailings and their recipients in the database (both engines), issue 20.

Reads are portable SQL on a RowSource (the sqlite3 fast path too); every write is one unit:
a mailing with all its recipients, one recipient's outcome (with the interaction that logs a
sent message), an opt-out. app.mail and app.mail_send are the callers.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from destination_norberg.core.mail import Candidate
from destination_norberg.core.said import restored, stored
from destination_norberg.store.rows import RowSource, as_date, as_utc

SENT, FAILED, WAITING = "skickad", "misslyckad", "väntar"
#: Claimed by a sending (store.mail_store.claim) and handed to the server: a row still in this
#: state after the sending ended may have been sent; it is never sent again automatically.
SENDING = "sänder"

_CANDIDATES = """
SELECT p.id, p.name, p.email, p.organisation_id, COALESCE(o.name, ''),
       COALESCE(o.category, ''), COALESCE(o.tags, ''), p.legal_basis, p.consent_on,
       p.mail_opt_out_on
FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id
"""


def _candidate(row: Sequence[Any]) -> Candidate:
    tags = tuple(t for t in (str(row[6]).split(";")) if t.strip())
    return Candidate(person_id=int(row[0]), name=str(row[1] or ""), email=str(row[2] or ""),
                     organisation_id=None if row[3] is None else int(row[3]),
                     organisation=str(row[4]), category=str(row[5]),
                     tags=tuple(t.strip() for t in tags), legal_basis=str(row[7] or ""),
                     consent_on=as_date(row[8]), opted_out_on=as_date(row[9]))


def read_candidates(source: RowSource) -> list[Candidate]:
    """Every person of the network as a candidate, by organisation and name."""
    rows = source.rows(_CANDIDATES + " ORDER BY COALESCE(o.name, ''), p.name, p.id")
    return [_candidate(r) for r in rows]


def read_candidate(source: RowSource, person_id: int) -> Candidate | None:
    rows = source.rows(_CANDIDATES + " WHERE p.id = :pid", pid=person_id)
    return _candidate(rows[0]) if rows else None


def package_partner_candidates(source: RowSource, package_id: int) -> list[Candidate]:
    """The people of the package's partner organisations."""
    rows = source.rows(_CANDIDATES + " WHERE p.organisation_id IN (SELECT organisation_id "
                       "FROM package_partner WHERE package_id = :pkg) "
                       "ORDER BY o.name, p.name, p.id", pkg=package_id)
    return [_candidate(r) for r in rows]


@dataclass(frozen=True)
class MailingRow:
    id: int
    created_at: datetime
    kind: str
    lang: str
    subject: str
    body: str
    selection: dict[str, Any]
    package_id: int | None
    package_revision: int | None
    author: str


@dataclass(frozen=True)
class RecipientRow:
    id: int
    mailing_id: int
    person_id: int | None
    organisation_id: int | None
    name: str  # the person's name now ("" once the person is gone)
    address: str
    status: str
    error: str  # a core.said.Said when it was stored as one (store.mail_store.mark_failed)
    sent_at: datetime | None
    message_id: str


_MAILING = ("SELECT id, created_at, kind, lang, subject, body, selection, package_id, "
            "package_revision, author FROM mailing")


def _mailing(r: Sequence[Any]) -> MailingRow:
    try:
        selection = json.loads(r[6] or "{}")
    except ValueError:
        selection = {}
    return MailingRow(int(r[0]), as_utc(r[1]), str(r[2]), str(r[3]),  # type: ignore[arg-type]
                      str(r[4]), str(r[5]), selection,
                      None if r[7] is None else int(r[7]),
                      None if r[8] is None else int(r[8]), str(r[9]))


def read_mailing(source: RowSource, mailing_id: int) -> MailingRow | None:
    rows = source.rows(_MAILING + " WHERE id = :id", id=mailing_id)
    return _mailing(rows[0]) if rows else None


def read_recipients(source: RowSource, mailing_id: int) -> list[RecipientRow]:
    rows = source.rows(
        "SELECT r.id, r.mailing_id, r.person_id, r.organisation_id, COALESCE(p.name, ''), "
        "r.address, r.status, r.error, r.sent_at, r.message_id FROM mail_recipient r "
        "LEFT JOIN person p ON p.id = r.person_id WHERE r.mailing_id = :id ORDER BY r.id",
        id=mailing_id)
    return [RecipientRow(int(r[0]), int(r[1]), None if r[2] is None else int(r[2]),
                         None if r[3] is None else int(r[3]), str(r[4]), str(r[5]),
                         str(r[6]), restored(str(r[7] or "")), as_utc(r[8]), str(r[9] or ""))
            for r in rows]


def recipient_status(source: RowSource, recipient_id: int) -> str | None:
    """The row's status now; None when the row is gone (the person was erased)."""
    found = source.rows("SELECT status FROM mail_recipient WHERE id = :id", id=recipient_id)
    return str(found[0][0]) if found else None


def mailing_counts(source: RowSource) -> list[tuple[MailingRow, dict[str, int]]]:
    """Every mailing, newest first, with its recipients counted by status (two queries,
    however many mailings there are)."""
    mailings = [_mailing(r) for r in source.rows(_MAILING + " ORDER BY created_at DESC, "
                                                 "id DESC")]
    counts: dict[int, dict[str, int]] = {}
    for mailing_id, status, n in source.rows("SELECT mailing_id, status, COUNT(*) FROM "
                                             "mail_recipient GROUP BY mailing_id, status"):
        counts.setdefault(int(mailing_id), {})[str(status)] = int(n)
    return [(m, counts.get(m.id, {})) for m in mailings]


def insert_mailing(engine: Any, values: Mapping[str, Any],
                   recipients: Sequence[Candidate], addresses: Sequence[str]) -> int:
    """A mailing and its recipients ("väntar") in one unit; its id."""
    from destination_norberg.store.database import write_session
    from destination_norberg.store.planning_write import _guard

    with _guard("The mailing"), write_session(engine) as session:
        return add_mailing(session, values, recipients, addresses)


def add_mailing(session: Any, values: Mapping[str, Any], recipients: Sequence[Candidate],
                addresses: Sequence[str]) -> int:
    """`insert_mailing` inside an open write unit (the demo's too); the mailing's id."""
    from sqlalchemy import insert

    from destination_norberg.store import models as m
    from destination_norberg.store.base import utcnow

    row = dict(values)
    row["selection"] = json.dumps(row.get("selection") or {}, ensure_ascii=False,
                                  sort_keys=True)
    row.setdefault("created_at", utcnow())
    mailing_id = int(session.execute(insert(m.Mailing.__table__).values(**row))
                     .inserted_primary_key[0])
    if recipients:
        session.execute(insert(m.MailRecipient.__table__), [
            {"mailing_id": mailing_id, "person_id": c.person_id,
             "organisation_id": c.organisation_id, "address": address,
             "status": WAITING, "error": "", "sent_at": None, "message_id": ""}
            for c, address in zip(recipients, addresses, strict=True)])
    return mailing_id


def claim(engine: Any, recipient_id: int) -> bool:
    """Take the row for this sending ("sänder") if it is still to be sent ("väntar" or
    "misslyckad"); whether it was taken. One statement, so two sendings never both take it."""
    from destination_norberg.store.database import write_session
    from destination_norberg.store.planning_write import _guard

    with _guard("The message"), write_session(engine) as session:
        return claim_in(session, recipient_id)


def claim_in(session: Any, recipient_id: int) -> bool:
    """`claim` inside an open write unit (the demo's too)."""
    from sqlalchemy import update

    from destination_norberg.store import models as m

    r = m.MailRecipient.__table__
    done = session.execute(update(r).where(r.c.id == recipient_id,
                                           r.c.status.in_((WAITING, FAILED)))
                           .values(status=SENDING))
    return bool(done.rowcount)


def unclaim(engine: Any, recipient_id: int, status: str = WAITING) -> None:
    """Give a claimed row back (nothing was handed to the server)."""
    _set_sending(engine, [recipient_id], status)


def set_waiting(engine: Any, mailing_id: int, person_ids: Sequence[int]) -> int:
    """The people's rows still "sänder" back to "väntar" (the user chose to send them again);
    how many."""
    from sqlalchemy import select

    from destination_norberg.store import models as m

    r = m.MailRecipient.__table__
    with engine.connect() as conn:
        ids = [int(i) for i in conn.execute(select(r.c.id).where(
            r.c.mailing_id == mailing_id, r.c.person_id.in_(list(person_ids)),
            r.c.status == SENDING)).scalars()]
    return _set_sending(engine, ids, WAITING, error="") if ids else 0


def _set_sending(engine: Any, ids: Sequence[int], status: str, error: str | None = None) -> int:
    from sqlalchemy import update

    from destination_norberg.store import models as m
    from destination_norberg.store.database import write_session
    from destination_norberg.store.planning_write import _guard

    r = m.MailRecipient.__table__
    with _guard("The message"), write_session(engine) as session:
        done = session.execute(update(r).where(r.c.id.in_(list(ids)), r.c.status == SENDING)
                               .values(status=status,
                                       **({} if error is None else {"error": error})))
        return int(done.rowcount or 0)


def mark_uncertain(engine: Any, recipient_id: int, error: str) -> None:
    """A claimed row whose message may have reached the server: it stays "sänder", why kept."""
    from sqlalchemy import update

    from destination_norberg.store import models as m
    from destination_norberg.store.database import write_session
    from destination_norberg.store.planning_write import _guard

    r = m.MailRecipient.__table__
    with _guard("The message"), write_session(engine) as session:
        session.execute(update(r).where(r.c.id == recipient_id, r.c.status == SENDING)
                        .values(error=stored(error)))


def mark_sent(engine: Any, recipient_id: int, *, message_id: str, sent_at: datetime,
              interaction: Mapping[str, Any] | None, address: str | None = None) -> bool:
    """One claimed recipient sent, and the interaction that logs it (organisation_id,
    occurred_on, note, person_id), in one unit; False when the row is no longer "sänder"."""
    from destination_norberg.store.database import write_session
    from destination_norberg.store.planning_write import _guard

    with _guard("The sent message"), write_session(engine) as session:
        return record_sent(session, recipient_id, message_id=message_id, sent_at=sent_at,
                           interaction=interaction, address=address)


def record_sent(session: Any, recipient_id: int, *, message_id: str, sent_at: datetime,
                interaction: Mapping[str, Any] | None, address: str | None = None) -> bool:
    """`mark_sent` inside an open write unit (the demo's too): the claimed ("sänder") row
    "skickad" and the contact of kind e-post that logs it, with no follow-up (its `uid` new
    unless given). Nothing is written, and False returned, when the row is not "sänder"."""
    from sqlalchemy import insert, update

    from destination_norberg.core.vocab import InteractionKind
    from destination_norberg.store import models as m
    from destination_norberg.store.base import new_uid
    from destination_norberg.store.versioned import insert_versioned

    r = m.MailRecipient.__table__
    done = session.execute(update(r).where(r.c.id == recipient_id, r.c.status == SENDING)
                           .values(status=SENT, error="", sent_at=sent_at,
                                   message_id=message_id,
                                   **({} if address is None else {"address": address})))
    if not done.rowcount:
        return False
    if interaction is not None:
        new_id = insert_versioned(session, m.Interaction.__table__, {
            "uid": interaction.get("uid") or new_uid(),
            "organisation_id": interaction["organisation_id"],
            "occurred_on": interaction["occurred_on"], "kind": InteractionKind.EMAIL.value,
            "note": interaction["note"], "follow_up_on": None, "follow_up_done": False})
        if interaction.get("person_id") is not None:
            session.execute(insert(m.interaction_person).values(
                interaction_id=new_id, person_id=interaction["person_id"]))
    return True


def mark_failed(engine: Any, recipient_id: int, error: str, address: str | None = None) -> None:
    """One recipient not reached, and why: a core.said message is kept with its key and
    params (core.said.stored), so it is worded in the reader's language when read."""
    from destination_norberg.store.database import write_session
    from destination_norberg.store.planning_write import _guard

    with _guard("The failed message"), write_session(engine) as session:
        record_failed(session, recipient_id, error, address)


def record_failed(session: Any, recipient_id: int, error: str,
                  address: str | None = None) -> None:
    """`mark_failed` inside an open write unit (the demo's too); a sent row stays sent."""
    from sqlalchemy import update

    from destination_norberg.store import models as m

    r = m.MailRecipient.__table__
    session.execute(update(r).where(r.c.id == recipient_id, r.c.status != SENT)
                    .values(status=FAILED, error=stored(error),
                            **({} if address is None else {"address": address})))


def set_opt_out(engine: Any, person_id: int, day: date | None) -> bool:
    """Record (or clear, `day` None) the person's opt-out; whether the person exists. The
    person's version goes up, as every edit's does (another editor sees the change)."""
    from sqlalchemy import update

    from destination_norberg.store import models as m
    from destination_norberg.store.base import utcnow
    from destination_norberg.store.database import write_session
    from destination_norberg.store.planning_write import _guard

    p = m.Person.__table__
    with _guard("The opt-out"), write_session(engine) as session:
        done = session.execute(update(p).where(p.c.id == person_id).values(
            mail_opt_out_on=day, version=p.c.version + 1, updated_at=utcnow()))
        return bool(done.rowcount)


def dispatched_partners(source: RowSource, package_id: int, revision: int) -> set[int]:
    """The partners a revision of the package was already recorded as sent to."""
    return {int(r[0]) for r in source.rows(
        "SELECT DISTINCT partner_id FROM package_dispatch WHERE package_id = :pkg AND "
        "revision = :rev AND partner_id IS NOT NULL", pkg=package_id, rev=revision)}

