"""Guest nights from the official accommodation statistics (Tillväxtverket/SCB), by month.

The statistics ("Inkvarteringsstatistik") are exported from Tillväxtverket's statistics
portal or SCB's Statistikdatabasen (PxWeb) as CSV or XLSX: a title line or two, then a
header naming the region ("1962 Norberg"), the kind of accommodation (boendeform:
hotell, stugby, vandrarhem, camping, privata stugor och lägenheter, or the total), the
guests' country of residence (hemvistland: Sverige, utlandet, single countries, or the
total) and one column per month ("2025M01"), or a month column and a value column. A figure
the statistics hold back to protect a single business is "..", a figure that does not exist
"." and a zero "-". This module holds the rules, with no file or database in sight:

- the words of a header or a label, read into the program's keys (`accommodation_key`,
  `origin_key`, `month_of`, `nights_of`);
- a month's figure for a region (`month_figures`): the statistics' own total where the file
  carries one, else the sum of its parts, marked incomplete when a part was held back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from destination_norberg.core.said import Said, said

#: The total over every kind of accommodation / every country, as stored.
TOTAL = "total"
ACCOMMODATIONS = ("hotell", "stugby", "vandrarhem", "camping", "privat")
ORIGINS = ("sverige", "utlandet")
#: Norberg's municipality code (kommunkod) in the statistics' region labels.
NORBERG_CODE = "1962"
NORBERG = "Norberg"

_MONTH = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[Mm-]\s*(0[1-9]|1[0-2])(?!\d)")
_TOTALS = ("totalt", "total", "samtliga", "alla", "summa", "all ")


class GuestNightsError(ValueError):
    """A value or a file that cannot be read as guest nights; the message says why."""


@dataclass(frozen=True, slots=True)
class NightsRow:
    """One count: a region's guest nights in a month, of one kind and from one origin.
    `nights` None: held back by the statistics ("..") or not there (".")."""

    region: str
    year: int
    month: int
    accommodation: str
    origin: str
    nights: int | None


@dataclass(frozen=True, slots=True)
class MonthFigure:
    """A region's guest nights in one month, as the report shows them."""

    year: int
    month: int
    total: int | None  # None: no figure at all
    complete: bool  # False: a part was held back, the total is at least this
    by_accommodation: dict[str, int | None] = field(default_factory=dict)
    by_origin: dict[str, int | None] = field(default_factory=dict)


def _folded(text: str) -> str:
    return " ".join(text.casefold().replace("\u00a0", " ").split())


def _is_total(text: str) -> bool:
    folded = _folded(text)
    return not folded or any(folded.startswith(t.strip()) for t in _TOTALS)


def accommodation_key(text: str) -> str | None:
    """The program's key for a kind of accommodation as the statistics word it
    ("Hotell", "Stugbyar", "Vandrarhem", "Camping", "Privata stugor och lägenheter",
    "Totalt"); None for a word it does not know."""
    folded = _folded(text)
    if _is_total(folded):
        return TOTAL
    for word, key in (("hotel", "hotell"), ("stugby", "stugby"), ("vandrarhem", "vandrarhem"),
                      ("hostel", "vandrarhem"), ("camping", "camping"),
                      ("privat", "privat"), ("holiday", "privat"), ("cottage", "stugby")):
        if word in folded:
            return key
    return None


def origin_key(text: str) -> str:
    """The program's key for the guests' origin: "total", "sverige", "utlandet", or the
    country's own name (lower case) for an export by single countries."""
    folded = _folded(text)
    if _is_total(folded):
        return TOTAL
    if folded in ("sverige", "sweden", "svenska", "svenska gäster"):
        return "sverige"
    if folded.startswith(("utland", "utländ", "foreign", "abroad")) or folded in (
            "övriga världen", "hela världen utom sverige"):
        return "utlandet"
    return folded[:40]


def month_of(text: str) -> tuple[int, int] | None:
    """(year, month) of a month as the statistics write it: "2025M01", also "2025-01"."""
    found = _MONTH.search(str(text))
    return (int(found.group(1)), int(found.group(2))) if found else None


def nights_of(text: object) -> int | None:
    """A count: "1 234", "1234", 1234.0; None for ".." (held back) and "." (no figure);
    0 for "-" (the statistics' zero). GuestNightsError for anything else."""
    if isinstance(text, bool):
        raise GuestNightsError(_not_number(str(text)))
    if isinstance(text, int | float):
        if text != int(text) or text < 0:
            raise GuestNightsError(_not_number(str(text)))
        return int(text)
    value = str(text).strip().replace("\u00a0", "").replace(" ", "")
    if value in ("..", ".", "…", ""):
        return None
    if value in ("-", "–", "0"):
        return 0
    if value.endswith((".0", ",0")):
        value = value[:-2]
    if not value.isdigit():
        raise GuestNightsError(_not_number(str(text).strip()[:40]))
    return int(value)


def _not_number(text: str) -> Said:
    return said("nights.not_number", "“{text}” is not a number of guest nights", text=text)


def is_norberg(region: str) -> bool:
    """The region label is Norberg's municipality ("1962 Norberg", "Norberg")."""
    folded = _folded(region)
    return folded.startswith(NORBERG_CODE) or folded.startswith("norberg") or \
        folded.endswith(" norberg")


def _sum(values: Iterable[int | None]) -> tuple[int | None, bool]:
    known = list(values)
    parts = [v for v in known if v is not None]
    if not parts:
        return None, False
    return sum(parts), len(parts) == len(known)


def month_figures(rows: Iterable[NightsRow]) -> dict[tuple[int, int], MonthFigure]:
    """(year, month) → the month's figure for the rows given (one region): the statistics'
    own total where the file has it, else the sum of the parts (incomplete when one was held
    back). By kind of accommodation over every origin, by origin over every kind."""
    by_month: dict[tuple[int, int], dict[tuple[str, str], int | None]] = {}
    for r in rows:
        by_month.setdefault((r.year, r.month), {})[(r.accommodation, r.origin)] = r.nights
    out: dict[tuple[int, int], MonthFigure] = {}
    for (year, month), cells in sorted(by_month.items()):
        kinds = {k for k, o in cells if k != TOTAL}
        origins = {o for k, o in cells if o != TOTAL}
        by_kind = {}
        for kind in sorted(kinds):
            if (kind, TOTAL) in cells:
                by_kind[kind] = cells[(kind, TOTAL)]
            else:
                by_kind[kind] = _sum(cells.get((kind, o)) for o in origins
                                     if (kind, o) in cells)[0]
        by_origin = {}
        for origin in sorted(origins):
            if (TOTAL, origin) in cells:
                by_origin[origin] = cells[(TOTAL, origin)]
            else:
                by_origin[origin] = _sum(cells.get((k, origin)) for k in kinds
                                         if (k, origin) in cells)[0]
        if (TOTAL, TOTAL) in cells and cells[(TOTAL, TOTAL)] is not None:
            total, complete = cells[(TOTAL, TOTAL)], True
        elif by_kind:
            total, complete = _sum(by_kind.values())
        else:
            pair = all(o in by_origin for o in ORIGINS)  # single countries are in "utlandet"
            total, complete = _sum(v for o, v in by_origin.items() if not pair or o in ORIGINS)
        out[(year, month)] = MonthFigure(year, month, total, complete, by_kind, by_origin)
    return out
