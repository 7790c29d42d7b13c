"""The map's ViewBox: metres both ways (aspect locked), clicks, and shift-drag to zoom to a box.

pyqtgraph's own ViewBox pans with the left button and zooms with the wheel already; a
coordinator also wants to draw a box around a village and see just that, which pyqtgraph
offers as a separate mouse mode: here it is the same mode while Shift is held.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal

from destination_norberg.gui.map.layers import Bbox

#: From a street (20 m across) to all of Sweden and some (2,000 km).
MIN_SPAN_M, MAX_SPAN_M = 20.0, 2_000_000.0


def grown(rect: Bbox, fraction: float) -> Bbox:
    """`rect` with `fraction` of its width and height added on every side."""
    x0, y0, x1, y1 = rect
    dx, dy = (x1 - x0) * fraction, (y1 - y0) * fraction
    return (x0 - dx, y0 - dy, x1 + dx, y1 + dy)


def merge_boxes(boxes: Iterable[Bbox | None]) -> Bbox | None:
    """The box around all given boxes (None ones skipped); None when there are none."""
    real = [b for b in boxes if b is not None]
    if not real:
        return None
    return (min(b[0] for b in real), min(b[1] for b in real), max(b[2] for b in real),
            max(b[3] for b in real))


class MapTool(Protocol):
    """An interactive tool installed on the map (MapCanvas.set_tool): it sees clicks, drags
    and keys first, in map metres, and returns True for what it handled (the map pans,
    zooms and selects as usual otherwise). The line editor and the zone tool are tools."""

    def click(self, x: float, y: float, button: Qt.MouseButton, double: bool) -> bool: ...

    def drag(self, x: float, y: float, phase: str) -> bool:
        """`phase` "start" (True: the tool takes this drag), "move" or "finish"."""
        ...

    def key(self, key: int) -> bool: ...


class MapViewBox(pg.ViewBox):
    """A north-up ViewBox in metres; `clicked` carries a left click's map position."""

    clicked = Signal(float, float)

    def __init__(self) -> None:
        super().__init__(lockAspect=1.0, enableMenu=False, invertY=False)
        self.setLimits(minXRange=MIN_SPAN_M, minYRange=MIN_SPAN_M, maxXRange=MAX_SPAN_M,
                       maxYRange=MAX_SPAN_M)
        self._box_drag = False
        self.tool: Any = None  # a MapTool, or None (MapCanvas.set_tool)
        self._tool_drag = False

    def mouseClickEvent(self, ev: object) -> None:  # noqa: N802 - pyqtgraph override
        if self.tool is not None:
            at = self.mapSceneToView(ev.scenePos())
            if self.tool.click(at.x(), at.y(), ev.button(), bool(ev.double())):
                ev.accept()
                return
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            at = self.mapSceneToView(ev.scenePos())
            self.clicked.emit(at.x(), at.y())
            return
        super().mouseClickEvent(ev)

    def mouseDragEvent(self, ev: object, axis: int | None = None,  # noqa: N802 - override
                       ) -> None:
        if self._tool_event(ev):
            return
        if ev.isStart():
            self._box_drag = (ev.button() == Qt.MouseButton.LeftButton
                              and bool(ev.modifiers() & Qt.KeyboardModifier.ShiftModifier))
        if not self._box_drag:
            super().mouseDragEvent(ev, axis)
            return
        self.state["mouseMode"] = pg.ViewBox.RectMode
        try:
            super().mouseDragEvent(ev, axis)
        finally:
            self.state["mouseMode"] = pg.ViewBox.PanMode
        if ev.isFinish():
            self._box_drag = False

    def _tool_event(self, ev: Any) -> bool:
        """A left-button drag the installed tool takes (moving a vertex, say)."""
        if self.tool is None or ev.button() != Qt.MouseButton.LeftButton:
            return False
        at = self.mapSceneToView(ev.scenePos())
        if ev.isStart():
            start = self.mapSceneToView(ev.buttonDownScenePos())
            self._tool_drag = bool(self.tool.drag(start.x(), start.y(), "start"))
        if not self._tool_drag:
            return False
        ev.accept()
        self.tool.drag(at.x(), at.y(), "finish" if ev.isFinish() else "move")
        if ev.isFinish():
            self._tool_drag = False
        return True
