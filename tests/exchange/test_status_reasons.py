"""Every reason the snow plan gives has words on the public status page, in both languages
(a code shown as itself would be a defect in front of the public)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from destination_norberg.core.snow_plan import REASON_CODES
from destination_norberg.exchange.status_texts import reason_words


@pytest.mark.parametrize("code", REASON_CODES)
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_reason_has_words(code: str, lang: str) -> None:
    line = SimpleNamespace(reason=code, ready_km=4.1, required_km=20.0,
                           deadline=date(2027, 2, 14),
                           reason_args={"projected_km": 20.0, "short_km": 8.0,
                                        "loops_km": 12.0})
    text = reason_words(line, lang)
    assert text != code and "{" not in text and ("km" in text)
