"""Opening hours as shop owners write them in Sweden: "16–20", "kl. 11–18", "10–14, 16–20".

Stråk stops keep their hours as free text because that is what the shops send in; these rules
read the text so the planner can ask "is the café open when the stråk is?". An interval is
half-open (open at 16:00, closed at 20:00) and never runs past midnight: `MIDNIGHT` stands for
the end of the day ("24", or "00" as a closing time).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import time

#: The end of the day. `datetime.time` has no 24:00, so the last representable instant stands in.
MIDNIGHT = time.max

Interval = tuple[time, time]
Hours = tuple[Interval, ...]

ALL_DAY: Hours = ((time(0), MIDNIGHT),)
CLOSED: Hours = ()

_CLOSED_WORDS = frozenset({"stängt", "stängd", "stangt", "closed", "stängt idag"})
_ALL_DAY_WORDS = frozenset({"dygnet runt", "hela dygnet", "24/7", "24 h", "24h", "all day",
                            "around the clock", "open 24 hours"})
_DASHES = str.maketrans({"–": "-", "—": "-", "−": "-", "‒": "-", "‐": "-"})
_PREFIX = re.compile(r"^(?:öppet|open)\s*:?\s*")
_CLOCK = re.compile(r"\b(?:klockan|kl)\b\.?\s*")
_WORD_DASH = re.compile(r"\s+(?:till|to)\s+")
_SPLIT = re.compile(r"\s*(?:,|;|&|\+|\boch\b|\band\b)\s*")
_TIME = r"(\d{1,2})(?:[:.](\d{2}))?"
_INTERVAL = re.compile(rf"^{_TIME}\s*-\s*{_TIME}$")


class HoursError(ValueError):
    """The text is not opening hours this program can read; `text` is what was written."""

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(f"Cannot read the opening hours {text!r}: {reason}. "
                         "Write them as 16–20, or 10–14, 16–20, or stängt.")
        self.text = text
        self.reason = reason


def _clock(text: str, hour: str, minute: str | None, *, is_end: bool) -> time:
    h, m = int(hour), int(minute or 0)
    if m > 59:
        raise HoursError(text, f"{hour}:{minute} has more than 59 minutes")
    if h == 24 and m == 0 and is_end:
        return MIDNIGHT
    if h > 23:
        raise HoursError(text, f"{hour} is not an hour of the day")
    return time(h, m)  # an end of "00" is before the start: midnight, see _interval


def _interval(text: str, part: str) -> Interval:
    match = _INTERVAL.match(part)
    if match is None:
        raise HoursError(text, f"{part!r} is not a from–to time")
    start = _clock(text, match[1], match[2], is_end=False)
    end = _clock(text, match[3], match[4], is_end=True)
    if start == end:
        raise HoursError(text, f"{part!r} opens and closes at the same time")
    if end < start:
        # "22–00" closes at midnight. "20–02": the hours after midnight belong to the next
        # day, which this day's hours do not describe; on this day it is open until midnight.
        end = MIDNIGHT
    return start, end


def merge(intervals: Sequence[Interval]) -> Hours:
    """Sorted, with overlapping or touching intervals joined, so "10–14, 14–20" covers 12–16."""
    merged: list[Interval] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


def parse_hours(text: str) -> Hours:
    """Intervals of one day, sorted and merged; `()` for closed. Raises `HoursError`."""
    norm = " ".join(text.strip().lower().translate(_DASHES).split()).rstrip(".")
    if not norm:
        raise HoursError(text, "no hours are written")
    norm = _PREFIX.sub("", norm)
    if norm in _CLOSED_WORDS:
        return CLOSED
    if norm in _ALL_DAY_WORDS:
        return ALL_DAY
    norm = _WORD_DASH.sub("-", _CLOCK.sub("", norm))
    parts = [p for p in _SPLIT.split(norm) if p]
    if not parts:
        raise HoursError(text, "no hours are written")
    return merge([_interval(text, part) for part in parts])


def _end(value: time) -> time:
    return MIDNIGHT if value == time(0) else value


def covers(intervals: Sequence[Interval], start: time, end: time) -> bool:
    """Open for the whole of start–end (an end of 00:00 is midnight). A span over midnight
    is two days and cannot be judged from one day's hours: ValueError."""
    end = _end(end)
    if end < start:
        raise ValueError(f"{start}–{end} runs past midnight")
    if start == end:
        return is_open_at(intervals, start)
    return any(a <= start and end <= b for a, b in merge(intervals))


def is_open_at(intervals: Sequence[Interval], at: time) -> bool:
    """Open at 16:00 in "16–20", closed at 20:00: closing time is when the door is locked."""
    return any(a <= at < b for a, b in intervals)


def format_clock(value: time) -> str:
    """"16" for whole hours, "16:30" otherwise, "24" for midnight: how the hours were written."""
    if value == MIDNIGHT:
        return "24"
    return f"{value.hour}" if value.minute == 0 else f"{value.hour}:{value.minute:02d}"


def format_hours(intervals: Sequence[Interval]) -> str:
    """"10–14, 16–20"; an empty string for closed (the caller words "closed" in its language)."""
    return ", ".join(f"{format_clock(a)}–{format_clock(b)}" for a, b in intervals)
