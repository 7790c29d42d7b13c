"""A package's components and contacts as XLSX and CSV, safe to open in a spreadsheet.

Formula injection (DESIGN.md §4): every text cell of the CSV goes through `safe_cell` (an
apostrophe before = + - @ tab CR), and every text cell of the workbook is written as a string
cell (openpyxl would make "=…" a live formula), with Excel's quote prefix where it starts like
a formula, so even an organisation named `=HYPERLINK(…)` stays text. Prices and capacities
are written as numbers in the workbook, so a partner can sum them: a number is never a formula.

A text in the other language than the file's (core.package_language: a component's
description in an English file) gets ` *` after it, and the table a last row saying what the
mark means: the partner sees it where the text is, and a spreadsheet keeps it in the cell.

The CSV follows the partner's spreadsheet: Swedish files use ";" and a decimal comma (Swedish
Excel's list separator and decimal sign), English files "," and a decimal point; both are
UTF-8 with a BOM, so Excel reads å, ä, ö.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from destination_norberg.core.package_language import swedish
from destination_norberg.core.packages import basis_text
from destination_norberg.exchange.contacts_mapping import GUARDED
from destination_norberg.exchange.contacts_write import safe_cell
from destination_norberg.exchange.package_texts import Marks, kind_name, label, plain_amount

if TYPE_CHECKING:
    from destination_norberg.core.packages import Contact, PackageDetail

_ILLEGAL_XML = re.compile(r"[\000-\010\013\014\016-\037]")
_EXCEL_CELL_MAX = 32767

Cell = str | Decimal | int | None

COMPONENT_COLUMNS = ("number", "kind", "description", "provider", "price", "price_basis",
                     "quantity", "amount", "capacity", "person", "phone", "email", "address",
                     "website")
CONTACT_COLUMNS = ("organisation", "person", "role", "phone", "email", "address", "website")


def _footnote(rows: list[list[Cell]], marks: Marks, column: int) -> list[list[Cell]]:
    """The table, with the mark's explanation as its last row when a text was marked, in
    the column of the marked texts (so the narrow columns stay narrow)."""
    if marks.used:
        row: list[Cell] = [""] * len(rows[0])
        row[column] = label("marked", marks.lang)
        rows.append(row)
    return rows


def _contact_cells(c: Contact | None) -> list[Cell]:
    if c is None:
        return ["", "", "", "", ""]
    return [c.person, c.phone, c.email, c.address, c.website]


def component_table(detail: PackageDetail, lang: str) -> list[list[Cell]]:
    """Header, one row per component (its price, the basis, how many times it counts for
    the package's head count and the amount: core.packages' pricing rule), then the total
    and the price per person in the amount column."""
    rows: list[list[Cell]] = [[label(k, lang) for k in COMPONENT_COLUMNS]]
    marks = Marks(lang)
    pricing = detail.pricing
    for n, (c, line) in enumerate(zip(detail.components, pricing.lines, strict=True), start=1):
        org = c.organisation
        rows.append([str(n), kind_name(c.kind, lang), marks.plain(swedish(c.description)),
                     org.name if org else "", c.price_sek,
                     basis_text(line.basis, c.kind, line.occupancy, lang), line.quantity,
                     line.amount, c.capacity, *_contact_cells(org)])
    blank: list[Cell] = [""] * (len(COMPONENT_COLUMNS) - 9)
    rows.append(["", label("total_for", lang, n=pricing.persons), "", "", None, "", None,
                 pricing.total, None, *blank])
    rows.append(["", label("per_person", lang),
                 label("basis", lang, n=pricing.persons), "", None, "", None,
                 pricing.per_person, None, *blank])
    return _footnote(rows, marks, COMPONENT_COLUMNS.index("description"))


def contact_table(detail: PackageDetail, lang: str) -> list[list[Cell]]:
    rows: list[list[Cell]] = [[label(k, lang) for k in CONTACT_COLUMNS]]
    marks = Marks(lang)
    for c in detail.contacts():
        rows.append([c.name, c.person, marks.plain(swedish(c.role)), c.phone, c.email,
                     c.address, c.website])
    return _footnote(rows, marks, CONTACT_COLUMNS.index("role"))


def _text(value: Cell, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return plain_amount(value, lang)
    return str(value).replace("\r\n", "\n")


def write_csv(table: Sequence[Sequence[Cell]], path: Path, lang: str) -> None:
    """Every text cell guarded; numbers as the partner's spreadsheet reads them."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";" if lang == "sv" else ",",
                            lineterminator="\r\n")
        for row in table:
            writer.writerow([safe_cell(_text(v, lang)) if not isinstance(v, Decimal | int)
                             else _text(v, lang) for v in row])


def write_xlsx(sheets: Sequence[tuple[str, Sequence[Sequence[Cell]]]], path: Path) -> None:
    """One sheet per (name, table): a bold frozen header, text as string cells, numbers as
    numbers."""
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ERROR_CODES
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook(write_only=True)
    bold = Font(bold=True)
    for name, table in sheets:
        sheet = book.create_sheet(name)
        widths = [max((len(_text(row[i], "sv").split("\n", 1)[0]) for row in table[:500]),
                      default=8) for i in range(len(table[0]))] if table else []
        for i, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = min(max(width, 6) + 2, 60)
        sheet.freeze_panes = "A2"

        def cell(value: Cell, header: bool, sheet: Any = sheet) -> Any:
            if value is None:
                return None
            if isinstance(value, Decimal | int):
                item = WriteOnlyCell(sheet, value=value)
                if isinstance(value, Decimal):
                    item.number_format = "#,##0.00"
                return item
            text = _ILLEGAL_XML.sub("", str(value))[:_EXCEL_CELL_MAX]
            if not text:
                return None
            if not header and text[0] not in GUARDED and text not in ERROR_CODES:
                return text  # openpyxl writes any other str as a string cell
            item = WriteOnlyCell(sheet, value=text)
            item.data_type = "s"  # never a formula ("=…") or an error code ("#N/A")
            if text[0] in GUARDED:
                item.quotePrefix = True
            if header:
                item.font = bold
            return item

        for n, row in enumerate(table):
            sheet.append([cell(v, n == 0) for v in row])
    book.save(path)
