"""SMHI's point forecast in the database: the newest forecast for a place, hour by hour.

A forecast is superseded, not merged: storing one for a place replaces every hour stored for
that place, in one write unit, so the projection never mixes two model runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, delete, insert

from destination_norberg.store import models as m
from destination_norberg.store.database import write_session
from destination_norberg.store.weather_read import NORBERG, StoredForecast, latest_forecast

__all__ = ["NORBERG", "StoredForecast", "latest_forecast", "store_forecast"]

def store_forecast(engine: Engine, place: str, reference_time: datetime,
                   hours: Sequence[tuple[datetime, float, float | None]],
                   fetched_at: datetime | None = None) -> int:
    """Replace the place's forecast with these hours; the number of hours stored."""
    fetched = fetched_at or datetime.now(UTC)
    table: Any = m.WeatherForecast.__table__
    rows = [{"place": place, "reference_time": reference_time, "valid_at": at, "temp_c": temp,
             "rel_humidity": rh, "fetched_at": fetched} for at, temp, rh in hours]
    with write_session(engine) as session:
        session.execute(delete(table).where(table.c.place == place))
        if rows:
            session.execute(insert(table), rows)
    return len(rows)
