"""destination setting: destination-wide settings such as the stale-report threshold

Revision ID: 0005_destination_setting
Revises: 0004_gdpr_log
Create Date: 2026-12-06 09:00:00

A new table only: every existing row is kept as it is. It starts empty, which means every
setting has its default (a report older than 7 days is stale), as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_destination_setting"
down_revision = "0004_gdpr_log"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "destination_setting",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_destination_setting")),
    )


def downgrade() -> None:
    op.drop_table("destination_setting")
