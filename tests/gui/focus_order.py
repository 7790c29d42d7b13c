"""A dialog's tab order against its reading order: rows top to bottom, left to right in a
row, the OK/Cancel buttons last. Used by test_tab_order.py."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QWidget

#: Widgets whose centres are this close vertically sit on one row.
ROW_TOLERANCE = 12


def tab_chain(dialog: QDialog) -> list[QWidget]:
    """The widgets Tab visits, in order, from the first one."""
    chain: list[QWidget] = []
    widget = dialog.nextInFocusChain()
    seen = set()
    while widget is not None and widget is not dialog and id(widget) not in seen:
        seen.add(id(widget))
        if _tabbable(widget, dialog):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _tabbable(widget: QWidget, dialog: QDialog) -> bool:
    return (widget.isVisibleTo(dialog) and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and widget.focusProxy() is None and widget.window() is dialog)


def _in_buttons(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(widget, QAbstractButton) and isinstance(parent, QDialogButtonBox)


def reading_order(dialog: QDialog, widgets: list[QWidget]) -> list[QWidget]:
    def key(w: QWidget) -> tuple[int, float, int]:
        top_left = w.mapTo(dialog, QPoint(0, 0))
        centre = top_left.y() + w.height() / 2
        return (int(_in_buttons(w)), round(centre / ROW_TOLERANCE), top_left.x())
    return sorted(widgets, key=key)


def out_of_order(dialog: QDialog) -> list[str]:
    """The widgets Tab reaches before one that reads earlier: empty when the order is sound."""
    chain = tab_chain(dialog)
    expected = reading_order(dialog, chain)
    return [f"{i}: tab reaches {w.objectName() or type(w).__name__}, reading order says "
            f"{e.objectName() or type(e).__name__}"
            for i, (w, e) in enumerate(zip(chain, expected, strict=True)) if w is not e]
