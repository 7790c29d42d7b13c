"""The business network on the command line: `import contacts`, `export contacts`,
`gdpr export|erase|due` and `network duplicates`.

A contact file is read completely before the database is opened, so an unreadable file
writes nothing and creates no database; the import itself is one write unit. Bad rows are
listed with their reason; without --strict the rest is imported, with it nothing is.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from destination_norberg.cli.main import UserError

FORMATS = ("csv", "xlsx", "vcf")
#: At most this many bad rows are printed one by one; the rest are counted.
SHOW_BAD_ROWS = 50


@contextmanager
def _reading(url: str) -> Iterator[Any]:
    """A RowSource: the sqlite3 fast path on a current SQLite file, else SQLAlchemy."""
    from destination_norberg.store.rows import EngineRows, open_current_sqlite

    fast = open_current_sqlite(url)
    if fast is not None:
        try:
            yield fast
        finally:
            fast.close()
        return
    from destination_norberg.store.opening import open_database

    engine = open_database(url)
    try:
        yield EngineRows(engine)
    finally:
        engine.dispose()


def _print_bad(rows: list[tuple[int, str]], what: str = "row") -> None:
    for number, reason in sorted(rows)[:SHOW_BAD_ROWS]:
        print(f"  {what} {number}: {reason}")
    if len(rows) > SHOW_BAD_ROWS:
        print(f"  … and {len(rows) - SHOW_BAD_ROWS} more")


def _read_file(file: Path, mapping_file: Path | None, sheet: str | None) -> Any:
    from destination_norberg.exchange.contacts_read import (
        ContactsFileError,
        load_mapping_file,
        read_contacts,
    )

    try:
        mapping = load_mapping_file(mapping_file) if mapping_file is not None else None
        table = read_contacts(file, mapping=mapping, sheet=sheet)
    except ContactsFileError as exc:
        raise UserError(f"{file.name}: {exc}") from exc
    if not table.rows and not table.errors:
        if not table.mapping:
            raise UserError(f"{file.name}: no column could be matched to a contact field; "
                            "give the columns with --mapping FILE")
        raise UserError(f"{file.name}: there are no contacts in the file")
    return table


def cmd_import_contacts(url: str, file: Path, mapping_file: Path | None, sheet: str | None,
                        strict: bool, today: date | None = None) -> int:
    from destination_norberg.store.network_import import import_contacts
    from destination_norberg.store.opening import open_database

    table = _read_file(file, mapping_file, sheet)
    if strict and table.errors:
        print(f"{file.name}: {len(table.errors)} bad row(s):")
        _print_bad(table.errors)
        raise UserError(f"{file.name} has bad rows; with --strict nothing was imported")
    engine = open_database(url)
    try:
        report = import_contacts(engine, table.rows, file.name, strict=strict, today=today)
    finally:
        engine.dispose()
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
    return 0


def cmd_export_contacts(url: str, fmt: str, out: Path) -> int:
    from destination_norberg.exchange.contacts_write import (
        write_contacts_csv,
        write_contacts_xlsx,
        write_vcards,
    )
    from destination_norberg.store.network_lists import contacts_for_export

    if fmt not in FORMATS:
        raise UserError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    with _reading(url) as source:
        rows = contacts_for_export(source)
    if not rows:
        raise UserError("there are no contacts to export")
    writer = {"csv": write_contacts_csv, "xlsx": write_contacts_xlsx, "vcf": write_vcards}[fmt]
    count = writer(rows, out)
    print(f"Wrote {count} contact(s) to {out} ({fmt})")
    return 0


def cmd_gdpr_export(url: str, person: str, out: Path) -> int:
    from destination_norberg.store.gdpr_export import export_person
    from destination_norberg.store.opening import open_database

    if out.exists() and not out.is_dir():
        raise UserError(f"{out} is a file; --out names a folder")
    engine = open_database(url)
    try:
        json_path, html_path = export_person(engine, person, out, note="command line")
    finally:
        engine.dispose()
    print(f"Wrote {json_path} and {html_path} (the export is logged)")
    return 0


def cmd_gdpr_erase(url: str, person: str, yes: bool) -> int:
    from destination_norberg.store.gdpr import erase_person, find_person
    from destination_norberg.store.opening import open_database
    from destination_norberg.store.rows import EngineRows

    engine = open_database(url)
    try:
        ref = find_person(EngineRows(engine), person)
        if not yes:
            raise UserError(f"this erases {ref.label()} for good and cannot be undone; "
                            "add --yes to erase them")
        done = erase_person(engine, ref.uid, note="command line")
    finally:
        engine.dispose()
    print(f"Erased the person with uid {done.person_uid}: {done.interactions_kept} "
          f"interaction(s) stay with their organisation without them, "
          f"{done.texts_scrubbed} text(s) had their name or address replaced")
    if not done.file_cleaned:
        print(f"note: {done.note}")
    return 0


def cmd_gdpr_due(url: str, today: date) -> int:
    from destination_norberg.store.network_lists import retention_due

    with _reading(url) as source:
        due = retention_due(source, today)
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
    from destination_norberg.store.network_lists import duplicates
    from destination_norberg.store.network_read import network_snapshot

    with _reading(url) as source:
        groups = duplicates(source)
        snapshot = network_snapshot(source) if groups else None
    if not groups or snapshot is None:
        print("No possible duplicates found.")
        return 0
    names = {"organisation": snapshot.organisation_names(),
             "person": {p.id: p.name for p in snapshot.persons}}
    print(f"{len(groups)} group(s) of possible duplicates:")
    for g in groups:
        members = "; ".join(f"id {i} {names[g.kind].get(i, '?')}" for i in g.ids)
        detail = g.detail if g.reason != "name" else ""
        print(f"  {g.kind}s, {_REASONS[g.reason]}{f' ({detail})' if detail else ''}: "
              f"{members}")
    return 0
