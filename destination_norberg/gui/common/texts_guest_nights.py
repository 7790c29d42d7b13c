"""Guest nights (Tillväxtverket/SCB's accommodation statistics) read and imported.

The sentences of core.said messages, keyed as where they are said (gui/common/messages.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def templates() -> dict[str, str]:
    return {
        "nights.bad_row": translate("GuestNightsMessages", "Line {line}: {reason}."),
        "nights.bad_rows": translate(
            "GuestNightsMessages",
            "{name} has {count} bad row(s), so nothing was imported. {rows}"),
        "nights.bad_workbook": translate(
            "GuestNightsMessages",
            "{name} cannot be read as a workbook ({reason})"),
        "nights.empty": translate("GuestNightsMessages", "the file holds no guest nights"),
        "nights.folder": translate("GuestNightsMessages", "{path} is a folder, not a file"),
        "nights.missing": translate("GuestNightsMessages", "there is no file {path}"),
        "nights.more_bad_rows": translate("GuestNightsMessages", "And {count} more."),
        "nights.no_access": translate("GuestNightsMessages", "the program may not read {name}"),
        "nights.no_header": translate(
            "GuestNightsMessages",
            "no header with months (like 2025M01) was found in the first {rows} "
            "rows: this is not an export of guest nights by month"),
        "nights.no_months": translate(
            "GuestNightsMessages",
            "the header names no months: this is not guest nights by month"),
        "nights.no_region_column": translate(
            "GuestNightsMessages",
            "the file does not say which municipality it counts: export it with the "
            "region (kommun) as a column"),
        "nights.not_imported": translate(
            "GuestNightsMessages",
            "{name}: {reason}; nothing was imported"),
        "nights.not_number": translate(
            "GuestNightsMessages",
            "“{text}” is not a number of guest nights"),
        "nights.row_kind": translate(
            "GuestNightsMessages",
            "“{label}” is not a kind of accommodation the statistics count"),
        "nights.row_month": translate(
            "GuestNightsMessages",
            "“{text}” is not a month like 2025M01"),
        "nights.row_no_region": translate("GuestNightsMessages", "no region (kommun)"),
        "nights.row_twice": translate(
            "GuestNightsMessages",
            "{month} is counted twice (also on line {line})"),
        "nights.too_large": translate(
            "GuestNightsMessages",
            "{name} is larger than {mb} MB: it is not a table of guest nights"),
    }
