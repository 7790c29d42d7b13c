"""Pick a point on the map instead of typing N and E: a small dialog around the map canvas.

The organisation dialog's "Pick on the map…" opens it; a click sets the point (a marker and
its SWEREF 99 TM / WGS 84 position show it), OK hands it back in EPSG:3006. The trails,
businesses and venues are read in the dialog's own worker so the coordinator sees where the
point lies; until they arrive (or without them) the map opens over Norberg. The point is
saved with the dialog it came from, so it is undone with that edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.common.plain import plain
from destination_norberg.gui.map.canvas import MapCanvas

Point = tuple[float, float]
#: Norberg town (DESIGN.md §2): where the map opens without a point or data.
NORBERG: Point = (551_400.0, 6_659_000.0)
START_SPAN_M = 3_000.0


class ClickTool:
    """A MapTool: a left click calls `on_click(x, y)`; Esc (or a right click) `on_cancel`;
    a drag still pans the map."""

    def __init__(self, on_click: Callable[[float, float], None],
                 on_cancel: Callable[[], None] = lambda: None) -> None:
        self.on_click, self.on_cancel = on_click, on_cancel

    def click(self, x: float, y: float, button: Qt.MouseButton, double: bool) -> bool:
        if button == Qt.MouseButton.RightButton:
            self.on_cancel()
            return True
        if button != Qt.MouseButton.LeftButton:
            return False
        self.on_click(x, y)
        return True

    def drag(self, x: float, y: float, phase: str) -> bool:
        return False  # a drag pans the map

    def key(self, key: int) -> bool:
        if key == Qt.Key.Key_Escape:
            self.on_cancel()
            return True
        return False


class PointPickerDialog(QDialog):
    def __init__(self, start: Point | None, load: Callable[[], Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pick the location on the map"))
        self.resize(760, 560)
        self.point: Point | None = None
        self.canvas = MapCanvas(self)
        self.marker = pg.ScatterPlotItem(size=16, symbol="o", pen=pg.mkPen("#b3261e", width=3),
                                         brush=pg.mkBrush(179, 38, 30, 80))
        self.marker.setZValue(1_000_000.0)
        self.canvas.view_box.addItem(self.marker, ignoreBounds=True)
        self.canvas.set_tool(ClickTool(lambda x, y: self.set_point((x, y)), self.reject))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.buttons)
        centre = start or NORBERG
        self._centre(centre)
        if start is not None:
            self.set_point(start)
        self._show()
        self.runner: TaskRunner | None = None
        if load is not None:
            self.runner = TaskRunner(self)
            self.runner.run(load, self._on_data, lambda _exc: None)

    def _centre(self, at: Point) -> None:
        half = START_SPAN_M / 2
        self.canvas.zoom_to((at[0] - half, at[1] - half, at[0] + half, at[1] + half))

    def _on_data(self, data: Any) -> None:
        from destination_norberg.gui.map.styles import build_layers

        for layer in build_layers(data, "map", "status"):
            self.canvas.add_layer(layer)
        if self.point is not None:
            self._centre(self.point)

    def set_point(self, point: Point) -> None:
        self.point = (float(point[0]), float(point[1]))
        self.marker.setData(pos=[self.point])
        self._show()

    def _show(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.point is not None)
        what = self.tr("Click the map where it is; drag to move the map, turn the wheel to "
                       "zoom.")
        if self.point is not None:
            what += "\n" + self.canvas.position_text(*self.point)
        self.hint.setText(plain(what))

    def done(self, result: int) -> None:
        if self.runner is not None:
            self.runner.shutdown()
        self.canvas.set_tool(None)
        super().done(result)


def pick_point(parent: QWidget, start: Point | None,
               load: Callable[[], Any] | None = None) -> Point | None:
    """The point clicked on the map (EPSG:3006), or None when cancelled."""
    dialog = PointPickerDialog(start, load, parent)
    try:
        return dialog.point if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def pick_label() -> str:
    return QCoreApplication.translate("PointPicker", "Pick on the map…")
