"""The fuzz tests' own checks catch what they are meant to: a hang, an exception that is not
the importer's error, an unclear message."""

from __future__ import annotations

import re
import time

import pytest

from tests.fuzz.conftest import TALLY, attempt, check_message, hang_guard


class _UserError(ValueError):
    pass


@pytest.fixture(autouse=True)
def _not_in_the_summary() -> object:
    yield
    TALLY.pop("guard", None)


def test_a_hang_in_python_code_fails() -> None:
    start = time.monotonic()
    with pytest.raises(AssertionError, match="hang"), hang_guard(0.2):
        while True:
            pass
    assert time.monotonic() - start < 2


def test_a_hang_in_a_regex_fails() -> None:
    with pytest.raises(AssertionError, match="hang"), hang_guard(0.2):
        re.fullmatch(r"(a+)+b", "a" * 64)  # catastrophic backtracking


def test_a_hang_is_not_swallowed_by_except_exception() -> None:
    def importer() -> None:
        try:
            while True:
                pass
        except Exception:  # noqa: BLE001 - what an importer's last guard does
            raise _UserError("caught") from None

    with pytest.raises(AssertionError, match="hang"), hang_guard(0.2):
        importer()


def test_the_documented_error_is_returned_other_exceptions_fail() -> None:
    assert isinstance(attempt("guard", lambda: _raise(_UserError("The file is bad.")),
                              (_UserError,)), _UserError)
    with pytest.raises(KeyError):
        attempt("guard", lambda: _raise(KeyError("x")), (_UserError,))


@pytest.mark.parametrize("message", [
    "", "Two\nlines.", "The file could not be read because of an unexpected problem.",
    "Traceback (most recent call last):", "GDAL error 4",
])
def test_unclear_messages_fail(message: str) -> None:
    with pytest.raises(AssertionError):
        check_message(_UserError(message))


def _raise(error: BaseException) -> None:
    raise error
