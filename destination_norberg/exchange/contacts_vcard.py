"""A tolerant vCard reader (2.1, 3.0, 4.0), written because vobject fails on most real 2.1
exports (DESIGN.md §4). What it copes with, each seen in a real address book:

- folding (a line starting with a space or tab), 2.1 quoted-printable soft line breaks
  (a line ending in "=", the next line not indented), 2.1 base64 with unindented lines;
- parameters with and without names (TEL;WORK;VOICE and TEL;TYPE="WORK,VOICE"), CHARSET on
  2.1 and (wrongly) on 3.0, ENCODING=QUOTED-PRINTABLE / BASE64 / b, group prefixes
  (item1.EMAIL);
- UTF-8, Windows-1252, and UTF-16 with or without a BOM (Apple writes big-endian without);
- escapes \\ \\; \\, \\n and Apple's "http\\://"; a missing END:VCARD at the end of the file.

PHOTO, LOGO, SOUND and KEY are skipped unread, and so is anything in base64. A card becomes
one ContactRow: FN (else N) as the name — none for an organisation's own card (KIND:org,
Apple's X-ABShowAs:COMPANY, or FN equal to ORG with an empty N); the first ORG component;
TITLE (else ROLE); the preferred EMAIL, TEL and ADR (work before home; fax and pager last)
with the other e-mail addresses and phone numbers kept in the notes ("Telefon (hem): …");
URL; NOTE; CATEGORIES as tags. X-DN-ORGNR, X-DN-CATEGORY and X-DN-KOMMUN are our own
export's fields.
"""

from __future__ import annotations

import binascii
import re

from destination_norberg.core.contacts import ContactRow
from destination_norberg.core.said import said

from .contacts_mapping import bulk, split_tags
from .contacts_table import ContactsFileError, ContactTable, decode_text, single_byte_encoding

NO_CARD_CONTACT = said("contacts.no_card_contact",
                       "the card has no name, organisation, e-mail or phone number")
_SKIPPED = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
#: Properties a card is read from, and those that hold nothing of the contact (version,
#: program, revision, Apple's labels of grouped values); the others are listed as ignored.
_READ = frozenset({"VERSION", "FN", "N", "ORG", "TITLE", "ROLE", "EMAIL", "TEL", "ADR", "URL",
                   "NOTE", "CATEGORIES", "KIND", "X-ABSHOWAS", "X-DN-ORGNR", "X-DN-CATEGORY",
                   "X-DN-KOMMUN", "PRODID", "UID", "REV", "X-ABLABEL", "X-ABUID", "SOURCE",
                   "X-ABADR", "CLASS", "PROFILE", "NAME", "SORT-STRING", "X-PHONETIC-FIRST-NAME",
                   "X-PHONETIC-LAST-NAME", "X-MS-OL-DEFAULT-POSTAL-ADDRESS", "MAILER",
                   "X-GENERATOR", "X-PRODID"})
_LINES = re.compile(r"\r\n|\r|\n")
_PROP_START = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)?[;:]")
#: After a quoted-printable soft break, a line starting with one of these is a new property
#: (a continuation may itself look like "Tel: 123").
_KNOWN_START = re.compile(
    r"(?:[A-Za-z0-9-]+\.)?(?:BEGIN|END|VERSION|N|FN|ORG|TITLE|ROLE|EMAIL|TEL|ADR|LABEL|URL|"
    r"NOTE|CATEGORIES|PHOTO|LOGO|SOUND|KEY|BDAY|NICKNAME|REV|UID|GEO|TZ|KIND|X-[A-Za-z0-9-]+)"
    r"[;:]", re.IGNORECASE)
_NAME = re.compile(r"\s*(?:[A-Za-z0-9_-]+\.)*([A-Za-z0-9_-]+)")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_Prop = tuple[str, dict[str, list[str]], str]


def logical_lines(text: str) -> list[str]:
    """Physical lines joined into properties (folding, QP soft breaks, 2.1 base64)."""
    out: list[str] = []
    parts: list[str] = []
    qp = b64 = False
    for line in _LINES.split(text):
        if parts:
            if qp and parts[-1].endswith("=") and not _KNOWN_START.match(line):
                parts[-1] = parts[-1][:-1]
                parts.append(line)
                continue
            if line[:1] in (" ", "\t"):
                if not b64:
                    parts.append(line[1:])
                continue
            if b64 and line.strip() and not _PROP_START.match(line):
                continue  # vCard 2.1 base64 runs on unindented until a blank line
            out.append("".join(parts))
            parts = []
        if not line.strip():
            continue
        parts = [line]
        head = line.split(":", 1)[0].upper()
        qp = "QUOTED-PRINTABLE" in head
        b64 = "BASE64" in head or "ENCODING=B" in head
    if parts:
        out.append("".join(parts))
    return out


