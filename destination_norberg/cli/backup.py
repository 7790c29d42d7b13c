"""`backup --out FILE` and `restore FILE [--yes]`: a verified copy of the database, and back.

`backup` only reads the database (an older schema is backed up as it is, not migrated).
`restore` verifies the file before it writes anything and refuses, in one line, a file it
cannot verify; it replaces a database that holds data only with `--yes` (an SQLite file
that is replaced is kept beside it as `<name>.before-restore`). See app.backup and store.backup.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from destination_norberg.cli.common import Context, existing
from destination_norberg.cli.errors import UserError


def add_parsers(sub: Any) -> None:
    """`backup` and `restore`, added to the top-level sub-commands."""
    backup = sub.add_parser("backup", help="write a verified backup of the database to FILE")
    backup.add_argument("--out", required=True, type=Path, metavar="FILE",
                        help="the backup file (a .zip; replaced if it exists)")
    backup.set_defaults(func=run_backup)
    restore = sub.add_parser("restore", help="restore the database from a backup FILE "
                             "(verified first)")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--yes", action="store_true",
                         help="yes, replace the data of a database that is not empty")
    restore.set_defaults(func=run_restore)


def run_backup(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_backup(existing(ctx.url), args.out)


def run_restore(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_restore(ctx.url, args.file, args.yes)


def _rows(n: int) -> str:
    return f"{n} row" if n == 1 else f"{n} rows"


def cmd_backup(url: str, out: Path) -> int:
    from destination_norberg.app.backup import backup

    if out.exists() and out.is_dir():
        raise UserError(f"{out} is a folder: name the backup file, e.g. {out / 'norberg.zip'}")
    info = backup(url, out)
    print(f"Wrote {out}: schema {info.schema_revision}, {_rows(info.total_rows)} in "
          f"{len(info.row_counts)} tables, SHA-256 {info.sha256[:16]}…")
    return 0


def cmd_restore(url: str, file: Path, yes: bool) -> int:
    from destination_norberg.app.backup import NotEmptyError, restore
    from destination_norberg.cli.erasure import report_after_restore, warn_before_restore

    warn_before_restore(url, file)
    try:
        result = restore(url, file, yes)
    except NotEmptyError as exc:
        raise UserError(f"{exc} Give --yes to replace it.") from exc
    info = result.backup
    line = (f"Restored {file.name} (taken {info.created_at} from {info.source or 'a database'}, "
            f"schema {info.schema_revision}, {_rows(info.total_rows)})")
    if info.schema_revision != result.schema_revision:
        line += f", updated to schema {result.schema_revision}"
    print(line + ".")
    report_after_restore(result)
    if result.kept_as is not None:
        print(f"The data it replaced is kept in {result.kept_as}")
    return 0
