"""Writing a sealed backup: SQLite's online copy, or every table's rows in one
transaction. A backup writes nothing to the database it reads.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import SQLAlchemyError

from destination_norberg import __version__
from destination_norberg.store.backup.fileformat import (
    CHUNK_ROWS,
    DIGEST_LEN,
    FORMAT,
    FORMAT_VERSION,
    KIND_ROWS,
    KIND_SQLITE,
    MANIFEST,
    READ_BYTES,
    SEAL_PREFIX,
    SQLITE_MEMBER,
    TABLES_FOLDER,
    BackupError,
    BackupInfo,
    encode_value,
    fsync_dir,
    info_of,
    ordered_select,
    reason,
    reflect_tables,
    seal_file,
    sqlite_counts,
)
from destination_norberg.store.backup.temporaries import clean_stale_temporaries, temp_prefix
from destination_norberg.store.backup.where import automatic_backup_path, source_name, sqlite_path
from destination_norberg.store.database import make_engine


class _HashingWriter:
    """Counts and hashes what is written through it (a zip member)."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.sha = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> None:
        self.raw.write(data)
        self.sha.update(data)
        self.size += len(data)


def _file_sha256(path: Path) -> tuple[str, int]:
    sha = hashlib.sha256()
    size = 0
    with path.open("rb") as f:
        while chunk := f.read(READ_BYTES):
            sha.update(chunk)
            size += len(chunk)
    return sha.hexdigest(), size


def _copy_sqlite(engine: Engine, dest: Path) -> tuple[str | None, dict[str, int]]:
    """SQLite's online backup into `dest` (one step: one consistent snapshot)."""
    raw = engine.raw_connection()
    try:
        target = sqlite3.connect(dest)
        try:
            raw.driver_connection.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # the copy is one file
            check = target.execute("PRAGMA quick_check").fetchall()
            if check != [("ok",)]:
                raise BackupError("The database failed SQLite's integrity check, so no backup "
                                  f"was written: {check[0][0]}")
            return sqlite_counts(target)
        finally:
            target.close()
    finally:
        raw.close()


def _dump_rows(conn: Connection, zf: zipfile.ZipFile) -> tuple[dict, dict[str, int], dict]:
    members: dict[str, dict] = {}
    counts: dict[str, int] = {}
    tables: dict[str, dict] = {}
    for table in reflect_tables(conn):
        name = f"{TABLES_FOLDER}{table.name}.jsonl"
        n = 0
        with zf.open(name, "w", force_zip64=True) as raw:
            out = _HashingWriter(raw)
            for row in conn.execute(ordered_select(table)
                                    .execution_options(yield_per=CHUNK_ROWS)):
                line = json.dumps([encode_value(v) for v in row], ensure_ascii=False,
                                  separators=(",", ":"))
                out.write(line.encode("utf-8") + b"\n")
                n += 1
        members[name] = {"size": out.size, "sha256": out.sha.hexdigest()}
        counts[table.name] = n
        tables[table.name] = {"member": name, "columns": [c.name for c in table.columns]}
    return members, counts, tables


def backup(target: Engine | str, out: Path, *, rows: bool | None = None) -> BackupInfo:
    """Write a sealed backup of the database to `out` (replaced atomically if it exists).

    SQLite files are copied with the online backup API; other databases are dumped table by
    table in one transaction (`rows=True` asks for that on SQLite too). The database is only
    read. BackupError (a DatabaseError) says why when there is nothing to back up or the
    file cannot be written.
    """
    engine, own = (make_engine(target), True) if isinstance(target, str) else (target, False)
    out = Path(out)
    try:
        return _backup(engine, out, rows)
    except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
        raise BackupError(f"The backup {out.name} could not be written: "
                          f"{reason(exc)}") from exc
    finally:
        if own:
            engine.dispose()


def _backup(engine: Engine, out: Path, rows: bool | None) -> BackupInfo:
    from destination_norberg.store.migrate import current_revision

    path = sqlite_path(engine)
    if path is not None and not path.exists():  # look, never create
        raise BackupError(f"There is no database at {path}.")
    revision = current_revision(engine)  # a foreign database is refused here, untouched
    if revision is None:
        raise BackupError("There is nothing to back up: the database is empty.")
    is_sqlite = engine.url.get_backend_name() == "sqlite"
    as_rows = (not is_sqlite) if rows is None else rows
    out.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    clean_stale_temporaries(out.parent)
    with tempfile.TemporaryDirectory(prefix=temp_prefix("backup"), dir=out.parent) as tmp:
        work = Path(tmp)
        zip_path = work / "backup.zip"
        created = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
        manifest: dict[str, Any] = {
            "format": FORMAT, "format_version": FORMAT_VERSION,
            "program": f"destination-norberg {__version__}", "created_at": created,
            "source": source_name(engine), "backend": engine.url.get_backend_name(),
            "kind": KIND_ROWS if as_rows else KIND_SQLITE,
        }
        with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_DEFLATED,
                             allowZip64=True) as zf:
            if as_rows:
                options: dict[str, Any] = {}
                if engine.url.get_backend_name() == "postgresql":
                    options = {"isolation_level": "REPEATABLE READ",
                               "postgresql_readonly": True}
                with engine.connect().execution_options(**options) as conn, conn.begin():
                    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
                    revision = row[0] if row else revision
                    members, counts, tables = _dump_rows(conn, zf)
                manifest["tables"] = tables
            else:
                copy = work / SQLITE_MEMBER
                copied_revision, counts = _copy_sqlite(engine, copy)
                revision = copied_revision or revision
                digest, size = _file_sha256(copy)
                zf.write(copy, SQLITE_MEMBER)
                copy.unlink()
                members = {SQLITE_MEMBER: {"size": size, "sha256": digest}}
            manifest |= {"schema_revision": revision, "row_counts": counts,
                         "members": members}
            zf.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
            zf.comment = SEAL_PREFIX + b"0" * DIGEST_LEN
        seal = seal_file(zip_path)
        size = zip_path.stat().st_size
        os.chmod(zip_path, 0o600)  # a backup holds personal data: owner-only
        os.replace(zip_path, out)
    fsync_dir(out.parent)
    return info_of(out, manifest, seal, size)


def backup_before_migration(engine: Engine, revision: str) -> Path:
    """The automatic backup that ensure_schema takes before it migrates; its path. Older
    automatic backups beyond the retention are pruned (store.backup.retention)."""
    from destination_norberg.store.backup.retention import prune_automatic_backups

    path = automatic_backup_path(engine, revision)
    backup(engine, path)
    with contextlib.suppress(Exception):  # pruning never stops a migration
        prune_automatic_backups(path.parent)
    return path