def _split_quoted(text: str, separators: str) -> tuple[str, int]:
    """Text up to the first separator outside double quotes, and the separator's index."""
    if '"' not in text:
        ends = [i for i in map(text.find, separators) if i >= 0]
        end = min(ends) if ends else len(text)
        return text[:end], end
    quoted = False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif not quoted and char in separators:
            return text[:index], index
    return text, len(text)


def parse_line(line: str) -> _Prop | None:
    """(NAME, {PARAM: [values]}, raw value); bare 2.1 parameters count as TYPE (or as
    ENCODING for QUOTED-PRINTABLE and BASE64). None for a line that is no property."""
    match = _NAME.match(line)
    if not match:
        return None
    name = match[1].upper()
    params: dict[str, list[str]] = {}
    rest = line[match.end():]
    while rest[:1] == ";":
        param, end = _split_quoted(rest[1:], ";:")
        rest = rest[1 + end:]
        key, eq, value = param.partition("=")
        if eq:
            key = key.strip().upper()
            values = [v.strip().strip('"') for v in value.strip().strip('"').split(",")]
        else:
            bare = key.strip().strip('"').upper()
            key = "ENCODING" if bare in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT") \
                else "TYPE"
            values = [bare]
        params.setdefault(key, []).extend(v for v in values if v)
    if rest[:1] != ":":
        return None
    return name, params, rest[1:]


def _decode(params: dict[str, list[str]], value: str) -> str | None:
    """The value as text; None for binary (base64) content."""
    encoding = (params.get("ENCODING") or [""])[0].upper()
    if encoding in ("B", "BASE64"):
        return None
    if encoding != "QUOTED-PRINTABLE":
        return value
    raw = binascii.a2b_qp(value.encode("utf-8")).replace(b"\r\n", b"\n")
    charset = (params.get("CHARSET") or [""])[0]
    # ValueError: a UnicodeError also from codecs such as "undefined" or "idna", even with
    # errors="replace", and a NUL in the name.
    try:
        return raw.decode(charset or "utf-8")
    except (LookupError, ValueError):
        pass
    if charset:
        try:
            return raw.decode(charset, errors="replace")
        except (LookupError, ValueError):
            pass
    return raw.decode(single_byte_encoding(raw), errors="replace")


def _unescape(text: str, version: str) -> str:
    if "\\" not in text:
        return text
    if version.startswith("2"):
        return text.replace("\\;", ";")
    return _ESCAPE.sub(lambda m: "\n" if m[1] in "nN" else m[1], text)


def _split(value: str, separator: str = ";") -> list[str]:
    """Components at separators not escaped with a backslash (escapes kept)."""
    if "\\" not in value:
        return value.split(separator)
    parts, start, index = [], 0, 0
    while index < len(value):
        char = value[index]
        if char == "\\":
            index += 2
            continue
        if char == separator:
            parts.append(value[start:index])
            start = index + 1
        index += 1
    parts.append(value[start:])
    return parts


def _types(params: dict[str, list[str]]) -> set[str]:
    found = {t.upper() for t in params.get("TYPE", [])}
    if "PREF" in params:
        found.add("PREF")
    return found


def _rank(name: str, types: set[str]) -> int:
    if name == "TEL" and types & {"FAX", "PAGER"}:
        return 9
    if "PREF" in types:
        return 0
    if types & {"WORK", "CELL", "MOBILE"}:
        return 1
    if types & {"HOME"}:
        return 3
    return 2


#: Kinds of phone and e-mail in the notes, in Swedish like the rest of the program.
_KINDS = {"WORK": "arbete", "HOME": "hem", "CELL": "mobil", "MOBILE": "mobil", "FAX": "fax",
          "PAGER": "personsökare", "TEXT": "sms", "VIDEO": "video", "MAIN": "växel"}


def _label(types: set[str]) -> str:
    shown = sorted(_KINDS.get(t, t.lower()) for t in types
                   - {"PREF", "VOICE", "INTERNET", "X400"} if not t.isdigit())
    return f" ({', '.join(shown)})" if shown else ""


