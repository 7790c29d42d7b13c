"""E-mail to the network (issue 20): the SMTP settings and password, who gets a mailing,
its preview, and the mailing fixed with its recipients before it is sent.

The window (in a worker) and the command line call the same functions, so the preview, the
dry run and the sending leave out the same people for the same worded reasons (the rule is
core.mail.choose). Sending is app.mail_send; a package's mailing is app.mail_package.

The server settings are the destination's (store.settings_repo: one for every coordinator);
the password is never stored in the database or a settings file but in the system's keyring
(`keyring`: Windows Credential Manager, macOS Keychain, Secret Service on Linux).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any, Literal

from destination_norberg.app.errors import AppError
from destination_norberg.core.mail import (
    Candidate,
    MailTemplateError,
    Purpose,
    Reason,
    Rendered,
    Template,
    address_of,
    check_lang,
    choose,
    parse_template,
    reason_said,
    render,
)
from destination_norberg.core.said import said

__all__ = [
    "KeyringUnavailable",
    "MailChoices",
    "MailError",
    "MailPreview",
    "MailingSummary",
    "RecipientQuery",
    "SmtpSettings",
    "create_mailing",
    "forget_password",
    "list_mailings",
    "mail_choices",
    "mailing_recipients",
    "preview_mailing",
    "read_password",
    "read_smtp_settings",
    "read_template_file",
    "resend_uncertain",
    "save_password",
    "save_smtp_settings",
    "set_opt_out",
]

SETTING_NAME = "mail.smtp"
KEYRING_SERVICE = "Destination Norberg e-post"
Security = Literal["starttls", "tls", "none"]
SECURITIES: tuple[str, ...] = ("starttls", "tls", "none")


class MailError(AppError):
    """Sending or reaching the mail server failed, worded for the user."""


class KeyringUnavailable(AppError):  # noqa: N818 - the contract's name (mail_api.md)
    """The system has no usable keyring: the password is asked for this sending only."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: Security
    user: str
    sender: str
    sender_name: str


def check_smtp_settings(settings: SmtpSettings) -> SmtpSettings:
    """The settings checked (MailError, worded) with the sender's address normalised."""
    from destination_norberg.core.contacts import ContactError, normalise_email

    if not settings.host.strip() or any(c.isspace() for c in settings.host.strip()):
        raise MailError(said("mail.bad_host", "Give the mail server's name (host)."))
    if isinstance(settings.port, bool) or not 1 <= int(settings.port) <= 65535:
        raise MailError(said("mail.bad_port", "The port must be a number from 1 to 65535, "
                             "not {port}.", port=settings.port))
    if settings.security not in SECURITIES:
        raise MailError(said("mail.bad_security", "The security must be starttls, tls or "
                             "none, not “{value}”.", value=settings.security))
    try:
        sender = normalise_email(settings.sender)
    except ContactError as exc:
        raise MailError(str(exc)) from exc
    if not sender:
        raise MailError(said("mail.no_sender", "Give the sender's e-mail address."))
    return SmtpSettings(settings.host.strip(), int(settings.port), settings.security,
                        settings.user.strip(), sender, " ".join(settings.sender_name.split()))


def read_smtp_settings(url: Any) -> SmtpSettings | None:
    """The destination's SMTP settings; None when never set (or stored unreadably)."""
    from destination_norberg.store.reading import read_with
    from destination_norberg.store.rows import EngineRows
    from destination_norberg.store.settings_repo import read_setting

    if isinstance(url, str):
        text = read_with(url, lambda source: read_setting(source, SETTING_NAME))
    else:
        text = read_setting(url if hasattr(url, "rows") else EngineRows(url), SETTING_NAME)
    if not text:
        return None
    try:
        data = json.loads(text)
        return SmtpSettings(str(data["host"]), int(data["port"]), data["security"],
                            str(data.get("user", "")), str(data["sender"]),
                            str(data.get("sender_name", "")))
    except (ValueError, KeyError, TypeError):
        return None


def save_smtp_settings(url: str, settings: SmtpSettings) -> SmtpSettings:
    """Check and store the settings for the whole destination; what was stored."""
    from destination_norberg.store.opening import open_database
    from destination_norberg.store.settings_repo import write_setting

    clean = check_smtp_settings(settings)
    engine = open_database(url)
    try:
        write_setting(engine, SETTING_NAME, json.dumps(asdict(clean), ensure_ascii=False,
                                                        sort_keys=True))
    finally:
        engine.dispose()
    return clean


# --- the password in the keyring --------------------------------------------------------------

def keyring_user(settings: SmtpSettings) -> str:
    return f"{settings.user}@{settings.host}"


def _keyring() -> Any:
    try:
        import keyring
        from keyring.backends.fail import Keyring as FailKeyring
    except ImportError as exc:  # pragma: no cover - keyring is a dependency
        raise KeyringUnavailable(_NO_KEYRING) from exc
    try:
        ring = keyring.get_keyring()
    except Exception as exc:
        raise KeyringUnavailable(_NO_KEYRING) from exc
    # No backend at all: the "fail" keyring, or a chain of none (keyring's chainer).
    if isinstance(ring, FailKeyring) or getattr(ring, "backends", None) == []:
        raise KeyringUnavailable(_NO_KEYRING)
    return keyring


