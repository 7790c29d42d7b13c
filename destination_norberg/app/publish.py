"""Publish the public status page: read what it shows, then write it (all or nothing).

With the page goes the open event feed (exchange.event_feed): the public events that
core.event_feed chooses, given what the last publish into the folder carried.

Fit for a schedule: a failure leaves the page already published as it was.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from destination_norberg.app.errors import AppError
from destination_norberg.app.logs import logged
from destination_norberg.app.trails import check_stale_days
from destination_norberg.core.diskerrors import why_not_written
from destination_norberg.core.event_feed import EventFeed
from destination_norberg.core.said import said
from destination_norberg.core.status import StatusData


def publish_status(url: str, out: Path, stale_days: int | None,
                   now: datetime) -> tuple[StatusData, EventFeed]:
    """Write the status page and the event feed of the database at `url` into the folder
    `out`; what they show."""
    from destination_norberg.app.status_data import read_status
    from destination_norberg.exchange.status_page import write_status_page
    from destination_norberg.store.reading import read_with

    check_stale_days(stale_days)
    if out.exists() and not out.is_dir():
        raise AppError(said("publish.is_a_file", "{path} is a file, not a folder: the status "
                            "page goes into a folder", path=str(out)))
    data, feed = read_with(url, lambda source: (read_status(source, now, stale_days),
                                                read_feed(source, out, now)))
    try:
        write_status_page(data, out, feed)
    except OSError as exc:
        raise AppError(said("publish.not_written", "the status page could not be written to "
                            "{path}: {reason}; the page there is unchanged", path=str(out),
                            reason=why_not_written(exc))) from exc
    return data, feed


def read_feed(source: Any, out: Path, now: datetime) -> EventFeed:
    """The event feed to publish into `out` as of `now`, from `source` (an engine or a
    RowSource): the live public events plus the published ones since cancelled."""
    from destination_norberg.core.event_feed import feed_events
    from destination_norberg.exchange.event_feed import read_published
    from destination_norberg.store.planning_read import events, places
    from destination_norberg.store.rows import EngineRows

    rows = source if hasattr(source, "rows") else EngineRows(source)
    chosen = feed_events(events(rows), read_published(out), now)
    where = {p.id: (p.x, p.y) for p in places(rows) if p.x is not None and p.y is not None}
    return EventFeed(tuple(chosen), where)


@logged("status page")
def write_status(source: Any, now: datetime, out: Path) -> StatusData:
    """The window's publish (and its screenshot): read the status page from `source` (an
    engine or a RowSource) and write it into the folder `out` as it is; what it shows."""
    from destination_norberg.app.status_data import read_status
    from destination_norberg.exchange.status_page import write_status_page

    data = read_status(source, now)
    try:
        write_status_page(data, out, read_feed(source, out, now))
    except OSError as exc:
        raise AppError(said("publish.not_written", "the status page could not be written to "
                            "{path}: {reason}; the page there is unchanged", path=str(out),
                            reason=why_not_written(exc))) from exc
    return data
