"""Restoring a verified backup: an SQLite file swapped in with one rename, or a server
database loaded in one transaction (all of it, or on any error none of it).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, MetaData, Table, func, inspect, select, text, update
from sqlalchemy.exc import SQLAlchemyError

from destination_norberg.store import erasures, gdpr
from destination_norberg.store.backup.fileformat import (
    BEFORE_RESTORE,
    CHUNK_ROWS,
    BackupError,
    NotEmptyError,
    RestoreResult,
    decode_value,
    encode_value,
    fsync_dir,
    ordered_select,
    reason,
    reflect_tables,
    user_tables,
)
from destination_norberg.store.backup.temporaries import clean_stale_temporaries, temp_prefix
from destination_norberg.store.backup.verifying import Verified, refuse, verify_into
from destination_norberg.store.backup.where import plain_sqlite_file, source_name
from destination_norberg.store.database import DatabaseError, first_line, make_engine
from destination_norberg.store.schema_version import HEAD_REVISION


def _counts(conn: Connection) -> dict[str, int]:
    names = user_tables(inspect(conn).get_table_names())
    q = conn.dialect.identifier_preparer.quote
    return {n: conn.execute(text(f"SELECT count(*) FROM {q(n)}")).scalar_one() for n in names}


def _target_state(engine: Engine) -> tuple[str | None, bool]:
    """(stored revision, holds rows); a foreign database is refused untouched."""
    from destination_norberg.store.migrate import current_revision

    revision = current_revision(engine)
    if revision is None:
        return None, False
    try:
        with engine.connect() as conn:
            return revision, any(_counts(conn).values())
    except SQLAlchemyError as exc:
        raise DatabaseError(f"Cannot read the database: {first_line(exc)}") from exc


def restore(target: Engine | str, file: Path, *, replace: bool = False,
            register: erasures.Register | None = None) -> RestoreResult:
    """Verify `file`, then restore it into the database; see the module doc.

    A database that holds data is replaced only with `replace=True` (else NotEmptyError).
    An engine handed in has its pool emptied (its connections would see the old file).
    The target's register of erasures (or `register`) is re-applied to the restored data.
    """
    engine, own = (make_engine(target), True) if isinstance(target, str) else (target, False)
    file = Path(file)
    try:
        register = register if register is not None else _register(engine, file)
        path = plain_sqlite_file(engine)
        folder = path.parent if path is not None else None
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            clean_stale_temporaries(folder)
        with tempfile.TemporaryDirectory(prefix=temp_prefix("restore"), dir=folder) as tmp:
            work = Path(tmp)
            verified = verify_into(file, work)
            has_rows = False if path is not None and not path.exists() \
                else _target_state(engine)[1]
            if has_rows and not replace:
                raise NotEmptyError(
                    f"The database {source_name(engine)} already holds data, and restoring "
                    f"{file.name} would replace all of it; nothing was changed.")
            try:
                if path is not None:
                    return _restore_sqlite_file(engine, path, verified, work, has_rows,
                                                register)
                after = _load_rows_in_one_transaction(engine, verified, work)
            except (ValueError, TypeError, KeyError) as exc:  # a value the backup cannot hold
                raise refuse(file, f"a value in it is damaged ({exc})") from exc
            again = gdpr.reapply(engine, register)
            return RestoreResult(verified.info, HEAD_REVISION, has_rows, None, after,
                                 again.erased, erasures.restore_warning(engine, file))
    except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
        raise BackupError(f"{file.name} could not be restored: {reason(exc)}; nothing was "
                          "changed.") from exc
    finally:
        if own:
            engine.dispose()


def restore_warning(target: Engine | str, file: Path) -> str:
    """Before a restore: a warning when `file` is older than the target's last erasure
    ("" otherwise). The restore erases those people again; the user should know."""
    engine, own = (make_engine(target), True) if isinstance(target, str) else (target, False)
    try:
        return erasures.restore_warning(engine, Path(file))
    finally:
        if own:
            engine.dispose()


def _register(engine: Engine, file: Path) -> erasures.Register:
    """The target's register of erasures; a damaged one stops the restore (it would bring
    erased people back unnoticed)."""
    where = erasures.register_path(engine)
    try:
        return erasures.load(where)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BackupError(f"{file.name} was not restored: the register of erasures {where} "
                          f"cannot be read ({exc}), and without it people erased since the "
                          "backup would come back; nothing was changed.") from exc


def _restore_sqlite_file(engine: Engine, path: Path, verified: Verified, work: Path,
                         has_rows: bool, register: erasures.Register) -> RestoreResult:
    from destination_norberg.store.migrate import upgrade_schema

    new = work / "restored.sqlite"
    if verified.database is not None:
        os.replace(verified.database, new)
    else:  # a table-by-table backup (from a server) into a new SQLite file
        built = make_engine(f"sqlite:///{new}")
        try:
            _load_rows_in_one_transaction(built, verified, work)
        finally:
            built.dispose()
    built = make_engine(f"sqlite:///{new}")
    try:
        upgrade_schema(built)  # an older schema is migrated (the file is its own backup);
        again = gdpr.reapply(built, register)  # erased people stay erased
        with built.connect() as conn:
            after = _counts(conn)
    finally:
        built.dispose()
    os.chmod(new, 0o600)  # owner-only, as the file it replaces should have been
    conn = sqlite3.connect(new, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")  # one file to swap in; WAL on next open
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise BackupError("The restored database failed SQLite's integrity check; "
                              "nothing was changed.")
    finally:
        conn.close()
    with open(new, "rb+") as f:
        os.fsync(f.fileno())
    kept = _swap_in(engine, path, new)
    return RestoreResult(verified.info, HEAD_REVISION, has_rows, kept, after, again.erased,
                         erasures.restore_warning(engine, verified.info.path))


def _swap_in(engine: Engine, path: Path, new: Path) -> Path | None:
    """Put `new` in place of `path` with one rename; the old file is kept beside it."""
    engine.dispose()  # our own connections would keep the old file (and block the switch)
    if not path.exists():
        os.replace(new, path)
        fsync_dir(path.parent)
        return None
    from destination_norberg.store.database import default_busy_timeout_ms

    kept = path.with_name(path.name + BEFORE_RESTORE)
    conn = sqlite3.connect(path, timeout=default_busy_timeout_ms() / 1000,
                           isolation_level=None)
    try:
        # Leaving WAL needs the only connection to the file: another program that has it
        # open (a window) makes this fail as "busy" instead of losing what it writes.
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise BackupError("The database is busy: another program has it open; close it "
                              "and try again. Nothing was changed.")
        conn.execute("BEGIN EXCLUSIVE")  # no one reads or writes while the file is swapped
        try:
            tmp_kept = path.with_name(f".{path.name}.kept-{os.getpid()}")  # temporaries.py
            with contextlib.suppress(FileNotFoundError):
                tmp_kept.unlink()
            try:
                os.link(path, tmp_kept)
            except OSError:  # no hard links here (some shares): a copy does
                shutil.copy2(path, tmp_kept)
            os.replace(tmp_kept, kept)
            os.chmod(kept, 0o600)
            os.replace(new, path)
            fsync_dir(path.parent)
        finally:
            conn.execute("ROLLBACK")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm", "-journal"):  # the old file's, if any were left
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()
    return kept


def _rows_of(verified: Verified, work: Path) -> Iterator[tuple[str, list[str], Iterator]]:
    """(table, columns, rows of JSON-ready values) for every table of the backup."""
    if verified.database is None:
        for table, (columns, dest) in verified.tables.items():
            yield table, columns, _jsonl_rows(dest)
        return
    source = make_engine(f"sqlite:///{verified.database}")
    try:
        with source.connect() as conn:
            for table in reflect_tables(conn):
                rows = (tuple(encode_value(v) for v in r) for r in conn.execute(
                    ordered_select(table).execution_options(yield_per=CHUNK_ROWS)))
                yield table.name, [c.name for c in table.columns], rows
    finally:
        source.dispose()


def _jsonl_rows(dest: Path) -> Iterator[list]:
    with dest.open("rb") as f:
        for line in f:
            yield json.loads(line)


def _load_rows_in_one_transaction(engine: Engine, verified: Verified,
                                  work: Path) -> dict[str, int]:
    """Drop this database's tables, load the backup at its schema, migrate: one transaction."""
    from alembic import command

    from destination_norberg.store.migrate import alembic_config

    revision = verified.manifest["schema_revision"]
    expected = verified.info.row_counts
    sqlite_target = engine.url.get_backend_name() == "sqlite"
    with engine.execution_options(sqlite_begin="IMMEDIATE").begin() as conn:
        old = MetaData()
        old.reflect(bind=conn)
        old.drop_all(bind=conn)
        command.upgrade(alembic_config(conn), revision)
        tables = {t.name: t for t in reflect_tables(conn)}
        missing = set(expected) - set(tables)
        if missing:
            raise BackupError(f"The backup's table {min(missing)} is not in schema {revision}; "
                              "nothing was changed.")
        for name, columns, rows in _rows_of(verified, work):
            table = tables[name]
            unknown = [c for c in columns if c not in table.c]
            if unknown:
                raise BackupError(f"The backup's column {name}.{unknown[0]} is not in schema "
                                  f"{revision}; nothing was changed.")
            _insert_table(conn, table, columns, rows, sqlite_target)
        if not sqlite_target and conn.dialect.name == "postgresql":
            _reset_sequences(conn, tables.values())
        loaded = _counts(conn)
        for name, n in expected.items():
            if loaded.get(name) != n:
                raise BackupError(f"The table {name} holds {loaded.get(name)} rows after the "
                                  f"restore, the backup {n}; nothing was changed.")
        if revision != HEAD_REVISION:
            command.upgrade(alembic_config(conn), "head")
        return _counts(conn)


