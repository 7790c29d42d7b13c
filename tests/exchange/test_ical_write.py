"""iCalendar export: RFC 5545 form (CRLF, folding, escaping, one VTIMEZONE), Norberg wall-clock
times, stable UIDs, per-day entries across a DST change, the stråk as one weekly event, and the
round trip through our own reader."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest

from destination_norberg.core.events import EventRecord, StrakRecord, StrakStopRecord
from destination_norberg.core.timeutil import STOCKHOLM, parse_local, to_local
from destination_norberg.exchange.ical_common import IcalError, fold_line
from destination_norberg.exchange.ical_read import read_calendar
from destination_norberg.exchange.ical_repeat import expand
from destination_norberg.exchange.ical_write import PRODID, write_events, write_strak

NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def event(uid: str = "e1", name: str = "Klasskidan", start: str = "2027-02-09T09:00",
          end: str | None = "2027-02-09T12:00", **kw) -> EventRecord:
    kw.setdefault("id", 1)
    kw.setdefault("kind", "lopp")
    kw.setdefault("status", "bekräftad")
    return EventRecord(uid=uid, name_sv=name, starts_at=parse_local(start),
                       ends_at=parse_local(end) if end else None, **kw)


def lines_of(text: str) -> list[str]:
    """Unfolded content lines."""
    return text.replace("\r\n ", "").split("\r\n")


def vevents(text: str) -> list[list[str]]:
    found, current = [], None
    for line in lines_of(text):
        if line == "BEGIN:VEVENT":
            current = []
        elif line == "END:VEVENT":
            found.append(current)
            current = None
        elif current is not None:
            current.append(line)
    return found


def prop(block: list[str], name: str) -> str | None:
    for line in block:
        if line.split(":", 1)[0].split(";", 1)[0] == name:
            return line
    return None


SAMPLE = [
    event("vv", "Vintervecka 2027", "2027-02-08T00:00", "2027-02-14T18:00", id=1, kind="vecka",
          place_name="Torget", description_sv="Engelbrektsloppets vintervecka.",
          description_en="The winter week.", name_en="Winter Week 2027", version=4),
    event("inv", "Invigning", "2027-02-08T18:00", "2027-02-08T19:00", id=2, parent_id=1,
          kind="program", status="planerad"),
    event("sprint", "Engelbrektssprinten", "2027-07-01T19:00", None, id=3, status="idé"),
    event("heldag", "Marknadsdag", "2027-06-05T00:00", "2027-06-07T00:00", id=4, all_day=True,
          kind="marknad", status="inställd"),
]


def test_calendar_header_and_one_stockholm_vtimezone() -> None:
    text = write_events(SAMPLE, calendar_name="Norberg, vinter", now=NOW)
    lines = lines_of(text)
    assert lines[:7] == ["BEGIN:VCALENDAR", f"PRODID:{PRODID}", "VERSION:2.0",
                         "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                         "X-WR-CALNAME:Norberg\\, vinter", "X-WR-TIMEZONE:Europe/Stockholm"]
    assert PRODID == "-//Destination Norberg//Destination Norberg 0.1//SV"
    assert text.count("BEGIN:VTIMEZONE") == 1 and text.count("END:VTIMEZONE") == 1
    block = text[text.index("BEGIN:VTIMEZONE"):text.index("END:VTIMEZONE")]
    assert "TZID:Europe/Stockholm" in block
    daylight = block[block.index("BEGIN:DAYLIGHT"):block.index("END:DAYLIGHT")]
    standard = block[block.index("BEGIN:STANDARD"):block.index("END:STANDARD")]
    assert "TZOFFSETFROM:+0100" in daylight and "TZOFFSETTO:+0200" in daylight
    assert "TZNAME:CEST" in daylight and "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU" in daylight
    assert "T020000" in daylight
    assert "TZOFFSETFROM:+0200" in standard and "TZOFFSETTO:+0100" in standard
    assert "TZNAME:CET" in standard and "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU" in standard
    assert "T030000" in standard
    assert lines[-2:] == ["END:VCALENDAR", ""]
    assert len(vevents(text)) == len(SAMPLE)


def test_crlf_everywhere_and_no_line_over_75_octets() -> None:
    long = event(name="Å" * 300, description_sv="ä, ö; " * 100)
    raw = write_events([*SAMPLE, long], calendar_name="x" * 200, now=NOW).encode("utf-8")
    assert raw.endswith(b"\r\n")
    assert raw.count(b"\n") == raw.count(b"\r\n") == raw.count(b"\r")
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # no UTF-8 sequence was cut by folding


def test_long_swedish_summary_with_commas_survives_folding() -> None:
    summary = ("Älvdalsåsens, Fjärdingens och Kärrbo-Östra byalags gemensamma "
               "skidlördag, med våfflor; korvgrillning och prisutdelning vid Åsgården, "
               "Norberg\\Karbenning. ") * 2
    summary = summary[:200]
    assert len(summary) == 200
    text = write_events([event(name=summary)], calendar_name="N", now=NOW)
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert read_calendar(text.encode()).events[0].summary == summary.strip()


@pytest.mark.parametrize(("value", "escaped"), [
    ("a,b;c\\d", "a\\,b\\;c\\\\d"),
    ("två\nrader", "två\\nrader"),
    ("cr\r\nlf", "cr\\nlf"),
    ("€ – “citat”", "€ – “citat”"),
])
def test_text_escaping_round_trips(value: str, escaped: str) -> None:
    record = event(name=f"N {value}", description_sv=f"D {value}", place_name=f"P {value}")
    text = write_events([record], calendar_name="N", now=NOW)
    block = vevents(text)[0]
    assert prop(block, "SUMMARY") == f"SUMMARY;LANGUAGE=sv:N {escaped}"
    assert prop(block, "DESCRIPTION") == f"DESCRIPTION;LANGUAGE=sv:D {escaped}"
    assert prop(block, "LOCATION") == f"LOCATION:P {escaped}"
    back = read_calendar(text.encode()).events[0]
    expected = value.replace("\r\n", "\n")
    assert (back.summary, back.description, back.location) == (
        f"N {expected}", f"D {expected}", f"P {expected}")


def test_fold_line_never_splits_a_character() -> None:
    for width in range(60, 90):
        line = "X" * width + "åäö€𝄞" * 30
        folded = fold_line(line).encode()
        parts = folded.split(b"\r\n ")
        assert all(len(p) <= 75 - (i > 0) for i, p in enumerate(parts))
        assert b"".join(parts).decode() == line


def test_times_are_norberg_wall_clock_with_tzid() -> None:
    blocks = vevents(write_events(SAMPLE, calendar_name="N", now=NOW))
    invigning, sprint = blocks[1], blocks[2]
    assert prop(invigning, "DTSTART") == "DTSTART;TZID=Europe/Stockholm:20270208T180000"
    assert prop(invigning, "DTEND") == "DTEND;TZID=Europe/Stockholm:20270208T190000"
    assert prop(sprint, "DTSTART") == "DTSTART;TZID=Europe/Stockholm:20270701T190000"
    assert prop(sprint, "DTEND") is None  # no end: RFC 5545 says it ends at its start
    for block in blocks:
        assert prop(block, "DTSTAMP") == "DTSTAMP:20261126T080000Z"


def test_event_properties() -> None:
    vv, inv, sprint, heldag = vevents(write_events(SAMPLE, calendar_name="N", now=NOW,
                                                   parent_uids={1: "vv"}))
    assert prop(vv, "UID") == "UID:vv@destination-norberg"
    assert prop(vv, "SUMMARY") == "SUMMARY;LANGUAGE=sv:Vintervecka 2027"
    assert prop(vv, "DESCRIPTION") == "DESCRIPTION;LANGUAGE=sv:Engelbrektsloppets vintervecka."
    assert prop(vv, "LOCATION") == "LOCATION:Torget"
    assert prop(vv, "CATEGORIES") == "CATEGORIES:vecka"
    assert prop(vv, "SEQUENCE") == "SEQUENCE:4"
    assert prop(vv, "RELATED-TO") is None
    assert prop(inv, "RELATED-TO") == "RELATED-TO:vv@destination-norberg"
    assert prop(inv, "DESCRIPTION") is None and prop(inv, "LOCATION") is None
    assert [prop(b, "STATUS") for b in (vv, inv, sprint, heldag)] == [
        "STATUS:CONFIRMED", "STATUS:TENTATIVE", "STATUS:TENTATIVE", "STATUS:CANCELLED"]


def test_english_uses_english_names_and_falls_back_to_swedish() -> None:
    vv, inv, *_ = vevents(write_events(SAMPLE, calendar_name="N", now=NOW, language="en"))
    assert prop(vv, "SUMMARY") == "SUMMARY;LANGUAGE=en:Winter Week 2027"
    assert prop(vv, "DESCRIPTION") == "DESCRIPTION;LANGUAGE=en:The winter week."
    # Issue 17: the Swedish name is marked as Swedish (LANGUAGE=sv and a COMMENT saying so).
    assert prop(inv, "SUMMARY") == "SUMMARY;LANGUAGE=sv:Invigning"
    assert prop(inv, "COMMENT") == "COMMENT;LANGUAGE=en:Only available in Swedish."
    assert prop(vv, "COMMENT") is None
    assert prop(vv, "CATEGORIES") == "CATEGORIES:week"
    with pytest.raises(IcalError, match="language"):
        write_events(SAMPLE, calendar_name="N", now=NOW, language="de")


def test_custom_domain() -> None:
    block = vevents(write_events(SAMPLE[:1], calendar_name="N", now=NOW, domain="norberg.se"))[0]
    assert prop(block, "UID") == "UID:vv@norberg.se"


@pytest.mark.parametrize(("start", "end", "dtend"), [
    ("2027-06-05T00:00", "2027-06-07T00:00", "20270607"),  # midnight end is exclusive
    ("2027-06-05T00:00", "2027-06-06T18:00", "20270607"),  # any other end includes its day
    ("2027-06-05T00:00", None, "20270606"),                # no end: the one day
    ("2027-06-05T09:00", "2027-06-05T09:00", "20270606"),
])
def test_all_day_dates(start: str, end: str | None, dtend: str) -> None:
    block = vevents(write_events([event(start=start, end=end, all_day=True)],
                                 calendar_name="N", now=NOW))[0]
    assert prop(block, "DTSTART") == "DTSTART;VALUE=DATE:20270605"
    assert prop(block, "DTEND") == f"DTEND;VALUE=DATE:{dtend}"


def test_uids_are_stable_only_dtstamp_changes() -> None:
    first = write_events(SAMPLE, calendar_name="N", now=NOW).split("\r\n")
    second = write_events(SAMPLE, calendar_name="N", now=NOW + timedelta(days=40, hours=3),
                          ).split("\r\n")
    assert len(first) == len(second)
    differing = [(a, b) for a, b in zip(first, second, strict=True) if a != b]
    assert differing
    assert all(a.startswith("DTSTAMP:") and b.startswith("DTSTAMP:") for a, b in differing)


def test_dtstamp_is_utc_whatever_now_is() -> None:
    local_now = datetime(2027, 7, 1, 10, 0, tzinfo=STOCKHOLM)
    text = write_events(SAMPLE[:1], calendar_name="N", now=local_now)
    assert "DTSTAMP:20270701T080000Z" in text
    naive = write_events(SAMPLE[:1], calendar_name="N", now=datetime(2027, 7, 1, 8, 0))
    assert "DTSTAMP:20270701T080000Z" in naive  # naive is UTC, as the store hands instants


def test_per_day_entries_across_the_spring_dst_change() -> None:
    record = event("helg", "Vårhelg", "2027-03-27T10:00", "2027-03-29T16:00")
    text = write_events([record], calendar_name="N", now=NOW, one_entry_per_day=True)
    blocks = vevents(text)
    assert [prop(b, "UID") for b in blocks] == [
        "UID:helg-20270327@destination-norberg", "UID:helg-20270328@destination-norberg",
        "UID:helg-20270329@destination-norberg"]
    assert [(prop(b, "DTSTART").split(":")[1], prop(b, "DTEND").split(":")[1])
            for b in blocks] == [("20270327T100000", "20270328T000000"),
                                 ("20270328T000000", "20270329T000000"),
                                 ("20270329T000000", "20270329T160000")]
    assert all("TZID=Europe/Stockholm" in prop(b, "DTSTART") for b in blocks)
    back = read_calendar(text.encode()).events
    spans = [(e.starts_at, e.ends_at) for e in back]
    utc = lambda *a: datetime(*a, tzinfo=UTC)  # noqa: E731
    assert spans == [(utc(2027, 3, 27, 9), utc(2027, 3, 27, 23)),   # 10:00 CET → midnight
                     (utc(2027, 3, 27, 23), utc(2027, 3, 28, 22)),  # the 23-hour day
                     (utc(2027, 3, 28, 22), utc(2027, 3, 29, 14))]  # midnight → 16:00 CEST
    assert [e.ends_at - e.starts_at for e in back] == [timedelta(hours=h) for h in (14, 23, 16)]
    assert sum((e.ends_at - e.starts_at for e in back), timedelta()) == (
        record.ends_at - record.starts_at)
    assert all(not e.all_day for e in back)


def test_per_day_entries_edge_cases() -> None:
    one_day = event("kort", start="2027-02-09T09:00", end="2027-02-09T12:00")
    to_midnight = event("natt", start="2027-02-09T20:00", end="2027-02-10T00:00")
    no_end = event("punkt", start="2027-02-09T20:00", end=None)
    all_day = event("dagar", start="2027-06-05T00:00", end="2027-06-08T00:00", all_day=True)
    blocks = vevents(write_events([one_day, to_midnight, no_end, all_day], calendar_name="N",
                                  now=NOW, one_entry_per_day=True))
    uids = [prop(b, "UID").split(":", 1)[1] for b in blocks]
    assert uids == ["kort@destination-norberg", "natt@destination-norberg",
                    "punkt@destination-norberg", "dagar-20270605@destination-norberg",
                    "dagar-20270606@destination-norberg", "dagar-20270607@destination-norberg"]
    assert prop(blocks[1], "DTEND") == "DTEND;TZID=Europe/Stockholm:20270210T000000"
    assert [prop(b, "DTSTART") for b in blocks[3:]] == [
        f"DTSTART;VALUE=DATE:2027060{d}" for d in (5, 6, 7)]
    assert [prop(b, "DTEND") for b in blocks[3:]] == [
        f"DTEND;VALUE=DATE:2027060{d}" for d in (6, 7, 8)]


def test_the_repeated_autumn_hour_keeps_its_instant() -> None:
    second = datetime(2027, 10, 31, 1, 30, tzinfo=UTC)  # 02:30 CET, after the clocks went back
    first = datetime(2027, 10, 31, 0, 30, tzinfo=UTC)   # 02:30 CEST
    assert to_local(second).fold == 1
    records = [EventRecord(id=i, uid=f"u{i}", name_sv="Natt", kind="program",
                           status="bekräftad", starts_at=s) for i, s in ((1, first), (2, second))]
    text = write_events(records, calendar_name="N", now=NOW)
    assert "DTSTART;TZID=Europe/Stockholm:20271031T023000" in text
    assert "DTSTART:20271031T013000Z" in text
    assert [e.starts_at for e in read_calendar(text.encode()).events] == [first, second]


def test_an_event_ending_before_it_starts_is_not_exported() -> None:
    with pytest.raises(IcalError, match="Klasskidan"):
        write_events([event(start="2027-02-09T12:00", end="2027-02-09T09:00")],
                     calendar_name="N", now=NOW)


def test_round_trip_keeps_uids_summaries_instants_and_all_day() -> None:
    records = [*SAMPLE, event("sommar", "Engelbrektsrullen", "2027-08-14T09:30",
                              "2027-08-14T15:00", id=9)]
    result = read_calendar(write_events(records, calendar_name="Norberg", now=NOW).encode())
    assert result.calendar_name == "Norberg"
    assert result.producer == PRODID
    assert result.warnings == []
    assert [e.uid for e in result.events] == [f"{r.uid}@destination-norberg" for r in records]
    assert [e.summary for e in result.events] == [r.name_sv for r in records]
    assert [e.all_day for e in result.events] == [r.all_day for r in records]
    assert [e.starts_at for e in result.events] == [r.starts_at for r in records]
    assert [e.ends_at for e in result.events] == [r.ends_at for r in records]
    assert [e.sequence for e in result.events] == [r.version for r in records]
    assert [e.status for e in result.events] == ["CONFIRMED", "TENTATIVE", "TENTATIVE",
                                                 "CANCELLED", "CONFIRMED"]
    assert all(e.starts_at.tzinfo is UTC for e in result.events)


# --- stråk -------------------------------------------------------------------------------

STRAK = StrakRecord(
    id=1, uid="vinterstraket-2026-27", name="Vinterstråket 2026/27",
    period_start=date(2026, 12, 2), period_end=date(2027, 2, 27), weekdays=(6, 5),
    opens=time(16), closes=time(20), version=2,
    stops=(StrakStopRecord(2, 11, "16–20", "Glögg och pepparkakor", "Mulled wine",
                           organisation_name="Café Nyfiket"),
           StrakStopRecord(1, 12, "", "10 % på vantar", "", organisation_name="Järnboden"),
           StrakStopRecord(3, 13, organisation_name=None)))


def test_strak_is_one_weekly_event_from_the_first_strak_day() -> None:
    text = write_strak(STRAK, now=NOW)
    assert text.count("BEGIN:VTIMEZONE") == 1
    (block,) = vevents(text)
    assert prop(block, "UID") == "UID:vinterstraket-2026-27@destination-norberg"
    # 2 December 2026 is a Wednesday: the first stråk day is Friday 4 December.
    assert prop(block, "DTSTART") == "DTSTART;TZID=Europe/Stockholm:20261204T160000"
    assert prop(block, "DTEND") == "DTEND;TZID=Europe/Stockholm:20261204T200000"
    # 27 February 2027 20:00 CET is 19:00 UTC.
    assert prop(block, "RRULE") == "RRULE:FREQ=WEEKLY;BYDAY=FR,SA;UNTIL=20270227T190000Z"
    assert prop(block, "SEQUENCE") == "SEQUENCE:2"
    assert prop(block, "LOCATION") == "LOCATION:1. Järnboden\\; 2. Café Nyfiket\\; 3. Stopp 3"
    assert prop(block, "DESCRIPTION") == (
        "DESCRIPTION:1. Järnboden — 10 % på vantar\\n"
        "2. Café Nyfiket — Glögg och pepparkakor (16–20)\\n3. Stopp 3")


def test_strak_reads_back_with_every_date_of_its_period() -> None:
    result = read_calendar(write_strak(STRAK, now=NOW).encode())
    (first,) = result.events
    local = to_local(first.starts_at)
    assert (local.date(), local.hour) == (date(2026, 12, 4), 16)
    assert to_local(first.ends_at).hour == 20
    assert first.recurrence == "FREQ=WEEKLY;BYDAY=FR,SA;UNTIL=20270227T190000Z"
    assert first.description.splitlines()[0] == "1. Järnboden — 10 % på vantar"
    dates = [to_local(e.starts_at).date() for e in expand(result.events, None).inside]
    # Issue 16: the period is not cut to its first day; every Friday and Saturday comes back.
    assert (dates[0], dates[-1], len(dates)) == (date(2026, 12, 4), STRAK.period_end, 26)
    assert {d.isoweekday() for d in dates} == {5, 6}


def test_strak_in_english() -> None:
    (block,) = vevents(write_strak(STRAK, now=NOW, language="en"))
    assert "2. Café Nyfiket — Mulled wine (16–20)" in prop(block, "DESCRIPTION")
    assert "3. Stop 3" in prop(block, "LOCATION")


def test_strak_without_hours_is_all_day() -> None:
    strak = replace(STRAK, opens=None, closes=None)
    (block,) = vevents(write_strak(strak, now=NOW))
    assert prop(block, "DTSTART") == "DTSTART;VALUE=DATE:20261204"
    assert prop(block, "DTEND") == "DTEND;VALUE=DATE:20261205"
    assert prop(block, "RRULE") == "RRULE:FREQ=WEEKLY;BYDAY=FR,SA;UNTIL=20270227"
    (first,) = read_calendar(write_strak(strak, now=NOW).encode()).events
    assert first.all_day and to_local(first.starts_at).date() == date(2026, 12, 4)


def test_strak_every_day_and_past_midnight() -> None:
    strak = replace(STRAK, weekdays=(), opens=time(22), closes=time(1),
                    period_end=date(2027, 7, 1))
    (block,) = vevents(write_strak(strak, now=NOW))
    assert prop(block, "DTSTART") == "DTSTART;TZID=Europe/Stockholm:20261202T220000"
    assert prop(block, "DTEND") == "DTEND;TZID=Europe/Stockholm:20261203T010000"
    # 2 July 2027 01:00 CEST is 1 July 23:00 UTC.
    assert prop(block, "RRULE") == "RRULE:FREQ=DAILY;UNTIL=20270701T230000Z"


@pytest.mark.parametrize("changes", [
    {"weekdays": (1,), "period_start": date(2027, 1, 5), "period_end": date(2027, 1, 9)},
    {"period_end": date(2026, 1, 1)},
    {"weekdays": (8,)},
])
def test_strak_that_cannot_be_written(changes: dict) -> None:
    strak = replace(STRAK, **changes)
    with pytest.raises(IcalError, match="stråk"):
        write_strak(strak, now=NOW)

