"""Backups that prove themselves, and restoring them: the use cases of `destination-norberg
backup` and `restore`, and of the window's Arkiv menu (a backup to a chosen file, a restore
with a look first and a safety copy, and the backups on a schedule).

The work is store.backup's (see its docstring for what is verified and how a restore swaps
the file in); the front ends call it here, never store/ (the "through app" contract in
pyproject.toml). NotEmptyError is re-exported so the command line can ask for --yes when the
database already holds data.

Scheduled backups are named as the automatic ones (`<db>-<revision>-<UTC time>.zip`) in the
folder the coordinator chose: the newest file of this database there is the one truth of
when it was last backed up, and the oldest beyond the number to keep are deleted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from destination_norberg.store.backup import BackupInfo, NotEmptyError, RestoreResult

__all__ = ["BackupInfo", "NotEmptyError", "RestorePreview", "RestoreResult", "Scheduled",
           "ScheduledRun", "backup", "last_scheduled_backup", "restore",
           "restore_preview", "restore_with_safety_copy", "run_scheduled_backup"]

#: A backup this much early still counts as on time (a daily one at start-up keeps its
#: hour instead of drifting later each day).
DUE_SLACK = timedelta(minutes=10)


def backup(url: str, out: Path) -> BackupInfo:
    """The database at `url` into the sealed zip `out`; what it holds."""
    from destination_norberg.store.backup import backup as write

    return write(url, out)


def restore(url: str, file: Path, replace: bool) -> RestoreResult:
    """The backup `file` into the database at `url`, verified first; a database that holds
    data is replaced only with `replace` (else NotEmptyError)."""
    from destination_norberg.store.backup import restore as read_back

    return read_back(url, file, replace=replace)


@dataclass(frozen=True)
class RestorePreview:
    """What a restore would bring and replace, known before anything is written."""

    backup: BackupInfo  # the verified backup
    current: dict[str, int]  # rows per table of the database it would replace
    warning: str = ""  # the backup is older than the last erasure ("" when not)

    @property
    def current_rows(self) -> int:
        return sum(self.current.values())


def restore_preview(url: str, file: Path) -> RestorePreview:
    """Verify `file` (every check a restore makes first) and read what the database at `url`
    holds now; writes nothing. BackupError says why a file cannot be restored."""
    from destination_norberg.app.database import info_at
    from destination_norberg.store.backup import restore_warning, verify_backup

    info = verify_backup(Path(file))
    found = info_at(url)
    current = dict(found.row_counts) if found is not None else {}
    return RestorePreview(info, current, restore_warning(url, Path(file)))


def safety_copy(url: str, now: datetime | None = None) -> Path | None:
    """A backup of the database at `url` into the program's own backups folder (pruned as
    the automatic ones before a migration); its path, None when the database is empty."""
    from destination_norberg.store.backup import automatic_backup_path
    from destination_norberg.store.backup import backup as write
    from destination_norberg.store.database import make_engine
    from destination_norberg.store.migrate import current_revision

    engine = make_engine(url)
    try:
        revision = current_revision(engine)
        if revision is None:
            return None
        path = automatic_backup_path(engine, revision, now)
        write(engine, path)
    finally:
        engine.dispose()
    return path


def restore_with_safety_copy(url: str, file: Path) -> tuple[RestoreResult, Path | None]:
    """The window's restore: a safety copy of the current database first, then the backup
    `file` in its place (verified again: the file may have changed since the preview)."""
    from destination_norberg.app.database import info_at

    found = info_at(url)
    kept = safety_copy(url) if found is not None and any(found.row_counts.values()) else None
    return restore(url, file, replace=True), kept


@dataclass(frozen=True)
class Scheduled:
    """The coordinator's schedule: into `folder`, every `every_hours`, the newest `keep`."""

    folder: Path
    every_hours: int
    keep: int


@dataclass(frozen=True)
class ScheduledRun:
    """What a scheduled check did: `made` a backup (or None: not due), and when the newest
    backup of this database in the folder was taken."""

    last: datetime | None
    made: Path | None = None
    removed: list[Path] = field(default_factory=list)


def _stem(url: str) -> str:
    from destination_norberg.store.backup.where import backup_stem
    from destination_norberg.store.database import make_engine

    engine = make_engine(url)
    try:
        return backup_stem(engine)
    finally:
        engine.dispose()


def last_scheduled_backup(url: str, folder: Path) -> datetime | None:
    """When the newest scheduled backup of the database at `url` in `folder` was taken."""
    from destination_norberg.store.backup.retention import automatic_backups

    found = automatic_backups(Path(folder), _stem(url))
    return found[0][1] if found else None


def run_scheduled_backup(url: str, schedule: Scheduled, now: datetime | None = None,
                         force: bool = False) -> ScheduledRun:
    """Back up the database at `url` into the schedule's folder when one is due (or
    `force`), then keep the newest `keep`. Not due: nothing is written."""
    from destination_norberg.app.errors import AppError
    from destination_norberg.store.backup import automatic_backup_path
    from destination_norberg.store.backup import backup as write
    from destination_norberg.store.backup.retention import prune_to_count
    from destination_norberg.store.database import make_engine
    from destination_norberg.store.migrate import current_revision

    now = now or datetime.now(UTC)
    folder = Path(schedule.folder)
    if not folder.is_dir():
        raise AppError(f"the backup folder {folder} does not exist (or cannot be reached)")
    last = last_scheduled_backup(url, folder)
    due = last is None or now - last >= timedelta(hours=schedule.every_hours) - DUE_SLACK
    if not (due or force):
        return ScheduledRun(last)
    engine = make_engine(url)
    try:
        revision = current_revision(engine)
        if revision is None:
            return ScheduledRun(last)  # an empty database: nothing to keep yet
        path = automatic_backup_path(engine, revision, now, folder)
        write(engine, path)
        removed = prune_to_count(folder, _stem(url), schedule.keep)
    finally:
        engine.dispose()
    return ScheduledRun(now.replace(microsecond=0), path, removed)
