"""Sending a mailing through the municipality's SMTP server (issue 20).

Only recipients "väntar" or "misslyckad" are sent to, each first claimed ("sänder", one
UPDATE that only one sending can win: store.mail_store.claim), and each outcome is committed
before the next message, so a retry is `send_mailing` again and nobody gets a message twice,
also when two sendings overlap. A message the server accepted is recorded, tried again while
the database refuses; one whose outcome is unknown (the connection lost after the message was
handed over, the program stopped, the record impossible) stays "sänder": a later sending
lists it in SendResult.uncertain and never sends it again on its own (app.mail.
resend_uncertain is the user's choice to). The consent rule
is applied once more per recipient at the moment of sending (an opt-out recorded after the
mailing was made is respected). A recipient the server refuses (a 4xx/5xx answer, a refused
address, a connection dropped during that message) is marked "misslyckad" with the reason
worded, and the rest go on; a server that cannot be reached or refuses the login fails the
whole sending with a MailError and marks nobody. Each message sent logs an interaction of
kind e-post on the person's organisation; a package's mailing records the dispatch of its
revision per partner (store.package_write.record_dispatch, the one dispatch there is).
"""

from __future__ import annotations

import contextlib
import smtplib
import ssl
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from destination_norberg.app.errors import AppError
from destination_norberg.app.mail import MailError, SmtpSettings, check_smtp_settings
from destination_norberg.core.mail import (
    Candidate,
    Purpose,
    Template,
    address_of,
    message_id,
    reason_said,
    refused_said,
    render,
    why_left_out,
)
from destination_norberg.core.mail_message import Attachment, build_message
from destination_norberg.core.said import message_of, said
from destination_norberg.core.timeutil import now_utc, to_local

TIMEOUT_S = 30.0


@dataclass(frozen=True)
class FailedRecipient:
    person_id: int | None
    name: str
    address: str
    error: str


@dataclass
class SendResult:
    sent: int = 0
    failed: list[FailedRecipient] = field(default_factory=list)
    left: int = 0  # not tried (cancelled, or the connection was lost for good)
    already_sent: int = 0
    stopped: str = ""  # why the sending stopped before the end ("" when it did not)
    cancelled: bool = False
    #: Handed to the server but not known to be accepted (a connection lost while waiting
    #: for its answer, a crash, or found "sänder" from an earlier sending): never sent again
    #: automatically (app.mail.resend_uncertain is the user's choice to).
    uncertain: list[FailedRecipient] = field(default_factory=list)


def _server_words(exc: BaseException) -> str:
    code = getattr(exc, "smtp_code", None)
    text = getattr(exc, "smtp_error", b"")
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {text}".strip() if code else str(exc)


def tls_context() -> ssl.SSLContext:
    """The TLS settings of every connection: the system's trusted roots, the host name
    checked (tests trust their own certificate through this function)."""
    return ssl.create_default_context()


def connect(settings: SmtpSettings, password: str | None) -> smtplib.SMTP:
    """An open, logged-in connection; MailError worded when it cannot be had."""
    from destination_norberg.app.mail_smtp import Smtp, SmtpSsl, ascii_hostname

    settings = check_smtp_settings(settings)
    where = f"{settings.host}:{settings.port}"
    if settings.user and settings.security == "none":
        raise MailError(said("mail.login_needs_tls", "The password is not sent over a "
                             "connection that is not secure: choose STARTTLS or TLS for the "
                             "login to {where}, or leave the user empty.", where=where))
    context = tls_context()
    try:
        if settings.security == "tls":
            server: smtplib.SMTP = SmtpSsl(settings.host, settings.port, ascii_hostname(),
                                           timeout=TIMEOUT_S, context=context)
        else:
            server = Smtp(settings.host, settings.port, ascii_hostname(), timeout=TIMEOUT_S)
    except (OSError, smtplib.SMTPException, UnicodeError) as exc:
        if isinstance(exc, ssl.SSLError):
            raise MailError(said("mail.tls_failed", "A secure (TLS) connection to the mail "
                                 "server {where} could not be made: {reason}.", where=where,
                                 reason=str(exc))) from exc
        raise MailError(said("mail.cannot_reach", "Cannot reach the mail server {where}: "
                             "{reason}. Check the server's name and port, and the network.",
                             where=where, reason=str(exc) or type(exc).__name__)) from exc
    try:
        if settings.security == "starttls":
            try:
                server.starttls(context=context)
            except (smtplib.SMTPNotSupportedError, ssl.SSLError, OSError) as exc:
                raise MailError(said("mail.starttls_failed", "The mail server {where} did "
                                     "not accept a secure connection (STARTTLS): {reason}.",
                                     where=where, reason=str(exc))) from exc
        if settings.user:
            try:
                server.login(settings.user, password or "")
            except smtplib.SMTPAuthenticationError as exc:
                raise MailError(said("mail.login_refused", "The mail server refused the "
                                     "login of {user}: check the user name and the password.",
                                     user=settings.user)) from exc
            except smtplib.SMTPNotSupportedError as exc:
                raise MailError(said("mail.no_login", "The mail server {where} offers no "
                                     "login on this connection; choose STARTTLS or TLS, or "
                                     "leave the user empty.", where=where)) from exc
    except MailError:
        _quit(server)
        raise
    except UnicodeError as exc:  # a character the server's protocol cannot carry
        _quit(server)
        raise MailError(said("mail.not_ascii", "The login to the mail server {where} could "
                             "not be sent: the server cannot take a character of it. Check "
                             "the user name and the password.", where=where)) from exc
    except (OSError, smtplib.SMTPException) as exc:
        _quit(server)
        raise MailError(said("mail.cannot_reach", "Cannot reach the mail server {where}: "
                             "{reason}. Check the server's name and port, and the network.",
                             where=where, reason=_server_words(exc))) from exc
    return server


