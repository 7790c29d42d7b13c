"""Contacts as the network keeps them: e-mail checked, phone numbers in E.164, and the
neutral row every contact importer hands over.

Phone numbers are stored as E.164 (`+46223123 45` → `+4622312345`) so two spellings of one
number are one number, and shown the Swedish way (`0223-123 45`, `010-123 45 67`); the
phonenumbers library (Google's libphonenumber metadata) knows every country's area codes
and lengths. A number an import cannot normalise (`22 100`, an Outlook extension `300`) is
kept as written and flagged: `needs_review` tells it by its missing "+".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from destination_norberg.core.said import said

#: A practical address check: one @, a dot in the domain, no spaces (RFC 5322 allows more,
#: but a coordinator's address book does not need quoted local parts).
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
class ContactError(ValueError):
    """A value that cannot be stored as it is; the message says why, in plain words."""


def normalise_email(text: str | None) -> str:
    """Trimmed and lower-case domain; "" for empty; ContactError when it is not an address."""
    value = (text or "").strip().strip("<>").strip()
    if value.lower().startswith("mailto:"):
        value = value[7:]
    if not value:
        return ""
    if not _EMAIL.match(value) or ".." in value:
        raise ContactError(said("contacts.not_email", "“{value}” is not an e-mail address.",
                                 value=value))
    local, domain = value.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


#: "0223-123 45 ankn. 12", "… ext 12", "… x12": the extension, which E.164 cannot hold.
_EXTENSION = re.compile(r"(?i)[\s,;]*(?:ext\.?|extension|x|anknytning|ankn\.?)\s*(\d{1,6})\s*$")
#: Country names (Swedish and English) an address book writes, to the phone region their
#: numbers are read in; a two-letter code is taken as it is.
_COUNTRIES = {
    "sverige": "SE", "sweden": "SE", "norge": "NO", "norway": "NO", "danmark": "DK",
    "denmark": "DK", "finland": "FI", "suomi": "FI", "island": "IS", "iceland": "IS",
    "tyskland": "DE", "germany": "DE", "deutschland": "DE", "nederländerna": "NL",
    "netherlands": "NL", "holland": "NL", "storbritannien": "GB", "england": "GB",
    "united kingdom": "GB", "uk": "GB", "great britain": "GB", "usa": "US",
    "united states": "US", "united states of america": "US", "kanada": "CA",
    "canada": "CA", "frankrike": "FR", "france": "FR", "spanien": "ES", "spain": "ES",
    "italien": "IT", "italy": "IT", "polen": "PL", "poland": "PL", "polska": "PL",
    "schweiz": "CH", "switzerland": "CH", "österrike": "AT", "austria": "AT",
    "estland": "EE", "estonia": "EE", "lettland": "LV", "latvia": "LV", "litauen": "LT",
    "lithuania": "LT",
}
#: The region a number without +country is read in when the contact names no country.
DEFAULT_REGION = "SE"


def phone_region(country: str | None) -> str:
    """The phone region of a contact's country ("Sverige", "USA", "de"); Sweden by default."""
    key = " ".join((country or "").casefold().replace(".", "").split())
    if not key:
        return DEFAULT_REGION
    if key in _COUNTRIES:
        return _COUNTRIES[key]
    import phonenumbers

    code = key.upper()
    return code if code in phonenumbers.SUPPORTED_REGIONS else DEFAULT_REGION


#: Why an import kept a value as written (or in the notes) rather than in its field; the
#: English sentence for the command line (the window words each kind itself).
REVIEW_TEXTS = {
    "no_area_code": "“{}” has no area code or +country: kept as written, to review.",
    "not_a_number": "“{}” is not a phone number: kept as written, to review.",
    "wrong_country": "“{}” is not a phone number of that country: kept as written, to review.",
    "postal_code": "The postal code “{}” is longer than a Swedish one: kept in the notes, to "
                   "review.",
}


class Review(NamedTuple):
    """A value an import keeps as written, to review: its kind (REVIEW_TEXTS) and the text."""

    kind: str
    value: str

    def text(self) -> str:
        return REVIEW_TEXTS[self.kind].format(self.value)


class Phone(NamedTuple):
    """A phone number as an import keeps it: E.164 when it could be normalised, else the
    text as written with the `problem` (a REVIEW_TEXTS kind) a coordinator should review."""

    value: str
    extension: str = ""
    problem: str = ""


def read_phone(text: str | None, region: str = DEFAULT_REGION) -> Phone:
    """`text` as E.164 by the phonenumbers library, read in `region` when it has no
    +country; else as written, with the reason (no area code, not a number …).

    The helpful parts kept from the hand-written code before it: the extension ("ankn. 12",
    "ext 12") is split off and returned, and a Swedish number whose leading 0 Excel dropped
    ("223 12345", "701234567") reads as the national number (phonenumbers does this for
    region SE). A number with an explicit +country is accepted when it is of a possible
    length there (so test numbers and new number ranges are not refused)."""
    raw = (text or "").strip()
    if not raw:
        return Phone("")
    fast = _swedish(raw, region)
    if fast:
        return Phone(fast)
    import phonenumbers

    raw = " ".join(raw.split())
    extension = ""
    match = _EXTENSION.search(raw)
    if match and match.start() > 0:
        extension, raw = match[1], raw[:match.start()].strip()
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return Phone(raw, extension, "not_a_number")
    if number.extension:
        extension = extension or number.extension
    explicit = raw.lstrip("(").startswith(("+", "00"))
    if phonenumbers.is_valid_number(number) or (
            explicit and phonenumbers.is_possible_number(number)):
        return Phone(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
                     extension)
    return Phone(raw, extension, "wrong_country" if explicit else "no_area_code")


