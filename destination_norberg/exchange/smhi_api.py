"""SMHI's open-data services over HTTP: the metobs observation API and the snow1g forecast.

Metobs (base `…/api/version/1.0`):

    parameter/{p}.json                         {"station": [{"key", "name", "latitude",
                                                 "longitude", "active", "from", "to"}, …]}
    parameter/{p}/station/{s}.json             {"period": [{"key": "corrected-archive" |
                                                 "latest-months" | …, "from", "to"}, …]}
    parameter/{p}/station/{s}/period/{k}/data.csv | data.json     the readings

Forecast (base `…/api/category/snow1g/version/1`):

    geotype/point/lon/{lon}/lat/{lat}/data.json

Both bases can be moved with the environment (DN_SMHI_METOBS_URL, DN_SMHI_FORECAST_URL), so
tests talk to a server on loopback. Polite like the map fetcher: a User-Agent naming the
program, a timeout, a size limit, one request at a time.
"""

from __future__ import annotations

import json
import math
import os
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from destination_norberg.exchange.smhi_model import MAX_BYTES, SmhiError

METOBS_URL = "https://opendata-download-metobs.smhi.se/api/version/1.0"
FORECAST_URL = "https://opendata-download-metfcst.smhi.se/api/category/snow1g/version/1"
TIMEOUT_S = 20.0
NORBERG_LAT, NORBERG_LON = 60.086, 15.925


def metobs_url() -> str:
    return os.environ.get("DN_SMHI_METOBS_URL", METOBS_URL).rstrip("/")


def forecast_url() -> str:
    return os.environ.get("DN_SMHI_FORECAST_URL", FORECAST_URL).rstrip("/")


def user_agent() -> str:
    try:
        from destination_norberg import __version__ as version
    except ImportError:  # pragma: no cover
        version = "0"
    return f"DestinationNorberg/{version} (Norberg municipality tourism planning)"


def get(url: str, timeout_s: float = TIMEOUT_S) -> bytes:
    """The body of a 200 answer; SmhiError with one sentence for anything else."""
    request = urllib.request.Request(url, headers={"User-Agent": user_agent(),
                                                   "Accept-Encoding": "identity"})
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:
            data: bytes = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise SmhiError(f"SMHI answered {exc.code} ({exc.reason}) for {url}; nothing was "
                        "imported.", "http", code=exc.code) from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise SmhiError(f"SMHI could not be reached ({reason}); check the connection and "
                        "try again. Nothing was imported.", "unreachable",
                        reason=str(reason)) from None
    if len(data) > MAX_BYTES:
        raise SmhiError("SMHI's answer is larger than a download may be; nothing was imported.",
                        "too_large")
    return data


def _json(data: bytes, what: str) -> dict[str, Any]:
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        raise SmhiError(f"SMHI's {what} is not valid JSON; nothing was imported.",
                        "not_json") from None
    if not isinstance(doc, dict):
        raise SmhiError(f"SMHI's {what} has an unexpected form; nothing was imported.",
                        "unexpected")
    return doc


def _when(ms: Any) -> datetime | None:
    if isinstance(ms, bool) or not isinstance(ms, int | float):
        return None
    try:
        return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=ms)
    except (OverflowError, ValueError):
        return None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


@dataclass(frozen=True, slots=True)
class RemoteStation:
    number: int
    name: str
    latitude: float
    longitude: float
    active: bool
    first: datetime | None
    last: datetime | None
    distance_km: float


@dataclass(frozen=True, slots=True)
class RemotePeriod:
    key: str  # "corrected-archive", "latest-months", "latest-day", "latest-hour"
    first: datetime | None
    last: datetime | None


def stations(parameter: int, *, near: tuple[float, float] = (NORBERG_LAT, NORBERG_LON),
             within_km: float = 100.0) -> list[RemoteStation]:
    """SMHI's stations for a parameter within `within_km` of `near`, nearest first."""
    doc = _json(get(f"{metobs_url()}/parameter/{parameter}.json"), "station list")
    raw = doc.get("station")
    if not isinstance(raw, list):
        raise SmhiError("SMHI's station list has no stations; nothing was imported.",
                        "no_stations")
    out = []
    for item in raw:
        if not isinstance(item, dict):
            continue
        try:
            number = int(str(item.get("key") or item.get("id")))
            lat, lon = float(item["latitude"]), float(item["longitude"])
        except (TypeError, ValueError, KeyError):
            continue
        km = distance_km(near[0], near[1], lat, lon)
        if km <= within_km:
            out.append(RemoteStation(number, str(item.get("name") or number), lat, lon,
                                     bool(item.get("active")), _when(item.get("from")),
                                     _when(item.get("to")), km))
    return sorted(out, key=lambda s: (s.distance_km, s.number))


def periods(parameter: int, station: int) -> list[RemotePeriod]:
    doc = _json(get(f"{metobs_url()}/parameter/{parameter}/station/{station}.json"),
                "station description")
    raw = doc.get("period")
    out = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, dict) and isinstance(item.get("key"), str):
            out.append(RemotePeriod(item["key"], _when(item.get("from")),
                                    _when(item.get("to"))))
    return out


def data_url(parameter: int, station: int, period: str) -> str:
    """corrected-archive comes as CSV only; the recent periods as JSON."""
    form = "csv" if period == "corrected-archive" else "json"
    return f"{metobs_url()}/parameter/{parameter}/station/{station}/period/{period}/data.{form}"


def forecast_point_url(lat: float = NORBERG_LAT, lon: float = NORBERG_LON) -> str:
    return f"{forecast_url()}/geotype/point/lon/{lon:.6f}/lat/{lat:.6f}/data.json"
