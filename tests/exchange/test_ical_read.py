"""iCalendar import on small handmade files: what is tolerated, what is refused (with which
sentence), how TZIDs are resolved, and a seeded fuzz that only ImportResult or IcalError
ever come out."""

from __future__ import annotations

import ast
import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from destination_norberg.core.events import EventRecord
from destination_norberg.core.timeutil import parse_local, to_local
from destination_norberg.exchange import ical_common, windows_zones
from destination_norberg.exchange.ical_read import (
    IcalError,
    ImportResult,
    decode,
    read_calendar,
)
from destination_norberg.exchange.ical_write import write_events

UNEXPECTED = "unexpected problem"


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def cal(*body: str, head: tuple[str, ...] = ("VERSION:2.0", "PRODID:-//Test//Test//EN"),
        eol: str = "\r\n") -> bytes:
    return eol.join(("BEGIN:VCALENDAR", *head, *body, "END:VCALENDAR", "")).encode()


def vevent(*props: str, start: str = "DTSTART:20270209T080000Z") -> tuple[str, ...]:
    return ("BEGIN:VEVENT", "UID:u1", "SUMMARY:Klasskidan", start, *props, "END:VEVENT")


def read(*body: str, head: tuple[str, ...] = ("VERSION:2.0", "PRODID:-//Test//Test//EN"),
         default_tz: str = "Europe/Stockholm") -> ImportResult:
    return read_calendar(cal(*body, head=head), default_tz=default_tz)


def refused(data: bytes) -> str:
    with pytest.raises(IcalError) as caught:
        read_calendar(data)
    message = str(caught.value)
    assert "\n" not in message and "\r" not in message
    assert UNEXPECTED not in message
    return message


def left_out(data: bytes) -> str:
    """The one event refused from a file that is otherwise read, as its reason."""
    result = read_calendar(data)
    (message,) = result.refused
    assert "\n" not in message and UNEXPECTED not in message
    assert message.endswith("; this event was left out.")
    return message.removesuffix("; this event was left out.") + "."


# --- tolerated --------------------------------------------------------------------------

def test_a_minimal_event() -> None:
    result = read(*vevent("DTEND:20270209T110000Z", "DESCRIPTION:Skolans lopp\\, 2 km",
                          "LOCATION:Torget", "STATUS:confirmed", "SEQUENCE:3"))
    (event,) = result.events
    assert event.uid == "u1" and event.summary == "Klasskidan"
    assert event.description == "Skolans lopp, 2 km" and event.location == "Torget"
    assert (event.starts_at, event.ends_at) == (utc(2027, 2, 9, 8), utc(2027, 2, 9, 11))
    assert event.status == "CONFIRMED" and event.sequence == 3
    assert event.all_day is False and event.recurrence is None and event.line == 4
    assert result.producer == "-//Test//Test//EN" and result.warnings == []


@pytest.mark.parametrize("eol", ["\r\n", "\n", "\r"])
def test_any_line_ending(eol: str) -> None:
    (event,) = read_calendar(cal(*vevent("DESCRIPTION:a long", " folded text"), eol=eol)).events
    assert event.description == "a longfolded text"
    assert event.line == 4


def test_bom_blank_lines_tab_folds_and_lowercase_names() -> None:
    data = b"\xef\xbb\xbf\r\n\r\n" + cal(
        "", "begin:vevent", "uid:u1", "", "summary:Vinter", "\tvecka",
        "dtstart;tzid=Europe/Stockholm:20270208T090000", 'x-custom;x-param="a:b,c":whatever',
        "end:vevent", "")
    (event,) = read_calendar(data).events
    assert event.summary == "Vintervecka"
    assert event.starts_at == utc(2027, 2, 8, 8)
    assert event.line == 7


