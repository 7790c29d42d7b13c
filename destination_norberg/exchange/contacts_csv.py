"""Contact lists as CSV: Google, Outlook and Thunderbird exports, Swedish Excel's semicolons,
a BOM or none, UTF-8, UTF-16 or Windows-1252, with or without a header row (title lines above
the header are skipped, as in a spreadsheet: contacts_mapping.find_header).

The delimiter is found by counting, not by csv.Sniffer: the candidate that splits the first
rows into the same number of fields (more than one) wins; an Excel "sep=;" first line
decides outright. Rows may be ragged (Thunderbird adds a trailing comma to every data row).
"""

from __future__ import annotations

import csv
import io
import itertools
from collections import Counter
from collections.abc import Iterator

from destination_norberg.core.said import said

from .contacts_mapping import (
    HEAD_ROWS,
    NO_CONTACT,
    RowBuilder,
    bulk,
    check_mapping,
    find_header,
    guess_mapping,
    unique_columns,
)
from .contacts_table import (
    MAX_COLUMNS,
    MAX_LINE_CHARS,
    MAX_ROWS,
    PREVIEW_ROWS,
    ContactsFileError,
    ContactTable,
    decode_text,
)

_CANDIDATES = (";", ",", "\t", "|")
_SAMPLE_CHARS = 64 * 1024
_SAMPLE_ROWS = 30


def _check_lines(text: str) -> None:
    """Refuse a line too long for a contact list before the csv module builds a list of a
    million fields from it. Every window of MAX_LINE_CHARS must hold a line break, which is
    checked a megabyte at a time (a 50 MB line is refused in milliseconds)."""
    position, size = 0, len(text)
    while size - position > MAX_LINE_CHARS:
        end = position + MAX_LINE_CHARS + 1
        found = max(text.rfind("\n", position, end), text.rfind("\r", position, end))
        if found < 0:
            line = text.count("\n", 0, position) + 1
            raise ContactsFileError(said("contacts.long_line", "Line {line} of the file is "
                                         "longer than {mb} MB; this is not a contact list.",
                                         line=line, mb=MAX_LINE_CHARS // 2**20))
        position = found + 1


def detect_delimiter(text: str) -> tuple[str, bool]:
    """The delimiter, and whether the first line is Excel's "sep=X" hint (to be skipped)."""
    first = text[:20].split("\n", 1)[0].strip()
    if first.lower().startswith("sep=") and len(first) == 5:
        return first[4], True
    sample = text[:_SAMPLE_CHARS]
    if len(text) > _SAMPLE_CHARS and "\n" in sample:  # drop the cut-off last line
        sample = sample[:sample.rindex("\n")]
    best, best_score = ",", (0.0, 0)
    for delimiter in _CANDIDATES:
        try:
            reader = csv.reader(io.StringIO(sample), delimiter=delimiter)
            counts = [len(r) for _, r in zip(range(_SAMPLE_ROWS), reader, strict=False) if r]
        except csv.Error:
            continue
        if not counts:
            continue
        mode, hits = Counter(counts).most_common(1)[0]
        if mode < 2:
            continue
        score = (round(hits / len(counts), 1), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best, False


def _records(text: str, delimiter: str, skip_first: bool) -> Iterator[tuple[int, list[str]]]:
    """(record number from 1, fields); csv errors and hostile widths become one sentence."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    number = 0
    try:
        for number, fields in enumerate(reader, start=1):
            if skip_first and number == 1:
                continue
            if len(fields) > MAX_COLUMNS:
                raise ContactsFileError(said("contacts.too_many_columns", "Row {row} has "
                                             "{columns} columns; a contact list has far fewer, "
                                             "so this is not one.", row=number,
                                             columns=len(fields)))
            if number > MAX_ROWS:
                raise ContactsFileError(said("contacts.too_many_rows", "The file has more than "
                                             "{rows} rows; split it and import the parts.",
                                             rows=MAX_ROWS))
            yield number, fields
    except csv.Error as exc:
        if "field larger" in str(exc):
            raise ContactsFileError(said("contacts.long_cell", "Row {row} has a cell longer "
                                         "than {kb} KB; this is not a contact list.",
                                         row=number + 1,
                                         kb=csv.field_size_limit() // 1024)) from None
        raise ContactsFileError(said("contacts.not_csv_row", "Row {row} cannot be read as CSV "
                                     "(it may hold binary data).", row=number + 1)) from None


def read_csv(data: bytes, *, mapping: dict[str, str] | None = None,
             has_header: bool | None = None) -> ContactTable:
    """A CSV contact list as a ContactTable (see contacts_read.read_contacts)."""
    text, encoding = decode_text(data)
    if "\x00" in text[:4096]:
        raise ContactsFileError(said("contacts.binary", "The file holds binary data; it is not "
                                     "a CSV text file."))
    _check_lines(text)
    delimiter, skip_first = detect_delimiter(text)
    records = _records(text, delimiter, skip_first)

    head: list[tuple[int, list[str]]] = []  # the first non-empty records, to judge the header
    for number, fields in records:
        if "".join(fields).strip():
            head.append((number, fields))
            if len(head) >= HEAD_ROWS:
                break
    if not head:
        raise ContactsFileError(said("contacts.no_rows",
                                     "The file has no rows with anything in them."))

    at = find_header([f for _, f in head], mapping, has_header)
    header = head[at][1] if at is not None else None
    body = head[at + 1:] if at is not None else head
    if header:  # data cells beyond the header count only when they hold something
        width = max([len(header)] + [len(f) for _, f in body
                                     if len(f) > len(header) and "".join(f[len(header):]).strip()])
    else:
        width = max(len(f) for _, f in body)
    columns = unique_columns(header, width)
    fitted = check_mapping(mapping, columns) if mapping else guess_mapping(columns)

    table = ContactTable(format="csv", columns=columns, preview=[], mapping=fitted, rows=[],
                         errors=[], encoding=encoding, delimiter=delimiter)
    table.preview = [(f + [""] * (width - len(f)))[:width] for _, f in body[:PREVIEW_ROWS]]
    builder = RowBuilder(columns, fitted)
    if builder.empty:
        return table

    rows, errors, build = table.rows, table.errors, builder.build
    last_buffered = body[-1][0] if body else 0
    with bulk():
        for number, fields in itertools.chain(body, records):
            if number > last_buffered and not "".join(fields).strip():
                continue  # an empty row (the buffered ones are known to hold something)
            row = build(fields, number)
            if row.organisation or row.name or row.email or row.phone:
                rows.append(row)
            else:
                errors.append((number, NO_CONTACT))
    return table
