"""Edits of the network (rows, merges, imports, GDPR erasure and export) and the reads the
window's network tools make on the engine it holds open.

Each opens its own unit on the engine it is given. The writes are the store's functions
under their use-case names: the network page, its tools and its undo commands call them
here, never store/ (the "through app" contract in pyproject.toml). Importing this module
loads SQLAlchemy: import it inside the function that uses it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from destination_norberg.app.logs import logged
from destination_norberg.store.gdpr import erase_person as erase_person
from destination_norberg.store.gdpr_export import export_person as _export_person
from destination_norberg.store.network_import import import_contacts as _import_contacts
from destination_norberg.store.network_import import undo_import as undo_import
from destination_norberg.store.network_merge import merge_organisations as merge_organisations
from destination_norberg.store.network_merge import undo_merge as undo_merge
from destination_norberg.store.network_write import FIELDS as FIELDS
from destination_norberg.store.network_write import delete_row as delete_row
from destination_norberg.store.network_write import insert_row as insert_row
from destination_norberg.store.network_write import load as load
from destination_norberg.store.network_write import update_row as update_row
from destination_norberg.store.person_merge import MergeRefusedError as MergeRefusedError
from destination_norberg.store.person_merge import PersonMergeResult as PersonMergeResult
from destination_norberg.store.person_merge import merge_candidates as merge_candidates
from destination_norberg.store.person_merge import merge_persons as merge_persons
from destination_norberg.store.person_merge import undo_merge_persons as undo_merge_persons

#: The window's contacts import and GDPR export, the store's, logged with their counts.
import_contacts = logged("contacts import")(_import_contacts)
export_person = logged("GDPR export of a person", lambda files: f"{len(files)} files")(
    _export_person)

__all__ = ["FIELDS", "MergeRefusedError", "PersonMergeResult", "contacts_for_export",
           "delete_row", "duplicates", "erase_person", "export_contacts_to", "export_person",
           "gdpr_log", "import_contacts", "insert_row", "load", "merge_candidates",
           "merge_organisations", "merge_people", "merge_persons", "retention_due",
           "undo_import", "undo_merge", "undo_merge_persons", "update_row"]


def contacts_for_export(engine: Any) -> list[Any]:
    """Every organisation with its people, as rows for a contacts file."""
    from destination_norberg.store.network_lists import contacts_for_export as rows
    from destination_norberg.store.rows import EngineRows

    found: list[Any] = rows(EngineRows(engine))
    return found


@logged("contacts export", lambda n: f"{n} contacts")
def export_contacts_to(engine: Any, path: Path, vcard_version: str = "4.0") -> int:
    """Every organisation with its people to `path`: CSV or vCard (4.0, or 3.0 for Outlook
    and older phones) by its suffix, else XLSX (safe to open in a spreadsheet); the count."""
    from destination_norberg.exchange.contacts_write import (
        write_contacts_csv,
        write_contacts_xlsx,
        write_vcards,
    )

    rows = contacts_for_export(engine)
    suffix = path.suffix.casefold()
    if suffix in (".vcf", ".vcard"):
        return write_vcards(rows, path, vcard_version)
    count: int = (write_contacts_csv if suffix == ".csv" else write_contacts_xlsx)(rows, path)
    return count


def duplicates(engine: Any) -> list[Any]:
    """Groups of organisations or people that look like one."""
    from destination_norberg.store.network_lists import duplicates as find
    from destination_norberg.store.rows import EngineRows

    found: list[Any] = find(EngineRows(engine))
    return found


def retention_due(engine: Any, today: date) -> list[Any]:
    """The people whose retention review is due on `today`."""
    from destination_norberg.store.network_lists import retention_due as due
    from destination_norberg.store.rows import EngineRows

    found: list[Any] = due(EngineRows(engine), today)
    return found


def gdpr_log(engine: Any) -> list[Any]:
    """Every logged export and erasure of personal data."""
    from destination_norberg.store.gdpr import gdpr_log as log
    from destination_norberg.store.rows import EngineRows

    found: list[Any] = log(EngineRows(engine))
    return found


def merge_people(url: str, keep: str, others: list[str]) -> tuple[PersonMergeResult, Any]:
    """`network merge-people`: keep the person `keep` names (id or uid) with the default
    values (core.person_merge.merge_defaults), merge the `others` into them, in one write
    unit; (what the merge did, the kept person's reference)."""
    from destination_norberg.app.errors import AppError
    from destination_norberg.store.gdpr import find_person
    from destination_norberg.store.opening import open_database
    from destination_norberg.store.rows import EngineRows

    engine = open_database(url)
    try:
        rows = EngineRows(engine)
        kept = find_person(rows, keep)
        merged = [find_person(rows, o) for o in others]
        if any(p.uid == kept.uid for p in merged) or \
                len({p.uid for p in merged}) != len(merged):
            raise AppError("Name the person to keep and other people, each once; nothing "
                           "was merged.")
        return merge_persons(engine, kept.uid, [p.uid for p in merged]), kept
    finally:
        engine.dispose()
