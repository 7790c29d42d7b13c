"""`mail send|package|retry|list|settings` from the command line (both engines), through an
SMTP server on loopback: a dry run lists who gets the message and who is left out and why
and sends nothing; a send reports each failed recipient and exits 3; `mail retry` sends the
rest without sending anyone a message twice; the settings are stored for the destination and
the password in the keyring; bad input is one line and writes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import create_engine, text

from destination_norberg.cli import main
from tests.app.mail_fixtures import Handler, MemoryKeyring, free_port

pytestmark = pytest.mark.both_engines


@pytest.fixture
def smtp():
    handler = Handler()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield handler, f"127.0.0.1:{controller.port}"
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


def scalar(url: str, sql: str, **params) -> object:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql), params).scalar_one()
    finally:
        engine.dispose()


@pytest.fixture
def template(tmp_path: Path) -> Path:
    path = tmp_path / "vinter.txt"
    path.write_text("Ämne: Vintern i Norberg, {förnamn}\n\nHej {namn} på {organisation}!\n"
                    "Spåren på Kyrkberget är preparerade.\n", encoding="utf-8")
    return path


def test_dry_run_send_and_retry(demo_url: str, template: Path, smtp, capsys) -> None:
    handler, server = smtp
    base = ["--db", demo_url, "mail", "send", "--template", str(template), "--to-tag",
            "engelbrektsloppet"]
    assert main([*base, "--dry-run", "--json"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert dry["subject"] == "Vintern i Norberg, {förnamn}" and dry["included"]
    reasons = {p["reason"] for p in dry["excluded"]}
    assert "Contract as the legal basis: gets only the packages they are part of" in reasons
    assert all(p["legal_basis"] != "avtal" for p in dry["included"])
    # nothing sent, no mailing saved (the demo holds its own one, sent before)
    assert handler.received == [] and scalar(demo_url, "SELECT count(*) FROM mailing") == 1

    assert main([*base, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Would send “Vintern i Norberg, {{förnamn}}” to "
                          f"{len(dry['included'])} people:")
    assert "Left out (" in out

    refused = dry["included"][0]["email"]
    handler.refuse = {refused}
    assert main([*base, "--smtp", server, "--no-tls", "--from", "turism@norberg.se"]) == 3
    out = capsys.readouterr().out
    mailing = scalar(demo_url, "SELECT max(id) FROM mailing")
    assert f"Mailing {mailing}: sent {len(dry['included']) - 1}, 1 failed" in out
    assert f"failed: {dry['included'][0]['name']} <{refused}>: The server refused" in out
    assert f"`mail retry {mailing}`" in out
    message = handler.received[0].message
    assert message["Subject"].startswith("Vintern i Norberg, ")
    assert "avregistrera" in message.get_body(("plain",)).get_content()

    handler.refuse.clear()
    assert main(["--db", demo_url, "mail", "retry", str(mailing), "--smtp", server,
                 "--no-tls", "--from", "turism@norberg.se", "--json"]) == 0
    retried = json.loads(capsys.readouterr().out)
    assert (retried["sent"], retried["already_sent"], retried["failed"]) == (
        1, len(dry["included"]) - 1, [])
    assert len(handler.received) == len(dry["included"])  # nobody twice

    assert main(["--db", demo_url, "mail", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["id"] == mailing and listed[0]["sent"] == len(dry["included"])


def test_settings_are_the_destinations_and_the_password_is_in_the_keyring(
        demo_url: str, memory_keyring, monkeypatch, capsys) -> None:
    assert main(["--db", demo_url, "mail", "settings"]) == 0
    assert capsys.readouterr().out == "No mail server is set.\n"
    monkeypatch.setenv("DN_SMTP_PASSWORD", "hemligt")
    assert main(["--db", demo_url, "mail", "settings", "--host", "smtp.norberg.se", "--port",
                 "587", "--user", "turism", "--sender", "turism@norberg.se",
                 "--sender-name", "Destination Norberg", "--store-password"]) == 0
    out = capsys.readouterr().out
    assert "Server:   smtp.norberg.se:587 (starttls)" in out
    assert "Login:    turism; password in the keyring" in out
    assert memory_keyring.store == {("Destination Norberg e-post", "turism@smtp.norberg.se"):
                                    "hemligt"}
    assert scalar(demo_url, "SELECT count(*) FROM destination_setting WHERE value LIKE "
                  "'%hemligt%'") == 0
    assert main(["--db", demo_url, "mail", "settings", "--port", "70000"]) == 2
    assert "The port must be a number from 1 to 65535" in capsys.readouterr().err
    assert main(["--db", demo_url, "mail", "settings", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["settings"]["port"] == 587 and shown["password_stored"] is True


def test_bad_input_is_one_line_and_sends_nothing(demo_url: str, tmp_path: Path,
                                                 template: Path, capsys) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("Hej {efternamn}\nText\n", encoding="utf-8")
    assert main(["--db", demo_url, "mail", "send", "--template", str(bad), "--to-tag", "paket",
                 "--dry-run"]) == 2
    assert "unknown field {efternamn}" in capsys.readouterr().err
    assert main(["--db", demo_url, "mail", "send", "--template", str(template)]) == 2
    assert "--to-tag" in capsys.readouterr().err
    assert main(["--db", demo_url, "mail", "send", "--template", str(template), "--to-tag",
                 "paket"]) == 2
    assert "no mail server is set" in capsys.readouterr().err
    assert main(["--db", demo_url, "mail", "send", "--template", str(template), "--to-tag",
                 "paket", "--smtp", f"127.0.0.1:{free_port()}", "--no-tls", "--from",
                 "turism@norberg.se"]) == 2
    assert "Cannot reach the mail server" in capsys.readouterr().err
    # none sent (the demo's own mailing, the first, was sent before)
    assert scalar(demo_url, "SELECT count(*) FROM mail_recipient WHERE status <> 'väntar' "
                  "AND mailing_id <> (SELECT min(id) FROM mailing)") == 0


def test_a_package_by_mail(demo_url: str, smtp, capsys, monkeypatch) -> None:
    import destination_norberg.cli.packages as packages

    handler, server = smtp
    monkeypatch.setattr(packages, "brochure_writer", lambda: None)  # no Qt in this test
    package = scalar(demo_url, "SELECT package_id FROM package_partner GROUP BY package_id "
                     "ORDER BY count(*) DESC, package_id LIMIT 1")
    assert main(["--db", demo_url, "mail", "package", str(package), "--dry-run",
                 "--json"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert [a["name"][-4:] for a in dry["attachments"]] == [".zip"] and dry["included"]
    before = scalar(demo_url, "SELECT count(*) FROM package_dispatch")
    assert main(["--db", demo_url, "mail", "package", str(package), "--smtp", server,
                 "--no-tls", "--from", "turism@norberg.se"]) == 0
    assert f"sent {len(dry['included'])}" in capsys.readouterr().out
    partners = {p["organisation"] for p in dry["included"]}
    assert scalar(demo_url, "SELECT count(*) FROM package_dispatch") == before + len(partners)
    assert len(handler.received) == len(dry["included"])


def test_a_refused_address_is_said_in_english_in_the_list_and_the_retry(
        demo_url: str, smtp, capsys) -> None:
    handler, server = smtp
    hanna = "hanna@hantverksboden.example"  # the demo mailing's refused address
    assert main(["--db", demo_url, "mail", "list"]) == 0
    out = capsys.readouterr().out
    assert "(sent 11, failed 1, waiting 0)" in out
    assert (f"failed: Hanna Eriksson <{hanna}>: The server refused the address {hanna}: "
            "550 5.1.1 User unknown\n") in out

    handler.refuse = {hanna}
    mailing = scalar(demo_url, "SELECT min(id) FROM mailing")
    assert main(["--db", demo_url, "mail", "retry", str(mailing), "--smtp", server,
                 "--no-tls", "--from", "turism@norberg.se"]) == 3
    out = capsys.readouterr().out
    assert f"Mailing {mailing}: sent 0 (and 11 before), 1 failed" in out
    assert (f"failed: Hanna Eriksson <{hanna}>: The server refused the address {hanna}: "
            "550 5.1.1 No such user here") in out
    assert main(["--db", demo_url, "mail", "list"]) == 0  # the reason kept, in English
    assert (f"The server refused the address {hanna}: 550 5.1.1 No such user here"
            in capsys.readouterr().out)
    assert handler.received == []


def test_a_cp1252_template_no_tls_without_login_and_the_uncertain_ones(
        demo_url: str, tmp_path: Path, smtp, memory_keyring, capsys) -> None:
    handler, server = smtp
    host, port = server.split(":")
    # A stored login: --no-tls drops it (the password would travel in clear), so the
    # sending needs no password at all.
    assert main(["--db", demo_url, "mail", "settings", "--host", host, "--port", port,
                 "--user", "turism", "--sender", "turism@norberg.se"]) == 0
    capsys.readouterr()
    path = tmp_path / "mall.txt"  # written by Notepad in Windows-1252
    path.write_bytes("Vintern på Kyrkberget\nHej {förnamn}! Spåren är klara.\n"
                     .encode("cp1252"))
    assert main(["--db", demo_url, "mail", "send", "--template", str(path), "--to-tag",
                 "engelbrektsloppet", "--no-tls", "--json"]) == 0
    sent = json.loads(capsys.readouterr().out)
    assert sent["sent"] == len(handler.received) > 1 and sent["uncertain"] == []
    assert handler.received[0].message["Subject"] == "Vintern på Kyrkberget"
    mailing = sent["mailing"]

    # One message whose outcome was never recorded (the program stopped after handing it
    # over): a retry lists it and does not send it again.
    address = scalar(demo_url, "SELECT min(address) FROM mail_recipient WHERE mailing_id = "
                     ":m", m=mailing)
    engine = create_engine(demo_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE mail_recipient SET status = 'sänder' WHERE mailing_id = :m "
                          "AND address = :a"), {"m": mailing, "a": address})
    engine.dispose()
    before = len(handler.received)
    assert main(["--db", demo_url, "mail", "retry", str(mailing), "--no-tls"]) == 3
    out = capsys.readouterr().out
    assert f"<{address}>: may have been sent; the program cannot tell" in out
    assert f"`mail retry {mailing} --resend-uncertain`" in out
    assert main(["--db", demo_url, "mail", "list"]) == 0
    assert ", may have been sent 1)" in capsys.readouterr().out
    assert len(handler.received) == before
    assert main(["--db", demo_url, "mail", "retry", str(mailing), "--no-tls",
                 "--resend-uncertain"]) == 0
    assert f"Mailing {mailing}: sent 1" in capsys.readouterr().out
    assert len(handler.received) == before + 1 and handler.to(address)


def test_a_package_is_not_mailed_twice_to_a_partner(demo_url: str, smtp, capsys,
                                                    monkeypatch) -> None:
    import destination_norberg.cli.packages as packages

    handler, server = smtp
    monkeypatch.setattr(packages, "brochure_writer", lambda: None)  # no Qt in this test
    package = scalar(demo_url, "SELECT package_id FROM package_partner GROUP BY package_id "
                     "ORDER BY count(*) DESC, package_id LIMIT 1")
    send = ["--db", demo_url, "mail", "package", str(package), "--smtp", server, "--no-tls",
            "--from", "turism@norberg.se"]
    assert main(send) == 0
    first = len(handler.received)
    capsys.readouterr()
    assert main(["--db", demo_url, "mail", "package", str(package), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Already sent version " in out and "(left out; --again sends it again)" in out
    assert main(send) == 2  # every partner has it: nothing saved, nothing sent
    assert "already got version" in capsys.readouterr().err
    assert len(handler.received) == first
    assert main([*send, "--again"]) == 0
    assert len(handler.received) == 2 * first
