"""The demo's mailing (data/mailings.json, issue 20): the invitation to the Vinterstråket
businesses, sent a few days before the authored day, so the history of mailings has one.

It is written as a real sending writes it, with the same store code (store.mail_store's
add_mailing, record_sent, record_failed): the recipients chosen by the consent rule
(core.mail.choose, the one place it is applied) from the people of the tagged
organisations, the subject rendered for each, every message "skickad" and logged as a
contact of kind e-post without a follow-up, except the one address the server refused.
Its times move with what had already happened (core.demo_dates.DemoDates.past_day)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from destination_norberg.core.demo_dates import DemoDates
from destination_norberg.core.mail import (
    Purpose,
    Template,
    address_of,
    choose,
    message_id,
    refused_said,
    render,
)
from destination_norberg.core.timeutil import parse_utc, to_local


def anchored(data: Any, dates: DemoDates) -> Any:
    """The mailings' times as far from today as they were from the authored day."""
    if not data or dates.days == 0:
        return data
    shift = timedelta(days=dates.days)

    def moved(text: str) -> str:
        return (parse_utc(text) + shift).strftime("%Y-%m-%dT%H:%M:%SZ")

    return data | {"mailings": [
        m | {"created_at_utc": moved(m["created_at_utc"]),
             "sent_at_utc": moved(m["sent_at_utc"])} for m in data["mailings"]]}


class _SessionRows:
    """A RowSource over the demo's write unit (its own rows, flushed)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def rows(self, sql: str, **params: Any) -> list[Sequence[Any]]:
        from sqlalchemy import text

        return [tuple(r) for r in self.session.execute(text(sql), params).all()]

    def close(self) -> None:
        pass


def write_mailings(session: Session, data: Any, ref: Callable[[str, Any], Any]) -> None:
    from destination_norberg.store.mail_store import (
        add_mailing,
        claim_in,
        read_candidates,
        read_recipients,
        record_failed,
        record_sent,
    )

    if not data:
        return
    session.flush()  # the people and organisations are read back as candidates
    source = _SessionRows(session)
    for m in data["mailings"]:
        tags = set(m["tags"])
        purpose = Purpose(m["kind"])
        everyone = [c for c in read_candidates(source) if tags & set(c.tags)]
        included = choose(everyone, purpose).included
        template = Template(m["subject"], m["body"])
        mailing_id = add_mailing(session, {
            "kind": purpose.value, "lang": m["lang"], "subject": m["subject"],
            "body": m["body"], "created_at": parse_utc(m["created_at_utc"]),
            "selection": {"categories": [], "tags": sorted(tags), "organisation_ids": None,
                          "person_ids": None},
            "package_id": None, "package_revision": None, "author": m["author"]},
            included, [address_of(c) or "" for c in included])
        failed = m.get("failed") or {}
        refused = ref("person", failed["person"]).id if failed.get("person") else None
        sent_at = parse_utc(m["sent_at_utc"])
        by_person = {c.person_id: c for c in included}
        uids = {int(i): str(u).removeprefix("demo-")
                for i, u in source.rows("SELECT id, uid FROM person")}
        for row in read_recipients(source, mailing_id):
            if row.person_id == refused:
                record_failed(session, row.id, refused_said(row.address, failed["reply"]))
                continue
            candidate = by_person[row.person_id]
            rendered = render(template, candidate, m["lang"], m["sender"])
            claim_in(session, row.id)
            record_sent(session, row.id,
                        message_id=message_id(mailing_id, row.person_id, m["sender"]),
                        sent_at=sent_at, interaction={
                            "uid": f"demo-{m['key']}-{uids[candidate.person_id]}",
                            "organisation_id": candidate.organisation_id,
                            "occurred_on": to_local(sent_at).date(),
                            "note": rendered.subject, "person_id": candidate.person_id})
