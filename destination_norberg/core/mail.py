"""E-mail to the network: who may get a message, the template and its fields (pure).

The consent rule (issue 20), the one place it is applied (the window's preview, the command
line's dry run and the sending itself all call `choose`):

- Everyone: a person with no e-mail address, or one that is not an address, is left out; a
  person who opted out (`opted_out_on` recorded) gets no message of any kind from that day
  on; an address that two people share gets the message once (the first of them).
- samtycke (consent, GDPR art. 6.1 a): included when the day of the consent is recorded;
  consent without a recorded day is left out (NO_CONSENT_DATE), as consent must be shown.
- berättigat intresse (legitimate interest, art. 6.1 f): included only as a business contact,
  i.e. a person of an organisation, for information about the destination's business (B2B,
  with an opt-out in every message); a private person without an organisation is left out
  (PRIVATE_PERSON).
- avtal (contract, art. 6.1 b): included for a package they are a partner of (the package is
  the business the contract is about); left out of general mailings (CONTRACT_ONLY).
- Any other basis (none is known): left out as without consent (NO_CONSENT_DATE).

Every message ends with the unsubscribe notice in its language (`unsubscribe_notice`): a
reply with the word "avregistrera" / "unsubscribe" is recorded by the coordinator as the
person's opt-out (replies are not read by the program: it has no mailbox).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from destination_norberg.core.contacts import ContactError, normalise_email
from destination_norberg.core.said import Said, said
from destination_norberg.core.vocab import LegalBasis


class Purpose(StrEnum):
    MAILING = "utskick"
    PACKAGE = "paket"


class Reason(StrEnum):
    """Why a person is left out of a mailing."""

    NO_EMAIL = "no_email"
    BAD_EMAIL = "bad_email"
    OPTED_OUT = "opted_out"
    NO_CONSENT_DATE = "no_consent_date"
    PRIVATE_PERSON = "private_person"
    CONTRACT_ONLY = "contract_only"
    SAME_ADDRESS = "same_address"


def reason_said(reason: Reason) -> Said:
    """The reason as a message named `mail.reason.<value>`: English here and on the command
    line, Swedish in the window (gui/common/messages.py words it)."""
    saying = {
        Reason.NO_EMAIL: lambda: said("mail.reason.no_email", "No e-mail address"),
        Reason.BAD_EMAIL: lambda: said("mail.reason.bad_email",
                                       "The e-mail address is not valid"),
        Reason.OPTED_OUT: lambda: said("mail.reason.opted_out",
                                       "Has asked for no more e-mail"),
        Reason.NO_CONSENT_DATE: lambda: said(
            "mail.reason.no_consent_date",
            "Consent is the legal basis, but no consent day is recorded"),
        Reason.PRIVATE_PERSON: lambda: said(
            "mail.reason.private_person",
            "Legitimate interest covers business contacts only (no organisation)"),
        Reason.CONTRACT_ONLY: lambda: said(
            "mail.reason.contract_only",
            "Contract as the legal basis: gets only the packages they are part of"),
        Reason.SAME_ADDRESS: lambda: said(
            "mail.reason.same_address", "Same address as another recipient (sent once)"),
    }
    return saying[reason]()


@dataclass(frozen=True)
class Candidate:
    """A person who may get a message, with what the consent rule needs."""

    person_id: int
    name: str
    email: str
    organisation_id: int | None
    organisation: str
    category: str
    tags: tuple[str, ...]
    legal_basis: str
    consent_on: date | None
    opted_out_on: date | None


@dataclass
class Choice:
    included: list[Candidate] = field(default_factory=list)
    excluded: list[tuple[Candidate, Reason]] = field(default_factory=list)


def refused_said(address: str, reply: str) -> Said:
    """The server refused the recipient's address, with its reply ("550 5.1.1 …") as it
    said it: English here and on the command line, Swedish in the window."""
    return said("mail.refused", "The server refused the address {address}: {reason}",
                address=address, reason=reply.strip())


def address_of(candidate: Candidate) -> str | None:
    """The candidate's address as it is sent to; None when there is none or it is invalid."""
    try:
        return normalise_email(candidate.email) or None
    except ContactError:
        return None


def why_left_out(candidate: Candidate, purpose: Purpose) -> Reason | None:
    """The reason the rule leaves `candidate` out, on its own (no duplicate check)."""
    if not (candidate.email or "").strip():
        return Reason.NO_EMAIL
    if address_of(candidate) is None:
        return Reason.BAD_EMAIL
    if candidate.opted_out_on is not None:
        return Reason.OPTED_OUT
    basis = candidate.legal_basis
    if basis == LegalBasis.CONSENT:
        return None if candidate.consent_on is not None else Reason.NO_CONSENT_DATE
    if basis == LegalBasis.LEGITIMATE_INTEREST:
        return None if candidate.organisation_id is not None else Reason.PRIVATE_PERSON
    if basis == LegalBasis.CONTRACT:
        return None if purpose == Purpose.PACKAGE else Reason.CONTRACT_ONLY
    return Reason.NO_CONSENT_DATE


