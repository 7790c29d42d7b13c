"""Trail counters and their counts, issue 20 (migration 0011_trail_counters). Kept apart
from models.py, which re-exports them.

A counter is known by the id its export gives it (`code`); it may be tied to a trail (a
deleted trail leaves the counter untied). A count is the passages of one interval starting
at `at` (UTC) in one direction; an import replaces the counts of its counters' span
(store.counters_store), so no interval is ever counted twice.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from destination_norberg.store.base import Base, UTCDateTime


class TrailCounter(Base):
    __tablename__ = "trail_counter"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    trail_id: Mapped[int | None] = mapped_column(ForeignKey("trail.id", ondelete="SET NULL"),
                                                 index=True)


class TrailCount(Base):
    __tablename__ = "trail_count"
    __table_args__ = (UniqueConstraint("counter_id", "at", "direction",
                                       name="uq_trail_count_interval"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    counter_id: Mapped[int] = mapped_column(ForeignKey("trail_counter.id", ondelete="CASCADE"),
                                            index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    direction: Mapped[str] = mapped_column(String(8), default="")
    count: Mapped[int] = mapped_column(Integer)
