"""race courses for go/no-go: the ways each race can be run

Revision ID: 0002_race_courses
Revises: 0001_initial
Create Date: 2026-11-26 19:42:46

A new table only: every existing row is kept as it is.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_race_courses"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "race_course",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("loop_km", sa.Float(), nullable=False),
        sa.Column("laps", sa.Integer(), nullable=False),
        sa.Column("natural_course", sa.Boolean(), nullable=False),
        sa.Column("trail_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"],
                                name=op.f("fk_race_course_event_id_event"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["trail_id"], ["trail.id"],
                                name=op.f("fk_race_course_trail_id_trail"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_race_course")),
        sa.UniqueConstraint("uid", name=op.f("uq_race_course_uid")),
    )
    with op.batch_alter_table("race_course", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_race_course_event_id"), ["event_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("race_course", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_race_course_event_id"))
    op.drop_table("race_course")
