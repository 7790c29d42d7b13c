"""SMHI online: stations near Norberg, their periods, downloads and Norberg's forecast.

Everything is read completely and checked before the database is opened: a server error or
a broken answer is one sentence (AppError) and writes nothing. The forecast is cached in the
per-user cache folder for `FORECAST_MAX_AGE` (SMHI renews it a few times a day); a fresh
cache answers without a request.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from destination_norberg.app.errors import AppError

FORECAST_MAX_AGE_S = 3600.0
#: The parameters offered online, in the order the dialog lists them.
ONLINE_PARAMETERS = (1, 2, 19, 20, 6, 8)


@dataclass(frozen=True)
class ForecastResult:
    hours: int
    reference_time: datetime
    from_cache: bool


def _cache_dir(cache_dir: Path | None) -> Path:
    if cache_dir is not None:
        return cache_dir
    if os.environ.get("DN_SMHI_CACHE"):
        return Path(os.environ["DN_SMHI_CACHE"])
    from destination_norberg.paths import user_cache_dir

    return user_cache_dir() / "smhi"


def nearby_stations(parameter: int, within_km: float = 100.0) -> list[Any]:
    """SMHI's stations offering `parameter` within `within_km` of Norberg, nearest first."""
    from destination_norberg.exchange.smhi_api import stations
    from destination_norberg.exchange.smhi_model import SmhiError

    try:
        return stations(parameter, within_km=within_km)
    except SmhiError as exc:
        raise AppError(str(exc), exc.key, **exc.params) from exc


def station_periods(parameter: int, station: int) -> list[Any]:
    from destination_norberg.exchange.smhi_api import periods
    from destination_norberg.exchange.smhi_model import SmhiError

    try:
        return periods(parameter, station)
    except SmhiError as exc:
        raise AppError(str(exc), exc.key, **exc.params) from exc


def download_observations(station: int, parameter: int, period: str) -> Any:
    """The download, read and checked (nothing written yet)."""
    from destination_norberg.exchange.smhi import read_smhi
    from destination_norberg.exchange.smhi_api import data_url, get
    from destination_norberg.exchange.smhi_model import SmhiError

    url = data_url(parameter, station, period)
    try:
        download = read_smhi(get(url), name=f"smhi-opendata_{parameter}_{station}_{period}")
    except SmhiError as exc:
        raise AppError(str(exc), exc.key, **exc.params) from exc
    if download.parameter != parameter:
        raise AppError(f"SMHI sent parameter {download.parameter} where {parameter} was asked "
                       "for; nothing was imported.", "wrong_parameter", got=download.parameter,
                       asked=parameter)
    return download


def fetch_observations(url: str, station: int, parameter: int, period: str = "latest-months",
                       ) -> tuple[Any, Any]:
    """Download and import; (the download, the import counts)."""
    from destination_norberg.store.opening import open_database
    from destination_norberg.store.weather_store import import_download

    download = download_observations(station, parameter, period)
    engine = open_database(url)
    try:
        return download, import_download(engine, download)
    finally:
        engine.dispose()


def fetch_many(url: str, jobs: list[tuple[int, int, str]],
               progress: Callable[[int, int], bool] | None = None) -> list[Any]:
    """Several (station, parameter, period) downloads, imported in one write unit after all
    arrived. `progress(done, total)` returning False cancels before anything is written."""
    from destination_norberg.store.opening import open_database
    from destination_norberg.store.weather_store import import_downloads

    downloads = []
    for done, (station, parameter, period) in enumerate(jobs):
        if progress is not None and not progress(done, len(jobs)):
            raise AppError("The download was cancelled; nothing was imported.", "cancelled")
        downloads.append(download_observations(station, parameter, period))
    engine = open_database(url)
    try:
        import_downloads(engine, downloads)
    finally:
        engine.dispose()
    if progress is not None:
        progress(len(jobs), len(jobs))
    return downloads


def fetch_forecast(url: str, *, cache_dir: Path | None = None,
                   max_age_s: float = FORECAST_MAX_AGE_S) -> ForecastResult:
    """Norberg's point forecast from the cache when fresh, else from SMHI; stored."""
    from destination_norberg.app.smhi import store_forecast_data
    from destination_norberg.exchange.smhi_api import forecast_point_url, get
    from destination_norberg.exchange.smhi_forecast import read_forecast
    from destination_norberg.exchange.smhi_model import SmhiError
    from destination_norberg.store.opening import open_database

    folder = _cache_dir(cache_dir)
    cached = folder / "forecast-norberg.json"
    from_cache = False
    try:
        if cached.is_file() and time.time() - cached.stat().st_mtime < max_age_s:
            data, from_cache = cached.read_bytes(), True
        else:
            data = get(forecast_point_url())
        forecast = read_forecast(data.decode("utf-8-sig", errors="replace"))
    except SmhiError as exc:
        raise AppError(str(exc), exc.key, **exc.params) from exc
    except OSError as exc:
        raise AppError(f"The forecast cache could not be read: {exc.strerror or exc}",
                       "cache", reason=str(exc.strerror or exc)) from exc
    if not from_cache:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            partial = cached.with_suffix(".part")
            partial.write_bytes(data)
            partial.replace(cached)
        except OSError:
            pass  # a cache that cannot be written costs one more request next time
    engine = open_database(url)
    try:
        hours = store_forecast_data(engine, forecast)
    finally:
        engine.dispose()
    return ForecastResult(hours, forecast.reference_time, from_cache)
