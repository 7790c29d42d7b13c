"""The demo's guest nights (data/guest_nights.csv): two years of FICTIONAL monthly figures for
Norberg in the statistics' shape (by kind of accommodation, Swedish and foreign guests, a
held-back ".." and camping's "-" in winter), moved by whole years with the demo's season
(core.demo_dates) so the report always has this year and the year before.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from destination_norberg.core.demo_dates import DemoDates
from destination_norberg.core.guest_nights import nights_of
from destination_norberg.store.guest_nights_models import GuestNights

FILE = "guest_nights.csv"


def anchored(rows: list[dict[str, str]], dates: DemoDates) -> list[dict[str, str]]:
    """The rows moved by the plan's whole years."""
    return [r | {"year": str(int(r["year"]) + dates.years)} for r in rows]


def write_guest_nights(session: Session, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    now = datetime.now(UTC)
    session.execute(insert(GuestNights.__table__), [{
        "region": r["region"], "year": int(r["year"]), "month": int(r["month"]),
        "accommodation": r["accommodation"], "origin": r["origin"],
        "nights": nights_of(r["nights"]), "source": "demo (fiktiv)", "imported_at": now}
        for r in rows])