def _quit(server: smtplib.SMTP) -> None:
    try:
        server.quit()
    except (OSError, smtplib.SMTPException):
        server.close()


def test_connection(settings: SmtpSettings, password: str | None) -> None:
    """Reach the server, secure the connection and log in as a sending would; MailError."""
    _quit(connect(settings, password))


def _refused(exc: smtplib.SMTPException, address: str) -> str:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, text = next(iter(exc.recipients.values()), (0, b""))
        words = f"{code} {text.decode('utf-8', 'replace') if isinstance(text, bytes) else text}"
        return refused_said(address, words)
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return said("mail.sender_refused", "The server refused the sender address: {reason}",
                    reason=_server_words(exc))
    return said("mail.server_said", "The server did not take the message: {reason}",
                reason=_server_words(exc))


_DROPPED = said("mail.dropped", "The connection to the mail server was lost while sending.")
MAYBE_SENT = said("mail.maybe_sent", "may have been sent; the program cannot tell")
#: Waits between tries to record a message the server accepted (the last try's wait unused).
RECORD_PAUSES_S = (0.2, 1.0, 3.0, 0.0)


class _NotRecorded(Exception):  # noqa: N818 - internal: the sending stops
    """The server accepted a message but the database would not record it."""


class _Sender:
    """One mailing's sending: the connection, the templates and attachments per language."""

    def __init__(self, engine: Any, mailing: Any, settings: SmtpSettings,
                 password: str | None, pdf_writer: Any, scratch: Path,
                 now: Callable[[], datetime]) -> None:
        self.engine, self.mailing, self.settings = engine, mailing, settings
        self.password, self.pdf_writer, self.scratch, self.now = (password, pdf_writer,
                                                                   scratch, now)
        self.server: smtplib.SMTP | None = None
        self.detail: Any = None
        self.revision: int | None = None
        self.attachments: dict[int | None, list[Attachment]] = {}
        self.dispatched: set[int] = set()
        self.sleep: Callable[[float], None] = time.sleep

    def prepare_package(self) -> None:
        from destination_norberg.app.mail_package import _detail_and_revision
        from destination_norberg.store.mail_store import dispatched_partners
        from destination_norberg.store.rows import EngineRows

        m = self.mailing
        if m.package_id is None:
            raise MailError(said("mail.package_gone", "The package of this mailing was "
                                 "deleted; nothing was sent."))
        source = EngineRows(self.engine)
        self.detail, self.revision = _detail_and_revision(source, m.package_id)
        if m.package_revision is not None and self.revision != m.package_revision:
            raise MailError(said("mail.package_changed", "The package was changed after this "
                                 "mailing was prepared (it would now be version {now}, not "
                                 "{then}); prepare a new mailing of it. Nothing was sent.",
                                 now=self.revision, then=m.package_revision))
        self.dispatched = dispatched_partners(source, m.package_id, self.revision)

    def template(self, lang: str) -> Template:
        if self.detail is None:
            return Template(self.mailing.subject, self.mailing.body)
        from destination_norberg.app.mail_package import package_template

        return package_template(self.detail, lang, int(self.revision or 1),
                                self.settings.sender_name)

    def lang_of(self, candidate: Candidate) -> str:
        if self.detail is None:
            return str(self.mailing.lang)
        return next((p.lang for p in self.detail.partners
                     if p.id == candidate.organisation_id), "sv")

    def files_for(self, organisation_id: int | None) -> list[Attachment]:
        if self.detail is None:
            return []
        if organisation_id not in self.attachments:
            from destination_norberg.app.mail_package import package_attachments
            from destination_norberg.exchange.package_bundle import BundleError

            partner = next((p for p in self.detail.partners if p.id == organisation_id), None)
            folder = self.scratch / f"partner-{organisation_id or 0}"
            folder.mkdir()
            try:
                self.attachments[organisation_id] = package_attachments(
                    self.detail, partner, self.pdf_writer, folder)
            except BundleError as exc:
                raise MailError(str(exc)) from exc
        return self.attachments[organisation_id]

    def open(self) -> smtplib.SMTP:
        if self.server is None:
            self.server = connect(self.settings, self.password)
        return self.server

    def close(self) -> None:
        if self.server is not None:
            _quit(self.server)
            self.server = None

    def send_one(self, row: Any, candidate: Candidate) -> tuple[str, str | None]:
        """Send to one claimed recipient and record the outcome: (SENT, None), (FAILED,
        the error worded) or (SENDING, why it may have been sent: the row stays "sänder").
        An exception leaves the row claimed with nothing handed to the server."""
        from destination_norberg.store.mail_store import FAILED, SENDING, SENT, mark_failed

        purpose = Purpose.PACKAGE if self.detail is not None else Purpose.MAILING
        reason = why_left_out(candidate, purpose)
        if reason is not None:
            mark_failed(self.engine, row.id, reason_said(reason))
            return FAILED, reason_said(reason)
        # The person's address now: one corrected after a failure is used on the retry.
        address = address_of(candidate) or row.address
        lang = self.lang_of(candidate)
        rendered = render(self.template(lang), candidate, lang, self.settings.sender)
        mid = message_id(self.mailing.id, row.person_id, self.settings.sender)
        when = self.now()
        message = build_message(rendered, sender=self.settings.sender,
                                sender_name=self.settings.sender_name or self.settings.sender,
                                to_address=address, to_name=candidate.name,
                                message_id=mid, date=when, lang=lang,
                                attachments=self.files_for(candidate.organisation_id))
        server = self.open()
        try:
            server.send_message(message, from_addr=self.settings.sender,
                                to_addrs=[address])
        except smtplib.SMTPServerDisconnected:
            self.server = None
            if getattr(server, "body_sent", False):
                return SENDING, self._uncertain(row.id, MAYBE_SENT)
            mark_failed(self.engine, row.id, _DROPPED, address)
            return FAILED, _DROPPED
        except smtplib.SMTPException as exc:  # an answer (an OSError too: caught first)
            error = _refused(exc, address)
            mark_failed(self.engine, row.id, error, address)
            self._reset(server)
            return FAILED, error
        except OSError as exc:  # the socket itself failed (a timeout too)
            self.close()
            if getattr(server, "body_sent", False):
                return SENDING, self._uncertain(row.id, MAYBE_SENT)
            error = said("mail.dropped_because", "The connection to the mail server was lost "
                         "while sending: {reason}.", reason=str(exc))
            mark_failed(self.engine, row.id, error, address)
            return FAILED, error
        interaction = None
        if candidate.organisation_id is not None:
            interaction = {"organisation_id": candidate.organisation_id,
                           "occurred_on": to_local(when).date(), "note": rendered.subject,
                           "person_id": candidate.person_id}
        problem = self._record_sent(row.id, message_id=mid, sent_at=when,
                                    interaction=interaction, address=address)
        if problem is not None:
            raise _NotRecorded(problem)
        self._dispatch(candidate.organisation_id, when)
        return SENT, None

    def _record_sent(self, recipient_id: int, **values: Any) -> str | None:
        """Record a message the server accepted, trying again while the database refuses
        (locked, a dropped connection); None when recorded, else the last error."""
        from destination_norberg.store.mail_store import mark_sent

        problem = ""
        for pause in RECORD_PAUSES_S:
            try:
                mark_sent(self.engine, recipient_id, **values)
                return None
            except Exception as exc:  # noqa: BLE001 - the message went out: never "not sent"
                problem = message_of(exc) or str(exc) or type(exc).__name__
                self.sleep(pause)
        return problem

    def _uncertain(self, recipient_id: int, why: str) -> str:
        from destination_norberg.store.mail_store import mark_uncertain

        with contextlib.suppress(Exception):  # the row stays "sänder" whatever happens here
            mark_uncertain(self.engine, recipient_id, why)
        return why

    def _reset(self, server: smtplib.SMTP) -> None:
        try:
            server.rset()
        except (OSError, smtplib.SMTPException):
            self.close()

    def _dispatch(self, organisation_id: int | None, when: datetime) -> None:
        if self.detail is None or organisation_id is None or organisation_id in self.dispatched:
            return
        from destination_norberg.core.package_versions import package_snapshot
        from destination_norberg.store.package_write import record_dispatch

        record_dispatch(self.engine, self.detail.id, [organisation_id],
                        package_snapshot(self.detail), sent_at=when)
        self.dispatched.add(organisation_id)


