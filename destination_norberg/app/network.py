"""The business network's use cases: what the network area shows (the whole network, one
organisation in full), contacts in and out, one person's data under the GDPR,
retention reviews and possible duplicates.

A contact file is read completely before the database is opened, so an unreadable file
writes nothing and creates no database; the import itself is one write unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from destination_norberg.app.errors import AppError
from destination_norberg.app.logs import logged

if TYPE_CHECKING:  # the store (and SQLAlchemy) loads when first needed, not at start-up
    from destination_norberg.store.network_read import NetworkSnapshot, OrganisationDetail


def __getattr__(name: str) -> Any:
    """NetworkSnapshot and OrganisationDetail, the store's, loaded on first use: the command
    line imports this module to build its parser and must not load the store for that."""
    if name in ("NetworkSnapshot", "OrganisationDetail"):
        from destination_norberg.store import network_read

        return getattr(network_read, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

FORMATS = ("csv", "xlsx", "vcf")
#: vCard versions an export writes: 4.0 (RFC 6350) and 3.0 (what Outlook and many phones read)
VCARD_VERSIONS = ("4.0", "3.0")


def read_contacts_file(file: Path, mapping_file: Path | None, sheet: str | None) -> Any:
    """The contact table of `file` (rows and bad rows); AppError when nothing can be read."""
    from destination_norberg.exchange.contacts_read import (
        ContactsFileError,
        load_mapping_file,
        read_contacts,
    )

    try:
        mapping = load_mapping_file(mapping_file) if mapping_file is not None else None
        table = read_contacts(file, mapping=mapping, sheet=sheet)
    except ContactsFileError as exc:
        raise AppError(f"{file.name}: {exc}") from exc
    if not table.rows and not table.errors:
        if not table.mapping:
            raise AppError(f"{file.name}: no column could be matched to a contact field; "
                           "give the columns with --mapping FILE")
        raise AppError(f"{file.name}: there are no contacts in the file")
    return table


def read_contacts(path: Path, mapping: dict[str, str] | None = None, sheet: str | None = None,
                  has_header: bool | None = None) -> Any:
    """The window's contact file read as it is (exchange.contacts_read): `mapping` (column ->
    field) replaces the guessed one, `sheet` picks an XLSX sheet, `has_header` None detects."""
    from destination_norberg.exchange.contacts_read import read_contacts as read

    return read(path, mapping=mapping, sheet=sheet, has_header=has_header)


def flagged_values(table: Any) -> list[tuple[int, Any]]:
    """(row, what to review) of the values an import of `table` will keep as written: the
    preview shows them before the import reports them (core.contacts.row_flags, one rule);
    each is a core.contacts.Review (kind, value; `.text()` in English)."""
    from destination_norberg.core.contacts import row_flags

    return [(row.source_row, flag) for row in table.rows for flag in row_flags(row)]


@logged("contacts import")
def import_contacts_table(url: str, table: Any, name: str, strict: bool,
                          today: date | None = None) -> Any:
    """Write the table's good rows in one unit (with `strict`, none when any is bad)."""
    from destination_norberg.store.network_import import import_contacts
    from destination_norberg.store.opening import open_database

    engine = open_database(url)
    try:
        return import_contacts(engine, table.rows, name, strict=strict, today=today)
    finally:
        engine.dispose()


@logged("contacts export", lambda n: f"{n} contacts")
def export_contacts(url: str, fmt: str, out: Path, vcard_version: str = "4.0") -> int:
    """Every organisation with its people to `out` as CSV, XLSX or vCard; the count."""
    from destination_norberg.exchange.contacts_write import (
        write_contacts_csv,
        write_contacts_xlsx,
        write_vcards,
    )
    from destination_norberg.store.network_lists import contacts_for_export
    from destination_norberg.store.reading import read_with

    if fmt not in FORMATS:
        raise AppError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    rows = read_with(url, contacts_for_export)
    if not rows:
        raise AppError("there are no contacts to export")
    if vcard_version not in VCARD_VERSIONS:
        raise AppError(f"unknown vCard version {vcard_version!r}; choose one of "
                       f"{', '.join(VCARD_VERSIONS)}")
    if fmt == "vcf":
        return write_vcards(rows, out, vcard_version)
    writer = {"csv": write_contacts_csv, "xlsx": write_contacts_xlsx}[fmt]
    return writer(rows, out)


