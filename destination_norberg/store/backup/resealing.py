"""Re-seal (or purge) the backups in the program's own folder that hold someone erased since.

Re-sealing restores a backup into a temporary SQLite file, re-applies the register of
erasures (store.erasures, store.gdpr.reapply) to it and seals it again in place of the old
file: it then holds this program's current schema (an older program cannot restore it any
more) and nothing of the erased people. Purging deletes such a backup instead. Backups
elsewhere (written with `backup --out`, copied away) are out of the program's reach.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from destination_norberg.store.backup.retention import automatic_backups
from destination_norberg.store.database import DatabaseError

if TYPE_CHECKING:
    from destination_norberg.store.erasures import Register


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
    from destination_norberg.store import gdpr
    from destination_norberg.store.database import make_engine
    from destination_norberg.store.migrate import upgrade_schema

    engine = make_engine(f"sqlite:///{path}")
    try:
        upgrade_schema(engine)
        done = gdpr.reapply(engine, register)
    finally:
        engine.dispose()
    if done.erased and purge:
        path.unlink()
    return bool(done.erased)
