"""A registration system's participant export (CSV or XLSX) read into counts only.

Real exports carry name, birth year, sex, club, nationality, postcode, race and start group.
The program keeps what a coordinator plans with (GDPR minimisation): per race, the number of
participants by country, Swedish län and kommun (from the postcode), club, and first-timers.
Names, birth years, sex, postcodes and start groups are read to check the row and then
dropped; nothing of a single person is returned.

Kommun and län come from the postcode's first three digits (postnummer_prefix.csv, derived
from the CC0 table of sjbrg/swedish-geodata): over all Swedish postcodes that gives the right
kommun for 97.9 % and the right län for 99.8 %; a border prefix is counted in the kommun
holding most of its postcodes.

First-timers are known only from a column that says so ("Första gången", "First time",
"Ny"): the program keeps no key of a person to match against an earlier year. Without such a
column the first-timer count is left out, never guessed.

A row without a race, with a birth year that is no year, or with a Swedish postcode that is
not five digits is reported and kept out; the rest are counted. A file with no race column,
or with no good row, is refused as a whole.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from destination_norberg.core.said import said

FIELDS = ("race", "name", "birth_year", "sex", "club", "nationality", "postcode",
          "start_group", "first_time")
#: The fields kept (as counts); the others are read only to check the row.
KEPT = ("race", "club", "nationality", "postcode", "first_time")
DIMENSIONS = ("total", "country", "lan", "kommun", "club", "first")
HOME_COUNTRY = "SWE"
LAN_NAMES = {
    "01": "Stockholm", "03": "Uppsala", "04": "Södermanland", "05": "Östergötland",
    "06": "Jönköping", "07": "Kronoberg", "08": "Kalmar", "09": "Gotland", "10": "Blekinge",
    "12": "Skåne", "13": "Halland", "14": "Västra Götaland", "17": "Värmland",
    "18": "Örebro", "19": "Västmanland", "20": "Dalarna", "21": "Gävleborg",
    "22": "Västernorrland", "23": "Jämtland", "24": "Västerbotten", "25": "Norrbotten"}
UNKNOWN = "?"

_NORM = re.compile(r"[\s\-_./:,()]+")
_SYNONYMS = {
    "race": ("lopp", "klass", "distans", "tävling", "tavling", "race", "event", "course",
             "distance", "class"),
    "name": ("namn", "förnamn", "efternamn", "fornamn", "name", "first name", "last name",
             "full name", "surname", "deltagare"),
    "birth_year": ("födelseår", "fodelsear", "född", "fodd", "birth year", "year of birth",
                   "yob", "born", "årtal"),
    "sex": ("kön", "kon", "sex", "gender"),
    "club": ("klubb", "förening", "forening", "club", "team", "lag", "organisation"),
    "nationality": ("nation", "nationalitet", "land", "country", "nationality", "nat"),
    "postcode": ("postnummer", "postnr", "post nr", "postcode", "post code", "postal code",
                 "zip", "zip code"),
    "start_group": ("startgrupp", "startled", "led", "start group", "wave", "startgroup"),
    "first_time": ("första gången", "första start", "förstagångsåkare", "ny", "first time",
                   "first timer", "first start", "new", "debut"),
}
_BY_NAME = {name: target for target, names in _SYNONYMS.items() for name in names}
_COUNTRIES = {"se": "SWE", "swe": "SWE", "sverige": "SWE", "sweden": "SWE",
              "no": "NOR", "nor": "NOR", "norge": "NOR", "norway": "NOR",
              "fi": "FIN", "fin": "FIN", "finland": "FIN", "dk": "DEN", "den": "DEN",
              "dnk": "DEN", "danmark": "DEN", "denmark": "DEN", "de": "GER", "ger": "GER",
              "deu": "GER", "tyskland": "GER", "germany": "GER"}
_YES = {"ja", "j", "yes", "y", "x", "1", "true", "sant"}
MAX_BYTES = 20 * 2**20
MAX_ROWS = 50_000


class ParticipantsFileError(ValueError):
    """The whole file is refused; the message is one plain sentence."""


@dataclass
class ParticipantTable:
    """What the mapping dialog and the preview show, and the counts an import writes."""

    columns: list[str]
    preview: list[list[str]]
    mapping: dict[str, str]  # column -> field
    counts: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    errors: list[tuple[int, str]] = field(default_factory=list)  # (row, reason)
    good_rows: int = 0
    source: str = ""  # sha256 of the file

    def rows(self) -> list[tuple[str, str, str, int]]:
        """(race, dimension, key, n), in a stable order."""
        return [(race, dim, key, n) for (race, dim, key), n in sorted(self.counts.items())]

    def by_race(self) -> dict[str, int]:
        return {race: n for (race, dim, _key), n in sorted(self.counts.items())
                if dim == "total"}


def _norm(header: str) -> str:
    return _NORM.sub(" ", header.casefold()).strip()


def guess_mapping(columns: list[str]) -> dict[str, str]:
    """Column -> field by the column's name (Swedish or English); a field is taken once."""
    out: dict[str, str] = {}
    for column in columns:
        target = _BY_NAME.get(_norm(column))
        if target is not None and (target == "name" or target not in out.values()):
            out[column] = target
    return out


