"""Beds and participants: the capacity plan's and the participant import's messages.

The sentences of core.said messages, keyed as where they are said (gui/common/messages.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def templates() -> dict[str, str]:
    return {
        "capacity.no_event": translate("CapacityMessages", "There is no event {id}."),
        "capacity.bad_figure": translate(
            "CapacityMessages", "A capacity must be a whole number from 0 to 100 000."),
        "participants.binary": translate(
            "CapacityMessages", "The file holds binary data; it is neither CSV nor XLSX."),
        "participants.not_csv": translate("CapacityMessages", "The file cannot be read as CSV."),
        "participants.bad_workbook": translate(
            "CapacityMessages", "The workbook cannot be read; it may be damaged."),
        "participants.cannot_open": translate(
            "CapacityMessages", "The file {name} cannot be opened ({reason})."),
        "participants.too_large": translate(
            "CapacityMessages", "The file is larger than {mb} MB, too large to be a "
            "participant list."),
        "participants.no_rows": translate("CapacityMessages",
                                          "The file has no participant rows."),
        "participants.too_many": translate("CapacityMessages",
                                           "The file has more than {rows} rows."),
        "participants.no_race": translate(
            "CapacityMessages", "No column holds the race; choose which column says which "
            "race each participant runs."),
        "participants.no_good_rows": translate(
            "CapacityMessages", "No row of the file can be counted; the first problem: "
            "{reason}"),
        "participants.no_race_in_row": translate("CapacityMessages", "The race is empty."),
        "participants.bad_year": translate("CapacityMessages",
                                           "“{value}” is not a birth year."),
        "participants.bad_postcode": translate("CapacityMessages",
                                               "“{value}” is not a Swedish postcode."),
    }
