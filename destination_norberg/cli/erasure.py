"""What the command line says and offers around an erasure (issue 13): what the erasure
cannot reach, the text a person should review, the program's own backups re-sealed or
purged (`gdpr erase --reseal-backups|--purge-backups`, `gdpr backups --reseal|--purge`),
the owner's `gdpr vacuum` on PostgreSQL, and the warning before restoring a backup older
than the last erasure.

Kept apart from cli/network.py on purpose: these are additions to `gdpr erase` and
`restore`, not their core.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from destination_norberg.cli.common import Context, existing
from destination_norberg.cli.errors import user_errors

#: At most this many "might remain" places are printed one by one; the rest are counted.
SHOW_REVIEW = 20


def add_erase_options(erase: argparse.ArgumentParser) -> None:
    """`--reseal-backups` / `--purge-backups` on `gdpr erase`."""
    group = erase.add_mutually_exclusive_group()
    group.add_argument("--reseal-backups", action="store_true",
                       help="rewrite the program's own backups without the erased people")
    group.add_argument("--purge-backups", action="store_true",
                       help="delete the program's own backups that hold erased people")


def add_backups_parser(gdpr_sub: Any) -> None:
    """`gdpr backups --reseal|--purge`: the same, later (an erasure cannot be repeated)."""
    p = gdpr_sub.add_parser("backups", help="re-seal or purge the program's own backups so "
                            "that they hold no erased person")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--reseal", action="store_true",
                       help="rewrite each backup that holds an erased person without them")
    group.add_argument("--purge", action="store_true",
                       help="delete each backup that holds an erased person")
    p.set_defaults(func=run_gdpr_backups)


def add_vacuum_parser(gdpr_sub: Any) -> None:
    """`gdpr vacuum`: PostgreSQL, as the schema's owner: rewrite the tables so that erased
    rows leave the disk (a coordinator's role may not; its erasure says so)."""
    gdpr_sub.add_parser("vacuum", help="PostgreSQL, as the schema's owner: rewrite the "
                        "tables (VACUUM FULL) so that erased rows leave the disk"
                        ).set_defaults(func=run_gdpr_vacuum)


def run_gdpr_vacuum(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_gdpr_vacuum(existing(ctx.url))


def run_gdpr_backups(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_gdpr_backups(existing(ctx.url), backups_choice(args))


def cmd_gdpr_vacuum(url: str) -> int:
    from destination_norberg.app.erasure import rewrite_personal_tables

    with user_errors():
        done, why = rewrite_personal_tables(url)
    print(f"Rewrote {len(done)} table(s): {why}")
    return 0


def backups_choice(args: argparse.Namespace) -> str:
    """"reseal", "purge" or "" from the parsed options of `gdpr erase` or `gdpr backups`."""
    if getattr(args, "reseal_backups", False) or getattr(args, "reseal", False):
        return "reseal"
    if getattr(args, "purge_backups", False) or getattr(args, "purge", False):
        return "purge"
    return ""


def report_after_erasure(url: str, done: Any, backups: str) -> None:
    """The lines after "Erased the person …": what might remain, what the erasure cannot
    reach, and the program's own backups (re-sealed, purged, or how to)."""
    from destination_norberg.app.erasure import backend_of, backups_folder
    from destination_norberg.core.erasure_reach import out_of_reach_sentence

    review = list(done.might_remain)
    if review:
        print(f"Might still name them, left as it is for you to review ({len(review)} "
              "place(s)):")
        for line in review[:SHOW_REVIEW]:
            print(f"  {line}")
        if len(review) > SHOW_REVIEW:
            print(f"  … and {len(review) - SHOW_REVIEW} more")
    print(out_of_reach_sentence(backend_of(url), str(backups_folder())))
    clean_program_backups(url, backups)


def how_to_finish(url: str, done: Any) -> None:
    """After an SQLite erasure whose file clean-up another program's open connection
    stopped: the command that finishes it (the person is already gone)."""
    if url.startswith("sqlite"):
        print(f"To finish the clean-up, close the other programs and run "
              f"`destination-norberg gdpr erase {done.person_uid} --yes` again.")


def report_already_erased(url: str, done: Any) -> None:
    """A second `gdpr erase` of someone erased before: their erasure's clean-up, again."""
    when = done.already_erased_at.isoformat(timespec="seconds")
    what = "file clean-up" if url.startswith("sqlite") else "rewrite of the tables"
    if url.startswith("sqlite") and done.file_cleaned:
        print(f"The person with uid {done.person_uid} was already erased on {when}; the "
              f"{what} is now done.")
    elif url.startswith("sqlite"):
        print(f"The person with uid {done.person_uid} was already erased on {when}; the "
              f"{what} could not finish yet: {done.note}")
    else:
        print(f"The person with uid {done.person_uid} was already erased on {when}; "
              f"{done.note}")


def clean_program_backups(url: str, backups: str) -> int:
    """Re-seal or purge (`backups`) the program's own backups; with "" say how to."""
    from destination_norberg.app import erasure as use_cases

    db_file = use_cases.database_file(url)
    held = use_cases.program_backups(url)
    if not backups:
        if held:
            print(f"{len(held)} backup(s) kept by the program (in {use_cases.backups_folder()}"
                  + (f", and {db_file.name}.before-restore" if db_file is not None and any(
                      p.name.endswith(".before-restore") for p in held) else "")
                  + ") may still hold erased people: rewrite them without them with "
                  "`gdpr backups --reseal`, or delete them with `gdpr backups --purge`.")
        return 0
    done = use_cases.clean_program_backups(url, purge=backups == "purge")
    if backups == "purge":
        print(f"Deleted {len(done.purged)} backup(s) that held erased people; "
              f"{len(done.clean)} held none and were kept.")
    else:
        print(f"Re-sealed {len(done.resealed)} backup(s) without the erased people; "
              f"{len(done.clean)} held none and were left as they were.")
    for path, why in done.failed:
        print(f"  could not open {path}: {why}")
    return 0


def cmd_gdpr_backups(url: str, backups: str) -> int:
    return clean_program_backups(url, backups)


def warn_before_restore(url: str, file: Path) -> None:
    """The warning, printed before a restore, when the backup is older than the last
    erasure."""
    from destination_norberg.app.erasure import restore_warning

    warning = restore_warning(url, file)
    if warning:
        print(f"warning: {warning}")


def report_after_restore(result: Any) -> None:
    if result.erasures_reapplied:
        print(f"Erased again {len(result.erasures_reapplied)} person(s) named in the register "
              "of erasures (the backup still held them).")
