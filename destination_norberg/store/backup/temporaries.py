"""The temporary files of a backup, restore or verification, and cleaning up after a run
that was killed midway.

Each holds a full copy of the database (hundreds of MB, and personal data), so one left
behind by a killed run must not stay for ever. Their names carry the process id
(`.dn-<kind>-<pid>-<random>`, `.<db>.kept-<pid>`); on the next start those whose process
is gone, or that are older than STALE_SECONDS whatever their pid says (pids are reused),
are removed. Nothing else is touched: only names this program makes.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sys
import time
from pathlib import Path

#: A temporary this old is stale even if a process with its pid is running.
STALE_SECONDS = 6 * 3600
#: Names of earlier versions, without a pid: stale after an hour.
LEGACY_SECONDS = 3600
_OURS = re.compile(r"\.dn-(?:backup|restore|verify|reseal)-(\d+)-[A-Za-z0-9_]+")
_KEPT = re.compile(r"\..+\.kept-(\d+)")
_LEGACY = re.compile(r"\.?dn-(?:restore|verify)-[A-Za-z0-9_]{8}")
_LEGACY_BACKUP = re.compile(r"\..+\.zip\.[A-Za-z0-9_]{8}")
_BACKUP_WORK = {"backup.zip", "database.sqlite"}


def temp_prefix(kind: str) -> str:
    """The prefix for tempfile.TemporaryDirectory: `.dn-<kind>-<pid>-`."""
    return f".dn-{kind}-{os.getpid()}-"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill(pid, 0) would send CTRL_C there: go by age
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive
        return True
    return True


def _stale(entry: Path, now: float) -> bool:
    name = entry.name
    try:
        age = now - entry.lstat().st_mtime
    except OSError:
        return False
    found = _OURS.fullmatch(name) if entry.is_dir() else _KEPT.fullmatch(name)
    if found:
        return age > STALE_SECONDS or not _alive(int(found[1]))
    if age <= LEGACY_SECONDS or not entry.is_dir():
        return False
    if _LEGACY.fullmatch(name):
        return True
    if _LEGACY_BACKUP.fullmatch(name):
        with contextlib.suppress(OSError):
            return {p.name for p in entry.iterdir()} <= _BACKUP_WORK
    return False


def clean_stale_temporaries(*folders: Path | None, now: float | None = None) -> list[Path]:
    """Remove the stale temporaries of killed runs in `folders`; what was removed."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    for folder in folders:
        if folder is None:
            continue
        try:
            entries = [e for e in Path(folder).iterdir() if e.name.startswith((".", "dn-"))]
        except OSError:
            continue
        for entry in entries:
            if not _stale(entry, now):
                continue
            try:
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()
            except OSError:
                continue
            removed.append(entry)
    return removed


def clean_on_start(db_file: Path | None) -> list[Path]:
    """The folders a run may have left temporaries in: the database's, the backups folder,
    the system's temporary folder. Never raises: a start must not fail over it."""
    import tempfile

    from destination_norberg.store.backup.where import backups_dir

    try:
        return clean_stale_temporaries(db_file.parent if db_file is not None else None,
                                       backups_dir(), Path(tempfile.gettempdir()))
    except Exception:  # noqa: BLE001 - best effort
        return []
