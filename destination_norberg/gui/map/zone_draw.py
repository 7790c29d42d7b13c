"""Drawing a polygon on the map: click the corners, double-click or Enter closes it.

A tool on the map canvas (gui.map.canvas) for as long as it is drawing: it takes the view
box's clicks (the canvas's own click-to-select is set aside meanwhile and given back after),
draws the corners and the outline with a rubber band to the mouse, and listens on the
graphics view for the keys: Enter closes the polygon (three corners at least), Esc cancels,
Backspace takes back the last corner. A double-click closes it at the corner its first click
set. It knows nothing of zones or trails: `finished` carries the corners in EPSG:3006.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, Signal

LINE_COLOUR = "#b3261e"


class PolygonDrawTool(QObject):
    """`finished(corners)` with [(easting, northing), …] (open ring), or `cancelled()`."""

    finished = Signal(list)
    cancelled = Signal()
    changed = Signal(int)  # the number of corners so far

    def __init__(self, canvas: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.points: list[tuple[float, float]] = []
        self.active = False
        self._cursor: tuple[float, float] | None = None
        self._outline: Any = None
        self._corners: Any = None

    # --- start and stop ---------------------------------------------------------------

    def start(self) -> None:
        if self.active:
            return
        self.active = True
        self.points = []
        self._cursor = None
        box = self.canvas.view_box
        pen = pg.mkPen(LINE_COLOUR, width=2, style=Qt.PenStyle.DashLine)
        self._outline = pg.PlotCurveItem(pen=pen, fillLevel=None)
        self._corners = pg.ScatterPlotItem(size=8, pen=pg.mkPen(LINE_COLOUR),
                                           brush=pg.mkBrush("#ffffff"))
        for item in (self._outline, self._corners):
            item.setZValue(10_000)
            box.addItem(item, ignoreBounds=True)
        # The canvas selects what a click hits; while drawing a click is a corner instead.
        box.clicked.disconnect(self.canvas._clicked)
        box.clicked.connect(self.add_point)
        self.canvas.cursor_moved.connect(self._moved)
        view = self.canvas.graphics_view
        for target in (view, view.viewport()):
            target.installEventFilter(self)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.canvas.clear_selection()
        self._redraw()

    def stop(self) -> None:
        """Put the canvas back as it was (also when the page goes)."""
        if not self.active:
            return
        self.active = False
        box = self.canvas.view_box
        box.clicked.disconnect(self.add_point)
        box.clicked.connect(self.canvas._clicked)
        self.canvas.cursor_moved.disconnect(self._moved)
        view = self.canvas.graphics_view
        for target in (view, view.viewport()):
            target.removeEventFilter(self)
        for item in (self._outline, self._corners):
            box.removeItem(item)
        self._outline = self._corners = None

    # --- corners ----------------------------------------------------------------------

    def add_point(self, x: float, y: float) -> None:
        point = (float(x), float(y))
        if self.points and self.points[-1] == point:
            return
        self.points.append(point)
        self._redraw()
        self.changed.emit(len(self.points))

    def remove_last(self) -> None:
        if self.points:
            self.points.pop()
            self._redraw()
            self.changed.emit(len(self.points))

    def finish(self) -> bool:
        """Close the polygon: False (and still drawing) with fewer than three corners."""
        if len(set(self.points)) < 3:
            return False
        corners = list(self.points)
        self.stop()
        self.finished.emit(corners)
        return True

    def cancel(self) -> None:
        self.stop()
        self.cancelled.emit()

    def _moved(self, x: float, y: float) -> None:
        self._cursor = (x, y)
        if self.points:
            self._redraw()

    def _redraw(self) -> None:
        if self._outline is None:
            return
        ring = list(self.points)
        if ring and self._cursor is not None:
            ring.append(self._cursor)
        if len(ring) >= 3:
            ring.append(ring[0])
        xs = [p[0] for p in ring]
        ys = [p[1] for p in ring]
        self._outline.setData(xs, ys)
        self._corners.setData([p[0] for p in self.points], [p[1] for p in self.points])

    # --- keys and the double-click ------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self.active:
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.finish()
                return True
            if key == Qt.Key.Key_Escape:
                self.cancel()
                return True
            if key == Qt.Key.Key_Backspace:
                self.remove_last()
                return True
        if kind == QEvent.Type.MouseButtonDblClick \
                and event.button() == Qt.MouseButton.LeftButton:
            # The double-click's first click set the last corner already.
            self.finish()
            return True
        return False
