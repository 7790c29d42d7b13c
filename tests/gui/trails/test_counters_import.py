""""Import counter data…" and "Counters…" in the trail register, end to end with qtbot on
the demo (today 2026-11-26, the demo counter NBG-GR-01 on Gruvrundan): the menu action, the
worker's read, the preview with a trail per counter, the import as one undo step (undo puts
back exactly what the import replaced, redo imports again), a bad file refused with its
rows named and nothing written, and a tie changed later, undoable, with the trail's chart
following (the figures are app.counters', one truth)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from destination_norberg.app.counters import trail_visitors
from destination_norberg.gui.trails.counters_dialog import (
    CountersDialog,
    CountersImportDialog,
    add_counter_actions,
)
from tests.gui.trails.test_trails_page import db_rows, make_page, select

DATA = Path(__file__).resolve().parents[2] / "data" / "counters"
TODAY = date(2026, 11, 26)
TIMEOUT_MS = 15_000
COUNTERS = "SELECT code, trail_id FROM trail_counter ORDER BY code"
ALL_COUNTS = "SELECT c.code, n.at, n.direction, n.count FROM trail_count n " \
             "JOIN trail_counter c ON c.id = n.counter_id ORDER BY c.code, n.at, n.direction"


@pytest.fixture
def page(make_window, load, demo_url, qtbot):
    window = make_window(demo_url)
    load(window)
    page = make_page(qtbot, window.planning, window.runner, window.undo_stack, window.clock)
    add_counter_actions(page)
    return page


def trail_id(page, name: str) -> int:
    return next(r.id for r in page.model.rows() if r.name == name)


def when_dialog(kind, act) -> dict:
    """Drive the modal dialog of `kind` when it opens: `act(dialog)`; what it showed."""
    seen: dict = {}

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, poll)
            return
        seen["dialog"] = dialog
        seen["ties"] = {code: combo.currentData() for code, combo in getattr(
            dialog, "combos", {}).items()} if isinstance(dialog, CountersImportDialog) else {}
        seen["texts"] = [dialog.table.item(r, c).text() for r in range(dialog.table.rowCount())
                         for c in range(dialog.table.columnCount() - 1)]
        act(dialog)
    QTimer.singleShot(0, poll)
    return seen


def hours(page) -> int:
    """NBG-GR-01's passages 2026-11-20 10:00–12:59 Swedish time (09–11 UTC)."""
    return int(db_rows(page, "SELECT SUM(n.count) FROM trail_count n JOIN trail_counter c "
                             "ON c.id = n.counter_id WHERE c.code = 'NBG-GR-01' AND n.at >= "
                             ":first AND n.at <= :last",
                       first=datetime(2026, 11, 20, 9, tzinfo=UTC),
                       last=datetime(2026, 11, 20, 11, tzinfo=UTC))[0][0] or 0)


def choose(combo, trail: int | None) -> None:
    combo.setCurrentIndex(combo.findData(trail))


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_an_import_with_a_tie_is_one_undo_step(page, qtbot, monkeypatch) -> None:
    gruvrundan, slaggvarpet = trail_id(page, "Gruvrundan"), trail_id(page, "Slaggvarpet")
    counts_before = db_rows(page, ALL_COUNTS)
    demo_hours = hours(page)
    assert demo_hours > 0
    gruv_before = trail_visitors(page.store.engine, gruvrundan, TODAY)
    assert db_rows(page, COUNTERS) == [("NBG-GR-01", gruvrundan)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(DATA / "two_counters.csv"), ""))

    def tie_new(dialog) -> None:
        choose(dialog.combos["NBG-SL-02"], slaggvarpet)
        ok(dialog)
    seen = when_dialog(CountersImportDialog, tie_new)
    page.counters_import_action.trigger()
    qtbot.waitUntil(lambda: page.undo_stack.count() == 1, timeout=TIMEOUT_MS)
    # The known counter comes with its tie, the new one with none.
    assert seen["ties"] == {"NBG-GR-01": gruvrundan, "NBG-SL-02": None}
    assert any("NBG-SL-02" in t and "(new)" in t for t in seen["texts"])
    assert "4 500" in seen["texts"] or "4,500" in seen["texts"]  # NBG-GR-01's visitors
    assert db_rows(page, COUNTERS) == [("NBG-GR-01", gruvrundan), ("NBG-SL-02", slaggvarpet)]
    gruv_after = trail_visitors(page.store.engine, gruvrundan, TODAY)
    # The three hours the file holds (10–12 Swedish time) replace the demo's; the rest of
    # that day is kept.
    assert hours(page) == 4500
    assert dict(gruv_after.days)[date(2026, 11, 20)] \
        - dict(gruv_before.days)[date(2026, 11, 20)] == 4500 - demo_hours
    slagg = trail_visitors(page.store.engine, slaggvarpet, TODAY)
    assert slagg.total == sum(7 * h for h in range(9, 15))
    assert page.undo_stack.undoText() == "Import counter data two_counters.csv: 12 counts"
    # The chart of the newly tied trail shows it.
    select(page, "Slaggvarpet")
    qtbot.waitUntil(lambda: page.visitors.visitors is not None
                    and not page.visitors.isHidden(), timeout=TIMEOUT_MS)
    assert page.visitors.visitors == slagg

    page.undo_stack.undo()
    assert db_rows(page, ALL_COUNTS) == counts_before
    assert db_rows(page, COUNTERS) == [("NBG-GR-01", gruvrundan)]
    assert trail_visitors(page.store.engine, gruvrundan, TODAY) == gruv_before
    qtbot.waitUntil(lambda: page.visitors.isHidden(), timeout=TIMEOUT_MS)

    page.undo_stack.redo()
    assert db_rows(page, COUNTERS) == [("NBG-GR-01", gruvrundan), ("NBG-SL-02", slaggvarpet)]
    assert trail_visitors(page.store.engine, gruvrundan, TODAY) == gruv_after
    assert trail_visitors(page.store.engine, slaggvarpet, TODAY) == slagg


