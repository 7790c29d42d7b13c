"""Repeats unrolled by this program agree with recurring-ical-events on real files.

recurring-ical-events (on icalendar) is the reference reader for repeating events; it is not
used by the program because icalendar refuses or empties several real files the program's
reader reads (ical_repeat's docstring). Here both unroll every file both can read over the
years 2000–2029, and the occurrences must be the same, except where this program decided
otherwise on purpose (listed with the reason). Skipped where ../shared/realdata is absent.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from destination_norberg.core.timeutil import to_local
from destination_norberg.exchange.ical_read import IcalError, read_calendar
from destination_norberg.exchange.ical_repeat import MAX_PER_SERIES, expand

REALDATA = Path(__file__).resolve().parents[3] / "shared" / "realdata"
FOLDERS = [REALDATA / "ics", REALDATA / "ics_malformed"]
WINDOW = (datetime(2000, 1, 1, tzinfo=UTC), datetime(2030, 1, 1, tzinfo=UTC))

#: Files where the two differ on purpose: file name → why.
DECIDED = {
    # The file's own VTIMEZONE for a Windows zone name is wrong; the zone database wins.
    "khal__tz_windows_format.ics": "time zone",
    # TZID plus a Z suffix: this program reads the explicit Z as UTC.
    "khal__owncloud_mixed_awareness.ics": "time zone",
    # An event that ends before it starts is left out here.
    "recurring-ical-events__end_before_start_event.ics": "left out",
    # A daily series over ten years: this program keeps at most MAX_PER_SERIES dates.
    "icalendar__x_location.ics": "cap",
    # Outlook writes UNTIL as the last occurrence's start in UTC (23:00Z = 00:00 in London):
    # the all-day dates on that day belong to the series here; the reference stops before.
    "recurring-ical-events__issue_28_rrule_with_UTC_endinginZ.ics": "until",
    # An all-day event on 2030-01-01 starts 2029-12-31 23:00 UTC, inside the window here.
    "recurring-ical-events__recurrence_sequence_number.ics": "window edge",
}


def paths() -> list[Path]:
    return [p for folder in FOLDERS if folder.is_dir() for p in sorted(folder.glob("*.ics"))]


def reference(path: Path) -> set[tuple[str, object]] | None:
    import icalendar
    import recurring_ical_events

    try:
        calendars = icalendar.Calendar.from_ical(path.read_bytes(), multiple=True)
        found = set()
        for calendar in calendars:
            for event in recurring_ical_events.of(calendar).between(*WINDOW):
                start = event["DTSTART"].dt
                if isinstance(start, datetime) and start.tzinfo is None:
                    continue  # floating: the zone is a decision of the reader
                uid = str(event["UID"]) if "UID" in event else None
                found.add((uid, start.astimezone(UTC) if isinstance(start, datetime)
                           else start))
    except Exception:  # noqa: BLE001 - the reference refusing a file is what is measured
        return None
    return found


@pytest.mark.skipif(not REALDATA.is_dir(), reason="../shared/realdata is absent")
@pytest.mark.parametrize("path", paths(), ids=lambda p: p.name)
def test_occurrences_agree_with_recurring_ical_events(path: Path) -> None:
    theirs = reference(path)
    try:
        result = read_calendar(path.read_bytes())
    except IcalError:
        assert not theirs  # refused here: the reference finds nothing either (cut off)
        return
    if theirs is None:
        pytest.skip("icalendar cannot read this file; this program can")
    ours = {(e.uid, to_local(e.starts_at).date() if e.all_day else e.starts_at)
            for e in expand(result.events, WINDOW).inside
            if not (e.all_day is False and e.starts_at is None)}
    if path.name in DECIDED:
        if DECIDED[path.name] == "cap":
            assert len(ours) == MAX_PER_SERIES and ours < theirs
        return
    assert ours == {(u, s) for u, s in theirs if isinstance(s, (date, datetime))}
