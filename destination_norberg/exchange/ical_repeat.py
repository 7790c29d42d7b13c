"""Repeating events: RRULE / RDATE / EXDATE expanded into occurrences, RECURRENCE-ID applied.

The rules are evaluated by `dateutil.rrule` (the engine `recurring-ical-events` uses too) on
the values this program's own reader took from the file. `recurring-ical-events` itself is not
used: it works on `icalendar`'s objects, and `icalendar` refuses or silently empties 7 of the
39 real calendars in ../shared/realdata that the reader reads (an escaped `\\;` in an RRULE,
`TRIGGER:PT-2H`, a `+5744` offset, two DTSTARTs, a cut-off file; measured 2026-12-06).
tests/exchange/test_ical_repeat_realdata.py checks that both agree on every file both read.

Occurrences are expanded in the wall-clock time of DTSTART's zone (a weekly 18:00 stays 18:00
across the change to summer time, RFC 5545 §3.3.10), then turned into UTC. Each occurrence
is keyed by its original start (its RECURRENCE-ID), so a changed occurrence replaces exactly
the one it changes, a series whose first date was moved keeps all its other dates, and the
same file imported twice finds the same keys.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from destination_norberg.core.said import said

from .ical_common import IcalError, snippet
from .ical_tz import to_utc_instant

#: RRULE parts dateutil reads; others (RSCALE, SKIP from RFC 7529) are dropped with a warning.
_DATEUTIL_PARTS = frozenset({"FREQ", "COUNT", "INTERVAL", "BYSECOND", "BYMINUTE", "BYHOUR",
                             "BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH",
                             "BYSETPOS", "WKST"})
#: How a too frequent rule is named ("it repeats hourly").
_FREQUENCY = {"HOURLY": said("calendar.freq.hourly", "hourly"),
              "MINUTELY": said("calendar.freq.minutely", "minutely"),
              "SECONDLY": said("calendar.freq.secondly", "secondly")}
#: Occurrences kept per series; a rule such as FREQ=MINUTELY cannot flood the season.
MAX_PER_SERIES = 1000
#: Candidate dates looked at per series before giving up (a secondly rule from 1970 …).
MAX_STEPS = 200_000
#: How far a series that never ends is followed when no season bounds the import.
OPEN_END = timedelta(days=366)
#: How far past DTSTART any rule is followed: dateutil walks every candidate hour or day of
#: a rule whose filters never match (BYMONTH=2;BYMONTHDAY=30) up to year 9999, which took
#: 45 s for a secondly rule; a bound per frequency keeps every rule under a second.
HORIZON = {"YEARLY": timedelta(days=366 * 100), "MONTHLY": timedelta(days=366 * 100),
           "WEEKLY": timedelta(days=366 * 50), "DAILY": timedelta(days=366 * 30),
           "HOURLY": timedelta(days=366 * 2)}


@dataclass(frozen=True, slots=True)
class Repeat:
    """How one VEVENT repeats, as read from the file."""

    start: datetime  # DTSTART as wall-clock time (naive) in `zone`
    zone: tzinfo
    rules: tuple[tuple[str, datetime | None], ...]  # (rule without UNTIL, UNTIL as wall time)
    rdates: tuple[datetime, ...] = ()  # extra starts as wall-clock time in `zone`
    exdates: frozenset[datetime] = frozenset()  # excluded starts, UTC
    exdays: frozenset[date] = frozenset()  # excluded days (EXDATE;VALUE=DATE)
    bounded: bool = True  # every rule has COUNT or UNTIL


def parse_rule(text: str, start: datetime, zone: tzinfo) -> tuple[str, datetime | None, bool,
                                                                   list[str]]:
    """(rule for dateutil without UNTIL, UNTIL as wall time, bounded, dropped parts).

    IcalError if the rule cannot be read at all (no valid FREQ, a broken part)."""
    from dateutil.rrule import rrulestr

    kept: list[str] = []
    until: datetime | None = None
    dropped: list[str] = []
    bounded = False
    for part in text.replace("\\", "").split(";"):
        key, _, value = part.partition("=")
        # Exchange writes `BYDAY=MO, TU, WE`: spaces inside a value are dropped.
        key, value = key.strip().upper(), value.replace(" ", "").upper()
        if not key:
            continue
        if key == "UNTIL":
            until, bounded = _until(value, zone, start), True
        elif key in _DATEUTIL_PARTS:
            kept.append(f"{key}={value}")
            bounded = bounded or key == "COUNT"
        else:
            dropped.append(key)
    rule = ";".join(kept)
    frequency = next((k.partition("=")[2] for k in kept if k.startswith("FREQ=")), "")
    if frequency in ("HOURLY", "MINUTELY", "SECONDLY"):
        raise IcalError(said("calendar.rule.too_often", "it repeats {frequency}, more often than "
                             "events do", frequency=_FREQUENCY[frequency]))
    try:
        rrulestr(rule, dtstart=start)
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
        # dateutil's own English (its reason cannot be named by a key)
        raise IcalError(snippet(str(exc), 60)) from None
    return rule, until, bounded, dropped


def _until(value: str, zone: tzinfo, start: datetime) -> datetime:
    """UNTIL as wall-clock time in the zone of DTSTART (inclusive bound)."""
    digits = value.rstrip("Z")
    try:
        if "T" in digits:
            moment = datetime.strptime(digits, "%Y%m%dT%H%M%S")
            if value.endswith("Z"):
                return moment.replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None)
            return moment
        day = datetime.strptime(digits, "%Y%m%d")
    except ValueError:
        raise IcalError(said("calendar.rule.bad_until", "the RRULE's UNTIL '{value}' is not a "
                             "date", value=value[:20])) from None
    # A date bound includes its whole day, whatever the time of DTSTART.
    return datetime.combine(day.date(), max(start.time(), time(23, 59, 59)))


@dataclass(slots=True)
class Expanded:
    """The events of a file with every series unrolled, split by the season's period."""

    inside: list[Any] = field(default_factory=list)  # ImportedEvent, in the period
    outside: list[Any] = field(default_factory=list)  # ImportedEvent, outside the period
    notes: list[str] = field(default_factory=list)
    series: int = 0  # repeating events unrolled