def test_a_counter_left_untied_is_stored_but_counted_on_no_trail(page, qtbot) -> None:
    from destination_norberg.gui.trails.counters_dialog import import_counters_file

    when_dialog(CountersImportDialog, ok)
    assert import_counters_file(page, str(DATA / "two_counters.csv"))
    assert db_rows(page, COUNTERS)[1] == ("NBG-SL-02", None)
    assert len(db_rows(page, "SELECT id FROM trail_count n WHERE n.counter_id = "
                             "(SELECT id FROM trail_counter WHERE code = 'NBG-SL-02')")) == 6


def test_a_bad_file_is_told_and_writes_nothing(page, monkeypatch) -> None:
    from destination_norberg.gui.common.errors import user_message
    from destination_norberg.gui.trails.counters_dialog import import_counters_file

    told: list[str] = []
    monkeypatch.setattr(page, "_report", lambda exc: told.append(user_message(exc)))
    before = db_rows(page, ALL_COUNTS)
    assert not import_counters_file(page, str(DATA / "bad_time.csv"))
    assert len(told) == 1
    assert told[0].startswith("bad_time.csv has 1 bad row(s), so nothing was imported.")
    assert "Line 3" in told[0] and "i förrgår" in told[0]
    assert db_rows(page, ALL_COUNTS) == before
    assert page.undo_stack.count() == 0
    # In Swedish the same refusal is Swedish, the bad row named alike.
    from destination_norberg.gui.common import i18n

    i18n.install(QApplication.instance(), "sv")
    try:
        assert not import_counters_file(page, str(DATA / "bad_time.csv"))
    finally:
        i18n.install(QApplication.instance(), "en")
    assert told[1].startswith("bad_time.csv har 1 felaktiga rader, så ingenting importerades.")
    assert "i förrgår" in told[1]
    assert db_rows(page, ALL_COUNTS) == before


def test_a_tie_changed_later_is_undoable_and_the_chart_follows(page, qtbot) -> None:
    gruvrundan, slaggvarpet = trail_id(page, "Gruvrundan"), trail_id(page, "Slaggvarpet")
    truth = trail_visitors(page.store.engine, gruvrundan, TODAY)

    def retie(dialog) -> None:
        assert dialog.combos[0].currentData() == gruvrundan
        choose(dialog.combos[0], slaggvarpet)
        ok(dialog)
    seen = when_dialog(CountersDialog, retie)
    page.counters_action.trigger()
    qtbot.waitUntil(lambda: page.undo_stack.count() == 1, timeout=TIMEOUT_MS)
    assert seen["texts"][0].startswith("NBG-GR-01")
    assert page.undo_stack.undoText() == "Counter NBG-GR-01 tied to Slaggvarpet"
    assert db_rows(page, COUNTERS) == [("NBG-GR-01", slaggvarpet)]
    chart = page.visitors
    select(page, "Slaggvarpet")
    qtbot.waitUntil(lambda: chart.trail_id == slaggvarpet and chart.visitors is not None
                    and not chart.isHidden(), timeout=TIMEOUT_MS)
    assert chart.visitors.days == truth.days
    page.undo_stack.undo()
    assert db_rows(page, COUNTERS) == [("NBG-GR-01", gruvrundan)]
    qtbot.waitUntil(lambda: chart.isHidden(), timeout=TIMEOUT_MS)  # Slaggvarpet: none now
    page.undo_stack.redo()
    assert db_rows(page, COUNTERS) == [("NBG-GR-01", slaggvarpet)]
    qtbot.waitUntil(lambda: not chart.isHidden(), timeout=TIMEOUT_MS)
