"""Around an erasure, for the command line and the window alike: what it cannot reach on
this database, the program's own backups that may still hold erased people (re-sealed
without them, or deleted), the warning before restoring a backup older than the last
erasure, and the owner's table rewrite on PostgreSQL. The erasure itself is
app.network.gdpr_erase. The work is store's; the front ends call it here, never store/.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from destination_norberg.app.errors import AppError
from destination_norberg.core.erasure_reach import out_of_reach as places


def backend_of(url: str) -> str:
    """"sqlite", "postgresql" …: the kind of database `url` names."""
    from sqlalchemy.engine import make_url

    return make_url(url).get_backend_name()


def out_of_reach(url: str) -> tuple[str, ...]:
    """The places (core.erasure_reach) an erasure on `url` cannot reach."""
    return places(backend_of(url))


def backups_folder() -> Path:
    """The program's own backup folder (the one it can re-seal or purge)."""
    from destination_norberg.store.backup import backups_dir

    return backups_dir()


def database_file(url: str) -> Path | None:
    """The SQLite file `url` names; None for a server or an in-memory database."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database \
            or parsed.database == ":memory:" or parsed.database.startswith("file:"):
        return None
    return Path(parsed.database)


def program_backups(url: str) -> list[Path]:
    """The copies the program keeps (its backups, the file a restore replaced) that may
    still hold someone erased."""
    from destination_norberg.store.backup.resealing import held_in_program_folders

    return held_in_program_folders(database_file(url))


def clean_program_backups(url: str, purge: bool) -> Any:
    """Re-seal (or with `purge` delete) each of the program's own backups that holds a
    person the register of erasures names; a store.backup.resealing.BackupsCleaned."""
    from destination_norberg.store import erasures
    from destination_norberg.store.backup.resealing import clean_backups
    from destination_norberg.store.database import make_engine

    engine = make_engine(url)
    try:
        register = erasures.load(erasures.register_path(engine))
    finally:
        engine.dispose()
    return clean_backups(register, database_file(url), purge=purge)


def restore_warning(url: str, file: Path) -> str:
    """A warning before restoring `file` when it is older than the last erasure ("" if not)."""
    from destination_norberg.store.backup import restore_warning as warning

    return warning(url, file)


def rewrite_personal_tables(url: str) -> tuple[Any, str]:
    """PostgreSQL, as the schema's owner: rewrite the tables that hold personal data
    (VACUUM FULL) so that erased rows leave the disk; (tables rewritten, what was done)."""
    from destination_norberg.store.database import make_engine
    from destination_norberg.store.gdpr import personal_tables, rewrite_tables

    engine = make_engine(url)
    try:
        if engine.url.get_backend_name() != "postgresql":
            raise AppError("gdpr vacuum is for a PostgreSQL database; an SQLite file is "
                           "rebuilt by the erasure itself")
        return rewrite_tables(engine, personal_tables())
    finally:
        engine.dispose()
