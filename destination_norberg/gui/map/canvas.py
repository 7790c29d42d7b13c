"""The map: layers of trails, areas and points in SWEREF 99 TM (EPSG:3006), north up, to scale.

pyqtgraph is imported here, so nothing the main window imports at start may import this
module (half a second, DESIGN.md §4); pages build the map when it is first shown.

Speed (bench/map_draw.py): one curve item per (layer, style class), never one per feature.
Each refresh sends Qt only the parts near the view, simplified to about a pixel (Douglas–
Peucker importance, see map_geometry), and at most MAX_VERTICES of them; a pan inside the
area already sent, or a zoom that keeps the level of detail, repaints without new data. A
refresh runs at once when the view leaves the area sent (else it would show blank map), and
after a short pause when only the level of detail is out of date (so a wheel zoom stays
smooth). Solid lines are drawn as line segments (segmentedLineMode "on"): building them is a
numpy copy, where a QPainterPath costs as much to build as to draw.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QLocale, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from destination_norberg.core.trail_register import sweref99tm_to_wgs84
from destination_norberg.gui.map.geometry import PartSet, lod_tolerance
from destination_norberg.gui.map.layers import (
    Bbox,
    FeatureId,
    LegendEntry,
    LineLayer,
    MapLayer,
    PointLayer,
    Style,
)
from destination_norberg.gui.map.overlays import MapOverlay, PointLabels, SelectionMarks
from destination_norberg.gui.map.view import MapViewBox, grown, merge_boxes

BACKGROUND = "#f4f3ee"
#: Simplify to about this many pixels (rounded down to a power-of-two number of metres, so
#: to between 0.75 and 1.5 pixels).
LOD_PIXELS = 1.5
#: Most vertices sent to Qt in one refresh: drawing costs about 70 ns a vertex (bench).
MAX_VERTICES = 250_000
#: The largest cell (in pixels) the budget thins small parts to, one part a cell.
MAX_THIN_PIXELS = 64
#: How much coarser than LOD_PIXELS the budget may simplify before it thins out tiny parts.
MAX_COARSENING = 4.0
#: Antialias only drawings this small: it costs about a fifth more a vertex.
ANTIALIAS_MAX_VERTICES = 60_000
#: The area sent around the view, as a fraction of the view on each side.
CULL_MARGIN = 0.25
DEBOUNCE_MS = 120
PICK_PIXELS = 5.0
DASHES = {"solid": Qt.PenStyle.SolidLine, "dash": Qt.PenStyle.DashLine,
          "dot": Qt.PenStyle.DotLine, "dashdot": Qt.PenStyle.DashDotLine}


def grouped(value: float) -> str:
    """A grid coordinate as surveyors write it: whole metres in groups of three."""
    return f"{round(value):,}".replace(",", " ")


def make_pen(style: Style, width: float | None = None) -> QPen:
    return pg.mkPen(style.color, width=style.width if width is None else width,
                    style=DASHES.get(style.dash, Qt.PenStyle.SolidLine))


#: Added to the z of label layers: over all symbols, under the editing marks (10 000).
LABELS_Z = 5_000.0


class MapCanvas(QWidget):
    """The map widget: pan by dragging, zoom with the wheel or by shift-dragging a box."""

    cursor_moved = Signal(float, float)  # easting, northing under the mouse
    position_changed = Signal(str)  # the same as text (SWEREF 99 TM and WGS 84)
    feature_clicked = Signal(str, object)  # layer name, feature id
    selection_changed = Signal(str, object)  # ("", None) when cleared
    layers_changed = Signal()  # added, removed, shown, hidden, faded or reordered
    view_changed = Signal(QRectF, float)  # the view in EPSG:3006, metres a pixel (for tiles)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = pg.GraphicsView(background=BACKGROUND)
        self._box = MapViewBox()
        self._view.setCentralItem(self._box)
        self._overlay = MapOverlay(self._box)
        self._status = QLabel(" ")
        self._status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._view, 1)
        layout.addWidget(self._status)
        self._layers: list[MapLayer] = []  # bottom first
        self._items: dict[str, list[pg.GraphicsObject]] = {}
        self._curves: dict[str, list[tuple[PartSet, pg.PlotCurveItem]]] = {}
        self._built: tuple[Bbox, float] | None = None  # (area sent, wanted tolerance)
        self._refreshing = False
        self._selection: tuple[str, FeatureId] | None = None
        self._marks = SelectionMarks(self._box)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self._box.sigRangeChanged.connect(self._view_changed)
        self._box.sigResized.connect(self._view_changed)
        self._box.clicked.connect(self._clicked)
        self._view.scene().sigMouseMoved.connect(self._mouse_moved)
        self._view.installEventFilter(self)

    # --- an interactive tool (gui.map.view.MapTool) ---------------------------------------

    def set_tool(self, tool: object | None) -> None:
        """Install a tool that sees clicks, drags and keys first (None: none); one at a time."""
        self._box.tool = tool
        if tool is not None:
            self._view.setFocus()

    def tool(self) -> object | None:
        return self._box.tool

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        tool = self._box.tool
        if (tool is not None and watched is self._view and event.type() == QEvent.Type.KeyPress
                and tool.key(event.key())):
            return True
        return super().eventFilter(watched, event)

    # --- layers -------------------------------------------------------------------------

    def add_layer(self, layer: MapLayer) -> None:
        """On top of the others; a layer of the same name is replaced."""
        if layer.name in self._items:
            self.remove_layer(layer.name)
        self._layers.append(layer)
        items: list[pg.GraphicsObject] = []
        curves: list[tuple[PartSet, pg.PlotCurveItem]] = []
        if isinstance(layer, LineLayer):
            for key, parts in zip(layer.class_keys, layer.parts, strict=True):
                curve = self._batch_curve(layer, layer.styles[key])
                curves.append((parts, curve))
                items.append(curve)
        elif isinstance(layer, PointLayer):
            for i, key in enumerate(layer.class_keys):
                style = layer.styles[key]
                xy = layer.xy[layer.feature_class == i]
                items.append(pg.ScatterPlotItem(
                    pos=xy, symbol=style.symbol, size=style.size,
                    pen=pg.mkPen(style.color, width=max(style.width, 1.0)),
                    brush=pg.mkBrush(style.fill or style.color)))
            if any(layer.labels) and not hasattr(layer, "extra_items"):
                size = max((s.size for s in layer.styles.values()), default=8.0)
                items.append(PointLabels(layer.xy, layer.labels, size / 2 + 2))
        # labels along lines (gui.map.map_labels), groups of points (gui.map.point_groups)
        extra = getattr(layer, "extra_items", None)
        if callable(extra):
            items.extend(extra(items))
        for item in items:
            self._box.addItem(item, ignoreBounds=True)
        self._items[layer.name] = items
        self._curves[layer.name] = curves
        self._apply(layer)
        self._restack()
        self._built = None
        self.refresh()
        self.layers_changed.emit()

    @staticmethod
    def _batch_curve(layer: LineLayer, style: Style) -> pg.PlotCurveItem:
        fill = {}
        if layer.kind == "polygon" and style.fill:
            fill = {"fillLevel": "enclosed", "brush": pg.mkBrush(style.fill)}
        pen = make_pen(style) if style.width > 0 else None
        curve = pg.PlotCurveItem(pen=pen, antialias=False, skipFiniteCheck=True, **fill)
        # Segments are a numpy copy to build; a dash pattern needs one path to run on.
        curve.setSegmentedLineMode("on" if style.dash == "solid" and not fill else "off")
        return curve

    def remove_layer(self, name: str) -> None:
        layer = self.layer(name)
        if layer is None:
            return
        if self._selection and self._selection[0] == name:
            self.clear_selection()
        for item in self._items.pop(name):
            self._box.removeItem(item)
        self._curves.pop(name)
        self._layers.remove(layer)
        self._restack()
        self.layers_changed.emit()

    def layer(self, name: str) -> MapLayer | None:
        return next((layer for layer in self._layers if layer.name == name), None)

    def layers(self) -> list[MapLayer]:
        """Bottom first, as drawn."""
        return list(self._layers)

    def layer_items(self, name: str) -> list[pg.GraphicsObject]:
        """The graphics items drawing a layer: one per style class (and one for labels)."""
        return list(self._items.get(name, ()))

    def set_visible(self, name: str, visible: bool) -> None:
        layer = self.layer(name)
        if layer is not None and layer.visible != visible:
            layer.visible = visible
            self._apply(layer)
            if visible:
                self._built = None
                self.refresh()
            self.layers_changed.emit()

    def set_opacity(self, name: str, opacity: float) -> None:
        layer = self.layer(name)
        if layer is not None:
            layer.opacity = min(max(float(opacity), 0.0), 1.0)
            self._apply(layer)
            self.layers_changed.emit()

    def move_layer(self, name: str, steps: int) -> None:
        """Up (towards the top, drawn over the others) for positive `steps`."""
        layer = self.layer(name)
        if layer is None:
            return
        at = self._layers.index(layer)
        to = min(max(at + steps, 0), len(self._layers) - 1)
        if to != at:
            self._layers.insert(to, self._layers.pop(at))
            self._restack()
            self.layers_changed.emit()

    def legend(self) -> list[LegendEntry]:
        """Every layer's classes, top layer first (as a legend reads)."""
        return [entry for layer in reversed(self._layers) for entry in layer.legend()]

    def _apply(self, layer: MapLayer) -> None:
        for item in self._items.get(layer.name, ()):
            item.setVisible(layer.visible)
            item.setOpacity(layer.opacity)

    def _restack(self) -> None:
        """Layers in their order; names (label layers) over every layer's symbols, as on a
        printed map, so a pile of stop markers never hides "Norberg"."""
        for i, layer in enumerate(self._layers):
            above = LABELS_Z if getattr(layer, "kind", "") == "label" else 0.0
            for j, item in enumerate(self._items[layer.name]):
                item.setZValue(above + 100.0 * (i + 1) + j)

    # --- view ---------------------------------------------------------------------------

    @property
    def view_box(self) -> MapViewBox:
        return self._box

    @property
    def graphics_view(self) -> pg.GraphicsView:
        return self._view

    def view_rect(self) -> Bbox:
        rect = self._box.viewRect()
        return (rect.left(), rect.top(), rect.right(), rect.bottom())

    def metres_per_pixel(self) -> float:
        return float(self._box.viewPixelSize()[0])

    def data_bbox(self) -> Bbox | None:
        return merge_boxes(layer.bbox for layer in self._layers)

    def zoom_to(self, bbox: Bbox, margin: float = 0.05, min_span: float = 100.0) -> None:
        """Show `bbox` whole (plus `margin` of it on each side); the aspect stays locked, so
        one direction shows more. A point or a short line gets at least `min_span` metres."""
        x0, y0, x1, y1 = bbox
        w, h = max(x1 - x0, min_span), max(y1 - y0, min_span)
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        self._box.setRange(QRectF(cx - w / 2, cy - h / 2, w, h), padding=margin)

    def zoom_to_all(self) -> None:
        bbox = self.data_bbox()
        if bbox is not None:
            self.zoom_to(bbox)

    def scale_bar(self) -> tuple[float, str]:
        """(metres, label) of the scale bar as drawn now."""
        metres, _px, label = self._overlay.scale_bar()
        return metres, label

    def set_attribution(self, text: str) -> None:
        """A credit in the bottom right corner (a tile or data licence may ask for one)."""
        self._overlay.set_attribution(text)

    def _view_changed(self, *_args: object) -> None:
        if self._refreshing:
            return
        self.view_changed.emit(self._box.viewRect(), self.metres_per_pixel())
        if not self._layers:
            return
        wanted = lod_tolerance(self.metres_per_pixel(), LOD_PIXELS)
        if self._built is None or not self._covers(self._built[0]):
            self.refresh()
        elif wanted != self._built[1]:
            self._timer.start()

    def _covers(self, area: Bbox) -> bool:
        data = self.data_bbox()
        x0, y0, x1, y1 = self.view_rect()
        if data is not None:  # the part of the view that has data
            x0, y0 = max(x0, data[0]), max(y0, data[1])
            x1, y1 = min(x1, data[2]), min(y1, data[3])
            if x0 > x1 or y0 > y1:
                return True
        return area[0] <= x0 and area[1] <= y0 and area[2] >= x1 and area[3] >= y1

    def refresh(self) -> None:
        """Send Qt the parts near the view at this zoom's level of detail, now."""
        self._timer.stop()
        if self._box.width() < 2 or self._box.height() < 2:
            return
        self._refreshing = True
        try:
            wanted = lod_tolerance(self.metres_per_pixel(), LOD_PIXELS)
            area = grown(self.view_rect(), CULL_MARGIN)
            batches = [(parts, curve) for layer in self._layers if layer.visible
                       for parts, curve in self._curves[layer.name]]
            # Over the budget: simplify more, up to MAX_COARSENING times the level of detail;
            # then thin the parts smaller than a pixel to one a pixel, and, while still over
            # (every part keeps both its end points: a million short trails are two million
            # vertices), the parts smaller than 2, 4 … MAX_THIN_PIXELS pixels to one a cell.
            tolerance, thin = wanted, 0.0
            while True:
                drawn = [parts.draw_arrays(area, tolerance, thin) for parts, _curve in batches]
                total = sum(len(x) for x, _y, _c in drawn)
                if total <= MAX_VERTICES:
                    break
                if tolerance < wanted * MAX_COARSENING:
                    tolerance *= 2.0
                elif not thin:
                    thin = self.metres_per_pixel()
                elif thin < self.metres_per_pixel() * MAX_THIN_PIXELS:
                    thin *= 2.0
                else:
                    break
            antialias = total <= ANTIALIAS_MAX_VERTICES
            for (_parts, curve), (x, y, connect) in zip(batches, drawn, strict=True):
                curve.setData(x, y, connect=connect, antialias=antialias)
            self._built = (area, wanted)
        finally:
            self._refreshing = False

    def drawn_vertex_count(self) -> int:
        """Vertices of lines and areas sent to Qt by the last refresh (visible layers)."""
        return sum(len(curve.xData) for layer in self._layers if layer.visible
                   for _parts, curve in self._curves[layer.name] if curve.xData is not None)

    # --- picking and selection ----------------------------------------------------------

    def pick(self, x: float, y: float, pixels: float = PICK_PIXELS,
             ) -> tuple[str, FeatureId] | None:
        """The feature drawn at (x, y), top layer first: a point whose symbol covers it, the
        line passing nearest within `pixels`, else a filled area containing it."""
        mpp = self.metres_per_pixel()
        for layer in reversed(self._layers):
            if not layer.visible or layer.opacity <= 0.0:
                continue
            row = layer.pick(x, y, pixels, mpp)
            if row is not None:
                return layer.name, layer.ids[row]
        return None

    def select(self, feature_id: FeatureId, layer: str | None = None, *,
               zoom: bool = False) -> bool:
        """Highlight a feature (of `layer`, or of the top layer that has the id); False when
        there is no such feature. `zoom` brings it into view."""
        candidates = [self.layer(layer)] if layer else list(reversed(self._layers))
        for found in candidates:
            row = found.row_of(feature_id) if found is not None else None
            if found is None or row is None:
                continue
            self._highlight(found, row)
            if zoom:
                box = found.feature_bbox(row)
                if box is not None:
                    self.zoom_to(box, margin=0.25, min_span=300.0)
            if self._selection != (found.name, feature_id):
                self._selection = (found.name, feature_id)
                self.selection_changed.emit(found.name, feature_id)
            return True
        return False

    def clear_selection(self) -> None:
        self._marks.clear()
        if self._selection is not None:
            self._selection = None
            self.selection_changed.emit("", None)

    def selection(self) -> tuple[str, FeatureId] | None:
        return self._selection

    def _highlight(self, layer: MapLayer, row: int) -> None:
        if isinstance(layer, PointLayer):
            self._marks.show_point(layer.xy[row])
        elif isinstance(layer, LineLayer):
            style = layer.styles[layer.class_keys[int(layer.feature_class[row])]]
            self._marks.show_parts(layer.feature_parts(row), style.color)

    def _clicked(self, x: float, y: float) -> None:
        hit = self.pick(x, y)
        if hit is None:
            self.clear_selection()
            return
        self.select(hit[1], hit[0])
        self.feature_clicked.emit(*hit)

    # --- cursor position ----------------------------------------------------------------

    def position_text(self, x: float, y: float) -> str:
        """SWEREF 99 TM grid metres and WGS 84 degrees of a map point."""
        lon, lat = sweref99tm_to_wgs84(x, y)
        degrees = QLocale()  # the program's language (i18n.install sets the default)
        return (self.tr("SWEREF 99 TM  N %1  E %2     WGS 84  %3° N  %4° E")
                .replace("%1", grouped(y)).replace("%2", grouped(x))
                .replace("%3", degrees.toString(lat, "f", 5))
                .replace("%4", degrees.toString(lon, "f", 5)))

    def _mouse_moved(self, pos: QPointF) -> None:
        if not self._box.sceneBoundingRect().contains(pos):
            return
        at = self._box.mapSceneToView(pos)
        text = self.position_text(at.x(), at.y())
        self._status.setText(text)
        self.cursor_moved.emit(at.x(), at.y())
        self.position_changed.emit(text)

    def status_text(self) -> str:
        return self._status.text()

    # --- export -------------------------------------------------------------------------

    def render_to_image(self, width: int, height: int) -> QImage:
        """The map (layers, selection, scale bar, arrow) at `width`×`height` pixels.

        The view box is laid out at that size for the render, so the scale bar measures the
        image and not the window; the view shows at least the area it shows on screen.
        """
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(BACKGROUND))
        box = self._box
        old = box.geometry()
        box.setGeometry(QRectF(old.x(), old.y(), width, height))
        try:
            self.refresh()
            painter = QPainter(image)
            try:
                self._view.scene().render(painter, QRectF(0, 0, width, height),
                                          box.sceneBoundingRect())
            finally:
                painter.end()
        finally:
            box.setGeometry(old)
            self.refresh()
        return image