def _insert_table(conn: Connection, table: Table, columns: list[str], rows: Iterator,
                  sqlite_target: bool) -> None:
    """Insert in chunks; a reference to the same table is set afterwards (any row order)."""
    aware = [getattr(table.c[c].type, "timezone", False) for c in columns]
    self_refs = [fk.parent.name for fk in table.foreign_keys
                 if fk.column.table is table and fk.parent.nullable and fk.parent.name in columns]
    keys = [c.name for c in table.primary_key.columns]
    later: list[dict[str, Any]] = []
    chunk: list[dict[str, Any]] = []
    for values in rows:
        row = {c: decode_value(v, sqlite_target, a) for c, v, a in zip(columns, values, aware,
                                                                  strict=True)}
        if self_refs and any(row[c] is not None for c in self_refs):
            later.append({**{f"k_{k}": row[k] for k in keys},
                          **{f"v_{c}": row[c] for c in self_refs}})
            row.update(dict.fromkeys(self_refs))
        chunk.append(row)
        if len(chunk) >= CHUNK_ROWS:
            conn.execute(table.insert(), chunk)
            chunk = []
    if chunk:
        conn.execute(table.insert(), chunk)
    if later:
        from sqlalchemy import bindparam

        stmt = update(table).where(*(table.c[k] == bindparam(f"k_{k}") for k in keys)) \
            .values({c: bindparam(f"v_{c}") for c in self_refs})
        conn.execute(stmt, later)


def _reset_sequences(conn: Connection, tables: Any) -> None:
    """PostgreSQL: each id sequence continues after the restored ids."""
    for table in tables:
        pk = list(table.primary_key.columns)
        try:
            if len(pk) != 1 or pk[0].type.python_type is not int:
                continue
        except NotImplementedError:
            continue
        seq = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                           {"t": table.name, "c": pk[0].name}).scalar()
        if seq:
            top = conn.execute(select(func.max(pk[0]))).scalar()
            conn.execute(text("SELECT setval(:s, :v, :called)"),
                         {"s": seq, "v": top or 1, "called": top is not None})
