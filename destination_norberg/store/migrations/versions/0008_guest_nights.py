"""guest nights: Tillväxtverket/SCB's monthly accommodation statistics, imported

Revision ID: 0008_guest_nights
Revises: 0007_year_in_window
Create Date: 2026-12-06 15:00:00

A new table only: every existing row is kept as it is. It starts empty.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_guest_nights"
down_revision = "0007_year_in_window"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "guest_nights",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("region", sa.String(length=80), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("accommodation", sa.String(length=24), nullable=False),
        sa.Column("origin", sa.String(length=40), nullable=False),
        sa.Column("nights", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guest_nights")),
        sa.UniqueConstraint("region", "year", "month", "accommodation", "origin",
                            name="uq_guest_nights_cell"),
    )


def downgrade() -> None:
    op.drop_table("guest_nights")
