"""One style of a day in both front ends' outputs: the window's labels.fmt_date and the partner
files' and status page's day_text (app.wording) write "1 dec. 2026" / "1 Dec 2026" alike."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from destination_norberg.app.wording import day_text
from destination_norberg.gui.common import i18n, labels


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_window_and_the_outputs_write_a_day_alike(qapp, lang: str) -> None:
    i18n.install(QApplication.instance(), lang)
    for month in range(1, 13):
        day = date(2026, month, 1)
        assert day_text(day, lang) == labels.fmt_date(day)
    assert day_text(date(2026, 12, 1), "sv") == "1 dec. 2026"
