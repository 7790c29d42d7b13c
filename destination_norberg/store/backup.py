"""Backups that prove themselves, and restoring them (issue 8).

A backup is one zip file:

- `manifest.json`: the format, the program that wrote it, when (UTC), the schema revision,
  the row count of every table and the size and SHA-256 of every other member;
- `database.sqlite` (an SQLite database): a consistent copy made with SQLite's online backup
  API, so a backup may be taken while the window is open and writing;
- or `tables/<table>.jsonl` (any other database, e.g. PostgreSQL): the rows of each table,
  one JSON array a line in the manifest's column order, all read in one REPEATABLE READ,
  read-only transaction (one consistent moment);
- and the zip's comment seals the whole file: `destination-norberg-backup sha256=<hex>`,
  the SHA-256 of every byte before the digest, so that a cut-short file or any changed byte
  is found before anything is read from it.

`restore` verifies all of that first (the seal, the zip's own checksums, every member's
SHA-256, the schema revision — older ones are migrated after the restore, newer ones refused
— and the row counts, SQLite's integrity check on a copy) and refuses, in one line, whatever
it cannot verify. Only then does it write: into an SQLite file by building the restored
database in a temporary file beside it and swapping it in with one rename (the file it
replaced is kept as `<name>.before-restore`); into a server in one transaction that drops the
old tables, recreates the backup's schema, loads the rows and migrates to this program's
schema (all of it, or on any error none of it). A database that already holds data is
replaced only when asked (`replace=True`, the command line's `--yes`).

A backup writes nothing to the database it reads.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, Engine, MetaData, Table, func, inspect, select, text, update
from sqlalchemy.exc import SQLAlchemyError

from destination_norberg import __version__
from destination_norberg.store.database import DatabaseError, first_line, make_engine
from destination_norberg.store.schema_version import HEAD_REVISION, KNOWN_REVISIONS

FORMAT = "destination-norberg-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SQLITE_MEMBER = "database.sqlite"
TABLES_FOLDER = "tables/"
SEAL_PREFIX = b"destination-norberg-backup sha256="
_DIGEST_LEN = 64
BEFORE_RESTORE = ".before-restore"
KIND_SQLITE = "sqlite"  # a copy of the SQLite file
KIND_ROWS = "rows"  # the rows of every table, as JSON lines
_CHUNK_ROWS = 1000
_READ_BYTES = 1 << 20
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")
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


# --- where ---------------------------------------------------------------------------------


def backups_dir() -> Path:
    """The per-user folder of the automatic backups taken before a schema migration."""
    from destination_norberg.paths import user_data_dir

    return user_data_dir() / "backups"


def sqlite_path(engine: Engine) -> Path | None:
    """The file of an SQLite engine (also `file:…?uri=true` URLs); None for memory/servers."""
    url = engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    name = url.database
    if name.startswith("file:"):
        body, _, query = name[len("file:"):].partition("?")
        if "mode=memory" in query or str(url.query.get("mode", "")) == "memory":
            return None
        from urllib.parse import unquote

        return Path(unquote(body)) if body else None
    return Path(name)


def _plain_sqlite_file(engine: Engine) -> Path | None:
    """The file, when the URL opens it plainly (read-write, no URI options)."""
    url = engine.url
    path = sqlite_path(engine)
    if path is None or str(url.database).startswith("file:") or url.query:
        return None
    return path


def _source_name(engine: Engine) -> str:
    path = sqlite_path(engine)
    if path is not None:
        return path.name
    if engine.url.get_backend_name() == "sqlite":
        return "(in-memory SQLite)"
    url = engine.url
    return f"{url.get_backend_name()} {url.host or 'localhost'}/{url.database or ''}"


def _stem(engine: Engine) -> str:
    path = sqlite_path(engine)
    raw = path.stem if path is not None else (engine.url.database or "database")
    return re.sub(r"[^A-Za-z0-9._-]+", "_", raw).strip("._") or "database"


def automatic_backup_path(engine: Engine, revision: str, now: datetime | None = None) -> Path:
    """`backups/<db-stem>-<revision>-<UTC timestamp>.zip` in the per-user data folder."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    folder = backups_dir()
    path = folder / f"{_stem(engine)}-{revision}-{stamp}.zip"
    n = 2
    while path.exists():
        path = folder / f"{_stem(engine)}-{revision}-{stamp}-{n}.zip"
        n += 1
    return path


