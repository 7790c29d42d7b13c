"""From columns to ContactRow: the header names we recognise, guessing a mapping, finding the
header row, and building rows from cells (shared by the CSV and XLSX readers).

A mapping is `column name -> ContactRow field`, so several columns may feed one field:
- `name`: a whole-name column (Name, Display Name, Namn) wins when it has a value, else the
  part columns (First Name, Last Name, Förnamn, Efternamn) are joined with a space — so
  Thunderbird's Display Name, First Name and Last Name can all be mapped; of several
  whole-name values, one that holds all the others wins, else they are joined;
- `street` joins with ", ", `notes` with a new line, `tags` unites the lists;
- any other field takes the first non-empty column; a different value in a later column is
  kept in the notes as "Column: value", so a second phone number is not lost.

The reader is tolerant on purpose: it checks structure only, never whether an e-mail address
or a phone number is valid. The store validates and normalises when it writes, so there is
one rule and one place that says what is wrong with a row.
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from destination_norberg.core.contacts import IMPORT_FIELDS, ContactRow
from destination_norberg.core.said import said

from .contacts_table import ContactsFileError

#: Known header names (English layouts of Google, Outlook and Thunderbird, and Swedish),
#: written naturally; compared after _norm. Secondary columns (E-mail 2, Mobile) map to the
#: same field: the first non-empty wins and the rest go to the notes.
_KNOWN: dict[str, tuple[str, ...]] = {
    "organisation": (
        "organisation", "organization", "company", "company name", "organization name",
        "organisation name", "business", "företag", "företagsnamn", "organisationsnamn",
        "firma", "verksamhet", "org"),
    "orgnr": (
        "organisationsnummer", "orgnr", "org nr", "organisationsnr", "organisation number",
        "organization number", "company number", "company registration number"),
    "category": ("category", "kategori", "bransch", "business category", "typ av verksamhet"),
    "name": (
        "name", "full name", "display name", "first name", "middle name", "last name",
        "given name", "family name", "contact", "contact name", "contact person", "namn",
        "fullständigt namn", "förnamn", "efternamn", "kontakt", "kontaktperson"),
    "role": ("job title", "title", "role", "position", "organization title", "roll", "titel",
             "befattning", "yrkesroll"),
    "email": (
        "email", "e mail", "e mail address", "email address", "e mail 2 address",
        "e mail 3 address", "primary email", "secondary email", "mail", "e post",
        "epost", "e postadress", "epostadress", "mejl", "mejladress",
        # Roundcube, Outlook and Thunderbird layouts
        "email home", "email work", "email other", "e mail home", "e mail work",
        "e mail other", "home email", "work email", "other email", "business email",
        "email 1", "email 2", "email 3", "e mail 1", "e mail 2", "e mail 3",
        "email address 2", "email address 3", "e mail 1 address", "e post arbete",
        "e post hem"),
    "phone": (
        "phone", "telephone", "phone number", "business phone", "business phone 2",
        "company main phone", "primary phone", "work phone", "mobile", "mobile phone",
        "mobile number", "cell phone", "telefon", "telefonnummer", "tel", "mobil",
        "mobilnummer", "mobiltelefon", "växel",
        "phone work", "phone mobile", "phone main", "phone home", "phone other",
        "home phone", "home phone 2", "other phone", "car phone", "assistant's phone",
        "work phone 2", "telefon arbete", "telefon hem", "arbetstelefon", "hemtelefon"),
    "street": (
        "address", "street", "street address", "business street", "business street 2",
        "work address", "work address 2", "adress", "gatuadress", "besöksadress",
        "postadress", "utdelningsadress", "work street", "business address",
        "work address street", "business street 3", "address work", "street work"),
    "postal_code": (
        "postal code", "post code", "postcode", "zip", "zip code", "zipcode",
        "business postal code", "work zipcode", "postnummer", "postnr", "work zip",
        "work zip code", "work postal code", "business zip", "business zip code",
        "zip work", "postal code work", "zip postal code"),
    "city": ("city", "town", "business city", "work city", "ort", "postort", "stad",
             "city work", "locality"),
    "country": ("country", "land", "country region", "business country", "business country "
                "region", "work country", "country work", "country code"),
    "kommun": ("kommun", "municipality"),
    "website": (
        "website", "web site", "web page", "webpage", "web page 1", "homepage", "url",
        "web", "webbplats", "webbsida", "hemsida", "webb", "webbadress", "website work",
        "website home", "website other", "website blog", "work website", "business website",
        "business web page", "personal web page", "web page 2", "homepage work"),
    "tags": ("tags", "labels", "categories", "group membership", "taggar", "etiketter",
             "kategorier", "grupper"),
    "notes": ("notes", "note", "comments", "comment", "anteckningar", "anteckning",
              "kommentar", "kommentarer", "övrigt", "noteringar"),
}

#: Google's numbered columns: "E-mail 1 - Value", "Phone 2 - Value", "Address 1 - Street",
#: "Organization 1 - Name", "Website 1 - Value" (after _norm: "e mail 1 value" …). Only the
#: first address and organisation: their parts must not mix with a second one's.
_GOOGLE = re.compile(r"^(e mail \d+|phone \d+|address 1|organization 1|website \d+) "
                     r"(\w+(?: \w+)?)$")
_GOOGLE_FIELDS = {
    ("e mail", "value"): "email", ("phone", "value"): "phone",
    ("address", "street"): "street", ("address", "city"): "city",
    ("address", "postal code"): "postal_code", ("organization", "name"): "organisation",
    ("organization", "title"): "role", ("website", "value"): "website",
    ("address", "country"): "country",
}
#: Name columns that hold a whole name; when one has a value, the part columns (First Name,
#: Last Name) mapped beside it are not added to it.
_FULL_NAMES = {"name", "full name", "display name", "contact", "contact name",
               "contact person", "namn", "fullständigt namn", "kontakt", "kontaktperson"}
#: Fields of one value where Google joins several with " ::: " in one cell.
_LISTED = {"email", "phone", "website"}
_NORM = re.compile(r"[\s\-_./:,()]+")
_BY_NAME = {_NORM.sub(" ", name.casefold()).strip(): target
            for target, names in _KNOWN.items() for name in names}

#: Google's and Android's system groups, which every contact is in; not worth a tag.
_SYSTEM_GROUPS = {"my contacts", "mycontacts", "starred in android"}
_TAG_SPLIT = re.compile(r"\s*(?::::|[,;])\s*")
#: First characters a spreadsheet takes for a formula; our exports guard them with "'".
GUARDED = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
_VALUE_LIKE = re.compile(r"@|://|^www\.|\d{3}|^[+-]?\d+(?:[.,]\d+)?$")
_JOINERS = {"name": " ", "street": ", ", "notes": "\n"}
_NUMBERED = re.compile(r"Column \d+")
#: The header is looked for among this many first non-empty rows; the readers hold back
#: enough rows to find it and still fill the preview below it.
HEADER_WITHIN = 20
HEAD_ROWS = HEADER_WITHIN + 30


def _norm(header: str) -> str:
    return _NORM.sub(" ", header.casefold()).strip(" *\"'")


def field_for(header: str) -> str | None:
    """The ContactRow field a header names, or None."""
    key = _norm(header)
    found = _BY_NAME.get(key)
    if found:
        return found
    match = _GOOGLE.match(key)
    return _GOOGLE_FIELDS.get((match[1].rstrip(" 0123456789"), match[2])) if match else None


def guess_mapping(columns: list[str]) -> dict[str, str]:
    """column -> field for the headers we recognise (Google, Outlook, Thunderbird, Swedish).

    Outlook's "Title" is the courtesy title (Mr., Dr.), so it is left out when the file
    also has "Job Title"."""
    keys = {_norm(c) for c in columns}
    mapping = {}
    for column in columns:
        target = field_for(column)
        if target and not (_norm(column) == "title" and "job title" in keys):
            mapping[column] = target
    return mapping


def load_mapping_file(path: str | Path) -> dict[str, str]:
    """A mapping saved as JSON `{"column": "field"}`; a field of "" or null ignores the
    column. ContactsFileError names what is wrong."""
    where = Path(path).name
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise ContactsFileError(f"The mapping file {where} does not exist.") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ContactsFileError(f"The mapping file {where} is not valid JSON "
                                f"({type(exc).__name__}).") from None
    if not isinstance(raw, dict):
        raise ContactsFileError(f"The mapping file {where} must be a JSON object of "
                                '"column": "field" pairs.')
    mapping = {}
    for column, target in raw.items():
        if target in (None, ""):
            continue
        if not isinstance(target, str) or target not in IMPORT_FIELDS:
            raise ContactsFileError(
                f"The mapping file {where} maps “{column}” to “{target}”, which is not a "
                f"contact field; use one of {', '.join(IMPORT_FIELDS)}.")
        mapping[str(column)] = target
    return mapping


def check_mapping(mapping: dict[str, str], columns: list[str]) -> dict[str, str]:
    """The mapping with its column names matched to the file's (exactly, else ignoring case
    and spacing); ContactsFileError when it names no column of the file."""
    exact = set(columns)
    loose = {_norm(c): c for c in columns}
    fitted = {}
    for column, target in mapping.items():
        if not target:
            continue
        if target not in IMPORT_FIELDS:
            raise ContactsFileError(f"“{target}” is not a contact field; use one of "
                                    f"{', '.join(IMPORT_FIELDS)}.")
        found = column if column in exact else loose.get(_norm(column))
        if found:
            fitted[found] = target
    if any(mapping.values()) and not fitted:
        shown = ", ".join(one_line(c) for c in columns[:8]) + (" …" if len(columns) > 8 else "")
        raise ContactsFileError(f"None of the mapped columns is in the file; its columns are: "
                                f"{shown}.")
    return fitted


def one_line(name: str, limit: int = 40) -> str:
    """A column or sheet name as a message quotes it: on one line, and short (a broken quote
    can make a whole file one "column")."""
    text = " ".join(name.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def unique_columns(header: Sequence[str] | None, width: int) -> list[str]:
    """Column names for the dialog and the mapping: the header's (an empty one becomes
    "Column N", a repeated one "Name (2)"), or "Column 1", … when there is none."""
    names: list[str] = []
    seen: dict[str, int] = {}
    for index in range(width):
        name = header[index].strip() if header and index < len(header) else ""
        name = name or f"Column {index + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        seen.setdefault(name, 1)
        names.append(name)
    return names


def value_like(text: str) -> bool:
    """Looks like a value (an address, a number, a date), not a column label."""
    return bool(_VALUE_LIKE.search(text.strip()))


def looks_like_header(first: Sequence[str], following: Sequence[Sequence[str]]) -> bool:
    """A header row names known columns, or is unique plain labels above a column of values
    (an e-mail, a number) — the test csv.Sniffer makes, on what a contact list holds."""
    cells = [c.strip() for c in first if c and c.strip()]
    if not cells:
        return False
    known = sum(1 for c in cells if field_for(c))
    if known >= 2 or known == len(cells):
        return True
    if any(value_like(c) for c in cells) or len(set(cells)) < len(cells):
        return False
    for index, label in enumerate(first):
        if label and label.strip() and any(
                index < len(row) and row[index] and value_like(row[index]) for row in following):
            return True
    return False


def _filled(cells: Sequence[str]) -> int:
    return sum(1 for c in cells if c and c.strip())


def find_header(rows: Sequence[Sequence[str]], mapping: dict[str, str] | None,
                has_header: bool | None) -> int | None:
    """Index of the header among the first non-empty rows, or None when there is none.

    A row holding a mapped column's name is the header. Else the first row that
    looks_like_header and is about as wide as the row below it; a row further down only
    when every row above it is a title or a note (at most half as wide), so a table without
    a header never loses its first rows. `has_header` True means row 0 when none is found.
    """
    if has_header is False:
        return None
    window = rows[:HEADER_WITHIN]
    if mapping:
        given = set(mapping)
        for index, cells in enumerate(window):
            if given & {c.strip() for c in cells}:
                return index
        if all(_NUMBERED.fullmatch(c) for c in given):
            return None  # a mapping made for the file without a header
    widest_above = 0
    for index, cells in enumerate(window):
        count = _filled(cells)
        below = rows[index + 1:index + 11]
        wide_enough = not below or (count * 2 >= _filled(below[0])
                                    and (count > 1 or _filled(below[0]) <= 1))
        if wide_enough and widest_above * 2 <= count and looks_like_header(cells, below):
            return index
        widest_above = max(widest_above, count)
    return 0 if has_header else None


def unguard(text: str) -> str:
    """A cell our exporters guarded ("'=…", "'+46…") back to its text."""
    if text[:1] == "'" and text[1:2] in GUARDED and text[1:2]:
        return text[1:]
    return text


def split_tags(text: str) -> list[str]:
    """Tags from "a, b; c" or Google's "* My Contacts ::: Kunder", without system groups."""
    tags: list[str] = []
    for part in _TAG_SPLIT.split(text):
        tag = part.strip()
        if tag and not tag.startswith("*") and tag.casefold() not in _SYSTEM_GROUPS \
                and tag not in tags:
            tags.append(tag)
    return tags


