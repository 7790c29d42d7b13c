"""A database made by the previous release's schema keeps every row of every table when this
program opens it (issue 8: "a test migrates a database made by the previous release's schema").

The database is built by the migrations up to the revision before head, and EVERY table it
has gets two rows, written with Core inserts on the reflected tables (no ORM: the models are
head's), each column given a value of its type and each reference pointing at a row of the
referenced table (the second event is the first one's child). Then ensure_schema brings it
to head, and each table must hold exactly the rows it held, column for column, for every
column that existed before. The test follows the schema by itself: a new release moves the
"previous" revision along, and a type it has no sample value for fails loudly here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import Connection, MetaData, Table, inspect, select

from destination_norberg.store.backup import backups_dir, verify_backup
from destination_norberg.store.base import Base
from destination_norberg.store.database import make_engine
from destination_norberg.store.migrate import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    alembic_config,
    current_revision,
)
from destination_norberg.store.schema import ensure_schema

pytestmark = pytest.mark.both_engines

PREVIOUS = KNOWN_REVISIONS[-2]
ROWS_PER_TABLE = 2


def sample(column: sa.Column, table: Table, k: int, sqlite: bool) -> object:
    """A value of the column's type, different for each k (so unique columns stay unique)."""
    kind = column.type
    if isinstance(kind, sa.Boolean):
        return k % 2 == 0
    if isinstance(kind, sa.Integer):
        return 100 * k + 7
    if isinstance(kind, sa.Float):
        return k + 0.25
    if isinstance(kind, sa.Numeric):
        return Decimal("1234.50") + k
    if isinstance(kind, sa.DateTime):
        at = datetime(2026, 11, k, 6, 30, 15, 123456, tzinfo=UTC)
        return at.replace(tzinfo=None) if sqlite or not kind.timezone else at
    if isinstance(kind, sa.Date):
        return date(2026, 11, k)
    if isinstance(kind, sa.Time):
        return time(11, k, 30)
    if isinstance(kind, sa.LargeBinary):
        return bytes([1, 1, 0, 0, 0, k, 255, 0])
    if isinstance(kind, sa.String):
        text = f"{k} {table.name}.{column.name} åäö"
        return text[: kind.length] if kind.length else text
    raise AssertionError(f"no sample value for {table.name}.{column.name} ({kind!r}): add one")


def fill_every_table(conn: Connection) -> list[str]:
    """Two rows in every table of the schema as it is; the tables' names."""
    md = MetaData()
    md.reflect(bind=conn)
    sqlite = conn.dialect.name == "sqlite"
    written: dict[str, list[dict]] = {}
    tables = [t for t in md.sorted_tables if t.name != "alembic_version"]
    for table in tables:
        written[table.name] = []
        for k in range(1, ROWS_PER_TABLE + 1):
            row: dict[str, object] = {}
            for column in table.columns:
                fk = next(iter(column.foreign_keys), None)
                if fk is not None and fk.column.table is table:  # a tree: the first row is
                    parent = written[table.name][0][fk.column.name] if k > 1 else None
                    row[column.name] = parent                     # the second one's parent
                elif fk is not None:
                    row[column.name] = written[fk.column.table.name][k - 1][fk.column.name]
                elif column.primary_key and isinstance(column.type, sa.Integer):
                    row[column.name] = k
                else:
                    row[column.name] = sample(column, table, k, sqlite)
            conn.execute(table.insert().values(**row))
            written[table.name].append(row)
    return [t.name for t in tables]


def snapshot(conn: Connection, columns: dict[str, list[str]]) -> dict[str, list[tuple]]:
    md = MetaData()
    md.reflect(bind=conn, only=list(columns))
    out = {}
    for name, names in columns.items():
        table = md.tables[name]
        key = list(table.primary_key.columns) or [table.c[n] for n in names]
        out[name] = [tuple(r) for r in conn.execute(
            select(*(table.c[n] for n in names)).order_by(*key))]
    return out


def test_a_database_of_the_previous_release_keeps_every_row(blank_url: str) -> None:
    from alembic import command

    assert PREVIOUS != HEAD_REVISION
    engine = make_engine(blank_url)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), PREVIOUS)
        with engine.begin() as conn:
            tables = fill_every_table(conn)
        with engine.connect() as conn:
            insp = inspect(conn)
            columns = {t: [c["name"] for c in insp.get_columns(t)] for t in tables}
            before = snapshot(conn, columns)
        assert current_revision(engine) == PREVIOUS
        assert len(tables) >= 20  # every table of the previous release, not a chosen few
        assert all(len(rows) == ROWS_PER_TABLE for rows in before.values())

        assert ensure_schema(engine) == HEAD_REVISION

        assert current_revision(engine) == HEAD_REVISION
        assert set(inspect(engine).get_table_names()) == set(Base.metadata.tables) | {
            "alembic_version"}
        with engine.connect() as conn:
            after = snapshot(conn, columns)
        for table in tables:
            assert after[table] == before[table], table
    finally:
        engine.dispose()
    made = list(backups_dir().glob(f"*-{PREVIOUS}-*.zip"))  # the backup before migrating
    assert len(made) == 1
    info = verify_backup(made[0])
    assert info.schema_revision == PREVIOUS
    assert {t: n for t, n in info.row_counts.items() if t in before} == {
        t: ROWS_PER_TABLE for t in before}


def test_the_filled_tables_are_the_previous_schemas_tables(tmp_path: Path) -> None:
    """The filler reaches every table the previous revision has (none is left empty)."""
    from alembic import command

    engine = make_engine(f"sqlite:///{tmp_path / 'previous.sqlite'}")
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), PREVIOUS)
        with engine.begin() as conn:
            filled = set(fill_every_table(conn))
        names = set(inspect(engine).get_table_names()) - {"alembic_version"}
        assert filled == names
        with engine.connect() as conn:
            empty = [n for n in names
                     if conn.execute(sa.text(f'SELECT count(*) FROM "{n}"')).scalar_one() == 0]
        assert empty == []
    finally:
        engine.dispose()
