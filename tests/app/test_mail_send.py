"""Sending e-mail to the network through an SMTP server on loopback (aiosmtpd), both engines.

What arrives: headers (From/To/Subject with å/ä/ö decoded back), the body and its unsubscribe
notice, List-Unsubscribe, a package's attachments (the PDF and a zip of the rest). Who: the
consent rule (core.mail) applied, an opt-out recorded after the mailing was made respected.
How: a refused recipient is listed as failed and retried later without sending the others
again; nothing is sent twice; cancel stops between messages; a server that cannot be reached
fails the whole sending and marks nobody; each message sent is an interaction on the
organisation; a package's sending records the dispatch of its version per partner.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import keyring
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from sqlalchemy import text

from destination_norberg.app.errors import AppError
from destination_norberg.app.mail import (
    KeyringUnavailable,
    MailError,
    RecipientQuery,
    SmtpSettings,
    create_mailing,
    forget_password,
    list_mailings,
    mailing_recipients,
    preview_mailing,
    read_password,
    read_smtp_settings,
    save_password,
    save_smtp_settings,
    set_opt_out,
)
from destination_norberg.app.mail_package import create_package_mailing, preview_package_mail
from destination_norberg.app.mail_send import send_mailing
from destination_norberg.app.mail_send import test_connection as check_connection
from destination_norberg.store.network_write import insert_row, load, update_row
from tests.app.mail_fixtures import Handler, MemoryKeyring, free_port

pytestmark = pytest.mark.both_engines

TEMPLATE = "Hej {förnamn} på {organisation}!\nVälkommen till vintern i Norberg, {namn}.\n" \
           "Åka skidor på Kyrkberget – boka senast fredag."


@pytest.fixture
def smtp():
    handler = Handler()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield handler, SmtpSettings("127.0.0.1", controller.port, "none", "",
                                    "turism@norberg.se", "Destination Norberg – Åsa")
    finally:
        controller.stop()


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        yield ring
    finally:
        keyring.set_keyring(before)


def rows(engine, sql: str, **params) -> list:
    with engine.connect() as conn:
        return list(conn.execute(text(sql), params).all())


@pytest.fixture
def network(demo_engine) -> dict[str, int]:
    """An organisation tagged `mejltest` with people of every kind."""
    org = insert_row(demo_engine, "organisation", {
        "name": "Kafé Åkern", "category": "mat och dryck", "tags": ["mejltest"]})["id"]
    out = {"org": org}
    for key, name, email, basis, extra in (
            ("asa", "Åsa Öberg", "asa@akern.example", "berättigat intresse", {}),
            ("jorgen", "Jörgen Ädel", "jorgen@akern.example", "samtycke",
             {"consent_on": date(2026, 2, 1)}),
            ("lisa", "Lisa Lund", "lisa@akern.example", "avtal", {}),
            ("olle", "Olle Nej", "olle@akern.example", "berättigat intresse",
             {"mail_opt_out_on": date(2026, 9, 1)}),
            ("ref", "Rune Fel", "refused@akern.example", "berättigat intresse", {}),
            ("nomail", "Nils Utan", "", "berättigat intresse", {})):
        out[key] = insert_row(demo_engine, "person", {
            "name": name, "email": email, "legal_basis": basis, "organisation_id": org,
            **extra})["id"]
    return out


QUERY = RecipientQuery(tags=frozenset({"mejltest"}))


def status(url: str, mailing: int) -> dict[str, str]:
    return {r.address: r.status for r in mailing_recipients(url, mailing)}


def test_the_preview_says_who_is_left_out_and_why(demo_url, network, smtp) -> None:
    preview = preview_mailing(demo_url, TEMPLATE, "sv", QUERY, smtp[1])
    assert sorted(c.name for c in preview.included) == ["Jörgen Ädel", "Rune Fel",
                                                         "Åsa Öberg"]
    assert sorted((c.name, r.key) for c, r in preview.excluded) == [
        ("Lisa Lund", "mail.reason.contract_only"), ("Nils Utan", "mail.reason.no_email"),
        ("Olle Nej", "mail.reason.opted_out")]
    first = preview.included[0]
    assert preview.sample is not None
    assert preview.sample.subject == f"Hej {first.name.split()[0]} på Kafé Åkern!"
    assert "turism@norberg.se" in preview.sample.body
    assert smtp[0].received == []  # a preview sends nothing
    with pytest.raises(AppError, match="unknown field"):
        preview_mailing(demo_url, "Hej {efternamn}\nText", "sv", QUERY, smtp[1])


def test_send_refuse_retry_and_never_twice(demo_url, demo_engine, network, smtp) -> None:
    handler, settings = smtp
    handler.refuse = {"refused@akern.example"}
    mailing = create_mailing(demo_url, TEMPLATE, "sv", QUERY, author="anna")
    seen: list[tuple[int, int]] = []
    result = send_mailing(demo_url, mailing, settings, None, progress=lambda d, t:
                          seen.append((d, t)))
    assert (result.sent, result.left, result.already_sent) == (2, 0, 0)
    assert [(f.name, f.address) for f in result.failed] == [("Rune Fel",
                                                             "refused@akern.example")]
    assert result.failed[0].error == ("The server refused the address refused@akern.example: "
                                      "550 5.1.1 No such user here")
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert status(demo_url, mailing) == {"asa@akern.example": "skickad",
                                         "jorgen@akern.example": "skickad",
                                         "refused@akern.example": "misslyckad"}

    message = handler.to("asa@akern.example")[0]
    assert message["Subject"] == "Hej Åsa på Kafé Åkern!"
    assert message["From"].addresses[0].display_name == "Destination Norberg – Åsa"
    assert message["From"].addresses[0].addr_spec == "turism@norberg.se"
    assert message["To"].addresses[0].display_name == "Åsa Öberg"
    assert message["Message-ID"] == f"<dn-mailing-{mailing}-person-{network['asa']}@norberg.se>"
    assert message["List-Unsubscribe"] == "<mailto:turism@norberg.se?subject=avregistrera>"
    assert message["Date"] is not None
    body = message.get_body(("plain",)).get_content()
    assert "Välkommen till vintern i Norberg, Åsa Öberg." in body
    assert "Kyrkberget – boka" in body
    assert "”avregistrera”" in body and body.rstrip().endswith("så skickar vi inga fler.")
    assert handler.to("lisa@akern.example") == [] and handler.to("olle@akern.example") == []

    logged = rows(demo_engine, "SELECT i.kind, i.note, ip.person_id FROM interaction i "
                  "JOIN interaction_person ip ON ip.interaction_id = i.id "
                  "WHERE i.organisation_id = :o ORDER BY ip.person_id", o=network["org"])
    assert sorted(logged) == sorted([("e-post", "Hej Åsa på Kafé Åkern!", network["asa"]),
                                     ("e-post", "Hej Jörgen på Kafé Åkern!",
                                      network["jorgen"])])

    # The coordinator corrects Rune's address, then retries: only he gets the message.
    rune = load(demo_engine, "person", rows(demo_engine, "SELECT uid FROM person WHERE id = :p",
                                            p=network["ref"])[0][0])
    update_row(demo_engine, "person", rune, {**rune, "email": "rune@akern.example"})
    again = send_mailing(demo_url, mailing, settings, None)
    assert (again.sent, again.failed, again.already_sent) == (1, [], 2)
    assert len(handler.received) == 3 and len(handler.to("asa@akern.example")) == 1
    assert len(handler.to("rune@akern.example")) == 1
    assert status(demo_url, mailing)["rune@akern.example"] == "skickad"
    third = send_mailing(demo_url, mailing, settings, None)
    assert (third.sent, third.already_sent, len(handler.received)) == (0, 3, 3)
    summary = next(m for m in list_mailings(demo_url) if m.id == mailing)
    assert (summary.kind, summary.sent, summary.failed, summary.pending) == ("utskick", 3, 0, 0)
    assert summary.subject == "Hej {förnamn} på {organisation}!"  # as written


def test_cancel_stops_between_messages(demo_url, network, smtp) -> None:
    handler, settings = smtp
    mailing = create_mailing(demo_url, TEMPLATE, "sv", QUERY, author="anna")
    result = send_mailing(demo_url, mailing, settings, None,
                          cancelled=lambda: len(handler.received) >= 1)
    assert (result.sent, result.left, result.cancelled) == (1, 2, True)
    assert sorted(status(demo_url, mailing).values()) == ["skickad", "väntar", "väntar"]
    rest = send_mailing(demo_url, mailing, settings, None)
    assert (rest.sent, rest.already_sent, len(handler.received)) == (2, 1, 3)


def test_a_row_sent_meanwhile_by_another_sending_is_not_sent_again(demo_url, demo_engine,
                                                                    network, smtp) -> None:
    handler, settings = smtp
    mailing = create_mailing(demo_url, TEMPLATE, "sv", QUERY, author="anna")

    def other_coordinator(done: int, total: int) -> None:
        if done == 1:  # meanwhile, another sending marks the rest as sent
            with demo_engine.begin() as conn:
                conn.execute(text("UPDATE mail_recipient SET status = 'skickad' WHERE "
                                  "mailing_id = :m AND status = 'väntar'"), {"m": mailing})

    result = send_mailing(demo_url, mailing, settings, None, progress=other_coordinator)
    assert (result.sent, result.already_sent, len(handler.received)) == (1, 2, 1)


def test_an_opt_out_recorded_after_the_mailing_is_respected(demo_url, network, smtp) -> None:
    handler, settings = smtp
    mailing = create_mailing(demo_url, TEMPLATE, "sv", QUERY, author="anna",
                             person_ids=[network["asa"], network["jorgen"]])
    assert len(status(demo_url, mailing)) == 2  # narrowed to those kept ticked
    set_opt_out(demo_url, network["asa"], date(2026, 11, 20))
    result = send_mailing(demo_url, mailing, settings, None)
    assert result.sent == 1 and handler.to("asa@akern.example") == []
    assert [f.error for f in result.failed] == ["Has asked for no more e-mail"]
    with pytest.raises(AppError, match="no person with id 999999"):
        set_opt_out(demo_url, 999999, None)


def test_a_server_that_cannot_be_reached_marks_nobody(demo_url, network, smtp) -> None:
    settings = SmtpSettings("127.0.0.1", free_port(), "none", "", "turism@norberg.se", "DN")
    mailing = create_mailing(demo_url, TEMPLATE, "sv", QUERY, author="anna")
    with pytest.raises(MailError, match=r"Cannot reach the mail server 127\.0\.0\.1"):
        send_mailing(demo_url, mailing, settings, None)
    assert set(status(demo_url, mailing).values()) == {"väntar"}
    with pytest.raises(MailError, match="did not accept a secure connection"):
        check_connection(SmtpSettings("127.0.0.1", smtp[1].port, "starttls", "",
                                     "turism@norberg.se", "DN"), None)
    assert set(status(demo_url, mailing).values()) == {"väntar"}


def test_a_dropped_connection_fails_one_and_the_rest_go_on(demo_url, network) -> None:
    class Closing(Handler):
        async def handle_RCPT(self, server, session, envelope, address,  # noqa: N802
                              rcpt_options) -> str:
            if address == "jorgen@akern.example":
                return "421 4.3.0 Closing the connection"
            return await super().handle_RCPT(server, session, envelope, address, rcpt_options)

    handler = Closing()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        settings = SmtpSettings("127.0.0.1", controller.port, "none", "", "turism@norberg.se",
                                "DN")
        mailing = create_mailing(demo_url, TEMPLATE, "sv", QUERY, author="anna")
        result = send_mailing(demo_url, mailing, settings, None)
    finally:
        controller.stop()
    assert [f.address for f in result.failed] == ["jorgen@akern.example"]
    assert result.failed[0].error.startswith("The server refused the address "
                                             "jorgen@akern.example: 421")
    assert result.sent == 2 and len(handler.received) == 2


def test_a_login_refused_is_worded_and_a_password_with_a_ring_logs_in(
        demo_url, network, tmp_path, monkeypatch) -> None:
    import ssl

    from destination_norberg.app import mail_send
    from tests.app.mail_fixtures import self_signed

    pytest.importorskip("cryptography")
    cert, key = self_signed(tmp_path)
    server_side = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_side.load_cert_chain(cert, key)
    monkeypatch.setattr(mail_send, "tls_context",
                        lambda: ssl.create_default_context(cafile=str(cert)))
    # A computer named with å: EHLO gives its IDNA form (smtplib would fail on it).
    monkeypatch.setattr("socket.getfqdn", lambda *a: "kontorsdatorn-åsa.norberg.se")
    seen: list[tuple[bytes, bytes]] = []

    def authenticate(server, session, envelope, mechanism, auth_data) -> AuthResult:
        seen.append((auth_data.login, auth_data.password))
        # handled=False: aiosmtpd answers 535 itself (True would leave the client waiting)
        return AuthResult(success=auth_data.password == "snö-åäö".encode(), handled=False)

    handler = Handler()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(),
                            authenticator=authenticate, tls_context=server_side,
                            require_starttls=True)
    controller.start()
    try:
        settings = SmtpSettings("127.0.0.1", controller.port, "starttls", "kommunen-åsa",
                                "turism@norberg.se", "DN")
        with pytest.raises(MailError, match="refused the login of kommunen-åsa"):
            check_connection(settings, "fel")
        check_connection(settings, "snö-åäö")  # UTF-8 (RFC 4616), not a codec error
        assert seen[-1] == ("kommunen-åsa".encode(), "snö-åäö".encode())
        mailing = create_mailing(demo_url, TEMPLATE, "sv", QUERY, author="anna")
        assert send_mailing(demo_url, mailing, settings, "snö-åäö").sent == 3
        # A login over a plain connection would send the password in clear: refused.
        tries = len(seen)
        with pytest.raises(MailError, match="not sent over a connection that is not secure"):
            check_connection(replace_security(settings, "none"), "snö-åäö")
        assert len(seen) == tries  # the refused plain login never reached the server
    finally:
        controller.stop()


def write_pdf(detail, path: Path, lang: str) -> None:
    path.write_bytes(b"%PDF-1.4 brochure " + lang.encode())


def test_a_package_goes_to_its_partners_with_its_files(demo_url, demo_engine, smtp) -> None:
    handler, settings = smtp
    package = rows(demo_engine, "SELECT package_id FROM package_partner GROUP BY package_id "
                   "ORDER BY count(*) DESC, package_id LIMIT 1")[0][0]
    english = rows(demo_engine, "SELECT max(organisation_id) FROM package_partner WHERE "
                   "package_id = :p", p=package)[0][0]
    with demo_engine.begin() as conn:  # a partner whose language is English
        conn.execute(text("UPDATE organisation SET tags = 'english;paket' WHERE id = :o"),
                     {"o": english})
    preview = preview_package_mail(demo_url, package, settings, pdf_writer=write_pdf)
    assert preview.included and preview.sample is not None
    assert preview.lang[english] == "en" and set(preview.lang.values()) == {"sv", "en"}
    names = [n for n, _size in preview.attachments]
    assert len(names) == 2 and names[0].endswith(".pdf") and names[1].endswith(".zip")
    assert all(size > 0 for _n, size in preview.attachments)
    dispatches = rows(demo_engine, "SELECT count(*) FROM package_dispatch WHERE package_id "
                      "= :p", p=package)[0][0]

    mailing = create_package_mailing(demo_url, package, author="anna")
    result = send_mailing(demo_url, mailing, settings, None, pdf_writer=write_pdf)
    assert result.sent == len(preview.included) and result.failed == []
    first = handler.received[0].message
    files = {p.get_filename(): p.get_content() for p in first.iter_attachments()}
    pdf = next(n for n in files if n.endswith(".pdf"))
    assert files[pdf].startswith(b"%PDF-1.4 brochure")
    archive = zipfile.ZipFile(io.BytesIO(files[next(n for n in files if n.endswith(".zip"))]))
    inside = [Path(n).suffix for n in archive.namelist()]
    assert ".html" in inside and ".xlsx" in inside and ".pdf" not in inside
    body = first.get_body(("plain",)).get_content()
    assert f"version {preview.revision}" in first["Subject"]
    assert "avregistrera" in body or "unsubscribe" in body

    in_english = [c.email for c in preview.included if c.organisation_id == english]
    assert in_english
    for address in in_english:  # the English partner's message and bundle are in English
        message = handler.to(address)[0]
        assert message["Subject"].startswith("The package “") and message[
            "Content-Language"] == "en"
        assert "“unsubscribe”" in message.get_body(("plain",)).get_content()
        assert any(p.get_filename().endswith("-brochure.pdf")
                   for p in message.iter_attachments())
    partners = {c.organisation_id for c in preview.included}
    recorded = rows(demo_engine, "SELECT partner_id, revision FROM package_dispatch WHERE "
                    "package_id = :p ORDER BY id", p=package)
    assert len(recorded) == dispatches + len(partners)
    assert {(p, preview.revision) for p, _r in recorded[dispatches:]} == set(recorded[
        dispatches:]) and {p for p, _r in recorded[dispatches:]} == partners
    again = send_mailing(demo_url, mailing, settings, None, pdf_writer=write_pdf)
    assert again.sent == 0 and rows(demo_engine, "SELECT count(*) FROM package_dispatch "
                                    "WHERE package_id = :p", p=package)[0][0] == len(recorded)
    summary = next(m for m in list_mailings(demo_url) if m.id == mailing)
    assert (summary.kind, summary.package_id, summary.package_revision) == (
        "paket", package, preview.revision)


def test_settings_and_the_password_in_the_keyring(demo_url, memory_keyring) -> None:
    assert read_smtp_settings(demo_url) is None
    stored = save_smtp_settings(demo_url, SmtpSettings(" smtp.norberg.se ", 587, "starttls",
                                                       "turism", "Turism@Norberg.SE",
                                                       " Destination  Norberg "))
    assert stored == SmtpSettings("smtp.norberg.se", 587, "starttls", "turism",
                                  "Turism@norberg.se", "Destination Norberg")
    assert read_smtp_settings(demo_url) == stored
    for bad, words in ((SmtpSettings("", 587, "starttls", "", "a@b.se", ""), "host"),
                       (SmtpSettings("h", 0, "starttls", "", "a@b.se", ""), "port"),
                       (SmtpSettings("h", 25, "ssl", "", "a@b.se", ""), "security"),  # type: ignore[arg-type]
                       (SmtpSettings("h", 25, "none", "", "inte en adress", ""), "e-mail")):
        with pytest.raises(MailError, match=words):
            save_smtp_settings(demo_url, bad)
    assert read_smtp_settings(demo_url) == stored  # a refused change writes nothing
    assert read_password(stored) is None
    save_password(stored, "hemligt")
    assert memory_keyring.store == {("Destination Norberg e-post", "turism@smtp.norberg.se"):
                                    "hemligt"}
    assert read_password(stored) == "hemligt"
    forget_password(stored)
    forget_password(stored)  # nothing stored: nothing happens
    assert read_password(stored) is None
    rows_with_password = rows_of(demo_url, "hemligt")
    assert rows_with_password == 0  # never in the database


def rows_of(url: str, needle: str) -> int:
    from sqlalchemy import create_engine

    engine = create_engine(url)
    try:
        return len(rows(engine, "SELECT name FROM destination_setting WHERE value LIKE :n",
                        n=f"%{needle}%"))
    finally:
        engine.dispose()


def test_no_usable_keyring_is_worded() -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    before = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        settings = SmtpSettings("h", 25, "none", "u", "a@b.se", "")
        with pytest.raises(KeyringUnavailable, match="no password store"):
            read_password(settings)
        with pytest.raises(KeyringUnavailable):
            save_password(settings, "x")
    finally:
        keyring.set_keyring(before)


def test_starttls_with_a_verified_certificate(demo_url, network, tmp_path, monkeypatch) -> None:
    import ssl

    from destination_norberg.app import mail_send
    from tests.app.mail_fixtures import self_signed

    pytest.importorskip("cryptography")
    cert, key = self_signed(tmp_path)
    server_side = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_side.load_cert_chain(cert, key)
    handler = Handler()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(),
                            tls_context=server_side, require_starttls=True)
    controller.start()
    try:
        settings = SmtpSettings("127.0.0.1", controller.port, "starttls", "",
                                "turism@norberg.se", "DN")
        # Not trusted (the system's roots): the certificate is checked, nothing is sent.
        mailing = create_mailing(demo_url, TEMPLATE, "sv", QUERY, author="anna")
        with pytest.raises(MailError, match=r"did not accept a secure connection \(STARTTLS\)"):
            send_mailing(demo_url, mailing, settings, None)
        assert handler.received == []

        def trusting() -> ssl.SSLContext:
            return ssl.create_default_context(cafile=str(cert))

        monkeypatch.setattr(mail_send, "tls_context", trusting)
        result = send_mailing(demo_url, mailing, settings, None)
        assert result.sent == 3 and len(handler.received) == 3
        # A server that wants STARTTLS refuses a plain sending: each message fails, worded.
        plain = create_mailing(demo_url, TEMPLATE, "sv", QUERY, author="anna")
        refused = send_mailing(demo_url, plain, replace_security(settings, "none"), None)
        assert refused.sent == 0 and len(refused.failed) == 3
        assert refused.failed[0].error.startswith("The server refused the sender address: 530")
    finally:
        controller.stop()


def replace_security(settings: SmtpSettings, security: str) -> SmtpSettings:
    from dataclasses import replace

    return replace(settings, security=security)  # type: ignore[arg-type]
