"""the year in the window: archived seasons, a trail's life, how a package part is priced

Revision ID: 0007_year_in_window
Revises: 0006_weather_readings
Create Date: 2026-12-06 11:00:00

Columns only, each with a server default, so every existing row is kept and reads as before:
- season.archived: false (an archived season is hidden from pickers, never deleted);
- trail.lifecycle: 'oppen' (every trail stored so far was an open trail);
- package_component.price_basis: 'per_package' — the old rule divided every component by
  the package's head count, which is exactly a once-per-package price, so existing packages
  keep their figures until the coordinator says a part is per person or per unit;
  package_component.occupancy: persons one unit (room, cabin) holds, for 'per_unit' parts.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_year_in_window"
down_revision = "0006_weather_readings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, not batch mode: SQLite adds a NOT NULL column with a constant default
    # in place, whereas a batch copy drops the old table and its ON DELETE SET NULL would
    # empty event.season_id (test_migrate_previous caught exactly that).
    op.add_column("season", sa.Column("archived", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    op.add_column("trail", sa.Column("lifecycle", sa.String(length=16), nullable=False,
                                     server_default="oppen"))
    op.add_column("package_component", sa.Column("price_basis", sa.String(length=16),
                                                 nullable=False, server_default="per_package"))
    op.add_column("package_component", sa.Column("occupancy", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("package_component") as batch:
        batch.drop_column("occupancy")
        batch.drop_column("price_basis")
    with op.batch_alter_table("trail") as batch:
        batch.drop_column("lifecycle")
    with op.batch_alter_table("season") as batch:
        batch.drop_column("archived")
