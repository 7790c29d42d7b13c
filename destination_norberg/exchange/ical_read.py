"""iCalendar import: every VEVENT of a file as a plain record, or one clear refusal.

All or nothing: `read_calendar` returns every event or raises IcalError with one sentence
naming the problem (and its line), because a half-imported season is worse than none
(DESIGN.md §4: `icalendar` returns nothing for a cut-off file, without a word). What is
tolerated and what is refused is listed in ical_lex (structure) and ical_tz (time zones);
here, per event:

- refused, that event alone, with its reason in `ImportResult.refused`: no DTSTART; an invalid
  date, time or duration; an end before the start; a BEGIN:VEVENT without its END (a misspelt
  END line, ical_lex); the rest of the calendar is still read;
- a repeating event (RRULE/RDATE/EXDATE) carries its rules as a `Repeat` (ical_repeat unrolls
  it into the occurrences of the season); a changed occurrence (RECURRENCE-ID) comes in as an
  event of its own that replaces the occurrence it changes;
- DURATION instead of DTEND; no DTEND (a timed event ends at its start: `ends_at` None; an
  all-day event lasts one day); VALARM, VTODO, VJOURNAL and X- properties are skipped;
- all-day dates are anchored to midnight in `default_tz` (Norberg's zone: the day shown
  is the day written), whatever zone the file announces;
- SUMMARY's LANGUAGE parameter is kept (this program writes it, so an English export that
  comes back fills the English texts, not the Swedish ones).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo

from destination_norberg.core.plain_text import CODE_MAX, NAME_MAX, TEXT_MAX, clean, clean_value
from destination_norberg.core.said import Said, clause, message_of, said

from .ical_common import MAX_BYTES, IcalError, snippet, unescape_text
from .ical_lex import Component, Prop, decode, parse
from .ical_notes import Notes
from .ical_repeat import Repeat, parse_rule
from .ical_tz import Stamp, Zones, parse_duration, parse_stamp, to_utc_instant

__all__ = ["IcalError", "ImportResult", "ImportedEvent", "decode", "read_calendar"]

STATUSES = ("CONFIRMED", "TENTATIVE", "CANCELLED")
RRULE_PARTS = frozenset({"FREQ", "UNTIL", "COUNT", "INTERVAL", "BYSECOND", "BYMINUTE", "BYHOUR",
                         "BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS",
                         "WKST", "RSCALE", "SKIP"})
FREQUENCIES = frozenset({"SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY",
                         "YEARLY"})


@dataclass(frozen=True, slots=True)
class ImportedEvent:
    """One VEVENT; instants are aware UTC. `recurrence_id` (UTC) is set for a changed
    occurrence of a repeating event, which shares its series' UID."""

    uid: str | None
    summary: str
    description: str
    location: str
    starts_at: datetime
    ends_at: datetime | None
    all_day: bool
    status: str | None
    recurrence: str | None
    sequence: int
    line: int
    recurrence_id: datetime | None = None
    repeat: Repeat | None = None
    language: str | None = None  # SUMMARY's LANGUAGE parameter, lower case
    recurrence_day: date | None = None  # the day RECURRENCE-ID names, as written


@dataclass(frozen=True, slots=True)
class ImportResult:
    events: list[ImportedEvent]
    warnings: list[str]
    calendar_name: str | None
    producer: str | None
    refused: list[str] = field(default_factory=list)  # one sentence per event left out


def read_calendar(data: bytes, *, default_tz: str = "Europe/Stockholm") -> ImportResult:
    """Every event of an iCalendar file, or IcalError; never half a file."""
    try:
        return _read(bytes(data), default_tz)
    except (ValueError, KeyError, IndexError, TypeError, OverflowError, AttributeError) as exc:
        # A last guard so no traceback reaches the user; tests assert it never fires.
        raise IcalError(said("calendar.unexpected", "The file could not be read because of an "
                             "unexpected problem in this program; please report it with the "
                             "file.")) from exc


