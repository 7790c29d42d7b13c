"""Mail rows and the GDPR (both engines): the export lists the messages sent to a person and
their opt-out, erasure deletes their recipient rows (the mailing stays), a merge keeps the
earliest opt-out and moves the rows (and its undo moves them back), and the demo's opt-outs
show in a preview."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from destination_norberg.app.mail import RecipientQuery, create_mailing, preview_mailing
from destination_norberg.store.gdpr import erase_person, person_export
from destination_norberg.store.mail_store import claim, mark_sent
from destination_norberg.store.network_write import insert_row, load
from destination_norberg.store.person_merge import merge_persons, undo_merge_persons
from destination_norberg.store.rows import EngineRows

pytestmark = pytest.mark.both_engines


def rows(engine, sql: str, **params) -> list:
    with engine.connect() as conn:
        return list(conn.execute(text(sql), params).all())


@pytest.fixture
def people(demo_engine) -> dict[str, dict]:
    org = insert_row(demo_engine, "organisation", {"name": "Kafé Åkern",
                                                   "category": "mat och dryck",
                                                   "tags": ["mejltest"]})["id"]
    return {key: insert_row(demo_engine, "person", {
        "name": name, "email": email, "legal_basis": "berättigat intresse",
        "organisation_id": org, "mail_opt_out_on": opted})
        for key, name, email, opted in (
            ("anna", "Anna Åkesson", "anna@akern.example", None),
            ("anna2", "Anna Åkesson", "anna.a@akern.example", date(2026, 5, 1)),
            ("bo", "Bo Ek", "bo@akern.example", None))}


def url_of(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def send_all(engine, mailing: int) -> None:
    for rid, org, pid in rows(engine, "SELECT id, organisation_id, person_id FROM "
                              "mail_recipient WHERE mailing_id = :m", m=mailing):
        assert claim(engine, rid)
        assert mark_sent(engine, rid, message_id=f"<{rid}@x>", sent_at=datetime(2026, 11, 26, 9,
                                                                         tzinfo=UTC),
                  interaction={"organisation_id": org, "occurred_on": date(2026, 11, 26),
                               "note": "Vintern", "person_id": pid})


def test_the_export_lists_messages_and_the_opt_out_and_erasure_deletes_them(
        demo_engine, people) -> None:
    url = url_of(demo_engine)
    mailing = create_mailing(url, "Vintern i Norberg\nHej {förnamn}!", "sv",
                             RecipientQuery(tags=frozenset({"mejltest"})), author="anna")
    send_all(demo_engine, mailing)
    exported = person_export(EngineRows(demo_engine), people["anna"]["uid"])
    assert exported["mails"] == [{"date": "2026-11-26T09:00:00+00:00",
                                  "subject": "Vintern i Norberg", "status": "skickad",
                                  "address": "anna@akern.example"}]
    assert exported["person"]["mail_opt_out_on"] is None
    from destination_norberg.store.gdpr_export import render_html

    page = render_html(exported)
    assert "<h2>E-post / E-mail</h2>" in page and "Vintern i Norberg" in page
    assert person_export(EngineRows(demo_engine), people["anna2"]["uid"])[
        "person"]["mail_opt_out_on"] == "2026-05-01"

    erase_person(demo_engine, people["anna"]["uid"], note="asked by phone")
    left = rows(demo_engine, "SELECT address FROM mail_recipient WHERE mailing_id = :m "
                "ORDER BY address", m=mailing)
    assert left == [("bo@akern.example",)]
    assert rows(demo_engine, "SELECT count(*) FROM mailing WHERE id = :m", m=mailing) == [(1,)]
    # the interaction logged for her stays with the organisation, without her
    assert rows(demo_engine, "SELECT count(*) FROM interaction_person WHERE person_id = :p",
                p=people["anna"]["id"]) == [(0,)]


def test_a_merge_keeps_the_earliest_opt_out_and_moves_the_mail(demo_engine, people) -> None:
    url = url_of(demo_engine)
    query = RecipientQuery(tags=frozenset({"mejltest"}))
    mailing = create_mailing(url, "Vintern\nHej!", "sv", query, author="anna")
    with demo_engine.begin() as conn:  # a mailing the duplicate got before the opt-out
        conn.execute(text("INSERT INTO mailing (created_at, kind, lang, subject, body, "
                          "selection, author) VALUES (:t, 'utskick', 'sv', 'Hösten', 'Hej', "
                          "'{}', 'anna')"), {"t": datetime(2026, 4, 1, tzinfo=UTC)})
        autumn = conn.execute(text("SELECT max(id) FROM mailing")).scalar_one()
        conn.execute(text("INSERT INTO mail_recipient (mailing_id, person_id, address, "
                          "status, error, message_id) VALUES (:m, :p, 'anna.a@akern.example', "
                          "'skickad', '', '')"), {"m": autumn, "p": people["anna2"]["id"]})
    result = merge_persons(demo_engine, people["anna"]["uid"], [people["anna2"]["uid"]])
    kept = load(demo_engine, "person", people["anna"]["uid"])
    assert kept is not None and kept["mail_opt_out_on"] == date(2026, 5, 1)
    assert rows(demo_engine, "SELECT person_id FROM mail_recipient WHERE mailing_id = :m",
                m=autumn) == [(people["anna"]["id"],)]
    preview = preview_mailing(url, "Mer\nText", "sv", query, None)
    assert "Anna Åkesson" not in [c.name for c in preview.included]  # opted out now

    undo_merge_persons(demo_engine, result)
    assert load(demo_engine, "person", people["anna"]["uid"])["mail_opt_out_on"] is None
    assert rows(demo_engine, "SELECT person_id FROM mail_recipient WHERE mailing_id = :m",
                m=autumn) == [(people["anna2"]["id"],)]
    assert len(rows(demo_engine, "SELECT id FROM mail_recipient WHERE mailing_id = :m",
                    m=mailing)) == 2  # anna and bo; anna2 had opted out


def add_row(engine, mailing: int, person: int, address: str, status: str) -> int:
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO mail_recipient (mailing_id, person_id, address, "
                          "status, error, message_id) VALUES (:m, :p, :a, :s, '', '')"),
                     {"m": mailing, "p": person, "a": address, "s": status})
        return int(conn.execute(text("SELECT max(id) FROM mail_recipient")).scalar_one())


def test_a_merge_keeps_the_row_of_a_message_sent_and_its_undo_brings_both_back(
        demo_engine, people) -> None:
    url = url_of(demo_engine)
    mailing = create_mailing(url, "Vintern\nHej!", "sv",
                             RecipientQuery(tags=frozenset({"mejltest"})), author="anna",
                             person_ids=[people["anna"]["id"]])
    waiting = rows(demo_engine, "SELECT id FROM mail_recipient WHERE mailing_id = :m",
                   m=mailing)[0][0]
    sent = add_row(demo_engine, mailing, people["anna2"]["id"], "anna.a@akern.example",
                   "skickad")
    result = merge_persons(demo_engine, people["anna"]["uid"], [people["anna2"]["uid"]])
    # The kept person's row was only waiting: the record of the message sent is kept.
    assert rows(demo_engine, "SELECT id, person_id, status FROM mail_recipient WHERE "
                "mailing_id = :m", m=mailing) == [(sent, people["anna"]["id"], "skickad")]
    undo_merge_persons(demo_engine, result)
    assert sorted(rows(demo_engine, "SELECT id, person_id, status FROM mail_recipient WHERE "
                       "mailing_id = :m", m=mailing)) == [
        (waiting, people["anna"]["id"], "väntar"), (sent, people["anna2"]["id"], "skickad")]

    # The other way round: the kept person's sent row stays, the other's waiting one goes.
    with demo_engine.begin() as conn:
        conn.execute(text("UPDATE mail_recipient SET status = CASE WHEN id = :w THEN "
                          "'skickad' ELSE 'väntar' END WHERE mailing_id = :m"),
                     {"w": waiting, "m": mailing})
    merge_persons(demo_engine, people["anna"]["uid"], [people["anna2"]["uid"]])
    assert rows(demo_engine, "SELECT id, status FROM mail_recipient WHERE mailing_id = :m",
                m=mailing) == [(waiting, "skickad")]


def test_deleting_a_person_deletes_their_mail_rows(demo_engine, people) -> None:
    from destination_norberg.store.network_write import delete_row

    url = url_of(demo_engine)
    mailing = create_mailing(url, "Vintern\nHej!", "sv",
                             RecipientQuery(tags=frozenset({"mejltest"})), author="anna")
    bo = people["bo"]
    assert rows(demo_engine, "SELECT count(*) FROM mail_recipient WHERE person_id = :p",
                p=bo["id"]) == [(1,)]
    delete_row(demo_engine, "person", load(demo_engine, "person", bo["uid"]))
    # No row is left holding the address without a person to find it by (GDPR).
    assert rows(demo_engine, "SELECT address FROM mail_recipient WHERE mailing_id = :m "
                "ORDER BY address", m=mailing) == [("anna@akern.example",)]


def test_a_row_is_claimed_once_and_only_a_claimed_row_is_recorded_sent(
        demo_engine, people) -> None:
    from destination_norberg.store.mail_store import claim, mark_failed, unclaim

    url = url_of(demo_engine)
    mailing = create_mailing(url, "Vintern\nHej!", "sv",
                             RecipientQuery(tags=frozenset({"mejltest"})), author="anna")
    rid = rows(demo_engine, "SELECT min(id) FROM mail_recipient WHERE mailing_id = :m",
               m=mailing)[0][0]
    when = datetime(2026, 11, 26, 9, tzinfo=UTC)
    assert not mark_sent(demo_engine, rid, message_id="<x>", sent_at=when, interaction=None)
    assert claim(demo_engine, rid) and not claim(demo_engine, rid)  # the second sending
    unclaim(demo_engine, rid)
    assert rows(demo_engine, "SELECT status FROM mail_recipient WHERE id = :i",
                i=rid) == [("väntar",)]
    assert claim(demo_engine, rid)
    assert mark_sent(demo_engine, rid, message_id="<x>", sent_at=when, interaction=None)
    assert not claim(demo_engine, rid)  # a sent row is never taken again
    mark_failed(demo_engine, rid, "late")  # nor marked failed
    assert rows(demo_engine, "SELECT status FROM mail_recipient WHERE id = :i",
                i=rid) == [("skickad",)]


def test_the_choices_are_the_networks_categories_and_tags(demo_engine, people) -> None:
    from destination_norberg.app.mail import mail_choices

    choices = mail_choices(url_of(demo_engine))
    assert "mejltest" in choices.tags and "paket" in choices.tags
    assert {"boende", "mat och dryck"} <= set(choices.categories)
    assert choices.tags == sorted(choices.tags)
    assert choices.people == rows(demo_engine, "SELECT count(*) FROM person")[0][0]


def test_the_demo_shows_opt_outs_in_a_preview(demo_engine) -> None:
    preview = preview_mailing(url_of(demo_engine), "Vintern\nHej {förnamn}!", "sv",
                              RecipientQuery(), None)
    opted = sorted(c.name for c, r in preview.excluded if r.key == "mail.reason.opted_out")
    assert opted == ["Eva Bergström", "Helena Persson", "Linnea Öberg"]
    assert any(r.key == "mail.reason.contract_only" for _c, r in preview.excluded)


def test_the_opt_out_is_part_of_a_person_edit_and_its_undo(demo_engine, people) -> None:
    from destination_norberg.core.contacts import ContactError
    from destination_norberg.store.network_write import update_row

    before = load(demo_engine, "person", people["bo"]["uid"])
    assert before is not None and before["mail_opt_out_on"] is None
    after = update_row(demo_engine, "person", before,
                       {**before, "mail_opt_out_on": date(2026, 11, 26)})
    assert after["mail_opt_out_on"] == date(2026, 11, 26)
    assert after["version"] == before["version"] + 1
    undone = update_row(demo_engine, "person", after, before)  # the undo step
    assert undone["mail_opt_out_on"] is None
    with pytest.raises(ContactError, match="opt-out day"):
        update_row(demo_engine, "person", undone, {**undone, "mail_opt_out_on": "igår"})


def test_a_failure_is_kept_as_its_message_and_an_old_plain_one_as_it_is(
        demo_engine, people) -> None:
    from destination_norberg.core.said import said
    from destination_norberg.store.mail_store import mark_failed, read_recipients

    url = url_of(demo_engine)
    mailing = create_mailing(url, "Vintern\n\nHej!", "sv", RecipientQuery(tags={"mejltest"}),
                             "test")
    first, second = (r[0] for r in rows(demo_engine, "SELECT id FROM mail_recipient WHERE "
                                        "mailing_id = :m ORDER BY id", m=mailing))
    reason = said("mail.refused", "The server refused the address {address}: {reason}",
                  address="anna@akern.example", reason="550 5.1.1 No such user here")
    mark_failed(demo_engine, first, reason)
    with demo_engine.begin() as conn:  # a row written before errors were kept as messages
        conn.execute(text("UPDATE mail_recipient SET status = 'misslyckad', error = "
                          ":e WHERE id = :id"), {"e": "Refused long ago", "id": second})
    stored = rows(demo_engine, "SELECT error FROM mail_recipient WHERE id = :id", id=first)
    assert stored[0][0].startswith('{"said":') and "550 5.1.1" in stored[0][0]
    read = {r.id: r.error for r in read_recipients(EngineRows(demo_engine), mailing)}
    assert read[first] == ("The server refused the address anna@akern.example: "
                           "550 5.1.1 No such user here")
    assert read[first].key == "mail.refused"  # type: ignore[attr-defined]
    assert read[first].params["reason"] == "550 5.1.1 No such user here"  # type: ignore
    assert read[second] == "Refused long ago" and not hasattr(read[second], "key")
