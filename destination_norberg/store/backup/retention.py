"""Backups in the program's own folder keep erased people: prune the automatic ones by a
retention the user sets (re-sealing or purging those that hold someone erased since is
store.backup.resealing's work, kept apart since it restores and writes backups itself).

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
from datetime import UTC, datetime, timedelta
from pathlib import Path

from destination_norberg.store.database import DatabaseError

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


def automatic_backups(folder: Path, stem: str | None = None) -> list[tuple[Path, datetime]]:
    """The automatic backups in `folder` with the time in their name, newest first; with
    `stem`, only those of the database of that name (store.backup.where.backup_stem)."""
    found = []
    with contextlib.suppress(OSError):
        for path in Path(folder).iterdir():
            m = _AUTOMATIC.fullmatch(path.name)
            if m and path.is_file() and (stem is None or m["stem"] == stem):
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


def prune_to_count(folder: Path, stem: str, keep: int) -> list[Path]:
    """The scheduled backups of the database `stem` in `folder` beyond the newest `keep`
    (at least one is always kept), deleted; what was deleted. Others' files are left."""
    removed = []
    for n, (path, _when) in enumerate(automatic_backups(folder, stem)):
        if n >= max(1, keep):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            removed.append(path)
    return removed
