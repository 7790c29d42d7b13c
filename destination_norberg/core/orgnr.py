"""Swedish organisation numbers (organisationsnummer): ten digits, the last a Luhn check digit."""

from __future__ import annotations

import re

_DIGITS = re.compile(r"^\d{10}$")


def luhn_check_digit(digits: str) -> int:
    """The Luhn digit for a string of digits (weights 2,1,2,1,… from the left for 9 digits)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def normalise(text: str) -> str | None:
    """`556677-8899`, `5566778899` or `16556677-8899` → `5566778899`; None when not ten digits."""
    digits = re.sub(r"[\s-]", "", text)
    if len(digits) == 12 and digits.startswith("16"):
        digits = digits[2:]
    return digits if _DIGITS.match(digits) else None


def is_valid(text: str) -> bool:
    digits = normalise(text)
    return digits is not None and luhn_check_digit(digits[:9]) == int(digits[9])


def format_orgnr(text: str) -> str:
    """Written the Swedish way, `NNNNNN-NNNN`; input that is not ten digits is returned as is."""
    digits = normalise(text)
    return f"{digits[:6]}-{digits[6:]}" if digits else text