def test_quoted_parameter_values_with_commas_and_colons() -> None:
    result = read(*vevent('DESCRIPTION;ALTREP="data:text/html,<b>x</b>;y":Text\\; mer',
                          start='DTSTART;TZID="Canberra, Melbourne, Sydney":20270701T120000'))
    (event,) = result.events
    assert event.description == "Text; mer"
    assert event.starts_at == utc(2027, 7, 1, 2)  # AEST, +10:00
    assert result.warnings == []


@pytest.mark.parametrize(("tzid", "local", "expected"), [
    ("Europe/Stockholm", "20270701T120000", utc(2027, 7, 1, 10)),
    ("W. Europe Standard Time", "20270701T120000", utc(2027, 7, 1, 10)),
    ("W. Europe Standard Time", "20270115T120000", utc(2027, 1, 15, 11)),
    ("Romance Standard Time", "20270701T120000", utc(2027, 7, 1, 10)),
    ("GMT Standard Time", "20270701T120000", utc(2027, 7, 1, 11)),
    ("FLE Standard Time", "20270115T120000", utc(2027, 1, 15, 10)),
    ("New Zealand Standard Time", "20270115T120000", utc(2027, 1, 14, 23)),
    ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "20270701T120000",
     utc(2027, 7, 1, 10)),
    ("(GMT+01.00) Amsterdam / Berlin / Bern / Rome / Stockholm / Vienna", "20270701T120000",
     utc(2027, 7, 1, 10)),
    ("(UTC-03:00) Brasília", "20270701T120000", utc(2027, 7, 1, 15)),
    ("Canberra, Melbourne, Sydney", "20270701T120000", utc(2027, 7, 1, 2)),
    ("GMT +0100 (Standard) / GMT +0200 (Daylight)", "20270701T120000", utc(2027, 7, 1, 10)),
    ("/mozilla.org/20070129_1/Europe/Berlin", "20270701T120000", utc(2027, 7, 1, 10)),
    ("europe/stockholm", "20270701T120000", utc(2027, 7, 1, 10)),
])
def test_tzid_names(tzid: str, local: str, expected: datetime) -> None:
    result = read(*vevent(start=f'DTSTART;TZID="{tzid}":{local}'))
    assert result.events[0].starts_at == expected
    assert result.warnings == []


VTIMEZONE_MY_ZONE = (
    "BEGIN:VTIMEZONE", "TZID:My Zone",
    "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE")


@pytest.mark.parametrize(("local", "expected"), [
    ("20270115T120000", utc(2027, 1, 15, 11)),
    ("20270328T013000", utc(2027, 3, 28, 0, 30)),  # just before the spring change
    ("20270328T030000", utc(2027, 3, 28, 1)),      # just after it
    ("20270701T120000", utc(2027, 7, 1, 10)),
    ("20271031T040000", utc(2027, 10, 31, 3)),
])
def test_an_unknown_tzid_uses_the_files_own_rules(local: str, expected: datetime) -> None:
    result = read(*VTIMEZONE_MY_ZONE, *vevent(start=f"DTSTART;TZID=My Zone:{local}"))
    assert result.events[0].starts_at == expected
    assert result.warnings == ["Time zone 'My Zone' is not a standard name; its times were "
                               "read with the UTC offsets the file defines for it."]


def test_an_unknown_undefined_tzid_falls_back_to_x_wr_timezone_then_default() -> None:
    body = vevent(start="DTSTART;TZID=Atlantis:20270701T120000")
    with_calendar_zone = read(*body, head=("X-WR-TIMEZONE:Europe/London",))
    assert with_calendar_zone.events[0].starts_at == utc(2027, 7, 1, 11)
    assert with_calendar_zone.warnings == [
        "Time zone 'Atlantis' is unknown and the file does not define it; its times were read "
        "as Europe/London time (the file's X-WR-TIMEZONE)."]
    without = read(*body)
    assert without.events[0].starts_at == utc(2027, 7, 1, 10)
    assert "Europe/Stockholm time (this program's default)" in without.warnings[0]


