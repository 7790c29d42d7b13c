"""What every contact reader hands back (ContactTable), its one error, and the shared limits.

Kept apart from contacts_read so the CSV, XLSX and vCard readers can use it without importing
each other. Import these names from contacts_read; that is the public module.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from destination_norberg.core.contacts import ContactRow

#: A contact list of a few hundred thousand rows is tens of megabytes; anything much larger
#: is something else, and reading it whole would only exhaust the memory.
MAX_FILE_BYTES = 256 * 1024 * 1024
#: Google's and Outlook's exports have about 90 columns; thousands mean a wrong delimiter
#: or a file that is not a table.
MAX_COLUMNS = 1000
MAX_ROWS = 1_000_000
#: One physical line (or one cell) longer than this is not part of a contact list.
MAX_LINE_CHARS = 1024 * 1024
#: Rows shown in the column-mapping dialog.
PREVIEW_ROWS = 20


class ContactsFileError(ValueError):
    """The whole file cannot be read; the message is one plain sentence for the user."""


@dataclass
class ContactTable:
    """A contact file as read: its columns and a preview for the mapping dialog, and every
    row mapped onto ContactRow. Row and card numbers are those the user sees (the row
    number a spreadsheet shows; the card's position in a vCard file, from 1).

    `rows` holds every row with something in a mapped column that identifies a contact;
    `errors` lists the other non-empty rows with the reason. With an empty mapping nothing
    can be judged, so both are empty and the caller asks for a mapping.
    """

    format: str
    columns: list[str]
    preview: list[list[str]]
    mapping: dict[str, str]
    rows: list[ContactRow]
    errors: list[tuple[int, str]]
    sheets: list[str] = field(default_factory=list)
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    #: (row, fields) of rows whose fields were longer than the program keeps and were cut
    shortened: list[tuple[int, str]] = field(default_factory=list)


def sniff_utf16(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" for UTF-16 text without a BOM (Apple Address Book writes
    big-endian vCards so), judged by where the zero bytes of ASCII characters fall."""
    head = data[:400]
    if len(head) < 4:
        return None
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = len(head) // 2
    if even > half * 0.6 and odd < half * 0.1:
        return "utf-16-be"
    if odd > half * 0.6 and even < half * 0.1:
        return "utf-16-le"
    return None


def decode_text(data: bytes) -> tuple[str, str]:
    """The text of a CSV or vCard file and the encoding found: a BOM decides; then UTF-16
    by its zero bytes; then UTF-8 if it decodes; else Windows-1252, which is what Swedish
    Excel and older Outlook write (å, ä, ö as single bytes)."""
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                      (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                      (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(name.replace("-sig", ""), errors="replace"), name
    wide = sniff_utf16(data)
    if wide:
        return data.decode(wide, errors="replace"), wide
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def read_capped(path: str) -> bytes:
    """The bytes of a file, refused before reading when it is too large to be a contact list."""
    with open(path, "rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ContactsFileError(f"The file is larger than {MAX_FILE_BYTES // 2**20} MB, "
                                "too large to be a contact list.")
    return data
