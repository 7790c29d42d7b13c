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

import re
from dataclasses import replace
from operator import attrgetter
from pathlib import Path

from destination_norberg.core.plain_text import CODE_MAX, NAME_MAX, TEXT_MAX, clean
from destination_norberg.core.said import said

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
        raise ContactsFileError(said("file.missing", "The file {name} does not exist.",
                                     name=path.name)) from None
    except IsADirectoryError:
        raise ContactsFileError(said("file.folder", "{name} is a folder, not a file.",
                                     name=path.name)) from None
    except OSError as exc:
        raise ContactsFileError(said("file.cannot_open", "The file {name} cannot be opened "
                                     "({reason}).", name=path.name,
                                     reason=exc.strerror or type(exc).__name__)) from None
    if not head:
        raise ContactsFileError(said("file.empty", "The file is empty."))
    suffix = path.suffix.lower()
    if head.startswith(_ZIP) or head.startswith(_OLE) or suffix in _WORKBOOK_SUFFIXES:
        return _cleaned(read_xlsx(path, mapping=mapping, sheet=sheet, has_header=has_header))
    data = read_capped(str(path))
    if _is_vcard(data, suffix):
        return _cleaned(read_vcards(data))  # quoted-printable may hide an ESC as =1B
    return _cleaned(read_csv(data, mapping=mapping, has_header=has_header), data)


#: How much of each field is kept (core.plain_text); notes keep their line breaks.
LIMITS = {"organisation": NAME_MAX, "orgnr": CODE_MAX, "category": NAME_MAX,
          "name": NAME_MAX, "role": NAME_MAX, "email": CODE_MAX, "phone": CODE_MAX,
          "street": NAME_MAX, "postal_code": CODE_MAX, "city": NAME_MAX, "kommun": NAME_MAX,
          "website": CODE_MAX, "notes": TEXT_MAX, "country": NAME_MAX}
_FIELDS = attrgetter(*LIMITS)
_SUSPECT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# In a CSV file's bytes: C0 but tab, LF, CR, and DEL (each looked for with a fast `in`: a
# regular expression takes a quarter of a second over 20 MB); C1 as UTF-8 encodes it (0xC2
# 0x80–0x9F; in Windows-1252 those bytes are letters such as €). UTF-16 text has zero bytes
# throughout and so is always checked row by row.
_C0_BYTES = [bytes([b]) for b in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)]
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")


def _has_controls(raw: bytes) -> bool:
    return any(c in raw for c in _C0_BYTES) or (b"\xc2" in raw
                                                 and _C1_UTF8.search(raw) is not None)


def _cleaned(table: ContactTable, raw: bytes | None = None) -> ContactTable:
    """Every row without control characters (ESC, BEL, NUL …) and with each field within
    its limit; the rows shortened are listed in `table.shortened` for the preview. When the
    file's bytes (`raw`, CSV and vCard) hold no control character, a row costs one C-level
    attribute fetch and one length check (100,000 rows: about 0.15 s)."""
    controls = raw is None or _has_controls(raw)
    fields = _FIELDS
    for index, row in enumerate(table.rows):
        texts = fields(row)
        short = max(map(len, texts)) <= NAME_MAX and not (
            row.tags and max(map(len, row.tags)) > NAME_MAX)
        if short and (not controls or not _SUSPECT.search("".join(texts) + "".join(row.tags))):
            continue
        changes: dict[str, object] = {}
        cut: list[str] = []
        for name, text in zip(LIMITS, texts, strict=True):
            fixed, shortened = clean(text, LIMITS[name], multiline=name == "notes")
            if fixed != text:
                changes[name] = fixed
            if shortened:
                cut.append(name)
        tags = [clean(t, NAME_MAX)[0] for t in row.tags]
        if tags != row.tags:
            changes["tags"] = [t for t in tags if t]
        if changes:
            table.rows[index] = replace(row, **changes)  # type: ignore[arg-type]
        if cut:
            table.shortened.append((row.source_row, ", ".join(cut)))
    return table
