"""SMHI's metobs CSV: a station header block of varying length, then `Datum;Tid (UTC);…`.

The block is read by its header rows, not by line numbers, because its length varies (one
station position row or several) and two generations of it exist:

    Stationsnamn;Klimatnummer;Mäthöjd (meter över marken)                        (older)
    Stationsnamn;Stationsnummer;Stationsnät;Mäthöjd (meter över marken)          (newer)

The first data rows carry two more columns (`;;Tidsutsnitt: …`, SMHI's description of the
extract); they are kept in the station's metadata and otherwise ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from destination_norberg.exchange.smhi_daily import (
    check_daily_header,
    daily_readings,
    is_daily_header,
)
from destination_norberg.exchange.smhi_model import (
    DAILY,
    Reading,
    SmhiDownload,
    SmhiError,
    StationInfo,
    ValueRules,
    check_quality,
    check_unit,
    finish,
    parameter_from_name,
    parse_number,
    snippet,
    unsupported,
)

#: A data row as SMHI writes it; anything else goes the slow way, to say what is wrong.
_ROW = re.compile(r"(\d{4})-(\d\d)-(\d\d);(\d\d):(\d\d)(?::(\d\d))?;([^;]*);([^;]*)(?:;(.*))?")
_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_TIME = re.compile(r"\d\d:\d\d(?::\d\d)?")
_STAMP = re.compile(r"(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d)(?::(\d\d))?")
#: The oldest Swedish series (Uppsala, Stockholm) begin in the 1700s.
FIRST_YEAR = 1700


@dataclass
class _Header:
    station: dict[str, str] = field(default_factory=dict)  # column name (casefolded) → value
    station_line: int = 0
    parameter: dict[str, str] = field(default_factory=dict)
    positions: list[dict[str, Any]] = field(default_factory=list)
    data_line: int = 0  # the `Datum;` line, 1-based; 0 when there is none


def _fields(line: str) -> list[str]:
    return [f.strip() for f in line.split(";")]


def _key(line: str) -> str:
    return line.split(";", 1)[0].strip().casefold()


def _stamp(text: str) -> str | None:
    match = _STAMP.fullmatch(text.strip())
    if not match:
        return None
    try:
        year, month, day, hour, minute, second = (int(g or 0) for g in match.groups())
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC).isoformat()
    except ValueError:
        return None


def _is_table(key: str) -> bool:
    """The header row of the readings: `Datum;Tid (UTC);…` or the daily `Från Datum Tid…`."""
    return key == "datum" or is_daily_header(key)


def _values_after(lines: list[str], i: int) -> tuple[list[str], int]:
    """The first non-blank line after line index i, as fields, and its index."""
    j = i + 1
    while j < len(lines) and not lines[j].strip():
        j += 1
    if j >= len(lines) or _is_table(_key(lines[j])):
        raise SmhiError(f"Line {i + 1} starts a header (“{snippet(lines[i])}”) but no values "
                        "follow it.")
    return _fields(lines[j]), j


def _position(values: list[str], line_no: int, warnings: list[str]) -> dict[str, Any] | None:
    height = parse_number(values[2]) if len(values) > 2 else None
    lat = parse_number(values[3]) if len(values) > 3 else None
    lon = parse_number(values[4]) if len(values) > 4 else None
    start, end = (_stamp(values[0]), _stamp(values[1])) if len(values) > 1 else (None, None)
    if (lat is None or lon is None or not -90 <= lat <= 90 or not -180 <= lon <= 180
            or start is None or end is None):
        warnings.append(f"The station position on line {line_no} could not be read and was "
                        "skipped.")
        return None
    return {"from": start, "to": end, "height_m": height, "latitude": lat, "longitude": lon}


def _read_header(lines: list[str], warnings: list[str]) -> _Header:
    header = _Header()
    i = 0
    while i < len(lines):
        key = _key(lines[i])
        if _is_table(key):
            header.data_line = i + 1
            break
        if key == "stationsnamn":
            names = [f.casefold() for f in _fields(lines[i])]
            values, i = _values_after(lines, i)
            header.station = dict(zip(names, values, strict=False))
            header.station_line = i + 1
        elif key == "parameternamn":
            names = [f.casefold() for f in _fields(lines[i])]
            values, i = _values_after(lines, i)
            header.parameter = dict(zip(names, values, strict=False))
        elif key.startswith("tidsperiod (fr.o.m"):
            while i + 1 < len(lines) and lines[i + 1].strip() \
                    and not _is_table(_key(lines[i + 1])):
                i += 1
                position = _position(_fields(lines[i]), i + 1, warnings)
                if position is not None:
                    header.positions.append(position)
        i += 1
    return header


def _station(header: _Header, warnings: list[str]) -> tuple[StationInfo, str]:
    s = header.station
    newer = "stationsnummer" in s
    number_text = s.get("stationsnummer", s.get("klimatnummer"))
    if number_text is None:
        raise SmhiError("The station block has neither a “Klimatnummer” nor a “Stationsnummer”, "
                        "so the station cannot be told apart from others.")
    if not number_text.isdigit() or not number_text.isascii():
        raise SmhiError(f"Line {header.station_line} gives the station number "
                        f"“{snippet(number_text)}”, which is not a number.")
    number = int(number_text)
    latest = max(header.positions, key=lambda p: (p["to"], p["from"]), default=None)
    measuring = next((v for k, v in s.items() if k.startswith("mäthöjd")), "")
    meta: dict[str, Any] = {
        "header": "Stationsnummer" if newer else "Klimatnummer",
        "measuring_height_m": parse_number(measuring) if measuring else None,
        "positions": header.positions,
    }
    if not newer:
        meta["klimatnummer"] = number
    station = StationInfo(
        key=f"smhi:{number}", name=s.get("stationsnamn") or f"SMHI {number}", number=number,
        network=s.get("stationsnät", ""),
        latitude=latest["latitude"] if latest else None,
        longitude=latest["longitude"] if latest else None,
        height_m=latest["height_m"] if latest else None, meta=meta)
    if not header.positions:
        warnings.append("The file gives no station position.")
    return station, "csv-stationsnummer" if newer else "csv-klimatnummer"


def _bad_row(line: str, n: int) -> SmhiError:
    """Say what is wrong with a data row the fast pattern did not take."""
    parts = _fields(line)
    if len(parts) < 4:
        return SmhiError(f"Line {n} has {len(parts)} field(s) (“{snippet(line)}”); a reading "
                         "needs date;time;value;quality.")
    if not _DATE.fullmatch(parts[0]):
        return SmhiError(f"Line {n} has the date “{snippet(parts[0])}”; SMHI writes dates as "
                         "YYYY-MM-DD.")
    if not _TIME.fullmatch(parts[1]):
        return SmhiError(f"Line {n} has the time “{snippet(parts[1])}”; SMHI writes times as "
                         "HH:MM:SS.")
    return SmhiError(f"Line {n} could not be read as a reading: “{snippet(line)}”.")


def _instant(match: re.Match[str], n: int) -> datetime:
    year, month, day, hour, minute = (int(match.group(k)) for k in range(1, 6))
    second = int(match.group(6) or 0)
    try:
        at = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except ValueError:
        raise SmhiError(f"Line {n} has the date and time “{match.group(1)}-{match.group(2)}-"
                        f"{match.group(3)} {match.group(4)}:{match.group(5)}”, which does not "
                        "exist.") from None
    if year < FIRST_YEAR:
        raise SmhiError(f"Line {n} has the year {year}, before any Swedish measurement.")
    return at


def _data_header(lines: list[str], header: _Header, parameter_name: str,
                 warnings: list[str]) -> None:
    n = header.data_line
    columns = _fields(lines[n - 1])
    if len(columns) < 4 or not columns[1].casefold().startswith("tid") \
            or columns[3].casefold() != "kvalitet":
        raise SmhiError(f"Line {n} names the columns “{snippet(lines[n - 1], 60)}”; an SMHI "
                        "reading table has Datum;Tid (UTC);<value>;Kvalitet.")
    if "utc" not in columns[1].casefold():
        warnings.append(f"Line {n} does not say the times are in UTC; they were read as UTC, "
                        "as SMHI gives them.")
    if parameter_name and columns[2].casefold() != parameter_name.casefold():
        warnings.append(f"The value column is called “{snippet(columns[2])}” but the parameter "
                        f"block says “{snippet(parameter_name)}”; the parameter block was "
                        "believed.")


def _slow_row(line: str, n: int, rules: ValueRules) -> tuple[Reading | None, str | None]:
    """A row the fast pattern did not take: read it if it is fine, else say what is wrong."""
    match = _ROW.fullmatch(line.strip())
    if match is None:
        raise _bad_row(line, n)
    value = parse_number(match.group(7))
    if value is None:
        raise SmhiError(f"Line {n} has the value “{snippet(match.group(7))}”, which is not "
                        "a number.")
    quality = check_quality(match.group(8), f"line {n}")
    at = _instant(match, n)
    if not rules.keep(value, quality, f"line {n} ({at.date().isoformat()})"):
        return None, None
    return Reading(at, value, quality), match.group(9)


#: The row as SMHI writes it, checked to the end: nothing more to test but the calendar.
_FAST = re.compile(r"(\d{4}-\d\d-\d\d);(\d\d:\d\d:\d\d);(-?\d{1,3}(?:\.\d+)?);([GY])(?:;(.*))?")


def _readings(lines: list[str], start: int, rules: ValueRules,
              notes: list[str]) -> list[Reading]:
    """The rows below `Datum;`. Hot for hourly series (half a million rows): SMHI's own rows
    take a fast path of one regex and one C date parse; anything else the careful one."""
    readings: list[Reading] = []
    append, fast, parse = readings.append, _FAST.fullmatch, datetime.fromisoformat
    low, high = rules.plain_range
    first_day = f"{FIRST_YEAR:04d}"
    for index in range(start, len(lines)):
        line = lines[index]
        match = fast(line)
        rest: str | None
        if match is not None:
            day, clock, text, quality, rest = match.groups()
            value = float(text) + 0.0  # no -0.0 in the store
            try:
                at = parse(f"{day}T{clock}+00:00")
            except ValueError:
                at = None
            if at is not None and low <= value <= high and day >= first_day:
                append(Reading(at, value, quality))
            else:
                reading, rest = _slow_row(line, index + 1, rules)
                if reading is not None:
                    append(reading)
        elif not line.strip():
            continue
        else:
            reading, rest = _slow_row(line, index + 1, rules)
            if reading is not None:
                append(reading)
        if rest:
            note = " ".join(p.strip() for p in rest.split(";") if p.strip())
            if note:
                notes.append(note)
    return readings


_FILE_NAME = re.compile(r"smhi-opendata_(\d+)_(\d+)", re.IGNORECASE)


def _check_name(name: str, parameter: int, number: int, warnings: list[str]) -> None:
    """SMHI names downloads smhi-opendata_<parameter>_<station>_…; say when that disagrees."""
    match = _FILE_NAME.search(name)
    if match and (int(match.group(1)), int(match.group(2))) != (parameter, number):
        warnings.append(f"The file name {snippet(name, 60)} speaks of parameter "
                        f"{match.group(1)} at station {match.group(2)}, but the file holds "
                        f"parameter {parameter} at station {number}; the content was believed.")


def read_csv(text: str, name: str, warnings: list[str]) -> SmhiDownload:
    lines = text.split("\n")
    first = next((line for line in lines if line.strip()), "")
    if not first.casefold().startswith("stationsnamn"):
        if any(_is_table(_key(line)) for line in lines):
            raise SmhiError("The file has a “Datum;” table but no SMHI station block above it "
                            "(“Stationsnamn;…”), so the station is unknown.")
        raise SmhiError(f"The file is not an SMHI download: it begins “{snippet(first)}” "
                        "where SMHI's CSV begins “Stationsnamn;”.")
    if not first.casefold().startswith("stationsnamn;"):
        raise SmhiError("The file is not separated by semicolons as SMHI writes it; it was "
                        "probably re-saved by a spreadsheet, so download it again from SMHI.")
    header = _read_header(lines, warnings)
    if not header.parameter:
        raise SmhiError("The file has no “Parameternamn” block, so what it measures is unknown.")
    parameter_name = header.parameter.get("parameternamn", "")
    summary = header.parameter.get("beskrivning", "")
    unit = header.parameter.get("enhet", "")
    parameter = parameter_from_name(parameter_name, summary)
    if parameter is None:
        hint = _FILE_NAME.search(name)
        raise unsupported(int(hint.group(1)) if hint else None, parameter_name, summary)
    check_unit(parameter, unit)
    station, form = _station(header, warnings)
    daily = parameter in DAILY
    if not header.data_line:
        raise SmhiError("The file has no line starting “Datum;” or “Från Datum Tid”, so it "
                        "holds no reading table.")
    table_line = lines[header.data_line - 1]
    if daily != is_daily_header(_key(table_line)):
        raise SmhiError(f"Line {header.data_line} starts a {'daily' if not daily else 'timed'} "
                        f"table, but the file's parameter ({parameter_name}, {summary}) is "
                        f"{'daily' if daily else 'timed'}; the file was changed after download.")
    rules = ValueRules(parameter)
    notes: list[str] = []
    if daily:
        check_daily_header(table_line, header.data_line)
        readings = daily_readings(lines, header.data_line, rules, notes)
    else:
        _data_header(lines, header, parameter_name, warnings)
        readings = _readings(lines, header.data_line, rules, notes)
    warnings.extend(rules.warnings())
    if not readings and not rules.negative:
        raise SmhiError(f"The file has no readings below its “Datum;” line (line "
                        f"{header.data_line}).")
    if notes:
        station.meta["tidsutsnitt"] = notes
    station.meta["parameters"] = {str(parameter): {"name": parameter_name, "summary": summary,
                                                   "unit": unit}}
    _check_name(name, parameter, station.number, warnings)
    return SmhiDownload(station=station, parameter=parameter, unit=unit,
                        readings=finish(readings, warnings), warnings=warnings,
                        parameter_name=parameter_name, form=form)