def test_a_windows_name_whose_file_definition_disagrees_gets_a_warning() -> None:
    wrong = tuple(line.replace("My Zone", "New Zealand Standard Time")
                  for line in VTIMEZONE_MY_ZONE)
    result = read(*wrong, *vevent(start="DTSTART;TZID=New Zealand Standard Time:20270115T120000"))
    assert result.events[0].starts_at == utc(2027, 1, 14, 23)  # the zone database wins
    assert "Pacific/Auckland" in result.warnings[0] and "+01:00" in result.warnings[0]


def test_floating_times_use_x_wr_timezone_or_the_default() -> None:
    body = vevent("DTEND:20270701T130000", start="DTSTART:20270701T120000")
    brussels = read(*body, head=("X-WR-TIMEZONE:Europe/Brussels",))
    assert brussels.events[0].starts_at == utc(2027, 7, 1, 10) and brussels.warnings == []
    helsinki = read(*body, default_tz="Europe/Helsinki")
    assert helsinki.events[0].starts_at == utc(2027, 7, 1, 9)
    assert helsinki.warnings == ["The file gives times without a time zone; they were read as "
                                 "Europe/Helsinki time."]
    bad = read(*body, head=("X-WR-TIMEZONE:Nowhere/Else",))
    assert bad.events[0].starts_at == utc(2027, 7, 1, 10)
    assert "X-WR-TIMEZONE 'Nowhere/Else' is not a known time zone" in bad.warnings[0]


def test_a_tzid_with_a_z_suffix_is_utc() -> None:
    result = read(*vevent(start="DTSTART;TZID=Europe/Berlin:20270701T120000Z"))
    assert result.events[0].starts_at == utc(2027, 7, 1, 12)
    assert "both a TZID and a Z" in result.warnings[0]


@pytest.mark.parametrize(("duration", "end"), [
    ("P1D", utc(2027, 3, 28, 10)),      # a calendar day: 23 hours over the spring change
    ("PT24H", utc(2027, 3, 28, 11)),    # exactly 24 hours
    ("P1W", utc(2027, 4, 3, 10)),
    ("PT1H30M", utc(2027, 3, 27, 12, 30)),
    ("P0DT0H10M0S", utc(2027, 3, 27, 11, 10)),
])
def test_duration_instead_of_dtend(duration: str, end: datetime) -> None:
    result = read(*vevent(f"DURATION:{duration}",
                          start="DTSTART;TZID=Europe/Stockholm:20270327T120000"))
    assert result.events[0].ends_at == end


def test_no_end() -> None:
    timed, whole = read(*vevent(), *vevent(start="DTSTART;VALUE=DATE:20270605")).events
    assert timed.ends_at is None
    assert whole.all_day and whole.ends_at - whole.starts_at == timedelta(days=1)


def test_all_day_dates_are_days_in_the_default_zone() -> None:
    body = vevent("DTEND;VALUE=DATE:20270607", start="DTSTART;VALUE=DATE:20270605")
    (event,) = read(*body, head=("X-WR-TIMEZONE:America/Los_Angeles",)).events
    assert event.all_day
    assert to_local(event.starts_at) == datetime(2027, 6, 5, tzinfo=to_local(event.starts_at)
                                                 .tzinfo)
    assert (event.starts_at, event.ends_at) == (utc(2027, 6, 4, 22), utc(2027, 6, 6, 22))
    (tokyo,) = read(*body, default_tz="Asia/Tokyo").events
    assert tokyo.starts_at == utc(2027, 6, 4, 15)
    (no_value,) = read(*vevent(start="DTSTART:20270605")).events  # VALUE=DATE left out
    assert no_value.all_day


def test_all_day_ending_on_its_start_day_lasts_that_day() -> None:
    result = read(*vevent("DTEND;VALUE=DATE:20270605", start="DTSTART;VALUE=DATE:20270605"))
    assert result.events[0].ends_at - result.events[0].starts_at == timedelta(days=1)
    assert "ends on the day it starts" in result.warnings[0]