def expand(events: Sequence[Any], window: tuple[datetime, datetime] | None,
           include_outside: bool = False) -> Expanded:
    """Unroll every series of `events` (exchange.ical_read.ImportedEvent).

    `window` is the season's period (UTC, end exclusive); occurrences overlapping it are
    `inside`, the others `outside` (all `inside` when `include_outside`). A series without
    an end is followed up to the window's end (or a year past its start without a window).
    """
    out = Expanded()
    overrides: dict[tuple[str | None, Any], Any] = {}
    for ev in events:
        if ev.uid and ev.recurrence_id is not None:
            overrides[(ev.uid, ev.recurrence_id)] = ev
            if ev.recurrence_day is not None:  # an all-day series is matched by its day
                overrides.setdefault((ev.uid, ev.recurrence_day), ev)
    masters: dict[str, Any] = {}
    singles: list[Any] = []
    for ev in events:
        if ev.recurrence_id is not None:
            continue
        if ev.repeat is None:
            singles.append(ev)
        elif not ev.uid:  # a series without UID can have no changed occurrences
            _series_of(ev, None, window, include_outside, out, {})
        elif ev.uid not in masters or ev.sequence >= masters[ev.uid].sequence:
            masters[ev.uid] = ev
    for master in masters.values():
        _series_of(master, master.uid, window, include_outside, out, overrides)
    for ev in [*singles, *{id(e): e for e in overrides.values()}.values()]:
        _place(ev, window, out)
    if include_outside:
        out.inside.extend(out.outside)
        out.outside.clear()
    out.inside.sort(key=lambda e: e.starts_at)
    out.outside.sort(key=lambda e: e.starts_at)
    return out


def _place(ev: Any, window: tuple[datetime, datetime] | None, out: Expanded) -> None:
    (out.inside if within(ev.starts_at, ev.ends_at, window) else out.outside).append(ev)


def within(starts_at: datetime, ends_at: datetime | None,
           window: tuple[datetime, datetime] | None) -> bool:
    """Whether an event touches the period [start, end)."""
    if window is None:
        return True
    lo, hi = window
    if starts_at >= hi:
        return False
    return starts_at >= lo or (ends_at is not None and ends_at > lo)


