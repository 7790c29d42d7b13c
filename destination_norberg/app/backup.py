"""Backups that prove themselves, and restoring them: the use cases of `destination-norberg
backup` and `restore`.

The work is store.backup's (see its docstring for what is verified and how a restore swaps
the file in); the command line calls it here, never store/ (the "through app" contract in
pyproject.toml). NotEmptyError is re-exported so the command line can ask for --yes when the
database already holds data.
"""

from __future__ import annotations

from pathlib import Path

from destination_norberg.store.backup import BackupInfo, NotEmptyError, RestoreResult

__all__ = ["BackupInfo", "NotEmptyError", "RestoreResult", "backup", "restore"]


def backup(url: str, out: Path) -> BackupInfo:
    """The database at `url` into the sealed zip `out`; what it holds."""
    from destination_norberg.store.backup import backup as write

    return write(url, out)


def restore(url: str, file: Path, replace: bool) -> RestoreResult:
    """The backup `file` into the database at `url`, verified first; a database that holds
    data is replaced only with `replace` (else NotEmptyError)."""
    from destination_norberg.store.backup import restore as read_back

    return read_back(url, file, replace=replace)
