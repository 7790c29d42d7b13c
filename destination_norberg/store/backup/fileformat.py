"""What a backup file is: its names and seal, its errors and results, values as JSON.

Shared by writing (store.backup.writing), verifying (store.backup.verifying) and restoring
(store.backup.restoring); the format itself is described in store.backup.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, MetaData, Table, select

from destination_norberg.store.database import DatabaseError, first_line

FORMAT = "destination-norberg-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SQLITE_MEMBER = "database.sqlite"
TABLES_FOLDER = "tables/"
SEAL_PREFIX = b"destination-norberg-backup sha256="
DIGEST_LEN = 64
BEFORE_RESTORE = ".before-restore"
KIND_SQLITE = "sqlite"  # a copy of the SQLite file
KIND_ROWS = "rows"  # the rows of every table, as JSON lines
CHUNK_ROWS = 1000
READ_BYTES = 1 << 20
_SKIP_TABLES = {"alembic_version", "sqlite_sequence", "sqlite_stat1"}


class BackupError(DatabaseError):
    """A backup that cannot be written, or a file that cannot be verified: one line, why."""


class NotEmptyError(BackupError):
    """The database to restore into holds data, and replacing it was not asked for."""


@dataclass(frozen=True)
class BackupInfo:
    """What a verified backup holds."""

    path: Path
    kind: str  # KIND_SQLITE or KIND_ROWS
    schema_revision: str
    row_counts: dict[str, int]
    created_at: str  # ISO 8601, UTC
    program: str
    source: str  # the database it was taken from (file or database name, no password)
    sha256: str  # the seal: SHA-256 of the file before its digest
    size: int

    @property
    def total_rows(self) -> int:
        return sum(self.row_counts.values())


@dataclass(frozen=True)
class RestoreResult:
    backup: BackupInfo
    schema_revision: str  # of the database after the restore (this program's)
    replaced: bool  # there was data, and it was replaced
    kept_as: Path | None = None  # the SQLite file that was replaced, kept
    row_counts: dict[str, int] = field(default_factory=dict)  # after the restore
    #: uids the register of erasures (store.erasures) erased again in the restored data
    erasures_reapplied: tuple[str, ...] = ()
    #: set when the backup is older than the last erasure (store.erasures.restore_warning)
    warning: str = ""


def encode_value(value: Any) -> Any:
    """A column value as JSON: tagged ({"$t": …}) where JSON has no such type."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if value == value and value not in (float("inf"), float("-inf")) \
            else {"$f": repr(value)}
    if isinstance(value, datetime):
        return {"$t": value.isoformat()}
    if isinstance(value, date):
        return {"$d": value.isoformat()}
    if isinstance(value, time):
        return {"$tm": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$n": str(value)}
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$b": base64.b64encode(bytes(value)).decode("ascii")}
    raise BackupError(f"A value of type {type(value).__name__} cannot be written to a backup.")


def decode_value(value: Any, sqlite_target: bool, aware: bool) -> Any:
    """`encode_value` undone, times made to suit the target column (naive UTC on SQLite)."""
    if not isinstance(value, dict):
        return value
    (tag, body), = value.items()
    if tag == "$t":
        dt = datetime.fromisoformat(body)
        if dt.tzinfo is not None and (sqlite_target or not aware):
            return dt.astimezone(UTC).replace(tzinfo=None)
        if dt.tzinfo is None and aware and not sqlite_target:
            return dt.replace(tzinfo=UTC)
        return dt
    if tag == "$d":
        return date.fromisoformat(body)
    if tag == "$tm":
        return time.fromisoformat(body)
    if tag == "$n":
        return Decimal(body)
    if tag == "$b":
        return base64.b64decode(body.encode("ascii"), validate=True)
    if tag == "$f":
        return float(body)
    raise ValueError(f"unknown value tag {tag}")


def seal_file(path: Path) -> str:
    """Write the digest of everything before it into the zip comment's placeholder."""
    with path.open("r+b") as f:
        f.seek(0, os.SEEK_END)
        end = f.tell()
        f.seek(0)
        sha = hashlib.sha256()
        left = end - DIGEST_LEN
        while left > 0:
            chunk = f.read(min(READ_BYTES, left))
            sha.update(chunk)
            left -= len(chunk)
        digest = sha.hexdigest()
        f.seek(end - DIGEST_LEN)
        f.write(digest.encode("ascii"))
        f.flush()
        os.fsync(f.fileno())
    return digest


def fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform or file system can
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def user_tables(names: list[str]) -> list[str]:
    return sorted(n for n in names if n not in _SKIP_TABLES and not n.startswith("sqlite_"))


def sqlite_counts(conn: sqlite3.Connection) -> tuple[str | None, dict[str, int]]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
    revision = None
    if "alembic_version" in names:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    counts = {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]
              for n in user_tables(names)}
    return revision, counts


def reflect_tables(conn: Connection) -> list[Table]:
    md = MetaData()
    md.reflect(bind=conn)
    return [t for t in md.sorted_tables if t.name in user_tables([t.name])]


def ordered_select(table: Table) -> Any:
    key = list(table.primary_key.columns) or list(table.columns)
    return select(*table.columns).order_by(*key)


def reason(exc: BaseException) -> str:
    from destination_norberg.store.database import FAULT_CLAUSES, fault_of

    fault = fault_of(exc)
    if fault is not None:
        return FAULT_CLAUSES[fault]
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror} ({exc.filename or ''})".replace(" ()", "")
    return first_line(exc)


def info_of(path: Path, manifest: dict, seal: str, size: int) -> BackupInfo:
    return BackupInfo(path=path, kind=manifest["kind"],
                      schema_revision=manifest["schema_revision"],
                      row_counts=dict(manifest["row_counts"]), created_at=manifest["created_at"],
                      program=manifest.get("program", ""), source=manifest.get("source", ""),
                      sha256=seal, size=size)