# --- values as JSON -------------------------------------------------------------------------


def _encode(value: Any) -> Any:
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


def _decode(value: Any, sqlite_target: bool, aware: bool) -> Any:
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


# --- writing --------------------------------------------------------------------------------


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
        while chunk := f.read(_READ_BYTES):
            sha.update(chunk)
            size += len(chunk)
    return sha.hexdigest(), size


def _seal(path: Path) -> str:
    """Write the digest of everything before it into the zip comment's placeholder."""
    with path.open("r+b") as f:
        f.seek(0, os.SEEK_END)
        end = f.tell()
        f.seek(0)
        sha = hashlib.sha256()
        left = end - _DIGEST_LEN
        while left > 0:
            chunk = f.read(min(_READ_BYTES, left))
            sha.update(chunk)
            left -= len(chunk)
        digest = sha.hexdigest()
        f.seek(end - _DIGEST_LEN)
        f.write(digest.encode("ascii"))
        f.flush()
        os.fsync(f.fileno())
    return digest


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform or file system can
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _user_tables(names: list[str]) -> list[str]:
    return sorted(n for n in names if n not in _SKIP_TABLES and not n.startswith("sqlite_"))


def _sqlite_counts(conn: sqlite3.Connection) -> tuple[str | None, dict[str, int]]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
    revision = None
    if "alembic_version" in names:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    counts = {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]
              for n in _user_tables(names)}
    return revision, counts


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
            return _sqlite_counts(target)
        finally:
            target.close()
    finally:
        raw.close()


def _reflect(conn: Connection) -> list[Table]:
    md = MetaData()
    md.reflect(bind=conn)
    return [t for t in md.sorted_tables if t.name in _user_tables([t.name])]


def _ordered_select(table: Table) -> Any:
    key = list(table.primary_key.columns) or list(table.columns)
    return select(*table.columns).order_by(*key)


def _dump_rows(conn: Connection, zf: zipfile.ZipFile) -> tuple[dict, dict[str, int], dict]:
    members: dict[str, dict] = {}
    counts: dict[str, int] = {}
    tables: dict[str, dict] = {}
    for table in _reflect(conn):
        name = f"{TABLES_FOLDER}{table.name}.jsonl"
        n = 0
        with zf.open(name, "w", force_zip64=True) as raw:
            out = _HashingWriter(raw)
            for row in conn.execute(_ordered_select(table)
                                    .execution_options(yield_per=_CHUNK_ROWS)):
                line = json.dumps([_encode(v) for v in row], ensure_ascii=False,
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
                          f"{_reason(exc)}") from exc
    finally:
        if own:
            engine.dispose()


