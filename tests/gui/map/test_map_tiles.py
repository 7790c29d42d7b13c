"""The background tile layer in a pyqtgraph ViewBox, fed by a tile server on loopback."""

from __future__ import annotations

import math
import struct
import threading
import time
import urllib.request
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyqtgraph as pg
import pytest
from pyproj import Transformer
from PySide6.QtCore import QPointF, QRectF

from destination_norberg.geo.tiles import (
    OSM,
    PNG_MAGIC,
    TILE_SIZE,
    TileCache,
    TileFetcher,
    TileSource,
    tile_affine,
    tiles_for_view,
)
from destination_norberg.gui.map.tiles import Z_VALUE, TileLayer

TO_3006 = Transformer.from_crs(4326, 3006, always_xy=True)
CENTRE = TO_3006.transform(15.92, 60.07)  # Norberg
VIEW = QRectF(CENTRE[0] - 3000, CENTRE[1] - 2000, 6000, 4000)
PIXEL_M = 10.0
WAIT_MS = 10_000


def png(size: int = TILE_SIZE) -> bytes:
    def chunk(tag: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))

    raw = b"".join(b"\x00" + b"\x30\x90\x30" * size for _ in range(size))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (PNG_MAGIC + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


TILE = png()


class TileServer:
    """Serves the same green PNG for every path; counts requests and keeps User-Agents."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.agents: set[str] = set()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.paths.append(self.path)
                server.agents.add(self.headers.get("User-Agent", ""))
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(TILE)))
                self.end_headers()
                self.wfile.write(TILE)

            def log_message(self, format: str, *args: object) -> None:
                return

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,),
                                       daemon=True)
        self.thread.start()
        self.running = True

    @property
    def template(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/{{z}}/{{x}}/{{y}}.png"

    def stop(self) -> None:
        if self.running:
            self.running = False
            self.httpd.shutdown()
            self.httpd.server_close()
            self.thread.join(timeout=5)


@pytest.fixture
def server() -> Iterator[TileServer]:
    srv = TileServer()
    yield srv
    srv.stop()


@pytest.fixture
def layers() -> list[TileLayer]:
    return []


@pytest.fixture
def plot(qtbot, layers: list[TileLayer]) -> pg.PlotWidget:
    """The layers' pools are drained before pytest-qt closes (and so deletes) the plot."""
    widget = pg.PlotWidget()
    qtbot.addWidget(widget, before_close_func=lambda _: [layer.stop() for layer in layers])
    widget.resize(600, 400)
    widget.setAspectLocked(True)
    widget.getViewBox().setRange(VIEW, padding=0)
    return widget


@pytest.fixture
def make_layer(plot: pg.PlotWidget, server: TileServer, tmp_path: Path,
               layers: list[TileLayer]) -> Iterator[Callable[..., TileLayer]]:
    """Factory: a layer on a cache in tmp_path, attached to the plot; stopped in teardown."""

    def make(*, online: bool = True, clock: Callable[[], float] = time.time) -> TileLayer:
        source = TileSource(server.template, "© test tiles")
        fetcher = TileFetcher(source, TileCache(tmp_path / "tiles", clock=clock), online=online,
                              opener=urllib.request.build_opener(urllib.request.ProxyHandler({})),
                              timeout_s=5, clock=clock)
        layer = TileLayer(fetcher, opacity=0.5)
        layer.attach(plot.getViewBox())
        layers.append(layer)
        return layer

    yield make
    for layer in layers:
        layer.stop()


def expected_keys() -> set:
    return set(tiles_for_view(VIEW.left(), VIEW.top(), VIEW.right(), VIEW.bottom(), PIXEL_M))


def test_fetched_tiles_appear_in_place(qtbot, make_layer, server: TileServer,
                                       plot: pg.PlotWidget) -> None:
    layer = make_layer()
    with qtbot.waitSignal(layer.tiles_changed, timeout=WAIT_MS):
        layer.update_view(VIEW, PIXEL_M)
    keys = expected_keys()
    assert keys
    qtbot.waitUntil(lambda: layer.shown_tiles == keys and not layer.busy, timeout=WAIT_MS)
    assert len(server.paths) == len(keys)
    assert server.agents == {layer.fetcher.user_agent}
    assert not layer.offline and layer.status_text() == ""

    key = next(iter(keys))
    (item,) = layer.items_for(key)  # z 13: one affine per tile
    assert item.pixmap().width() == TILE_SIZE
    affine = tile_affine(key)
    for col, row in ((0, 0), (TILE_SIZE, 0), (0, TILE_SIZE)):
        placed = item.mapToParent(QPointF(col, row))
        e, n = affine.apply(col, row)
        assert math.hypot(placed.x() - e, placed.y() - n) < 1.0
    # the layer sits in the ViewBox's data coordinates (EPSG:3006), below a trail curve
    curve = pg.PlotDataItem([CENTRE[0]], [CENTRE[1]])
    plot.addItem(curve)
    assert item.parentItem() is layer
    assert layer.parentItem() is plot.getViewBox().childGroup
    assert layer.zValue() == Z_VALUE < curve.zValue()
    assert item.effectiveOpacity() == pytest.approx(0.5)
    in_data = layer.mapToItem(plot.getViewBox().childGroup, item.mapToParent(QPointF(0, 0)))
    assert math.hypot(in_data.x() - affine.c, in_data.y() - affine.f) < 1.0


def test_a_second_view_comes_from_the_disk(qtbot, make_layer, server: TileServer) -> None:
    first = make_layer()
    first.update_view(VIEW, PIXEL_M)
    qtbot.waitUntil(lambda: first.shown_tiles == expected_keys() and not first.busy,
                    timeout=WAIT_MS)
    first.stop()
    requests = len(server.paths)
    second = make_layer(online=False)
    second.update_view(VIEW, PIXEL_M)
    assert second.shown_tiles == expected_keys()  # at once: no worker involved
    assert not second.busy and len(server.paths) == requests


def test_switched_off_shows_cached_tiles_only(make_layer, server: TileServer) -> None:
    layer = make_layer(online=False)
    some = sorted(expected_keys())[:2]
    for key in some:
        layer.fetcher.cache.put(key, TILE)
    layer.update_view(VIEW, PIXEL_M)
    assert layer.shown_tiles == set(some)
    assert not layer.busy and server.paths == []


def test_offline_stale_tiles_stay_and_the_layer_says_so(qtbot, make_layer,
                                                        server: TileServer) -> None:
    now = [time.time()]
    layer = make_layer(clock=lambda: now[0])
    keys = expected_keys()
    for key in keys:
        layer.fetcher.cache.put(key, TILE)
    server.stop()
    now[0] += 30 * 86_400
    with qtbot.waitSignal(layer.offline_changed, timeout=WAIT_MS) as blocker:
        layer.update_view(VIEW, PIXEL_M)
        assert layer.shown_tiles == keys  # the stale ones, shown at once
    assert blocker.args == [True]
    qtbot.waitUntil(lambda: not layer.busy, timeout=WAIT_MS)
    assert layer.shown_tiles == keys
    assert layer.status_text() == "Offline — showing cached tiles"


def test_moving_on_drops_the_old_tiles(qtbot, make_layer) -> None:
    layer = make_layer()
    layer.update_view(VIEW, PIXEL_M)
    qtbot.waitUntil(lambda: not layer.busy, timeout=WAIT_MS)
    far = VIEW.translated(200_000, 0)
    layer.update_view(far, PIXEL_M)
    far_keys = set(tiles_for_view(far.left(), far.top(), far.right(), far.bottom(), PIXEL_M))
    qtbot.waitUntil(lambda: layer.shown_tiles == far_keys and not layer.busy, timeout=WAIT_MS)
    assert not expected_keys() & layer.shown_tiles


def test_stop_waits_for_the_pool(make_layer) -> None:
    layer = make_layer()
    layer.update_view(VIEW, PIXEL_M)
    layer.stop()
    assert layer.pool.activeThreadCount() == 0
    shown = layer.shown_tiles
    layer.update_view(VIEW.translated(50_000, 0), PIXEL_M)  # ignored once stopped
    assert layer.shown_tiles == shown and not layer.busy


def test_osm_layer_defaults(make_layer, tmp_path: Path) -> None:
    layer = TileLayer.for_source(online=False)
    try:
        assert layer.attribution == "© OpenStreetMap contributors"
        assert layer.fetcher.source is OSM and not layer.online
        assert layer.fetcher.cache.root.is_relative_to(tmp_path)  # the isolated XDG cache
    finally:
        layer.stop()


def test_zooming_keeps_the_old_tiles_until_the_new_ones_arrive(qtbot, make_layer) -> None:
    layer = make_layer()
    layer.update_view(VIEW, PIXEL_M)
    qtbot.waitUntil(lambda: not layer.busy, timeout=WAIT_MS)
    old = layer.shown_tiles
    layer.update_view(VIEW, PIXEL_M * 4)  # two zoom levels out
    new = set(tiles_for_view(VIEW.left(), VIEW.top(), VIEW.right(), VIEW.bottom(), PIXEL_M * 4))
    assert {k.z for k in new} == {next(iter(old)).z - 2}
    if layer.busy:  # the old zoom stays underneath while the new one loads
        assert len(layer.childItems()) >= len(old)
    qtbot.waitUntil(lambda: layer.shown_tiles == new and not layer.busy, timeout=WAIT_MS)
    assert len(layer.childItems()) == sum(len(layer.items_for(k)) for k in new)


def test_switching_online_on_fetches_what_is_missing(qtbot, make_layer,
                                                     server: TileServer) -> None:
    layer = make_layer(online=False)
    layer.update_view(VIEW, PIXEL_M)
    assert layer.shown_tiles == set() and server.paths == []
    layer.set_online(True)
    assert layer.online
    qtbot.waitUntil(lambda: layer.shown_tiles == expected_keys() and not layer.busy,
                    timeout=WAIT_MS)
    assert len(server.paths) == len(expected_keys())
