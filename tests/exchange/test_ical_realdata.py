"""The reader against real iCalendar files from Google, Outlook/Exchange, Thunderbird, Nextcloud,
Android and others (../shared/realdata, see its README; skipped where that folder is absent).

Every file must either be read or be refused with one plain sentence; nothing else may escape.
Real exports (ics/) must all be read; for each broken one (ics_malformed/) the decision is
written down below with the reason.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from destination_norberg.core.timeutil import to_local
from destination_norberg.exchange.ical_read import IcalError, ImportResult, read_calendar
from destination_norberg.exchange.ical_repeat import expand

REALDATA = Path(__file__).resolve().parents[3] / "shared" / "realdata"
ICS = REALDATA / "ics"
MALFORMED = REALDATA / "ics_malformed"


def files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.ics")) if folder.is_dir() else []


@pytest.fixture(autouse=True)
def _realdata() -> None:
    if not REALDATA.is_dir():
        pytest.skip("../shared/realdata is absent (a fresh checkout has no shared folder)")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def read(name: str, folder: Path = ICS) -> ImportResult:
    return read_calendar((folder / name).read_bytes())


def outcome(path: Path) -> ImportResult | str:
    """The result, or the refusal's message, which must be one sentence on one line."""
    try:
        return read_calendar(path.read_bytes())
    except IcalError as error:
        message = str(error)
        assert message and "\n" not in message and "\r" not in message
        assert "unexpected problem" not in message, repr(error.__cause__)
        return message


@pytest.mark.parametrize("path", files(ICS), ids=lambda p: p.name)
def test_every_real_export_is_read(path: Path) -> None:
    result = outcome(path)
    assert isinstance(result, ImportResult), result
    for event in result.events:
        assert event.starts_at.tzinfo is UTC
        assert event.ends_at is None or event.ends_at >= event.starts_at
    assert all("\n" not in w for w in result.warnings)


#: Broken or odd files: refuse (with the start of the message) or read, and why.
MALFORMED_DECISIONS: dict[str, str | None] = {
    # Cut off: no END:VCALENDAR. icalendar silently returns zero calendars for it.
    "icalendar__big_bad_calendar.ics": "The file ends before END:VCALENDAR: it is cut off.",
    "icalendar__small_bad_calendar.ics": "The file ends before END:VCALENDAR: it is cut off.",
    # Not a calendar at all (fuzzer output): no BEGIN:VCALENDAR.
    "icalendar__fuzz_testcase_invalid_month.ics": "Line 1: expected BEGIN:VCALENDAR",
    "icalendar__fuzz_testcase_vtimezone_lone_cr.ics": "Line 1: expected BEGIN:VCALENDAR",
    # Read: a BOM is common and harmless; an empty calendar is a valid calendar.
    "icalendar__bom_calendar.ics": None,
    # Read: blank lines before and after are noise, not damage.
    "icaljs__newline_junk.ics": None,
    # Read: blank lines between components (hand-rolled generator), and its doubly encoded
    # UTF-8 ("MathÃ©matique") is repaired with a warning.
    "icspy__gehol_BA1_blank_lines.ics": None,
    # Read: the bad offset '+5744' sits in a VTIMEZONE for Europe/Prague, a name the zone
    # database knows, and the file has no events; nothing depends on the broken value.
    "icalendar__parsing_error_in_UTC_offset.ics": None,
    # Read: the invalid TRIGGER 'PT-2H' is inside a VALARM, which the import skips anyway.
    "khal__ns_international_train_ticket.ics": None,
    # Read: 'TZID=…:…Z' is read as UTC (the Z is explicit), floating times in the default
    # zone; both with warnings.
    "khal__owncloud_mixed_awareness.ics": None,
    # Read: the RRULE typo 'UNTL' only concerns later occurrences, which are not imported;
    # the warning names it.
    "recurring-ical-events__bad_rrule_missing_until_event.ics": None,
}


@pytest.mark.parametrize("path", files(MALFORMED), ids=lambda p: p.name)
def test_every_broken_file_is_refused_clearly_or_read_as_decided(path: Path) -> None:
    result = outcome(path)
    if path.name not in MALFORMED_DECISIONS:  # a file added later: it only must not crash
        return
    expected = MALFORMED_DECISIONS[path.name]
    if expected is None:
        assert isinstance(result, ImportResult), result
    else:
        assert isinstance(result, str), f"{path.name} was read, expected a refusal"
        assert result.startswith(expected)


def test_an_event_that_ends_before_it_starts_is_left_out_with_its_reason() -> None:
    # Issue 16: one wrong event no longer refuses the calendar; it is left out, named.
    result = read("recurring-ical-events__end_before_start_event.ics", MALFORMED)
    assert result.events == []
    assert [m[:52] for m in result.refused] == [
        "Line 32: the event 'test1' ends before it starts (DT"]


