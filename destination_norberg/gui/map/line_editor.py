"""The line editor as a map tool (gui.map.view.MapTool): thin Qt over core.line_edit.

Drawing a new line: click to add points, double-click or Enter to finish, Backspace takes
back the last point, Esc cancels. Editing a line: drag a point to move it, click on the line
to insert one, right-click a point (or Delete after touching it) to remove it; a line keeps
at least two points. Points snap to the line's own points within SNAP_PIXELS. The tool only
changes its own copy; `finished` hands the points over to be saved as ONE undo step
(gui.map.trail_edit).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, Signal

from destination_norberg.core.geometry import line_length
from destination_norberg.core.line_edit import LineEditError, LineEditor, Point

#: A click this close to a point (or the line) hits it; a moved point snaps this close.
SNAP_PIXELS = 8.0
EDIT_COLOUR = "#6a1b9a"
#: Over the selection marks (1e8), so a selected line being edited keeps its handles on
#: top; under the compass and scale bar (1e9).
Z_TOP = 5e8
#: Above this many points the handles are drawn smaller.
DENSE = 60


class LineTool(QObject):
    """`finished(points)` on double-click/Enter; `cancelled` on Esc; `edited` after each
    change (for the hint under the map)."""

    finished = Signal(object)
    cancelled = Signal()
    edited = Signal()

    def __init__(self, canvas: object, points: Sequence[Point] = (), drawing: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.editor = LineEditor(points=[(float(x), float(y)) for x, y in points],
                                 drawing=drawing)
        self.problem = ""
        style = Qt.PenStyle.DashLine if drawing else Qt.PenStyle.SolidLine
        self.curve = pg.PlotCurveItem(pen=pg.mkPen(EDIT_COLOUR, width=3, style=style))
        self.handles = pg.ScatterPlotItem(size=10, symbol="s", pen=pg.mkPen(EDIT_COLOUR, width=2),
                                          brush=pg.mkBrush("#ffffff"))
        # While drawing: a thin line from the last point to the mouse shows the next segment.
        self.preview = pg.PlotCurveItem(pen=pg.mkPen(EDIT_COLOUR, width=1,
                                                     style=Qt.PenStyle.DotLine))
        for item in (self.curve, self.handles, self.preview):
            item.setZValue(Z_TOP)
            canvas.view_box.addItem(item, ignoreBounds=True)
        canvas.cursor_moved.connect(self._follow)
        self._redraw()

    # --- state ------------------------------------------------------------------------

    @property
    def points(self) -> list[Point]:
        return list(self.editor.points)

    def length_m(self) -> float:
        return line_length(self.editor.points)

    def tolerance(self) -> float:
        return SNAP_PIXELS * self.canvas.metres_per_pixel()

    def _redraw(self) -> None:
        pts = np.asarray(self.editor.points, float).reshape(-1, 2)
        self.curve.setData(pts[:, 0], pts[:, 1])
        # A long recorded track has its points close together: smaller handles keep it legible.
        self.handles.setData(pos=pts, size=10 if len(pts) <= DENSE else 6)
        self.preview.setData([], [])
        self.edited.emit()

    def _follow(self, x: float, y: float) -> None:
        points = self.editor.points
        if self.editor.drawing and points:
            self.preview.setData([points[-1][0], x], [points[-1][1], y])

    def remove(self) -> None:
        """Take the tool's drawing off the map."""
        self.canvas.cursor_moved.disconnect(self._follow)
        for item in (self.curve, self.handles, self.preview):
            self.canvas.view_box.removeItem(item)

    # --- MapTool ------------------------------------------------------------------------

    def click(self, x: float, y: float, button: Qt.MouseButton, double: bool) -> bool:
        self.problem = ""
        if button == Qt.MouseButton.RightButton:
            try:
                if self.editor.drawing:
                    self.editor.remove_last()
                else:
                    self.editor.remove_at((x, y), self.tolerance())
            except LineEditError:
                self.problem = self.tr("A line keeps at least two points.")
            self._redraw()
            return True
        if button != Qt.MouseButton.LeftButton:
            return False
        if double:
            self.finish()
            return True
        self.editor.click((x, y), self.tolerance())
        self._redraw()
        return True  # while editing, a click never selects

    def drag(self, x: float, y: float, phase: str) -> bool:
        if phase == "start":
            return self.editor.press((x, y), self.tolerance())
        self.editor.drag((x, y), self.tolerance())
        if phase == "finish":
            self.editor.release()
        self._redraw()
        return True

    def key(self, key: int) -> bool:
        self.problem = ""
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
        elif key == Qt.Key.Key_Escape:
            self.cancelled.emit()
        elif key == Qt.Key.Key_Backspace and self.editor.drawing:
            self.editor.remove_last()
            self._redraw()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            try:
                self.editor.remove_current()
            except LineEditError:
                self.problem = self.tr("A line keeps at least two points.")
            self._redraw()
        else:
            return False
        return True

    def finish(self) -> None:
        """Hand the line over when it has two points at least; else say so."""
        if not self.editor.complete:
            self.problem = self.tr("Click at least two points on the map.")
            self.edited.emit()
            return
        self.finished.emit(self.points)
