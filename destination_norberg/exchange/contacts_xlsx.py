"""Contact lists from workbooks: XLSX (Transitional and Strict OOXML), XLS and ODS, read with
python-calamine (16–30× faster than openpyxl's read-only mode on 10k–30k rows, see
bench/contacts_xlsx.py); openpyxl reads an XLSX calamine refuses, so nothing it could read
is refused.

- The sheet: as asked, else the first visible sheet with anything in it, else a hidden one.
- The header row need not be row 1: title and note lines above the table are skipped
  (contacts_mapping.find_header). Leading empty columns are dropped.
- Values as text: dates in ISO form (the reader applies the workbook's 1900 or 1904 date
  system), Excel's escapes (`_x000D_`) decoded, whole numbers without ".0"; a phone number
  Excel stored as a number gets back its lost 0 or + (701234567 -> 0701234567).
- A value merged over several rows fills each of them (an organisation merged beside its
  people); a cell in an e-mail or website column whose hyperlink is mailto:/http(s) gives
  the link's target ("Skicka e-post" linked to mailto:anna@… gives the address).
"""

from __future__ import annotations

import re
import warnings
import zipfile
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from destination_norberg.core.said import said

from .contacts_mapping import (
    HEAD_ROWS,
    NO_CONTACT,
    RowBuilder,
    bulk,
    check_mapping,
    find_header,
    guess_mapping,
    one_line,
    unique_columns,
)
from .contacts_table import MAX_ROWS, PREVIEW_ROWS, ContactsFileError, ContactTable
from .contacts_xlsx_package import SAVE_AS, check_package, link_text, sheet_extras, sheet_parts

#: OOXML's escape of a character XML cannot hold ("_x000D_" for a carriage return); a reader
#: that leaves it gives the literal text.
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _unescape_ooxml(text: str) -> str:
    return _OOXML_ESCAPE.sub(lambda m: chr(int(m[1], 16)), text)


def cell_text(value: Any) -> str:
    """A cell value as the text a coordinator would type."""
    if value is None:
        return ""
    if isinstance(value, str):
        return _unescape_ooxml(value) if "_x" in value else value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return f"{value:.15g}"
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        seconds = int(value.total_seconds())
        return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
    return str(value)