def _reason(exc: BaseException) -> str:
    from destination_norberg.store.database import FAULT_CLAUSES, fault_of

    fault = fault_of(exc)
    if fault is not None:
        return FAULT_CLAUSES[fault]
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror} ({exc.filename or ''})".replace(" ()", "")
    return first_line(exc)


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
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f".{out.name}.", dir=out.parent) as tmp:
        work = Path(tmp)
        zip_path = work / "backup.zip"
        created = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
        manifest: dict[str, Any] = {
            "format": FORMAT, "format_version": FORMAT_VERSION,
            "program": f"destination-norberg {__version__}", "created_at": created,
            "source": _source_name(engine), "backend": engine.url.get_backend_name(),
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
            zf.comment = SEAL_PREFIX + b"0" * _DIGEST_LEN
        seal = _seal(zip_path)
        size = zip_path.stat().st_size
        os.replace(zip_path, out)
    _fsync_dir(out.parent)
    return _info(out, manifest, seal, size)


def _info(path: Path, manifest: dict, seal: str, size: int) -> BackupInfo:
    return BackupInfo(path=path, kind=manifest["kind"],
                      schema_revision=manifest["schema_revision"],
                      row_counts=dict(manifest["row_counts"]), created_at=manifest["created_at"],
                      program=manifest.get("program", ""), source=manifest.get("source", ""),
                      sha256=seal, size=size)


def backup_before_migration(engine: Engine, revision: str) -> Path:
    """The automatic backup that ensure_schema takes before it migrates; its path."""
    path = automatic_backup_path(engine, revision)
    backup(engine, path)
    return path


# --- verifying ------------------------------------------------------------------------------


@dataclass
class _Verified:
    info: BackupInfo
    manifest: dict
    database: Path | None  # KIND_SQLITE: the verified copy, extracted
    tables: dict[str, tuple[list[str], Path]]  # KIND_ROWS: columns and extracted file


def _refuse(path: Path, why: str) -> BackupError:
    return BackupError(f"{path.name} cannot be restored: {why}; nothing was changed.")


def _check_seal(path: Path) -> tuple[str, int]:
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(4)
            tail_len = len(SEAL_PREFIX) + _DIGEST_LEN
            if size < tail_len + 22:
                raise _refuse(path, "it is not a Destination Norberg backup")
            f.seek(size - tail_len)
            tail = f.read(tail_len)
            if not tail.startswith(SEAL_PREFIX):
                raise _refuse(path, _unsealed(path, head))
            stated = tail[len(SEAL_PREFIX):].decode("ascii", "replace")
            f.seek(0)
            sha = hashlib.sha256()
            left = size - _DIGEST_LEN
            while left > 0:
                chunk = f.read(min(_READ_BYTES, left))
                if not chunk:
                    break
                sha.update(chunk)
                left -= len(chunk)
    except FileNotFoundError:
        raise BackupError(f"There is no file {path}.") from None
    except IsADirectoryError:
        raise BackupError(f"{path} is a folder, not a backup file.") from None
    except OSError as exc:
        raise BackupError(f"{path.name} cannot be read: {exc.strerror}") from exc
    if sha.hexdigest() != stated:
        raise _refuse(path, "its checksum does not match: the file was changed or damaged "
                      "after it was written")
    return stated, size


def _unsealed(path: Path, head: bytes) -> str:
    """Why a file without the seal is refused: someone else's file, or ours cut short."""
    if head != b"PK\x03\x04":
        return "it is not a Destination Norberg backup"
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return "the file is incomplete (cut short) or damaged"
    if MANIFEST not in names:
        return "it is a zip file, but not a Destination Norberg backup"
    return "its seal is missing: the file is incomplete (cut short) or was changed"


def _extract(zf: zipfile.ZipFile, name: str, dest: Path, expect: dict, path: Path) -> None:
    sha = hashlib.sha256()
    size = 0
    try:
        with zf.open(name) as src, dest.open("wb") as out:
            while chunk := src.read(_READ_BYTES):
                sha.update(chunk)
                size += len(chunk)
                out.write(chunk)
    except KeyError:
        raise _refuse(path, f"{name}, named in its manifest, is missing") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise _refuse(path, f"{name} is damaged ({exc})") from exc
    if sha.hexdigest() != expect.get("sha256") or size != expect.get("size"):
        raise _refuse(path, f"{name} does not match its checksum in the manifest")


def _verify(path: Path, work: Path) -> _Verified:
    seal, size = _check_seal(path)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise _refuse(path, f"it is not a readable zip file ({exc})") from exc
    with zf:
        try:
            manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
        except KeyError:
            raise _refuse(path, "it has no manifest, so it is not a Destination Norberg "
                          "backup") from None
        except (zipfile.BadZipFile, ValueError, EOFError) as exc:
            raise _refuse(path, f"its manifest is damaged ({exc})") from exc
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise _refuse(path, "it is not a Destination Norberg backup")
        if not isinstance(manifest.get("format_version"), int) or \
                manifest["format_version"] > FORMAT_VERSION:
            raise _refuse(path, "it was written by a newer version of Destination Norberg "
                          f"(backup format {manifest.get('format_version')})")
        revision = manifest.get("schema_revision")
        if revision not in KNOWN_REVISIONS:
            raise _refuse(path, f"its schema {revision} was made by a newer version of "
                          f"Destination Norberg (this one knows up to {HEAD_REVISION})")
        counts = manifest.get("row_counts")
        members = manifest.get("members")
        kind = manifest.get("kind")
        if not isinstance(counts, dict) or not isinstance(members, dict) or \
                kind not in (KIND_SQLITE, KIND_ROWS) or not isinstance(
                    manifest.get("created_at"), str):
            raise _refuse(path, "its manifest is incomplete")
        extra = set(zf.namelist()) - set(members) - {MANIFEST}
        if extra:
            raise _refuse(path, f"it holds files its manifest does not name ({min(extra)})")
        for name, expect in members.items():
            if not isinstance(expect, dict) or "/" in name.replace(TABLES_FOLDER, "", 1) \
                    or ".." in name:
                raise _refuse(path, "its manifest is damaged")
        info = _info(path, manifest, seal, size)
        if kind == KIND_SQLITE:
            if set(members) != {SQLITE_MEMBER}:
                raise _refuse(path, "its manifest is damaged")
            db = work / SQLITE_MEMBER
            _extract(zf, SQLITE_MEMBER, db, members[SQLITE_MEMBER], path)
            _verify_sqlite_copy(db, manifest, path)
            return _Verified(info, manifest, db, {})
        tables_meta = manifest.get("tables")
        if not isinstance(tables_meta, dict) or set(tables_meta) != set(counts):
            raise _refuse(path, "its manifest is incomplete")
        tables: dict[str, tuple[list[str], Path]] = {}
        for table, meta in tables_meta.items():
            if not _NAME.fullmatch(str(table)):
                raise _refuse(path, "its manifest is damaged")
            member = meta.get("member") if isinstance(meta, dict) else None
            columns = meta.get("columns") if isinstance(meta, dict) else None
            if member not in members or not isinstance(columns, list):
                raise _refuse(path, "its manifest is damaged")
            dest = work / f"{table}.jsonl"
            _extract(zf, member, dest, members[member], path)
            n = _count_rows(dest, len(columns), path, table)
            if n != counts[table]:
                raise _refuse(path, f"the table {table} holds {n} rows, its manifest says "
                              f"{counts[table]}")
            tables[table] = (columns, dest)
        return _Verified(info, manifest, None, tables)


def _count_rows(dest: Path, width: int, path: Path, table: str) -> int:
    n = 0
    with dest.open("rb") as f:
        for line in f:
            try:
                values = json.loads(line)
            except ValueError:
                raise _refuse(path, f"a row of {table} is damaged") from None
            if not isinstance(values, list) or len(values) != width:
                raise _refuse(path, f"a row of {table} is damaged")
            n += 1
    return n


def _verify_sqlite_copy(db: Path, manifest: dict, path: Path) -> None:
    try:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
        try:
            check = conn.execute("PRAGMA integrity_check").fetchall()
            if check != [("ok",)]:
                raise _refuse(path, f"its database fails SQLite's integrity check "
                              f"({check[0][0]})")
            revision, counts = _sqlite_counts(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise _refuse(path, f"its database cannot be read ({exc})") from exc
    if revision != manifest["schema_revision"]:
        raise _refuse(path, f"its database is at schema {revision}, its manifest says "
                      f"{manifest['schema_revision']}")
    if counts != manifest["row_counts"]:
        wrong = sorted(set(counts) ^ set(manifest["row_counts"])) or sorted(
            t for t in counts if counts[t] != manifest["row_counts"][t])
        raise _refuse(path, f"its row counts do not match its manifest ({wrong[0]})")


def verify_backup(path: Path) -> BackupInfo:
    """Everything restore checks before it writes; BackupError says what failed."""
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="dn-verify-") as tmp:
        return _verify(path, Path(tmp)).info


# --- restoring ------------------------------------------------------------------------------


def _counts(conn: Connection) -> dict[str, int]:
    names = _user_tables(inspect(conn).get_table_names())
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


def restore(target: Engine | str, file: Path, *, replace: bool = False) -> RestoreResult:
    """Verify `file`, then restore it into the database; see the module doc.

    A database that holds data is replaced only with `replace=True` (else NotEmptyError).
    An engine handed in has its pool emptied (its connections would see the old file).
    """
    engine, own = (make_engine(target), True) if isinstance(target, str) else (target, False)
    file = Path(file)
    try:
        path = _plain_sqlite_file(engine)
        folder = path.parent if path is not None else None
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".dn-restore-", dir=folder) as tmp:
            work = Path(tmp)
            verified = _verify(file, work)
            has_rows = False if path is not None and not path.exists() \
                else _target_state(engine)[1]
            if has_rows and not replace:
                raise NotEmptyError(
                    f"The database {_source_name(engine)} already holds data, and restoring "
                    f"{file.name} would replace all of it; nothing was changed.")
            try:
                if path is not None:
                    return _restore_sqlite_file(engine, path, verified, work, has_rows)
                after = _load_rows_in_one_transaction(engine, verified, work)
            except (ValueError, TypeError, KeyError) as exc:  # a value the backup cannot hold
                raise _refuse(file, f"a value in it is damaged ({exc})") from exc
            return RestoreResult(verified.info, HEAD_REVISION, has_rows, None, after)
    except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
        raise BackupError(f"{file.name} could not be restored: {_reason(exc)}; nothing was "
                          "changed.") from exc
    finally:
        if own:
            engine.dispose()