def test_the_decision_table_names_real_files() -> None:
    names = {p.name for p in files(MALFORMED)}
    assert set(MALFORMED_DECISIONS) <= names


# --- what was read, checked by hand -----------------------------------------------------

def test_google_export() -> None:
    result = read("icalendar__alarm_google_future.ics")
    assert result.calendar_name == "Nicco Kunzmann"
    assert result.producer == "-//Google Inc//Google Calendar 70.9054//EN"
    (event,) = result.events
    assert (event.uid, event.summary, event.status) == (
        "79fs7pkqvht9m5igs0vjv1sfra@google.com", "event with alarms", "CONFIRMED")
    assert (event.starts_at, event.ends_at) == (utc(2024, 10, 4, 18, 15), utc(2024, 10, 4, 19))
    assert result.warnings == []  # four VALARMs skipped without fuss


def test_google_duration_instead_of_dtend() -> None:
    (event,) = read("icaljs__google_duration_instead_of_dtend.ics").events
    assert event.starts_at == utc(2012, 6, 30, 13)  # 06:00 in Los Angeles (PDT, -7)
    assert event.ends_at == event.starts_at + timedelta(days=1)  # DURATION:P1D


def test_google_large_export_of_modified_occurrences() -> None:
    result = read("recurring-ical-events__issue_173_only_modifications_error.ics")
    assert len(result.events) == 677
    assert sum(e.recurrence_id is not None for e in result.events) == 186
    series = [e for e in result.events if e.repeat is not None]
    moved = {(e.uid, e.recurrence_id) for e in result.events if e.recurrence_id is not None}
    assert len(series) == 81
    # The 67 series whose first date was moved (they vanished before issue 16) keep the rest.
    firsts_moved = [e for e in series if (e.uid, e.starts_at) in moved]
    assert len(firsts_moved) == 67
    unrolled = expand(result.events, None).inside
    kept = 0
    for master in firsts_moved:
        mine = [e for e in unrolled if e.uid == master.uid]
        assert master.starts_at in {e.recurrence_id for e in mine}
        kept += len(mine)
    assert kept > 3 * len(firsts_moved)


def test_outlook_holidays_are_all_day() -> None:
    result = read("recurring-ical-events__Germany.ics")
    assert result.calendar_name == "Holidays: Germany"
    assert len(result.events) == 159 and all(e.all_day for e in result.events)
    first = result.events[0]
    assert first.summary == "Germany: New Years Day"
    assert to_local(first.starts_at).date() == date(2008, 1, 1)
    assert first.ends_at - first.starts_at == timedelta(days=1)
    epiphany = result.events[1]
    assert epiphany.description.startswith("Baden-W&#252;rttemberg, Bavaria")  # \; and \,


@pytest.mark.parametrize(("name", "start"), [
    # 'New Zealand Standard Time' (Windows name) → Pacific/Auckland: 13:00 NZDT = 00:00 UTC.
    ("khal__tz_windows_format.ics", utc(2019, 11, 20, 0)),
    # 'Canberra, Melbourne, Sydney' (Outlook display name) → Australia/Sydney, AEST in May.
    ("vobject__outlook_tzid_canberra.ics", utc(2008, 5, 30, 5)),
    # Exchange CDO 'GMT +0100 (Standard) / GMT +0200 (Daylight)': 10:00 CEST in July.
    ("icalendar__issue_165_missing_event.ics", utc(2015, 7, 3, 8)),
    # '(UTC-03:00) Brasília' → America/Sao_Paulo: 13:30 BRT.
    ("icalendar__issue_237_fail_to_parse_timezone_with_non_ascii_tzid.ics",
     utc(2017, 5, 11, 16, 30)),
])
def test_windows_time_zone_names(name: str, start: datetime) -> None:
    result = read(name)
    assert result.events[0].starts_at == start


def test_exchange_daily_standup_with_spaces_in_byday_repeats() -> None:
    result = read("icalendar__issue_165_missing_event.ics")
    assert result.warnings == []
    assert len(expand(result.events, None).inside) == 14  # weekdays 3–22 July 2015


def test_windows_name_whose_definition_is_inconsistent_is_flagged() -> None:
    result = read("khal__tz_windows_format.ics")
    assert result.events[0].ends_at == utc(2019, 11, 20, 1, 30)
    assert result.warnings == [
        "Time zone 'New Zealand Standard Time' was read as Pacific/Auckland; the file's own "
        "definition of it gives other UTC offsets (+01:00 instead of +13:00 on 2019-11-20)."]


