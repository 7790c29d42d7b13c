"""The business network on the command line: `import contacts`, `export contacts`,
`gdpr export|erase|due`, `network duplicates` and `network merge-people`.

The work is app.network's (an unreadable file writes nothing and creates no database). Bad
rows are listed with their reason; without --strict the rest is imported, with it nothing is.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from destination_norberg.app.network import FORMATS, VCARD_VERSIONS
from destination_norberg.cli import erasure
from destination_norberg.cli.common import Context, Parser, existing
from destination_norberg.cli.errors import UserError, user_errors

#: At most this many bad rows are printed one by one; the rest are counted.
SHOW_BAD_ROWS = 50
NOTE = "command line"  # what the GDPR log says did it


def add_export_parsers(export_sub: Any) -> None:
    """`export contacts`, added to the `export` sub-commands."""
    contacts_out = export_sub.add_parser(
        "contacts", help="organisations and their people as CSV, XLSX or vCard 4.0/3.0")
    contacts_out.add_argument("--format", dest="fmt", required=True, choices=FORMATS)
    contacts_out.add_argument("--vcard-version", choices=VCARD_VERSIONS, default="4.0",
                              help="vCard 3.0 for Outlook and older phones (default 4.0)")
    contacts_out.add_argument("--out", required=True, type=Path, metavar="FILE")
    contacts_out.set_defaults(func=run_export_contacts)


def add_import_parsers(import_sub: Any) -> None:
    """`import contacts`, added to the `import` sub-commands."""
    contacts_in = import_sub.add_parser(
        "contacts", help="organisations and people from a CSV, XLSX or vCard file")
    contacts_in.add_argument("file", type=Path, metavar="FILE")
    contacts_in.add_argument("--mapping", type=Path, metavar="FILE",
                             help='which column is which field, as JSON {"column": "field"}')
    contacts_in.add_argument("--sheet", metavar="NAME", help="which sheet of a workbook")
    contacts_in.add_argument("--strict", action="store_true",
                             help="import nothing when any row is bad")
    contacts_in.set_defaults(func=run_import_contacts)


def add_parsers(sub: Any) -> None:
    """`gdpr export|erase|due` and `network duplicates`, added to the top-level sub-commands."""
    gdpr = sub.add_parser("gdpr", help="one person's data: export, erase; reviews due")
    gdpr_sub = gdpr.add_subparsers(dest="what", metavar="WHAT", required=True,
                                   parser_class=Parser)
    gdpr_export = gdpr_sub.add_parser("export", help="everything held about PERSON, as JSON "
                                      "and an HTML page")
    gdpr_export.add_argument("person", metavar="PERSON", help="uid, id, e-mail or exact name")
    gdpr_export.add_argument("--out", required=True, type=Path, metavar="DIR")
    gdpr_export.set_defaults(func=run_gdpr_export)
    gdpr_erase = gdpr_sub.add_parser("erase", help="erase PERSON on request (cannot be undone)")
    gdpr_erase.add_argument("person", metavar="PERSON", help="uid, id, e-mail or exact name")
    gdpr_erase.add_argument("--yes", action="store_true", help="yes, erase them")
    gdpr_erase.set_defaults(func=run_gdpr_erase)
    erasure.add_erase_options(gdpr_erase)
    gdpr_sub.add_parser("due", help="people whose retention review is due").set_defaults(
        func=run_gdpr_due)
    erasure.add_backups_parser(gdpr_sub)
    erasure.add_vacuum_parser(gdpr_sub)
    network = sub.add_parser("network", help="the business network")
    network_sub = network.add_subparsers(dest="what", metavar="WHAT", required=True,
                                         parser_class=Parser)
    network_sub.add_parser("duplicates", help="organisations and people that look like one"
                           ).set_defaults(func=run_duplicates)
    merge = network_sub.add_parser(
        "merge-people", help="merge duplicate people into KEEP: their contacts and tasks "
        "move to KEEP, the others are removed (each field takes the newest value there is)")
    merge.add_argument("keep", metavar="KEEP", help="the person to keep: id or uid")
    merge.add_argument("others", metavar="OTHER", nargs="+",
                       help="the people to merge into KEEP: id or uid")
    merge.add_argument("--json", action="store_true", help="print JSON")
    merge.set_defaults(func=run_merge_people)


def run_export_contacts(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_export_contacts(existing(ctx.url), args.fmt, args.out, args.vcard_version)


def run_import_contacts(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_import_contacts(ctx.url, args.file, args.mapping, args.sheet, args.strict,
                               ctx.today)


def run_gdpr_export(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_gdpr_export(existing(ctx.url), args.person, args.out)


def run_gdpr_erase(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_gdpr_erase(existing(ctx.url), args.person, args.yes,
                          erasure.backups_choice(args))


def run_gdpr_due(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_gdpr_due(existing(ctx.url), ctx.day())


def run_duplicates(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_network_duplicates(existing(ctx.url))


def run_merge_people(args: argparse.Namespace, ctx: Context) -> int:
    return cmd_merge_people(existing(ctx.url), args.keep, args.others, args.json)


def _print_bad(rows: list[tuple[int, str]], what: str = "row") -> None:
    for number, reason in sorted(rows)[:SHOW_BAD_ROWS]:
        print(f"  {what} {number}: {reason}")
    if len(rows) > SHOW_BAD_ROWS:
        print(f"  … and {len(rows) - SHOW_BAD_ROWS} more")


def cmd_import_contacts(url: str, file: Path, mapping_file: Path | None, sheet: str | None,
                        strict: bool, today: date | None = None) -> int:
    from destination_norberg.app.network import import_contacts_table, read_contacts_file

    with user_errors():
        table = read_contacts_file(file, mapping_file, sheet)
    if strict and table.errors:
        print(f"{file.name}: {len(table.errors)} bad row(s):")
        _print_bad(table.errors)
        raise UserError(f"{file.name} has bad rows; with --strict nothing was imported")
    report = import_contacts_table(url, table, file.name, strict, today)
    bad = list(table.errors) + list(report.errors)
    if not report.written:
        print(f"{file.name}: {len(bad)} bad row(s):")
        _print_bad(bad)
        raise UserError(f"{file.name} has bad rows; with --strict nothing was imported")
    print(f"Imported {file.name}: {report.created_orgs} new organisation(s), "
          f"{report.created_persons} new person(s), {report.matched_orgs} existing "
          f"organisation(s) matched, {len(report.skipped_persons)} person(s) already there")
    if bad:
        print(f"{len(bad)} bad row(s) were left out:")
        _print_bad(bad)
    shortened = getattr(table, "shortened", [])
    if shortened:  # fields over the program's limits (a name 200 characters, notes 10,000)
        print(f"{len(shortened)} row(s) had text longer than the program keeps; it was "
              "shortened:")
        _print_bad(shortened)
    if report.flagged:  # kept as written (a phone number without area code …), to review
        print(f"{len(report.flagged)} value(s) could not be normalised and were kept as "
              "written, to review:")
        _print_bad([(n, review.text()) for n, review in report.flagged])
    _print_ignored(table.ignored, table.format)
    return 0


def _print_ignored(ignored: list[str], fmt: str) -> None:
    """The columns (or vCard properties) the import left out, always named."""
    what = "vCard properties" if fmt == "vcard" else "columns"
    if not ignored:
        print(f"Ignored {what}: none")
        return
    shown = ", ".join(ignored[:SHOW_BAD_ROWS])
    more = f" … and {len(ignored) - SHOW_BAD_ROWS} more" if len(ignored) > SHOW_BAD_ROWS else ""
    print(f"Ignored {what} ({len(ignored)}): {shown}{more}")


def cmd_export_contacts(url: str, fmt: str, out: Path, vcard_version: str = "4.0") -> int:
    from destination_norberg.app.network import export_contacts

    with user_errors():
        count = export_contacts(url, fmt, out, vcard_version)
    kind = f"{fmt}, vCard {vcard_version}" if fmt == "vcf" else fmt
    print(f"Wrote {count} contact(s) to {out} ({kind})")
    return 0


def cmd_gdpr_export(url: str, person: str, out: Path) -> int:
    from destination_norberg.app.network import gdpr_export

    with user_errors():
        json_path, html_path = gdpr_export(url, person, out, note=NOTE)
    print(f"Wrote {json_path} and {html_path} (the export is logged)")
    return 0


def cmd_gdpr_erase(url: str, person: str, yes: bool, backups: str = "") -> int:
    from destination_norberg.app.network import UnconfirmedErasureError, gdpr_erase

    with user_errors():
        try:
            done = gdpr_erase(url, person, yes, note=NOTE)
        except UnconfirmedErasureError as unconfirmed:
            raise UserError(f"{unconfirmed}; add --yes to erase them") from None
    if done.already_erased_at is not None:  # a second run finishes the first one's clean-up
        erasure.report_already_erased(url, done)
        return 0
    print(f"Erased the person with uid {done.person_uid}: {done.interactions_kept} "
          f"interaction(s) stay with their organisation without them, "
          f"{done.texts_scrubbed} text(s) had their name or address replaced")
    if not done.file_cleaned:
        print(f"note: {done.note}")
        erasure.how_to_finish(url, done)
    erasure.report_after_erasure(url, done, backups)  # issue 13: review, reach, backups
    return 0


def cmd_gdpr_due(url: str, today: date) -> int:
    from destination_norberg.app.network import retention_due

    due = retention_due(url, today)
    if not due:
        print(f"No retention review is due on {today.isoformat()}.")
        return 0
    print(f"{len(due)} retention review(s) due on {today.isoformat()}:")
    for r in due:
        when = r.retention_review_on.isoformat() if r.retention_review_on else "no date set"
        org = f" ({r.organisation_name})" if r.organisation_name else ""
        print(f"  {when}  id {r.person_id}: {r.name}{org}, {r.legal_basis}")
    return 0


_REASONS = {"orgnr": "same organisation number", "email": "same e-mail",
            "name": "similar names"}


def cmd_network_duplicates(url: str) -> int:
    from destination_norberg.app.network import duplicates

    found = duplicates(url)
    if not found.groups:
        print("No possible duplicates found.")
        return 0
    print(f"{len(found.groups)} group(s) of possible duplicates:")
    for g in found.groups:
        members = "; ".join(f"id {i} {found.names[g.kind].get(i, '?')}" for i in g.ids)
        detail = g.detail if g.reason != "name" else ""
        print(f"  {g.kind}s, {_REASONS[g.reason]}{f' ({detail})' if detail else ''}: "
              f"{members}")
    return 0


def cmd_merge_people(url: str, keep: str, others: list[str], as_json: bool) -> int:
    import json

    from destination_norberg.app.network_edit import merge_people

    with user_errors():
        result, _kept = merge_people(url, keep, others)
    after = result.keep_after
    data = {"kept": {"id": after["id"], "uid": after["uid"], "name": after["name"],
                     "email": after["email"], "phone": after["phone"]},
            "removed": [{"id": r["id"], "uid": r["uid"]} for r in result.removed],
            "contacts_moved": len(result.links), "tasks_moved": len(result.tasks),
            "contacts": after["interaction_ids"], "tasks": after["task_ids"]}
    if as_json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    removed = ", ".join(f"id {r['id']}" for r in result.removed)
    print(f"Merged {removed} into id {after['id']} {after['name']}: "
          f"{len(result.links)} contact link(s) and {len(result.tasks)} task(s) moved; "
          f"{after['name']} now has {len(after['interaction_ids'])} contact(s) and "
          f"{len(after['task_ids'])} task(s)")
    return 0
