"""The same keys in every area: Ctrl+N new, Ctrl+E edit, Ctrl+S save, Ctrl+F find.

Each key acts on the area in view by pressing the button the area already shows for it
(found by its object name in the Designer form), so an area that has no such button, or
shows it disabled, is left alone: the key does what the visible button would do, no more.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QMenu, QWidget

#: The buttons (or the field) each key reaches, by object name, the first one shown wins.
TARGETS: dict[str, tuple[str, ...]] = {
    "new": ("newButton", "newOrgButton", "newReportButton", "newStrakButton"),
    "edit": ("editButton", "editOrgButton", "editTrailButton"),
    "save": ("saveButton",),
    "find": ("search",),
}
KEYS = {"new": QKeySequence.StandardKey.New, "edit": "Ctrl+E",
        "save": QKeySequence.StandardKey.Save, "find": QKeySequence.StandardKey.Find}


def _texts() -> dict[str, str]:
    return {"new": QCoreApplication.translate("AreaKeys", "&New"),
            "edit": QCoreApplication.translate("AreaKeys", "&Edit…"),
            "save": QCoreApplication.translate("AreaKeys", "&Save"),
            "find": QCoreApplication.translate("AreaKeys", "&Find")}


def target(page: QWidget, what: str) -> QWidget | None:
    """The shown, enabled widget of `page` the key `what` acts on, or None."""
    for name in TARGETS[what]:
        for widget in page.findChildren(QWidget, name):
            if widget.isVisible() and widget.isEnabled():
                return widget
    return None


def act(page: QWidget, what: str) -> bool:
    """Press the area's button (or go to its search field); False when it has none shown."""
    widget = target(page, what)
    if isinstance(widget, QLineEdit):
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
        widget.selectAll()
    elif isinstance(widget, QAbstractButton):
        widget.click()
    return widget is not None


class AreaKeys:
    """The four actions, in the Edit menu and on the window; `retranslate` renames them."""

    def __init__(self, window: QWidget, menu: QMenu, current_page: Callable[[], QWidget]) -> None:
        self.actions: dict[str, QAction] = {}
        menu.addSeparator()
        for what, key in KEYS.items():
            action = QAction(window)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, w=what: act(current_page(), w))
            menu.addAction(action)
            window.addAction(action)
            self.actions[what] = action
        self.retranslate()

    def retranslate(self) -> None:
        for what, text in _texts().items():
            self.actions[what].setText(text)
