from __future__ import annotations

import pytest

from destination_norberg.core.orgnr import format_orgnr, is_valid, luhn_check_digit, normalise

VALID = ["556036-0793", "212000-0142", "556012-5790", "802002-4280"]


@pytest.mark.parametrize("number", VALID)
def test_known_numbers_pass_luhn(number: str) -> None:
    assert is_valid(number)


@pytest.mark.parametrize("number", VALID)
def test_every_other_check_digit_fails(number: str) -> None:
    body, check = number[:-1], int(number[-1])
    for wrong in set(range(10)) - {check}:
        assert not is_valid(f"{body}{wrong}")


def test_check_digit_of_the_first_nine() -> None:
    assert luhn_check_digit("556036079") == 3
    assert luhn_check_digit("212000014") == 2
    assert luhn_check_digit("000000000") == 0


def test_swapped_neighbours_are_caught() -> None:
    # Luhn catches a transposition of adjacent digits (other than 0/9).
    assert not is_valid("556306-0793")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("556036-0793", "5560360793"),
        ("5560360793", "5560360793"),
        ("16556036-0793", "5560360793"),
        ("165560360793", "5560360793"),
        (" 556036 0793 ", "5560360793"),
        ("556036-079", None),
        ("19556036-0793", None),  # only the 16 prefix is an organisation's century
        ("55603A-0793", None),
        ("", None),
    ],
)
def test_normalise(text: str, expected: str | None) -> None:
    assert normalise(text) == expected


def test_twelve_digit_form_is_valid() -> None:
    assert is_valid("16556036-0793")
    assert not is_valid("16556036-0794")


def test_not_ten_digits_is_invalid() -> None:
    assert not is_valid("12345")
    assert not is_valid("abcdefghij")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5560360793", "556036-0793"),
        ("165560360793", "556036-0793"),
        ("556036-0793", "556036-0793"),
        ("hej", "hej"),
        ("12345", "12345"),
    ],
)
def test_format(text: str, expected: str) -> None:
    assert format_orgnr(text) == expected
