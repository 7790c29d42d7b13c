"""The trail card's visitor chart with qtbot, on the demo season (2026-11-26): the demo's
counter on Gruvrundan shows 30 days and the weeks, with the figures app.counters computes
(one truth), Swedish thousands separators, and no chart on a trail without a counter; a
counter imported from the command line shows on its trail."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from destination_norberg.app.counters import trail_visitors
from destination_norberg.cli import main
from tests.gui.trails.test_trails_page import make_page, select

TIMEOUT_MS = 15_000
FILES = Path(__file__).resolve().parents[2] / "exchange" / "counter_files"


@pytest.fixture
def page(make_window, load, demo_url, qtbot):
    window = make_window(demo_url)
    load(window)
    return make_page(qtbot, window.planning, window.runner, window.undo_stack, window.clock)


def test_the_demo_counter_shows_per_day_and_per_week(page, qtbot) -> None:
    chart = page.visitors
    (trail,) = select(page, "Gruvrundan")
    qtbot.waitUntil(lambda: chart.visitors is not None and not chart.isHidden(), timeout=TIMEOUT_MS)
    truth = trail_visitors(page.store.engine, trail, date(2026, 11, 26))
    assert chart.visitors == truth
    assert truth.total > 1000 and len(truth.days) == 30
    days = chart.bars()
    assert len(days) == 30 and [n for _l, n in days] == [n for _d, n in truth.days]
    assert days[-1] == ("26/11", 0)  # the counter's export ends the day before
    chart.scale.setCurrentIndex(1)
    assert [n for _l, n in chart.bars()] == [n for _w, n in truth.weeks]
    assert chart.bars()[-1][0] == "w. 48"
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    try:
        chart.retranslate()
        grouped = QLocale().toString(truth.total)
        assert "\u00a0" in grouped  # Swedish groups thousands with a (no-break) space
        assert chart.summary.text().startswith(grouped + " ")
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    select(page, "Slaggvarpet")  # no counter
    qtbot.waitUntil(lambda: chart.isHidden(), timeout=TIMEOUT_MS)


def test_a_counter_imported_on_the_command_line_shows_on_its_trail(page, qtbot,
                                                                   demo_url: str) -> None:
    trail = next(r.id for r in page.model.rows() if r.name == "Slaggvarpet")
    assert main(["--db", demo_url, "import", "counters", str(FILES / "swedish_comma.csv"),
                 "--map", f"NBG-01={trail}"]) == 0
    page.visitors.clock = lambda: datetime(2026, 11, 2, 12, tzinfo=UTC)
    select(page, "Slaggvarpet")
    chart = page.visitors
    qtbot.waitUntil(lambda: chart.visitors is not None and not chart.isHidden(), timeout=TIMEOUT_MS)
    assert chart.visitors.days[-2:] == [(date(2026, 11, 1), 24), (date(2026, 11, 2), 0)]
