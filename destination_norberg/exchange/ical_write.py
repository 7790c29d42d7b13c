"""iCalendar (RFC 5545) export of events and of a stråk, for partners' calendars.

Times are written as Norberg wall-clock time with `TZID=Europe/Stockholm` and one VTIMEZONE,
as DESIGN.md §2 asks, so a partner's calendar shows 18:00 for an 18:00 event whatever its own
zone. UIDs come from the records, so a second export updates the partner's copy instead of
duplicating it. Decisions:

- An event without an end gets no DTEND (RFC 5545 §3.6.1: it ends at its start); an all-day
  event without an end lasts its one day.
- An all-day event covers the local days from its start to its end; an end at local midnight
  is exclusive (iCalendar's own convention), any other end time includes its day.
- `one_entry_per_day=True` splits an event over several local days into one timed VEVENT per
  day: the first from the start time to midnight, middle days midnight to midnight, the last
  from midnight to the end time (no empty piece when the end is at midnight). Pieces are
  `{uid}-{YYYYMMDD}@{domain}`; an event within one day keeps its plain UID.
- A local time that occurs twice (the autumn hour) and is the second one is written in UTC,
  so the instant survives the round trip.
- SUMMARY and DESCRIPTION carry `LANGUAGE=sv` or `LANGUAGE=en` (RFC 5545 §3.2.10): the
  language the text is in, which is the file's unless the event has no text of the file's
  language (core.package_language), so an export that comes back fills the texts of that
  language. Such an event also gets a COMMENT in the file's language saying so ("Only
  available in Swedish."), which calendars show and a re-import ignores.
- CATEGORIES is the event's kind in the file's language (`lopp` / `race`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta

from destination_norberg.core.events import EventRecord, StrakRecord
from destination_norberg.core.package_language import event_kind_name, only_other, pick
from destination_norberg.core.timeutil import STOCKHOLM, to_local

from .ical_common import IcalError, escape_text, fold_line

PRODID = "-//Destination Norberg//Destination Norberg 0.1//SV"
TZID = "Europe/Stockholm"
DEFAULT_DOMAIN = "destination-norberg"

#: Europe/Stockholm as the EU rules have it since 1996 (last Sunday of March 02:00 → CEST,
#: last Sunday of October 03:00 → CET); the same block tzurl.org and Google publish.
VTIMEZONE_STOCKHOLM: tuple[str, ...] = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    f"X-LIC-LOCATION:{TZID}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19810329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19961027T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
)

STATUS = {"bekräftad": "CONFIRMED", "planerad": "TENTATIVE", "idé": "TENTATIVE",
          "inställd": "CANCELLED"}
BYDAY = {1: "MO", 2: "TU", 3: "WE", 4: "TH", 5: "FR", 6: "SA", 7: "SU"}
ONE_DAY = timedelta(days=1)


def write_events(events: Sequence[EventRecord], *, calendar_name: str, now: datetime,
                 one_entry_per_day: bool = False, language: str = "sv",
                 domain: str = DEFAULT_DOMAIN,
                 parent_uids: Mapping[int, str] | None = None) -> str:
    """A VCALENDAR holding `events`; `parent_uids` (parent_id → uid) adds RELATED-TO."""
    english = _is_english(language)
    stamp = _utc_stamp(now)
    lines = _header(calendar_name)
    for event in events:
        lines.extend(_event_lines(event, stamp=stamp, english=english, domain=domain,
                                  split=one_entry_per_day, parent_uids=parent_uids or {}))
    lines.append("END:VCALENDAR")
    return _join(lines)


def write_strak(strak: StrakRecord, *, now: datetime, domain: str = DEFAULT_DOMAIN,
                language: str = "sv") -> str:
    """A VCALENDAR with one weekly VEVENT for the stråk's days, hours and stops; without
    opening hours the occurrences are all-day."""
    english = _is_english(language)
    if strak.period_end < strak.period_start:
        raise IcalError(f"The stråk '{strak.name}' ends before it starts.")
    if any(day not in BYDAY for day in strak.weekdays):
        raise IcalError(f"The stråk '{strak.name}' has a weekday that is not 1–7.")
    days = sorted(set(strak.weekdays))
    first = strak.period_start
    while days and first.isoweekday() not in days and first <= strak.period_end:
        first += ONE_DAY
    if first > strak.period_end:
        raise IcalError(f"The stråk '{strak.name}' has none of its weekdays in its period.")
    rule = f"FREQ=WEEKLY;BYDAY={','.join(BYDAY[d] for d in days)}" if days else "FREQ=DAILY"
    lines = _header(strak.name)
    lines += ["BEGIN:VEVENT", f"UID:{escape_text(strak.uid)}@{domain}",
              f"DTSTAMP:{_utc_stamp(now)}"]
    if strak.opens is None:
        lines += [f"DTSTART;VALUE=DATE:{_day(first)}", f"DTEND;VALUE=DATE:{_day(first + ONE_DAY)}",
                  f"RRULE:{rule};UNTIL={_day(strak.period_end)}"]
    else:
        start = datetime.combine(first, strak.opens)
        lines.append(f"DTSTART;TZID={TZID}:{_wall(start)}")
        last = datetime.combine(strak.period_end, strak.opens)
        if strak.closes is not None:
            end = datetime.combine(first, strak.closes)
            if end <= start:  # closes after midnight
                end += ONE_DAY
            lines.append(f"DTEND;TZID={TZID}:{_wall(end)}")
            last = datetime.combine(strak.period_end, strak.closes)
            if last <= datetime.combine(strak.period_end, strak.opens):
                last += ONE_DAY
        until = last.replace(tzinfo=STOCKHOLM).astimezone(UTC)
        lines.append(f"RRULE:{rule};UNTIL={_utc(until)}")
    lines.append(f"SUMMARY:{escape_text(strak.name)}")
    stops = sorted(strak.stops, key=lambda s: s.position)
    if stops:
        label = "Stop" if english else "Stopp"
        names = [f"{n}. {s.organisation_name or f'{label} {n}'}" for n, s in enumerate(stops, 1)]
        lines.append(f"LOCATION:{escape_text('; '.join(names))}")
        described = []
        for name, stop in zip(names, stops, strict=True):
            offer = ((stop.offer_en or stop.offer_sv) if english
                     else (stop.offer_sv or stop.offer_en))
            text = f"{name} — {offer}" if offer else name
            described.append(f"{text} ({stop.opening})" if stop.opening else text)
        lines.append(f"DESCRIPTION:{escape_text(chr(10).join(described))}")
    category = escape_text(event_kind_name("stråk", "en" if english else "sv"))
    lines += [f"CATEGORIES:{category}", f"SEQUENCE:{strak.version}", "END:VEVENT", "END:VCALENDAR"]
    return _join(lines)


def _is_english(language: str) -> bool:
    if language not in ("sv", "en"):
        raise IcalError(f"The calendar language must be 'sv' or 'en', not '{language}'.")
    return language == "en"


def _header(calendar_name: str) -> list[str]:
    return ["BEGIN:VCALENDAR", f"PRODID:{PRODID}", "VERSION:2.0", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", f"X-WR-CALNAME:{escape_text(calendar_name)}",
            f"X-WR-TIMEZONE:{TZID}", *VTIMEZONE_STOCKHOLM]


def _join(lines: list[str]) -> str:
    return "\r\n".join(map(fold_line, lines)) + "\r\n"


def _event_lines(event: EventRecord, *, stamp: str, english: bool, domain: str, split: bool,
                 parent_uids: Mapping[int, str]) -> Iterator[str]:
    """The VEVENT(s) of one event: one, or one per local day when `split`."""
    if event.ends_at is not None and event.ends_at < event.starts_at:
        raise IcalError(f"The event '{event.name_sv}' ends before it starts; "
                        "correct it before exporting.")
    lang = "en" if english else "sv"
    summary = pick(event.name_sv, event.name_en, lang)
    description = pick(event.description_sv, event.description_en, lang)
    # LANGUAGE tells a re-import of this file which of our texts it holds (import_plan).
    common = [f"SUMMARY;LANGUAGE={summary.lang}:{escape_text(summary.text)}"]
    if description.text:
        common.append(f"DESCRIPTION;LANGUAGE={description.lang}:"
                      f"{escape_text(description.text)}")
    if summary.foreign(lang) or description.foreign(lang):
        common.append(f"COMMENT;LANGUAGE={lang}:{escape_text(only_other(lang))}")
    if event.place_name:
        common.append(f"LOCATION:{escape_text(event.place_name)}")
    if event.status in STATUS:
        common.append(f"STATUS:{STATUS[event.status]}")
    if event.kind:
        common.append(f"CATEGORIES:{escape_text(event_kind_name(event.kind, lang))}")
    common.append(f"SEQUENCE:{event.version}")
    parent = parent_uids.get(event.parent_id) if event.parent_id is not None else None
    if parent:
        common.append(f"RELATED-TO:{escape_text(parent)}@{domain}")
    uid = escape_text(event.uid)
    pieces = _day_pieces(event) if split else [(None, *_whole(event))]
    for day, start, end in pieces:
        suffix = f"-{_day(day)}" if day is not None and len(pieces) > 1 else ""
        yield "BEGIN:VEVENT"
        yield f"UID:{uid}{suffix}@{domain}"
        yield f"DTSTAMP:{stamp}"
        yield from _times(start, end)
        yield from common
        yield "END:VEVENT"


Moment = date | datetime  # a date for all-day entries, an aware instant otherwise


def _whole(event: EventRecord) -> tuple[Moment, Moment | None]:
    if event.all_day:
        first, last = _all_day_span(event)
        return first, last + ONE_DAY
    return event.starts_at, event.ends_at


def _all_day_span(event: EventRecord) -> tuple[date, date]:
    """First and last local day (inclusive); an end at local midnight excludes its day."""
    first = to_local(event.starts_at).date()
    if event.ends_at is None:
        return first, first
    end = to_local(event.ends_at)
    last = end.date() - ONE_DAY if end.time() == time.min else end.date()
    return first, max(first, last)


def _day_pieces(event: EventRecord) -> list[tuple[date, Moment, Moment | None]]:
    """One (day, start, end) per local day the event touches."""
    if event.all_day:
        first, last = _all_day_span(event)
        count = (last - first).days + 1
        return [(first + ONE_DAY * i, first + ONE_DAY * i, first + ONE_DAY * (i + 1))
                for i in range(count)]
    start = to_local(event.starts_at)
    if event.ends_at is None:
        return [(start.date(), event.starts_at, None)]
    end = to_local(event.ends_at)
    first = start.date()
    last = end.date() - ONE_DAY if end.time() == time.min and end.date() > first else end.date()
    if last == first:
        return [(first, event.starts_at, event.ends_at)]
    zone = start.tzinfo
    pieces: list[tuple[date, Moment, Moment | None]] = []
    day = first
    while day <= last:
        piece_start = start if day == first else datetime.combine(day, time.min, zone)
        piece_end = end if day == last else datetime.combine(day + ONE_DAY, time.min, zone)
        pieces.append((day, piece_start, piece_end))
        day += ONE_DAY
    return pieces


def _times(start: Moment, end: Moment | None) -> Iterator[str]:
    if not isinstance(start, datetime):
        yield f"DTSTART;VALUE=DATE:{_day(start)}"
        if end is not None and not isinstance(end, datetime):
            yield f"DTEND;VALUE=DATE:{_day(end)}"
        return
    yield "DTSTART" + _instant(start)
    if isinstance(end, datetime):
        yield "DTEND" + _instant(end)


def _instant(value: datetime) -> str:
    """`;TZID=Europe/Stockholm:<local>`, or `:<utc>Z` for the second of a repeated hour."""
    local = to_local(value)
    if local.fold:
        return f":{_utc(local)}"
    return f";TZID={TZID}:{_wall(local)}"


def _utc_stamp(now: datetime) -> str:
    """DTSTAMP; a naive `now` is taken as UTC, as the store hands instants out."""
    return _utc(now if now.tzinfo is not None else now.replace(tzinfo=UTC))


def _utc(value: datetime) -> str:
    return _wall(value.astimezone(UTC)) + "Z"


def _wall(value: datetime) -> str:
    return (f"{value.year:04d}{value.month:02d}{value.day:02d}"
            f"T{value.hour:02d}{value.minute:02d}{value.second:02d}")


def _day(value: date) -> str:
    return f"{value.year:04d}{value.month:02d}{value.day:02d}"