def _series_of(master: Any, uid: str | None, window: tuple[datetime, datetime] | None,
               include_outside: bool, out: Expanded,
               overrides: dict[tuple[str | None, Any], Any]) -> None:
    out.series += 1
    repeat: Repeat = master.repeat
    length = None if master.ends_at is None else master.ends_at - master.starts_at
    lo = hi = None
    try:
        if window is not None:
            if not include_outside:
                lo = _wall(window[0] - (length or timedelta(0)) - timedelta(days=1), repeat.zone)
            if not repeat.bounded:
                hi = _wall(window[1], repeat.zone)
        elif not repeat.bounded:
            hi = repeat.start + OPEN_END
    except OverflowError:  # near year 1 or 9999: the rule's own end and the caps bound it
        pass
    starts, before, cut = occurrences(repeat, lo, hi)
    title = master.summary[:40]
    if before == 1:
        out.notes.append(said("calendar.before_season", "Line {line}: the event '{title}' also "
                              "repeats on 1 date before the season; it is left out.",
                              line=master.line, title=title))
    elif before:
        out.notes.append(said("calendar.before_season.many", "Line {line}: the event '{title}' "
                              "also repeats on {n} dates before the season; they are left out.",
                              line=master.line, title=title, n=before))
    if cut:
        out.notes.append(said("calendar.too_many_dates", "Line {line}: the event '{title}' "
                              "repeats more than {most} times; only the first {most} dates were "
                              "read.", line=master.line, title=title, most=MAX_PER_SERIES))
    for local in starts:
        try:
            _occurrence(master, uid, local, length, window, out, overrides)
        except (IcalError, OverflowError):  # a date past year 9999 ends the series
            break


def _occurrence(master: Any, uid: str | None, local: datetime, length: timedelta | None,
                window: tuple[datetime, datetime] | None, out: Expanded,
                overrides: dict[tuple[str | None, Any], Any]) -> None:
    """One date of a series: skipped (EXDATE), replaced (RECURRENCE-ID) or made."""
    repeat: Repeat = master.repeat
    instant = to_utc_instant(local, repeat.zone, "RRULE", master.line)
    if instant in repeat.exdates or local.date() in repeat.exdays:
        return
    changed = overrides.pop((uid, instant), None)
    if master.all_day:
        changed = overrides.pop((uid, local.date()), None) or changed
    if changed is not None:
        for key in ((uid, changed.recurrence_id), (uid, changed.recurrence_day)):
            overrides.pop(key, None)
        _place(changed, window, out)
        return
    ends_at = None
    if length is not None:
        ends_at = (to_utc_instant(local + timedelta(days=length.days), repeat.zone, "RRULE",
                                  master.line) if master.all_day else instant + length)
    _place(replace(master, starts_at=instant, ends_at=ends_at, recurrence_id=instant,
                   repeat=None), window, out)


def _wall(instant: datetime, zone: tzinfo) -> datetime:
    return instant.astimezone(zone).replace(tzinfo=None)


def occurrences(repeat: Repeat, lo: datetime | None, hi: datetime | None,
                ) -> tuple[list[datetime], int, bool]:
    """Wall-clock starts of the series from `lo` to `hi` (inclusive; None: no bound), the
    number of dates before `lo`, and whether MAX_PER_SERIES cut it. EXDATE is applied by the
    caller (it compares instants)."""
    from dateutil.rrule import rrulestr

    found: set[datetime] = set()
    before: set[datetime] = set()
    cut = False
    candidates: list[Iterable[datetime]] = [[repeat.start], sorted(repeat.rdates)]
    for text, until in repeat.rules:
        rule = rrulestr(text, dtstart=repeat.start)
        frequency = text.partition("FREQ=")[2].partition(";")[0]
        try:
            horizon = repeat.start + HORIZON.get(frequency, HORIZON["HOURLY"])
        except OverflowError:
            horizon = None
        bounds = [b for b in (until, hi, horizon) if b is not None]
        if "COUNT=" in text:  # dateutil refuses COUNT with UNTIL: the loop below stops at
            # `hi`, and a file's own UNTIL beside its COUNT (against RFC 5545) still holds
            candidates.append(at for at in rule if until is None or at <= until)
            continue
        if bounds:
            rule = rule.replace(until=min(bounds))
        candidates.append(rule)
    for source in candidates:
        for step, start in enumerate(_limited(source)):
            if (hi is not None and start > hi) or step >= MAX_STEPS:
                break
            if lo is not None and start < lo:
                before.add(start)
            elif len(found) >= MAX_PER_SERIES and start not in found:
                cut = True
                break
            else:
                found.add(start)
    return sorted(found), len(before - found), cut


def _limited(rule: Iterable[datetime]) -> Iterable[datetime]:
    try:
        yield from rule
    except (ValueError, OverflowError):  # past year 9999
        return
