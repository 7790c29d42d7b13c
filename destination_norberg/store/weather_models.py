"""Weather readings beyond hourly temperature and snow depth, and SMHI's point forecast
(issue 14; migration 0006_weather_readings). Kept apart from models.py, which re-exports them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from destination_norberg.store.base import Base, UTCDateTime


class WeatherReading(Base):
    """Another SMHI parameter at a station: daily mean, minimum and maximum air temperature
    (2, 19, 20; kept at 12:00 UTC of the representative day) and relative humidity (6, %)."""

    __tablename__ = "weather_reading"
    __table_args__ = (UniqueConstraint("station", "parameter", "measured_at",
                                       name="uq_weather_reading_station_time"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    station: Mapped[str] = mapped_column(String(120))
    parameter: Mapped[int] = mapped_column(Integer)
    measured_at: Mapped[datetime] = mapped_column(UTCDateTime)
    value: Mapped[float] = mapped_column(Float)
    quality: Mapped[str] = mapped_column(String(2), default="")
    source: Mapped[str] = mapped_column(String(16), default="smhi")


class WeatherForecast(Base):
    """SMHI's point forecast for a place, one row per forecast hour; a newer forecast for the
    place replaces the older one as a whole."""

    __tablename__ = "weather_forecast"
    __table_args__ = (UniqueConstraint("place", "valid_at", name="uq_weather_forecast_place_time"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    place: Mapped[str] = mapped_column(String(60))
    reference_time: Mapped[datetime] = mapped_column(UTCDateTime)
    valid_at: Mapped[datetime] = mapped_column(UTCDateTime)
    temp_c: Mapped[float] = mapped_column(Float)
    rel_humidity: Mapped[float | None] = mapped_column(Float)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime)
