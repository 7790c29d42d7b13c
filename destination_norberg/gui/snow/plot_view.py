"""What a plot in a scrolled page needs: the wheel goes to the page unless Ctrl is held, and
a view can be put back as the data was first shown (the plots' "Reset view")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

#: (auto-range flags per axis, [x range, y range]) of a ViewBox.
Home = tuple[list[Any], list[list[float]]]


def zooms(event: QWheelEvent) -> bool:
    """Ctrl+wheel zooms the plot, as in a browser; the wheel alone scrolls the page."""
    return bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)


def wheel_to_page(widget: QWidget, event: QWheelEvent) -> None:
    """Hand the wheel to the nearest scrolled area around `widget`, explicitly: Qt passes
    an ignored wheel event on to the parent only when it came from the device, not when it
    was sent."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    if area is None:
        event.ignore()
        return
    QApplication.sendEvent(area.viewport(), event)
    event.accept()


def home_of(box: Any) -> Home:
    """The range a pyqtgraph ViewBox shows now, fixed or automatic."""
    return list(box.state["autoRange"]), [list(r) for r in box.viewRange()]


def go_home(box: Any, home: Home) -> None:
    auto, (x_range, y_range) = home
    box.disableAutoRange()
    box.setRange(xRange=x_range, yRange=y_range, padding=0.0)
    for axis, name in ((0, "x"), (1, "y")):
        if auto[axis]:
            box.enableAutoRange(axis=name)


def add_reset_action(plot: Any) -> QAction:
    """"Reset view" in the plot's right-click menu (pyqtgraph's own menu is English only)."""
    plot.getPlotItem().setMenuEnabled(False)
    action = QAction(plot)
    action.triggered.connect(plot.reset_view)
    plot.addAction(action)
    plot.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    name_reset(plot, action)
    return action


def name_reset(plot: QWidget, action: QAction) -> None:
    """In the language of the moment (again on a language change)."""
    action.setText(QCoreApplication.translate("SnowPlots", "Reset view"))
    plot.setToolTip(QCoreApplication.translate(
        "SnowPlots", "Ctrl+wheel zooms, dragging pans; the wheel alone scrolls the page."))
