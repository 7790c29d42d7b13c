"""Nothing is cut off: every area (and the dialogs shown over it) at 1280×720 and 1400×900,
in Swedish and in English. One window per language, visiting each screenshot view at both
sizes; tests/gui/layout_check.py says what does not fit."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

from destination_norberg.gui.app import apply_style
from destination_norberg.gui.common import areas, i18n
from tests.gui.conftest import url_for
from tests.gui.layout_check import (
    cut_texts,
    ends_shown,
    hidden_form_buttons,
    idle_room,
    overlaps,
)

SIZES = ((1280, 720), (1400, 900))


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def visit(window, view: str) -> None:
    """Show `view` as the screenshot command does, with its data read."""
    spec = areas.area_of_view(view)
    window.select_area(spec.key)
    page = window.page(spec.key)
    if spec.key == "events":  # the season tab, unless the stråk tab is asked for
        page.ui.tabs.setCurrentIndex(0)
    if spec.show_view is not None:
        spec.show_view(page, view)
    if getattr(page, "needs_load", lambda: False)():
        page.load_blocking()
    if spec.finish_view is not None:
        spec.finish_view(page, view)
    _settle()


def _close_shots(window) -> None:
    """The dialogs a screenshot view draws inside the window go before the next view."""
    for widget in window.findChildren(QWidget):
        if widget.objectName().endswith(("Shot", "Screenshot")):
            widget.hide()
            widget.deleteLater()
    _settle()


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_area_fits(make_window, load, demo_template: Path, tmp_path: Path,
                         language: str) -> None:
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    apply_style(QApplication.instance())  # as the program starts: style sheet and palette
    window = make_window(url_for(db), language=language, seed_demo=False)
    window.show()
    load(window)
    found: list[str] = []
    for size in SIZES:
        window.resize(*size)
        for view in areas.views():
            visit(window, view)
            # The window really is that size (its minimum size did not overrule the resize).
            assert (window.width(), window.height()) == size, view
            problems = (cut_texts(window) + ends_shown(window) + hidden_form_buttons(window)
                        + overlaps(window) + idle_room(window))
            found += [f"{size[0]}x{size[1]} {view}: {p}" for p in problems]
            _close_shots(window)
    assert not found, "cut off:\n" + "\n".join(dict.fromkeys(found))


DIALOGS = {
    "organisation": lambda: _network().OrganisationDialog(None),
    "person": lambda: _network().PersonDialog(None, [(1, "Kafé Gruvlyktan")], date(2026, 11, 26)),
    "interaction": lambda: _network().InteractionDialog(None, [(1, "Maja Falk")],
                                                        date(2026, 11, 26)),
    "task": lambda: _task().TaskDialog([], event_id=1),
}


def _network():
    from destination_norberg.gui.network import dialogs

    return dialogs


def _task():
    from destination_norberg.gui.events import task_dialog

    return task_dialog


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("name", list(DIALOGS))
def test_the_main_dialogs_fit_at_their_opening_size(qtbot, language: str, name: str) -> None:
    i18n.install(QApplication.instance(), language)
    apply_style(QApplication.instance())
    dialog = DIALOGS[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _settle()
    assert cut_texts(dialog) == []