def _read(data: bytes, default_tz: str) -> ImportResult:
    if len(data) > MAX_BYTES:
        raise IcalError(said("calendar.too_large", "The file is {size} MB; a calendar file may "
                             "be at most {most} MB.", size=f"{len(data) / 2**20:.1f}",
                             most=MAX_BYTES // 2**20))
    warnings: list[str] = []
    text = decode(data, warnings)
    if not text.strip():
        raise IcalError(said("file.empty", "The file is empty."))
    parsed = parse(text)
    warnings += parsed.warnings
    calendars = parsed.calendars
    definitions: dict[str, Component] = {}
    for calendar in calendars:
        for child in calendar.children:
            tzid = child.first("TZID") if child.name == "VTIMEZONE" else None
            if tzid is not None:
                definitions.setdefault(_plain(tzid).strip(), child)
    version = _calendar_value(calendars, "VERSION")
    if version is not None and version.strip() == "1.0":
        warnings.append(said("calendar.vcalendar", "The file is a vCalendar 1.0 file; it was "
                             "read as iCalendar 2.0."))
    zones = Zones(definitions, _calendar_value(calendars, "X-WR-TIMEZONE"), default_tz, warnings)
    notes = Notes()
    events: list[ImportedEvent] = []
    refused: list[str] = []
    skipped: Counter[str] = Counter()
    for calendar in calendars:
        for child in calendar.children:
            if child.name == "VEVENT":
                try:
                    if child.problem:
                        raise IcalError(said("calendar.broken_event", "Line {line}: {what} "
                                             "{problem}.", line=child.line, what=_what(child),
                                             problem=child.problem))
                    events.append(_event(child, zones, notes))
                except IcalError as exc:
                    reason = clause(message_of(exc) or exc.message)
                    refused.append(said("calendar.event_left_out", "{reason}; this event was "
                                        "left out.", reason=reason))
            elif child.name in ("VTODO", "VJOURNAL"):
                skipped[child.name] += 1
    warnings += notes.messages()
    if skipped:
        todos, journals = skipped["VTODO"], skipped["VJOURNAL"]
        warnings.append(said("calendar.also_holds", "The file also holds {held}; only events "
                             "were imported.", held=_held(todos, journals)))
    if not events and not refused:
        warnings.append(said("calendar.no_events", "The calendar holds no events."))
    name = _calendar_value(calendars, "X-WR-CALNAME") or _calendar_value(calendars, "NAME")
    producer = _calendar_value(calendars, "PRODID")
    return ImportResult(events, warnings,
                        clean_value(unescape_text(name)).strip() if name else None,
                        clean_value(producer, CODE_MAX).strip() if producer else None,
                        refused)


def _calendar_value(calendars: list[Component], name: str) -> str | None:
    for calendar in calendars:
        prop = calendar.first(name)
        if prop is not None:
            return _plain(prop)
    return None


def _plain(prop: Prop) -> str:
    """The value of a property whose parameters do not matter, even if they are garbled."""
    try:
        return prop.split()[1]
    except IcalError:
        return prop.rest.partition(":")[2]


def _held(todos: int, journals: int) -> Said:
    """"2 to-dos and 1 journal entry": what the file holds besides events."""
    todo = (said("calendar.held.todo", "{n} to-do", n=todos) if todos == 1 else
            said("calendar.held.todos", "{n} to-dos", n=todos))
    journal = (said("calendar.held.journal", "{n} journal entry", n=journals) if journals == 1
               else said("calendar.held.journals", "{n} journal entries", n=journals))
    if todos and journals:
        return said("calendar.held.both", "{todos} and {journals}", todos=todo, journals=journal)
    return todo if todos else journal


def _what(component: Component) -> Said:
    prop = component.first("SUMMARY")
    summary = unescape_text(_plain(prop)).strip() if prop is not None else ""
    return (said("calendar.what.event", "the event '{title}'", title=snippet(summary))
            if summary else said("calendar.what.untitled", "an event without a title"))


def _event(component: Component, zones: Zones, notes: Notes) -> ImportedEvent:
    summary = _text(component, "SUMMARY", notes)
    what = _what(component)
    starts = component.all("DTSTART")
    if not starts:
        raise IcalError(said("calendar.no_dtstart", "Line {line}: {what} has no DTSTART (start "
                             "time).", line=component.line, what=what))
    if len(starts) > 1:
        notes.add("two_dtstart", component.line, what)
    start, starts_at, zone = _moment(starts[0], zones, notes)
    all_day = start.is_date
    ends_at = _end(component, what, start, starts_at, zone, zones, notes)
    recurrence, repeat = _recurrence(component, what, start, starts_at, zone, zones, notes)
    recurrence_id = recurrence_day = None
    rid = component.first("RECURRENCE-ID")
    if rid is not None:
        rid_stamp, recurrence_id, _ = _moment(rid, zones, notes)
        recurrence_day = rid_stamp.local.date()
    uid = component.first("UID")
    return ImportedEvent(
        uid=(clean_value(_plain(uid), CODE_MAX).strip() or None) if uid is not None else None,
        summary=summary, description=_text(component, "DESCRIPTION", notes),
        location=_text(component, "LOCATION", notes),
        starts_at=starts_at, ends_at=ends_at, all_day=all_day,
        status=_status(component, notes), recurrence=recurrence,
        sequence=_sequence(component, notes), line=component.line, recurrence_id=recurrence_id,
        repeat=repeat, language=_language(component), recurrence_day=recurrence_day)


def _language(component: Component) -> str | None:
    prop = component.first("SUMMARY")
    try:
        language = prop.split()[0].get("LANGUAGE", "") if prop is not None else ""
    except IcalError:
        return None
    return language.strip().lower() or None


def _moment(prop: Prop, zones: Zones, notes: Notes) -> tuple[Stamp, datetime, tzinfo]:
    """A DATE / DATE-TIME property as (stamp, UTC instant, zone its wall time is in)."""
    params, value = prop.split()
    stamp = parse_stamp(prop.name, value, prop.line)
    return (stamp, *_instant(stamp, params, prop, zones, notes))


def _instant(stamp: Stamp, params: dict[str, str], prop: Prop, zones: Zones,
             notes: Notes | None) -> tuple[datetime, tzinfo]:
    if stamp.is_date:
        zone = zones.default
    elif stamp.utc:
        if params.get("TZID") and notes is not None:
            notes.add("tz_and_z", prop.line, "", prop.name)
        return stamp.local.replace(tzinfo=UTC), UTC
    elif params.get("TZID", "").strip():
        tzid = params["TZID"].strip()
        zone = zones.for_tzid(tzid)
        zones.check(tzid, stamp.local)
    else:
        zone = zones.floating()
    return to_utc_instant(stamp.local, zone, prop.name, prop.line), zone


def _end(component: Component, what: str, start: Stamp, starts_at: datetime, zone: tzinfo,
         zones: Zones, notes: Notes) -> datetime | None:
    """DTEND, else DTSTART + DURATION, else None (or one day for an all-day event)."""
    end_prop = component.first("DTEND")
    duration_prop = component.first("DURATION")
    if end_prop is not None:
        if duration_prop is not None:
            notes.add("dtend_and_duration", component.line, what)
        end, ends_at, _ = _moment(end_prop, zones, notes)
        if start.is_date and end.is_date and end.local == start.local:
            notes.add("zero_all_day", component.line, what)
            return _day_after(start, zone, "DTEND", end_prop.line)
        if ends_at < starts_at:
            raise IcalError(said("calendar.ends_before_dtend", "Line {line}: {what} ends before "
                                 "it starts (DTEND {end} is before DTSTART {start}).",
                                 line=end_prop.line, what=what, end=_shown(end),
                                 start=_shown(start)))
        return ends_at
    if duration_prop is not None:
        value = duration_prop.split()[1]
        duration = parse_duration("DURATION", value, duration_prop.line)
        if duration.negative and (duration.days or duration.seconds):
            raise IcalError(said("calendar.ends_before_duration", "Line {line}: {what} ends "
                                 "before it starts (DURATION {value}).", line=duration_prop.line,
                                 what=what, value=snippet(value)))
        try:
            local_end = start.local + timedelta(days=duration.days)
            return (to_utc_instant(local_end, zone, "DURATION", duration_prop.line)
                    + timedelta(seconds=duration.seconds))
        except OverflowError:
            raise IcalError(said("calendar.duration_too_long", "Line {line}: {what} has a "
                                 "DURATION that is too long.", line=duration_prop.line,
                                 what=what)) from None
    if start.is_date:
        return _day_after(start, zone, "DTSTART", component.line)
    return None


def _day_after(start: Stamp, zone: tzinfo, name: str, line: int) -> datetime:
    """The end of an all-day event of one day; IcalError on 9999-12-31, which has no next day."""
    try:
        local = start.local + timedelta(days=1)
    except OverflowError:
        raise IcalError(said("calendar.out_of_range", "Line {line}: {name} is out of range.",
                             line=line, name=name)) from None
    return to_utc_instant(local, zone, name, line)


def _shown(stamp: Stamp) -> str:
    if stamp.is_date:
        return f"{stamp.local:%Y-%m-%d}"
    return f"{stamp.local:%Y-%m-%d %H:%M}" + (" UTC" if stamp.utc else "")


def _recurrence(component: Component, what: str, start: Stamp, starts_at: datetime,
                zone: tzinfo, zones: Zones, notes: Notes) -> tuple[str | None, Repeat | None]:
    """The first RRULE's text, and how the event repeats (None: it does not, or its rules
    cannot be read, so only its own date counts)."""
    # Exchange escapes the semicolons of a rule (`FREQ=DAILY\\;UNTIL=…`): unescape first.
    texts = list(dict.fromkeys(_plain(p).replace("\\", "").strip()
                               for p in component.all("RRULE")))
    texts = [t for t in texts if t]
    rules: list[tuple[str, datetime | None]] = []
    bounded = True
    for text in texts:
        problem = _rule_problem(text)
        try:
            if problem:
                raise IcalError(problem)
            rule, until, has_end, dropped = parse_rule(text, start.local, zone)
        except IcalError as exc:
            notes.add("bad_rrule", component.line, what, message_of(exc) or exc.message)
            continue
        if dropped:
            notes.add("rule_parts", component.line, what, ", ".join(dropped))
        rules.append((rule, until))
        bounded = bounded and has_end
    rdates = _rdates(component, start, zone, zones)
    if not rules and not rdates:
        return (texts[0] if texts else None), None
    exdates, exdays = _exdates(component, start, zones)
    repeat = Repeat(start.local, zone, tuple(rules), tuple(rdates), frozenset(exdates),
                    frozenset(exdays), bounded)
    return (texts[0] if texts else None), repeat


def _rdates(component: Component, start: Stamp, zone: tzinfo, zones: Zones) -> list[datetime]:
    """RDATE values as wall-clock time in DTSTART's zone (a PERIOD counts by its start)."""
    found: list[datetime] = []
    for prop in component.all("RDATE"):
        params, value = prop.split()
        for item in value.split(","):
            item = item.partition("/")[0].strip()
            if not item:
                continue
            stamp = parse_stamp("RDATE", item, prop.line)
            if stamp.is_date:
                found.append(datetime.combine(stamp.local.date(), start.local.time()))
            else:
                instant = _instant(stamp, params, prop, zones, None)[0]
                found.append(instant.astimezone(zone).replace(tzinfo=None))
    return found


def _rule_problem(rule: str) -> Said | None:
    parts = {}
    for part in rule.split(";"):
        key, _, value = part.partition("=")
        parts[key.strip().upper()] = value.strip().upper()
    unknown = sorted(k for k in parts if k not in RRULE_PARTS)
    if unknown:
        return said("calendar.rule.unknown_part", "unknown part {part}",
                    part=snippet(unknown[0], 20))
    if parts.get("FREQ") not in FREQUENCIES:
        return said("calendar.rule.no_freq", "no valid FREQ")
    return None


def _exdates(component: Component, start: Stamp, zones: Zones,
             ) -> tuple[set[datetime], set[date]]:
    """EXDATE instants (UTC), and days for date-valued ones on a timed series; unreadable
    values are skipped."""
    found: set[datetime] = set()
    days: set[date] = set()
    for prop in component.all("EXDATE"):
        try:
            params, value = prop.split()
            for item in value.split(","):
                if item.strip():
                    stamp = parse_stamp("EXDATE", item, prop.line)
                    if stamp.is_date and not start.is_date:
                        days.add(stamp.local.date())
                    else:
                        found.add(_instant(stamp, params, prop, zones, None)[0])
        except IcalError:
            continue
    return found, days


#: How much of each text property is kept (core.plain_text: control characters go too).
LIMITS = {"SUMMARY": NAME_MAX, "LOCATION": NAME_MAX, "DESCRIPTION": TEXT_MAX}


def _text(component: Component, name: str, notes: Notes) -> str:
    prop = component.first(name)
    if prop is None:
        return ""
    try:
        value = prop.split()[1]
    except IcalError:
        notes.add("bad_params", prop.line, "", name)
        value = prop.rest.partition(":")[2]
    limit = LIMITS.get(name, NAME_MAX)
    text, cut = clean(unescape_text(value).strip(), limit, multiline=True)
    if cut:
        notes.add("shortened", prop.line, "", said("calendar.kept", "{name} ({limit} "
                                                   "characters kept)", name=name, limit=limit))
    return text.strip()


def _status(component: Component, notes: Notes) -> str | None:
    prop = component.first("STATUS")
    if prop is None:
        return None
    value = _plain(prop).strip().upper()
    if value in STATUSES:
        return value
    if value:
        notes.add("status", prop.line, "", value)
    return None


def _sequence(component: Component, notes: Notes) -> int:
    prop = component.first("SEQUENCE")
    if prop is None:
        return 0
    text = _plain(prop).strip()
    if text.isascii() and text.isdigit():
        return int(text)
    notes.add("sequence", prop.line, "", text)
    return 0

