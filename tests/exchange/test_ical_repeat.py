"""Repeating events unrolled into the season's dates: RRULE, RDATE, EXDATE, RECURRENCE-ID."""

from __future__ import annotations

from datetime import UTC, date, datetime

from destination_norberg.core.timeutil import to_local
from destination_norberg.exchange.ical_read import read_calendar
from destination_norberg.exchange.ical_repeat import MAX_PER_SERIES, expand

WINTER = (datetime(2026, 11, 30, 23, tzinfo=UTC), datetime(2027, 3, 31, 22, tzinfo=UTC))


def cal(*lines: str) -> bytes:
    return "\r\n".join(("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", *lines,
                        "END:VCALENDAR", "")).encode()


def vevent(*props: str, uid: str = "s@x", summary: str = "Kvällsskidning") -> tuple[str, ...]:
    return ("BEGIN:VEVENT", f"UID:{uid}", f"SUMMARY:{summary}", *props, "END:VEVENT")


def local(events: list) -> list[str]:
    return [f"{to_local(e.starts_at):%Y-%m-%d %H:%M}" for e in events]


def test_a_weekly_series_keeps_its_wall_clock_time_across_summer_time() -> None:
    data = cal(*vevent("DTSTART;TZID=Europe/Stockholm:20270318T180000",
                       "DTEND;TZID=Europe/Stockholm:20270318T200000",
                       "RRULE:FREQ=WEEKLY;COUNT=3"))
    out = expand(read_calendar(data).events, WINTER, include_outside=True).inside
    assert local(out) == ["2027-03-18 18:00", "2027-03-25 18:00", "2027-04-01 18:00"]
    assert all(e.ends_at - e.starts_at == out[0].ends_at - out[0].starts_at for e in out)
    assert len({e.recurrence_id for e in out}) == 3  # each occurrence its own key


def test_exdate_removes_and_rdate_adds() -> None:
    data = cal(*vevent("DTSTART;TZID=Europe/Stockholm:20261204T180000",
                       "RRULE:FREQ=WEEKLY;UNTIL=20261225T170000Z",
                       "EXDATE;TZID=Europe/Stockholm:20261211T180000",
                       "RDATE;TZID=Europe/Stockholm:20261230T120000"))
    out = expand(read_calendar(data).events, WINTER).inside
    assert local(out) == ["2026-12-04 18:00", "2026-12-18 18:00", "2026-12-25 18:00",
                          "2026-12-30 12:00"]


def test_a_series_whose_first_date_was_moved_keeps_its_other_dates() -> None:
    data = cal(*vevent("DTSTART;TZID=Europe/Stockholm:20261204T180000",
                       "RRULE:FREQ=WEEKLY;COUNT=3"),
               *vevent("RECURRENCE-ID;TZID=Europe/Stockholm:20261204T180000",
                       "DTSTART;TZID=Europe/Stockholm:20261205T190000",
                       summary="Kvällsskidning (flyttad)"))
    out = expand(read_calendar(data).events, WINTER).inside
    assert local(out) == ["2026-12-05 19:00", "2026-12-11 18:00", "2026-12-18 18:00"]
    assert out[0].summary == "Kvällsskidning (flyttad)"
    assert out[0].recurrence_id == datetime(2026, 12, 4, 17, tzinfo=UTC)  # the date it replaces


def test_a_changed_occurrence_of_an_all_day_series_is_matched_by_its_day() -> None:
    # Exchange writes RECURRENCE-ID as midnight in its own zone for an all-day series.
    data = cal(*vevent("DTSTART;VALUE=DATE:20261203", "RRULE:FREQ=WEEKLY;COUNT=2"),
               *vevent("RECURRENCE-ID;TZID=GMT Standard Time:20261210T000000",
                       "DTSTART;VALUE=DATE:20261211", summary="Flyttad"))
    out = expand(read_calendar(data).events, WINTER).inside
    assert [(to_local(e.starts_at).date(), e.summary) for e in out] == [
        (date(2026, 12, 3), "Kvällsskidning"), (date(2026, 12, 11), "Flyttad")]


def test_only_the_seasons_dates_unless_the_outside_ones_are_asked_for() -> None:
    data = cal(*vevent("DTSTART;TZID=Europe/Stockholm:20261101T100000",
                       "RRULE:FREQ=MONTHLY;COUNT=7"),
               *vevent("DTSTART;VALUE=DATE:20270703", uid="m@x", summary="Midsommar"))
    result = expand(read_calendar(data).events, WINTER)
    assert local(result.inside) == ["2026-12-01 10:00", "2027-01-01 10:00", "2027-02-01 10:00",
                                    "2027-03-01 10:00"]
    # Later dates are listed one by one; earlier dates of a series are counted in a note.
    assert local(result.outside) == ["2027-04-01 10:00", "2027-05-01 10:00", "2027-07-03 00:00"]
    assert result.notes == ["Line 4: the event 'Kvällsskidning' also repeats on 1 date before "
                            "the season; it is left out."]
    everything = expand(read_calendar(data).events, WINTER, include_outside=True)
    assert len(everything.inside) == 8 and everything.outside == []


def test_a_series_without_end_is_followed_to_the_seasons_end_and_says_what_it_left() -> None:
    data = cal(*vevent("DTSTART;TZID=Europe/Stockholm:20250103T180000",
                       "RRULE:FREQ=WEEKLY;BYDAY=FR"))
    result = expand(read_calendar(data).events, WINTER)
    assert local(result.inside)[0] == "2026-12-04 18:00"
    assert local(result.inside)[-1] == "2027-03-26 18:00"
    assert any("before the season" in n for n in result.notes)


def test_a_runaway_rule_is_cut_with_a_note() -> None:
    data = cal(*vevent("DTSTART;VALUE=DATE:20261201", "RRULE:FREQ=DAILY;COUNT=5000"))
    result = expand(read_calendar(data).events, None)
    assert len(result.inside) == MAX_PER_SERIES
    assert any(f"more than {MAX_PER_SERIES}" in n for n in result.notes)
    minutely = read_calendar(cal(*vevent("DTSTART:20261201T000000Z", "RRULE:FREQ=MINUTELY")))
    assert any("repeats minutely" in w for w in minutely.warnings)


def test_an_unusable_rule_keeps_the_first_date() -> None:
    data = cal(*vevent("DTSTART:20261204T170000Z", "RRULE:FREQ=WEEKLY;UNTL=20270101"))
    result = read_calendar(data)
    assert len(expand(result.events, WINTER).inside) == 1
    assert any("cannot be used" in w for w in result.warnings)


def test_without_a_season_a_series_without_end_covers_a_year() -> None:
    data = cal(*vevent("DTSTART:20261204T170000Z", "RRULE:FREQ=MONTHLY"))
    assert len(expand(read_calendar(data).events, None).inside) == 13


def test_exchange_escaped_semicolons_and_spaces_in_a_rule() -> None:
    # As Exchange CDO writes it (icalendar refuses this file; see test_ical_realdata).
    data = cal(*vevent("DTSTART:20150703T080000Z",
                       "RRULE:FREQ=DAILY\\;UNTIL=20150722T080000Z\\;BYDAY=MO, TU, WE, TH, FR"))
    result = read_calendar(data)
    assert result.warnings == []
    assert len(expand(result.events, None).inside) == 14  # the weekdays 3–22 July