_NO_KEYRING = said("mail.no_keyring", "This computer has no password store (keyring) the "
                   "program can use, so the password cannot be remembered; give it each "
                   "time you send.")


def _keyring_call(call: Any) -> Any:
    from keyring.errors import PasswordDeleteError

    try:
        return call()
    except PasswordDeleteError:
        raise  # nothing stored to forget: the caller's to judge
    except Exception as exc:
        raise KeyringUnavailable(_NO_KEYRING) from exc


def read_password(settings: SmtpSettings) -> str | None:
    """The stored password for the settings' user and host; None when none is stored."""
    ring = _keyring()
    value = _keyring_call(lambda: ring.get_password(KEYRING_SERVICE, keyring_user(settings)))
    return None if value is None else str(value)


def save_password(settings: SmtpSettings, password: str) -> None:
    ring = _keyring()
    _keyring_call(lambda: ring.set_password(KEYRING_SERVICE, keyring_user(settings), password))


def forget_password(settings: SmtpSettings) -> None:
    """Remove the stored password (nothing happens when none is stored)."""
    from keyring.errors import PasswordDeleteError

    ring = _keyring()
    with contextlib.suppress(PasswordDeleteError):
        _keyring_call(lambda: ring.delete_password(KEYRING_SERVICE, keyring_user(settings)))


# --- recipients and preview -----------------------------------------------------------------

@dataclass(frozen=True)
class RecipientQuery:
    """Who a mailing is for: empty sets mean "any"; every condition given must hold."""

    categories: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    organisation_ids: frozenset[int] | None = None
    person_ids: frozenset[int] | None = None

    def matches(self, candidate: Candidate) -> bool:
        if self.categories and candidate.category not in self.categories:
            return False
        wanted = {t.strip().lower() for t in self.tags}
        if wanted and not wanted & {t.lower() for t in candidate.tags}:
            return False
        if self.organisation_ids is not None and (
                candidate.organisation_id not in self.organisation_ids):
            return False
        return self.person_ids is None or candidate.person_id in self.person_ids

    def as_json(self) -> dict[str, Any]:
        return {"categories": sorted(self.categories), "tags": sorted(self.tags),
                "organisation_ids": None if self.organisation_ids is None
                else sorted(self.organisation_ids),
                "person_ids": None if self.person_ids is None else sorted(self.person_ids)}


@dataclass
class MailPreview:
    included: list[Candidate]
    excluded: list[tuple[Candidate, str]]  # the reason worded (a core.said message)
    sample: Rendered | None
    template: Template
    lang: str = "sv"


def _template(text: str) -> Template:
    try:
        return parse_template(text)
    except MailTemplateError as exc:
        raise AppError(str(exc)) from exc


def _lang(lang: str) -> str:
    try:
        return check_lang(lang)
    except MailTemplateError as exc:
        raise AppError(str(exc)) from exc


def worded(excluded: Sequence[tuple[Candidate, Reason]]) -> list[tuple[Candidate, str]]:
    return [(c, reason_said(r)) for c, r in excluded]


def _sender(smtp: SmtpSettings | None) -> str:
    return smtp.sender if smtp is not None else "info@norberg.se"


@dataclass(frozen=True)
class MailChoices:
    """What a query can choose from: the categories and tags the network's organisations
    have (sorted), and how many people there are."""

    categories: list[str]
    tags: list[str]
    people: int


def mail_choices(url: str) -> MailChoices:
    from destination_norberg.store.mail_store import read_candidates
    from destination_norberg.store.reading import read_with

    candidates = read_with(url, read_candidates)
    return MailChoices(sorted({c.category for c in candidates if c.category}),
                       sorted({t for c in candidates for t in c.tags}), len(candidates))


def _chosen(url: str, query: RecipientQuery, purpose: Purpose) -> Any:
    from destination_norberg.store.mail_store import read_candidates
    from destination_norberg.store.reading import read_with

    candidates = [c for c in read_with(url, read_candidates) if query.matches(c)]
    return choose(candidates, purpose)


def preview_mailing(url: str, template_text: str, lang: str, query: RecipientQuery,
                    smtp: SmtpSettings | None) -> MailPreview:
    """Who gets the message, who is left out and why, and the message of the first one."""
    template, lang = _template(template_text), _lang(lang)
    choice = _chosen(url, query, Purpose.MAILING)
    sample = (render(template, choice.included[0], lang, _sender(smtp))
              if choice.included else None)
    return MailPreview(choice.included, worded(choice.excluded), sample, template, lang)


