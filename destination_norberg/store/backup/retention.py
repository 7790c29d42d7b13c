"""Backups in the program's own folder keep erased people: prune the automatic ones by a
retention the user sets, and re-seal (or purge) those that hold someone erased since.

The automatic backups before each migration (`backups/<db>-<revision>-<UTC time>.zip`)
were never removed; now each new one prunes those older than the retention
(`DESTINATION_NORBERG_BACKUP_KEEP_DAYS`, default DEFAULT_KEEP_DAYS; the newest is always
kept). Re-sealing restores a backup into a temporary SQLite file, re-applies the register
of erasures (store.erasures) to it and seals it again in place of the old file: it then
holds this program's current schema (an older program cannot restore it any more) and
nothing of the erased people. Purging deletes such a backup instead. Backups elsewhere
(written with `backup --out`, copied away) are out of the program's reach.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from destination_norberg.store.database import DatabaseError

if TYPE_CHECKING:
    from destination_norberg.store.erasures import Register

DEFAULT_KEEP_DAYS = 180
KEEP_DAYS_ENV = "DESTINATION_NORBERG_BACKUP_KEEP_DAYS"
_AUTOMATIC = re.compile(
    r"(?P<stem>.+)-(?P<rev>[^-]+)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?\.zip")


def keep_days_setting() -> int:
    """The retention of automatic backups in days: the environment's, else the default."""
    value = os.environ.get(KEEP_DAYS_ENV, "").strip()
    if not value:
        return DEFAULT_KEEP_DAYS
    try:
        days = int(value)
    except ValueError:
        raise DatabaseError(f"{KEEP_DAYS_ENV} must be a number of days, not {value!r}") \
            from None
    if days < 0:
        raise DatabaseError(f"{KEEP_DAYS_ENV} must be 0 or more days, not {days}")
    return days


def automatic_backups(folder: Path) -> list[tuple[Path, datetime]]:
    """The automatic backups in `folder` with the time in their name, newest first."""
    found = []
    with contextlib.suppress(OSError):
        for path in Path(folder).iterdir():
            m = _AUTOMATIC.fullmatch(path.name)
            if m and path.is_file():
                when = datetime.strptime(m["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
                found.append((when, int(m["n"] or 1), path))  # "-2": later in that second
    return [(path, when) for when, _n, path in sorted(found, reverse=True)]


def prune_automatic_backups(folder: Path, keep_days: int | None = None,
                            keep_count: int | None = None,
                            now: datetime | None = None) -> list[Path]:
    """Delete the automatic backups in `folder` older than `keep_days` (None: the setting)
    or beyond the newest `keep_count`; the newest one is always kept. What was deleted."""
    days = keep_days_setting() if keep_days is None else keep_days
    cutoff = (now or datetime.now(UTC)) - timedelta(days=days)
    removed = []
    for n, (path, when) in enumerate(automatic_backups(folder)):
        if n == 0:
            continue
        if when < cutoff or (keep_count is not None and n >= keep_count):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            removed.append(path)
    return removed


@dataclass
class BackupsCleaned:
    resealed: list[Path] = field(default_factory=list)  # rewritten without erased people
    purged: list[Path] = field(default_factory=list)  # deleted: they held erased people
    clean: list[Path] = field(default_factory=list)  # held no one erased: left as they were
    failed: list[tuple[Path, str]] = field(default_factory=list)  # could not be opened


def held_in_program_folders(db_file: Path | None) -> list[Path]:
    """The copies of the data the program itself keeps: the automatic backups, and the
    file a restore replaced (`<db>.before-restore`)."""
    from destination_norberg.store.backup.fileformat import BEFORE_RESTORE
    from destination_norberg.store.backup.where import backups_dir

    found = [p for p, _ in automatic_backups(backups_dir())]
    with contextlib.suppress(OSError):
        found += sorted(p for p in backups_dir().glob("*.zip") if p not in found)
    if db_file is not None:
        kept = db_file.with_name(db_file.name + BEFORE_RESTORE)
        if kept.is_file():
            found.append(kept)
    return found


def clean_backups(register: Register, db_file: Path | None, *, purge: bool = False
                  ) -> BackupsCleaned:
    """Re-seal (or with `purge` delete) every copy in the program's folders that holds a
    person the register of erasures names; see the module doc."""
    from destination_norberg.store.backup.fileformat import BEFORE_RESTORE

    out = BackupsCleaned()
    for path in held_in_program_folders(db_file):
        try:
            if path.name.endswith(BEFORE_RESTORE):
                erased = _clean_sqlite_file(path, register, purge)
            else:
                erased = _reseal(path, register, purge)
        except DatabaseError as exc:
            out.failed.append((path, str(exc)))
            continue
        (out.purged if erased and purge else out.resealed if erased else out.clean).append(path)
    return out


def _reseal(path: Path, register: Register, purge: bool) -> bool:
    from destination_norberg.store.backup.fileformat import KIND_ROWS
    from destination_norberg.store.backup.restoring import restore
    from destination_norberg.store.backup.temporaries import temp_prefix
    from destination_norberg.store.backup.writing import backup

    with tempfile.TemporaryDirectory(prefix=temp_prefix("reseal"), dir=path.parent) as tmp:
        copy = Path(tmp) / "copy.sqlite"
        result = restore(f"sqlite:///{copy}", path, register=register)
        if not result.erasures_reapplied:
            return False
        if purge:
            path.unlink()
            return True
        source = Path(result.backup.source).name  # the manifest names the same source
        if result.backup.kind != KIND_ROWS and source.endswith((".sqlite", ".sqlite3", ".db")):
            copy = copy.rename(Path(tmp) / source)
        fresh = Path(tmp) / "resealed.zip"
        backup(f"sqlite:///{copy}", fresh, rows=result.backup.kind == KIND_ROWS)
        os.replace(fresh, path)
    return True


def _clean_sqlite_file(path: Path, register: Register, purge: bool) -> bool:
    """A `.before-restore` file: the register applied in place (secure delete, vacuum)."""
    from destination_norberg.store import erasures
    from destination_norberg.store.database import make_engine
    from destination_norberg.store.migrate import ensure_schema

    engine = make_engine(f"sqlite:///{path}")
    try:
        ensure_schema(engine, auto_backup=False)
        done = erasures.reapply(engine, register)
    finally:
        engine.dispose()
    if done.erased and purge:
        path.unlink()
    return bool(done.erased)
