"""Which weather station a snow target listens to, per need (temperature, snow depth).

Without a choice a target uses the nearest station with enough data within `MAX_DISTANCE_KM`
of Norberg; a station farther away, or with too short a record, changes nothing unless a
coordinator chooses it. "Enough" is readings on at least `MIN_DAYS` days: two winters of
150 days (November to March), the least that makes a median of the coming weeks or a share
of snowy winters mean anything. Distances are geodesic (GRS80) from the stations' positions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from destination_norberg.core.geodesy import vincenty_m

#: Norberg town (Torget): E 551 400, N 6 659 000 in SWEREF 99 TM.
NORBERG_LON, NORBERG_LAT = 15.925, 60.086
#: The farthest a station may be to be chosen without asking: about the distance to Falun,
#: Västerås or Fagersta's neighbours, the same inland climate; the coast and the mountains
#: are farther.
MAX_DISTANCE_KM = 100.0
#: Readings on at least this many days (two winters of 150 days) make a record usable.
MIN_DAYS = 300

TEMPERATURE = "temperature"
SNOW_DEPTH = "snow_depth"
NEEDS = (TEMPERATURE, SNOW_DEPTH)


@dataclass(frozen=True, slots=True)
class Record:
    """A station's readings for one need."""

    readings: int
    days: int  # distinct UTC days with a reading
    first: datetime | None
    last: datetime | None


@dataclass(frozen=True, slots=True)
class StationSummary:
    key: str
    name: str
    latitude: float | None
    longitude: float | None
    records: Mapping[str, Record] = field(default_factory=dict)

    @property
    def distance_km(self) -> float | None:
        """From Norberg; None without a position."""
        if self.latitude is None or self.longitude is None:
            return None
        return distance_km(self.latitude, self.longitude)

    def enough(self, need: str) -> bool:
        record = self.records.get(need)
        return record is not None and record.days >= MIN_DAYS


def distance_km(latitude: float, longitude: float) -> float:
    return vincenty_m(NORBERG_LON, NORBERG_LAT, longitude, latitude) / 1000.0


def nearest(stations: Iterable[StationSummary], need: str) -> StationSummary | None:
    """The default: the nearest station with enough data for `need` within reach."""
    best: tuple[float, str, StationSummary] | None = None
    for s in stations:
        km = s.distance_km
        if km is None or km > MAX_DISTANCE_KM or not s.enough(need):
            continue
        if best is None or (km, s.key) < best[:2]:
            best = (km, s.key, s)
    return None if best is None else best[2]


@dataclass(frozen=True, slots=True)
class StationChoice:
    """The station a target uses for one need, and whether a coordinator chose it."""

    need: str
    station: StationSummary | None  # None: nothing to use (or the chosen one is gone)
    chosen_key: str | None  # the stored choice; None: the nearest by default

    @property
    def is_default(self) -> bool:
        return self.chosen_key is None

    @property
    def missing(self) -> bool:
        """A chosen station whose readings are no longer in the database."""
        return self.chosen_key is not None and self.station is None


def choose(stations: Iterable[StationSummary], need: str,
           chosen_key: str | None) -> StationChoice:
    """The chosen station when one is stored (even far or short of data: the coordinator
    decided), else the nearest with enough data."""
    listed = list(stations)
    if chosen_key is not None:
        found = next((s for s in listed if s.key == chosen_key and need in s.records), None)
        return StationChoice(need, found, chosen_key)
    return StationChoice(need, nearest(listed, need), None)
