"""Trail counters (issue 20): the words of a counter export, and visitors per day, week and
month: THE figures the trail page, `import counters` and the tests show.

A count is one counter's passages in one interval (an hour, or the export's own interval)
that begins at an instant, in one direction ("in", "out", or "" when the counter does not
tell). Days, weeks and months are Norberg's, Europe/Stockholm: a count at 23:30 UTC in
winter belongs to the next day. Visitors are the passages of both directions.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

STOCKHOLM = ZoneInfo("Europe/Stockholm")

#: Direction words of Eco-Counter's and similar exports, Swedish and English.
_DIRECTIONS = {"in": "in", "inåt": "in", "inbound": "in", "entry": "in", "ut": "out",
               "out": "out", "utåt": "out", "outbound": "out", "exit": "out", "": "",
               "total": "", "båda": "", "both": "", "summa": ""}

_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M",
            "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M",
            "%Y-%m-%d %H", "%Y-%m-%d")
_OFFSET = re.compile(r"(Z|[+-]\d\d:?\d\d)$")


@dataclass(frozen=True)
class CountRow:
    counter: str  # the export's counter id
    at: datetime  # the interval's start, aware UTC
    direction: str  # "in", "out" or ""
    count: int


def direction_of(text: str) -> str | None:
    """"in"/"out"/"" for a direction word (IN, ut, Out, Total …); None when unknown."""
    return _DIRECTIONS.get(text.strip().casefold())


def count_of(text: str) -> int | None:
    """A count: a whole number ≥ 0 ("1 234", "12,0" and "12.0" too); None otherwise."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if cleaned.endswith((",0", ".0")):
        cleaned = cleaned[:-2]
    return int(cleaned) if cleaned.isdigit() else None


def instant_of(text: str, zone: tzinfo = STOCKHOLM) -> datetime | None:
    """A timestamp as an aware UTC instant: with an offset as written, without one as local
    time in `zone` (an hour the clocks go back over counts as its first, summer, hour)."""
    text = text.strip()
    if _OFFSET.search(text):
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)
        except ValueError:
            return None
    for fmt in _FORMATS:
        try:
            local = datetime.strptime(text, fmt)
        except ValueError:
            continue
        return local.replace(tzinfo=zone).astimezone(UTC)
    return None


def repeated_hour_of(text: str, zone: tzinfo = STOCKHOLM) -> datetime | None:
    """The second instant of a local time the clocks pass twice (the hour after 02:00 on
    the last Sunday of October, which an export in local time lists twice, summer then
    winter time); None for a time with an offset or one that happens once."""
    first = instant_of(text, zone)
    if first is None or _OFFSET.search(text.strip()):
        return None
    second = first.astimezone(zone).replace(tzinfo=None, fold=1).replace(tzinfo=zone)
    later = second.astimezone(UTC)
    return later if later != first else None


def local_day(at: datetime) -> date:
    return at.astimezone(STOCKHOLM).date()


def per_day(rows: Iterable[tuple[datetime, int]]) -> dict[date, int]:
    """Visitors per Swedish day of the (instant, count) pairs."""
    days: dict[date, int] = {}
    for at, n in rows:
        day = local_day(at)
        days[day] = days.get(day, 0) + n
    return dict(sorted(days.items()))


def week_of(day: date) -> tuple[int, int]:
    """The ISO week (year, number), as Swedish calendars number them."""
    year, week, _weekday = day.isocalendar()
    return year, week


def per_week(days: dict[date, int]) -> dict[tuple[int, int], int]:
    weeks: dict[tuple[int, int], int] = {}
    for day, n in days.items():
        weeks[week_of(day)] = weeks.get(week_of(day), 0) + n
    return dict(sorted(weeks.items()))


def per_month(days: dict[date, int]) -> dict[tuple[int, int], int]:
    months: dict[tuple[int, int], int] = {}
    for day, n in days.items():
        key = (day.year, day.month)
        months[key] = months.get(key, 0) + n
    return dict(sorted(months.items()))


def last_days(days: dict[date, int], today: date, span: int = 30) -> list[tuple[date, int]]:
    """The `span` days up to `today`, each with its visitors (0 when nothing was counted)."""
    return [(d, days.get(d, 0)) for d in
            (today - timedelta(days=span - 1 - i) for i in range(span))]


def demo_counts(counter: str, first: date, last: date, weekday: int,
                weekend: int) -> list[CountRow]:
    """FICTIONAL hourly counts for the demo: a day's shape (morning and afternoon peaks),
    busier at weekends, split in and out; the same days always give the same counts."""
    rows = []
    day = first
    while day <= last:
        mean = weekend if day.weekday() >= 5 else weekday
        wobble = 1 + 0.25 * math.sin(day.toordinal() * 1.7)
        for hour in range(6, 22):
            shape = math.exp(-((hour - 11) ** 2) / 6) + 0.8 * math.exp(-((hour - 15) ** 2) / 5)
            n = round(mean * wobble * shape / 3.9)
            at = datetime(day.year, day.month, day.day, hour, tzinfo=STOCKHOLM).astimezone(UTC)
            rows.append(CountRow(counter, at, "in", n - n // 2))
            rows.append(CountRow(counter, at, "out", n // 2))
        day += timedelta(days=1)
    return rows
