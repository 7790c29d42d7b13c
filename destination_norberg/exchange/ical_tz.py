"""Date, time, duration and UTC-offset values, and which time zone a TZID means.

A TZID is looked up, in this order: as an IANA name (also behind a `/mozilla.org/…/` style
prefix, and ignoring case); as a Windows / Outlook / Exchange name (windows_zones.py); through
the file's own VTIMEZONE — its X-LIC-LOCATION if that is an IANA name, otherwise the UTC offsets
its STANDARD/DAYLIGHT parts give, their yearly rules evaluated for the year of each time; then
the calendar's X-WR-TIMEZONE; then the program's default zone. Every guess past the first two
steps adds a warning naming what was assumed. The zone database beats a file's VTIMEZONE for a
known name: files copy stale or wrong definitions (khal's "New Zealand Standard Time" with
CET rules), and a warning says so when a Windows name and the file's definition disagree.
"""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import cache

from destination_norberg.core.said import said

from .ical_common import IcalError, snippet
from .ical_lex import Component
from .windows_zones import iana_for_windows

_STAMP = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?", re.I)
_DURATION = re.compile(r"([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?",
                       re.I)
_OFFSET = re.compile(r"([+-])(\d{2})(\d{2})(\d{2})?")
_BYDAY = re.compile(r"([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)", re.I)
_WEEKDAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
_ZONE_KEY = re.compile(r"[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)+")


@dataclass(frozen=True, slots=True)
class Stamp:
    """A DATE or DATE-TIME value as written: wall time (midnight for a date), and a Z or not."""

    local: datetime
    is_date: bool
    utc: bool


def parse_stamp(name: str, value: str, line: int) -> Stamp:
    text = value.strip()
    match = _STAMP.fullmatch(text)
    if match is None:
        raise IcalError(said("calendar.bad_stamp", "Line {line}: {name} has an invalid date or "
                             "time '{text}'.", line=line, name=name, text=snippet(text)))
    year, month, day = int(match[1]), int(match[2]), int(match[3])
    try:
        date(year, month, day)
    except ValueError:
        raise IcalError(said("calendar.bad_date", "Line {line}: {name} has an invalid date "
                             "'{text}'.", line=line, name=name, text=text)) from None
    if match[4] is None:
        return Stamp(datetime(year, month, day), True, False)
    hour, minute, second = int(match[4]), int(match[5]), int(match[6])
    if hour > 23 or minute > 59 or second > 60:
        raise IcalError(said("calendar.bad_time", "Line {line}: {name} has an invalid time "
                             "'{text}'.", line=line, name=name, text=text))
    return Stamp(datetime(year, month, day, hour, minute, min(second, 59)), False,
                 match[7] is not None)


@dataclass(frozen=True, slots=True)
class Duration:
    """Weeks and days are nominal (calendar days, DST-proof), the rest exact (RFC 5545 §3.3.6)."""

    negative: bool
    days: int
    seconds: int


def parse_duration(name: str, value: str, line: int) -> Duration:
    text = value.strip()
    match = _DURATION.fullmatch(text)
    if match is None or not any(match.groups()[1:]):
        raise IcalError(said("calendar.bad_duration", "Line {line}: {name} has an invalid "
                             "duration '{text}'.", line=line, name=name, text=snippet(text)))
    weeks, days, hours, minutes, seconds = (int(g or 0) for g in match.groups()[1:])
    return Duration(match[1] == "-", weeks * 7 + days, hours * 3600 + minutes * 60 + seconds)


def parse_offset(name: str, value: str, line: int) -> timedelta:
    text = value.strip()
    match = _OFFSET.fullmatch(text)
    if match is None or int(match[2]) > 23 or int(match[3]) > 59 or int(match[4] or 0) > 59:
        raise IcalError(said("calendar.bad_offset", "Line {line}: {name} has an invalid UTC "
                             "offset '{text}'.", line=line, name=name, text=snippet(text)))
    size = timedelta(hours=int(match[2]), minutes=int(match[3]), seconds=int(match[4] or 0))
    return -size if match[1] == "-" else size


