"""The demo's mailing (data/mailings.json): the invitation to the Vinterstråket businesses,
written as a real sending writes it (the consent rule's recipients, each sent message a
contact of kind e-post without a follow-up, one refused address kept as its message), its
times moved with what had already happened."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

from destination_norberg.app.mail import RecipientQuery, preview_mailing
from destination_norberg.core.demo_dates import REFERENCE_DAY
from destination_norberg.core.timeutil import to_local
from destination_norberg.store.demo import load_demo
from destination_norberg.store.mail_store import mailing_counts, read_recipients
from destination_norberg.store.rows import EngineRows, as_date, as_utc

pytestmark = pytest.mark.both_engines


def rows(engine, sql: str, **params) -> list:
    with engine.connect() as conn:
        return list(conn.execute(text(sql), params).all())


def test_the_demo_holds_one_sent_invitation_with_one_refused_address(demo_engine) -> None:
    source = EngineRows(demo_engine)
    [(mailing, counts)] = mailing_counts(source)
    assert (mailing.kind, mailing.lang, mailing.selection["tags"]) == (
        "utskick", "sv", ["vinterstråket"])
    assert "Vinterstråket" in mailing.subject and "{förnamn}" in mailing.body
    assert to_local(mailing.created_at).date() == REFERENCE_DAY - timedelta(days=3)
    assert counts == {"skickad": 11, "misslyckad": 1}

    # the recipients are the consent rule's, as the composer would choose them today
    url = demo_engine.url.render_as_string(hide_password=False)
    preview = preview_mailing(url, mailing.subject + "\n\n" + mailing.body, "sv",
                              RecipientQuery(tags={"vinterstråket"}), None)
    recipients = read_recipients(source, mailing.id)
    assert [r.person_id for r in recipients] == [c.person_id for c in preview.included]
    [failed] = [r for r in recipients if r.status == "misslyckad"]
    assert failed.name == "Hanna Eriksson" and failed.sent_at is None
    assert failed.error.key == "mail.refused"  # type: ignore[attr-defined]
    assert failed.error.startswith(f"The server refused the address {failed.address}: 550 "
                                   "5.1.1")

    # each message sent is one e-post contact with its person, on the day, no follow-up
    logged = rows(demo_engine, "SELECT i.organisation_id, ip.person_id, i.occurred_on, "
                  "i.note, i.follow_up_on FROM interaction i JOIN interaction_person ip ON "
                  "ip.interaction_id = i.id WHERE i.kind = 'e-post' AND i.uid LIKE "
                  "'demo-inbjudan-vinterstraket-%'")
    sent = [r for r in recipients if r.status == "skickad"]
    assert sorted(r[1] for r in logged) == sorted(r.person_id for r in sent)
    day = to_local(sent[0].sent_at).date()
    assert {(as_date(r[2]), r[4]) for r in logged} == {(day, None)}
    by_org = {r.organisation_id: r for r in sent}
    names = dict(rows(demo_engine, "SELECT id, name FROM organisation"))
    assert {r[3] for r in logged} == {
        f"Vinterstråket i vinter: vill {names[o]} vara med?" for o in by_org}


def test_the_mailing_keeps_its_distance_from_the_day_the_demo_is_loaded(engine) -> None:
    today = date(2027, 1, 20)
    load_demo(engine, today=today)
    [(created, sent_at)] = rows(engine, "SELECT m.created_at, max(r.sent_at) FROM mailing m "
                                "JOIN mail_recipient r ON r.mailing_id = m.id "
                                "GROUP BY m.created_at")
    assert as_utc(created) == datetime(2026, 11, 23, 8, 40, tzinfo=UTC) + (
        today - REFERENCE_DAY)
    assert to_local(as_utc(sent_at)).date() == today - timedelta(days=3)
    [(days,)] = rows(engine, "SELECT count(DISTINCT occurred_on) FROM interaction "
                     "WHERE uid LIKE 'demo-inbjudan-vinterstraket-%'")
    assert days == 1
