"""Contact export: CSV and XLSX that are safe to open in a spreadsheet, and vCard 4.0 or 3.0
(Outlook and many phones read only 3.0).

Formula injection (DESIGN.md §4): a spreadsheet runs a cell that starts with = + - @ (or a
tab or CR) as a formula, so an organisation called `=HYPERLINK("http://x","y")` would become
a live link. Every CSV cell goes through `safe_cell`, which puts an apostrophe in front of
such text (the OWASP advice; our reader takes it off again). XLSX cells are written as
string cells explicitly (openpyxl would otherwise make "=…" a formula) and, where the text
starts like a formula, get Excel's hidden quote prefix, so it stays text even when edited.

Phone numbers are written the Swedish way (`0223-123 45`, via display_phone): they start
with 0, so no spreadsheet takes them for a formula or a number and drops the 0; a foreign
number (`+44 …`) is guarded like any other text.

CSV is UTF-8 with a BOM and semicolons: Swedish Excel uses the comma as the decimal sign and
so expects ";" as the list separator — a ";" file opens in columns on a double click, a ","
file in one column — and without the BOM it would read å, ä, ö as Windows-1252. The header
is Swedish and is recognised by our own reader, so an export imports again unchanged.

Each writer writes to a temporary file beside the target and renames it, so a failed export
never leaves half a file (not even on a full disk, where closing the file fails as well), and
returns the number of contacts written; an OSError comes out as core.diskerrors.WriteError,
one line that says why ("the disk is full: …").
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
import uuid
from collections.abc import Iterable
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from destination_norberg.core.contacts import (
    CONTACT_FIELDS,
    ContactError,
    ContactRow,
    display_phone,
    normalise_phone,
)
from destination_norberg.core.diskerrors import write_error
from destination_norberg.core.plain_text import strip_controls

from .contacts_mapping import GUARDED

HEADERS = {"organisation": "Organisation", "orgnr": "Organisationsnummer",
           "category": "Kategori", "name": "Namn", "role": "Roll", "email": "E-post",
           "phone": "Telefon", "street": "Adress", "postal_code": "Postnummer", "city": "Ort",
           "kommun": "Kommun", "website": "Webbplats", "tags": "Taggar",
           "notes": "Anteckningar"}
_ILLEGAL_XML = re.compile(r"[\000-\010\013\014\016-\037]")
_EXCEL_CELL_MAX = 32767
_UID_NAMESPACE = uuid.UUID("6f1c3a52-9c1e-4d1e-8a43-196200000000")


def safe_cell(text: str) -> str:
    """Text a spreadsheet shows as text: an apostrophe before a formula's first character;
    control characters (ESC, BEL, NUL …) left out, line breaks and tabs kept."""
    guard = bool(text) and text[0] in GUARDED  # a leading tab or CR is guarded too
    text = strip_controls(text)
    return "'" + text if guard else text


def _phone(text: str) -> str:
    try:
        return display_phone(normalise_phone(text))
    except ContactError:
        return text


def _values(row: ContactRow) -> list[str]:
    """The row's fields as text in CONTACT_FIELDS order; the phone in Swedish form."""
    out = []
    for name in CONTACT_FIELDS:
        if name == "tags":
            out.append(", ".join(row.tags))
        elif name == "phone":
            out.append(_phone(row.phone))
        else:
            out.append(str(getattr(row, name) or "").replace("\r\n", "\n"))
    return out


@contextmanager
def _replacing(path: str | Path, mode: str = "w", **kwargs: Any) -> Any:
    """A temporary file that replaces `path` only when writing succeeded."""
    target = Path(path)
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed and renamed below
            mode, dir=target.parent, prefix=f".{target.name}.", suffix=".part", delete=False,
            **kwargs)
    except OSError as exc:
        raise write_error(exc, target) from exc
    try:
        yield handle
        handle.close()
        os.replace(handle.name, target)
    except BaseException as exc:
        # On a full disk close() fails too (it flushes): the .part must go all the same.
        with suppress(OSError):
            handle.close()
        with suppress(OSError):
            os.unlink(handle.name)
        if isinstance(exc, OSError):
            raise write_error(exc, target) from exc
        raise


