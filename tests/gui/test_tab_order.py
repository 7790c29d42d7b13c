"""Tab walks the main dialogs in reading order: rows top to bottom, left to right in a row,
OK and Cancel last (tests/gui/focus_order.py)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QVBoxLayout

from destination_norberg.gui.events.task_dialog import TaskDialog
from destination_norberg.gui.network.dialogs import (
    InteractionDialog,
    OrganisationDialog,
    PersonDialog,
)
from tests.gui.focus_order import out_of_order, tab_chain
from tests.gui.layout_check import cut_texts

TODAY = date(2026, 11, 26)


@pytest.mark.parametrize("make", [
    lambda: OrganisationDialog(None),
    lambda: PersonDialog(None, [(1, "Kafé Gruvlyktan")], TODAY),
    lambda: InteractionDialog(None, [(1, "Maja Falk")], TODAY),
    lambda: TaskDialog([], event_id=1),
], ids=["organisation", "person", "interaction", "task"])
def test_tab_follows_the_reading_order(qtbot, make) -> None:
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert len(tab_chain(dialog)) >= 4
    assert out_of_order(dialog) == []


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_event_dialog_tabs_in_reading_order(language: str, make_window, load, demo_url,
                                                qtbot) -> None:
    window = make_window(demo_url, language=language)
    load(window)
    page = window.open_area("events")
    found: dict[str, list[str]] = {}

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not getattr(dialog, "ready", True):
            QTimer.singleShot(20, inspect)
            return
        found["chain"] = [w.objectName() for w in tab_chain(dialog)]
        found["wrong"] = out_of_order(dialog)
        found["cut"] = cut_texts(dialog)  # and nothing in it cut off (test_layout.py)
        dialog.reject()

    QTimer.singleShot(0, inspect)
    page.new_event_on(None)
    assert len(found["chain"]) >= 5
    assert found["wrong"] == []
    assert found["cut"] == []


def test_the_checker_finds_a_scrambled_order(qtbot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    first, second, third = QLineEdit(objectName="first"), QLineEdit(objectName="second"), \
        QPushButton("OK", objectName="third")
    for widget in (first, second, third):
        layout.addWidget(widget)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert out_of_order(dialog) == []
    QDialog.setTabOrder(second, first)
    QDialog.setTabOrder(first, third)
    assert out_of_order(dialog)
