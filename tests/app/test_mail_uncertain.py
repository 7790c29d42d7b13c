"""The review's fixes of the mail sending (issue 20), against aiosmtpd on loopback, both engines.

Two sendings of one mailing at once send each person one message (a row is claimed,
"sänder", before it is sent); a message the server accepted is recorded even when the
database refuses at first, and is never resent when it cannot be; a message whose answer
was lost stays "may have been sent" until the user chooses to send it again; a keyring
backend that fails in its own way reads as "no keyring"; a package's version is not mailed
twice to a partner; a template file written by a Windows program reads.
"""

from __future__ import annotations

import asyncio
import threading

import keyring
import pytest
from aiosmtpd.controller import Controller
from keyring.backend import KeyringBackend
from sqlalchemy import text

from destination_norberg.app.errors import AppError
from destination_norberg.app.mail import (
    KeyringUnavailable,
    RecipientQuery,
    SmtpSettings,
    create_mailing,
    list_mailings,
    mailing_recipients,
    read_password,
    read_template_file,
    resend_uncertain,
    save_password,
)
from destination_norberg.app.mail_package import create_package_mailing, preview_package_mail
from destination_norberg.app.mail_send import MAYBE_SENT, send_mailing
from destination_norberg.store.database import DatabaseError
from destination_norberg.store.network_write import insert_row
from tests.app.mail_fixtures import Handler, free_port

pytestmark = pytest.mark.both_engines

TEMPLATE = "Hej {förnamn}!\nVälkommen till vintern i Norberg."
QUERY = RecipientQuery(tags=frozenset({"osäker"}))


class SlowHandler(Handler):
    """Takes a while over each message, so two sendings overlap."""

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802
        await asyncio.sleep(0.05)
        return await super().handle_DATA(server, session, envelope)


def serve(handler: Handler):
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    return controller, SmtpSettings("127.0.0.1", controller.port, "none", "",
                                    "turism@norberg.se", "Destination Norberg")


@pytest.fixture
def people(demo_engine) -> dict[str, int]:
    org = insert_row(demo_engine, "organisation", {
        "name": "Stugbyn Ö", "category": "boende", "tags": ["osäker"]})["id"]
    out = {"org": org}
    for n in range(8):
        out[f"p{n}"] = insert_row(demo_engine, "person", {
            "name": f"Person Åtta{n}", "email": f"p{n}@stugbyn.example",
            "legal_basis": "berättigat intresse", "organisation_id": org})["id"]
    return out


def count(engine, sql: str, **params) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(sql), params).scalar_one())


def status(url: str, mailing: int) -> dict[str, str]:
    return {r.address: r.status for r in mailing_recipients(url, mailing)}


