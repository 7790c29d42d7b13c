"""Guest nights from the official accommodation statistics (issue 19; migration
0008_guest_nights). Kept apart from models.py, which re-exports it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from destination_norberg.store.base import Base, UTCDateTime


class GuestNights(Base):
    """One count of Tillväxtverket/SCB's statistics: a region's guest nights in a month, of
    one kind of accommodation ("total", "hotell" …) from one origin ("total", "sverige",
    "utlandet" or a country). `nights` None: held back by the statistics (".."). A new import
    of a month replaces the region's month as a whole (store.guest_nights_store)."""

    __tablename__ = "guest_nights"
    __table_args__ = (UniqueConstraint("region", "year", "month", "accommodation", "origin",
                                       name="uq_guest_nights_cell"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    region: Mapped[str] = mapped_column(String(80))
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    accommodation: Mapped[str] = mapped_column(String(24))
    origin: Mapped[str] = mapped_column(String(40))
    nights: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(200), default="")
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
