"""SMHI downloads and forecasts into the database.

A file is read completely before the database is even opened, so a bad file writes nothing
(and creates no database); an import is one write unit, several files included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from destination_norberg.app.errors import AppError
from destination_norberg.app.logs import counts_of, logged


@dataclass(frozen=True)
class FilePreview:
    """What a file holds, for the import dialog's list, before anything is written."""

    path: Path
    station: str  # name (number), or "SMHI forecast" for a forecast
    parameter: str  # user-facing English label
    first: datetime | None
    last: datetime | None
    rows: int
    is_forecast: bool
    data: Any  # the read download or forecast, handed back to `import_previews`
    warnings: tuple[str, ...] = ()


def read_weather_path(file: Path) -> Any:
    """The download or forecast in `file`; AppError with one sentence for a file not usable."""
    from destination_norberg.exchange.smhi import MAX_BYTES, SmhiError, read_weather_file

    if not file.is_file():
        raise AppError(f"there is no file {file}")
    try:
        size = file.stat().st_size
        if size > MAX_BYTES:  # refused before half a gigabyte is read into memory
            raise SmhiError(f"The file is {size / 2**20:.1f} MB; an SMHI download may be at "
                            f"most {MAX_BYTES // 2**20} MB.")
        return read_weather_file(file.read_bytes(), name=file.name)
    except SmhiError as exc:
        raise AppError(f"{file.name}: {exc}") from exc
    except OSError as exc:
        raise AppError(f"cannot read {file}: {exc.strerror or exc}") from exc


def preview(file: Path, data: Any) -> FilePreview:
    from destination_norberg.exchange.smhi import SmhiForecast

    if isinstance(data, SmhiForecast):
        return FilePreview(file, "SMHI forecast", "forecast (air temperature, humidity)",
                           data.first, data.last, len(data.steps), True, data,
                           tuple(data.warnings))
    readings = data.readings
    return FilePreview(file, f"{data.station.name} ({data.station.number})",
                       data.parameter_label, readings[0].at if readings else None,
                       readings[-1].at if readings else None, len(readings), False, data,
                       tuple(data.warnings))


@logged("SMHI import", lambda rows: f"{sum(rows)} rows from {len(rows)} files")
def import_previews(url: str, previews: list[FilePreview],
                    fetched_at: datetime | None = None) -> list[int]:
    """Import what was previewed in one write unit per kind; new or changed rows per file."""
    from destination_norberg.store.opening import open_database
    from destination_norberg.store.weather_store import import_downloads

    downloads = [p.data for p in previews if not p.is_forecast]
    forecasts = [p.data for p in previews if p.is_forecast]
    engine = open_database(url)
    try:
        counts = iter(import_downloads(engine, downloads)) if downloads else iter(())
        hours = [store_forecast_data(engine, f, fetched_at) for f in forecasts]
    finally:
        engine.dispose()
    out, hour_iter = [], iter(hours)
    for p in previews:
        if p.is_forecast:
            out.append(next(hour_iter))
        else:
            c = next(counts)
            out.append(c.added + c.updated)
    return out


def store_forecast_data(engine: Any, forecast: Any, fetched_at: datetime | None = None) -> int:
    """Norberg's forecast replaced by this one, hour by hour; the hours stored."""
    from destination_norberg.core.weather_series import forecast_hours
    from destination_norberg.store.forecast_store import NORBERG, store_forecast

    hours = forecast_hours([(s.at, s.temp_c, s.rel_humidity) for s in forecast.steps])
    return store_forecast(engine, NORBERG, forecast.reference_time, hours,
                          fetched_at or datetime.now(UTC))


@logged("SMHI import", lambda r: counts_of(r[1]))
def import_smhi_file(url: str, file: Path) -> tuple[Any, Any]:
    """(the download or forecast as read, the import counts or the forecast hours stored)."""
    from destination_norberg.exchange.smhi import SmhiForecast
    from destination_norberg.store.opening import open_database
    from destination_norberg.store.weather_store import import_download

    data = read_weather_path(file)
    engine = open_database(url)
    try:
        if isinstance(data, SmhiForecast):
            return data, store_forecast_data(engine, data)
        return data, import_download(engine, data)
    finally:
        engine.dispose()