def phone_text(value: Any) -> str:
    """A phone number stored as a number, with the 0 or + that Excel dropped."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
        return cell_text(value)
    digits = str(abs(int(value)))
    if digits.startswith("46") and 10 <= len(digits) <= 12:
        return "+" + digits
    if 6 <= len(digits) <= 9:
        return "0" + digits
    return digits


#: A sheet's rows, numbered; a generator, so a reader that stops early can close it.
_Rows = Generator[tuple[int, list[Any]], None, None]


def _blank(row: list[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


def _rows(values: Iterator[Any], merges: list[tuple[int, int, int]], title: str) -> _Rows:
    """(row number, values) of a sheet, merged values filled down their rows."""
    starts: dict[int, list[tuple[int, int]]] = {}
    for first, col, last in merges:
        starts.setdefault(first, []).append((col, last))
    active: list[tuple[int, int, Any]] = []
    number = 0
    def rows_and_merge_tails() -> Iterator[tuple[int, Any]]:
        """The rows, and empty ones below the last while a merge reaches further down
        (a reader's sheet ends with its last value, the merge's cells are empty)."""
        last = 0
        for last, cells in enumerate(values, start=1):
            yield last, cells
        for extra in range(last + 1, max((m[2] for m in merges), default=0) + 1):
            yield extra, []

    try:
        for number, cells in rows_and_merge_tails():
            row = list(cells)
            if active:
                active = [a for a in active if a[1] >= number]
                for col, _last, value in active:
                    if col >= len(row):
                        row.extend([None] * (col + 1 - len(row)))
                    if row[col] is None or row[col] == "":
                        row[col] = value
            for col, last in starts.pop(number, ()):
                if col < len(row) and row[col] is not None and row[col] != "":
                    active.append((col, last, row[col]))
            yield number, row
    except ContactsFileError:
        raise
    except Exception:  # noqa: BLE001 - the readers raise many kinds on a damaged sheet
        raise ContactsFileError(said("contacts.sheet_damaged_near", "The sheet “{sheet}” is "
                                     "damaged near row {row} and cannot be read.",
                                     sheet=one_line(title), row=number + 1)) from None


def _head(rows: Iterator[tuple[int, list[Any]]]) -> list[tuple[int, list[Any]]]:
    head = []
    for number, row in rows:
        if not _blank(row):
            head.append((number, row))
            if len(head) >= HEAD_ROWS:
                break
    return head


_Links = dict[tuple[int, int], str]


@dataclass
class _Sheet:
    """One worksheet of either reader: its title, whether it shows, and how to read it."""

    title: str
    visible: bool
    open: Callable[[], tuple[_Rows, _Links]]


_Chosen = tuple[_Sheet, _Rows, list[tuple[int, list[Any]]], _Links]


def _choose(sheets: list[_Sheet], sheet: str | None) -> _Chosen:
    titles = [one_line(ws.title) for ws in sheets]
    if sheet is not None:
        chosen = next((ws for ws in sheets if ws.title == sheet), None) or next(
            (ws for ws in sheets if ws.title.casefold() == sheet.strip().casefold()), None)
        if chosen is None:
            raise ContactsFileError(said("contacts.no_such_sheet", "The workbook has no sheet "
                                         "named “{sheet}”; its sheets are: {sheets}.",
                                         sheet=one_line(sheet), sheets=", ".join(titles)))
        rows, links = chosen.open()
        head = _head(rows)
        if not head:
            raise ContactsFileError(said("contacts.sheet_empty", "The sheet “{sheet}” is empty.",
                                         sheet=one_line(chosen.title)))
        return chosen, rows, head, links
    visible = [ws for ws in sheets if ws.visible]
    for ws in visible + [ws for ws in sheets if ws not in visible]:
        rows, links = ws.open()
        head = _head(rows)
        if head:
            return ws, rows, head, links
        rows.close()
    raise ContactsFileError(said("contacts.workbook_empty",
                                 "The workbook has no data: every sheet is empty."))


_DAMAGED = said("contacts.workbook_damaged", "The workbook is damaged and cannot be read; open "
                "it in Excel, save it again and import again.")


def _calamine_sheets(path: Path) -> tuple[Any, list[_Sheet]] | None:
    """The worksheets as python-calamine reads them; None when it cannot open the file."""
    import python_calamine as calamine

    try:
        book = calamine.CalamineWorkbook.from_path(str(path))
        metadata = [m for m in book.sheets_metadata
                    if m.typ == calamine.SheetTypeEnum.WorkSheet]
    except Exception:  # noqa: BLE001 - CalamineError, XmlError, ZipError, ValueError …
        return None
    parts = sheet_parts(path)

    def opener(name: str) -> Callable[[], tuple[_Rows, _Links]]:
        def open_sheet() -> tuple[_Rows, _Links]:
            try:
                ws = book.get_sheet_by_name(name)
                values = ws.to_python(skip_empty_area=False)
                spans = ws.merged_cell_ranges or []
            except Exception:  # noqa: BLE001 - a damaged sheet
                raise ContactsFileError(said("contacts.sheet_damaged", "The sheet “{sheet}” is "
                                             "damaged and cannot be read.",
                                             sheet=one_line(name))) from None
            merges, links = sheet_extras(path, parts.get(name))
            if spans:
                merges = [(r1 + 1, c1, r2 + 1) for (r1, c1), (r2, _c2) in spans if r2 > r1]
            return _rows(iter(values), merges, name), links
        return open_sheet

    return book, [_Sheet(m.name, m.visible == calamine.SheetVisibleEnum.Visible,
                         opener(m.name)) for m in metadata]


def _openpyxl_sheets(path: Path) -> tuple[Any, list[_Sheet]]:
    """The worksheets as openpyxl's read-only mode reads them (an XLSX calamine refused)."""
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises KeyError, ValueError, XML errors …
        raise ContactsFileError(_DAMAGED) from None

    def opener(ws: Any) -> Callable[[], tuple[_Rows, _Links]]:
        def open_sheet() -> tuple[_Rows, _Links]:
            merges, links = sheet_extras(path, getattr(ws, "_worksheet_path", None))
            ws.reset_dimensions()  # a wrong <dimension> would otherwise cut rows short
            return _rows(ws.iter_rows(values_only=True), merges, ws.title), links
        return open_sheet

    return book, [_Sheet(ws.title, ws.sheet_state == "visible", opener(ws))
                  for ws in book.worksheets if hasattr(ws, "iter_rows")]


