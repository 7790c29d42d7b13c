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

from destination_norberg.store.gdpr import erase_person as erase_person
from destination_norberg.store.gdpr_export import export_person as export_person
from destination_norberg.store.network_import import import_contacts as import_contacts
from destination_norberg.store.network_import import undo_import as undo_import
from destination_norberg.store.network_merge import merge_organisations as merge_organisations
from destination_norberg.store.network_merge import undo_merge as undo_merge
from destination_norberg.store.network_write import FIELDS as FIELDS
from destination_norberg.store.network_write import delete_row as delete_row
from destination_norberg.store.network_write import insert_row as insert_row
from destination_norberg.store.network_write import load as load
from destination_norberg.store.network_write import update_row as update_row

__all__ = ["FIELDS", "contacts_for_export", "delete_row", "duplicates", "erase_person",
           "export_contacts_to", "export_person", "gdpr_log", "import_contacts", "insert_row",
           "load",
           "merge_organisations", "retention_due", "undo_import", "undo_merge", "update_row"]


def contacts_for_export(engine: Any) -> list[Any]:
    """Every organisation with its people, as rows for a contacts file."""
    from destination_norberg.store.network_lists import contacts_for_export as rows
    from destination_norberg.store.rows import EngineRows

    found: list[Any] = rows(EngineRows(engine))
    return found


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
