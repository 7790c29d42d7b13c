"""weather readings: more SMHI parameters (2, 6, 19, 20) and SMHI's point forecast

Revision ID: 0006_weather_readings
Revises: 0005_destination_setting
Create Date: 2026-12-06 10:00:00

New tables only: every existing row is kept as it is (hourly temperatures stay in
temperature_observation, snow depths in snow_measurement). Both start empty.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_weather_readings"
down_revision = "0005_destination_setting"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "weather_reading",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("station", sa.String(length=120), nullable=False),
        sa.Column("parameter", sa.Integer(), nullable=False),
        sa.Column("measured_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("quality", sa.String(length=2), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_weather_reading")),
        sa.UniqueConstraint("station", "parameter", "measured_at",
                            name="uq_weather_reading_station_time"),
    )
    op.create_table(
        "weather_forecast",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=60), nullable=False),
        sa.Column("reference_time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("valid_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("temp_c", sa.Float(), nullable=False),
        sa.Column("rel_humidity", sa.Float(), nullable=True),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_weather_forecast")),
        sa.UniqueConstraint("place", "valid_at", name="uq_weather_forecast_place_time"),
    )


def downgrade() -> None:
    op.drop_table("weather_forecast")
    op.drop_table("weather_reading")
