"""The events area's "Beds and visitors" tab with qtbot: the demo week's plan, the
assumptions changed, a participant export imported end to end through the mapping dialog
(one undo step), a business's capacity changed (one undo step), and the overview's warning
showing the same shortfall."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from destination_norberg.app.capacity import event_plan

LOAD_TIMEOUT_MS = 15_000


def answer(fill: Callable[[object], None]) -> None:
    """When the next modal dialog opens: let `fill` work on it, then press OK."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        fill(dialog)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    QTimer.singleShot(0, act)


@pytest.fixture
def window(make_window, load, demo_url, qtbot):
    win = make_window(demo_url)
    load(win)
    with qtbot.waitSignal(win.events_page.loaded, timeout=LOAD_TIMEOUT_MS):
        win.select_area("events")
    return win


@pytest.fixture
def capacity(window, qtbot):
    page = window.events_page
    page.ui.tabs.setCurrentWidget(page.capacity_page)
    cap = page.capacity_page
    qtbot.waitUntil(lambda: cap.view is not None, timeout=LOAD_TIMEOUT_MS)
    return cap


def settle(cap, qtbot) -> None:
    qtbot.waitUntil(lambda: not cap.loader.loading, timeout=LOAD_TIMEOUT_MS)


def test_the_demo_week_shows_its_shortfall_and_whom_to_call(capacity) -> None:
    plan = capacity.view.plan
    assert capacity.event.currentText() == "Winter Week 2027"
    text = capacity.summary.text()
    assert "4,200" in text and "3,150" in text
    assert f"Short of {plan.shortfall:,} beds" in text and "Call first" in text
    first = sum(n for _k, n in capacity.view.origins["first"])
    assert first > 0 and f"{first:,} of the participants start for the first time" in text
    assert capacity.lodgings.rowCount() == 10
    assert capacity.origins.rowCount() > 5
    assert capacity.origins.item(0, 0).text() == "Stockholm"


def test_changing_the_assumptions_recomputes_the_plan(capacity, qtbot) -> None:
    capacity.share.setValue(0)
    settle(capacity, qtbot)
    assert capacity.view.plan.expected == 0
    assert "Enough beds" in capacity.summary.text()


def test_a_participant_export_is_imported_and_undone_in_one_step(capacity, qtbot,
                                                                 tmp_path: Path) -> None:
    path = tmp_path / "anmalda.csv"
    path.write_text("Namn;Lopp;Postnummer\nAnna;Engelbrektsloppet 60 km;738 30\n"
                    "Bo;;738 30\nCai;Engelbrektsloppet 60 km;111 22\n", encoding="utf-8")
    seen: list[str] = []

    def check(dialog) -> None:
        seen.append(dialog.privacy.text())
        seen.append(dialog.ui.summary.text())
        assert dialog.ui.preview.rowCount() == 1
    answer(check)
    assert capacity.import_file(path)
    assert "No names" in seen[0] and "1 rows left out" in seen[1]
    settle(capacity, qtbot)
    assert capacity.view.plan.total_participants == 2
    assert capacity.undo_stack.undoText().startswith("Import 2 participants")
    capacity.undo_stack.undo()
    settle(capacity, qtbot)
    assert capacity.view.plan.total_participants == 4200
    capacity.undo_stack.redo()
    settle(capacity, qtbot)
    assert capacity.view.plan.total_participants == 2


def test_a_business_capacity_is_changed_and_undone(capacity, qtbot) -> None:
    names = [capacity.lodgings.item(r, 0).text() for r in range(capacity.lodgings.rowCount())]
    capacity.lodgings.selectRow(names.index("Hotell Hyttgården"))
    answer(lambda dialog: dialog.spins["beds"].setValue(5000))
    assert capacity.edit_selected()
    settle(capacity, qtbot)
    assert capacity.view.plan.shortfall < 0
    assert capacity.undo_stack.undoText() == "Change capacity of Hotell Hyttgården"
    capacity.undo_stack.undo()
    settle(capacity, qtbot)
    assert capacity.view.plan.shortfall > 0


def test_the_overview_warns_with_the_same_shortfall(window, capacity) -> None:
    plan = event_plan(window.events_page.store.engine, capacity.view.plan.event_id)
    text = window.overview.ui.milestonesBody.text()
    assert "Short of beds: Winter Week 2027" in text
    assert f"{plan.shortfall:,} more than the" in text


def test_participants_imported_from_the_selected_events_menu(window, qtbot,
                                                             tmp_path: Path) -> None:
    from destination_norberg.gui.events.capacity_page import import_for_event

    page = window.events_page
    race = next(e for e in page.snapshot.events if e.name_sv.startswith("Engelbrektsloppet 60"))
    path = tmp_path / "lopp.csv"
    path.write_text("Lopp\nEngelbrektsloppet 60 km\nEngelbrektsloppet 60 km\n",
                    encoding="utf-8")
    assert page.import_participants_action.text() == "Import participants…"
    answer(lambda _dialog: None)
    assert import_for_event(page, page.capacity_page, race.id, path)
    cap = page.capacity_page
    assert page.ui.tabs.currentWidget() is cap
    qtbot.waitUntil(lambda: cap.view is not None and cap.view.plan is not None
                    and cap.view.plan.event_id == race.id
                    and cap.view.plan.total_participants == 2, timeout=LOAD_TIMEOUT_MS)
    settle(cap, qtbot)
    assert cap.event.currentData() == race.id
