"""Trail-counter exports (Eco-Counter's Eco-Visio and similar counters) as CSV.

One row per counter, interval and direction: a counter id, a timestamp (the interval's
start, local Swedish time unless it carries an offset), a count and, where the counter
tells, a direction (IN/OUT, in/ut). Headers may be Swedish or English; the delimiter is ;
or , (or a tab), found by the contact import's detection (exchange.contacts_csv), and the
text is decoded as the contact import decodes it (a BOM, UTF-8, else Windows-1252). An
optional name column names the counter.

A row that cannot be read (no counter, a timestamp or count that is none, an unknown
direction, the same counter, time and direction twice) is a bad row: each is listed with its
line, and the caller refuses the file as a whole.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from destination_norberg.core.said import said
from destination_norberg.core.trail_counts import (
    CountRow,
    count_of,
    direction_of,
    instant_of,
    repeated_hour_of,
)

MAX_FILE_BYTES = 100 * 1024 * 1024
LISTED_BAD_ROWS = 8

_ROLES: dict[str, tuple[str, ...]] = {
    "counter": ("counter id", "counter_id", "counterid", "räknar-id", "räknarid", "räknare id",
                "räknare", "counter", "site id", "site", "channel id", "id", "mätpunkt"),
    "name": ("counter name", "räknarnamn", "namn", "name", "site name", "benämning"),
    "at": ("timestamp", "tidpunkt", "tidsstämpel", "datum och tid", "date time", "datetime",
           "time", "tid", "date", "datum", "period"),
    "count": ("count", "counts", "antal", "passager", "passages", "value", "värde", "summa"),
    "direction": ("direction", "riktning", "dir"),
}


class CountersFileError(ValueError):
    """The whole file cannot be read; the message is one plain sentence for the user."""


@dataclass(frozen=True)
class BadRow:
    line: int
    reason: str  # a core.said.Said


@dataclass
class CountersFile:
    rows: list[CountRow] = field(default_factory=list)
    bad: list[BadRow] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # counter id -> name in the file

    @property
    def counters(self) -> list[str]:
        return sorted({r.counter for r in self.rows})


def _role_of(header: str) -> str | None:
    text = header.strip().strip('"').casefold()
    for role, words in _ROLES.items():
        if text in words:
            return role
    for role, words in _ROLES.items():  # "Counter ID (Eco-Visio)", "Antal passager"
        if any(w in text for w in words if len(w) > 3):
            return role
    return None


def _columns(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, cell in enumerate(header):
        role = _role_of(cell)
        if role is not None and role not in found:
            found[role] = i
    return found


def read_counters(path: Path) -> CountersFile:
    """The file's counts and bad rows; CountersFileError when it is no counter export."""
    from destination_norberg.exchange.contacts_csv import detect_delimiter
    from destination_norberg.exchange.contacts_table import decode_text

    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise CountersFileError(said("counters.missing", "there is no file {path}",
                                     path=str(path))) from None
    except OSError as exc:
        raise CountersFileError(said("counters.unreadable", "{name} cannot be read ({reason})",
                                     name=path.name, reason=exc.strerror or "")) from None
    if len(data) > MAX_FILE_BYTES:
        raise CountersFileError(said("counters.too_large", "{name} is larger than {mb} MB: it "
                                     "is not a counter export", name=path.name,
                                     mb=MAX_FILE_BYTES // 2**20))
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CountersFileError(said("counters.binary", "{name} holds binary data: it is not "
                                     "a CSV file", name=path.name))
    text, _encoding = decode_text(data)
    delimiter, skip_first = detect_delimiter(text)
    try:
        records = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error:
        raise CountersFileError(said("counters.not_csv", "{name} cannot be read as CSV",
                                     name=path.name)) from None
    start = 1 if skip_first else 0
    header_at, columns = None, {}
    for i, fields in enumerate(records[start:start + 30], start=start):
        columns = _columns(fields)
        if {"counter", "at", "count"} <= columns.keys():
            header_at = i
            break
    if header_at is None:
        raise CountersFileError(said(
            "counters.no_header", "{name} has no header with a counter id, a timestamp and a "
            "count (for example “Counter ID;Timestamp;Count;Direction” or “Räknare;Tidpunkt;"
            "Antal;Riktning”)", name=path.name))
    return _rows(records, header_at, columns)


def _rows(records: list[list[str]], header_at: int, columns: dict[str, int]) -> CountersFile:
    found = CountersFile()
    seen: dict[tuple[str, object, str], int] = {}

    def cell(fields: list[str], role: str) -> str:
        i = columns.get(role)
        return fields[i].strip() if i is not None and i < len(fields) else ""

    for number, fields in enumerate(records[header_at + 1:], start=header_at + 2):
        if not "".join(fields).strip():
            continue
        counter, stamp, amount = cell(fields, "counter"), cell(fields, "at"), cell(fields, "count")
        direction = direction_of(cell(fields, "direction"))
        at, n = instant_of(stamp), count_of(amount)
        if at is not None and (counter, at, direction) in seen:
            # The hour the clocks go back is written twice in local time: the second is
            # winter time's, not a duplicate.
            again = repeated_hour_of(stamp)
            if again is not None and (counter, again, direction) not in seen:
                at = again
        reason = None
        if not counter:
            reason = said("counters.no_counter", "no counter id")
        elif at is None:
            reason = said("counters.bad_time", "“{value}” is not a date and time",
                          value=stamp[:40])
        elif n is None:
            reason = said("counters.bad_count", "“{value}” is not a count", value=amount[:40])
        elif direction is None:
            reason = said("counters.bad_direction", "“{value}” is no direction (IN, OUT, in, "
                          "ut)", value=cell(fields, "direction")[:40])
        elif (counter, at, direction) in seen:
            reason = said("counters.twice", "the same counter, time and direction as line "
                          "{line}", line=seen[(counter, at, direction)])
        if reason is not None:
            found.bad.append(BadRow(number, reason))
            continue
        assert at is not None and n is not None and direction is not None
        seen[(counter, at, direction)] = number
        found.rows.append(CountRow(counter[:80], at, direction, n))
        name = cell(fields, "name")
        if name and counter[:80] not in found.names:
            found.names[counter[:80]] = name[:120]
    return found


def bad_rows_text(bad: list[BadRow]) -> str:
    """"Line 3: … Line 7: …", at most LISTED_BAD_ROWS of them."""
    parts = [said("counters.bad_line", "Line {line}: {reason}.", line=b.line, reason=b.reason)
             for b in bad[:LISTED_BAD_ROWS]]
    if len(bad) > LISTED_BAD_ROWS:
        parts.append(said("counters.more_bad", "… and {count} more.",
                          count=len(bad) - LISTED_BAD_ROWS))
    return " ".join(parts)