def choose(candidates: Iterable[Candidate], purpose: Purpose) -> Choice:
    """Who gets the message and who is left out and why, in the order given."""
    out = Choice()
    seen: set[str] = set()
    for candidate in candidates:
        reason = why_left_out(candidate, purpose)
        if reason is None:
            address = (address_of(candidate) or "").lower()
            if address in seen:
                reason = Reason.SAME_ADDRESS
            else:
                seen.add(address)
        if reason is None:
            out.included.append(candidate)
        else:
            out.excluded.append((candidate, reason))
    return out


# --- templates ------------------------------------------------------------------------------

class MailTemplateError(ValueError):
    """A template that cannot be used, worded for the user."""


#: The fields a template may hold, Swedish and English name alike: field -> what it becomes.
FIELDS: dict[str, str] = {
    "namn": "name", "name": "name",
    "förnamn": "first_name", "first_name": "first_name",
    "organisation": "organisation",
}
_FIELD = re.compile(r"\{([^{}\n]*)\}")
_SUBJECT_PREFIX = re.compile(r"(?i)^(ämne|subject)\s*:\s*")


@dataclass(frozen=True)
class Template:
    subject: str
    body: str


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str


def _check_fields(text: str) -> None:
    for found in _FIELD.finditer(text):
        name = found.group(1).strip()
        if name not in FIELDS:
            known = ", ".join(f"{{{k}}}" for k in FIELDS)
            raise MailTemplateError(said(
                "mail.unknown_field", "The template has an unknown field {{{field}}}; the "
                "known fields are {known}.", field=name, known=known))


def parse_template(text: str) -> Template:
    """A template from its text: the first line is the subject (a leading "Ämne:" or
    "Subject:" is dropped), the rest the body. MailTemplateError when either is empty or a
    field is unknown."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise MailTemplateError(said("mail.empty_template", "The message is empty: write a "
                                     "subject on the first line and the text below it."))
    subject = _SUBJECT_PREFIX.sub("", lines[0].strip())
    body = "\n".join(line.rstrip() for line in lines[1:]).strip("\n")
    if not subject:
        raise MailTemplateError(said("mail.no_subject", "The message has no subject: write "
                                     "it on the first line."))
    if not body.strip():
        raise MailTemplateError(said("mail.no_body", "The message has no text below the "
                                     "subject."))
    _check_fields(subject)
    _check_fields(body)
    return Template(subject, body)


def template_text(template: Template) -> str:
    """The template as one text again (what `parse_template` reads)."""
    return f"{template.subject}\n\n{template.body}\n"


def _values(candidate: Candidate) -> dict[str, str]:
    name = " ".join(candidate.name.split())
    return {"name": name, "first_name": name.split(" ")[0] if name else "",
            "organisation": candidate.organisation}


def fill(text: str, candidate: Candidate) -> str:
    """`text` with its fields filled in for `candidate`."""
    values = _values(candidate)
    return _FIELD.sub(lambda m: values[FIELDS[m.group(1).strip()]], text)


UNSUBSCRIBE_WORD = {"sv": "avregistrera", "en": "unsubscribe"}
_NOTICE = {
    "sv": ("Du får det här meddelandet från Destination Norberg eftersom du finns i vårt "
           "nätverk av kontakter. Vill du inte få fler e-postmeddelanden från oss? Svara på "
           "det här meddelandet med ordet ”avregistrera” (eller skriv till {address}), så "
           "skickar vi inga fler."),
    "en": ("You receive this message from Destination Norberg because you are in our "
           "network of contacts. If you want no more e-mail from us, reply to this message "
           "with the word “unsubscribe” (or write to {address}) and we will send no more."),
}
SIGNATURE_SEPARATOR = "-- "


def unsubscribe_notice(lang: str, sender_address: str) -> str:
    """The notice that ends every message, in its language."""
    return _NOTICE["en" if lang == "en" else "sv"].format(address=sender_address)


def render(template: Template, candidate: Candidate, lang: str, sender: str) -> Rendered:
    """The message for `candidate`: fields filled in, the unsubscribe notice last. `sender`
    is the sender's address (the one an opt-out is written to)."""
    body = fill(template.body, candidate).rstrip()
    return Rendered(" ".join(fill(template.subject, candidate).split()),
                    f"{body}\n\n{SIGNATURE_SEPARATOR}\n{unsubscribe_notice(lang, sender)}\n")


def message_id(mailing_id: int, person_id: int | None, sender: str) -> str:
    """The Message-ID of one mailing's message to one person: the same every time, so a
    message sent twice is recognisable as one."""
    domain = sender.rsplit("@", 1)[-1] if "@" in sender else "destination-norberg.invalid"
    return f"<dn-mailing-{mailing_id}-person-{person_id or 0}@{domain}>"


def check_lang(lang: str) -> str:
    if lang not in ("sv", "en"):
        raise MailTemplateError(said("mail.bad_lang", "The language must be sv or en, not "
                                     "“{lang}”.", lang=lang))
    return lang


def sort_candidates(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Organisation, then name, case-folded: the order a preview lists them in."""
    return sorted(candidates, key=lambda c: (c.organisation.casefold(), c.name.casefold(),
                                             c.person_id))
