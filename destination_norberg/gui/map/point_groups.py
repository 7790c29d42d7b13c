"""Points that pile up at this zoom drawn as one group: businesses and stråk stops in the
centre of Norberg lie within a hundred metres of each other, so at the whole-kommun view
their symbols and stop numbers were a blot. Points whose symbols would share a cell of
GROUP_PX pixels (MIN_GROUP or more of them) are hidden and drawn as one round marker with
their count; zoomed in, they come apart again. Grouping follows every zoom (the view's
transform), so what is drawn is always what fits.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from destination_norberg.gui.map.layers import FeatureId, PointLayer, Style

GROUP_PX = 28.0
MIN_GROUP = 3
INK = QColor("#1f2a36")


class GroupedPointLayer(PointLayer):
    """A point layer whose piles become counted groups; its labels (stop numbers) are drawn
    by the group item, beside the points that stand alone."""

    def __init__(self, name: str,
                 features: Iterable[tuple[FeatureId, str, float, float, str | None]],
                 styles: Mapping[str, Style] | None = None, title: str = "",
                 ring: str = "#37474f") -> None:
        super().__init__(name, features, styles, title)
        self.ring = ring

    def extra_items(self, drawn: Sequence[object] = ()) -> list[pg.GraphicsObject]:
        scatters = [i for i in drawn if isinstance(i, pg.ScatterPlotItem)]
        return [PointGroups(self, scatters)]


def cells(xy: np.ndarray, cell: float) -> tuple[np.ndarray, np.ndarray]:
    """(each point's group number, each group's size) for square cells of `cell` metres."""
    if not len(xy) or not cell > 0:
        return np.zeros(len(xy), np.int64), np.ones(len(xy), np.int64)
    keys = np.floor(xy / cell).astype(np.int64)
    _u, first, counts = np.unique(keys, axis=0, return_inverse=True, return_counts=True)
    first = first.reshape(-1)
    # A pile across a cell border falls into two cells: cells whose centres lie within a
    # cell of each other become one group (the centres on a grid shifted by half a cell).
    centres = np.zeros((len(counts), 2))
    np.add.at(centres, first, xy)
    centres /= counts[:, None]
    shifted = np.floor(centres / cell + 0.5).astype(np.int64)
    _v, merged = np.unique(shifted, axis=0, return_inverse=True)
    group_of = merged.reshape(-1)[first]
    return group_of, np.bincount(group_of)


class PointGroups(pg.GraphicsObject):
    """Hides the grouped points of `layer` (its per-class scatter items) and paints the
    groups as counted markers, and the labels of the points left alone."""

    def __init__(self, layer: GroupedPointLayer, scatters: Sequence[pg.ScatterPlotItem]) -> None:
        super().__init__()
        self.layer = layer
        self._scatters = list(scatters)
        self._grouped = np.zeros(len(layer.xy), bool)
        self.groups: list[tuple[float, float, int]] = []  # (x, y, count) as last drawn
        self._font = QFont()
        self._font.setPointSizeF(8.0)
        self._font.setBold(True)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        box = self.getViewBox()
        return box.viewRect() if box is not None else QRectF()

    def viewTransformChanged(self) -> None:  # noqa: N802 - pyqtgraph hook
        self.prepareGeometryChange()
        self.regroup()

    def regroup(self) -> None:
        box = self.getViewBox()
        xy = self.layer.xy
        if not isinstance(box, pg.ViewBox) or not len(xy):
            return
        size = box.viewPixelSize()[0]
        group_of, counts = cells(xy, GROUP_PX * size)
        grouped = counts[group_of] >= MIN_GROUP
        self.groups = [(float(xy[group_of == g, 0].mean()), float(xy[group_of == g, 1].mean()),
                        int(n)) for g, n in enumerate(counts) if n >= MIN_GROUP]
        if np.array_equal(grouped, self._grouped):
            return
        self._grouped = grouped
        for i, scatter in enumerate(self._scatters):
            mine = self.layer.feature_class == i
            if mine.any():
                scatter.setPointsVisible(~grouped[mine])

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        if self.getViewBox() is None:
            return
        transform = painter.transform()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setFont(self._font)
        halo = QPen(QColor(255, 255, 255, 230), 3)
        sizes = np.array([self.layer.styles[k].size for k in self.layer.class_keys])
        for i, text in enumerate(self.layer.labels):
            if not text or self._grouped[i]:
                continue
            at = transform.map(QPointF(*self.layer.xy[i]))
            offset = float(sizes[self.layer.feature_class[i]]) / 2 + 2
            path = QPainterPath()
            path.addText(QPointF(at.x() + offset, at.y() - offset), self._font, text)
            painter.strokePath(path, halo)
            painter.fillPath(path, QBrush(INK))
        # A group is a filled disc in the layer's colour over a second ring (a pile), its
        # count in white: unlike a numbered stop (a white circle, its number beside it), so
        # a group of 3 is not read as stop 3.
        ring = QColor(self.layer.ring)
        for x, y, count in self.groups:
            at = transform.map(QPointF(x, y))
            radius = 10.0 + min(count, 50) ** 0.5 * 1.5
            painter.setPen(QPen(ring, 1.5))
            painter.setBrush(QBrush(QColor(255, 255, 255, 240)))
            painter.drawEllipse(at + QPointF(3, -3), radius, radius)
            painter.setPen(QPen(QColor(255, 255, 255), 1.5))
            painter.setBrush(QBrush(ring))
            painter.drawEllipse(at, radius, radius)
            painter.drawText(QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius),
                             int(Qt.AlignmentFlag.AlignCenter), str(count))