def known_zone(name: str) -> zoneinfo.ZoneInfo | None:
    """The IANA zone a name means, if it is one (also behind a vendor prefix, any case)."""
    name = name.strip().strip('"')
    candidates = [name]
    parts = name.split("/")
    candidates += ["/".join(parts[i:]) for i in range(1, len(parts) - 1)]
    for candidate in candidates:
        if candidate and (candidate == name or _ZONE_KEY.fullmatch(candidate)):
            zone = _zone(candidate)
            if zone is not None:
                return zone
    folded = _folded_keys().get(name.casefold())
    return _zone(folded) if folded else None


def _zone(key: str) -> zoneinfo.ZoneInfo | None:
    try:
        return zoneinfo.ZoneInfo(key)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return None


@cache
def _folded_keys() -> dict[str, str]:
    return {key.casefold(): key for key in zoneinfo.available_timezones()}


class Zones:
    """Resolves TZIDs for one file, once each, and collects the warnings of its guesses."""

    def __init__(self, definitions: Mapping[str, Component], calendar_tz: str | None,
                 default_tz: str, warnings: list[str]) -> None:
        default = known_zone(default_tz)
        if default is None:
            raise IcalError(said("calendar.bad_default_zone", "The default time zone '{zone}' "
                                 "is not a known time zone.", zone=default_tz))
        self.default: tzinfo = default
        self._definitions = definitions
        self._calendar_tz = calendar_tz
        self._warnings = warnings
        self._cache: dict[str, tzinfo] = {}
        self._calendar: tuple[tzinfo, str] | None = None
        self._calendar_done = False
        self._floating: tzinfo | None = None
        self._windows: dict[str, tzinfo] = {}  # TZIDs read through the Windows table
        self._checked: set[str] = set()

    def floating(self) -> tzinfo:
        """The zone of times written without TZID and without Z."""
        if self._floating is None:
            found = self._calendar_zone()
            if found is not None:
                self._floating = found[0]
            else:
                self._floating = self.default
                self._warnings.append(said("calendar.floating", "The file gives times without a "
                                           "time zone; they were read as {zone} time.",
                                           zone=str(self.default)))
        return self._floating

    def for_tzid(self, tzid: str) -> tzinfo:
        zone = self._cache.get(tzid)
        if zone is None:
            zone = self._cache[tzid] = self._resolve(tzid)
        return zone

    def check(self, tzid: str, local: datetime) -> None:
        """Warn once if a Windows-named zone and the file's own definition disagree here."""
        zone = self._windows.get(tzid)
        definition = self._definitions.get(tzid)
        if zone is None or definition is None or tzid in self._checked:
            return
        self._checked.add(tzid)
        local = local.replace(hour=12, minute=0, second=0)  # never inside a DST change hour
        try:
            own = FileZone.from_component(tzid, definition)
            theirs = own.utcoffset(local) if own is not None else None
        except IcalError:
            return
        ours = local.replace(tzinfo=zone).utcoffset()
        if theirs is not None and ours is not None and theirs != ours:
            self._warnings.append(said(
                "calendar.zone_differs", "Time zone '{tzid}' was read as {zone}; the file's "
                "own definition of it gives other UTC offsets ({theirs} instead of {ours} on "
                "{day}).", tzid=snippet(tzid), zone=str(zone), theirs=_hhmm(theirs),
                ours=_hhmm(ours), day=f"{local:%Y-%m-%d}"))

    def _resolve(self, tzid: str) -> tzinfo:
        zone = known_zone(tzid)
        if zone is not None:
            return zone
        mapped = iana_for_windows(tzid)
        zone = _zone(mapped) if mapped else None
        if zone is not None:
            self._windows[tzid] = zone
            return zone
        shown = snippet(tzid)
        definition = self._definitions.get(tzid)
        if definition is not None:
            hint = definition.first("X-LIC-LOCATION")
            zone = known_zone(hint.value) if hint is not None else None
            if zone is not None:
                self._warnings.append(said("calendar.lic_location", "Time zone '{tzid}' is not a "
                                           "standard name; it was read as {zone} (the file's "
                                           "X-LIC-LOCATION).", tzid=shown, zone=str(zone)))
                return zone
            own = FileZone.from_component(tzid, definition)
            if own is not None:
                self._warnings.append(said("calendar.own_zone", "Time zone '{tzid}' is not a "
                                           "standard name; its times were read with the UTC "
                                           "offsets the file defines for it.", tzid=shown))
                return own
        found = self._calendar_zone()
        fallback, why = found if found is not None else (
            self.default, said("calendar.why.default", "this program's default"))
        self._warnings.append(said("calendar.unknown_zone", "Time zone '{tzid}' is unknown and "
                                   "the file does not define it; its times were read as {zone} "
                                   "time ({why}).", tzid=shown, zone=str(fallback), why=why))
        return fallback

    def _calendar_zone(self) -> tuple[tzinfo, str] | None:
        """X-WR-TIMEZONE, if the file names one this program knows."""
        if not self._calendar_done:
            self._calendar_done = True
            name = (self._calendar_tz or "").strip()
            if name:
                zone = known_zone(name)
                mapped = iana_for_windows(name) if zone is None else None
                zone = zone or (_zone(mapped) if mapped else None)
                if zone is None:
                    self._warnings.append(said("calendar.bad_x_wr_timezone", "The file's "
                                               "X-WR-TIMEZONE '{name}' is not a known time "
                                               "zone; it was ignored.", name=snippet(name)))
                else:
                    self._calendar = (zone, said("calendar.why.x_wr_timezone",
                                                 "the file's X-WR-TIMEZONE"))
        return self._calendar


