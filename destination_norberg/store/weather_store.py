"""Weather stations and their readings: SMHI imports in, snow-depth series out.

An import is one write unit: the station and every reading, or nothing. A reading is known by
(station, time), so the same download imported twice adds nothing. When a reading is already
there with another value, the download being imported wins (SMHI corrects its archive: a
suspect Y value becomes a checked G one, or a corrected figure), with one exception: a checked
G value is never replaced by an unchecked one, so importing the recent "latest-months" data
over the corrected archive cannot undo SMHI's corrections.

Big files are the normal case (65 years of hourly temperatures are 500,000 rows): the
station's existing readings are read in one query and new ones go in as Core executemany
inserts in chunks, never one ORM object per row.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import Engine, bindparam, insert, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from destination_norberg.store import models as m
from destination_norberg.store.database import DatabaseError, first_line, write_session
from destination_norberg.store.rows import EngineRows, RowSource, as_utc

# Read without SQLAlchemy (the snow area reads them on the sqlite3 fast path); kept here too.
from destination_norberg.store.weather_read import (  # noqa: F401 - re-exported
    StationRow,
    load_meta,
    snow_depth_series,
    stations,
)

SOURCE = "smhi"
SNOW_DEPTH, AIR_TEMPERATURE = 8, 1
#: Kept in weather_reading, with their number (daily mean/min/max temperature, humidity).
OTHER_PARAMETERS = frozenset({2, 6, 19, 20})
CHUNK = 10_000
#: Values closer than this are the same reading (both come from the same 2-decimal text).
SAME_VALUE = 1e-9


# The shape of exchange.smhi's download, named here so the store does not import the exchange
# layer (both sit on core; the caller joins them).
class _Station(Protocol):
    @property
    def key(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def network(self) -> str: ...
    @property
    def latitude(self) -> float | None: ...
    @property
    def longitude(self) -> float | None: ...
    @property
    def height_m(self) -> float | None: ...
    @property
    def meta(self) -> dict[str, Any]: ...


class _Reading(Protocol):
    @property
    def at(self) -> datetime: ...
    @property
    def value(self) -> float: ...
    @property
    def quality(self) -> str: ...



class _Download(Protocol):
    @property
    def station(self) -> _Station: ...
    @property
    def parameter(self) -> int: ...
    @property
    def readings(self) -> Sequence[_Reading]: ...



@dataclass(frozen=True, slots=True)
class ImportCounts:
    added: int
    unchanged: int  # already there with the same value (or a checked value kept)
    station_key: str
    updated: int = 0  # already there with another value, now the download's


@contextmanager
def _guard(what: str) -> Iterator[None]:
    """Driver errors as one-line DatabaseErrors; the unit has been rolled back by then."""
    try:
        yield
    except SQLAlchemyError as exc:
        raise DatabaseError(f"{what} could not be saved: {first_line(exc)}") from exc


def _merge_meta(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """The new download's header over the old one, keeping what only the old one knew."""
    merged = {**old, **new}
    merged["parameters"] = {**(old.get("parameters") or {}), **(new.get("parameters") or {})}
    positions = {p.get("from"): p for p in (old.get("positions") or []) if isinstance(p, dict)}
    positions.update({p.get("from"): p for p in (new.get("positions") or [])})
    merged["positions"] = sorted(positions.values(), key=lambda p: str(p.get("from")))
    return merged


def _upsert_station(session: Session, station: _Station) -> None:
    table = m.WeatherStation.__table__
    found = session.execute(select(table).where(table.c.key == station.key)).first()
    meta = _merge_meta(load_meta(found.meta) if found else {}, station.meta)
    latest = max(meta["positions"], key=lambda p: (str(p.get("to")), str(p.get("from"))),
                 default=None)
    values = {
        "name": (station.name or (found.name if found else station.key))[:200],
        "network": (station.network or (found.network if found else ""))[:60],
        "latitude": latest.get("latitude") if latest else station.latitude,
        "longitude": latest.get("longitude") if latest else station.longitude,
        "height_m": latest.get("height_m") if latest else station.height_m,
        "meta": json.dumps(meta, ensure_ascii=False, sort_keys=True),
    }
    if found is None:
        session.execute(insert(table).values(key=station.key, **values))
    else:
        for name in ("latitude", "longitude", "height_m"):  # a download without a position
            if values[name] is None:
                values[name] = getattr(found, name)
        session.execute(update(table).where(table.c.id == found.id).values(**values))


def _target(parameter: int) -> tuple[Any, str, int | None]:
    """(table, value column, parameter number to filter by or None)."""
    if parameter == SNOW_DEPTH:
        return m.SnowMeasurement.__table__, "depth_m", None
    if parameter == AIR_TEMPERATURE:
        return m.TemperatureObservation.__table__, "temp_c", None
    if parameter in OTHER_PARAMETERS:
        return m.WeatherReading.__table__, "value", parameter
    raise ValueError(f"parameter {parameter} has no table")