def test_two_sendings_at_once_send_each_person_once(demo_url, demo_engine, people) -> None:
    handler = SlowHandler()
    controller, settings = serve(handler)
    try:
        mailing = create_mailing(demo_url, TEMPLATE, "sv", QUERY, author="anna")
        results: list = []
        errors: list = []

        def send() -> None:
            try:
                results.append(send_mailing(demo_url, mailing, settings, None))
            except Exception as exc:  # noqa: BLE001 - reported by the assertion below
                errors.append(exc)

        threads = [threading.Thread(target=send) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
    finally:
        controller.stop()
    assert errors == [] and len(results) == 2
    addresses = [a for r in handler.received for a in r.recipients]
    assert sorted(addresses) == sorted(f"p{n}@stugbyn.example" for n in range(8))
    assert sum(r.sent for r in results) == 8  # each message sent by one of the two
    assert set(status(demo_url, mailing).values()) == {"skickad"}
    assert count(demo_engine, "SELECT count(*) FROM interaction WHERE organisation_id = :o "
                 "AND kind = 'e-post'", o=people["org"]) == 8


def test_a_refused_commit_after_the_server_accepted_is_tried_again(
        demo_url, demo_engine, people, monkeypatch) -> None:
    from destination_norberg.app import mail_send
    from destination_norberg.store import mail_store

    monkeypatch.setattr(mail_send, "RECORD_PAUSES_S", (0.0, 0.0, 0.0))
    real = mail_store.mark_sent
    calls: list[int] = []

    def flaky(engine, recipient_id, **values):  # the database is locked the first time
        calls.append(recipient_id)
        if calls.count(recipient_id) == 1:
            raise DatabaseError("The database is busy: try again.")
        return real(engine, recipient_id, **values)

    monkeypatch.setattr(mail_store, "mark_sent", flaky)
    handler = Handler()
    controller, settings = serve(handler)
    try:
        mailing = create_mailing(demo_url, TEMPLATE, "sv", QUERY, author="anna",
                                 person_ids=[people["p0"], people["p1"]])
        result = send_mailing(demo_url, mailing, settings, None)
    finally:
        controller.stop()
    assert (result.sent, result.failed, result.uncertain) == (2, [], [])
    assert set(status(demo_url, mailing).values()) == {"skickad"}
    assert len(handler.received) == 2


def test_a_message_that_cannot_be_recorded_is_never_sent_again_unless_chosen(
        demo_url, demo_engine, people, monkeypatch) -> None:
    from destination_norberg.app import mail_send
    from destination_norberg.store import mail_store

    monkeypatch.setattr(mail_send, "RECORD_PAUSES_S", (0.0, 0.0))
    real = mail_store.mark_sent

    def broken(engine, recipient_id, **values):
        raise DatabaseError("The connection to the database server was lost.")

    handler = Handler()
    controller, settings = serve(handler)
    try:
        mailing = create_mailing(demo_url, TEMPLATE, "sv", QUERY, author="anna",
                                 person_ids=[people["p0"], people["p1"], people["p2"]])
        monkeypatch.setattr(mail_store, "mark_sent", broken)
        result = send_mailing(demo_url, mailing, settings, None)
        # Accepted by the server: not "failed"; the sending stops (nothing can be recorded).
        assert result.failed == [] and result.sent == 0 and result.left == 2
        assert [u.address for u in result.uncertain] == ["p0@stugbyn.example"]
        assert "was sent, but the program could not record it" in result.uncertain[0].error
        assert result.stopped == result.uncertain[0].error
        assert len(handler.received) == 1

        monkeypatch.setattr(mail_store, "mark_sent", real)
        later = send_mailing(demo_url, mailing, settings, None)
        assert later.sent == 2 and len(handler.received) == 3  # p0 not sent again
        assert [(u.address, u.error) for u in later.uncertain] == [("p0@stugbyn.example",
                                                                    MAYBE_SENT)]
        assert MAYBE_SENT == "may have been sent; the program cannot tell"
        assert later.uncertain[0].error.key == "mail.maybe_sent"  # worded in Swedish too
        summary = next(m for m in list_mailings(demo_url) if m.id == mailing)
        assert (summary.sent, summary.uncertain, summary.pending) == (2, 1, 0)
        assert status(demo_url, mailing)["p0@stugbyn.example"] == "sänder"

        # The user checked with p0 and chooses to send it again.
        assert resend_uncertain(demo_url, mailing, [people["p0"], people["p1"]]) == 1
        again = send_mailing(demo_url, mailing, settings, None)
        assert (again.sent, again.uncertain, again.already_sent) == (1, [], 2)
        assert len([r for r in handler.received
                    if "p0@stugbyn.example" in r.recipients]) == 2
    finally:
        controller.stop()


def test_a_connection_lost_after_the_message_was_handed_over_is_uncertain(
        demo_url, people) -> None:
    class HangsUp(Handler):
        async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802
            await super().handle_DATA(server, session, envelope)
            server.transport.close()  # the final 250 never reaches the program
            return "250 Message accepted"

    handler = HangsUp()
    controller, settings = serve(handler)
    try:
        mailing = create_mailing(demo_url, TEMPLATE, "sv", QUERY, author="anna",
                                 person_ids=[people["p0"], people["p1"]])
        result = send_mailing(demo_url, mailing, settings, None)
        assert result.sent == 0 and result.failed == []
        assert sorted(u.address for u in result.uncertain) == ["p0@stugbyn.example",
                                                              "p1@stugbyn.example"]
        assert set(status(demo_url, mailing).values()) == {"sänder"}
        again = send_mailing(demo_url, mailing, settings, None)
        assert len(handler.received) == 2 and again.sent == 0 and len(again.uncertain) == 2
    finally:
        controller.stop()


class BrokenKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service, username):
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")

    def set_password(self, service, username, password):
        raise OSError("[WinError 1312] A specified logon session does not exist")

    def delete_password(self, service, username):
        raise RuntimeError("locked")