def send_mailing(url: str, mailing_id: int, settings: SmtpSettings, password: str | None,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None, *,
                 pdf_writer: Any = None,
                 now: Callable[[], datetime] = now_utc) -> SendResult:
    """Send the mailing's messages not yet sent; what happened. `progress(done, total)` after
    each message; `cancelled()` is asked before each one (the rest stay "väntar").
    `pdf_writer`: the brochure writer for a package (gui's; without it no PDF is attached)."""
    from destination_norberg.store.mail_store import (
        FAILED,
        SENDING,
        SENT,
        WAITING,
        read_mailing,
        read_recipients,
    )
    from destination_norberg.store.opening import open_database
    from destination_norberg.store.rows import EngineRows

    settings = check_smtp_settings(settings)
    engine = open_database(url)
    try:
        source = EngineRows(engine)
        mailing = read_mailing(source, mailing_id)
        if mailing is None:
            raise AppError(said("mail.no_mailing", "There is no mailing with id {id}.",
                                id=mailing_id))
        rows = read_recipients(source, mailing_id)
        todo = [r for r in rows if r.status in (WAITING, FAILED)]
        result = SendResult(already_sent=sum(r.status == SENT for r in rows))
        # Claimed by an earlier sending that never recorded the outcome: never sent again
        # unless the user chooses so (app.mail.resend_uncertain).
        result.uncertain = [FailedRecipient(r.person_id, r.name, r.address, MAYBE_SENT)
                            for r in rows if r.status == SENDING]
        with tempfile.TemporaryDirectory(prefix="dn-mail-") as scratch:
            sender = _Sender(engine, mailing, settings, password, pdf_writer, Path(scratch),
                             now)
            if not todo:
                return result
            if mailing.kind == Purpose.PACKAGE.value:
                sender.prepare_package()
            sender.open()  # cannot connect or log in: MailError, nobody marked
            try:
                for done, row in enumerate(todo):
                    if cancelled is not None and cancelled():
                        result.cancelled = True
                        result.left = len(todo) - done
                        break
                    if not _one(engine, source, sender, row, result):
                        result.left = len(todo) - done - 1
                        break
                    if progress is not None:
                        progress(done + 1, len(todo))
            finally:
                sender.close()
        return result
    finally:
        engine.dispose()


