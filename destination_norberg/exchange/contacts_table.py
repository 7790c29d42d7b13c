"""What every contact reader hands back (ContactTable), its one error, and the shared limits.

Kept apart from contacts_read so the CSV, XLSX and vCard readers can use it without importing
each other. Import these names from contacts_read; that is the public module.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from destination_norberg.core.contacts import ContactRow
from destination_norberg.core.said import said

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
    #: vCard properties that hold data the program does not keep (BDAY, NICKNAME …)
    skipped_properties: list[str] = field(default_factory=list)

    @property
    def ignored(self) -> list[str]:
        """What the import leaves out, for the preview and the command line: the columns
        no field is mapped to, or a vCard's properties the program does not keep."""
        return [*self.skipped_properties, *(
            c for i, c in enumerate(self.columns) if c not in self.mapping
            and not (c.startswith("Column ") and not any(  # a trailing comma's empty column
                i < len(row) and row[i].strip() for row in self.preview)))]


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
        pass
    encoding = single_byte_encoding(data)
    return data.decode(encoding, errors="replace"), encoding


#: Bytes that are letters of Central European names in Latin-2 (ISO-8859-2 and
#: Windows-1250: Ą ą Ł ł Ś ś Š š Ź ź Ž ž Ż ż) but symbols in Windows-1252 (¡ £ ¦ © ¬ ® ¯ ±
#: ³ ¶ ¹ ¼ ¾ ¿): strong evidence. Č č Ě ě Ř ř ů ő ű ń ć read as letters in both (è, ø, æ …
#: are French, Danish, Norwegian): they count only beside strong evidence. Å and å
#: (Latin-2 ĺ Ĺ) count against.
_STRONG = frozenset(b"\xa1\xa3\xa6\xa9\xac\xae\xaf\xb1\xb3\xb6\xb9\xbc\xbe\xbf"
                    b"\x8c\x8d\x8f\x9c\x9d\x9f\xa5")  # Windows-1250's Ś Ť Ź ś ť ź Ą
_WEAK = frozenset(b"\xc8\xcc\xd8\xe8\xec\xf8\xf9\xf5\xfb\xf1\xe6")
_NORDIC = frozenset(b"\xe5\xc5")


def single_byte_encoding(data: bytes) -> str:
    """Windows-1252 (what Swedish Excel and older Outlook write) unless the text is Latin-2
    (Polish, Czech, Hungarian names): "iso-8859-2" or "cp1250".

    charset-normalizer proposes the encodings whose text reads without chaos; on a short
    contact file it cannot choose between them (measured: it picks cp1250 for a two-line
    Swedish CSV, so "Åke" would come out "Ĺke", and iso8859_10 for a Polish vCard), so the
    tie is broken by the letters each reading gives."""
    from charset_normalizer import from_bytes

    sample = data[:200_000]
    found = from_bytes(sample, cp_isolation=["cp1252", "iso8859_2", "cp1250"])
    plausible = {m.encoding for m in found}
    high = [b for b in sample if b >= 0x80]
    strong = sum(1 for b in high if b in _STRONG)
    weak = sum(1 for b in high if b in _WEAK)
    if not strong or strong + weak <= 2 * sum(1 for b in high if b in _NORDIC):
        return "cp1252"
    windows = any(0x80 <= b <= 0x9F for b in high)  # C1 controls in ISO-8859-2
    if windows and "cp1250" in plausible:
        return "cp1250"
    if not windows and ("iso8859_2" in plausible or "cp1250" in plausible):
        return "iso-8859-2"
    return "cp1252"


def read_capped(path: str) -> bytes:
    """The bytes of a file, refused before reading when it is too large to be a contact list."""
    with open(path, "rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ContactsFileError(said("contacts.file_too_large", "The file is larger than {mb} "
                                     "MB, too large to be a contact list.",
                                     mb=MAX_FILE_BYTES // 2**20))
    return data
