"""Trail counters (issue 20): an export of counts read and imported.

The sentences of core.said messages, keyed as where they are said (gui/common/messages.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def templates() -> dict[str, str]:
    return {
        "counters.bad_count": translate(
            "CounterMessages",
            "“{value}” is not a count"),
        "counters.bad_direction": translate(
            "CounterMessages",
            "“{value}” is no direction (IN, OUT, in, ut)"),
        "counters.bad_line": translate(
            "CounterMessages",
            "Line {line}: {reason}."),
        "counters.bad_rows": translate(
            "CounterMessages",
            "{name} has {count} bad row(s), so nothing was imported. {rows}"),
        "counters.bad_time": translate(
            "CounterMessages",
            "“{value}” is not a date and time"),
        "counters.binary": translate(
            "CounterMessages",
            "{name} holds binary data: it is not a CSV file"),
        "counters.empty": translate(
            "CounterMessages",
            "{name} holds no counts; nothing was imported"),
        "counters.map_unknown": translate(
            "CounterMessages",
            "the file has no counter “{code}”; nothing was imported"),
        "counters.missing": translate(
            "CounterMessages",
            "there is no file {path}"),
        "counters.more_bad": translate(
            "CounterMessages",
            "… and {count} more."),
        "counters.no_counter": translate(
            "CounterMessages",
            "no counter id"),
        "counters.no_header": translate(
            "CounterMessages",
            "{name} has no header with a counter id, a timestamp and a count (for example "
            "“Counter ID;Timestamp;Count;Direction” or “Räknare;Tidpunkt;Antal;Riktning”)"),
        "counters.no_trail": translate(
            "CounterMessages",
            "there is no trail with id {id}; nothing was imported"),
        "counters.not_csv": translate(
            "CounterMessages",
            "{name} cannot be read as CSV"),
        "counters.not_imported": translate(
            "CounterMessages",
            "{name}: {reason}; nothing was imported"),
        "counters.too_large": translate(
            "CounterMessages",
            "{name} is larger than {mb} MB: it is not a counter export"),
        "counters.twice": translate(
            "CounterMessages",
            "the same counter, time and direction as line {line}"),
        "counters.unreadable": translate(
            "CounterMessages",
            "{name} cannot be read ({reason})"),
    }
