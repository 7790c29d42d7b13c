"""core.mail: the consent rule per legal basis, templates and their fields, rendering with the
unsubscribe notice, and the message as built (headers, encoding, attachments)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email import message_from_bytes
from email.policy import SMTP, default

import pytest

from destination_norberg.core.mail import (
    FIELDS,
    Candidate,
    MailTemplateError,
    Purpose,
    Reason,
    choose,
    message_id,
    parse_template,
    reason_said,
    render,
    unsubscribe_notice,
)
from destination_norberg.core.mail_message import Attachment, build_message


def person(pid: int, basis: str = "berättigat intresse", *, email: str | None = None,
           org: int | None = 1, consent: date | None = None, opted: date | None = None,
           name: str = "Åsa Öberg") -> Candidate:
    return Candidate(person_id=pid, name=name,
                     email=f"p{pid}@exempel.se" if email is None else email,
                     organisation_id=org, organisation="Hotell Hyttgården" if org else "",
                     category="boende", tags=("paket",), legal_basis=basis,
                     consent_on=consent, opted_out_on=opted)


def reasons(choice) -> dict[int, Reason]:
    return {c.person_id: r for c, r in choice.excluded}


def test_the_rule_per_legal_basis_for_a_mailing() -> None:
    people = [
        person(1, "samtycke", consent=date(2026, 3, 1), org=None),  # consent: in, even private
        person(2, "samtycke"),  # consent without a day: out
        person(3, "berättigat intresse"),  # business contact: in
        person(4, "berättigat intresse", org=None),  # private person: out
        person(5, "avtal"),  # contract: packages only
        person(6, "samtycke", consent=date(2026, 3, 1), opted=date(2026, 10, 1)),
        person(7, email=""),
        person(8, email="inte-en-adress"),
        person(9, email="P3@Exempel.SE"),  # the same address as 3 (case aside): once
        person(10, "okänd grund"),
    ]
    choice = choose(people, Purpose.MAILING)
    assert [c.person_id for c in choice.included] == [1, 3]
    assert reasons(choice) == {
        2: Reason.NO_CONSENT_DATE, 4: Reason.PRIVATE_PERSON, 5: Reason.CONTRACT_ONLY,
        6: Reason.OPTED_OUT, 7: Reason.NO_EMAIL, 8: Reason.BAD_EMAIL,
        9: Reason.SAME_ADDRESS, 10: Reason.NO_CONSENT_DATE}


def test_a_package_reaches_contract_partners_but_never_one_who_opted_out() -> None:
    people = [person(1, "avtal"), person(2, "avtal", opted=date(2026, 1, 2)),
              person(3, "berättigat intresse"), person(4, "samtycke")]
    choice = choose(people, Purpose.PACKAGE)
    assert [c.person_id for c in choice.included] == [1, 3]
    assert reasons(choice) == {2: Reason.OPTED_OUT, 4: Reason.NO_CONSENT_DATE}


def test_every_reason_is_worded_under_its_key() -> None:
    for reason in Reason:
        text = reason_said(reason)
        assert text.key == f"mail.reason.{reason.value}" and len(text) > 10


def test_a_template_has_its_subject_on_the_first_line() -> None:
    t = parse_template("\ufeff\nÄmne: Vintern i Norberg\r\n\r\nHej {förnamn}!\r\nVälkommen.\n")
    assert (t.subject, t.body) == ("Vintern i Norberg", "Hej {förnamn}!\nVälkommen.")
    for bad, words in (("", "empty"), ("Bara ämne", "no text below"),
                       ("Ämne:\nText", "no subject"),
                       ("Hej {efternamn}\nText", "unknown field {efternamn}")):
        with pytest.raises(MailTemplateError, match=words):
            parse_template(bad)
    assert {"namn", "name", "förnamn", "first_name", "organisation"} == set(FIELDS)


def test_render_fills_the_fields_and_ends_with_the_notice() -> None:
    t = parse_template("Hej {förnamn} på {organisation}\nKära {namn}, {first_name} och "
                       "{name}.")
    out = render(t, person(3, name="Åsa  Öberg"), "sv", "turism@norberg.se")
    assert out.subject == "Hej Åsa på Hotell Hyttgården"
    assert out.body.startswith("Kära Åsa Öberg, Åsa och Åsa Öberg.\n\n-- \n")
    assert out.body.rstrip().endswith(unsubscribe_notice("sv", "turism@norberg.se"))
    assert "”avregistrera”" in out.body and "turism@norberg.se" in out.body
    english = render(t, person(3), "en", "turism@norberg.se")
    assert "“unsubscribe”" in english.body and "avregistrera" not in english.body


def test_the_message_carries_encoded_names_the_notice_and_attachments() -> None:
    t = parse_template("Välkommen till Norberg, {förnamn}!\nÅ, ä och ö i texten.")
    rendered = render(t, person(3), "sv", "turism@norberg.se")
    mid = message_id(12, 3, "turism@norberg.se")
    assert mid == message_id(12, 3, "turism@norberg.se") == "<dn-mailing-12-person-3@norberg.se>"
    msg = build_message(rendered, sender="turism@norberg.se", sender_name="Destination Norberg "
                        "– Åsa", to_address="p3@exempel.se", to_name="Åsa Öberg",
                        message_id=mid, date=datetime(2026, 11, 26, 9, 0, tzinfo=UTC),
                        lang="sv", attachments=[Attachment("broschyr-åre.pdf", b"%PDF-1.4"),
                                                Attachment("paket.zip", b"PK\x03\x04")])
    raw = msg.as_bytes(policy=SMTP)
    assert raw.isascii()  # 7-bit on the wire: encoded words, quoted-printable, base64
    back = message_from_bytes(raw, policy=default)
    assert back["Subject"] == "Välkommen till Norberg, Åsa!"
    assert back["From"].addresses[0].display_name == "Destination Norberg – Åsa"
    assert back["To"].addresses[0].display_name == "Åsa Öberg"
    assert back["Message-ID"] == mid
    assert back["List-Unsubscribe"] == "<mailto:turism@norberg.se?subject=avregistrera>"
    assert back["Content-Language"] == "sv"
    body = back.get_body(("plain",)).get_content()
    assert "Å, ä och ö i texten." in body and "avregistrera" in body
    files = {p.get_filename(): p.get_content() for p in back.iter_attachments()}
    assert files == {"broschyr-åre.pdf": b"%PDF-1.4", "paket.zip": b"PK\x03\x04"}
