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

A backup writes nothing to the database it reads. Backups and restored files are
owner-only (0600); the register of erasures (store.erasures) is re-applied after every
restore; the program's own backups are pruned and can be re-sealed without erased people
(store.backup.retention).
"""

from __future__ import annotations

from destination_norberg.store.backup.fileformat import (
    BEFORE_RESTORE,
    KIND_ROWS,
    KIND_SQLITE,
    MANIFEST,
    SEAL_PREFIX,
    BackupError,
    BackupInfo,
    NotEmptyError,
    RestoreResult,
)
from destination_norberg.store.backup.resealing import BackupsCleaned, clean_backups
from destination_norberg.store.backup.restoring import restore, restore_warning
from destination_norberg.store.backup.retention import prune_automatic_backups
from destination_norberg.store.backup.verifying import verify_backup
from destination_norberg.store.backup.where import automatic_backup_path, backups_dir, sqlite_path
from destination_norberg.store.backup.writing import backup, backup_before_migration

__all__ = ["BEFORE_RESTORE", "KIND_ROWS", "KIND_SQLITE", "MANIFEST", "SEAL_PREFIX",
           "BackupError", "BackupInfo", "BackupsCleaned", "NotEmptyError", "RestoreResult",
           "automatic_backup_path", "backup", "backup_before_migration", "backups_dir",
           "clean_backups", "prune_automatic_backups",
           "restore", "restore_warning", "sqlite_path", "verify_backup"]