def _card_row(props: list[_Prop], number: int) -> ContactRow:
    version = next((v.strip() for n, _, v in props if n == "VERSION"), "3.0")
    text: dict[str, list[str]] = {}
    ranked: dict[str, list[tuple[int, int, str, set[str]]]] = {"EMAIL": [], "TEL": [],
                                                              "ADR": [], "URL": []}
    for order, (name, params, raw) in enumerate(props):
        if name in _SKIPPED:
            continue
        value = _decode(params, raw)
        if value is None or not value.strip():
            continue
        if name in ranked:
            types = _types(params)
            ranked[name].append((_rank(name, types), order, value.strip(), types))
        else:
            text.setdefault(name, []).append(value)

    def one(name: str) -> str:
        return next((s for s in (_unescape(v, version).strip() for v in text.get(name, []))
                     if s), "")

    def component(name: str) -> list[str]:
        for value in text.get(name, []):
            parts = [_unescape(p, version).strip() for p in _split(value)]
            if any(parts):
                return parts
        return []

    organisation = next(iter(component("ORG")), "")
    n_parts = component("N")
    name = one("FN") or " ".join(p for p in (n_parts[1:2] + n_parts[:1]) if p)
    kind = one("KIND").lower() or one("X-ABSHOWAS").lower()
    if kind in ("org", "organization", "company") or (
            organisation and name == organisation and not any(n_parts)):
        name = ""
    notes = [_unescape(v, version).strip() for v in text.get("NOTE", [])]
    row = ContactRow(source_row=number, organisation=organisation, name=name,
                     role=one("TITLE") or one("ROLE"), orgnr=one("X-DN-ORGNR"),
                     category=one("X-DN-CATEGORY"), kommun=one("X-DN-KOMMUN"))
    for prop, label in (("EMAIL", "E-post"), ("TEL", "Telefon")):
        values = sorted(ranked[prop])
        for index, (_, _order, value, types) in enumerate(values):
            value = _unescape(value, version).strip()
            if prop == "TEL":
                tel, _, extension = re.sub(r"(?i)^tel:", "", value).partition(";ext=")
                extension = extension.split(";")[0].strip()  # kept: the import notes it
                value = tel.strip(" ;,") + (f" ext {extension}" if extension else "")
            else:
                value = re.sub(r"(?i)^mailto:", "", value)
            if index == 0:
                setattr(row, prop.lower() if prop == "EMAIL" else "phone", value)
            elif value:
                notes.append(f"{label}{_label(types)}: {value}")
    if ranked["URL"]:
        row.website = _unescape(sorted(ranked["URL"])[0][2], version)
    if ranked["ADR"]:
        parts = [_unescape(p, version).strip() for p in _split(sorted(ranked["ADR"])[0][2])]
        # positional (RFC 6350 6.3.1: PO box; extended; street; locality; region; postal
        # code; country): a short ADR lacks its last parts, so it is padded at the end
        parts = (parts + [""] * 7)[:7]
        street = ", ".join(p for p in (parts[1], parts[2]) if p)
        row.street = re.sub(r"\s*\n\s*", ", ", street)
        row.city, row.postal_code, row.country = parts[3], parts[5], parts[6]
    row.notes = "\n".join(n for n in notes if n)
    for value in text.get("CATEGORIES", []):
        row.tags.extend(t for t in split_tags(_unescape(value, version)) if t not in row.tags)
    return row


def _cards(lines: list[str]) -> list[list[_Prop]]:
    cards: list[list[_Prop]] = []
    current: list[_Prop] | None = None
    depth = 0
    for line in lines:
        prop = parse_line(line)
        if prop is None:
            continue
        name, _, value = prop
        marker = value.strip().upper() == "VCARD"
        if name == "BEGIN" and marker:
            depth += 1
            if depth == 1:
                current = []
            continue
        if name == "END" and marker:
            depth = max(depth - 1, 0)
            if depth == 0 and current is not None:
                cards.append(current)
                current = None
            continue
        if current is not None and depth == 1:  # an embedded 2.1 AGENT card is skipped
            current.append(prop)
    if current:
        cards.append(current)
    return cards


def read_vcards(data: bytes) -> ContactTable:
    """Every card of a vCard file as a ContactTable (columns, preview and mapping empty)."""
    text, encoding = decode_text(data)
    with bulk():
        cards = _cards(logical_lines(text))
    if not cards:
        raise ContactsFileError(said("contacts.no_cards", "The file has no contact cards (no "
                                     "BEGIN:VCARD line); it is not a vCard file."))
    table = ContactTable(format="vcard", columns=[], preview=[], mapping={}, rows=[],
                         errors=[], encoding=encoding)
    table.skipped_properties = sorted({name for props in cards for name, _, value in props
                                       if name not in _READ and value.strip()})
    with bulk():
        for number, props in enumerate(cards, start=1):
            row = _card_row(props, number)
            if row.organisation or row.name or row.email or row.phone:
                table.rows.append(row)
            else:
                table.errors.append((number, NO_CARD_CONTACT))
    return table