def _sqlite_text(at: datetime) -> str:
    """The exact text SQLAlchemy's SQLite dialect stores for a UTCDateTime (see store.rows)."""
    return at.astimezone(UTC).isoformat(" ", "microseconds")[:26]


def _existing(session: Session, table: Any, column: str, key: str, fast: bool,
              parameter: int | None = None) -> dict[Any, Sequence[Any]]:
    """The station's readings already stored: time → (id, value, quality), in one query."""
    if fast:
        extra, args = ("", (key,)) if parameter is None else (" AND parameter = ?",
                                                                (key, parameter))
        rows = session.connection().exec_driver_sql(
            f"SELECT id, measured_at, {column}, quality FROM {table.name} WHERE station = ?"
            + extra, args).all()
        return {row[1]: row for row in rows}
    query = select(table.c.id, table.c.measured_at, table.c[column],
                   table.c.quality).where(table.c.station == key)
    if parameter is not None:
        query = query.where(table.c.parameter == parameter)
    return {row[1]: row for row in session.execute(query).all()}


def _insert(session: Session, table: Any, column: str, rows: list[tuple[Any, ...]],
            fast: bool, parameter: int | None = None) -> None:
    """Chunks of executemany: straight to the driver on SQLite (3× faster than binding
    500,000 datetimes through SQLAlchemy's types), through Core elsewhere."""
    names: tuple[str, ...] = ("station", "measured_at", column, "quality", "source")
    if parameter is not None:
        names += ("parameter",)
        rows = [(*row, parameter) for row in rows]
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start:start + CHUNK]
        if fast:
            session.connection().exec_driver_sql(
                f"INSERT INTO {table.name} ({', '.join(names)}) "
                f"VALUES ({', '.join('?' * len(names))})", chunk)
        else:
            session.execute(insert(table), [dict(zip(names, row, strict=True)) for row in chunk])


def _fast_path(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def import_download(engine: Engine, download: _Download) -> ImportCounts:
    """Store the station and its readings in one write unit; see the module for the rules."""
    return import_downloads(engine, [download])[0]


def import_downloads(engine: Engine, downloads: Sequence[_Download]) -> list[ImportCounts]:
    """Several downloads in one write unit: all of them or, on an error, none."""
    fast = _fast_path(engine)
    names = ", ".join(d.station.name for d in downloads[:3])
    with _guard(f"The readings of {names}"), write_session(engine) as session:
        return [_import_in(session, download, fast) for download in downloads]


def _import_in(session: Session, download: _Download, fast: bool) -> ImportCounts:
    table, column, parameter = _target(download.parameter)
    key = download.station.key
    _upsert_station(session, download.station)
    existing = _existing(session, table, column, key, fast, parameter)
    added: list[tuple[Any, ...]] = []
    changed: list[dict[str, Any]] = []
    unchanged = 0
    for r in download.readings:
        at = _sqlite_text(r.at) if fast else r.at
        old = existing.get(at)
        if old is None:
            added.append((key, at, r.value, r.quality, SOURCE))
        elif (abs(old[2] - r.value) <= SAME_VALUE and old[3] == r.quality) or (
                old[3] == "G" and r.quality != "G"):
            unchanged += 1
        else:
            changed.append({"row_id": old[0], "v": r.value, "q": r.quality})
    _insert(session, table, column, added, fast, parameter)
    if changed:
        session.execute(update(table).where(table.c.id == bindparam("row_id"))
                        .values({column: bindparam("v"), "quality": bindparam("q"),
                                 "source": SOURCE}), changed)
    return ImportCounts(added=len(added), unchanged=unchanged, station_key=key,
                        updated=len(changed))


def _source(engine_or_rows: Engine | RowSource) -> RowSource:
    return engine_or_rows if hasattr(engine_or_rows, "rows") else EngineRows(engine_or_rows)


def parameter_counts(engine_or_rows: Engine | RowSource,
                     ) -> dict[str, dict[int, tuple[int, datetime | None, datetime | None]]]:
    """Station → parameter → (readings, first, last), over every table of readings."""
    source = _source(engine_or_rows)
    out: dict[str, dict[int, tuple[int, datetime | None, datetime | None]]] = {}
    queries = (
        (f"SELECT station, {SNOW_DEPTH}, count(*), min(measured_at), max(measured_at) "
         "FROM snow_measurement GROUP BY station"),
        (f"SELECT station, {AIR_TEMPERATURE}, count(*), min(measured_at), max(measured_at) "
         "FROM temperature_observation GROUP BY station"),
        ("SELECT station, parameter, count(*), min(measured_at), max(measured_at) "
         "FROM weather_reading GROUP BY station, parameter"),
    )
    for query in queries:
        for station, parameter, count, first, last in source.rows(query):
            out.setdefault(station, {})[int(parameter)] = (int(count), as_utc(first),
                                                           as_utc(last))
    return out
