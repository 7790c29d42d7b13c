"""A small map of a stråk: the walking route and its numbered stops, north up, to scale.

Coordinates are SWEREF 99 TM (EPSG:3006): metres, x = easting, y = northing. The drawing
keeps the aspect (one metre is as long across as up), so a scale bar can be trusted.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from destination_norberg.gui.common.plain import tip

Coord = tuple[float, float]

BACKGROUND = QColor("#f7f9fb")
BORDER = QColor("#d9dee5")
ROUTE = QColor("#2f5b85")
STOP_FILL = QColor("#f2c14e")
STOP_SELECTED = QColor("#d35400")
INK = QColor("#1f3a56")
MUTED = QColor("#5b6670")

MARGIN = 22  # pixels around the drawing, room for the stop circles and the scale bar
STOP_RADIUS = 10
# The scale bar is 500 m when that fits; a very small widget falls back to a shorter bar.
SCALE_BARS_M = (500, 200, 100, 50)


@dataclass(frozen=True, slots=True)
class StopMark:
    """A stop to draw: its number on the walk, where it is, and its name for the tooltip."""

    position: int
    x: float
    y: float
    name: str = ""


class RoutePreview(QWidget):
    """Paints `route` and `stops`; `set_selected(position)` rings one stop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._route: tuple[Coord, ...] = ()
        self._stops: tuple[StopMark, ...] = ()
        self._missing = 0
        self._selected: int | None = None
        self.setMinimumSize(260, 220)
        self.setMouseTracking(True)

    # --- data ---------------------------------------------------------------------------

    def set_route(self, route: Sequence[Coord], stops: Sequence[StopMark],
                  missing_locations: int = 0) -> None:
        """`missing_locations`: stops that have no location and so cannot be drawn."""
        self._route = tuple((float(x), float(y)) for x, y in route)
        self._stops = tuple(stops)
        self._missing = missing_locations
        self.update()

    def set_selected(self, position: int | None) -> None:
        if position != self._selected:
            self._selected = position
            self.update()

    def route(self) -> tuple[Coord, ...]:
        return self._route

    def stops(self) -> tuple[StopMark, ...]:
        return self._stops

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(420, 380)

    # --- geometry -----------------------------------------------------------------------

    def _transform(self) -> tuple[float, float, float] | None:
        """(scale in px per metre, easting at the left edge, northing at the top edge)."""
        points = list(self._route) + [(s.x, s.y) for s in self._stops]
        if not points:
            return None
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        min_x, max_x, min_y, max_y = min(xs), max(xs), min(ys), max(ys)
        # A single point or a straight north-south line still gets a sensible frame.
        span_x = max(max_x - min_x, 50.0)
        span_y = max(max_y - min_y, 50.0)
        width = max(self.width() - 2 * MARGIN, 1)
        height = max(self.height() - 2 * MARGIN - 18, 1)  # 18 px under it for the scale bar
        scale = min(width / span_x, height / span_y)
        mid_x, mid_y = (min_x + max_x) / 2, (min_y + max_y) / 2
        left = mid_x - (self.width() / 2) / scale
        top = mid_y + (MARGIN + height / 2) / scale
        return scale, left, top

    def to_widget(self, x: float, y: float) -> QPointF:
        """EPSG:3006 metres to widget pixels (north up); the widget centre if nothing to draw."""
        t = self._transform()
        if t is None:
            return QPointF(self.width() / 2, self.height() / 2)
        scale, left, top = t
        return QPointF((x - left) * scale, (top - y) * scale)

    def stop_at(self, point: QPointF) -> StopMark | None:
        """The stop drawn under `point`, the last drawn (top-most) first."""
        for stop in reversed(self._stops):
            centre = self.to_widget(stop.x, stop.y)
            if math.hypot(centre.x() - point.x(), centre.y() - point.y()) <= STOP_RADIUS + 2:
                return stop
        return None

    # --- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(BORDER, 1))
        painter.setBrush(BACKGROUND)
        painter.drawRoundedRect(frame, 6, 6)
        t = self._transform()
        if t is None:
            painter.setPen(MUTED)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No route drawn yet."))
            painter.end()
            return
        self._paint_route(painter)
        self._paint_stops(painter)
        self._paint_scale_bar(painter, t[0])
        self._paint_north(painter)
        if self._missing:
            painter.setPen(MUTED)
            painter.drawText(QRectF(8, 4, self.width() - 40, 18),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.tr("%n stop(s) without a location", "", self._missing))
        painter.end()

    def _paint_route(self, painter: QPainter) -> None:
        if len(self._route) < 2:
            return
        path = QPainterPath(self.to_widget(*self._route[0]))
        for x, y in self._route[1:]:
            path.lineTo(self.to_widget(x, y))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(255, 255, 255, 220), 7, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.drawPath(path)
        painter.setPen(QPen(ROUTE, 3.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.drawPath(path)
        # Where the walk starts: a small dot (the start is usually also the end).
        painter.setBrush(ROUTE)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(self.to_widget(*self._route[0]), 4.5, 4.5)

    def _paint_stops(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        font.setBold(True)
        painter.setFont(font)
        for stop in sorted(self._stops, key=lambda s: s.position == self._selected):
            centre = self.to_widget(stop.x, stop.y)
            selected = stop.position == self._selected
            radius = STOP_RADIUS + (2 if selected else 0)
            painter.setPen(QPen(INK, 1.5))
            painter.setBrush(STOP_SELECTED if selected else STOP_FILL)
            painter.drawEllipse(centre, radius, radius)
            painter.setPen(QColor("white") if selected else INK)
            box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(stop.position))

    def _paint_scale_bar(self, painter: QPainter, scale: float) -> None:
        usable = self.width() * 0.45
        metres = next((m for m in SCALE_BARS_M if m * scale <= usable), SCALE_BARS_M[-1])
        length = metres * scale
        x0, y0 = 12.0, self.height() - 14.0
        painter.setPen(QPen(INK, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawLine(QPointF(x0, y0), QPointF(x0 + length, y0))
        for x in (x0, x0 + length / 2, x0 + length):
            tick = 5 if x != x0 + length / 2 else 3
            painter.drawLine(QPointF(x, y0), QPointF(x, y0 - tick))
        painter.setFont(self.font())
        painter.setPen(INK)
        painter.drawText(QPointF(x0 + length + 6, y0 + 4),
                         f"{QLocale().toString(metres)} m")

    def _paint_north(self, painter: QPainter) -> None:
        x, y = self.width() - 18.0, 10.0
        arrow = QPainterPath(QPointF(x, y))
        arrow.lineTo(x + 6, y + 16)
        arrow.lineTo(x, y + 12)
        arrow.lineTo(x - 6, y + 16)
        arrow.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(INK)
        painter.drawPath(arrow)
        painter.setPen(INK)
        painter.setFont(self.font())
        painter.drawText(QRectF(x - 10, y + 16, 20, 16), Qt.AlignmentFlag.AlignCenter,
                         self.tr("N", "north"))

    # --- tooltips -----------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            stop = self.stop_at(QPointF(event.pos()))
            if stop is not None:
                QToolTip.showText(event.globalPos(), tip(f"{stop.position}. {stop.name}"), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