def test_alarms_todos_journals_and_x_properties_are_skipped() -> None:
    result = read(*vevent("BEGIN:VALARM", "TRIGGER;RELATED=START:PT-2H", "ACTION:DISPLAY",
                          "END:VALARM", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"),
                  "BEGIN:VTODO", "SUMMARY:Boka buss", "END:VTODO",
                  "BEGIN:VJOURNAL", "END:VJOURNAL", "BEGIN:VJOURNAL", "END:VJOURNAL")
    assert len(result.events) == 1
    assert result.warnings == ["The file also holds 1 to-do and 2 journal entries; only events "
                               "were imported."]


def test_duplicated_vtimezones_are_fine() -> None:
    result = read(*VTIMEZONE_MY_ZONE, *VTIMEZONE_MY_ZONE,
                  *vevent(start="DTSTART;TZID=My Zone:20270701T120000"))
    assert result.events[0].starts_at == utc(2027, 7, 1, 10)


def test_a_repeating_event_carries_its_rules() -> None:
    result = read(*vevent("RRULE:FREQ=WEEKLY;BYDAY=FR,SA", "RRULE:FREQ=WEEKLY;BYDAY=FR,SA",
                          "EXDATE:20270212T080000Z", "RDATE;VALUE=DATE:20270301"))
    (event,) = result.events
    assert event.recurrence == "FREQ=WEEKLY;BYDAY=FR,SA"
    assert event.repeat is not None and event.repeat.rules == (("FREQ=WEEKLY;BYDAY=FR,SA", None),)
    assert event.repeat.exdates == {utc(2027, 2, 12, 8)} and not event.repeat.bounded
    assert event.repeat.rdates == (datetime(2027, 3, 1, 8),)  # wall time in DTSTART's zone, UTC
    assert result.warnings == []


def test_a_changed_occurrence_names_the_one_it_changes() -> None:
    result = read(*vevent("RECURRENCE-ID;TZID=Europe/Stockholm:20270212T090000"))
    assert result.events[0].recurrence_id == utc(2027, 2, 12, 8)


def test_odd_values_that_do_not_matter_are_warned_about() -> None:
    result = read(*vevent("STATUS:NEEDS-ACTION", "SEQUENCE:x", "RRULE:FREQ=WEEKLY;UNTL=2027"))
    (event,) = result.events
    assert (event.status, event.sequence) == (None, 0)
    assert any("STATUS 'NEEDS-ACTION'" in w for w in result.warnings)
    assert any("SEQUENCE 'x'" in w for w in result.warnings)
    assert any("unknown part UNTL" in w for w in result.warnings)
    assert event.repeat is None  # a rule that cannot be used: only its own date


def test_an_unreadable_line_inside_an_event_is_skipped() -> None:
    result = read(*vevent("ORGANIZER;CN=Danie", "l Latham:mailto:x@example.com"))
    assert len(result.events) == 1
    assert result.warnings == ["Line 9 could not be read and was ignored."]


def test_text_after_the_calendar_and_a_second_calendar() -> None:
    data = cal(*vevent()) + b"X-COMMENT:cached\r\n" + cal(*vevent(), head=())
    result = read_calendar(data)
    assert len(result.events) == 2
    assert result.warnings == ["Line 10: text after END:VCALENDAR was ignored."]


def test_a_calendar_without_events() -> None:
    result = read_calendar(b"BEGIN:VCALENDAR\nX-WR-CALNAME:\xc3\xa4\xc3\xb6\xc3\xbc \xe2\x82\xac"
                           b"\nEND:VCALENDAR\n")
    assert result.events == [] and result.calendar_name == "äöü €"
    assert result.warnings == ["The calendar holds no events."]


def test_decode() -> None:
    assert decode("Malmö".encode()) == "Malmö"
    assert decode(b"\xef\xbb\xbf" + "Malmö".encode()) == "Malmö"
    assert decode("Malmö".encode("utf-16")) == "Malmö"
    notes: list[str] = []
    assert decode("Malmö".encode("cp1252"), notes) == "Malmö"
    assert notes == ["The file is not UTF-8; it was read as Windows-1252 (Western European)."]
    notes.clear()
    assert decode("Mathématique".encode().decode("latin-1").encode(), notes) == "Mathématique"
    assert "encoded twice" in notes[0]


def test_a_windows_1252_file_is_read_with_a_warning() -> None:
    data = cal(*vevent("LOCATION:Järnboden, Norberg")).decode().encode("cp1252")
    result = read_calendar(data)
    assert result.events[0].location == "Järnboden, Norberg"
    assert "Windows-1252" in result.warnings[0]


# --- refused ----------------------------------------------------------------------------

@pytest.mark.parametrize(("data", "message"), [
    (b"", "The file is empty."),
    (b"\r\n  \r\n", "The file is empty."),
    (b"BEGIN:VCARD\r\nFN:Anna\r\nEND:VCARD\r\n", "This is a vCard (contacts) file, not a "
     "calendar."),
    (b"<html><body>404</body></html>", "Line 1: expected BEGIN:VCALENDAR, found '<html><body>"
     "404</body></html>'; this is not an iCalendar file."),
    (b"BEGIN:VTIMEZONE\nTZID:X\nEND:VTIMEZONE\n", "Line 1: expected BEGIN:VCALENDAR, found "
     "'BEGIN:VTIMEZONE'; this is not an iCalendar file."),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "The file holds binary data, not text: it is not "
     "an iCalendar file."),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\n", "The file ends before END:VCALENDAR: "
     "it is cut off."),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20270101", "The file ends inside VEVENT "
     "(begun on line 2): it is cut off."),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDR\r\n",
     "The file ends before END:VCALENDAR: it is cut off."),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nBEGIN:VCALENDAR\r\n", "Line 3: a new calendar begins "
     "before the one from line 1 has ended."),
    (b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\n", "Line 3: "
     "BEGIN:VEVENT stands outside the calendar."),
])
def test_broken_structure_is_refused(data: bytes, message: str) -> None:
    assert refused(data) == message


