"""One e-mail message as sent: headers, plain-text body and attachments (pure, standard
library `email`).

Names and subjects with å/ä/ö are encoded by the `email` package (RFC 2047 words in the
headers, RFC 2231 for attachment names); the body is UTF-8 quoted-printable, so it passes
any server, 8BITMIME or not. There is no HTML part: a plain message reads alike in every
client and carries no tracking.

List-Unsubscribe names only a mailto: address (the sender, with the subject "avregistrera" /
"unsubscribe"): no web endpoint exists to take a one-click opt-out, so List-Unsubscribe-Post
(RFC 8058, which requires an https URI) is not set.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from urllib.parse import quote

from destination_norberg.core.mail import UNSUBSCRIBE_WORD, Rendered


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes


def _address(name: str, address: str) -> Address:
    local, _, domain = address.partition("@")
    return Address(display_name=" ".join(name.split()), username=local, domain=domain)


def build_message(rendered: Rendered, *, sender: str, sender_name: str, to_address: str,
                  to_name: str, message_id: str, date: datetime, lang: str,
                  attachments: Sequence[Attachment] = ()) -> EmailMessage:
    """The message to send (`date` an aware instant)."""
    message = EmailMessage()
    message["From"] = _address(sender_name, sender)
    message["To"] = _address(to_name, to_address)
    message["Subject"] = rendered.subject
    message["Date"] = format_datetime(date)
    message["Message-ID"] = message_id
    word = UNSUBSCRIBE_WORD["en" if lang == "en" else "sv"]
    message["List-Unsubscribe"] = f"<mailto:{sender}?subject={quote(word)}>"
    message.set_content(rendered.body, subtype="plain", charset="utf-8",
                        cte="quoted-printable")
    for item in attachments:
        kind = mimetypes.guess_type(item.name)[0] or "application/octet-stream"
        maintype, subtype = kind.split("/", 1)
        message.add_attachment(item.data, maintype=maintype, subtype=subtype,
                               filename=item.name)
    # Last: set_content and add_attachment move or drop the Content-* headers set before.
    message["Content-Language"] = "en" if lang == "en" else "sv"
    return message
