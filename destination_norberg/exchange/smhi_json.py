"""The metobs API's JSON form: `{"station": …, "parameter": …, "position": […], "value": […]}`.

Dates are epoch milliseconds (UTC) and values are strings ("0.58"). The API's other answers
(a period's description with links, lists of stations) are not readings: they are refused
with the link to the data where there is one.
"""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

from destination_norberg.exchange.smhi_csv import FIRST_YEAR
from destination_norberg.exchange.smhi_daily import representative_instant
from destination_norberg.exchange.smhi_model import (
    DAILY,
    PARAMETERS,
    Reading,
    SmhiDownload,
    SmhiError,
    StationInfo,
    ValueRules,
    check_quality,
    check_unit,
    finish,
    parse_number,
    snippet,
    unsupported,
)

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _instant(ms: Any, where: str) -> datetime:
    if isinstance(ms, bool) or not isinstance(ms, int | float):
        raise SmhiError(f"{where.capitalize()} has the date {snippet(repr(ms))}; the API gives "
                        "dates as milliseconds since 1970.")
    try:
        at = _EPOCH + timedelta(milliseconds=ms)
    except (OverflowError, ValueError):
        raise SmhiError(f"{where.capitalize()} has the date {snippet(repr(ms))}, which is out "
                        "of range.") from None
    if at.year < FIRST_YEAR:
        raise SmhiError(f"{where.capitalize()} has a date in {at.year}, before any Swedish "
                        "measurement.")
    return at


def _data_link(doc: dict[str, Any]) -> str | None:
    """The data file a period description points to (…/data.csv or …/data.json)."""
    entries = doc.get("data")
    for entry in entries if isinstance(entries, list) else []:
        links = entry.get("link") if isinstance(entry, dict) else None
        for link in links if isinstance(links, list) else []:
            href = link.get("href") if isinstance(link, dict) else None
            if isinstance(href, str) and "/data." in href:
                return href
    return None


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else "" if value is None else str(value)


def _positions(doc: dict[str, Any], warnings: list[str]) -> list[dict[str, Any]]:
    out = []
    raw = doc.get("position")
    for index, p in enumerate(raw if isinstance(raw, list) else []):
        try:
            lat, lon = float(p["latitude"]), float(p["longitude"])
            height = None if p.get("height") is None else float(p["height"])
            start = _instant(p["from"], "a position").isoformat()
            end = _instant(p["to"], "a position").isoformat()
        except (KeyError, TypeError, ValueError, OverflowError, SmhiError):
            warnings.append(f"Station position {index + 1} could not be read and was skipped.")
            continue
        if -90 <= lat <= 90 and -180 <= lon <= 180:
            out.append({"from": start, "to": end, "height_m": height, "latitude": lat,
                        "longitude": lon})
    return out


def _station(doc: dict[str, Any], warnings: list[str]) -> StationInfo:
    station = doc.get("station")
    if isinstance(station, list):
        raise SmhiError("The file is SMHI's list of stations, not the readings of one station.")
    if not isinstance(station, dict):
        raise SmhiError("The JSON has no “station”, so the station is unknown.")
    number_text = _text(station.get("key"))
    if not number_text.isdigit() or not number_text.isascii():
        raise SmhiError(f"The station key “{snippet(number_text)}” is not a station number.")
    number = int(number_text)
    positions = _positions(doc, warnings)
    latest = max(positions, key=lambda p: (p["to"], p["from"]), default=None)
    if latest is None:
        warnings.append("The file gives no station position.")
    period = doc.get("period") if isinstance(doc.get("period"), dict) else {}
    meta: dict[str, Any] = {
        "header": "json", "positions": positions,
        **{k: station[k] for k in ("owner", "ownerCategory", "measuringStations")
           if isinstance(station.get(k), str)},
    }
    if period:
        meta["period"] = {k: period[k] for k in ("key", "summary")
                          if isinstance(period.get(k), str)}
    return StationInfo(
        key=f"smhi:{number}", name=_text(station.get("name")) or f"SMHI {number}",
        number=number, network="",
        latitude=latest["latitude"] if latest else None,
        longitude=latest["longitude"] if latest else None,
        height_m=latest["height_m"] if latest else None, meta=meta)


