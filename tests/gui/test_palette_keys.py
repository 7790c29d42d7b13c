"""A dark system palette (Windows 11 in dark mode) leaves the window readable: the light
scheme is pinned; Ctrl+1 … Ctrl+N open the areas; the main controls have accessible names."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

from destination_norberg.gui.app import apply_style
from destination_norberg.gui.common import areas
from destination_norberg.gui.common.palette import PINNED, contrast, is_readable, light_palette
from tests.gui.conftest import url_for

CONTROLS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def spoken_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name) if face is not None else ""


def dark_palette() -> QPalette:
    """What Qt hands a program under Windows 11's dark mode: light text on dark grey."""
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202020"),
                         (QPalette.ColorRole.WindowText, "#ffffff"),
                         (QPalette.ColorRole.Base, "#1c1c1c"),
                         (QPalette.ColorRole.Text, "#ffffff"),
                         (QPalette.ColorRole.Button, "#2d2d2d"),
                         (QPalette.ColorRole.ButtonText, "#ffffff")):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def restore_palette(qapp) -> Iterator[QApplication]:
    app = qapp
    before = QPalette(app.palette())
    yield app
    app.setPalette(before)


def test_a_dark_system_palette_is_replaced_by_the_light_scheme(
        restore_palette: QApplication) -> None:
    app = restore_palette
    app.setPalette(dark_palette())
    assert not is_readable_on_white(app.palette())  # the trap: white text on white cards
    apply_style(app)
    palette = app.palette()
    assert is_readable(palette)
    assert palette.color(QPalette.ColorRole.Base).lightness() > 200  # light, as the cards
    assert palette.color(QPalette.ColorRole.Text).lightness() < 80
    assert app.property(PINNED)  # the Fusion style, which draws alike everywhere
    hints = QApplication.styleHints()
    if hasattr(hints, "colorScheme"):
        assert hints.colorScheme() in (Qt.ColorScheme.Light, Qt.ColorScheme.Unknown)


def is_readable_on_white(palette: QPalette) -> bool:
    """The style sheet paints cards white: text in the palette's colour must show on them."""
    return contrast(palette.color(QPalette.ColorRole.WindowText), QColor("white")) >= 4.5


def test_light_palette_and_contrast() -> None:
    assert is_readable(light_palette())
    assert not is_readable(dark_palette()) or not is_readable_on_white(dark_palette())
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21)


def test_the_window_under_a_dark_palette_shows_dark_text_on_light_fields(
        make_window, restore_palette, demo_template: Path, tmp_path: Path, qtbot) -> None:
    app = restore_palette
    app.setPalette(dark_palette())
    apply_style(app)
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    window = make_window(url_for(db), language="sv", seed_demo=False)
    window.show()
    window.select_area("network")
    window.page("network")
    edits = window.findChildren(QLineEdit)
    assert edits
    for edit in edits:
        p = edit.palette()
        assert contrast(p.color(QPalette.ColorRole.Text), p.color(QPalette.ColorRole.Base)) \
            >= 4.5


def test_ctrl_number_opens_each_area(make_window, demo_template: Path, tmp_path: Path,
                                     qtbot) -> None:
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    window = make_window(url_for(db), language="sv", seed_demo=False)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    keys = [spec.key for spec in areas.areas()]
    assert len(window.area_actions) == min(len(keys), 9)
    for number, key in reversed(list(enumerate(keys[:9], start=1))):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"),
                       Qt.KeyboardModifier.ControlModifier)
        assert window.current_area() == key
    # The actions sit in Visa, named as the navigation names the areas.
    texts = [a.text() for a in window.ui.menuView.actions()]
    assert window.ui.navList.item(1).text() in texts
    assert window.area_actions[1].shortcut().toString() == "Ctrl+2"


def test_the_main_controls_have_accessible_names(make_window, demo_template: Path,
                                                 tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    window = make_window(url_for(db), language="sv", seed_demo=False)
    window.show()
    assert window.ui.navList.accessibleName()
    missing = []
    for spec in areas.areas():
        window.select_area(spec.key)
        page = window.page(spec.key)
        # What a screen reader says: the accessible name, else the buddy label's text.
        unnamed = [control.objectName() for kind in CONTROLS
                   for control in page.findChildren(kind)
                   if control.isVisibleTo(page) and control.objectName()
                   and not control.objectName().startswith("qt_")
                   and not spoken_name(control)]
        missing += [f"{spec.key}: {name}" for name in unnamed]
    assert not missing, "controls a screen reader cannot name:\n" + "\n".join(missing)


def test_new_edit_save_find_act_on_the_area_in_view(make_window, load, demo_template: Path,
                                                    tmp_path: Path, qtbot) -> None:
    """Ctrl+F goes to the area's search field; Ctrl+N presses its New button (the events
    area's opens the event dialog, answered with Cancel here); an area without the button
    is left alone."""
    from PySide6.QtCore import QTimer

    from destination_norberg.gui.common.area_keys import act, target

    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    window = make_window(url_for(db), language="sv", seed_demo=False)
    window.show()
    load(window)
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.open_area("network")
    qtbot.waitUntil(window.network_page.ui.search.isVisible)  # the page is laid out
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.network_page.ui.search
    window.open_area("events")
    qtbot.waitUntil(window.events_page.ui.newButton.isVisible)
    opened: list[str] = []

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, cancel)
            return
        opened.append(type(dialog).__name__)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["EventDialog"]
    window.select_area("overview")
    assert target(window.pages["overview"], "new") is None
    assert act(window.pages["overview"], "save") is False
    texts = [a.text() for a in window.ui.menuEdit.actions()]
    assert "&Ny" in texts and "S&ök" in texts
