"""Instants are stored in UTC and shown in Norberg's local time (Europe/Stockholm)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def to_utc(value: datetime) -> datetime:
    """A naive datetime is taken as Norberg local time (how people write times)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=STOCKHOLM)
    return value.astimezone(UTC)


def to_local(value: datetime) -> datetime:
    """An aware instant in Norberg time; a naive one is taken as UTC (how the store hands them)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(STOCKHOLM)


def parse_local(text: str) -> datetime:
    """`2027-02-14T09:00` in local time → aware UTC instant."""
    return to_utc(datetime.fromisoformat(text))


def parse_utc(text: str) -> datetime:
    """`2026-11-25T07:30:00Z` → aware UTC instant."""
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def local_day_start(day: date) -> datetime:
    """Midnight of a local calendar day, as a UTC instant."""
    return to_utc(datetime.combine(day, time.min))


def now_utc() -> datetime:
    return datetime.now(UTC)


def today_local() -> date:
    return datetime.now(STOCKHOLM).date()


def clock_on(day: date, at: time | None = None) -> Callable[[], datetime]:
    """A clock that says it is `day` (at `at`, or the real time of day): --today for demos,
    screenshots and planning ahead."""
    def now() -> datetime:
        clock_time = at or datetime.now(STOCKHOLM).time()
        return to_utc(datetime.combine(day, clock_time))
    return now
