"""Guest nights by month from Tillväxtverket's or SCB's accommodation statistics, CSV or XLSX.

The exports of both portals (PxWeb) share a shape: title lines, maybe a blank line, a header
row, the data, maybe footnotes ("Källa: Tillväxtverket/SCB"). The header names the
dimensions (region, boendeform, hemvistland, tabellinnehåll) and either has one column per
month ("2025M01", "2025M01 Gästnätter") — the wide form PxWeb writes by default — or a month
column ("månad") and a value column ("Gästnätter", "värde"): the long form. A dimension
written only on the first of its rows (PxWeb's "no repeated labels") is filled down. The
words are read by core.guest_nights; a figure held back (".."), not there (".") or zero
("-") is a figure, not a mistake.

A row that cannot be read (a count that is no number, a kind of accommodation the statistics
do not have, the same month twice) is a bad row: each is listed with its line, and the file
is refused as a whole, so an import never stores half a month.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from destination_norberg.core.guest_nights import (
    NORBERG,
    NORBERG_CODE,
    TOTAL,
    GuestNightsError,
    NightsRow,
    accommodation_key,
    month_of,
    nights_of,
    origin_key,
)
from destination_norberg.core.said import said, sentences

MAX_FILE_BYTES = 50 * 1024 * 1024
HEAD_ROWS = 30
#: How many bad rows a refusal lists; the count says how many there were.
LISTED_BAD_ROWS = 8

_ROLES = {
    "region": ("region", "kommun", "municipality", "område", "län"),
    "accommodation": ("boendeform", "anläggningstyp", "anläggning", "accommodation", "typ av"),
    "origin": ("hemvistland", "hemland", "land", "country", "marknad", "nationalitet"),
    "content": ("tabellinnehåll", "contents", "innehåll"),
    "month": ("månad", "month", "period", "tid"),
    "value": ("gästnätter", "guest nights", "värde", "value", "antal", "övernattningar"),
}
_NIGHTS_WORDS = ("gästnätt", "guest night", "övernatt", "nights")


@dataclass(frozen=True)
class BadRow:
    line: int
    reason: str  # a core.said.Said: the window words it


@dataclass(frozen=True)
class NightsFile:
    """What a file holds: its counts and the rows that could not be read."""

    rows: list[NightsRow]
    bad: list[BadRow]

    @property
    def months(self) -> list[tuple[int, int]]:
        return sorted({(r.year, r.month) for r in self.rows})

    @property
    def regions(self) -> list[str]:
        return sorted({r.region for r in self.rows})


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value == int(value):
        return str(int(value))
    return str(value).strip()


def _table_csv(data: bytes) -> list[list[Any]]:
    from destination_norberg.exchange.contacts_table import decode_text

    text, _encoding = decode_text(data)
    lines = text.splitlines()
    sample = "\n".join(lines[:HEAD_ROWS + 5])
    delimiter = max((";", ",", "\t"), key=sample.count)
    return [list(r) for r in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _table_xlsx(path: Path) -> list[list[Any]]:
    import python_calamine as calamine

    try:
        book = calamine.CalamineWorkbook.from_path(str(path))
        return [list(r) for r in book.get_sheet_by_index(0).to_python(skip_empty_area=False)]
    except Exception as exc:  # noqa: BLE001 - calamine raises its own errors for a bad book
        raise GuestNightsError(said("nights.bad_workbook", "{name} cannot be read as a "
                                    "workbook ({reason})", name=path.name,
                                    reason=str(exc)[:200])) from None


def read_table(path: Path) -> list[list[Any]]:
    """The file's cells, row by row: XLSX by python-calamine, CSV by the csv module."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise GuestNightsError(said("nights.too_large", "{name} is larger than {mb} MB: "
                                        "it is not a table of guest nights", name=path.name,
                                        mb=MAX_FILE_BYTES // 2**20))
        if path.suffix.casefold() in (".xlsx", ".xlsm", ".xls", ".ods"):
            return _table_xlsx(path)
        return _table_csv(path.read_bytes())
    except FileNotFoundError:
        raise GuestNightsError(said("nights.missing", "there is no file {path}",
                                    path=str(path))) from None
    except IsADirectoryError:
        raise GuestNightsError(said("nights.folder", "{path} is a folder, not a file",
                                    path=str(path))) from None
    except PermissionError:
        raise GuestNightsError(said("nights.no_access", "the program may not read {name}",
                                    name=path.name)) from None


def _role(label: str) -> str | None:
    folded = label.casefold()
    if month_of(label) is not None:
        return None
    for role, words in _ROLES.items():
        if any(folded.startswith(w) or f" {w}" in folded for w in words):
            return role
    return None


def _header_at(table: Sequence[Sequence[Any]]) -> int:
    for i, row in enumerate(table[:HEAD_ROWS]):
        labels = [_text(c) for c in row]
        if sum(1 for t in labels if t and month_of(t) is not None) >= 1 and \
                sum(1 for t in labels if t) >= 2 and not all(month_of(t) for t in labels if t):
            return i
        roles = {_role(t) for t in labels if t}
        if "month" in roles and "value" in roles:
            return i
    raise GuestNightsError(said("nights.no_header", "no header with months (like 2025M01) "
                                "was found in the first {rows} rows: this is not an export of "
                                "guest nights by month", rows=HEAD_ROWS))


