"""volunteers (funktionärer): shifts per event and place, the people on them, the list

Revision ID: 0010_volunteers
Revises: 0009_beds_participants
Create Date: 2026-12-06 15:00:00

New tables only (plain CREATE TABLE): every existing row is kept as it is. A volunteer who is
not in the business network is an ordinary person (legal basis and consent date as every
person has them) whom a `volunteer` row puts on the volunteer list.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_volunteers"
down_revision = "0009_beds_participants"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "volunteer_shift",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=120), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("needed", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"],
                                name=op.f("fk_volunteer_shift_event_id_event"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_shift")),
        sa.UniqueConstraint("uid", name=op.f("uq_volunteer_shift_uid")),
    )
    op.create_index(op.f("ix_volunteer_shift_event_id"), "volunteer_shift", ["event_id"])
    op.create_table(
        "volunteer_assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["shift_id"], ["volunteer_shift.id"],
                                name=op.f("fk_volunteer_assignment_shift_id_volunteer_shift"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_volunteer_assignment_person_id_person"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_assignment")),
        sa.UniqueConstraint("shift_id", "person_id",
                            name="uq_volunteer_assignment_shift_person"),
    )
    op.create_index(op.f("ix_volunteer_assignment_shift_id"), "volunteer_assignment",
                    ["shift_id"])
    op.create_index(op.f("ix_volunteer_assignment_person_id"), "volunteer_assignment",
                    ["person_id"])
    op.create_table(
        "volunteer",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role_wish", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_volunteer_person_id_person"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_volunteer")),
    )


def downgrade() -> None:
    op.drop_table("volunteer")
    op.drop_index(op.f("ix_volunteer_assignment_person_id"), table_name="volunteer_assignment")
    op.drop_index(op.f("ix_volunteer_assignment_shift_id"), table_name="volunteer_assignment")
    op.drop_table("volunteer_assignment")
    op.drop_index(op.f("ix_volunteer_shift_event_id"), table_name="volunteer_shift")
    op.drop_table("volunteer_shift")
