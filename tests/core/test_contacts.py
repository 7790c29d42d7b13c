"""Phone numbers in E.164 (by the phonenumbers library) and back the Swedish way; numbers
that cannot be normalised kept as written with a reason; e-mail addresses checked."""

from __future__ import annotations

import pytest

from destination_norberg.core.contacts import (
    ContactError,
    display_phone,
    needs_review,
    normalise_email,
    normalise_phone,
    phone_region,
    read_phone,
)


@pytest.mark.parametrize(("written", "e164", "shown"), [
    ("0223-123 45", "+4622312345", "0223-123 45"),
    ("+46 223 123 45", "+4622312345", "0223-123 45"),
    ("+46 (0)223 12345", "+4622312345", "0223-123 45"),
    ("070-123 45 67", "+46701234567", "070-123 45 67"),
    ("0046 70 1234567", "+46701234567", "070-123 45 67"),
    ("08-12 34 56 78", "+46812345678", "08-123 456 78"),
    ("031-12 34 56", "+4631123456", "031-12 34 56"),
    ("+44 20 7946 0958", "+442079460958", "+44 20 7946 0958"),
    ("+1 202 555 0123", "+12025550123", "+1 202-555-0123"),
    ("0223-123 45 ankn. 12", "+4622312345", "0223-123 45"),
    # issue 16: the hand-written code stored "+46022312345" and showed "0101-23 45 67"
    ("+46 0223 12345", "+4622312345", "0223-123 45"),
    ("010-123 45 67", "+46101234567", "010-123 45 67"),
    # Excel dropped the leading zero of a number it took for a number
    ("223 12345", "+4622312345", "0223-123 45"),
    ("701234567", "+46701234567", "070-123 45 67"),
])
def test_phone_numbers(written: str, e164: str, shown: str) -> None:
    assert normalise_phone(written) == e164
    assert display_phone(e164) == shown
    assert normalise_phone(display_phone(e164)) == e164  # shown is read back the same


@pytest.mark.parametrize("bad", ["123 45", "tel", "+46 1", "0" * 20, "22 100", "300"])
def test_not_phone_numbers(bad: str) -> None:
    with pytest.raises(ContactError, match="is not a phone number"):
        normalise_phone(bad)


@pytest.mark.parametrize(("written", "region", "kept", "extension", "flagged"), [
    ("22 100", "SE", "22 100", "", True),  # no area code
    ("300", "SE", "300", "", True),  # an Outlook extension alone
    ("905-555-1234", "SE", "905-555-1234", "", True),  # a North American number in Sweden
    ("905-555-1234", "US", "+19055551234", "", False),  # … read in the contact's country
    ("0223-123 45 ankn. 12", "SE", "+4622312345", "12", False),
    ("+1 905 555 1234 x 300", "SE", "+19055551234", "300", False),
    ("pager", "SE", "pager", "", True),
])
def test_an_import_keeps_what_cannot_be_normalised(written, region, kept, extension,
                                                   flagged) -> None:
    phone = read_phone(written, region)
    assert (phone.value, phone.extension, bool(phone.problem)) == (kept, extension, flagged)
    assert needs_review(phone.value) is flagged
    assert display_phone(phone.value) == (kept if flagged else display_phone(kept))


def test_phone_region_from_country() -> None:
    assert [phone_region(c) for c in ("", "Sverige", "USA", "United States", "de", "Norge",
                                      "Atlantis")] == ["SE", "SE", "US", "US", "DE", "NO",
                                                       "SE"]


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
