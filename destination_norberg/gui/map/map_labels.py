"""Names on the map: trail names along their lines and place names of the background map.

One graphics item per label layer paints the labels in view, in pixels, each with a white
halo: the most important first, a label that would overlap one already drawn is left out, a
name longer than its line at this zoom is left out, and nothing is drawn zoomed out beyond
the layer's `max_mpp` (metres per pixel), so the map never turns into a carpet of text.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from destination_norberg.gui.map.layers import Bbox, MapLayer


@dataclass(frozen=True, slots=True)
class LabelStyle:
    colour: str = "#1f2a36"
    size: float = 8.5  # points
    bold: bool = False
    italic: bool = False
    spacing: float = 0.0  # letter spacing in per cent over 100 (place names: wide)


@dataclass(frozen=True, slots=True)
class Label:
    """`text` at (x, y) in EPSG:3006, turned to `angle` degrees (counter-clockwise, as the
    map's axes); `span_m`: the line it names (0: a place, no limit); lower `rank` first."""

    text: str
    x: float
    y: float
    angle: float = 0.0
    span_m: float = 0.0
    style: LabelStyle = LabelStyle()
    rank: int = 0


def along_line(text: str, coords: np.ndarray, style: LabelStyle, rank: int = 0) -> Label | None:
    """A label at the middle of a line (by length), turned along it there."""
    if len(coords) < 2 or not text:
        return None
    steps = np.hypot(*np.diff(coords, axis=0).T)
    total = float(steps.sum())
    if total <= 0:
        return None
    along = np.concatenate([[0.0], np.cumsum(steps)])

    def at(distance: float) -> np.ndarray:
        return np.array([np.interp(distance, along, coords[:, 0]),
                         np.interp(distance, along, coords[:, 1])])

    middle = total / 2
    reach = min(total / 6, 150.0)  # the direction over some metres, not one zig-zag
    a, b = at(middle - reach), at(middle + reach)
    angle = math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))
    x, y = at(middle)
    return Label(text, float(x), float(y), angle, total, style, rank)


class LabelLayer(MapLayer):
    """Labels only: listed in the layers panel (to hide them), no features to click."""

    kind = "label"

    def __init__(self, name: str, labels: Sequence[Label], title: str = "",
                 max_mpp: float = 30.0) -> None:
        super().__init__(name, [], [], {}, title)
        self.labels = sorted(labels, key=lambda lab: lab.rank)
        self.max_mpp = max_mpp

    @property
    def bbox(self) -> Bbox | None:
        return None

    def feature_bbox(self, row: int) -> Bbox | None:
        return None

    def pick(self, x: float, y: float, pixels: float, metres_per_px: float) -> int | None:
        return None

    def extra_items(self, _drawn: Sequence[object] = ()) -> list[pg.GraphicsObject]:
        """What the canvas adds for this layer (gui.map.canvas.add_layer)."""
        return [MapLabels(self.labels, self.max_mpp)]


class MapLabels(pg.GraphicsObject):
    """Paints the labels in view (at most `limit`), largest rank last, without overlaps."""

    def __init__(self, labels: Sequence[Label], max_mpp: float, limit: int = 300) -> None:
        super().__init__()
        self._labels = list(labels)
        self._xy = np.array([(lab.x, lab.y) for lab in labels], float).reshape(-1, 2)
        self._max_mpp = max_mpp
        self._limit = limit
        self._fonts: dict[LabelStyle, QFont] = {}
        self.drawn: list[str] = []  # the texts the last paint drew (tests, screenshots)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        box = self.getViewBox()
        return box.viewRect() if box is not None else QRectF()

    def viewTransformChanged(self) -> None:  # noqa: N802 - pyqtgraph hook
        self.prepareGeometryChange()

    def _font(self, style: LabelStyle) -> QFont:
        font = self._fonts.get(style)
        if font is None:
            font = QFont()
            font.setPointSizeF(style.size)
            font.setBold(style.bold)
            font.setItalic(style.italic)
            if style.spacing:
                font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100 + style.spacing)
            self._fonts[style] = font
        return font

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        self.drawn = []
        box = self.getViewBox()
        if box is None or not len(self._xy):
            return
        transform = painter.transform()
        scale = math.hypot(transform.m11(), transform.m12())  # pixels per metre
        if scale <= 0 or 1.0 / scale > self._max_mpp:
            return
        view = box.viewRect()
        x, y = self._xy[:, 0], self._xy[:, 1]
        inside = np.flatnonzero((x >= view.left()) & (x <= view.right())
                                & (y >= view.top()) & (y <= view.bottom()))
        screen = transform.mapRect(view)  # a label cut by the edge is left out
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        halo = QPen(QColor(255, 255, 255, 235), 3.0)
        placed: list[QRectF] = []
        for i in inside:
            if len(placed) >= self._limit:
                break
            label = self._labels[int(i)]
            font = self._font(label.style)
            metrics = QFontMetricsF(font)
            width, height = metrics.horizontalAdvance(label.text), metrics.height()
            if label.span_m and width > 0.8 * label.span_m * scale:
                continue  # the line is shorter than its name at this zoom
            at = transform.map(QPointF(label.x, label.y))
            rad = math.radians(label.angle)
            ahead = transform.map(QPointF(label.x + math.cos(rad), label.y + math.sin(rad)))
            turn = math.degrees(math.atan2(ahead.y() - at.y(), ahead.x() - at.x()))
            if turn > 90:
                turn -= 180  # never upside down
            elif turn <= -90:
                turn += 180
            t = math.radians(turn)
            w = abs(width * math.cos(t)) + abs(height * math.sin(t))
            h = abs(width * math.sin(t)) + abs(height * math.cos(t))
            rect = QRectF(at.x() - w / 2, at.y() - h / 2, w, h)
            if not screen.contains(rect) or any(rect.intersects(o) for o in placed):
                continue
            placed.append(rect)
            painter.save()
            painter.translate(at)
            painter.rotate(turn)
            path = QPainterPath()
            # Along a line: just above it, so the line stays visible; a place: centred.
            base = -3.0 if label.span_m else metrics.ascent() / 2 - 1
            path.addText(QPointF(-width / 2, base), font, label.text)
            painter.strokePath(path, halo)
            painter.fillPath(path, QBrush(QColor(label.style.colour)))
            painter.restore()
            self.drawn.append(label.text)


TRAIL_NAME = LabelStyle("#14324f", 8.5, bold=True)


def trail_labels(name: str, title: str, lines: Iterable[tuple[str, list[np.ndarray]]],
                 max_mpp: float = 25.0) -> LabelLayer:
    """Each line's name along its longest part (`lines`: (name, parts)), longest lines
    first where names would overlap."""
    labels = []
    for text, parts in lines:
        part = max(parts, key=len, default=None)
        label = along_line(text, part, TRAIL_NAME) if part is not None else None
        if label is not None:
            labels.append(label)
    ranked = sorted(labels, key=lambda lab: -lab.span_m)
    return LabelLayer(name, [Label(lab.text, lab.x, lab.y, lab.angle, lab.span_m, lab.style, i)
                             for i, lab in enumerate(ranked)], title, max_mpp)
