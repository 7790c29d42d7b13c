"""A volunteer list (CSV or XLSX: name, phone, e-mail, role wish, consent) as rows to store.

The contacts import's parts do the reading where they fit: its text decoding (BOM, UTF-16,
Windows-1252 from Swedish Excel), its delimiter detection, its header names for name,
e-mail and phone (contacts_mapping.field_for: Namn, Förnamn + Efternamn, E-post, Mobil …),
its cell text and phone repair for spreadsheets (Excel's dropped leading 0), and the
phonenumbers rules (core.contacts.read_phone). Its mapping dialog does not: a volunteer list
has two columns no contact list has (role wish, consent) and the consent decides whether a
row may be stored at all, so this reader knows those headers itself and a `mapping`
(column -> name/phone/email/role_wish/consent) may override what it guesses.

A row without consent ("ja", "yes", "x", "1", a date …) is not imported: without it there is
no legal basis to keep the person (GDPR), so it is reported and nothing of it is stored.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from destination_norberg.core.contacts import read_phone
from destination_norberg.core.plain_text import CODE_MAX, NAME_MAX, clean

from .contacts_csv import detect_delimiter
from .contacts_mapping import field_for
from .contacts_table import ContactsFileError, decode_text, read_capped
from .contacts_xlsx import cell_text, phone_text

FIELDS = ("name", "first_name", "last_name", "phone", "email", "role_wish", "consent")
_OWN = {
    "role_wish": ("role wish", "wished role", "preferred role", "role", "önskad roll",
                  "rollönskemål", "önskemål", "roll", "uppgift", "önskad uppgift"),
    "consent": ("consent", "samtycke", "samtycker", "samtycke gdpr", "gdpr", "godkänner",
                "medgivande"),
    "first_name": ("first name", "given name", "förnamn"),
    "last_name": ("last name", "family name", "surname", "efternamn"),
}
_NORM = re.compile(r"[\s\-_./:,()]+")
_BY_NAME = {_NORM.sub(" ", n.casefold()).strip(): f for f, names in _OWN.items() for n in names}
_YES = {"ja", "j", "yes", "y", "x", "1", "true", "sant", "ok", "samtycker", "godkänt",
        "godkänd", "✓"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
MAX_ROWS = 20_000
NO_NAME, NO_CONSENT = "no_name", "no_consent"


class VolunteerFileError(ValueError):
    """The file cannot be read as a volunteer list; one sentence for the user."""


@dataclass(frozen=True, slots=True)
class VolunteerRow:
    row: int
    name: str
    phone: str
    email: str
    role_wish: str


@dataclass
class VolunteerTable:
    columns: list[str]
    mapping: dict[str, str]
    rows: list[VolunteerRow] = field(default_factory=list)
    #: (row, why, name): why is NO_NAME or NO_CONSENT; each front end words it
    rejected: list[tuple[int, str, str]] = field(default_factory=list)


def guess(columns: list[str]) -> dict[str, str]:
    """column -> field for the headers this reader knows."""
    mapping: dict[str, str] = {}
    for column in columns:
        key = _NORM.sub(" ", column.casefold()).strip(" *\"'")
        target = _BY_NAME.get(key)
        if target is None and ("samtyck" in key or "consent" in key):  # "GDPR-samtycke"
            target = "consent"
        if target is None:
            contact = field_for(column)
            target = contact if contact in ("name", "phone", "email") else None
        if target and target not in mapping.values():
            mapping[column] = target
    return mapping


def consented(text: str) -> bool:
    value = text.strip().casefold()
    return value in _YES or bool(_DATE.match(value))


def _cells(path: Path) -> list[tuple[int, list[str]]]:
    """(row number as a spreadsheet shows it, cells as text) of the first sheet or the CSV."""
    with open(path, "rb") as handle:
        head = handle.read(4)
    if head.startswith(b"PK\x03\x04") or path.suffix.casefold() in (".xlsx", ".xlsm", ".ods"):
        import python_calamine as calamine

        try:
            book = calamine.CalamineWorkbook.from_path(str(path))
            values = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
        except Exception:  # noqa: BLE001 - CalamineError, ZipError …: one sentence
            raise VolunteerFileError(f"{path.name} cannot be read as a spreadsheet.") from None
        return [(n, [_cell(v) for v in row]) for n, row in enumerate(values, start=1)]
    text, _encoding = decode_text(read_capped(str(path)))
    if "\x00" in text[:4096]:
        raise VolunteerFileError(f"{path.name} holds binary data; it is not a CSV text file.")
    delimiter, skip = detect_delimiter(text)
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error:
        raise VolunteerFileError(f"{path.name} cannot be read as CSV.") from None
    return [(n, r) for n, r in enumerate(rows, start=1) if not (skip and n == 1)]


def _cell(value: Any) -> str:
    return phone_text(value) if isinstance(value, int | float) else cell_text(value)


def read_volunteers(path: str | Path, mapping: dict[str, str] | None = None) -> VolunteerTable:
    """The volunteer list at `path`; VolunteerFileError when it cannot be read as one."""
    path = Path(path)
    try:
        records = [(n, r) for n, r in _cells(path) if "".join(r).strip()]
    except FileNotFoundError:
        raise VolunteerFileError(f"The file {path.name} does not exist.") from None
    except ContactsFileError as exc:  # too large to be a list
        raise VolunteerFileError(str(exc)) from None
    except OSError as exc:
        raise VolunteerFileError(f"The file {path.name} cannot be opened "
                                 f"({exc.strerror or exc}).") from None
    if not records:
        raise VolunteerFileError(f"{path.name} is empty.")
    if len(records) > MAX_ROWS:
        raise VolunteerFileError(f"{path.name} has more than {MAX_ROWS} rows; split it.")
    columns = [c.strip() for c in records[0][1]]
    chosen = mapping or guess(columns)
    unknown = sorted(set(chosen.values()) - set(FIELDS))
    if unknown:
        raise VolunteerFileError(f"Unknown field {', '.join(unknown)}; the fields are "
                                 f"{', '.join(FIELDS)}.")
    if not ({"name", "first_name", "last_name"} & set(chosen.values())):
        raise VolunteerFileError(f"{path.name} has no column with the names (Namn, Name).")
    if "consent" not in chosen.values():
        raise VolunteerFileError(f"{path.name} has no consent column (Samtycke, Consent): "
                                 "without consent no one may be put on the volunteer list.")
    where = {f: columns.index(c) for c, f in chosen.items() if c in columns}
    table = VolunteerTable(columns, chosen)
    for number, cells in records[1:]:
        def get(name: str, cells: list[str] = cells) -> str:
            i = where.get(name)
            return cells[i].strip() if i is not None and i < len(cells) else ""

        name = get("name") or " ".join(p for p in (get("first_name"), get("last_name")) if p)
        name = clean(name, NAME_MAX)[0] if name else ""
        if not name:
            table.rejected.append((number, NO_NAME, ""))
            continue
        if not consented(get("consent")):
            table.rejected.append((number, NO_CONSENT, name))
            continue
        phone = read_phone(get("phone")).value if get("phone") else ""
        table.rows.append(VolunteerRow(number, name, clean(phone, CODE_MAX)[0],
                                       clean(get("email").casefold(), CODE_MAX)[0],
                                       clean(get("role_wish"), NAME_MAX)[0]))
    return table