@pytest.mark.parametrize(("start", "message"), [
    ("DTSTART:20191301T100000", "Line 7: DTSTART has an invalid date '20191301T100000'."),
    ("DTSTART;VALUE=DATE:20190230", "Line 7: DTSTART has an invalid date '20190230'."),
    ("DTSTART:20190101T250000Z", "Line 7: DTSTART has an invalid time '20190101T250000Z'."),
    ("DTSTART:2019-01-01", "Line 7: DTSTART has an invalid date or time '2019-01-01'."),
    ("DTSTART;TZID=\"Europe/Berlin:20190101T100000", "Line 7: the parameters of DTSTART cannot "
     "be read (an unclosed quote or a missing ':')."),
])
def test_an_invalid_start_is_refused(start: str, message: str) -> None:
    assert left_out(cal(*vevent(start=start))) == message


def test_an_event_without_dtstart_is_left_out_and_the_others_read() -> None:
    data = cal(*vevent(), "BEGIN:VEVENT", "SUMMARY:Kristinaloppet", "END:VEVENT",
               *vevent(start="DTSTART:20270210T080000Z"))
    result = read_calendar(data)
    assert [e.starts_at for e in result.events] == [utc(2027, 2, 9, 8), utc(2027, 2, 10, 8)]
    assert result.refused == ["Line 9: the event 'Kristinaloppet' has no DTSTART (start time); "
                              "this event was left out."]


