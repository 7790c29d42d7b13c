"""e-mail to the network: a person's opt-out day, the mailings and their recipients

Revision ID: 0012_mail
Revises: 0011_trail_counters
Create Date: 2026-12-06 17:00:00

One nullable column on person (every row kept, no opt-out recorded) and two new tables.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_mail"
down_revision = "0011_trail_counters"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("person", sa.Column("mail_opt_out_on", sa.Date(), nullable=True))
    op.create_table(
        "mailing",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("lang", sa.String(length=2), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("selection", sa.Text(), nullable=False),
        sa.Column("package_id", sa.Integer(), nullable=True),
        sa.Column("package_revision", sa.Integer(), nullable=True),
        sa.Column("author", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(["package_id"], ["package.id"],
                                name=op.f("fk_mailing_package_id_package"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mailing")),
    )
    op.create_index(op.f("ix_mailing_package_id"), "mailing", ["package_id"])
    op.create_table(
        "mail_recipient",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mailing_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("address", sa.String(length=254), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("message_id", sa.String(length=254), nullable=False),
        sa.ForeignKeyConstraint(["mailing_id"], ["mailing.id"],
                                name=op.f("fk_mail_recipient_mailing_id_mailing"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_mail_recipient_person_id_person"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_recipient")),
        sa.UniqueConstraint("mailing_id", "person_id", name="uq_mail_recipient_person"),
    )
    op.create_index(op.f("ix_mail_recipient_mailing_id"), "mail_recipient", ["mailing_id"])
    op.create_index(op.f("ix_mail_recipient_person_id"), "mail_recipient", ["person_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_mail_recipient_person_id"), table_name="mail_recipient")
    op.drop_index(op.f("ix_mail_recipient_mailing_id"), table_name="mail_recipient")
    op.drop_table("mail_recipient")
    op.drop_index(op.f("ix_mailing_package_id"), table_name="mailing")
    op.drop_table("mailing")
    # Not a batch: on SQLite that copies the person table, and dropping the old copy would
    # cascade to every interaction_person row. SQLite 3.35+ drops the column in place.
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE person DROP COLUMN mail_opt_out_on")
    else:
        op.drop_column("person", "mail_opt_out_on")