def write_contacts_csv(rows: Iterable[ContactRow], path: str | Path) -> int:
    """Semicolon CSV in UTF-8 with a BOM, every cell guarded; returns the rows written."""
    count = 0
    with _replacing(path, encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow([HEADERS[f] for f in CONTACT_FIELDS])
        for row in rows:
            writer.writerow([safe_cell(v) for v in _values(row)])
            count += 1
    return count


def write_contacts_xlsx(rows: Iterable[ContactRow], path: str | Path) -> int:
    """One sheet "Kontakter": bold frozen header, every cell a string cell; returns the rows
    written."""
    table = [_values(row) for row in rows]
    try:
        return _write_xlsx(table, path)
    except OSError as exc:  # openpyxl spools the sheet to a temporary file of its own
        raise write_error(exc, path) from exc


def _write_xlsx(table: list[list[str]], path: str | Path) -> int:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ERROR_CODES
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Kontakter")
    for index, name in enumerate(CONTACT_FIELDS):
        longest = max([len(HEADERS[name])] + [len(v) for v in
                                              (r[index].split("\n", 1)[0] for r in table[:2000])])
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(longest + 2, 60)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)

    def cell(text: str, header: bool = False) -> Any:
        text = _ILLEGAL_XML.sub("", text)[:_EXCEL_CELL_MAX]
        if not text:
            return None
        if not header and text[0] not in GUARDED and text not in ERROR_CODES:
            return text  # openpyxl writes any other str as a string cell (and fast)
        item = WriteOnlyCell(sheet, value=text)
        item.data_type = "s"  # never a formula ("=…") or an error code ("#N/A")
        if text[0] in GUARDED:
            item.quotePrefix = True
        if header:
            item.font = bold
        return item

    sheet.append([cell(HEADERS[name], header=True) for name in CONTACT_FIELDS])
    for values in table:
        sheet.append([cell(v) for v in values])
    # Packed in memory, then written: a full disk then fails our write, not openpyxl's
    # half-closed zip and sheet writers (which print tracebacks when collected).
    packed = io.BytesIO()
    book.save(packed)
    with _replacing(path, mode="wb") as handle:
        handle.write(packed.getbuffer())
    return len(table)


def _escape(text: str) -> str:
    text = strip_controls(text)  # no ESC, BEL or NUL into a vCard (CR LF becomes LF)
    return (text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n"))


def fold(line: str) -> str:
    """A content line folded at 75 octets (RFC 6350 §3.2), never inside a UTF-8 character."""
    if len(line.encode("utf-8")) <= 75:
        return line
    pieces: list[str] = []
    current: list[str] = []
    size, limit = 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, 74  # the leading space takes one octet
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def _card(row: ContactRow, version: str = "4.0") -> list[str]:
    """One card. 3.0 (RFC 2426) differs from 4.0 where readers care: the organisation's own
    card is marked as Apple and Outlook mark it (X-ABShowAs:COMPANY, 3.0 has no KIND), N is
    always there, and TEL is text with TYPE parameters instead of a tel: URI."""
    three = version == "3.0"
    organisation_only = not row.name and bool(row.organisation)
    key = "|".join((row.organisation, row.name, row.email, row.phone)).casefold()
    lines = ["BEGIN:VCARD", f"VERSION:{version}",
             "PRODID:-//Destination Norberg//Kontakter//SV",
             f"UID:urn:uuid:{uuid.uuid5(_UID_NAMESPACE, key)}"]
    if organisation_only:
        lines += ([f"FN:{_escape(row.organisation)}", "N:;;;;", "X-ABShowAs:COMPANY"] if three
                  else ["KIND:org", f"FN:{_escape(row.organisation)}"])
    else:
        shown = row.name or row.email or row.phone or "?"
        given, _, family = row.name.rpartition(" ") if " " in row.name else ("", "", row.name)
        lines += [f"FN:{_escape(shown)}", f"N:{_escape(family)};{_escape(given)};;;"]
    if row.organisation:
        lines.append(f"ORG:{_escape(row.organisation)}")
    text: list[tuple[str, str]] = [("TITLE", row.role), ("EMAIL", row.email),
                                   ("X-DN-ORGNR", row.orgnr), ("X-DN-CATEGORY", row.category),
                                   ("X-DN-KOMMUN", row.kommun)]
    lines += [f"{name}{';TYPE=INTERNET' if three and name == 'EMAIL' else ''}:"
              f"{_escape(value)}" for name, value in text if value]
    if row.phone:
        try:
            number = normalise_phone(row.phone)
            lines.append(f"TEL;TYPE=WORK,VOICE:{number}" if three
                         else f"TEL;VALUE=uri:tel:{number}")
        except ContactError:  # kept as written by an import, to review
            lines.append(f"TEL;TYPE=WORK,VOICE:{_escape(row.phone)}" if three
                         else f"TEL;VALUE=text:{_escape(row.phone)}")
    if row.street or row.city or row.postal_code:
        lines.append(f"ADR;TYPE={'WORK' if three else 'work'}:;;{_escape(row.street)};"
                     f"{_escape(row.city)};;{_escape(row.postal_code)};")
    if row.website:
        lines.append("URL:" + re.sub(r"[\r\n]+", " ", row.website.strip()))
    if row.notes:
        lines.append(f"NOTE:{_escape(row.notes)}")
    if row.tags:
        lines.append("CATEGORIES:" + ",".join(_escape(t) for t in row.tags))
    lines.append("END:VCARD")
    return [fold(line) for line in lines]


VCARD_VERSIONS = ("4.0", "3.0")


def write_vcards(rows: Iterable[ContactRow], path: str | Path, version: str = "4.0") -> int:
    """vCard 4.0 or 3.0, one card per row (an organisation without a person as its own
    card), CRLF line ends, folded at 75 octets; returns the cards written."""
    if version not in VCARD_VERSIONS:
        raise ValueError(f"vCard {version} is not written; choose 4.0 or 3.0")
    count = 0
    with _replacing(path, encoding="utf-8", newline="") as handle:
        for row in rows:
            handle.write("\r\n".join(_card(row, version)) + "\r\n")
            count += 1
    return count


__all__ = ["HEADERS", "VCARD_VERSIONS", "fold", "safe_cell", "write_contacts_csv",
           "write_contacts_xlsx", "write_vcards"]