_PUNCTUATION = re.compile(r"[\s\-()/.]+")
_SE_VALID: dict[tuple[str, int], bool] = {}


def _swedish(raw: str, region: str) -> str | None:
    """E.164 of a plainly written, valid Swedish number ("0223-123 45", "+46 70 …"), or None
    for the full parse. phonenumbers.parse costs about 35 µs a number, too slow for 100,000
    rows; whether a Swedish national number is valid depends only on its first four digits
    and its length (measured over 150,000 random numbers against phonenumbers'
    is_valid_number), so the verdict is asked once per first five digits and length."""
    if raw[:3] == "+46":
        digits = _PUNCTUATION.sub("", raw[3:])
        if digits[:1] == "0":  # "+46 0223 …", "+46 (0)70 …": the trunk 0 written anyway
            digits = digits[1:]
    elif region == "SE" and raw[:1] == "0" and raw[:2] != "00":
        digits = _PUNCTUATION.sub("", raw)[1:]
    else:
        return None
    if not digits.isdigit() or not 6 <= len(digits) <= 12 or not digits.isascii():
        return None
    key = (digits[:5], len(digits))
    valid = _SE_VALID.get(key)
    if valid is None:
        import phonenumbers

        valid = phonenumbers.is_valid_number(
            phonenumbers.PhoneNumber(country_code=46, national_number=int(digits)))
        _SE_VALID[key] = valid
    return "+46" + digits if valid else None


def normalise_phone(text: str | None, region: str = DEFAULT_REGION) -> str:
    """E.164 (`+46 0223 12345` → `+4622312345`); "" for empty; ContactError when the text
    cannot be normalised (what a form the user types into wants; an import keeps such a
    number as written, see read_phone)."""
    phone = read_phone(text, region)
    if phone.problem:
        raise ContactError(said("contacts.not_phone", "“{value}” is not a phone number: it "
                                "needs an area code or +country.", value=(text or "").strip()))
    return phone.value


#: The longest postal code the register keeps (organisation.postal_code); a Swedish one is
#: "738 30", a US ZIP+4 "27613-3502" does not fit and goes to the notes.
POSTAL_CODE_MAX = 8


def postal_code_fits(text: str) -> bool:
    """Whether a postal code can be kept in its field."""
    return len(text.strip()) <= POSTAL_CODE_MAX


def row_flags(row: ContactRow, phone: Phone | None = None) -> list[Review]:
    """What an import keeps as written (or in the notes) rather than in its field, to
    review: the one list the preview shows and the import reports. `phone`: the row's
    number as read_phone read it, when the caller has it already."""
    flags = []
    if row.phone:
        phone = phone or read_phone(row.phone, phone_region(row.country))
        if phone.problem:
            flags.append(Review(phone.problem, phone.value))
    if not postal_code_fits(row.postal_code):
        flags.append(Review("postal_code", row.postal_code.strip()))
    return flags


def needs_review(phone: str) -> bool:
    """A stored phone number that is not E.164: kept as written by an import, to review."""
    return bool(phone) and not phone.startswith("+")


def display_phone(e164: str) -> str:
    """`+4622312345` → `0223-123 45` (Swedish numbers as Swedes write them), a foreign one
    as `+44 20 7946 0958`; a number kept as written is shown as written."""
    if not e164 or not e164.startswith("+"):
        return e164
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    fmt = (phonenumbers.PhoneNumberFormat.NATIONAL if number.country_code == 46
           else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(number, fmt)


@dataclass
class ContactRow:
    """One contact as an importer found it (a CSV line, a spreadsheet row, a vCard).

    Every field is plain text as given (trimmed); the store validates and normalises when it
    writes. `organisation` alone is an organisation without a person; `name` alone a person
    without an organisation. `source_row` is the line, row or card number for messages.
    """

    source_row: int = 0
    organisation: str = ""
    orgnr: str = ""
    category: str = ""
    name: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    kommun: str = ""
    website: str = ""
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    #: the address's country: the region its phone numbers are read in (not stored as a
    #: field; a country other than Sweden goes into the notes)
    country: str = ""

    def is_empty(self) -> bool:
        return not (self.organisation or self.name or self.email or self.phone)


#: The fields a column-mapping dialog offers, in its order.
CONTACT_FIELDS = ("organisation", "orgnr", "category", "name", "role", "email", "phone",
                  "street", "postal_code", "city", "kommun", "website", "tags", "notes")
#: The fields an imported column may feed: the exported ones and the country.
IMPORT_FIELDS = (*CONTACT_FIELDS, "country")