def _restore_sqlite_file(engine: Engine, path: Path, verified: _Verified, work: Path,
                         has_rows: bool) -> RestoreResult:
    from destination_norberg.store.migrate import ensure_schema

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
        ensure_schema(built, auto_backup=False)  # an older schema is migrated (the file is
        with built.connect() as conn:            # its own backup)
            after = _counts(conn)
    finally:
        built.dispose()
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
    return RestoreResult(verified.info, HEAD_REVISION, has_rows, kept, after)


def _swap_in(engine: Engine, path: Path, new: Path) -> Path | None:
    """Put `new` in place of `path` with one rename; the old file is kept beside it."""
    engine.dispose()  # our own connections would keep the old file (and block the switch)
    if not path.exists():
        os.replace(new, path)
        _fsync_dir(path.parent)
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
            tmp_kept = path.with_name(f".{path.name}.kept-{os.getpid()}")
            with contextlib.suppress(FileNotFoundError):
                tmp_kept.unlink()
            try:
                os.link(path, tmp_kept)
            except OSError:  # no hard links here (some shares): a copy does
                shutil.copy2(path, tmp_kept)
            os.replace(tmp_kept, kept)
            os.replace(new, path)
            _fsync_dir(path.parent)
        finally:
            conn.execute("ROLLBACK")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm", "-journal"):  # the old file's, if any were left
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()
    return kept


