"""Verifying a backup before anything is read from it: the seal, the zip's checksums,
every member's SHA-256, the schema revision and the row counts; one line says what
failed.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from destination_norberg.store.backup.fileformat import (
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
    info_of,
    sqlite_counts,
)
from destination_norberg.store.backup.schema_check import schema_difference
from destination_norberg.store.backup.temporaries import temp_prefix
from destination_norberg.store.schema_version import HEAD_REVISION, KNOWN_REVISIONS

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")

@dataclass
class Verified:
    info: BackupInfo
    manifest: dict
    database: Path | None  # KIND_SQLITE: the verified copy, extracted
    tables: dict[str, tuple[list[str], Path]]  # KIND_ROWS: columns and extracted file


def refuse(path: Path, why: str) -> BackupError:
    return BackupError(f"{path.name} cannot be restored: {why}; nothing was changed.")


def _check_seal(path: Path) -> tuple[str, int]:
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(4)
            tail_len = len(SEAL_PREFIX) + DIGEST_LEN
            if size < tail_len + 22:
                raise refuse(path, "it is not a Destination Norberg backup")
            f.seek(size - tail_len)
            tail = f.read(tail_len)
            if not tail.startswith(SEAL_PREFIX):
                raise refuse(path, _unsealed(path, head))
            stated = tail[len(SEAL_PREFIX):].decode("ascii", "replace")
            f.seek(0)
            sha = hashlib.sha256()
            left = size - DIGEST_LEN
            while left > 0:
                chunk = f.read(min(READ_BYTES, left))
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
        raise refuse(path, "its checksum does not match: the file was changed or damaged "
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
            while chunk := src.read(READ_BYTES):
                sha.update(chunk)
                size += len(chunk)
                out.write(chunk)
    except KeyError:
        raise refuse(path, f"{name}, named in its manifest, is missing") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise refuse(path, f"{name} is damaged ({exc})") from exc
    if sha.hexdigest() != expect.get("sha256") or size != expect.get("size"):
        raise refuse(path, f"{name} does not match its checksum in the manifest")


def verify_into(path: Path, work: Path) -> Verified:
    seal, size = _check_seal(path)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise refuse(path, f"it is not a readable zip file ({exc})") from exc
    with zf:
        try:
            manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
        except KeyError:
            raise refuse(path, "it has no manifest, so it is not a Destination Norberg "
                          "backup") from None
        except (zipfile.BadZipFile, ValueError, EOFError) as exc:
            raise refuse(path, f"its manifest is damaged ({exc})") from exc
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise refuse(path, "it is not a Destination Norberg backup")
        if not isinstance(manifest.get("format_version"), int) or \
                manifest["format_version"] > FORMAT_VERSION:
            raise refuse(path, "it was written by a newer version of Destination Norberg "
                          f"(backup format {manifest.get('format_version')})")
        revision = manifest.get("schema_revision")
        if revision not in KNOWN_REVISIONS:
            raise refuse(path, f"its schema {revision} was made by a newer version of "
                          f"Destination Norberg (this one knows up to {HEAD_REVISION})")
        counts = manifest.get("row_counts")
        members = manifest.get("members")
        kind = manifest.get("kind")
        if not isinstance(counts, dict) or not isinstance(members, dict) or \
                kind not in (KIND_SQLITE, KIND_ROWS) or not isinstance(
                    manifest.get("created_at"), str):
            raise refuse(path, "its manifest is incomplete")
        extra = set(zf.namelist()) - set(members) - {MANIFEST}
        if extra:
            raise refuse(path, f"it holds files its manifest does not name ({min(extra)})")
        for name, expect in members.items():
            if not isinstance(expect, dict) or "/" in name.replace(TABLES_FOLDER, "", 1) \
                    or ".." in name:
                raise refuse(path, "its manifest is damaged")
        info = info_of(path, manifest, seal, size)
        if kind == KIND_SQLITE:
            if set(members) != {SQLITE_MEMBER}:
                raise refuse(path, "its manifest is damaged")
            db = work / SQLITE_MEMBER
            _extract(zf, SQLITE_MEMBER, db, members[SQLITE_MEMBER], path)
            _verify_sqlite_copy(db, manifest, path)
            return Verified(info, manifest, db, {})
        tables_meta = manifest.get("tables")
        if not isinstance(tables_meta, dict) or set(tables_meta) != set(counts):
            raise refuse(path, "its manifest is incomplete")
        tables: dict[str, tuple[list[str], Path]] = {}
        for table, meta in tables_meta.items():
            if not _NAME.fullmatch(str(table)):
                raise refuse(path, "its manifest is damaged")
            member = meta.get("member") if isinstance(meta, dict) else None
            columns = meta.get("columns") if isinstance(meta, dict) else None
            if member not in members or not isinstance(columns, list):
                raise refuse(path, "its manifest is damaged")
            dest = work / f"{table}.jsonl"
            _extract(zf, member, dest, members[member], path)
            n = _count_rows(dest, len(columns), path, table)
            if n != counts[table]:
                raise refuse(path, f"the table {table} holds {n} rows, its manifest says "
                              f"{counts[table]}")
            tables[table] = (columns, dest)
        return Verified(info, manifest, None, tables)


def _count_rows(dest: Path, width: int, path: Path, table: str) -> int:
    n = 0
    with dest.open("rb") as f:
        for line in f:
            try:
                values = json.loads(line)
            except ValueError:
                raise refuse(path, f"a row of {table} is damaged") from None
            if not isinstance(values, list) or len(values) != width:
                raise refuse(path, f"a row of {table} is damaged")
            n += 1
    return n


def _verify_sqlite_copy(db: Path, manifest: dict, path: Path) -> None:
    try:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
        try:
            check = conn.execute("PRAGMA integrity_check").fetchall()
            if check != [("ok",)]:
                raise refuse(path, f"its database fails SQLite's integrity check "
                              f"({check[0][0]})")
            revision, counts = sqlite_counts(conn)
            odd = schema_difference(conn, revision) if revision in KNOWN_REVISIONS else ""
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise refuse(path, f"its database cannot be read ({exc})") from exc
    if revision != manifest["schema_revision"]:
        raise refuse(path, f"its database is at schema {revision}, its manifest says "
                      f"{manifest['schema_revision']}")
    if odd:
        raise refuse(path, odd)
    if counts != manifest["row_counts"]:
        wrong = sorted(set(counts) ^ set(manifest["row_counts"])) or sorted(
            t for t in counts if counts[t] != manifest["row_counts"][t])
        raise refuse(path, f"its row counts do not match its manifest ({wrong[0]})")


def verify_backup(path: Path) -> BackupInfo:
    """Everything restore checks before it writes; BackupError says what failed."""
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix=temp_prefix("verify")) as tmp:
        return verify_into(path, Path(tmp)).info
