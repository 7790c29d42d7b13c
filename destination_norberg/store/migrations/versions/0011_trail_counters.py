"""trail counters: the counters (tied to a trail or not) and their counts

Revision ID: 0011_trail_counters
Revises: 0010_volunteers
Create Date: 2026-12-06 16:00:00

New tables only (plain CREATE TABLE): every existing row is kept as it is.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_trail_counters"
down_revision = "0010_volunteers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "trail_counter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("trail_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["trail_id"], ["trail.id"],
                                name=op.f("fk_trail_counter_trail_id_trail"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trail_counter")),
        sa.UniqueConstraint("code", name=op.f("uq_trail_counter_code")),
    )
    op.create_index(op.f("ix_trail_counter_trail_id"), "trail_counter", ["trail_id"])
    op.create_table(
        "trail_count",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("counter_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["counter_id"], ["trail_counter.id"],
                                name=op.f("fk_trail_count_counter_id_trail_counter"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trail_count")),
        sa.UniqueConstraint("counter_id", "at", "direction", name="uq_trail_count_interval"),
    )
    op.create_index(op.f("ix_trail_count_counter_id"), "trail_count", ["counter_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_trail_count_counter_id"), table_name="trail_count")
    op.drop_table("trail_count")
    op.drop_index(op.f("ix_trail_counter_trail_id"), table_name="trail_counter")
    op.drop_table("trail_counter")