def _hhmm(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


@dataclass(frozen=True, slots=True)
class _Rule:
    """The yearly RRULE of a STANDARD/DAYLIGHT part: month, nth weekday and/or month days."""

    month: int
    day: int
    weekday: int | None
    nth: int
    monthdays: tuple[int, ...]
    until: datetime | None  # UTC, naive

    def onset(self, year: int, at: time) -> datetime | None:
        if not 1 <= year < 9999:
            return None
        length = (date(year + (self.month == 12), self.month % 12 + 1, 1) - timedelta(days=1)).day
        days = [d if d > 0 else length + 1 + d for d in self.monthdays] or [self.day]
        if self.weekday is not None:
            matching = [d for d in range(1, length + 1)
                        if date(year, self.month, d).weekday() == self.weekday]
            if self.monthdays:
                matching = [d for d in matching if d in days]
            if self.nth:
                index = self.nth - 1 if self.nth > 0 else self.nth
                matching = matching[index:][:1] if -len(matching) <= index < len(matching) else []
            days = matching
        days = [d for d in days if 1 <= d <= length]
        return datetime.combine(date(year, self.month, days[0]), at) if days else None


def _parse_rule(text: str, start: datetime) -> _Rule | None:
    """Only FREQ=YEARLY rules, which is what VTIMEZONEs use; anything unreadable is skipped."""
    parts = dict(p.partition("=")[::2] for p in text.strip().upper().split(";") if p)
    if parts.get("FREQ") != "YEARLY":
        return None
    try:
        month = int(parts["BYMONTH"].split(",")[0]) if "BYMONTH" in parts else start.month
        monthdays = tuple(int(d) for d in parts["BYMONTHDAY"].split(",") if d) if (
            "BYMONTHDAY" in parts) else ()
        weekday, nth = None, 0
        if "BYDAY" in parts:
            match = _BYDAY.fullmatch(parts["BYDAY"].split(",")[0].strip())
            if match is None:
                return None
            weekday, nth = _WEEKDAYS[match[2].upper()], int(match[1] or 0)
        until = None
        if "UNTIL" in parts:
            stamp = parse_stamp("UNTIL", parts["UNTIL"], 0)
            until = stamp.local
    except (ValueError, IcalError):
        return None
    if not 1 <= month <= 12:
        return None
    return _Rule(month, start.day, weekday, nth, monthdays, until)


@dataclass(frozen=True, slots=True)
class _Part:
    start: datetime
    offset_from: timedelta
    offset_to: timedelta
    fixed: tuple[datetime, ...]
    rule: _Rule | None

    def last_onset(self, local: datetime) -> datetime | None:
        """The latest time at or before `local` at which this part took effect."""
        best = max((t for t in self.fixed if t <= local), default=None)
        if self.rule is None:
            return best
        years = {local.year, local.year - 1}
        if self.rule.until is not None and self.rule.until.year < local.year:
            years |= {self.rule.until.year, self.rule.until.year - 1}
        for year in years:
            onset = self.rule.onset(year, self.start.time())
            if (onset is None or onset < self.start or onset > local
                    or (self.rule.until is not None
                        and onset - self.offset_from > self.rule.until)):
                continue
            if best is None or onset > best:
                best = onset
        return best


class FileZone(tzinfo):
    """A zone as a file's VTIMEZONE defines it: the part whose onset came last sets the offset."""

    def __init__(self, tzid: str, parts: list[_Part]) -> None:
        self._tzid = tzid
        self._parts = parts
        self._before = min(parts, key=lambda p: p.start).offset_from
        self._memo: dict[datetime, timedelta] = {}

    @classmethod
    def from_component(cls, tzid: str, component: Component) -> FileZone | None:
        """None when the VTIMEZONE has no STANDARD/DAYLIGHT parts; IcalError when one is broken."""
        parts = []
        for child in component.children:
            if child.name not in ("STANDARD", "DAYLIGHT"):
                continue
            found = {p.name: p for p in reversed(child.props)}
            missing = [n for n in ("DTSTART", "TZOFFSETFROM", "TZOFFSETTO") if n not in found]
            if missing:
                raise IcalError(said("calendar.zone_part", "Line {line}: the time zone "
                                     "'{tzid}' has a {part} part without {missing}.",
                                     line=child.line, tzid=snippet(tzid), part=child.name,
                                     missing=missing[0]))
            start_prop = found["DTSTART"]
            start = parse_stamp("DTSTART", start_prop.value, start_prop.line).local
            fixed = [start]
            for rdate in child.all("RDATE"):
                fixed += [parse_stamp("RDATE", v, rdate.line).local
                          for v in rdate.value.split(",") if v.strip()]
            rule_prop = found.get("RRULE")
            parts.append(_Part(
                start,
                parse_offset("TZOFFSETFROM", found["TZOFFSETFROM"].value,
                             found["TZOFFSETFROM"].line),
                parse_offset("TZOFFSETTO", found["TZOFFSETTO"].value, found["TZOFFSETTO"].line),
                tuple(sorted(fixed)),
                _parse_rule(rule_prop.value, start) if rule_prop is not None else None))
        return cls(tzid, parts) if parts else None

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return self._before
        local = dt.replace(tzinfo=None)
        offset = self._memo.get(local)
        if offset is None:
            best: tuple[datetime, timedelta] | None = None
            for part in self._parts:
                onset = part.last_onset(local)
                if onset is not None and (best is None or onset > best[0]):
                    best = (onset, part.offset_to)
            offset = self._memo[local] = best[1] if best is not None else self._before
        return offset

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None

    def tzname(self, dt: datetime | None) -> str:
        return self._tzid

    def __repr__(self) -> str:
        return f"FileZone({self._tzid!r})"


def to_utc_instant(local: datetime, zone: tzinfo, name: str, line: int) -> datetime:
    """Wall time in `zone` → aware UTC; a time in the spring gap counts with the offset before
    it, a repeated autumn time as its first occurrence (RFC 5545 §3.3.5)."""
    try:
        return local.replace(tzinfo=zone).astimezone(UTC)
    except OverflowError:
        raise IcalError(said("calendar.out_of_range", "Line {line}: {name} is out of range.",
                             line=line, name=name)) from None