_ELSEWHERE = said("mail.sending_elsewhere", "another sending is sending it right now")


def _one(engine: Any, source: Any, sender: _Sender, row: Any, result: SendResult) -> bool:
    """Claim one recipient, send to it and note the outcome in `result`; False when the
    sending must stop here (`result.stopped` says why)."""
    from destination_norberg.store.mail_store import (
        SENDING,
        SENT,
        claim,
        mark_failed,
        read_candidate,
        recipient_status,
        unclaim,
    )

    if not claim(engine, row.id):
        now_status = recipient_status(source, row.id)  # None: the person was erased
        if now_status == SENT:  # sent meanwhile by another coordinator's sending
            result.already_sent += 1
        elif now_status == SENDING:
            result.uncertain.append(FailedRecipient(row.person_id, row.name, row.address,
                                                    _ELSEWHERE))
        return True
    candidate = (read_candidate(source, row.person_id)
                 if row.person_id is not None else None)
    if candidate is None:
        gone = said("mail.person_gone", "The person is no longer in the network.")
        mark_failed(engine, row.id, gone)
        result.failed.append(FailedRecipient(None, row.name, row.address, gone))
        return True
    try:
        outcome, error = sender.send_one(row, candidate)
    except _NotRecorded as exc:
        why = said("mail.not_recorded", "was sent, but the program could not record it: "
                   "{reason}", reason=str(exc))
        result.uncertain.append(FailedRecipient(row.person_id, candidate.name, row.address,
                                                why))
        result.stopped = why
        return False
    except BaseException as exc:  # nothing was handed to the server: the row is free again
        with contextlib.suppress(Exception):
            unclaim(engine, row.id, row.status)
        if not isinstance(exc, MailError):  # could not reconnect: stop here
            raise
        result.stopped = message_of(exc) or str(exc)
        return False
    if outcome == SENT:
        result.sent += 1
    elif outcome == SENDING:
        result.uncertain.append(FailedRecipient(row.person_id, candidate.name, row.address,
                                                error or ""))
    else:
        result.failed.append(FailedRecipient(row.person_id, candidate.name, row.address,
                                             error or ""))
    return True

