"""beds against visitors: accommodation capacity per season, participant aggregates

Revision ID: 0009_beds_participants
Revises: 0008_guest_nights
Create Date: 2026-12-06 15:00:00

Two new tables (plain CREATE TABLE; no existing row is touched):
- accommodation_capacity: an accommodation business's rooms, beds, cabins, camping pitches
  and beds held for packages, per season (season_id NULL: all year);
- participant_count: an event's imported participants as counts per race and dimension
  (total, country, län, kommun, club, first-timers) — no names (GDPR minimisation).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_beds_participants"
down_revision = "0008_guest_nights"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accommodation_capacity",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("organisation_id", sa.Integer(),
                  sa.ForeignKey("organisation.id", ondelete="CASCADE"), nullable=False),
        sa.Column("season_id", sa.Integer(), sa.ForeignKey("season.id", ondelete="CASCADE"),
                  nullable=True),
        sa.Column("rooms", sa.Integer(), nullable=False),
        sa.Column("beds", sa.Integer(), nullable=False),
        sa.Column("cabins", sa.Integer(), nullable=False),
        sa.Column("pitches", sa.Integer(), nullable=False),
        sa.Column("allotment", sa.Integer(), nullable=False),
    )
    op.create_index("ix_accommodation_capacity_organisation_id", "accommodation_capacity",
                    ["organisation_id"])
    op.create_table(
        "participant_count",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("event.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("race", sa.String(length=120), nullable=False),
        sa.Column("dimension", sa.String(length=16), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
    )
    op.create_index("ix_participant_count_event_id", "participant_count", ["event_id"])


def downgrade() -> None:
    op.drop_index("ix_participant_count_event_id", table_name="participant_count")
    op.drop_table("participant_count")
    op.drop_index("ix_accommodation_capacity_organisation_id",
                  table_name="accommodation_capacity")
    op.drop_table("accommodation_capacity")