def _rows_of(verified: _Verified, work: Path) -> Iterator[tuple[str, list[str], Iterator]]:
    """(table, columns, rows of JSON-ready values) for every table of the backup."""
    if verified.database is None:
        for table, (columns, dest) in verified.tables.items():
            yield table, columns, _jsonl_rows(dest)
        return
    source = make_engine(f"sqlite:///{verified.database}")
    try:
        with source.connect() as conn:
            for table in _reflect(conn):
                rows = (tuple(_encode(v) for v in r) for r in conn.execute(
                    _ordered_select(table).execution_options(yield_per=_CHUNK_ROWS)))
                yield table.name, [c.name for c in table.columns], rows
    finally:
        source.dispose()


def _jsonl_rows(dest: Path) -> Iterator[list]:
    with dest.open("rb") as f:
        for line in f:
            yield json.loads(line)


def _load_rows_in_one_transaction(engine: Engine, verified: _Verified,
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
        tables = {t.name: t for t in _reflect(conn)}
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
        row = {c: _decode(v, sqlite_target, a) for c, v, a in zip(columns, values, aware,
                                                                  strict=True)}
        if self_refs and any(row[c] is not None for c in self_refs):
            later.append({**{f"k_{k}": row[k] for k in keys},
                          **{f"v_{c}": row[c] for c in self_refs}})
            row.update(dict.fromkeys(self_refs))
        chunk.append(row)
        if len(chunk) >= _CHUNK_ROWS:
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