def gdpr_export(url: str, person: str, out: Path, note: str) -> tuple[Path, Path]:
    """Everything held about `person` as JSON and HTML in the folder `out` (logged)."""
    from destination_norberg.store.gdpr_export import export_person
    from destination_norberg.store.opening import open_database

    if out.exists() and not out.is_dir():
        raise AppError(f"{out} is a file, not a folder: the export goes into a folder")
    engine = open_database(url)
    try:
        return export_person(engine, person, out, note=note)
    finally:
        engine.dispose()


class UnconfirmedErasureError(AppError):
    """An erasure asked for without its confirmation; each front end asks in its own way
    (the window with a dialog that names the person, the command line with --yes)."""


def gdpr_erase(url: str, person: str, yes: bool, note: str) -> Any:
    """Erase `person` for good (only with `yes`; without, AppError says who it would be).

    Someone erased before is not "no person": the erasure's file clean-up runs again (it
    may have been left undone while another program had the database open) and the
    result says when they were erased (`already_erased_at`)."""
    from destination_norberg.store.gdpr import (
        erase_person,
        erased_before,
        find_person,
        finish_clean_up,
    )
    from destination_norberg.store.opening import open_database
    from destination_norberg.store.planning_write import NotFoundError
    from destination_norberg.store.rows import EngineRows

    engine = open_database(url)
    try:
        try:
            ref = find_person(EngineRows(engine), person)
        except NotFoundError:
            earlier = erased_before(engine, person)
            if earlier is None:
                raise
            return finish_clean_up(engine, *earlier)
        if not yes:
            raise UnconfirmedErasureError(f"this erases {ref.label()} for good and cannot be "
                                     "undone")
        return erase_person(engine, ref.uid, note=note)
    finally:
        engine.dispose()


def retention_due(url: str, today: date) -> list[Any]:
    """The people whose retention review is due on `today`."""
    from destination_norberg.store.network_lists import retention_due as due
    from destination_norberg.store.reading import read_with

    return read_with(url, lambda source: due(source, today))


@dataclass(frozen=True)
class Duplicates:
    """Groups of organisations or people that look like one, and the names of their ids."""

    groups: list[Any]
    names: dict[str, dict[int, str]]  # "organisation" / "person" -> id -> name


def duplicates(url: str) -> Duplicates:
    """Possible duplicates, with the names to show them by."""
    from destination_norberg.store.network_lists import duplicates as find
    from destination_norberg.store.network_read import network_snapshot
    from destination_norberg.store.reading import read_with

    def read(source: Any) -> tuple[list[Any], Any]:
        groups = find(source)
        return groups, network_snapshot(source) if groups else None

    groups, snapshot = read_with(url, read)
    if not groups or snapshot is None:
        return Duplicates([], {})
    return Duplicates(groups, {"organisation": snapshot.organisation_names(),
                               "person": {p.id: p.name for p in snapshot.persons}})


def read_network(url: str) -> NetworkSnapshot:
    """Worker: every organisation with what the table and its filters need."""
    from destination_norberg.store.network_read import network_snapshot
    from destination_norberg.store.reading import read_with

    return read_with(url, network_snapshot)


def read_organisation(url: str, org_id: int) -> OrganisationDetail | None:
    """Worker: one organisation with its people and conversations (None if removed)."""
    from destination_norberg.store.network_read import organisation_detail
    from destination_norberg.store.reading import read_with

    return read_with(url, lambda source: organisation_detail(source, org_id))