def _parameter(doc: dict[str, Any]) -> tuple[int, str, str, str]:
    parameter = doc.get("parameter")
    if not isinstance(parameter, dict):
        raise SmhiError("The JSON has no “parameter”, so what it measures is unknown.")
    key = _text(parameter.get("key"))
    name, summary = _text(parameter.get("name")), _text(parameter.get("summary"))
    number = int(key) if key.isdigit() and key.isascii() and len(key) < 6 else None
    if number not in PARAMETERS:
        raise unsupported(number, name or key, summary)
    return number, name, summary, _text(parameter.get("unit"))


def _day(item: dict[str, Any], where: str) -> datetime:
    """A daily value's instant: its representative day (`ref`, "YYYY-MM-DD") at 12:00 UTC."""
    ref = item.get("ref")
    if not isinstance(ref, str):
        if "date" in item:
            return _instant(item.get("date"), where)
        raise SmhiError(f"{where.capitalize()} has no representative day (“ref”); SMHI gives "
                        "one for every daily value.")
    try:
        day = date.fromisoformat(ref.strip()[:10])
    except ValueError:
        raise SmhiError(f"{where.capitalize()} has the day “{snippet(ref)}”, which is not a "
                        "date.") from None
    if day.year < FIRST_YEAR:
        raise SmhiError(f"{where.capitalize()} has a date in {day.year}, before any Swedish "
                        "measurement.")
    return representative_instant(day)


def _readings(values: list[Any], rules: ValueRules, warnings: list[str]) -> list[Reading]:
    readings: list[Reading] = []
    missing = 0
    daily = rules.parameter in DAILY
    for index, item in enumerate(values):
        where = f"reading {index + 1}"
        if not isinstance(item, dict):
            raise SmhiError(f"{where.capitalize()} of the JSON is not a date/value/quality "
                            "object.")
        at = _day(item, where) if daily else _instant(item.get("date"), where)
        raw = item.get("value")
        if raw is None or raw == "":
            missing += 1
            continue
        if isinstance(raw, bool) or not isinstance(raw, str | int | float):
            raise SmhiError(f"{where.capitalize()} has the value {snippet(repr(raw))}, which "
                            "is not a number.")
        value = parse_number(str(raw))
        if value is None:
            raise SmhiError(f"{where.capitalize()} ({at.date().isoformat()}) has the value "
                            f"“{snippet(str(raw))}”, which is not a number.")
        quality_raw = item.get("quality")
        quality = check_quality(quality_raw if isinstance(quality_raw, str) else "", where)
        if rules.keep(value, quality, f"{where} ({at.date().isoformat()})"):
            readings.append(Reading(at, value, quality))
    if missing:
        warnings.append(f"{missing} reading(s) have no value and were left out.")
    return readings


def read_json(text: str, warnings: list[str]) -> SmhiDownload:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SmhiError(f"The file is not valid JSON: {exc.msg} on line {exc.lineno}.") from None
    except RecursionError:
        raise SmhiError("The file is not an SMHI download: its JSON is nested too deeply.") \
            from None
    if not isinstance(doc, dict):
        raise SmhiError("The file is JSON but not an SMHI metobs download.")
    if "value" not in doc:
        link = _data_link(doc)
        if link:
            raise SmhiError("The file is SMHI's description of a download period, not its "
                            f"readings; download the data it links to: {link}")
        if isinstance(doc.get("station"), list):
            raise SmhiError("The file is SMHI's list of stations, not the readings of one "
                            "station.")
        raise SmhiError("The file is JSON but not an SMHI metobs download (it has no "
                        "“value” list of readings).")
    parameter, name, summary, unit = _parameter(doc)
    check_unit(parameter, unit)
    station = _station(doc, warnings)
    values = doc["value"]
    if values is None or values == []:
        raise SmhiError("The download holds no readings.")
    if not isinstance(values, list):
        raise SmhiError("The JSON's “value” is not a list of readings.")
    rules = ValueRules(parameter)
    readings = _readings(values, rules, warnings)
    warnings.extend(rules.warnings())
    if isinstance(doc.get("updated"), int | float) and not isinstance(doc["updated"], bool):
        with contextlib.suppress(SmhiError):  # a damaged update time costs nothing
            station.meta["updated"] = _instant(doc["updated"], "the update time").isoformat()
    station.meta["parameters"] = {str(parameter): {"name": name, "summary": summary,
                                                   "unit": unit}}
    return SmhiDownload(station=station, parameter=parameter, unit=unit,
                        readings=finish(readings, warnings), warnings=warnings,
                        parameter_name=name, form="json")
