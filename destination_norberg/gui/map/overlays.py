"""What the map draws in pixels rather than metres: the scale bar, the north arrow and labels.

The scale bar and arrow are one item parented to the ViewBox itself (not to its view
group), so they live in the box's pixel coordinates and stay in their corners whatever the
zoom; they are repainted when the range or the size changes. Point labels are drawn by one
item for all points, in pixels next to each point, for the points in view only: one TextItem
per label would be one graphics item per feature again.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from destination_norberg.gui.map.geometry import nice_length

INK = QColor("#1f2a36")
HIGHLIGHT = "#ff9f1c"
PAPER = QColor(255, 255, 255, 215)
EDGE = QColor("#8a96a3")
MARGIN = 12  # pixels from the box's edges
#: The bar is the longest round length that fits in this many pixels (so 40 %–100 % of it).
SCALE_BAR_MAX_PX = 120.0


def length_text(metres: float) -> str:
    """"500 m", "1 km", "2,5 km" (decimals in the program's locale)."""
    locale = QLocale()
    if metres < 1000:
        return f"{locale.toString(float(metres), 'f', 0 if metres >= 1 else 1)} m"
    km = metres / 1000
    decimals = 0 if km == int(km) else 1
    return f"{locale.toString(km, 'f', decimals)} km"


def scale_bar_for(metres_per_px: float, max_px: float = SCALE_BAR_MAX_PX) -> tuple[float, float]:
    """(length in metres, length in pixels) of the scale bar at a view scale."""
    metres = nice_length(metres_per_px * max_px) if metres_per_px > 0 else 0.0
    return metres, (metres / metres_per_px if metres else 0.0)


class MapOverlay(QGraphicsObject):
    """Scale bar (bottom left) and north arrow (top right) over a ViewBox.

    North is grid north: SWEREF 99 TM's meridian convergence at Norberg is under one degree.
    """

    def __init__(self, box: pg.ViewBox) -> None:
        super().__init__(box)
        self._box = box
        self.setZValue(1e9)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresParentOpacity)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        box.sigRangeChanged.connect(self.refresh)
        box.sigResized.connect(self.refresh)
        self._font = QFont()
        self._font.setPointSizeF(8.5)
        self._attribution = ""

    def set_attribution(self, text: str) -> None:
        self._attribution = text
        self.update()

    def refresh(self, *_args: object) -> None:
        self.prepareGeometryChange()
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._box.boundingRect()

    def scale_bar(self) -> tuple[float, float, str]:
        """(metres, pixels, label) of the bar as drawn now."""
        metres, px = scale_bar_for(self._box.viewPixelSize()[0])
        return metres, px, length_text(metres) if metres else ""

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        rect = self._box.boundingRect()
        if rect.width() < 60 or rect.height() < 60:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setFont(self._font)
        self._paint_scale_bar(painter, rect)
        self._paint_north_arrow(painter, rect)
        if self._attribution:
            self._paint_attribution(painter, rect)

    def _paint_attribution(self, painter: QPainter, rect: QRectF) -> None:
        small = QFont(self._font)
        small.setPointSizeF(7.5)
        metrics = QFontMetricsF(small)
        w, h = metrics.horizontalAdvance(self._attribution) + 8, metrics.height() + 2
        box = QRectF(rect.right() - w, rect.bottom() - h, w, h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(PAPER))
        painter.drawRect(box)
        painter.setFont(small)
        painter.setPen(INK)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self._attribution)

    def _paint_scale_bar(self, painter: QPainter, rect: QRectF) -> None:
        metres, px, label = self.scale_bar()
        if not metres:
            return
        metrics = QFontMetricsF(self._font)
        left, bottom = rect.left() + MARGIN, rect.bottom() - MARGIN
        text_w = metrics.horizontalAdvance(label)
        box = QRectF(left - 6, bottom - 8 - metrics.height() - 6,
                     max(px, text_w) + 12, metrics.height() + 8 + 10)
        painter.setPen(QPen(EDGE, 0.8))
        painter.setBrush(QBrush(PAPER))
        painter.drawRoundedRect(box, 3, 3)
        # A bar of two halves, dark and light, with ticks: the classic map scale.
        half = px / 2
        bar = QRectF(left, bottom - 5, px, 4)
        painter.setPen(QPen(INK, 1))
        painter.setBrush(QBrush(INK))
        painter.drawRect(QRectF(bar.left(), bar.top(), half, bar.height()))
        painter.setBrush(QBrush(Qt.GlobalColor.white))
        painter.drawRect(QRectF(bar.left() + half, bar.top(), half, bar.height()))
        painter.setPen(INK)
        painter.drawText(QPointF(left, bar.top() - 4), label)

    def _paint_north_arrow(self, painter: QPainter, rect: QRectF) -> None:
        w, h = 22.0, 34.0
        cx, top = rect.right() - MARGIN - w / 2 - 4, rect.top() + MARGIN
        back = QRectF(cx - w / 2 - 5, top - 3, w + 10, h + 22)
        painter.setPen(QPen(EDGE, 0.8))
        painter.setBrush(QBrush(PAPER))
        painter.drawRoundedRect(back, 3, 3)
        tip, base = QPointF(cx, top + 16), top + 16 + h - 6
        notch = base - 8
        left_half = QPainterPath(tip)
        left_half.lineTo(cx - w / 2 + 3, base)
        left_half.lineTo(cx, notch)
        left_half.closeSubpath()
        right_half = QPainterPath(tip)
        right_half.lineTo(cx + w / 2 - 3, base)
        right_half.lineTo(cx, notch)
        right_half.closeSubpath()
        painter.setPen(QPen(INK, 1))
        painter.setBrush(QBrush(INK))
        painter.drawPath(left_half)
        painter.setBrush(QBrush(Qt.GlobalColor.white))
        painter.drawPath(right_half)
        bold = QFont(self._font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(INK)
        painter.drawText(QRectF(cx - w / 2, top - 1, w, 16), Qt.AlignmentFlag.AlignCenter, "N")


class PointLabels(pg.GraphicsObject):
    """Labels beside points, in pixels, for the points in view (at most `limit` of them)."""

    def __init__(self, xy: np.ndarray, labels: Sequence[str | None], offset_px: float,
                 limit: int = 400) -> None:
        super().__init__()
        keep = [i for i, text in enumerate(labels) if text]
        self._xy = xy[keep] if len(keep) else np.empty((0, 2))
        self._labels = [labels[i] or "" for i in keep]
        self._offset = offset_px
        self._limit = limit
        self._font = QFont()
        self._font.setPointSizeF(8.0)
        self._font.setBold(True)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        # Labels reach beyond the points by some pixels: claim the view, which is repainted
        # as a whole on every pan anyway.
        box = self.getViewBox()
        return box.viewRect() if box is not None else QRectF()

    def viewTransformChanged(self) -> None:  # noqa: N802 - pyqtgraph hook
        self.prepareGeometryChange()

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        box = self.getViewBox()
        if box is None or not len(self._xy):
            return
        view = box.viewRect()
        x, y = self._xy[:, 0], self._xy[:, 1]
        inside = np.flatnonzero((x >= view.left()) & (x <= view.right())
                                & (y >= view.top()) & (y <= view.bottom()))[: self._limit]
        if not len(inside):
            return
        transform = painter.transform()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setFont(self._font)
        halo = QPen(QColor(255, 255, 255, 230), 3)
        for i in inside:
            at = transform.map(QPointF(float(x[i]), float(y[i])))
            where = QPointF(at.x() + self._offset, at.y() - self._offset)
            path = QPainterPath()
            path.addText(where, self._font, self._labels[i])
            painter.strokePath(path, halo)
            painter.fillPath(path, QBrush(INK))


class SelectionMarks:
    """The selected feature drawn over everything: a wide halo with the line itself on it, or
    a ring around a point. Full resolution, whatever the level of detail of its layer."""

    def __init__(self, box: pg.ViewBox) -> None:
        self.halo = self._curve(box, HIGHLIGHT, 6.0, 1e8)
        self.core = self._curve(box, INK.name(), 2.0, 1e8 + 1)
        self.spot = pg.ScatterPlotItem(size=18, pen=pg.mkPen(HIGHLIGHT, width=3), brush=None,
                                       symbol="o")
        self.spot.setZValue(1e8 + 2)
        box.addItem(self.spot, ignoreBounds=True)

    @staticmethod
    def _curve(box: pg.ViewBox, colour: str, width: float, z: float) -> pg.PlotCurveItem:
        curve = pg.PlotCurveItem(pen=pg.mkPen(colour, width=width), antialias=True,
                                 skipFiniteCheck=True)
        curve.setSegmentedLineMode("on")  # thick and antialiased: segments (DESIGN.md §4)
        curve.setZValue(z)
        box.addItem(curve, ignoreBounds=True)
        return curve

    def clear(self) -> None:
        for curve in (self.halo, self.core):
            curve.setData([], [])
        self.spot.setData([])

    def show_parts(self, parts: Sequence[np.ndarray], colour: str) -> None:
        self.clear()
        if not parts:
            return
        xy = np.concatenate(parts)
        connect = np.ones(len(xy), bool)
        connect[np.cumsum([len(p) for p in parts]) - 1] = False
        self.core.setPen(pg.mkPen(colour, width=2))
        for curve in (self.halo, self.core):
            curve.setData(xy[:, 0], xy[:, 1], connect=connect)

    def show_point(self, xy: np.ndarray) -> None:
        self.clear()
        self.spot.setData(pos=np.asarray(xy, float).reshape(1, 2))
