"""The layers panel beside the map: show or hide, order and fade layers, and read the legend.

One tree, as QGIS has it: a layer per row (top of the list = drawn on top) with a check box,
and under it a row per style class with a swatch drawn from the class's own style, so the
legend cannot disagree with the map. The panel only talks to the canvas's layer API.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from destination_norberg.gui.common.plain import tip
from destination_norberg.gui.map.canvas import DASHES, MapCanvas
from destination_norberg.gui.map.layers import LegendEntry

SWATCH = QSize(28, 16)
NAME_ROLE = Qt.ItemDataRole.UserRole


def swatch(entry: LegendEntry) -> QIcon:
    """A small picture of one class as the map draws it: a line, a filled box or a symbol."""
    pixmap = QPixmap(SWATCH)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    style = entry.style
    pen = QPen(QColor(style.color), min(max(style.width, 1.0), 4.0))
    pen.setStyle(DASHES.get(style.dash, Qt.PenStyle.SolidLine))
    w, h = SWATCH.width(), SWATCH.height()
    if entry.kind == "line":
        if style.edge:  # a pale road: its casing under it, as the map draws it
            painter.setPen(QPen(QColor(style.edge), min(max(style.width, 1.0), 4.0) + 2.0))
            painter.drawLine(QPointF(2, h / 2), QPointF(w - 2, h / 2))
        painter.setPen(pen)
        painter.drawLine(QPointF(2, h / 2), QPointF(w - 2, h / 2))
    elif entry.kind == "polygon":
        painter.setPen(QPen(QColor(style.edge), 1.0) if style.edge else pen)
        painter.setBrush(QBrush(QColor(style.fill)) if style.fill else Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(3, 2, w - 6, h - 4))
    else:
        painter.setPen(QPen(QColor(style.color), max(style.width, 1.0)))
        painter.setBrush(QBrush(QColor(style.fill or style.color)))
        size = min(style.size, h - 2.0)
        box = QRectF(w / 2 - size / 2, h / 2 - size / 2, size, size)
        if style.symbol == "s":
            painter.drawRect(box)
        elif style.symbol in ("t", "d"):
            path = QPainterPath(QPointF(box.center().x(), box.top()))
            if style.symbol == "d":
                path.lineTo(box.right(), box.center().y())
                path.lineTo(box.center().x(), box.bottom())
                path.lineTo(box.left(), box.center().y())
            else:
                path.lineTo(box.right(), box.bottom())
                path.lineTo(box.left(), box.bottom())
            path.closeSubpath()
            painter.drawPath(path)
        else:
            painter.drawEllipse(box)
    painter.end()
    return QIcon(pixmap)


class WrappingDelegate(QStyledItemDelegate):
    """Rows of a tree as tall as their text wrapped at the tree's width (a QTreeView asks
    its delegate for a row's height without telling the width, and so never wraps)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree
        tree.viewport().installEventFilter(self)

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        # what the row leaves for its text: the indent, a check box, the swatch, margins
        width = self.tree.viewport().width() - depth * self.tree.indentation() - 24
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:
            width -= self.tree.iconSize().width() + 8
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if width <= 20 or not text:
            return hint
        bound = option.fontMetrics.boundingRect(QRect(0, 0, width, 10_000),
                                                Qt.TextFlag.TextWordWrap, text)
        return QSize(hint.width(), max(hint.height(), bound.height() + 6))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.tree.doItemsLayout()  # the rows' heights at the new width
        return False


