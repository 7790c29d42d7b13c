"""The open event feed beside the status page, read back with other libraries: the calendars
with icalendar, the JSON-LD with json and pyld; what was published and then cancelled or
deleted stays in as cancelled, what never was stays out."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import icalendar
import pytest

from destination_norberg.core.event_feed import EventFeed, feed_events
from destination_norberg.core.events import EventRecord
from destination_norberg.core.status import StatusData
from destination_norberg.exchange.event_feed import read_published
from destination_norberg.exchange.status_page import write_status_page

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
TORGET = (542900.0, 6659800.0)  # EPSG:3006, Norberg's square


def event(uid: str, name: str, **kw: object) -> EventRecord:
    values: dict = {"id": 1, "uid": uid, "name_sv": name, "kind": "program",
                    "status": "bekräftad", "starts_at": NOW + timedelta(days=5),
                    "ends_at": NOW + timedelta(days=5, hours=3), "version": 1}
    values.update(kw)
    return EventRecord(**values)


RACE = event("race-1", "Skidlopp </script><b>&", kind="lopp", name_en="Ski race",
             place_id=7, place_name="Torget", organiser_name="IK Norberg", version=2)
MARKET = event("market-1", "Julmarknad", kind="marknad", name_en="Christmas market")
MEETING = event("meet-1", "Nätverksfrukost", kind="möte")
IDEA = event("idea-1", "Fullmånevandring", status="idé")
CANCELLED_EARLY = event("early-1", "Fackelskidning", status="inställd")
OLD = event("old-1", "Höstlopp", starts_at=NOW - timedelta(days=60),
            ends_at=NOW - timedelta(days=60, hours=-2))


def publish(events: list[EventRecord], out: Path, now: datetime = NOW) -> dict[str, Path]:
    feed = EventFeed(tuple(feed_events(events, read_published(out), now)), {7: TORGET})
    paths = write_status_page(StatusData(now, 7, (), {}, ()), out, feed)
    return {p.name: p for p in paths}


def vevents(path: Path) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_the_calendars_hold_the_public_events_in_norberg_time(tmp_path) -> None:
    files = publish([RACE, MARKET, MEETING, IDEA, CANCELLED_EARLY, OLD], tmp_path / "web")
    assert {"events.ics", "events-en.ics", "events.jsonld", "events-en.jsonld",
            "events-published.json"} <= set(files)
    sv, en = vevents(files["events.ics"]), vevents(files["events-en.ics"])
    # internal kinds, ideas, a cancellation nobody was told of and the long past stay out
    assert set(sv) == set(en) == {"race-1@destination-norberg", "market-1@destination-norberg"}
    race = sv["race-1@destination-norberg"]
    assert race["DTSTART"].params["TZID"] == "Europe/Stockholm"
    assert race["DTSTART"].dt.utcoffset() == timedelta(hours=1)  # 10:00 CET, not 09:00 UTC
    assert str(race["SUMMARY"]) == "Skidlopp </script><b>&"
    assert str(en["race-1@destination-norberg"]["SUMMARY"]) == "Ski race"
    assert str(race["STATUS"]) == "CONFIRMED"
    cal = icalendar.Calendar.from_ical(files["events.ics"].read_bytes())
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Stockholm"]
    assert oct(files["events.ics"].stat().st_mode & 0o777) == "0o644"  # for the web server


def test_published_then_cancelled_or_deleted_is_marked_cancelled(tmp_path) -> None:
    out = tmp_path / "web"
    first = vevents(publish([RACE, MARKET], out)["events.ics"])
    # the race is called off and the market deleted; a new cancelled event never went out
    files = publish([RACE.with_(status="inställd", version=3), CANCELLED_EARLY], out,
                    NOW + timedelta(hours=1))
    second = vevents(files["events.ics"])
    assert set(second) == set(first)  # the same UIDs: subscribers' copies are updated
    assert {str(e["STATUS"]) for e in second.values()} == {"CANCELLED"}
    market = second["market-1@destination-norberg"]
    assert market["SEQUENCE"] > first["market-1@destination-norberg"]["SEQUENCE"]
    assert str(market["SUMMARY"]) == "Julmarknad"  # as it was published
    assert files["index.html"].read_text(encoding="utf-8").count(">Inställt</span>") == 2
    assert files["en.html"].read_text(encoding="utf-8").count(">Cancelled</span>") == 2
    # a third publish keeps them cancelled, and does not bump the sequence again
    third = vevents(publish([], out, NOW + timedelta(hours=2))["events.ics"])
    assert {u: e["SEQUENCE"] for u, e in third.items()} == \
        {u: e["SEQUENCE"] for u, e in second.items()}
    assert {str(e["STATUS"]) for e in third.values()} == {"CANCELLED"}
    # once long past, they leave the feed quietly
    assert vevents(publish([], out, NOW + timedelta(days=60))["events.ics"]) == {}


def test_json_ld_in_both_languages(tmp_path) -> None:
    from pyld import jsonld

    out = tmp_path / "web"
    publish([RACE, MARKET], out)
    files = publish([RACE.with_(status="inställd", version=3), MARKET], out)
    docs = {lang: json.loads(files[name].read_text(encoding="utf-8"))
            for lang, name in (("sv", "events.jsonld"), ("en", "events-en.jsonld"))}
    for lang, doc in docs.items():
        assert doc["@type"] == "ItemList" and doc["inLanguage"] == lang
        items = [i["item"] for i in doc["itemListElement"]]
        assert [i["identifier"] for i in items] == ["market-1", "race-1"]  # start, then uid
        race = next(i for i in items if i["identifier"] == "race-1")
        assert race["@type"] == "SportsEvent" and race["inLanguage"] == lang
        assert race["eventStatus"] == "https://schema.org/EventCancelled"
        assert race["startDate"].endswith("+01:00")
        assert race["location"]["geo"]["latitude"] == pytest.approx(60.06, abs=0.05)
        assert race["organizer"]["name"] == "IK Norberg"
        page = "index.html" if lang == "sv" else "en.html"
        assert race["url"] == f"{page}#event-race-1"
    assert next(i["item"]["name"] for i in docs["sv"]["itemListElement"]
                if i["item"]["identifier"] == "race-1") == "Skidlopp </script><b>&"
    assert next(i["item"]["name"] for i in docs["en"]["itemListElement"]
                if i["item"]["identifier"] == "race-1") == "Ski race"

    def loader(url: str, _options: object = None) -> dict:  # schema.org offline
        return {"contextUrl": None, "documentUrl": url,
                "document": {"@context": {"@vocab": "https://schema.org/"}}}

    expanded = jsonld.expand(docs["en"], {"documentLoader": loader})
    events = expanded[0]["https://schema.org/itemListElement"]
    types = {t for e in events for t in e["https://schema.org/item"][0]["@type"]}
    assert types == {"https://schema.org/Event", "https://schema.org/SportsEvent"}


def test_the_pages_link_the_feed_in_their_language(tmp_path) -> None:
    files = publish([RACE, MARKET], tmp_path / "web")
    sv = files["index.html"].read_text(encoding="utf-8")
    en = files["en.html"].read_text(encoding="utf-8")
    assert '<a href="events.ics" type="text/calendar">Prenumerera på kalendern</a>' in sv
    assert '<a href="events-en.ics" type="text/calendar">Subscribe to the calendar</a>' in en
    assert 'id="event-race-1"' in sv and 'id="event-race-1"' in en  # the JSON-LD's url
    assert "Skidlopp &lt;/script&gt;&lt;b&gt;&amp;" in sv and "</script><b>" not in sv
    assert "Ski race" in en


def test_the_pages_list_the_events_per_month(tmp_path) -> None:
    """The event feed's page is the status page's events section: per month in Norberg time,
    linked from the head, cancelled ones struck through and marked in words."""
    lucia = event("lucia-1", "Luciafirande", name_en="Saint Lucy's Day",
                  starts_at=datetime(2026, 12, 13, 16, 0, tzinfo=UTC),
                  ends_at=datetime(2026, 12, 13, 17, 0, tzinfo=UTC))
    # 23:30 UTC on 31 January is February in Norberg
    late = event("late-1", "Nattskidning", starts_at=datetime(2027, 1, 31, 23, 30, tzinfo=UTC),
                 ends_at=datetime(2027, 2, 1, 1, 0, tzinfo=UTC))
    out = tmp_path / "web"
    publish([RACE, MARKET, lucia, late], out)
    files = publish([RACE.with_(status="inställd", version=3), MARKET, lucia, late], out)
    sv = files["index.html"].read_text(encoding="utf-8")
    en = files["en.html"].read_text(encoding="utf-8")
    section = sv[sv.index('<section id="evenemang">'):]
    assert [m for m in ("december 2026", "februari 2027", "januari 2027")
            if f'<h3 class="month">{m}</h3>' in section] == ["december 2026", "februari 2027"]
    assert section.index("december 2026") < section.index("Julmarknad") \
        < section.index("Luciafirande") < section.index("februari 2027") \
        < section.index("Nattskidning")
    assert '<h3 class="month">December 2026</h3>' in en and "Saint Lucy&#x27;s Day" in en
    assert "sön 13 dec. 2026 17:00–18:00" in sv  # the start and the end, Norberg time
    assert 'header><h1>' in sv and '<a href="#evenemang">Evenemang</a></p>' in sv
    assert '<a href="#evenemang">Events</a></p>' in en
    assert ('<li class="trail cancelled" id="event-race-1"><h4>Skidlopp &lt;/script&gt;'
            '&lt;b&gt;&amp; <span class="badge s-closed">Inställt</span></h4>') in sv
    assert '<a href="events.jsonld" type="application/ld+json">Öppna data (JSON-LD)</a>' in sv
    assert '<link rel="icon" href="data:,">' in sv  # no request for /favicon.ico
    none = publish([], tmp_path / "empty")["en.html"].read_text(encoding="utf-8")
    assert "No events are planned just now." in none and 'class="month"' not in none
