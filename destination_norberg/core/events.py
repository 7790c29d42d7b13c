"""Plain records of the planning domain, as the store hands them out and takes them back.

Frozen: a Qt model, an undo command or an exporter holds a snapshot, never a live row.
`id is None` means not saved yet; `version` is the row version read (optimistic locking).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from typing import Any


@dataclass(frozen=True, slots=True)
class SeasonRecord:
    id: int
    name: str
    kind: str  # core.vocab.SeasonKind
    starts_on: date
    ends_on: date
    archived: bool = False  # kept with everything, left out of pickers and default filters


@dataclass(frozen=True, slots=True)
class PlaceRecord:
    id: int
    name: str
    kind: str
    x: float | None = None  # EPSG:3006 easting
    y: float | None = None  # northing


@dataclass(frozen=True, slots=True)
class EventRecord:
    """An event; instants are aware UTC, shown in Europe/Stockholm."""

    id: int | None
    uid: str
    name_sv: str
    kind: str  # core.vocab.EventKind
    status: str  # core.vocab.EventStatus
    starts_at: datetime
    ends_at: datetime | None = None
    season_id: int | None = None
    parent_id: int | None = None
    name_en: str = ""
    all_day: bool = False
    place_id: int | None = None
    organiser_id: int | None = None
    outdoor: bool = False
    milestone: bool = False
    description_sv: str = ""
    description_en: str = ""
    source_uid: str | None = None  # the UID of an imported event in its own calendar
    version: int = 0
    # Display only (joined names); ignored when saving.
    place_name: str | None = field(default=None, compare=False)
    organiser_name: str | None = field(default=None, compare=False)

    @property
    def finish(self) -> datetime:
        """End, or the start for an event without an end."""
        return self.ends_at or self.starts_at

    def with_(self, **changes: Any) -> EventRecord:
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class TaskRecord:
    """Due on a date, or `due_offset_days` relative to the event's local start day."""

    id: int | None
    uid: str
    event_id: int
    title: str
    due_on: date | None = None
    due_offset_days: int | None = None
    responsible_id: int | None = None
    done: bool = False
    version: int = 0
    responsible_name: str | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class StrakStopRecord:
    position: int
    organisation_id: int | None
    opening: str = ""  # the stop's hours on stråk days, e.g. "16–20"
    offer_sv: str = ""
    offer_en: str = ""
    organisation_name: str | None = field(default=None, compare=False)
    x: float | None = field(default=None, compare=False)  # the organisation's location
    y: float | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class StrakRecord:
    """Sommarstråket or Vinterstråket of a season: days, hours, ordered stops, route."""

    id: int | None
    uid: str
    name: str
    period_start: date
    period_end: date
    weekdays: tuple[int, ...]  # ISO weekday numbers, 1 = Monday
    opens: time | None
    closes: time | None
    route: tuple[tuple[float, float], ...] = ()  # EPSG:3006 vertices
    stops: tuple[StrakStopRecord, ...] = ()
    season_id: int | None = None
    event_id: int | None = None
    version: int = 0
