"""Volunteers (funktionärer) of an event, issue 19 (migration 0010_volunteers). Kept apart
from models.py, which re-exports them.

A shift is one role at one place of an event for a span of time that needs `needed` people;
an assignment puts a person on it. The volunteer list is the persons a `volunteer` row marks
(with the role they wished for): people who are not in the business network, kept with
their consent (person.legal_basis 'samtycke', person.consent_on). Erasing a person removes
their assignments and their volunteer row (store.gdpr.erase_in).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from destination_norberg.store.base import Base, Editable, UTCDateTime


class VolunteerShift(Editable, Base):
    __tablename__ = "volunteer_shift"
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"),
                                          index=True)
    place: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(120))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    needed: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str] = mapped_column(Text, default="")


class VolunteerAssignment(Base):
    """A person on a shift (written with the shift: store.volunteers_store)."""

    __tablename__ = "volunteer_assignment"
    __table_args__ = (UniqueConstraint("shift_id", "person_id",
                                       name="uq_volunteer_assignment_shift_person"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("volunteer_shift.id", ondelete="CASCADE"),
                                          index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"),
                                           index=True)


class Volunteer(Base):
    """A person on the volunteer list, with the role they wished for."""

    __tablename__ = "volunteer"
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"),
                                           primary_key=True)
    role_wish: Mapped[str] = mapped_column(String(120), default="")