def read_xlsx(path: str | Path, *, mapping: dict[str, str] | None = None,
              sheet: str | None = None, has_header: bool | None = None) -> ContactTable:
    """A workbook contact list as a ContactTable (see contacts_read.read_contacts)."""
    path = Path(path)
    check_package(path)
    opened = _calamine_sheets(path)
    if opened is None:
        if not zipfile.is_zipfile(path):
            raise ContactsFileError(_DAMAGED)
        opened = _openpyxl_sheets(path)
    book, sheets = opened
    try:
        return _read_book(sheets, mapping, sheet, has_header)
    finally:
        book.close()


def _read_book(sheets: list[_Sheet], mapping: dict[str, str] | None, sheet: str | None,
               has_header: bool | None) -> ContactTable:
    if not sheets:
        raise ContactsFileError(said("contacts.no_worksheet", "The workbook has no worksheet "
                                     "that can be read; {save_as}.", save_as=SAVE_AS))
    chosen, rows, head, links = _choose(sheets, sheet)

    texts = [[cell_text(v) for v in row] for _, row in head]
    at = find_header(texts, mapping, has_header)
    # leading empty columns of the table (not of a title line above it) are dropped
    left = min(next(i for i, c in enumerate(t) if c.strip()) for t in texts[at or 0:])
    texts = [t[left:] for t in texts]
    header = texts[at] if at is not None else None
    body = head[at + 1:] if at is not None else head
    body_texts = texts[at + 1:] if at is not None else texts

    def last_filled(cells: list[str]) -> int:
        return max((i + 1 for i, c in enumerate(cells) if c.strip()), default=0)

    width = max([last_filled(header) if header else 0]
                + [last_filled(t) for t in body_texts]) or 1
    columns = unique_columns(header, width)
    fitted = check_mapping(mapping, columns) if mapping else guess_mapping(columns)
    table = ContactTable(format="xlsx", columns=columns, preview=[], mapping=fitted, rows=[],
                         errors=[], sheets=[chosen.title] + [ws.title for ws in sheets
                                                              if ws is not chosen],
                         sheet=chosen.title)
    table.preview = [(t + [""] * width)[:width] for t in body_texts[:PREVIEW_ROWS]]
    builder = RowBuilder(columns, fitted)
    if builder.empty:
        rows.close()
        return table

    phones = [i for i, c in enumerate(columns) if fitted.get(c) == "phone"]
    linked = [(i, fitted[c]) for i, c in enumerate(columns)
              if fitted.get(c) in ("email", "website")]
    linked = linked if links else []

    def take(number: int, row: list[Any]) -> None:
        cells = row[left:left + width]
        text = [cell_text(v) for v in cells]
        for i in phones:
            if i < len(cells) and isinstance(cells[i], int | float):
                text[i] = phone_text(cells[i])
        for i, target_field in linked:
            target = links.get((number, left + i))
            found = link_text(target, target_field) if target else None
            if found:
                text.extend([""] * (i + 1 - len(text)))
                text[i] = found
        contact = builder.build(text, number)
        if contact.organisation or contact.name or contact.email or contact.phone:
            table.rows.append(contact)
        else:
            table.errors.append((number, NO_CONTACT))

    with bulk():
        for number, row in body:
            take(number, row)
        for number, row in rows:
            if number > MAX_ROWS:
                raise ContactsFileError(said("contacts.sheet_too_many_rows", "The sheet has "
                                             "more than {rows} rows; split it and import the "
                                             "parts.", rows=MAX_ROWS))
            if not _blank(row):
                take(number, row)
    return table