class MapLayersPanel(QWidget):
    """Layers of a MapCanvas: check to show, slider to fade, Up/Down to restack; a legend."""

    def __init__(self, canvas: MapCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._canvas = canvas
        self._own_change = False  # a change this panel made: no rebuild needed
        self._title = QLabel()
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setIconSize(SWATCH)
        self.tree.setRootIsDecorated(True)
        # A narrow panel: a long legend entry wraps onto a second line (shallow indent for
        # room), and every entry shows its whole text on hover.
        self.tree.setIndentation(12)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self._opacity_label = QLabel()
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(0, 100)
        self.up = QPushButton()
        self.down = QPushButton()
        row = QHBoxLayout()
        row.addWidget(self._opacity_label)
        row.addWidget(self.opacity, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addLayout(buttons)
        self.retranslate()
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.opacity.valueChanged.connect(self._opacity_changed)
        self.up.clicked.connect(lambda: self._move(1))
        self.down.clicked.connect(lambda: self._move(-1))
        canvas.layers_changed.connect(self.rebuild)
        self.rebuild()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Layers"))
        self._opacity_label.setText(self.tr("Opacity"))
        self.up.setText(self.tr("Up"))
        self.up.setToolTip(self.tr("Draw the layer over the one above it"))
        self.down.setText(self.tr("Down"))
        self.down.setToolTip(self.tr("Draw the layer under the one below it"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the tree -----------------------------------------------------------------------

    def rebuild(self) -> None:
        """The tree from the canvas's layers, top layer first; the current layer is kept."""
        if self._own_change:
            return
        current = self.current_layer()
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            for layer in reversed(self._canvas.layers()):
                item = QTreeWidgetItem([layer.title])
                item.setToolTip(0, tip(layer.title))
                item.setData(0, NAME_ROLE, layer.name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked if layer.visible
                                   else Qt.CheckState.Unchecked)
                for entry in layer.legend():
                    child = QTreeWidgetItem([entry.label])
                    child.setToolTip(0, tip(entry.label))
                    child.setIcon(0, swatch(entry))
                    child.setData(0, NAME_ROLE, layer.name)
                    child.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    item.addChild(child)
                self.tree.addTopLevelItem(item)
                item.setExpanded(True)
        finally:
            self.tree.blockSignals(False)
        self.select_layer(current or self._first_layer())
        self._sync_controls()

    def _first_layer(self) -> str | None:
        top = self.tree.topLevelItem(0)
        return top.data(0, NAME_ROLE) if top is not None else None

    def layer_names(self) -> list[str]:
        """As listed: top layer first."""
        return [self.tree.topLevelItem(i).data(0, NAME_ROLE)
                for i in range(self.tree.topLevelItemCount())]

    def legend_rows(self, name: str) -> list[str]:
        item = self._top_item(name)
        return [item.child(i).text(0) for i in range(item.childCount())] if item else []

    def _top_item(self, name: str | None) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, NAME_ROLE) == name:
                return item
        return None

    def current_layer(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, NAME_ROLE) if item is not None else None

    def select_layer(self, name: str | None) -> None:
        item = self._top_item(name)
        if item is not None:
            self.tree.setCurrentItem(item)

    # --- user actions -------------------------------------------------------------------

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.parent() is not None:
            return
        self._own_change = True
        try:
            self._canvas.set_visible(item.data(0, NAME_ROLE),
                                     item.checkState(0) == Qt.CheckState.Checked)
        finally:
            self._own_change = False

    def _current_changed(self, *_args: object) -> None:
        self._sync_controls()

    def _sync_controls(self) -> None:
        name = self.current_layer()
        layer = self._canvas.layer(name) if name else None
        names = [lay.name for lay in self._canvas.layers()]
        self.opacity.setEnabled(layer is not None)
        self.opacity.blockSignals(True)
        self.opacity.setValue(round(layer.opacity * 100) if layer else 100)
        self.opacity.blockSignals(False)
        self.up.setEnabled(layer is not None and names[-1] != name)
        self.down.setEnabled(layer is not None and names[0] != name)

    def _opacity_changed(self, value: int) -> None:
        name = self.current_layer()
        if name is None:
            return
        self._own_change = True
        try:
            self._canvas.set_opacity(name, value / 100)
        finally:
            self._own_change = False

    def _move(self, steps: int) -> None:
        name = self.current_layer()
        if name is not None:
            self._canvas.move_layer(name, steps)  # the canvas tells us: rebuild
            self.select_layer(name)
