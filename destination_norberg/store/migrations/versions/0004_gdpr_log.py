"""gdpr log: exports and erasures of a person's data; indexes for the network

Revision ID: 0004_gdpr_log
Revises: 0003_map_layers
Create Date: 2026-11-27 10:00:00

A new table and two new indexes only (a person's interactions; each organisation's last
contact and next follow-up): every existing row is kept as it is.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_gdpr_log"
down_revision = "0003_map_layers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "gdpr_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("person_uid", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gdpr_log")),
    )
    with op.batch_alter_table("gdpr_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_gdpr_log_person_uid"), ["person_uid"],
                              unique=False)
    with op.batch_alter_table("interaction_person", schema=None) as batch_op:
        batch_op.create_index("ix_interaction_person_person_id", ["person_id"], unique=False)
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.create_index("ix_interaction_contact", ["organisation_id", "occurred_on",
                                                         "follow_up_done", "follow_up_on"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_index("ix_interaction_contact")
    with op.batch_alter_table("interaction_person", schema=None) as batch_op:
        batch_op.drop_index("ix_interaction_person_person_id")
    with op.batch_alter_table("gdpr_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_gdpr_log_person_uid"))
    op.drop_table("gdpr_log")
