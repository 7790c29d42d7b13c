"""map layers: reference layers the user imports, with their features

Revision ID: 0003_map_layers
Revises: 0002_race_courses
Create Date: 2026-11-26 21:15:00

New tables only: every existing row is kept as it is.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_map_layers"
down_revision = "0002_race_courses"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "map_layer",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("source_crs", sa.String(length=200), nullable=False),
        sa.Column("geometry_type", sa.String(length=40), nullable=False),
        sa.Column("colour", sa.String(length=9), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_map_layer")),
        sa.UniqueConstraint("uid", name=op.f("uq_map_layer_uid")),
    )
    op.create_table(
        "map_feature",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("layer_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("geom", sa.LargeBinary(), nullable=False),
        sa.Column("properties", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["layer_id"], ["map_layer.id"],
                                name=op.f("fk_map_feature_layer_id_map_layer"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_map_feature")),
    )
    with op.batch_alter_table("map_feature", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_map_feature_layer_id"), ["layer_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("map_feature", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_map_feature_layer_id"))
    op.drop_table("map_feature")
    op.drop_table("map_layer")
