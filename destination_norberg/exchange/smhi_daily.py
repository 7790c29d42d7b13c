"""SMHI's daily table: `Från Datum Tid (UTC);Till Datum Tid (UTC);Representativt dygn;…`.

Daily mean, minimum and maximum air temperature (parameters 2, 19, 20) come as periods (from,
to) with the day they represent. A reading is kept at 12:00 UTC of its representative day:
the day then reads the same in UTC and in Norberg's local time, and one day is one reading.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from destination_norberg.exchange.smhi_model import (
    Reading,
    SmhiError,
    ValueRules,
    check_quality,
    parse_number,
    snippet,
)

#: from;to;representative day;value;quality[;;note]
_ROW = re.compile(r"(\d{4}-\d\d-\d\d[ T]\d\d:\d\d(?::\d\d)?);(\d{4}-\d\d-\d\d[ T]\d\d:\d\d"
                  r"(?::\d\d)?);(\d{4})-(\d\d)-(\d\d);([^;]*);([^;]*)(?:;(.*))?")
FIRST_YEAR = 1700


def is_daily_header(key: str) -> bool:
    """The first field of the daily table's header row, casefolded."""
    return key.startswith("från datum")


def check_daily_header(line: str, n: int) -> None:
    columns = [f.strip().casefold() for f in line.split(";")]
    if len(columns) < 5 or not columns[2].startswith("representativt") \
            or columns[4] != "kvalitet":
        raise SmhiError(f"Line {n} names the columns “{snippet(line, 60)}”; SMHI's daily table "
                        "has Från Datum Tid;Till Datum Tid;Representativt dygn;<value>;Kvalitet.")


def representative_instant(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def daily_readings(lines: list[str], start: int, rules: ValueRules,
                   notes: list[str]) -> list[Reading]:
    """The rows below the daily header (line index `start` is the first data row)."""
    readings: list[Reading] = []
    for index in range(start, len(lines)):
        line = lines[index].strip()
        if not line:
            continue
        n = index + 1
        match = _ROW.fullmatch(line)
        if match is None:
            raise SmhiError(f"Line {n} could not be read as a daily reading (from;to;day;value;"
                            f"quality): “{snippet(line)}”.")
        try:
            day = date(int(match.group(3)), int(match.group(4)), int(match.group(5)))
        except ValueError:
            raise SmhiError(f"Line {n} has the day “{match.group(3)}-{match.group(4)}-"
                            f"{match.group(5)}”, which does not exist.") from None
        if day.year < FIRST_YEAR:
            raise SmhiError(f"Line {n} has the year {day.year}, before any Swedish measurement.")
        value = parse_number(match.group(6))
        if value is None:
            raise SmhiError(f"Line {n} has the value “{snippet(match.group(6))}”, which is not "
                            "a number.")
        quality = check_quality(match.group(7), f"line {n}")
        if rules.keep(value, quality, f"line {n} ({day.isoformat()})"):
            readings.append(Reading(representative_instant(day), value, quality))
        rest = match.group(8)
        if rest:
            note = " ".join(p.strip() for p in rest.split(";") if p.strip())
            if note:
                notes.append(note)
    return readings
