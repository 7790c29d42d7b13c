"""The board's report as a workbook: one sheet per section, with its figures and a native
Excel chart (openpyxl's BarChart/LineChart), so the board's secretary can copy either.

Text cells are guarded as in every workbook the program writes (exchange.package_tables:
string cells, Excel's quote prefix before "=", "+", "-", "@"), numbers are numbers. Written
beside the target and renamed onto it only when whole.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from destination_norberg.core.board_report import ReportSheet
from destination_norberg.exchange.contacts_mapping import GUARDED

_ILLEGAL_XML = re.compile(r"[\000-\010\013\014\016-\037]")
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


def _sheet_name(name: str, used: set[str]) -> str:
    base = _SHEET_NAME_BAD.sub("-", name)[:31] or "Blad"
    out, n = base, 2
    while out.casefold() in used:
        out = f"{base[:28]} {n}"
        n += 1
    used.add(out.casefold())
    return out


def _chart(sheet: Any, spec: ReportSheet, rows: int) -> None:
    from openpyxl.chart import BarChart, LineChart, Reference

    if spec.chart is None or rows < 2 or not any(
            isinstance(row[c - 1], int | float) for row in spec.table[1:] for c in spec.series
            if c - 1 < len(row)):
        return  # nothing to draw: the sheet's rows say so
    chart: Any = LineChart() if spec.chart == "line" else BarChart()
    chart.title = spec.chart_title or spec.name
    chart.y_axis.title = spec.y_title
    chart.height, chart.width = 8.0, 16.0
    for column in spec.series:
        data = Reference(sheet, min_col=column, min_row=1, max_row=rows)
        chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=rows))
    width = len(spec.table[0]) if spec.table else 1
    sheet.add_chart(chart, f"{chr(ord('A') + min(width + 1, 20))}2")


def write_report_xlsx(sheets: Sequence[ReportSheet], path: Path) -> None:
    """Write the sheets to `path` (XLSX). OSError when it cannot be written."""
    import openpyxl
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook()
    book.remove(book.active)
    bold = Font(bold=True)
    used: set[str] = set()
    for spec in sheets:
        sheet = book.create_sheet(_sheet_name(spec.name, used))
        for r, row in enumerate(spec.table, start=1):
            for c, value in enumerate(row, start=1):
                if value is None or value == "":
                    continue
                cell = sheet.cell(row=r, column=c)
                if isinstance(value, int | float) and not isinstance(value, bool):
                    cell.value = value
                    continue
                text = _ILLEGAL_XML.sub("", str(value))[:32767]
                cell.value = text
                cell.data_type = "s"  # never a formula ("=…") or an error code
                if text[:1] in GUARDED:
                    cell.quotePrefix = True
                if r == 1:
                    cell.font = bold
        for c in range(1, (len(spec.table[0]) if spec.table else 0) + 1):
            longest = max((len(str(row[c - 1])) for row in spec.table[:300]
                           if c - 1 < len(row) and row[c - 1] is not None), default=8)
            sheet.column_dimensions[get_column_letter(c)].width = min(max(longest, 6) + 2, 50)
        sheet.freeze_panes = "A2"
        _chart(sheet, spec, len(spec.table))
    target = Path(path)
    handle, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".xlsx.tmp",
                                    dir=target.parent)
    os.close(handle)
    try:
        book.save(name)
        os.replace(name, target)
    finally:
        if os.path.exists(name):
            os.unlink(name)
