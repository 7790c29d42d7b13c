"""The reader's notes on what it read of each event, merged by kind into one sentence each.

Every sentence is a core.said message (its key names it for the window's catalogue,
gui/common/texts_calendar.py), so the Swedish window shows it in Swedish; the command line
prints the English. Kept apart from ical_read so that module stays readable.
"""

from __future__ import annotations

from collections.abc import Callable

from destination_norberg.core.said import Said, template

from .ical_common import snippet
from .ical_lex import line_list

_TEMPLATES: dict[str, tuple[Callable[..., Said], Callable[..., Said]]] = {
    "bad_rrule": (
        template("calendar.bad_rrule",
                 "Line {line}: the RRULE of {what} cannot be used ({detail}); only its own "
                 "date was imported."),
        template("calendar.bad_rrule.many",
                 "{n} events have an RRULE that cannot be used; only their own dates were "
                 "imported (lines {lines}).")),
    "rule_parts": (
        template("calendar.rule_parts",
                 "Line {line}: the RRULE of {what} has parts this program does not follow "
                 "({detail}); they were ignored."),
        template("calendar.rule_parts.many",
                 "{n} RRULEs have parts this program does not follow; they were ignored "
                 "(lines {lines}).")),
    "two_dtstart": (
        template("calendar.two_dtstart",
                 "Line {line}: {what} has more than one DTSTART; the first was used."),
        template("calendar.two_dtstart.many",
                 "{n} events have more than one DTSTART; the first was used (lines {lines}).")),
    "tz_and_z": (
        template("calendar.tz_and_z",
                 "Line {line}: {detail} has both a TZID and a Z (UTC) suffix; it was read as "
                 "UTC."),
        template("calendar.tz_and_z.many",
                 "{n} times have both a TZID and a Z (UTC) suffix; they were read as UTC (lines "
                 "{lines}).")),
    "dtend_and_duration": (
        template("calendar.dtend_and_duration",
                 "Line {line}: {what} has both DTEND and DURATION; DTEND was used."),
        template("calendar.dtend_and_duration.many",
                 "{n} events have both DTEND and DURATION; DTEND was used (lines {lines}).")),
    "zero_all_day": (
        template("calendar.zero_all_day",
                 "Line {line}: {what} ends on the day it starts; it was read as lasting that "
                 "one day."),
        template("calendar.zero_all_day.many",
                 "{n} all-day events end on the day they start; each was read as lasting that "
                 "one day (lines {lines}).")),
    "status": (
        template("calendar.status",
                 "Line {line}: STATUS '{detail}' is not an event status; it was ignored."),
        template("calendar.status.many",
                 "{n} events have a STATUS that is not an event status; it was ignored (lines "
                 "{lines}).")),
    "sequence": (
        template("calendar.sequence",
                 "Line {line}: SEQUENCE '{detail}' is not a number; 0 was used."),
        template("calendar.sequence.many",
                 "{n} events have a SEQUENCE that is not a number; 0 was used (lines {lines}).")),
    "shortened": (
        template("calendar.shortened",
                 "Line {line}: {detail} was longer than the program keeps; it was shortened."),
        template("calendar.shortened.many",
                 "{n} texts were longer than the program keeps (a title 200 characters, a "
                 "description 10,000); they were shortened (lines {lines}).")),
    "bad_params": (
        template("calendar.bad_params",
                 "Line {line}: the parameters of {detail} cannot be read; its value was still "
                 "used."),
        template("calendar.bad_params.many",
                 "{n} properties have parameters that cannot be read; their values were still "
                 "used (lines {lines}).")),
}


class Notes:
    """Per-event warnings, merged by kind so 150 repeating events make one sentence."""

    def __init__(self) -> None:
        self._items: dict[str, list[tuple[int, str, str]]] = {}

    def add(self, kind: str, line: int, what: str, detail: str = "") -> None:
        # a Said detail (a reason of ours) is kept whole, so the window words it too
        shown = detail if isinstance(detail, Said) else snippet(detail, 40)
        self._items.setdefault(kind, []).append((line, what, shown))

    def messages(self) -> list[str]:
        out: list[str] = []
        for kind, items in self._items.items():
            one, many = _TEMPLATES[kind]
            if len(items) == 1:
                line, what, detail = items[0]
                out.append(one(line=line, what=what, detail=detail))
            else:
                out.append(many(n=len(items), lines=line_list([i[0] for i in items])))
        return out
