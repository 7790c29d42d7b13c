"""Planning warnings (core.planning.PlanWarning) as sentences in the user's language."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from destination_norberg.core.planning import PlanWarning, WarningCode
from destination_norberg.gui.common import labels


def _templates() -> dict[str, str]:
    return {
        WarningCode.VENUE_OVERLAP: QCoreApplication.translate(
            "Warnings", "{first} and {second} overlap at {place} from {starts} to {ends}."
        ),
        WarningCode.OUTDOOR_RED: QCoreApplication.translate(
            "Warnings",
            "{event} ({starts}) is outdoors and depends on the snow guarantee "
            "{target}, which is red: {ready_km} of {required_km} km ready, needed by "
            "{deadline}.",
        ),
        WarningCode.TASK_OVERDUE: QCoreApplication.translate(
            "Warnings", "The task {task} for {event} was due on {due}."
        ),
        WarningCode.STOP_CLOSED: QCoreApplication.translate(
            "Warnings",
            "Stop {position} of {strak}, {organisation}, is closed during the "
            "stråk hours {strak_hours}.",
        ),
        WarningCode.STOP_HOURS_SHORT: QCoreApplication.translate(
            "Warnings",
            "Stop {position} of {strak}, {organisation}, is open {opening}, which "
            "does not cover the stråk hours {strak_hours}.",
        ),
        WarningCode.STOP_HOURS_UNREADABLE: QCoreApplication.translate(
            "Warnings",
            "The opening hours '{opening}' of stop {position} of {strak}, "
            "{organisation}, cannot be read.",
        ),
        WarningCode.STOP_NO_ORGANISATION: QCoreApplication.translate(
            "Warnings", "Stop {position} of {strak} has no organisation."
        ),
        WarningCode.STOP_DUPLICATE_POSITION: QCoreApplication.translate(
            "Warnings", "{count} stops of {strak} share position {position}."
        ),
    }


_DATES = frozenset({"starts", "ends", "deadline", "due"})


class _Args(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"


def _day_or_stamp(value: str) -> str:
    """Core hands days and Norberg wall-clock times in ISO ("2026-11-15", "2027-02-14
    09:00"); the window reads them the language's way through labels' one formatter."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    day = labels.fmt_day(moment.date())
    return day if len(value) <= 10 else f"{day} {moment:%H:%M}"


def _localised(key: str, value: str) -> str:
    """Kilometres in the user's number format (core hands "2.5"; Swedish reads "2,5"),
    days and times in the language's way."""
    if key in _DATES:
        return _day_or_stamp(value)
    if not key.endswith("_km"):
        return value
    try:
        number = float(value)
    except ValueError:
        return value
    decimals = len(value.partition(".")[2]) if "." in value else 0
    return QLocale().toString(number, "f", decimals)


#: The arguments that name an event, by the position of its id in `PlanWarning.event_ids`.
_EVENT_ARGS = {"event": 0, "first": 0, "second": 1}


def warning_text(warning: PlanWarning, names: Mapping[int, str] | None = None) -> str:
    """The warning in the window's language; `names` (event id → the name the calendar shows,
    colors.display_name) puts each event under the same name as the calendar and timeline."""
    template = _templates().get(warning.code)
    if template is None:
        return warning.text
    args = {k: _localised(k, v) for k, v in warning.message_args.items()}
    for key, position in _EVENT_ARGS.items():
        if key in args and names and position < len(warning.event_ids):
            args[key] = names.get(warning.event_ids[position], args[key])
    return template.format_map(_Args(args))
