"""What the public status page shows, as plain values: the trails, their geometry and the
snow guarantee as judged at one moment.

app.status_data reads them; exchange.status_page writes the page from them without touching
the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from destination_norberg.core.geometry import Geometry
from destination_norberg.core.trail_register import TrailRow


@dataclass(frozen=True, slots=True)
class GuaranteeLine:
    """One snow-guarantee target as judged now."""

    name: str
    deadline: date
    required_km: float
    ready_km: float
    level: str | None  # "green", "yellow", "red"; None: not judged (no temperature history)
    days_left: int
    reason: str  # core.snow_plan reason code
    reason_args: Mapping[str, Any] = field(default_factory=dict)
    stale_loops: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StatusData:
    generated_at: datetime  # aware UTC
    stale_days: int
    trails: tuple[TrailRow, ...]  # Swedish name order
    geometries: Mapping[int, Geometry]  # trail id → EPSG:3006 geometry
    guarantee: tuple[GuaranteeLine, ...]  # by deadline
