"""SMHI's point forecast as JSON: the snow1g v1 answer (and the withdrawn pmp3g v2 one).

snow1g (`/api/category/snow1g/version/1/geotype/point/lon/{lon}/lat/{lat}/data.json`):

    {"createdTime": "…Z", "referenceTime": "…Z",
     "geometry": {"type": "Point", "coordinates": [lon, lat]},
     "timeSeries": [{"time": "…Z", "intervalParametersStartTime": "…Z",
                     "data": {"air_temperature": -3.1, "relative_humidity": 91, …}}, …]}

pmp3g v2 had `approvedTime`, `validTime` and `parameters: [{"name": "t", "values": [-3.1]}]`;
a file saved from it is still read. 9999 is SMHI's missing value. Steps are hourly for the
first two days, then 2, 6 or 12 hours apart; each step stands for the hours up to the next one
(see core.weather_series.forecast_hours).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from destination_norberg.exchange.smhi_model import SmhiError, snippet

MISSING = 9999.0


@dataclass(frozen=True, slots=True)
class ForecastStep:
    at: datetime  # valid time, aware UTC
    temp_c: float
    rel_humidity: float | None  # % or None when the answer has none


@dataclass(frozen=True, slots=True)
class SmhiForecast:
    reference_time: datetime  # the model run
    latitude: float | None  # of the grid point SMHI answered for
    longitude: float | None
    steps: list[ForecastStep]
    warnings: list[str]
    form: str  # "snow1g" or "pmp3g"

    @property
    def first(self) -> datetime:
        return self.steps[0].at

    @property
    def last(self) -> datetime:
        return self.steps[-1].at


def is_forecast(doc: Any) -> bool:
    return isinstance(doc, dict) and "timeSeries" in doc


def _time(text: Any, where: str) -> datetime:
    if not isinstance(text, str):
        raise SmhiError(f"{where.capitalize()} has no time.")
    try:
        at = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise SmhiError(f"{where.capitalize()} has the time “{snippet(text)}”, which is not "
                        "an ISO time.") from None
    return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(UTC)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return None if not math.isfinite(number) or number == MISSING else number


def _values(step: dict[str, Any]) -> tuple[Any, Any, str]:
    data = step.get("data")
    if isinstance(data, dict):
        return data.get("air_temperature"), data.get("relative_humidity"), "snow1g"
    params = step.get("parameters")
    if isinstance(params, list):
        found = {p.get("name"): p.get("values") for p in params if isinstance(p, dict)}
        t, r = found.get("t"), found.get("r")
        return (t[0] if isinstance(t, list) and t else None,
                r[0] if isinstance(r, list) and r else None, "pmp3g")
    raise SmhiError("A forecast step has neither “data” (snow1g) nor “parameters” (pmp3g).")


def read_forecast_doc(doc: dict[str, Any]) -> SmhiForecast:
    series = doc.get("timeSeries")
    if not isinstance(series, list) or not series:
        raise SmhiError("The forecast holds no time steps.")
    reference = _time(doc.get("referenceTime") or doc.get("approvedTime"),
                      "the forecast's reference time")
    coordinates = (doc.get("geometry") or {}).get("coordinates") \
        if isinstance(doc.get("geometry"), dict) else None
    while isinstance(coordinates, list) and coordinates and isinstance(coordinates[0], list):
        coordinates = coordinates[0]  # pmp3g nested [[lon, lat]]
    lon = _number(coordinates[0]) if isinstance(coordinates, list) and coordinates else None
    lat = _number(coordinates[1]) if isinstance(coordinates, list) and len(coordinates) > 1 \
        else None
    steps: dict[datetime, ForecastStep] = {}
    skipped, form = 0, "snow1g"
    for index, raw in enumerate(series):
        where = f"forecast step {index + 1}"
        if not isinstance(raw, dict):
            raise SmhiError(f"{where.capitalize()} is not an object.")
        at = _time(raw.get("time") or raw.get("validTime"), where)
        temp_raw, rh_raw, form = _values(raw)
        temp, rh = _number(temp_raw), _number(rh_raw)
        if temp is None:
            skipped += 1
            continue
        if not -70.0 <= temp <= 60.0:
            raise SmhiError(f"{where.capitalize()} forecasts {temp:g} °C, which is not "
                            "plausible.")
        if rh is not None and not 0.0 <= rh <= 100.0:
            rh = None
        steps[at] = ForecastStep(at, temp + 0.0, rh)
    if not steps:
        raise SmhiError("The forecast has no air temperature in any time step.")
    warnings = [f"{skipped} forecast step(s) have no air temperature and were left out."] \
        if skipped else []
    if form == "pmp3g":
        warnings.append("The forecast is from SMHI's older pmp3g service, which has been "
                        "withdrawn; it was read, but fetch a new one when you can.")
    return SmhiForecast(reference, lat, lon, sorted(steps.values(), key=lambda s: s.at),
                        warnings, form)


def read_forecast(text: str) -> SmhiForecast:
    try:
        doc = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        raise SmhiError("The file is not valid JSON, so it is not an SMHI forecast.") from None
    if not is_forecast(doc):
        raise SmhiError("The JSON is not an SMHI point forecast (it has no “timeSeries”).")
    return read_forecast_doc(doc)
