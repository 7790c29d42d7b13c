"""Contacts as the network keeps them: e-mail checked, phone numbers in E.164, and the
neutral row every contact importer hands over.

Phone numbers are stored as E.164 (`+46223123 45` → `+4622312345`) so two spellings of one
number are one number, and shown the Swedish way (`0223-123 45`, `070-123 45 67`). Swedish
area codes have two to four digits; the display splits after the longest known prefix
class: 08 (Stockholm), two-digit codes 01x–09x for the big cities, mobile 07x, and
three/four digits otherwise, which is how Swedish directories write them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: A practical address check: one @, a dot in the domain, no spaces (RFC 5322 allows more,
#: but a coordinator's address book does not need quoted local parts).
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
#: Two-digit Swedish area codes (after the 0): Stockholm 8, Göteborg 31, Malmö 40, …
_TWO_DIGIT = {"8"}
_THREE_DIGIT = {"11", "13", "16", "18", "19", "21", "23", "26", "31", "33", "35", "36",
                "40", "42", "44", "46", "54", "60", "63", "90"}
_MOBILE = {"70", "72", "73", "76", "79"}
#: Country codes of two digits (the rest of the world has one, +1 and +7, or three).
_TWO_DIGIT_COUNTRIES = {"20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41",
                        "43", "44", "45", "47", "48", "49", "51", "52", "53", "54", "55",
                        "56", "57", "58", "60", "61", "62", "63", "64", "65", "66", "81",
                        "82", "84", "86", "90", "91", "92", "93", "94", "95", "98"}


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
        raise ContactError(f"“{value}” is not an e-mail address.")
    local, domain = value.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


def normalise_phone(text: str | None, default_country: str = "46") -> str:
    """E.164 (`+46223123 45` → `+4622312345`); "" for empty; ContactError when no number.

    A national number (leading 0) is taken as Swedish; 00 is the international prefix.
    """
    raw = (text or "").strip()
    if not raw:
        return ""
    raw = re.sub(r"(?i)\s*(ext\.?|anknytning|ankn\.?)\s*\d+$", "", raw)
    raw = raw.replace("(0)", "")
    digits = re.sub(r"[^\d+]", "", raw)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if digits.startswith("+"):
        number = "+" + re.sub(r"\D", "", digits[1:])
    elif digits.startswith("0"):
        number = f"+{default_country}{digits[1:]}"
    else:
        raise ContactError(f"“{text}” is not a phone number: it needs an area code or +country.")
    if not 8 <= len(number) - 1 <= 15:  # E.164 allows at most 15 digits
        raise ContactError(f"“{text}” is not a phone number: it has "
                           f"{len(number) - 1} digits.")
    return number


def _group(digits: str) -> str:
    """Subscriber digits the Swedish way: 123 45, 12 34 56, 123 45 67."""
    if len(digits) <= 4:
        return digits
    if len(digits) % 2 == 1:
        head, rest = digits[:3], digits[3:]
    else:
        head, rest = digits[:2], digits[2:]
    return head + " " + " ".join(rest[i:i + 2] for i in range(0, len(rest), 2))


def display_phone(e164: str) -> str:
    """`+4622312345` → `0223-123 45`; a foreign number as `+44 20 7946 0958`-ish groups."""
    if not e164:
        return ""
    if not e164.startswith("+46"):
        body = e164[1:]
        cc = 1 if body[0] in "17" else 2 if body[:2] in _TWO_DIGIT_COUNTRIES else 3
        rest = body[cc:]
        groups = [rest[i:i + 3] for i in range(0, len(rest), 3)]
        if len(groups) > 1 and len(groups[-1]) == 1:  # no lone digit at the end
            groups[-2:] = [groups[-2] + groups[-1]]
        return f"+{body[:cc]} " + " ".join(groups)
    national = e164[3:]
    if national[:1] in _TWO_DIGIT:
        code, rest = national[:1], national[1:]
    elif national[:2] in _THREE_DIGIT or national[:2] in _MOBILE:
        code, rest = national[:2], national[2:]
    else:
        code, rest = national[:3], national[3:]
    return f"0{code}-{_group(rest)}"


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

    def is_empty(self) -> bool:
        return not (self.organisation or self.name or self.email or self.phone)


#: The fields a column-mapping dialog offers, in its order.
CONTACT_FIELDS = ("organisation", "orgnr", "category", "name", "role", "email", "phone",
                  "street", "postal_code", "city", "kommun", "website", "tags", "notes")
