"""The SMTP client of the mail sending (issue 20): smtplib with what a Swedish office needs.

- The login (AUTH PLAIN, LOGIN, CRAM-MD5) sends the user and password as UTF-8 (RFC 4616):
  Python 3.11's smtplib encodes them as ASCII, so a password with å/ä/ö failed with a
  codec error.
- The name the computer gives itself (EHLO) is ASCII: a computer named "Kontorsdatorn-Åsa"
  is given by its IDNA form, else as "localhost".
- Whether the message itself was handed over (`body_sent`): a connection lost after that,
  while waiting for the server's final answer, may have delivered it, so the sending must
  not count the message as "not sent" (app.mail_send keeps it as uncertain).
"""

from __future__ import annotations

import base64
import hmac
import smtplib
import socket
from collections.abc import Callable
from typing import Any

_MAX_CHALLENGES = 5


def ascii_hostname() -> str:
    """This computer's name for EHLO, in ASCII."""
    try:
        name = socket.getfqdn()
    except (OSError, UnicodeError):  # pragma: no cover - the system's own failure
        return "localhost"
    if name.isascii():
        return name or "localhost"
    try:
        return name.encode("idna").decode("ascii")
    except UnicodeError:
        return "localhost"


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


class _Utf8Auth:
    """The login and the hand-over bookkeeping shared by the plain and the TLS connection."""

    body_sent = False
    _in_data = False
    _replies = 0
    user: str
    password: str
    _auth_challenge_count: int

    def auth(self, mechanism: str, authobject: Callable[..., Any], *,
             initial_response_ok: bool = True) -> tuple[int, bytes]:
        smtp: Any = self
        mechanism = mechanism.upper()
        first = authobject() if initial_response_ok else None
        if first is not None:
            code, resp = smtp.docmd("AUTH", f"{mechanism} {_b64(first)}")
            self._auth_challenge_count = 1
        else:
            code, resp = smtp.docmd("AUTH", mechanism)
            self._auth_challenge_count = 0
        while code == 334:
            self._auth_challenge_count += 1
            if self._auth_challenge_count > _MAX_CHALLENGES:
                raise smtplib.SMTPException("the server keeps asking for the login")
            code, resp = smtp.docmd(_b64(authobject(base64.decodebytes(resp))))
        if code in (235, 503):
            return code, resp
        raise smtplib.SMTPAuthenticationError(code, resp)

    def auth_cram_md5(self, challenge: Any = None) -> Any:
        if challenge is None:
            return None
        return self.user + " " + hmac.HMAC(self.password.encode("utf-8"), challenge,
                                           "md5").hexdigest()

    def data(self, msg: Any) -> tuple[int, bytes]:
        self.body_sent, self._in_data, self._replies = False, True, 0
        try:
            result: tuple[int, bytes] = super().data(msg)  # type: ignore[misc]
            return result
        finally:
            self._in_data = False

    def getreply(self) -> tuple[int, bytes]:
        if self._in_data:
            # The first reply is DATA's 354; by the second, the message has been sent.
            self._replies += 1
            if self._replies >= 2:
                self.body_sent = True
        result: tuple[int, bytes] = super().getreply()  # type: ignore[misc]
        return result


class Smtp(_Utf8Auth, smtplib.SMTP):
    """A plain connection (STARTTLS may follow)."""


class SmtpSsl(_Utf8Auth, smtplib.SMTP_SSL):
    """A connection secured from the start (TLS)."""
