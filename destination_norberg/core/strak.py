"""Sommarstråket and Vinterstråket: the walk, its days, and which stops are open when.

A visitor with the stråk map asks "who is open now?", and the coordinator asks "does every
stop keep the stråk hours?" before the map goes to print. Stops write their hours as free text
(core.hours reads it); an empty opening means the stop simply follows the stråk hours.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from datetime import date, time

from destination_norberg.core.events import StrakRecord, StrakStopRecord
from destination_norberg.core.geometry import line_length
from destination_norberg.core.hours import (
    MIDNIGHT,
    HoursError,
    Interval,
    covers,
    format_hours,
    is_open_at,
    parse_hours,
)
from destination_norberg.core.plan_warning import PlanWarning, WarningCode

#: An unhurried stroll with a look into the shops; DESIGN leaves it open, 4.5 km/h is common.
WALKING_SPEED_KMH = 4.5


def route_length_m(route: Sequence[tuple[float, float]]) -> float:
    """Planar length in metres: the route is stored in EPSG:3006, which is metric."""
    return line_length(list(route))


def walking_minutes(length_m: float, speed_kmh: float = WALKING_SPEED_KMH) -> int:
    """Whole minutes, rounded up: a map that promises 10 minutes should not take 11."""
    if speed_kmh <= 0:
        raise ValueError("walking speed must be positive")
    if length_m < 0:
        raise ValueError("length cannot be negative")
    minutes = length_m / (speed_kmh * 1000.0 / 60.0)
    # 750 m at 4.5 km/h is 10 minutes, not 10.000000000000002 rounded up to 11.
    return math.ceil(round(minutes, 6))


def is_strak_day(strak: StrakRecord, day: date) -> bool:
    """Within the period (both ends included) and on one of its ISO weekdays."""
    return strak.period_start <= day <= strak.period_end and day.isoweekday() in strak.weekdays


def strak_hours(strak: StrakRecord) -> Interval | None:
    """The stråk's own opens–closes, read as a stop's hours are (a close of 00:00 is midnight,
    a close past midnight ends this day at midnight); None when unset or empty."""
    if strak.opens is None or strak.closes is None or strak.opens == strak.closes:
        return None
    closes = MIDNIGHT if strak.closes <= strak.opens else strak.closes
    return strak.opens, closes


def _stop_hours(stop: StrakStopRecord) -> tuple[Interval, ...] | None:
    """The stop's intervals; None for unreadable hours. Empty text is the caller's business."""
    try:
        return parse_hours(stop.opening)
    except HoursError:
        return None


def who_is_open(strak: StrakRecord, day: date, at: time) -> list[StrakStopRecord]:
    """Stops open at `at` on `day`, in walking order.

    Nothing is open off a stråk day or outside the stråk's own hours (the offers are stråk
    offers). A stop without hours follows the stråk; a stop whose hours cannot be read is not
    listed, since we cannot say it is open (stop_warnings reports it). A stråk without hours
    leaves it to the stops.
    """
    if not is_strak_day(strak, day):
        return []
    own = strak_hours(strak)
    if own is not None and not is_open_at((own,), at):
        return []
    open_now: list[StrakStopRecord] = []
    for stop in sorted(strak.stops, key=lambda s: s.position):
        if not stop.opening.strip():
            open_now.append(stop)
            continue
        hours = _stop_hours(stop)
        if hours is not None and is_open_at(hours, at):
            open_now.append(stop)
    return open_now


def _stop_args(strak: StrakRecord, stop: StrakStopRecord) -> dict[str, str]:
    org = stop.organisation_name or (
        f"#{stop.organisation_id}" if stop.organisation_id is not None else "")
    return {"strak": strak.name, "position": str(stop.position), "organisation": org,
            "opening": stop.opening}


def stop_warnings(strak: StrakRecord) -> list[PlanWarning]:
    """Stops that would let a visitor down: closed or closing early during the stråk hours,
    hours nobody can read, no organisation behind the stop, two stops at one position."""
    found: list[PlanWarning] = []
    event_ids = (strak.event_id,) if strak.event_id is not None else ()
    own = strak_hours(strak)
    own_text = format_hours((own,)) if own is not None else ""

    def warn(code: WarningCode, args: dict[str, str]) -> None:
        found.append(PlanWarning(code, event_ids, args, day=strak.period_start,
                                 strak_id=strak.id))

    for stop in sorted(strak.stops, key=lambda s: s.position):
        args = _stop_args(strak, stop)
        if stop.organisation_id is None:
            warn(WarningCode.STOP_NO_ORGANISATION, args)
        if not stop.opening.strip():
            continue
        hours = _stop_hours(stop)
        if hours is None:
            warn(WarningCode.STOP_HOURS_UNREADABLE, args)
        elif own is not None and not covers(hours, *own):
            code = (WarningCode.STOP_HOURS_SHORT if _overlaps(hours, own)
                    else WarningCode.STOP_CLOSED)
            warn(code, {**args, "strak_hours": own_text})
    counts = Counter(stop.position for stop in strak.stops)
    for position, count in sorted(counts.items()):
        if count > 1:
            warn(WarningCode.STOP_DUPLICATE_POSITION,
                 {"strak": strak.name, "position": str(position), "count": str(count)})
    return found


def _overlaps(hours: Sequence[Interval], span: Interval) -> bool:
    """Open at some moment of the span: closing early is "short", never open is "closed"."""
    return any(a < span[1] and span[0] < b for a, b in hours)
