"""E-mail to the network, issue 20 (migration 0012_mail). Kept apart from models.py, which
re-exports them.

A mailing is one message written once (the template as written, fields unrendered) and sent
to many people: an "utskick" to a chosen group, or a "paket" (a package's bundle to its
partners, recorded as a dispatch of `package_revision`). Each recipient is one row, fixed as
"väntar" when the mailing is made; sending changes it to "skickad" or "misslyckad" one row
at a time, so a retry sends only what was not sent and nothing twice. A recipient row is
personal data: the GDPR export lists it, erasure deletes it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from destination_norberg.store.base import Base, UTCDateTime, utcnow


class Mailing(Base):
    __tablename__ = "mailing"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(16))  # "utskick" | "paket"
    lang: Mapped[str] = mapped_column(String(2), default="sv")
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    selection: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    package_id: Mapped[int | None] = mapped_column(
        ForeignKey("package.id", ondelete="SET NULL"), index=True)
    package_revision: Mapped[int | None] = mapped_column(Integer)
    author: Mapped[str] = mapped_column(String(120), default="")


class MailRecipient(Base):
    __tablename__ = "mail_recipient"
    __table_args__ = (UniqueConstraint("mailing_id", "person_id",
                                       name="uq_mail_recipient_person"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailing_id: Mapped[int] = mapped_column(ForeignKey("mailing.id", ondelete="CASCADE"),
                                            index=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(Integer)
    address: Mapped[str] = mapped_column(String(254), default="")
    status: Mapped[str] = mapped_column(String(16), default="väntar")
    error: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    message_id: Mapped[str] = mapped_column(String(254), default="")
