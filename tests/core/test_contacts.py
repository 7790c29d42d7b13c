"""Phone numbers in E.164 and back the Swedish way; e-mail addresses checked."""

from __future__ import annotations

import pytest

from destination_norberg.core.contacts import (
    ContactError,
    display_phone,
    normalise_email,
    normalise_phone,
)


@pytest.mark.parametrize(("written", "e164", "shown"), [
    ("0223-123 45", "+4622312345", "0223-123 45"),
    ("+46 223 123 45", "+4622312345", "0223-123 45"),
    ("+46 (0)223 12345", "+4622312345", "0223-123 45"),
    ("070-123 45 67", "+46701234567", "070-123 45 67"),
    ("0046 70 1234567", "+46701234567", "070-123 45 67"),
    ("08-12 34 56 78", "+46812345678", "08-12 34 56 78"),
    ("031-12 34 56", "+4631123456", "031-12 34 56"),
    ("+44 20 7946 0958", "+442079460958", "+44 207 946 0958"),
    ("+1 202 555 0123", "+12025550123", "+1 202 555 0123"),
    ("0223-123 45 ankn. 12", "+4622312345", "0223-123 45"),
])
def test_phone_numbers(written: str, e164: str, shown: str) -> None:
    assert normalise_phone(written) == e164
    assert display_phone(e164) == shown
    assert normalise_phone(display_phone(e164)) == e164  # shown is read back the same


@pytest.mark.parametrize("bad", ["123 45", "tel", "+46 1", "0" * 20])
def test_not_phone_numbers(bad: str) -> None:
    with pytest.raises(ContactError, match="is not a phone number"):
        normalise_phone(bad)


def test_empty_is_empty() -> None:
    assert normalise_phone("  ") == "" and display_phone("") == ""
    assert normalise_email(None) == ""


def test_email_addresses() -> None:
    assert normalise_email(" Anna.Berg@Norberg.SE ") == "Anna.Berg@norberg.se"
    assert normalise_email("mailto:kim@example.com") == "kim@example.com"
    assert normalise_email("<ola@example.org>") == "ola@example.org"
    for bad in ("anna", "anna@", "@norberg.se", "anna@norberg", "a b@c.se", "a..b@c.se"):
        with pytest.raises(ContactError, match="is not an e-mail address"):
            normalise_email(bad)