def _region_in_title(table: Sequence[Sequence[Any]], header: int) -> str | None:
    for row in table[:header]:
        for cell in row:
            text = _text(cell)
            if NORBERG.casefold() in text.casefold():
                return f"{NORBERG_CODE} {NORBERG}"
    return None


def read_guest_nights(path: Path) -> NightsFile:
    """The counts in `path` (CSV or XLSX). GuestNightsError when it is no such export."""
    return parse_table(read_table(Path(path)))


def parse_table(table: Sequence[Sequence[Any]]) -> NightsFile:
    header_at = _header_at(table)
    header = [_text(c) for c in table[header_at]]
    roles: dict[str, int] = {}
    month_columns: dict[int, tuple[int, int]] = {}
    for i, label in enumerate(header):
        found = month_of(label)
        if found is not None:
            rest = label.casefold().replace(f"{found[0]}m{found[1]:02d}", "").strip()
            if not rest or any(w in rest for w in _NIGHTS_WORDS):
                month_columns[i] = found
            continue
        role = _role(label)
        if role is not None and role not in roles:
            roles[role] = i
    wide = bool(month_columns)
    if not wide and not ("month" in roles and "value" in roles):
        raise GuestNightsError(said("nights.no_months", "the header names no months: this "
                                    "is not guest nights by month"))
    title_region = None if "region" in roles else _region_in_title(table, header_at)
    if "region" not in roles and title_region is None:
        raise GuestNightsError(said("nights.no_region_column", "the file does not say which "
                                    "municipality it counts: export it with the region "
                                    "(kommun) as a column"))
    rows: list[NightsRow] = []
    bad: list[BadRow] = []
    seen: dict[tuple[str, int, int, str, str], int] = {}
    carried: dict[str, str] = {}
    for n, raw in enumerate(table[header_at + 1:], start=header_at + 2):
        cells = [_text(c) for c in raw]
        if not any(cells):
            continue

        def cell(role: str, cells: list[str] = cells) -> str:
            i = roles.get(role)
            value = cells[i] if i is not None and i < len(cells) else ""
            if value:
                carried[role] = value
            return value or carried.get(role, "")

        dims = [cells[i] for i in roles.values() if i < len(cells)]
        values = [cells[i] for i in month_columns if i < len(cells)] if wide else \
            [cells[roles["value"]] if roles["value"] < len(cells) else ""]
        if not any(values) or (sum(1 for c in cells if c) == 1 and not any(dims[1:])):
            continue  # a footnote or a source line under the table
        if "content" in roles and cell("content") and not any(
                w in cell("content").casefold() for w in _NIGHTS_WORDS):
            continue  # another figure of the statistics (guests, capacity): not ours
        region = cell("region") if "region" in roles else title_region or ""
        kind_label = cell("accommodation") if "accommodation" in roles else ""
        kind = accommodation_key(kind_label) if kind_label else TOTAL
        origin = origin_key(cell("origin")) if "origin" in roles else TOTAL
        if not region:
            bad.append(BadRow(n, said("nights.row_no_region", "no region (kommun)")))
            continue
        if kind is None:
            bad.append(BadRow(n, said("nights.row_kind", "“{label}” is not a kind of "
                                      "accommodation the statistics count",
                                      label=kind_label[:40])))
            continue
        if wide:
            pairs = [(month_columns[i], cells[i] if i < len(cells) else "")
                     for i in month_columns]
        else:
            month = month_of(cell("month"))
            if month is None:
                bad.append(BadRow(n, said("nights.row_month", "“{text}” is not a month like "
                                          "2025M01", text=cell("month")[:20])))
                continue
            pairs = [(month, values[0])]
        for (year, month_no), text in pairs:
            try:
                nights = nights_of(text)
            except GuestNightsError as exc:
                bad.append(BadRow(n, exc.args[0] if exc.args else str(exc)))
                continue
            key = (region, year, month_no, kind, origin)
            if key in seen:
                bad.append(BadRow(n, said("nights.row_twice", "{month} is counted twice "
                                          "(also on line {line})",
                                          month=f"{year}M{month_no:02d}", line=seen[key])))
                continue
            seen[key] = n
            rows.append(NightsRow(region, year, month_no, kind, origin, nights))
    if not rows and not bad:
        raise GuestNightsError(said("nights.empty", "the file holds no guest nights"))
    return NightsFile(rows, bad)


def bad_rows_text(bad: Sequence[BadRow]) -> str:
    """The bad rows in one line: "Line 7: …. Line 9: …." (the first few, then how many)."""
    parts = [said("nights.bad_row", "Line {line}: {reason}.", line=b.line, reason=b.reason)
             for b in bad[:LISTED_BAD_ROWS]]
    more = len(bad) - LISTED_BAD_ROWS
    if more > 0:
        parts.append(said("nights.more_bad_rows", "And {count} more.", count=more))
    return sentences(parts)
