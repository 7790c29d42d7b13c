"""A planning warning: a stable code plus arguments, worded late.

The GUI words a warning in the chosen language from `code` and `message_args`; the CLI and
logs use the English `text`. It lives apart from core.planning so that core.strak can build
its stop warnings without planning and strak importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class WarningCode(StrEnum):
    VENUE_OVERLAP = "venue_overlap"
    OUTDOOR_RED = "outdoor_red"
    TASK_OVERDUE = "task_overdue"
    STOP_CLOSED = "stop_closed"
    STOP_HOURS_SHORT = "stop_hours_short"
    STOP_HOURS_UNREADABLE = "stop_hours_unreadable"
    STOP_NO_ORGANISATION = "stop_no_organisation"
    STOP_DUPLICATE_POSITION = "stop_duplicate_position"


_TEXTS = {
    WarningCode.VENUE_OVERLAP: "{first} and {second} overlap at {place} from {starts} to {ends}.",
    WarningCode.OUTDOOR_RED: "{event} ({starts}) is outdoors and depends on the snow guarantee "
                             "{target}, which is red: {ready_km} of {required_km} km ready, "
                             "needed by {deadline}.",
    WarningCode.TASK_OVERDUE: "The task {task} for {event} was due on {due}.",
    WarningCode.STOP_CLOSED: "Stop {position} of {strak}, {organisation}, is closed during the "
                             "stråk hours {strak_hours}.",
    WarningCode.STOP_HOURS_SHORT: "Stop {position} of {strak}, {organisation}, is open {opening}, "
                                  "which does not cover the stråk hours {strak_hours}.",
    WarningCode.STOP_HOURS_UNREADABLE: "The opening hours '{opening}' of stop {position} of "
                                       "{strak}, {organisation}, cannot be read.",
    WarningCode.STOP_NO_ORGANISATION: "Stop {position} of {strak} has no organisation.",
    WarningCode.STOP_DUPLICATE_POSITION: "{count} stops of {strak} share position {position}.",
}


class _Args(dict[str, str]):
    """A missing argument shows as "?" in the log text instead of failing the whole list."""

    def __missing__(self, key: str) -> str:
        return "?"


@dataclass(frozen=True, slots=True)
class PlanWarning:
    """`day` is the local day the warning is about (for sorting); `strak_id` and `task_id` say
    which stråk or task it concerns when that is not an event."""

    code: str
    event_ids: tuple[int, ...] = ()
    message_args: dict[str, str] = field(default_factory=dict, hash=False)
    day: date | None = None
    strak_id: int | None = None
    task_id: int | None = None

    def __post_init__(self) -> None:
        if self.code not in _TEXTS:
            raise ValueError(f"unknown warning code {self.code!r}")

    @property
    def text(self) -> str:
        """Plain English for logs and the CLI; the GUI translates from code and arguments."""
        return _TEXTS[WarningCode(self.code)].format_map(_Args(self.message_args))

    def sort_key(self) -> tuple[date, str, tuple[int, ...], int, int]:
        return (self.day or date.max, self.code, self.event_ids, self.strak_id or 0,
                self.task_id or 0)
