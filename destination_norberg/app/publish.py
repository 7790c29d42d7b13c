"""Publish the public status page: read what it shows, then write it (all or nothing).

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
from destination_norberg.core.said import said
from destination_norberg.core.status import StatusData


def publish_status(url: str, out: Path, stale_days: int | None, now: datetime) -> Any:
    """Write the status page of the database at `url` into the folder `out`; what it shows."""
    from destination_norberg.app.status_data import read_status
    from destination_norberg.exchange.status_page import write_status_page
    from destination_norberg.store.reading import read_with

    check_stale_days(stale_days)
    if out.exists() and not out.is_dir():
        raise AppError(said("publish.is_a_file", "{path} is a file, not a folder: the status "
                            "page goes into a folder", path=str(out)))
    data = read_with(url, lambda source: read_status(source, now, stale_days))
    try:
        write_status_page(data, out)
    except OSError as exc:
        raise AppError(said("publish.not_written", "the status page could not be written to "
                            "{path}: {reason}; the page there is unchanged", path=str(out),
                            reason=why_not_written(exc))) from exc
    return data


@logged("status page")
def write_status(source: Any, now: datetime, out: Path) -> StatusData:
    """The window's publish (and its screenshot): read the status page from `source` (an
    engine or a RowSource) and write it into the folder `out` as it is; what it shows."""
    from destination_norberg.app.status_data import read_status
    from destination_norberg.exchange.status_page import write_status_page

    data = read_status(source, now)
    try:
        write_status_page(data, out)
    except OSError as exc:
        raise AppError(said("publish.not_written", "the status page could not be written to "
                            "{path}: {reason}; the page there is unchanged", path=str(out),
                            reason=why_not_written(exc))) from exc
    return data
