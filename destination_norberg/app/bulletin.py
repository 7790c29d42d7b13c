"""What the daily bulletin shows for a day, gathered in plain values (no Qt).

Trails as last reported (those open to the public: core.trail_life), the snow guarantee,
what is on today and in the coming week, and whether a stråk is open tonight and where. The
window's bulletin PDF (gui.documents.bulletin) words it; the command line prints it through
the window's entry module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from destination_norberg.app.snow import SnowReport
from destination_norberg.core.events import EventRecord, StrakRecord, StrakStopRecord
from destination_norberg.core.hours import HoursError, format_hours, parse_hours
from destination_norberg.core.strak import is_strak_day, strak_hours
from destination_norberg.core.timeutil import local_day_start, to_local
from destination_norberg.core.trail_life import public_trails
from destination_norberg.core.trail_register import TrailRow

WEEK_DAYS = 7
#: Targets whose deadline passed longer ago than this are history, not news.
PAST_TARGET_DAYS = 7
#: How far ahead the next stråk day is looked for.
STRAK_LOOKAHEAD_DAYS = 400


@dataclass(frozen=True)
class StrakDay:
    strak: StrakRecord
    day: date  # the day itself when it is a stråk day, else the next stråk day
    stops: tuple[tuple[StrakStopRecord, str], ...]  # open stops with their hours as text


@dataclass(frozen=True)
class BulletinData:
    day: date
    now: datetime
    stale_days: int
    trails: list[TrailRow]
    snow: SnowReport
    today: list[EventRecord]
    week: list[EventRecord]
    strak_today: list[StrakDay]
    strak_next: StrakDay | None  # when no stråk is open on the day


def _rows(source: Any) -> Any:
    """A RowSource, or a SQLAlchemy Engine wrapped as one."""
    if hasattr(source, "rows"):
        return source
    from destination_norberg.store.rows import EngineRows

    return EngineRows(source)


def local_day(instant: datetime) -> date:
    """The local (Swedish) calendar day of an instant."""
    return to_local(instant).date()


def _public(event: EventRecord) -> bool:
    """An idea is not told to visitors; a stråk's own season-long entry has its section."""
    return event.status != "idé" and event.kind != "stråk"


def events_of(events: list[EventRecord], day: date) -> tuple[list[EventRecord],
                                                             list[EventRecord]]:
    """(on the day, starting in the coming WEEK_DAYS days), in start order."""
    start, end = local_day_start(day), local_day_start(day + timedelta(days=1))
    week_end = local_day_start(day + timedelta(days=WEEK_DAYS + 1))
    today = [e for e in events if _public(e) and e.starts_at < end
             and (e.finish > start or e.starts_at >= start)]
    week = [e for e in events if _public(e) and end <= e.starts_at < week_end]
    return today, week


def open_stops(strak: StrakRecord) -> tuple[tuple[StrakStopRecord, str], ...]:
    """Stops open at some time of a stråk day, with their hours as a visitor reads them: a
    stop without hours of its own keeps the stråk's; one closed all through is left out; hours
    nobody can read are shown as written."""
    own = strak_hours(strak)
    found = []
    for stop in sorted(strak.stops, key=lambda s: s.position):
        if not stop.opening.strip():
            if own is not None:
                found.append((stop, format_hours((own,))))
            continue
        try:
            hours = parse_hours(stop.opening)
        except HoursError:
            found.append((stop, stop.opening))
            continue
        if hours and (own is None or any(a < own[1] and own[0] < b for a, b in hours)):
            found.append((stop, format_hours(hours)))
    return tuple(found)


def _next_day(strak: StrakRecord, after: date) -> date | None:
    first = max(after + timedelta(days=1), strak.period_start)
    for offset in range(STRAK_LOOKAHEAD_DAYS):
        candidate = first + timedelta(days=offset)
        if candidate > strak.period_end:
            return None
        if is_strak_day(strak, candidate):
            return candidate
    return None


def read_bulletin(source: Any, day: date, now: datetime,
                  stale_days: int | None = None) -> BulletinData:
    """Everything the bulletin shows for `day`; trail status and snow as of `now`;
    `stale_days` None is the destination's setting (app.settings)."""
    from destination_norberg.app.settings import resolve_stale_days
    from destination_norberg.app.snow import snow_report
    from destination_norberg.store.planning_read import events, strak
    from destination_norberg.store.trails_store import register

    rows = _rows(source)
    stale_days = resolve_stale_days(rows, stale_days)
    trails = sorted(public_trails(register(rows, now, stale_days)),
                    key=lambda r: r.name.casefold())
    snow = snow_report(rows, now, stale_days)
    today, week = events_of(events(rows), day)
    all_strak = strak(rows)
    open_today = [StrakDay(s, day, open_stops(s)) for s in all_strak if is_strak_day(s, day)]
    upcoming = sorted(((d, s) for s in all_strak if (d := _next_day(s, day)) is not None),
                      key=lambda pair: pair[0])
    following = (StrakDay(upcoming[0][1], upcoming[0][0], open_stops(upcoming[0][1]))
                 if upcoming and not open_today else None)
    return BulletinData(day, now, stale_days, trails, snow, today, week, open_today, following)