def test_exchange_gmt_standard_time_all_day_series() -> None:
    result = read("recurring-ical-events__issue_28_rrule_with_UTC_endinginZ.ics")
    assert len(result.events) == 5 and all(e.all_day for e in result.events)
    modified = result.events[2]
    # RECURRENCE-ID;TZID=GMT Standard Time:20200416T000000 → midnight BST = 23:00 UTC before.
    assert modified.recurrence_id == utc(2020, 4, 15, 23)
    assert result.events[0].recurrence == (
        "FREQ=WEEKLY;UNTIL=20200916T230000Z;INTERVAL=2;BYDAY=TH;WKST=MO")


def test_floating_times_use_x_wr_timezone() -> None:
    result = read("recurring-ical-events__issue_86_x_wr_timezone_without_time_zone_in_dt.ics")
    (event,) = result.events
    assert event.starts_at == utc(2021, 9, 16, 19)  # 21:00 in Europe/Brussels (CEST)
    assert event.ends_at == utc(2021, 9, 16, 20, 45)
    assert result.warnings == []


def test_events_without_dtend_and_duplicated_vtimezones() -> None:
    result = read("recurring-ical-events__discourse_no_dtend.ics")
    assert len(result.events) == 4
    assert result.events[0].ends_at is None
    assert result.events[0].starts_at == utc(2019, 1, 17, 17, 0, 25)  # 18:00:25 CET


def test_custom_tzid_read_through_x_lic_location() -> None:
    result = read("icalendar__pacific_fiji.ics")
    assert result.events[0].starts_at == utc(2014, 8, 28, 20)  # 08:00 in Fiji, +12:00
    assert any("Pacific/Fiji (the file's X-LIC-LOCATION)" in w for w in result.warnings)
    assert any("more than one DTSTART" in w for w in result.warnings)


def test_meetup_text_with_escapes_and_folds() -> None:
    result = read("icspy__meetup_devopsdc.ics")
    assert result.calendar_name == "Events - DevOpsDC"
    first = result.events[0]
    assert first.location == ("Fathom Creative, Inc. (1333 14th Street Northwest, Washington "
                              "D.C., DC 20005)")
    assert first.description.startswith("DevOpsDC\nThursday, July 12 at 6:30 PM\n\nThis will")
    assert first.starts_at == utc(2012, 7, 12, 22, 30)


def test_davx5_duration_and_excluded_first_date() -> None:
    result = read("recurring-ical-events__issue_20_exdate_ignored.ics")
    (event,) = result.events
    assert event.ends_at - event.starts_at == timedelta(hours=1, minutes=30)
    assert event.sequence == 11
    assert event.repeat is not None and event.starts_at in event.repeat.exdates


def test_evolution_sequence_numbers() -> None:
    base, modified = read("recurring-ical-events__recurrence_sequence_number.ics").events
    assert (base.sequence, modified.sequence) == (4, 3)
    assert base.uid == modified.uid and modified.recurrence_id is not None


def test_non_ascii_and_unicode_calendar_names() -> None:
    result = read("icspy__plone_non_ascii.ics")
    assert result.calendar_name == "äöü ÄÖÜ €"
    assert result.events[0].location == "Tribstrül"
    empty = read("icalendar__calendar_with_unicode.ics")
    assert empty.events == [] and empty.warnings == ["The calendar holds no events."]


def test_text_after_the_calendar_is_ignored() -> None:
    result = read("icalendar__issue_350.ics")
    assert result.events[0].summary == 'Termin 4353 und"so"'
    # As written: no space after "für", and the tab fold joins '"gucken"' to 'und so'.
    assert result.events[0].description == 'Toller Termin fürmal zu"gucken"und so'
    assert result.warnings == ["Line 36: text after END:VCALENDAR was ignored."]


def test_confluence_broken_fold_is_skipped() -> None:
    result = read("recurring-ical-events__issue_61_time_zone_error.ics")
    assert result.warnings == ["Line 211 could not be read and was ignored."]
    assert result.events[0].all_day


def test_malformed_files_that_are_read() -> None:
    gehol = read("icspy__gehol_BA1_blank_lines.ics", MALFORMED)
    assert gehol.events[0].summary == "Guidance en Mathématique"
    assert gehol.events[0].starts_at == utc(2013, 9, 30, 10)
    owncloud = read("khal__owncloud_mixed_awareness.ics", MALFORMED)
    assert owncloud.events[0].ends_at == utc(2015, 5, 30, 16)  # TZID=Europe/Berlin + Z: UTC
    assert any("both a TZID and a Z" in w for w in owncloud.warnings)
    ticket = read("khal__ns_international_train_ticket.ics", MALFORMED)
    assert ticket.events[0].starts_at == utc(2023, 2, 3, 14, 15)  # 15:15 in Brussels
    rrule = read("recurring-ical-events__bad_rrule_missing_until_event.ics", MALFORMED)
    assert any("UNTL" in w for w in rrule.warnings)
