"""The public event feed beside the status page: iCalendar and schema.org JSON-LD.

- `events.ics` (Swedish) and `events-en.ics` (English): the program's iCalendar writer
  (exchange.ical_write: UIDs from the records, Europe/Stockholm VTIMEZONE, STATUS, SEQUENCE).
  Two files, not one with a SUMMARY per language: SUMMARY may occur once per VEVENT (RFC
  5545) and the common calendar apps ignore the LANGUAGE parameter, so a subscriber picks
  the file in their language; the UIDs are the same in both.
- `events.jsonld` and `events-en.jsonld`: an `ItemList` of schema.org `Event`s (the package
  export's shape, exchange.package_jsonld), `@id` the same URN as there, so a consumer merges
  them; `url` the event on the status page (`index.html#event-<uid>` / `en.html#…`), relative
  to the published folder.
- `events-published.json`: the record of what was published, read on the next publish so a
  published event later cancelled or deleted is marked cancelled (core.event_feed). An
  unreadable record counts as empty: the feed then carries the live events only.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from destination_norberg.core.event_feed import EventFeed
from destination_norberg.core.events import EventRecord
from destination_norberg.exchange.ical_write import write_events
from destination_norberg.exchange.package_jsonld import event_item

RECORD = "events-published.json"
#: language → (calendar, JSON-LD, the status page that lists the events)
FEEDS = {"sv": ("events.ics", "events.jsonld", "index.html"),
         "en": ("events-en.ics", "events-en.jsonld", "en.html")}
FEED_FILES = (*(f for ics, ld, _page in FEEDS.values() for f in (ics, ld)), RECORD)
CALENDAR_NAME = {"sv": "Evenemang i Norberg", "en": "Events in Norberg"}
DOMAIN = "destination-norberg"


def anchor(event: EventRecord) -> str:
    """The event's fragment on the status pages."""
    return f"event-{event.uid}"


def _instant(text: Any) -> datetime | None:
    return None if not text else datetime.fromisoformat(str(text))


def read_published(folder: Path) -> dict[str, EventRecord]:
    """What the last publish into `folder` carried, by uid; empty when none or unreadable."""
    try:
        rows = json.loads((Path(folder) / RECORD).read_text(encoding="utf-8"))["events"]
        found = {}
        for r in rows:
            starts = _instant(r["starts_at"])
            if starts is None:
                continue
            found[str(r["uid"])] = EventRecord(
                id=None, uid=str(r["uid"]), name_sv=str(r["name_sv"]), kind=str(r["kind"]),
                status=str(r["status"]), starts_at=starts, ends_at=_instant(r.get("ends_at")),
                name_en=str(r.get("name_en") or ""), all_day=bool(r.get("all_day")),
                version=int(r.get("version") or 0), place_name=r.get("place_name"),
                organiser_name=r.get("organiser_name"))
        return found
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _record_text(feed: EventFeed) -> str:
    rows = [{"uid": e.uid, "kind": e.kind, "status": e.status, "name_sv": e.name_sv,
             "name_en": e.name_en, "starts_at": e.starts_at.isoformat(),
             "ends_at": None if e.ends_at is None else e.ends_at.isoformat(),
             "all_day": e.all_day, "version": e.version, "place_name": e.place_name,
             "organiser_name": e.organiser_name} for e in feed.events]
    return json.dumps({"version": 1, "events": rows}, ensure_ascii=False, indent=1) + "\n"


def feed_jsonld(feed: EventFeed, lang: str) -> dict[str, Any]:
    """The events as one schema.org ItemList in `lang`."""
    page = FEEDS[lang][2]
    items = []
    for n, e in enumerate(feed.events, 1):
        item = event_item(e, lang, feed.places.get(e.place_id) if e.place_id else None)
        item["url"] = f"{page}#{anchor(e)}"
        items.append({"@type": "ListItem", "position": n, "item": item})
    return {"@context": "https://schema.org", "@type": "ItemList",
            "name": CALENDAR_NAME[lang], "inLanguage": lang,
            "numberOfItems": len(items), "itemListElement": items}


def feed_texts(feed: EventFeed, now: datetime) -> dict[str, str]:
    """File name → text of every feed file."""
    texts: dict[str, str] = {}
    for lang, (ics, ld, _page) in FEEDS.items():
        texts[ics] = write_events(list(feed.events), calendar_name=CALENDAR_NAME[lang],
                                  now=now, language=lang, domain=DOMAIN)
        texts[ld] = json.dumps(feed_jsonld(feed, lang), ensure_ascii=False, indent=1) + "\n"
    texts[RECORD] = _record_text(feed)
    return texts