@pytest.mark.parametrize(("lines", "message"), [
    # A misspelt END closes the event it stands in.
    (("BEGIN:VEVENT", "SUMMARY:Pimpeltävling", "DTSTART:20270301T090000Z", "END:VEVNT"),
     "Line 9: the event 'Pimpeltävling' ends with END:VEVNT on line 12 instead of END:VEVENT."),
    # An END so broken it is no END: the next BEGIN:VEVENT shows where the event stopped.
    (("BEGIN:VEVENT", "SUMMARY:Pimpeltävling", "DTSTART:20270301T090000Z", "ENDVEVENT"),
     "Line 9: the event 'Pimpeltävling' has no END:VEVENT before the BEGIN:VEVENT on line 13."),
])
def test_a_misspelt_end_line_leaves_out_that_event_only(lines: tuple[str, ...],
                                                        message: str) -> None:
    data = cal(*vevent(), *lines, *vevent(start="DTSTART:20270210T080000Z"))
    result = read_calendar(data)
    assert len(result.events) == 2 and "Pimpeltävling" not in {e.summary for e in result.events}
    assert left_out(data) == message


def test_an_end_that_skips_an_open_alarm_closes_both() -> None:
    data = cal(*vevent("BEGIN:VALARM", "TRIGGER:-PT1H"))  # END:VEVENT comes, END:VALARM never
    assert [e.summary for e in read_calendar(data).events] == ["Klasskidan"]


@pytest.mark.parametrize(("end", "message"), [
    ("DTEND:20270209T070000Z", "Line 8: the event 'Klasskidan' ends before it starts (DTEND "
     "2027-02-09 07:00 UTC is before DTSTART 2027-02-09 08:00 UTC)."),
    ("DURATION:-PT1H", "Line 8: the event 'Klasskidan' ends before it starts (DURATION -PT1H)."),
    ("DURATION:1H", "Line 8: DURATION has an invalid duration '1H'."),
    ("DTEND:20270231T070000Z", "Line 8: DTEND has an invalid date '20270231T070000Z'."),
    ("DURATION:P99999999999W", "Line 8: the event 'Klasskidan' has a DURATION that is too long."),
])
def test_an_invalid_end_is_refused(end: str, message: str) -> None:
    assert left_out(cal(*vevent(end))) == message


def test_a_broken_time_zone_definition_is_refused_when_needed() -> None:
    broken = tuple(line.replace("TZOFFSETTO:+0100", "TZOFFSETTO:+5744")
                   for line in VTIMEZONE_MY_ZONE)
    assert left_out(cal(*broken, *vevent(start="DTSTART;TZID=My Zone:20270115T120000"))) == (
        "Line 9: TZOFFSETTO has an invalid UTC offset '+5744'.")
    # Unused, it does not matter: nothing in the file depends on it.
    assert len(read_calendar(cal(*broken, *vevent())).events) == 1


def test_a_file_over_20_mb_is_refused() -> None:
    data = cal(*vevent()) + b" " * ical_common.MAX_BYTES
    assert refused(data) == "The file is 20.0 MB; a calendar file may be at most 20 MB."


def test_an_unknown_default_zone_is_refused() -> None:
    with pytest.raises(IcalError, match="default time zone 'Mars/Olympus'"):
        read_calendar(cal(*vevent()), default_tz="Mars/Olympus")


def test_messages_are_one_line_even_for_control_characters() -> None:
    assert str(IcalError("Line 3: a\nb\rc\x0bd")) == "Line 3: a b c d"
    assert refused(b"\x01\x02GARBAGE\r\n") == (
        "Line 1: expected BEGIN:VCALENDAR, found 'GARBAGE'; this is not an iCalendar file.")
    assert refused(bytes(range(1, 32)) * 3) == (
        "The file holds binary data, not text: it is not an iCalendar file.")


# --- fuzz -------------------------------------------------------------------------------

