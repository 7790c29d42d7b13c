"""Accommodation capacity and participant aggregates (issue 19; migration
0009_beds_participants). Kept apart from models.py, which re-exports them.

Participants are kept as counts only (GDPR minimisation): per event, per race, one row per
(dimension, key) — 'total', 'country', 'lan', 'kommun', 'club', 'first' (first-timers) —
never a name, a birth year or a postcode.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from destination_norberg.store.base import Base


class AccommodationCapacity(Base):
    """An accommodation business's capacity for a season (season_id None: all year)."""

    __tablename__ = "accommodation_capacity"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    season_id: Mapped[int | None] = mapped_column(
        ForeignKey("season.id", ondelete="CASCADE"))
    rooms: Mapped[int] = mapped_column(Integer, default=0)
    beds: Mapped[int] = mapped_column(Integer, default=0)
    cabins: Mapped[int] = mapped_column(Integer, default=0)
    pitches: Mapped[int] = mapped_column(Integer, default=0)
    allotment: Mapped[int] = mapped_column(Integer, default=0)  # beds held for packages


class ParticipantCount(Base):
    """How many participants of an event's race fall under one key of one dimension."""

    __tablename__ = "participant_count"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"),
                                          index=True)
    source: Mapped[str] = mapped_column(String(64))  # sha256 of the imported file
    race: Mapped[str] = mapped_column(String(120))
    dimension: Mapped[str] = mapped_column(String(16))
    key: Mapped[str] = mapped_column(String(200))
    count: Mapped[int] = mapped_column(Integer)