def test_a_keyring_backend_failing_its_own_way_is_no_keyring() -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    try:
        settings = SmtpSettings("h", 587, "starttls", "u", "a@b.se", "")
        with pytest.raises(KeyringUnavailable, match="no password store"):
            read_password(settings)
        with pytest.raises(KeyringUnavailable, match="no password store"):
            save_password(settings, "x")
    finally:
        keyring.set_keyring(before)


def write_pdf(detail, path, lang: str) -> None:
    path.write_bytes(b"%PDF-1.4 brochure " + lang.encode())


def test_a_package_version_is_not_mailed_twice_to_a_partner(demo_url, demo_engine) -> None:
    with demo_engine.connect() as conn:
        package = conn.execute(text(
            "SELECT package_id FROM package_partner GROUP BY package_id HAVING count(*) > 1 "
            "ORDER BY count(*) DESC, package_id")).first()[0]
    handler = Handler()
    controller, settings = serve(handler)
    try:
        preview = preview_package_mail(demo_url, package, settings, pdf_writer=write_pdf)
        assert preview.already_sent == []
        partners = sorted({c.organisation_id for c in preview.included})
        first_partner = partners[0]
        people = [c.person_id for c in preview.included if c.organisation_id == first_partner]
        mailing = create_package_mailing(demo_url, package, "anna", person_ids=people)
        assert send_mailing(demo_url, mailing, settings, None,
                            pdf_writer=write_pdf).sent == len(people)

        again = preview_package_mail(demo_url, package, settings, pdf_writer=write_pdf)
        assert again.revision == preview.revision
        assert [i for i, _name in again.already_sent] == [first_partner]
        assert again.already_sent[0][1]  # its name
        second = create_package_mailing(demo_url, package, "anna")
        got = {r.person_id for r in mailing_recipients(demo_url, second)}
        assert got and not got & set(people)  # the partner that has it is left out
        with pytest.raises(AppError, match="already got version"):
            create_package_mailing(demo_url, package, "anna", person_ids=people)
        forced = create_package_mailing(demo_url, package, "anna", person_ids=people,
                                        again=True)
        assert {r.person_id for r in mailing_recipients(demo_url, forced)} == set(people)
    finally:
        controller.stop()


def test_a_windows_1252_template_reads(tmp_path) -> None:
    path = tmp_path / "mall.txt"
    path.write_bytes("Höstens träff på Älvgården\nHej {förnamn}! Välkommen.".encode("cp1252"))
    assert read_template_file(path) == "Höstens träff på Älvgården\nHej {förnamn}! Välkommen."
    path.write_bytes("\ufeffÅret\nText".encode())
    assert read_template_file(path) == "Året\nText"
    path.write_bytes("Året\nText".encode("utf-16"))
    assert read_template_file(path) == "Året\nText"
    path.write_bytes(b"\x00\x01binary")
    with pytest.raises(AppError, match="is not text"):
        read_template_file(path)
    with pytest.raises(AppError, match="cannot be read"):
        read_template_file(tmp_path / "saknas.txt")


def test_a_tls_connection_logs_in_with_a_utf8_password(tmp_path, monkeypatch) -> None:
    import ssl

    from aiosmtpd.smtp import AuthResult

    from destination_norberg.app import mail_send
    from destination_norberg.app.mail_send import test_connection as check_connection
    from tests.app.mail_fixtures import self_signed

    pytest.importorskip("cryptography")
    cert, key = self_signed(tmp_path)
    server_side = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_side.load_cert_chain(cert, key)
    monkeypatch.setattr(mail_send, "tls_context",
                        lambda: ssl.create_default_context(cafile=str(cert)))
    seen: list[bytes] = []

    def authenticate(server, session, envelope, mechanism, auth_data) -> AuthResult:
        seen.append(auth_data.password)
        return AuthResult(success=auth_data.password == "Ålgräs-ö".encode(), handled=False)

    controller = Controller(Handler(), hostname="127.0.0.1", port=free_port(),
                            ssl_context=server_side, authenticator=authenticate,
                            auth_require_tls=False)  # aiosmtpd counts only STARTTLS as TLS
    controller.start()
    try:
        settings = SmtpSettings("127.0.0.1", controller.port, "tls", "åsa", "a@norberg.se",
                                "DN")
        check_connection(settings, "Ålgräs-ö")
        assert seen == ["Ålgräs-ö".encode()]
    finally:
        controller.stop()