_PREFIXES: dict[str, tuple[str, str]] | None = None


def prefixes() -> dict[str, tuple[str, str]]:
    """Postcode prefix (3 digits) -> (kommun code, kommun name)."""
    global _PREFIXES
    if _PREFIXES is None:
        text = (Path(__file__).with_name("postnummer_prefix.csv")).read_text(encoding="utf-8")
        lines = [line for line in text.splitlines() if line and not line.startswith("#")]
        _PREFIXES = {r["prefix"]: (r["kommun_code"], r["kommun"])
                     for r in csv.DictReader(lines)}
    return _PREFIXES


def place_of(postcode: str) -> tuple[str, str] | None:
    """(län, kommun) of a Swedish postcode ("738 30"), None when the prefix is unknown."""
    digits = postcode.replace(" ", "")
    found = prefixes().get(digits[:3])
    if found is None:
        return None
    code, kommun = found
    return LAN_NAMES.get(code[:2], UNKNOWN), kommun


def country_of(text: str) -> str:
    value = text.strip()
    if not value:
        return HOME_COUNTRY
    return _COUNTRIES.get(value.casefold(), value.upper()[:40])


def _records(path: Path, data: bytes) -> list[list[str]]:
    if data[:4] in (b"PK\x03\x04", b"\xd0\xcf\x11\xe0") or path.suffix.lower() in (
            ".xlsx", ".xls", ".ods", ".xlsm"):
        return _workbook(path)
    from destination_norberg.exchange.contacts_csv import detect_delimiter
    from destination_norberg.exchange.contacts_table import ContactsFileError, decode_text

    try:
        text, _encoding = decode_text(data)
    except ContactsFileError as exc:
        raise ParticipantsFileError(str(exc)) from None
    if "\x00" in text[:4096]:
        raise ParticipantsFileError(said("participants.binary", "The file holds binary data; "
                                         "it is neither CSV nor XLSX."))
    delimiter, skip_first = detect_delimiter(text)
    try:
        records = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error:
        raise ParticipantsFileError(said("participants.not_csv", "The file cannot be read as "
                                         "CSV.")) from None
    return records[1:] if skip_first else records


def _workbook(path: Path) -> list[list[str]]:
    import python_calamine as calamine

    from destination_norberg.exchange.contacts_xlsx import cell_text

    try:
        book = calamine.CalamineWorkbook.from_path(str(path))
        values = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except Exception:  # noqa: BLE001 - CalamineError, ZipError …: a damaged workbook
        raise ParticipantsFileError(said("participants.bad_workbook", "The workbook cannot be "
                                         "read; it may be damaged.")) from None
    return [[cell_text(v) for v in row] for row in values]


