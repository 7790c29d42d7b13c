"""An accommodation business's capacity in the organisation dialog: shown for category
"boende" only, saved with the organisation's edit as one undo step, and what the Beds tab
and `capacity` plan with (app.capacity)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from destination_norberg.app.capacity import capacity_of
from destination_norberg.gui.common import i18n
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.events.planning_data import PlanningStore
from destination_norberg.gui.network.dialogs import OrganisationDialog
from destination_norberg.gui.network.page import NetworkPage

LOAD_TIMEOUT_MS = 20_000


@pytest.fixture
def page(qtbot, demo_url, demo_engine, fixed_now, monkeypatch):
    i18n.install(QApplication.instance(), "en")
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    runner = TaskRunner()
    page = NetworkPage(PlanningStore(demo_url, lambda: demo_engine), runner, QUndoStack(),
                       lambda: fixed_now)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.reload()
    yield page
    runner.shutdown()


def test_the_capacity_fields_show_for_accommodation_only(qtbot) -> None:
    dialog = OrganisationDialog(None)
    qtbot.addWidget(dialog)
    dialog.ui.category.setCurrentIndex(dialog.ui.category.findData("mat och dryck"))
    assert dialog.capacity.isHidden() and dialog.capacity_figures() is None
    dialog.ui.category.setCurrentIndex(dialog.ui.category.findData("boende"))
    assert not dialog.capacity.isHidden()
    dialog.capacity.spins["beds"].setValue(12)
    assert dialog.capacity_figures() == {"rooms": 0, "beds": 12, "cabins": 0, "pitches": 0,
                                         "allotment": 0}


def test_editing_a_hotels_capacity_is_one_undo_step(page, qtbot, demo_engine,
                                                    monkeypatch) -> None:
    org = next(o for o in page.snapshot.organisations if o.name == "Hotell Hyttgården")
    page.select_organisation(org.id)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.organisation.id == org.id,
                    timeout=LOAD_TIMEOUT_MS)
    shown: list[int] = []

    def exec_(dialog) -> int:
        shown.append(dialog.capacity.spins["beds"].value())
        dialog.capacity.spins["beds"].setValue(80)
        dialog.ui.buttonBox.accepted.emit()
        return dialog.result()
    monkeypatch.setattr(OrganisationDialog, "exec", exec_)
    page.edit_organisation()
    assert shown == [52]  # the demo's figure, shown to change
    assert capacity_of(demo_engine, org.id, None)["beds"] == 80
    assert page.undo_stack.count() == 1
    page.undo_stack.undo()
    assert capacity_of(demo_engine, org.id, None)["beds"] == 52
    page.undo_stack.redo()
    assert capacity_of(demo_engine, org.id, None)["beds"] == 80