def create_mailing(url: str, template_text: str, lang: str, query: RecipientQuery,
                   author: str, person_ids: Sequence[int] | None = None) -> int:
    """The mailing with its recipients fixed as "väntar" (the rule applied now; `person_ids`
    narrows to those the user kept); its id. AppError when nobody is left to send to."""
    from destination_norberg.store.mail_store import insert_mailing
    from destination_norberg.store.opening import open_database

    template, lang = _template(template_text), _lang(lang)
    included = _chosen(url, query, Purpose.MAILING).included
    if person_ids is not None:
        kept = set(person_ids)
        included = [c for c in included if c.person_id in kept]
    if not included:
        raise AppError(said("mail.nobody", "Nobody is left to send the message to; nothing "
                            "was saved."))
    engine = open_database(url)
    try:
        return insert_mailing(engine, {
            "kind": Purpose.MAILING.value, "lang": lang, "subject": template.subject,
            "body": template.body, "selection": query.as_json(), "package_id": None,
            "package_revision": None, "author": author},
            included, [address_of(c) or "" for c in included])
    finally:
        engine.dispose()


# --- history ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class MailingSummary:
    id: int
    created_at: datetime
    kind: str
    subject: str
    lang: str
    sent: int
    failed: int
    pending: int
    package_id: int | None = None
    package_revision: int | None = None
    author: str = ""
    uncertain: int = 0  # "sänder": may have been sent; the program cannot tell


def list_mailings(url: str) -> list[MailingSummary]:
    """Every mailing, newest first, with its recipients counted by status."""
    from destination_norberg.store.mail_store import (
        FAILED,
        SENDING,
        SENT,
        WAITING,
        mailing_counts,
    )
    from destination_norberg.store.reading import read_with

    return [MailingSummary(m.id, m.created_at, m.kind, m.subject, m.lang, n.get(SENT, 0),
                           n.get(FAILED, 0), n.get(WAITING, 0), m.package_id,
                           m.package_revision, m.author, n.get(SENDING, 0))
            for m, n in read_with(url, mailing_counts)]


def resend_uncertain(url: str, mailing_id: int, person_ids: Sequence[int]) -> int:
    """The user's choice, after checking with them, to send these people's uncertain
    messages ("sänder": may have been sent) again: back to "väntar", so the next sending
    sends them; how many."""
    from destination_norberg.store.mail_store import set_waiting
    from destination_norberg.store.opening import open_database

    engine = open_database(url)
    try:
        return set_waiting(engine, mailing_id, person_ids)
    finally:
        engine.dispose()


def read_template_file(path: Any) -> str:
    """A message template file's text, decoded as the contact import decodes (a BOM, UTF-8,
    else Windows-1252 or Latin-2 as exchange.contacts_table judges); AppError worded."""
    from pathlib import Path

    from destination_norberg.exchange.contacts_table import single_byte_encoding

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise AppError(said("mail.template_unreadable", "The template {path} cannot be "
                            "read: {reason}.", path=str(path),
                            reason=exc.strerror or type(exc).__name__)) from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in data:
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return data.decode(single_byte_encoding(data), errors="replace")
    raise AppError(said("mail.template_not_text", "The template {path} is not text (a "
                        "text file with the subject on the first line is needed).",
                        path=str(path)))


@dataclass(frozen=True)
class RecipientStatus:
    id: int
    person_id: int | None
    name: str
    address: str
    status: str  # "väntar" | "sänder" (may have been sent) | "skickad" | "misslyckad"
    error: str
    sent_at: datetime | None
    organisation_id: int | None = None
    message_id: str = ""


def mailing_recipients(url: str, mailing_id: int) -> list[RecipientStatus]:
    from destination_norberg.store.mail_store import read_recipients
    from destination_norberg.store.reading import read_with

    rows = read_with(url, lambda source: read_recipients(source, mailing_id))
    return [RecipientStatus(r.id, r.person_id, r.name, r.address, r.status, r.error,
                            r.sent_at, r.organisation_id, r.message_id) for r in rows]


def failed_recipients(url: str, mailing_id: int) -> list[RecipientStatus]:
    """The mailing's recipients whose message failed, each with why (a core.said message,
    worded in the reader's language)."""
    from destination_norberg.store.mail_store import FAILED

    return [r for r in mailing_recipients(url, mailing_id) if r.status == FAILED]


def uncertain_recipients(url: str, mailing_id: int) -> list[RecipientStatus]:
    """The mailing's recipients whose message may have been sent ("sänder"): the program
    cannot tell; resend_uncertain is the user's choice to send them again."""
    from destination_norberg.store.mail_store import SENDING

    return [r for r in mailing_recipients(url, mailing_id) if r.status == SENDING]


def set_opt_out(url: Any, person_id: int, day: date | None) -> None:
    """Record that the person asked for no more e-mail on `day` (None: clear it)."""
    from destination_norberg.store.mail_store import set_opt_out as store_set
    from destination_norberg.store.opening import open_database

    engine = open_database(url) if isinstance(url, str) else url
    try:
        if not store_set(engine, person_id, day):
            raise AppError(said("mail.no_person", "There is no person with id {id}.",
                                id=person_id))
    finally:
        if isinstance(url, str):
            engine.dispose()

