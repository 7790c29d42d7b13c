"""Contact import: one entry point for CSV, XLSX and vCard files, chosen by content.

`read_contacts` returns a ContactTable (columns and a preview for the mapping dialog, every
row mapped) or raises ContactsFileError with one sentence when the whole file cannot be
read. It reads; it does not validate: e-mail addresses and phone numbers come as written and
the store checks them in the one transaction that imports them (so nothing is half-imported
and one rule says what is wrong with a row). Rows that identify no contact are listed in
`errors`; empty rows are skipped without a word.

The dialog calls it again with the user's mapping, sheet and header choice.
"""

from __future__ import annotations

from pathlib import Path

from .contacts_csv import read_csv
from .contacts_mapping import guess_mapping, load_mapping_file
from .contacts_table import ContactsFileError, ContactTable, decode_text, read_capped
from .contacts_vcard import read_vcards
from .contacts_xlsx import read_xlsx

__all__ = ["ContactTable", "ContactsFileError", "guess_mapping", "load_mapping_file",
           "read_contacts"]

_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_OLE = b"\xd0\xcf\x11\xe0"
_WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xltx", ".xls", ".ods"}
_VCARD_SUFFIXES = {".vcf", ".vcard"}


def _is_vcard(data: bytes, suffix: str) -> bool:
    if suffix in _VCARD_SUFFIXES:
        return True
    text, _ = decode_text(data[:2048])
    return text.lstrip("\ufeff \t\r\n").upper().startswith("BEGIN:VCARD")


def read_contacts(path: str | Path, *, mapping: dict[str, str] | None = None,
                  sheet: str | None = None, has_header: bool | None = None) -> ContactTable:
    """Read a contact file. `mapping` (column -> field) replaces the guessed one; `sheet`
    picks an XLSX sheet; `has_header` None detects whether the first row names columns."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise ContactsFileError(f"The file {path.name} does not exist.") from None
    except IsADirectoryError:
        raise ContactsFileError(f"{path.name} is a folder, not a file.") from None
    except OSError as exc:
        raise ContactsFileError(f"The file {path.name} cannot be opened "
                                f"({exc.strerror or type(exc).__name__}).") from None
    if not head:
        raise ContactsFileError("The file is empty.")
    suffix = path.suffix.lower()
    if head.startswith(_ZIP) or head.startswith(_OLE) or suffix in _WORKBOOK_SUFFIXES:
        return read_xlsx(path, mapping=mapping, sheet=sheet, has_header=has_header)
    data = read_capped(str(path))
    if _is_vcard(data, suffix):
        return read_vcards(data)
    return read_csv(data, mapping=mapping, has_header=has_header)
