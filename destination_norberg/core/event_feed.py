"""Which events the public event feed carries: one truth for the status page's calendar.

- Public (`is_public`): an event the visitors may be told of. An idea (`idé`) is not decided
  yet and a meeting (`möte`) is the network's own; tasks are never events. A stråk's
  season-long entry is left out of the feed as of the bulletin: its evenings are events of
  their own (`program`), and a season-long block would fill a subscriber's calendar.
- Cancelled: one never published stays out; one published before (the publish record, read
  from the output folder) stays in the feed marked cancelled. So does one published and
  since deleted, made an idea or a meeting: it is written from the record of what was
  published, never from its current (perhaps internal) texts, with a higher SEQUENCE so
  calendars take the cancellation.
- The feed holds the events that have not finished more than RECENT_DAYS before the
  publish; older ones leave it (and the record) quietly, not as cancelled.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from destination_norberg.core.events import EventRecord

#: Event kinds never told to the public: the network's own meetings.
INTERNAL_KINDS = frozenset({"möte"})
#: Season-long entries the feed leaves to their own events.
SEASON_LONG_KINDS = frozenset({"stråk"})
RECENT_DAYS = 31
CANCELLED = "inställd"


@dataclass(frozen=True, slots=True)
class EventFeed:
    """What the feed writes: its events (feed_events) and where their places lie."""

    events: tuple[EventRecord, ...]
    places: Mapping[int, tuple[float, float]] = field(default_factory=dict)  # EPSG:3006


def is_public(event: EventRecord) -> bool:
    """Whether visitors may be told of the event (a cancelled one only as cancelled)."""
    return event.status != "idé" and event.kind not in INTERNAL_KINDS


def in_feed(event: EventRecord) -> bool:
    return is_public(event) and event.kind not in SEASON_LONG_KINDS


def feed_events(events: Iterable[EventRecord], published: Mapping[str, EventRecord],
                now: datetime) -> list[EventRecord]:
    """The feed's events in start order: the live public ones, and the ones published before
    (`published`, by uid, as they were published) that are cancelled, deleted or no longer
    public, marked cancelled."""
    since = now - timedelta(days=RECENT_DAYS)
    current = {e.uid: e for e in events}
    out: list[EventRecord] = []
    for e in current.values():
        if e.finish < since or not in_feed(e):
            continue
        if e.status != CANCELLED or e.uid in published:
            out.append(e)
    for uid, was in published.items():
        if was.finish < since:
            continue
        now_e = current.get(uid)
        if now_e is not None and in_feed(now_e):
            continue  # already in (live or cancelled)
        version = max(was.version, now_e.version if now_e is not None else 0)
        if was.status != CANCELLED:  # the cancellation is news: calendars take a higher one
            version += 1
        out.append(was.with_(id=None, status=CANCELLED, version=version))
    return sorted(out, key=lambda e: (e.starts_at, e.uid))