def join_name(parts: list[str]) -> str:
    """Name parts joined, unless one part already holds all the others."""
    if len(parts) == 1:
        return parts[0]
    for candidate in parts:
        low = candidate.casefold()
        if all(p.casefold() in low for p in parts):
            return candidate
    return " ".join(parts)


@contextmanager
def bulk() -> Iterator[None]:
    """The cyclic garbage collector paused while 100,000 rows are built: each of its passes
    walks every row made so far, which costs a fifth of the time and frees nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class RowBuilder:
    """Turns the cells of a row into a ContactRow by a fitted mapping, fast enough for
    100,000 rows: the plan is worked out once, a row costs a few list look-ups."""

    def __init__(self, columns: list[str], mapping: dict[str, str]) -> None:
        plan: dict[str, list[int]] = {}
        for index, column in enumerate(columns):
            target = mapping.get(column)
            if target:
                plan.setdefault(target, []).append(index)
        self.columns = columns
        self.width = len(columns)
        self.single = [(f, ix[0]) for f, ix in plan.items()
                       if len(ix) == 1 and f not in ("tags", "name")]
        self.multi = [(f, ix) for f, ix in plan.items()
                      if len(ix) > 1 and f not in ("tags", "name")]
        names = plan.get("name", [])
        self.full_names = [i for i in names if _norm(columns[i]) in _FULL_NAMES]
        self.name_parts = [i for i in names if i not in self.full_names]
        if not self.full_names and len(self.name_parts) == 1:
            self.full_names, self.name_parts = self.name_parts, []
        self.has_name = bool(names)
        self.tags = plan.get("tags", [])
        self._tag_cache: dict[str, list[str]] = {}
        self.empty = not plan

    def _name(self, cells: list[str]) -> str:
        full = [t for t in (cells[i].strip() for i in self.full_names) if t]
        if len(full) == 1:
            return unguard(full[0])
        if full:
            return join_name(list(dict.fromkeys(unguard(t) for t in full)))
        return " ".join(unguard(t) for t in (cells[i].strip() for i in self.name_parts) if t)

    def _tags(self, cells: list[str]) -> list[str]:
        """Tags of a row; the split is cached, as a list repeats its few tag cells a lot."""
        tags: list[str] = []
        cache = self._tag_cache
        for index in self.tags:
            text = cells[index]
            if not text:
                continue
            split = cache.get(text)
            if split is None:
                split = split_tags(unguard(text.strip()))
                if len(cache) < 10_000:
                    cache[text] = split
            tags.extend(t for t in split if t not in tags)
        return tags

    def _several(self, cells: list[str], target: str, indices: list[int],
                 values: dict[str, Any], extra: list[str]) -> None:
        """A field fed by several columns (see the module docstring)."""
        found = [(i, unguard(t)) for i, t in ((i, cells[i].strip()) for i in indices) if t]
        if not found:
            return
        joiner = _JOINERS.get(target)
        if joiner:
            values[target] = joiner.join(dict.fromkeys(t for _, t in found))
            return
        if target in _LISTED and any(":::" in t for _, t in found):
            found = [(i, part.strip()) for i, t in found for part in t.split(":::")
                     if part.strip()]
        values[target] = found[0][1]
        extra.extend(f"{self.columns[i]}: {t}" for i, t in found[1:] if t != found[0][1])

    def build(self, cells: list[str], number: int) -> ContactRow:
        if len(cells) < self.width:
            cells = cells + [""] * (self.width - len(cells))
        values: dict[str, Any] = {"source_row": number}
        extra: list[str] = []
        todo = self.single
        for target, indices in self.multi:
            filled = [i for i in indices if cells[i]]
            if len(filled) == 1:  # the usual case: one of the columns has a value
                todo = [*todo, (target, filled[0])]
            elif filled:
                self._several(cells, target, indices, values, extra)
        for target, index in todo:
            text = cells[index]
            if text and (text := text.strip()):
                if text[0] == "'":
                    text = unguard(text)
                if target in _LISTED and ":::" in text:
                    text, *more = (t.strip() for t in text.split(":::"))
                    extra.extend(f"{self.columns[index]}: {m}" for m in more if m)
                values[target] = text
        if self.has_name:
            name = cells[self.full_names[0]].strip() if len(self.full_names) == 1 else ""
            values["name"] = (unguard(name) if name[0] == "'" else name) if name \
                else self._name(cells)
        if self.tags:
            values["tags"] = self._tags(cells)
        if extra:
            notes = values.get("notes")
            values["notes"] = "\n".join([notes, *extra] if notes else extra)
        return ContactRow(**values)


NO_CONTACT = said("contacts.no_contact", "it has no name, organisation, e-mail or phone "
                  "number in the mapped columns")
