"""A dialog drawn inside the main window for the `screenshot` command.

A screenshot grabs the window only, and a dialog is a window of its own: for the picture it
becomes a framed, titled panel in the middle of the window, as the user sees it open over
the area. One helper for every area's dialog views (seasons, help, trails, mail).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget


def framed(window: QWidget, dialog: QDialog, share: float = 0.9,
           fill: bool = False) -> QDialog:
    """`dialog` as a panel in the middle of `window`: its own size up to `share` of the
    window's, or that share whatever its own size when `fill`."""
    dialog.hide()
    if dialog.parent() is not window:
        dialog.setParent(window)
    dialog.setWindowFlags(Qt.WindowType.Widget)
    dialog.setObjectName("dialogShot")
    dialog.setStyleSheet("#dialogShot { background: palette(window); "
                         "border: 1px solid #8a96a3; border-radius: 8px; }")
    dialog.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    title = QLabel(dialog.windowTitle(), dialog)  # a window's title bar, which a widget lacks
    title.setStyleSheet("font-size: 15pt; font-weight: bold;")
    dialog.layout().insertWidget(0, title)  # type: ignore[union-attr]
    size = window.size() * share if fill else dialog.size().boundedTo(window.size() * share)
    dialog.resize(size)
    dialog.move((window.width() - size.width()) // 2, (window.height() - size.height()) // 2)
    dialog.show()
    dialog.raise_()
    return dialog