def read_participants(path: str | Path, mapping: dict[str, str] | None = None,
                      ) -> ParticipantTable:
    """Read and count a participant export; `mapping` (column -> field) replaces the guess."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ParticipantsFileError(said("participants.cannot_open", "The file {name} cannot "
                                         "be opened ({reason}).", name=path.name,
                                         reason=exc.strerror or type(exc).__name__)) from None
    if not data:
        raise ParticipantsFileError(said("file.empty", "The file is empty."))
    if len(data) > MAX_BYTES:
        raise ParticipantsFileError(said("participants.too_large", "The file is larger than "
                                         "{mb} MB, too large to be a participant list.",
                                         mb=MAX_BYTES // 2**20))
    records = [r for r in _records(path, data) if "".join(r).strip()]
    if len(records) < 2:
        raise ParticipantsFileError(said("participants.no_rows", "The file has no "
                                         "participant rows."))
    if len(records) > MAX_ROWS + 1:
        raise ParticipantsFileError(said("participants.too_many", "The file has more than "
                                         "{rows} rows.", rows=MAX_ROWS))
    header = [c.strip() or f"Column {i + 1}" for i, c in enumerate(records[0])]
    chosen = dict(mapping) if mapping is not None else guess_mapping(header)
    chosen = {c: f for c, f in chosen.items() if c in header and f in FIELDS}
    table = ParticipantTable(columns=header, preview=[r[:len(header)] for r in records[1:11]],
                             mapping=chosen, source=hashlib.sha256(data).hexdigest())
    if "race" not in chosen.values():
        raise ParticipantsFileError(said("participants.no_race", "No column holds the race; "
                                         "choose which column says which race each "
                                         "participant runs."))
    index = {f: header.index(c) for c, f in chosen.items()}
    for number, record in enumerate(records[1:], start=2):
        reason = _count_row(table, record, index)
        if reason:
            table.errors.append((number, reason))
        else:
            table.good_rows += 1
    if table.good_rows == 0:
        raise ParticipantsFileError(said("participants.no_good_rows", "No row of the file can "
                                         "be counted; the first problem: {reason}",
                                         reason=table.errors[0][1] if table.errors else ""))
    return table


def _cell(record: list[str], index: dict[str, int], name: str) -> str:
    at = index.get(name)
    return record[at].strip() if at is not None and at < len(record) else ""


def _count_row(table: ParticipantTable, record: list[str], index: dict[str, int]) -> str:
    race = " ".join(_cell(record, index, "race").split())[:120]
    if not race:
        return said("participants.no_race_in_row", "The race is empty.")
    year = _cell(record, index, "birth_year")
    if year and not (year.isdigit() and 1900 <= int(year) <= 2100):
        return said("participants.bad_year", "“{value}” is not a birth year.", value=year[:20])
    country = country_of(_cell(record, index, "nationality"))
    postcode = _cell(record, index, "postcode")
    place: tuple[str, str] | None = None
    if postcode and country == HOME_COUNTRY:
        digits = postcode.replace(" ", "")
        if not (len(digits) == 5 and digits.isdigit()):
            return said("participants.bad_postcode", "“{value}” is not a Swedish postcode.",
                        value=postcode[:20])
        place = place_of(digits)
    counts = table.counts
    counts[(race, "total", "")] += 1
    counts[(race, "country", country)] += 1
    if country == HOME_COUNTRY:
        lan, kommun = place if place is not None else (UNKNOWN, UNKNOWN)
        counts[(race, "lan", lan)] += 1
        counts[(race, "kommun", kommun)] += 1
    club = " ".join(_cell(record, index, "club").split())[:200]
    if club:
        counts[(race, "club", club)] += 1
    if "first_time" in index and _cell(record, index, "first_time").casefold() in _YES:
        counts[(race, "first", "")] += 1
    return ""
