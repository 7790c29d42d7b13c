"""One person's volunteer shifts as an iCalendar file, for their phone's calendar.

Written as exchange.ical_write writes events: Norberg wall-clock time with
`TZID=Europe/Stockholm` and its VTIMEZONE, and stable UIDs, here
`{shift uid}-{person uid}@{domain}`: the same shift exported again updates the entry in the
person's calendar instead of duplicating it, and two people who share a calendar each keep
their own entry. SEQUENCE is the shift's version.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from destination_norberg.core.volunteers import Shift

from .ical_common import escape_text
from .ical_write import (
    DEFAULT_DOMAIN,
    _header,
    _instant,
    _join,
    _utc_stamp,
)


def write_shifts(shifts: Sequence[Shift], *, person_uid: str, calendar_name: str,
                 event_name: str, now: datetime, domain: str = DEFAULT_DOMAIN) -> str:
    """A VCALENDAR with one VEVENT per shift: "<role>, <place>" at the event's name."""
    stamp = _utc_stamp(now)
    lines = _header(calendar_name)
    for shift in shifts:
        lines += ["BEGIN:VEVENT", f"UID:{escape_text(shift.uid)}-{escape_text(person_uid)}"
                                  f"@{domain}",
                  f"DTSTAMP:{stamp}", "DTSTART" + _instant(shift.starts_at),
                  "DTEND" + _instant(shift.ends_at),
                  f"SUMMARY:{escape_text(f'{shift.role}, {shift.place}')}",
                  f"LOCATION:{escape_text(shift.place)}"]
        text = event_name if not shift.note else f"{event_name}\n{shift.note}"
        lines += [f"DESCRIPTION:{escape_text(text)}", "STATUS:CONFIRMED",
                  f"SEQUENCE:{shift.version}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return _join(lines)
