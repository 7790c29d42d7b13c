"""The background map on the trail map: XYZ tiles in a pyqtgraph ViewBox, in EPSG:3006.

Tiles already on disk show at once; missing or stale ones are fetched in a small QThreadPool
(two threads: the OSM policy allows two connections). A worker only fetches bytes and decodes
them into a QImage (safe off the UI thread); pixmaps and items are made on the UI thread when
the queued signal arrives. Each tile (or, zoomed far out, each piece of a tile) is one
QGraphicsPixmapItem whose transform is the affine from `geo.tiles`.

pyqtgraph is not imported here: `attach()` takes any ViewBox-like object with `addItem`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QRect, QRectF, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage, QPainter, QPixmap, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsPixmapItem,
    QStyleOptionGraphicsItem,
    QWidget,
)
from shiboken6 import Shiboken

from destination_norberg.app.map_tiles import (
    OSM,
    TILE_SIZE,
    TileCache,
    TileFetcher,
    TileKey,
    TileSource,
    tile_pieces,
    tiles_for_view,
)

# Below every trail, marker and label the canvas adds (those keep pyqtgraph's z ≥ 0).
Z_VALUE = -1_000_000.0
DEFAULT_OPACITY = 0.7


class _Wanted:
    """The tiles of the current view; swapped whole by the UI thread, read by workers."""

    def __init__(self) -> None:
        self.keys: frozenset[TileKey] = frozenset()


class _TileSignals(QObject):
    loaded = Signal(object, object, bool)  # key, QImage | None, skipped (no longer wanted)


class _FetchJob(QRunnable):
    def __init__(self, fetcher: TileFetcher, key: TileKey, wanted: _Wanted,
                 signals: _TileSignals) -> None:
        super().__init__()
        self.fetcher, self.key, self.wanted, self.signals = fetcher, key, wanted, signals

    def run(self) -> None:
        if self.key not in self.wanted.keys:  # the view moved on while this job queued
            self.signals.loaded.emit(self.key, None, True)
            return
        image: QImage | None = None
        try:
            data = self.fetcher.fetch(*self.key)
            if data:
                image = QImage.fromData(data)
        except Exception:  # noqa: BLE001 - a broken tile must not take the map down
            image = None
        self.signals.loaded.emit(self.key, None if image is None or image.isNull() else image,
                                 False)


class TileLayer(QGraphicsObject):
    """A group of tile pixmaps under everything else; call `update_view` when the range changes.

    `stop()` must run before the window closes (it waits for the workers).
    """

    tiles_changed = Signal()
    offline_changed = Signal(bool)

    def __init__(self, fetcher: TileFetcher, *, opacity: float = DEFAULT_OPACITY,
                 max_tiles: int = 64, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setZValue(Z_VALUE)
        self.setOpacity(opacity)
        self.fetcher = fetcher
        self.max_tiles = max_tiles
        self.pool = QThreadPool(self)  # made before the signals: destroyed (and drained) first
        self.pool.setMaxThreadCount(2)
        self._signals = _TileSignals(self)
        self._signals.loaded.connect(self._on_loaded)
        self._wanted = _Wanted()
        self._pending: set[TileKey] = set()
        self._items: dict[TileKey, list[QGraphicsPixmapItem]] = {}
        self._backdrop: dict[TileKey, list[QGraphicsPixmapItem]] = {}
        self._view: tuple[QRectF, float] | None = None
        self._offline = False
        self._stopped = False

    @classmethod
    def for_source(cls, source: TileSource = OSM, *, online: bool, **kwargs: Any) -> TileLayer:
        """A layer over the per-user disk cache of `source`; `online` is the user's setting."""
        fetcher = TileFetcher(source, TileCache.for_source(source), online=online)
        return cls(fetcher, **kwargs)

    # QGraphicsItem: the layer draws nothing itself, its pixmap children do.
    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return QRectF()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        return

    def attach(self, view_box: Any) -> None:
        """Add to a pyqtgraph ViewBox, outside auto-range, then back below everything."""
        view_box.addItem(self, ignoreBounds=True)
        self.setZValue(Z_VALUE)  # addItem lifts items below the ViewBox's own z

    @property
    def attribution(self) -> str:
        """The credit the canvas must show while tiles are visible (a licence condition)."""
        return self.fetcher.source.attribution

    @property
    def online(self) -> bool:
        return self.fetcher.online

    @property
    def offline(self) -> bool:
        return self._offline

    def status_text(self) -> str:
        """A short line for the map's status area; empty while all is well."""
        if self.fetcher.online and self._offline:
            #: Map status line: the tile server cannot be reached, older tiles from disk show.
            return self.tr("Offline — showing cached tiles")
        return ""

    def set_online(self, enabled: bool) -> None:
        """The user's setting: off means cached tiles only, no request leaves the machine."""
        self.fetcher.online = enabled
        self.fetcher.reset()  # a new choice deserves a fresh try, not the old back-off
        self._set_offline(False)
        if self._view is not None:
            self.update_view(*self._view)

    @property
    def shown_tiles(self) -> set[TileKey]:
        return set(self._items)

    def items_for(self, key: TileKey) -> list[QGraphicsPixmapItem]:
        return list(self._items.get(key, ()))

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def update_view(self, rect_3006: QRectF, pixel_size_m: float) -> None:
        """Show the tiles for this view: cached ones now, the rest when their worker is done."""
        if self._stopped:
            return
        self._view = (QRectF(rect_3006), pixel_size_m)
        source = self.fetcher.source
        keys = tiles_for_view(rect_3006.left(), rect_3006.top(), rect_3006.right(),
                              rect_3006.bottom(), pixel_size_m, min_zoom=source.min_zoom,
                              max_zoom=source.max_zoom, max_tiles=self.max_tiles)
        self._wanted.keys = frozenset(keys)
        zoom = keys[0].z if keys else None
        for key in [k for k in self._items if k not in self._wanted.keys]:
            items = self._items.pop(key)
            if key.z != zoom and len(self._backdrop) < 2 * self.max_tiles:
                for item in items:  # keep the old zoom underneath until the new one is in
                    item.setZValue(-1)
                self._backdrop[key] = items
            else:
                self._remove(items)
        changed = False
        for rank, key in enumerate(keys):
            if key in self._items or key in self._pending:
                continue
            cached = self.fetcher.cache.lookup(key)
            if cached is not None:
                image = QImage.fromData(cached.data)
                if not image.isNull():
                    self._show(key, image)
                    changed = True
                    if cached.fresh:
                        continue
            if self.fetcher.online:
                self._start(key, priority=len(keys) - rank)
        if not self._pending:
            self._clear_backdrop()
        if changed:
            self.tiles_changed.emit()

    def stop(self) -> None:
        """Drop queued fetches and wait for running ones: no thread outlives the map.

        Safe after the scene has deleted the layer (its pool then drained as it went).
        """
        self._stopped = True
        self._wanted.keys = frozenset()
        self._pending.clear()
        if not Shiboken.isValid(self.pool):
            return
        self.pool.clear()
        self.pool.waitForDone()

    def _start(self, key: TileKey, priority: int) -> None:
        self._pending.add(key)
        self.pool.start(_FetchJob(self.fetcher, key, self._wanted, self._signals), priority)

    @Slot(object, object, bool)
    def _on_loaded(self, key: TileKey, image: QImage | None, skipped: bool) -> None:
        if self._stopped:
            return
        self._pending.discard(key)
        wanted = key in self._wanted.keys
        if skipped and wanted and self.fetcher.online:
            self._start(key, priority=0)  # wanted again after its job had given up
        elif image is not None and wanted:
            self._show(key, image)
            self.tiles_changed.emit()
        self._set_offline(self.fetcher.offline)
        if not self._pending:
            self._clear_backdrop()

    def _show(self, key: TileKey, image: QImage) -> None:
        """One pixmap item per piece, placed by its affine; replaces a stale image of the tile."""
        self._remove(self._items.pop(key, []))
        pixmap = QPixmap.fromImage(image)
        scale = pixmap.width() / TILE_SIZE or 1.0  # "@2x" tiles have 512 pixels
        items = []
        pieces = tile_pieces(key)
        for piece in pieces:
            part = pixmap if len(pieces) == 1 else pixmap.copy(QRect(
                round(piece.col * scale), round(piece.row * scale),
                round(piece.size * scale), round(piece.size * scale)))
            a = piece.affine
            item = QGraphicsPixmapItem(part, self)
            item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            item.setTransform(QTransform.fromScale(1 / scale, 1 / scale)
                              * QTransform(a.a, a.d, a.b, a.e, a.c, a.f))
            items.append(item)
        self._items[key] = items

    def _remove(self, items: list[QGraphicsPixmapItem]) -> None:
        scene = self.scene()
        for item in items:
            item.setParentItem(None)
            if scene is not None:
                scene.removeItem(item)

    def _clear_backdrop(self) -> None:
        for items in self._backdrop.values():
            self._remove(items)
        self._backdrop.clear()

    def _set_offline(self, offline: bool) -> None:
        if offline != self._offline:
            self._offline = offline
            self.offline_changed.emit(offline)