def _sample_calendar() -> bytes:
    records = [
        EventRecord(id=i, uid=f"ev-{i}", name_sv=f"Händelse {i}, på Torget; kväll",
                    kind="program", status="bekräftad", starts_at=parse_local(start),
                    ends_at=parse_local(end) if end else None, all_day=all_day,
                    description_sv="Rad ett\nRad två " + "åäö" * 30, place_name="Torget")
        for i, (start, end, all_day) in enumerate([
            ("2027-02-08T18:00", "2027-02-08T19:00", False),
            ("2027-03-27T10:00", "2027-03-29T16:00", False),
            ("2027-06-05T00:00", "2027-06-07T00:00", True),
            ("2027-07-01T19:00", None, False)])]
    text = write_events(records, calendar_name="Fuzz", now=utc(2026, 11, 26, 8))
    extra = ("BEGIN:VEVENT\r\nUID:w\r\nDTSTART;TZID=\"W. Europe Standard Time\":20270101T100000"
             "\r\nDURATION:PT2H\r\nRRULE:FREQ=WEEKLY\r\nBEGIN:VALARM\r\nTRIGGER:-PT5M\r\n"
             "END:VALARM\r\nEND:VEVENT\r\n")
    return text.replace("END:VCALENDAR", extra + "END:VCALENDAR").encode()


def _mutate(data: bytes, rng: random.Random) -> bytes:
    kind = rng.randrange(5)
    if kind == 0:  # truncate
        return data[:rng.randrange(len(data))]
    if kind == 1:  # flip bytes
        out = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            out[rng.randrange(len(out))] = rng.randrange(256)
        return bytes(out)
    lines = data.split(b"\n")
    if kind == 2:  # delete lines
        for _ in range(rng.randint(1, 4)):
            del lines[rng.randrange(len(lines))]
    elif kind == 3:  # duplicate or swap lines
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
        lines.insert(rng.randrange(len(lines)), lines[rng.randrange(len(lines))])
    else:  # cut a line in the middle
        i = rng.randrange(len(lines))
        lines[i] = lines[i][:rng.randrange(len(lines[i]) + 1)]
    return b"\n".join(lines)


def test_fuzz_only_results_or_clear_refusals() -> None:
    rng = random.Random(20270214)
    base = _sample_calendar()
    assert len(read_calendar(base).events) == 5
    outcomes = {"read": 0, "refused": 0}
    for _ in range(300):
        data = _mutate(base, rng)
        try:
            result = read_calendar(data)
        except IcalError as error:
            message = str(error)
            assert message and "\n" not in message and UNEXPECTED not in message, data
            outcomes["refused"] += 1
        else:
            assert isinstance(result, ImportResult)
            assert all(e.starts_at.tzinfo is UTC for e in result.events)
            assert all(e.ends_at is None or e.ends_at >= e.starts_at for e in result.events)
            outcomes["read"] += 1
    assert outcomes["read"] > 30 and outcomes["refused"] > 30, outcomes


# --- the tables and the layering --------------------------------------------------------

def test_every_windows_zone_is_a_known_iana_zone() -> None:
    from zoneinfo import ZoneInfo

    for iana in [*windows_zones.WINDOWS_TO_IANA.values(), *windows_zones.EXCHANGE_TO_IANA.values()]:
        ZoneInfo(iana)
    for windows in windows_zones.DISPLAY_TO_WINDOWS.values():
        assert windows in windows_zones.WINDOWS_TO_IANA
    europe = [v for v in windows_zones.WINDOWS_TO_IANA.values() if v.startswith("Europe/")]
    assert len(europe) >= 15
    assert windows_zones.iana_for_windows("w. europe daylight time") == "Europe/Berlin"
    assert windows_zones.iana_for_windows("Somewhere Standard Time") is None


def test_ical_modules_use_only_the_standard_library_and_core() -> None:
    import sys

    package = Path(ical_common.__file__).parent
    for path in [*sorted(package.glob("ical*.py")), package / "windows_zones.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and
                     node.level == 0 else [])
            for name in names:
                top = name.split(".")[0]
                # dateutil evaluates RRULEs (ical_repeat: measured against the alternatives).
                assert (top in sys.stdlib_module_names or name.startswith(
                    "destination_norberg.core") or name == "dateutil.rrule"), (
                    f"{path.name} imports {name}")
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 500, path.name


def test_known_dates() -> None:
    # Guard the test data itself: the weekdays the expectations above rely on.
    assert date(2027, 3, 28).isoweekday() == 7 and date(2027, 10, 31).isoweekday() == 7
