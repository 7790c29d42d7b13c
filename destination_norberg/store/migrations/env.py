"""Alembic environment: run inside the program, on the connection the caller hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from destination_norberg.store import models  # noqa: F401 - registers every table
from destination_norberg.store.base import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # `alembic` command line during development
        url = config.get_main_option("sqlalchemy.url") or "sqlite:///dev-migrations.sqlite"
        with create_engine(url).begin() as conn:
            _migrate(conn)
    else:
        _migrate(connection)


def _migrate(connection: Connection) -> None:
    # Batch mode: SQLite alters tables by copy-and-move, so migrations work on both engines.
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=True, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


run()
