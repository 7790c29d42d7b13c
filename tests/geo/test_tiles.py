"""Tile maths against the slippy-map formula and pyproj; the disk cache; the fetcher against a
small tile server on loopback (no other network)."""

from __future__ import annotations

import email.utils
import math
import os
import struct
import threading
import time
import urllib.request
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from pyproj import Transformer

from destination_norberg import __version__
from destination_norberg.geo.tiles import (
    OSM,
    PNG_MAGIC,
    TILE_SIZE,
    TileCache,
    TileFetcher,
    TileKey,
    TileSource,
    lonlat_to_tile,
    looks_like_image,
    tile_affine,
    tile_pieces,
    tile_to_lonlat,
    tiles_for_view,
    user_agent,
    zoom_for_pixel_size,
)

NORBERG_LON, NORBERG_LAT = 15.92, 60.07
TO_3006 = Transformer.from_crs(4326, 3006, always_xy=True)
TO_4326 = Transformer.from_crs(3006, 4326, always_xy=True)
DAY = 86_400.0


def png(width: int = 4, height: int = 4, rgb: tuple[int, int, int] = (200, 40, 40)) -> bytes:
    """A real (decodable) PNG, built by hand: no imaging library needed."""
    def chunk(tag: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))

    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (PNG_MAGIC + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


class Clock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


class TileServer:
    """`/{z}/{x}/{y}.png` → a PNG; `/html/…` a web page; `/big/…` an oversized "image".

    Counts requests, keeps their headers, answers If-Modified-Since with 304 and tracks how
    many requests were in flight at once.
    """

    def __init__(self, delay_s: float = 0.0) -> None:
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.in_flight = self.max_in_flight = 0
        self.lock = threading.Lock()
        self.delay_s = delay_s
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with server.lock:
                    server.requests.append((self.path, dict(self.headers)))
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                # Counted as in flight until the answer starts: the client frees its
                # connection only after reading the answer, so a request that arrives then
                # is a third connection, never this one's successor still being counted (as
                # it was when the count ended after the answer, on a busy machine).
                try:
                    time.sleep(server.delay_s)
                finally:
                    with server.lock:
                        server.in_flight -= 1
                self._answer()

            def _answer(self) -> None:
                if self.headers.get("If-Modified-Since"):
                    self.send_response(304)
                    self.end_headers()
                    return
                if self.path.startswith("/missing/"):
                    self.send_error(404)
                    return
                body, kind = png(), "image/png"
                if self.path.startswith("/html/"):
                    body, kind = b"<html><body>Please log in</body></html>", "text/html"
                elif self.path.startswith("/big/"):
                    body = PNG_MAGIC + b"\0" * 5000
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                return

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,),
                                       daemon=True)
        self.thread.start()
        self.running = True

    def template(self, prefix: str = "") -> str:
        return f"http://127.0.0.1:{self.port}{prefix}/{{z}}/{{x}}/{{y}}.png"

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
def clock() -> Clock:
    return Clock()


def no_proxy() -> urllib.request.OpenerDirector:
    """Loopback must never go through a proxy the environment may name."""
    return urllib.request.build_opener(urllib.request.ProxyHandler({}))


def make_fetcher(template: str, tmp_path: Path, clock: Clock, **kwargs: object) -> TileFetcher:
    source = TileSource(template, "© test tiles")
    cache = TileCache(tmp_path / "cache", clock=clock)
    return TileFetcher(source, cache, opener=no_proxy(), clock=clock, timeout_s=5, **kwargs)


# --- tile maths -------------------------------------------------------------------------------

def test_norberg_tile_at_z12_by_the_slippy_map_formula() -> None:
    n = 2 ** 12
    x = int((NORBERG_LON + 180) / 360 * n)
    lat = math.radians(NORBERG_LAT)
    y = int((1 - math.log(math.tan(lat) + 1 / math.cos(lat)) / math.pi) / 2 * n)
    assert (x, y) == (2229, 1187)
    assert lonlat_to_tile(NORBERG_LON, NORBERG_LAT, 12) == TileKey(12, x, y)
    west, north = tile_to_lonlat(x, y, 12)
    east, south = tile_to_lonlat(x + 1, y + 1, 12)
    assert west <= NORBERG_LON < east and south < NORBERG_LAT <= north


def test_tile_indices_are_clamped_to_the_grid() -> None:
    assert lonlat_to_tile(180.0, -90.0, 3) == TileKey(3, 7, 7)
    assert lonlat_to_tile(-180.0, 90.0, 3) == TileKey(3, 0, 0)


def test_zoom_makes_a_tile_pixel_about_a_screen_pixel() -> None:
    ground_z14 = 2 * math.pi * 6_378_137 / 256 / 2 ** 14 * math.cos(math.radians(60))
    assert ground_z14 == pytest.approx(4.78, abs=0.01)
    assert zoom_for_pixel_size(ground_z14, 60) == 14
    assert zoom_for_pixel_size(ground_z14 * 1.3, 60) == 14
    assert zoom_for_pixel_size(ground_z14 * 2, 60) == 13
    assert zoom_for_pixel_size(0.01, 60) == 19  # the source's maximum
    assert zoom_for_pixel_size(0.01, 60, max_zoom=17) == 17
    assert zoom_for_pixel_size(0.0, 60) == 0


def test_the_tiles_of_a_view_cover_it_centre_first() -> None:
    e, n = TO_3006.transform(NORBERG_LON, NORBERG_LAT)
    xmin, ymin, xmax, ymax = e - 5000, n - 4000, e + 5000, n + 4000
    keys = tiles_for_view(xmin, ymin, xmax, ymax, 10.0)
    assert 1 < len(keys) <= 64
    z = keys[0].z
    assert z == zoom_for_pixel_size(10.0, NORBERG_LAT) == 13
    assert {k.z for k in keys} == {z}
    assert keys[0] == lonlat_to_tile(NORBERG_LON, NORBERG_LAT, z)  # the centre comes first
    for cx, cy in ((xmin, ymin), (xmin, ymax), (xmax, ymin), (xmax, ymax), (e, n)):
        assert lonlat_to_tile(*TO_4326.transform(cx, cy), z) in keys


def test_the_tile_count_is_capped_by_stepping_out() -> None:
    e, n = TO_3006.transform(NORBERG_LON, NORBERG_LAT)
    keys = tiles_for_view(e - 50_000, n - 50_000, e + 50_000, n + 50_000, 2.0, max_tiles=64)
    assert 0 < len(keys) <= 64
    assert keys[0].z < zoom_for_pixel_size(2.0, NORBERG_LAT)
    assert tiles_for_view(e, n, e, n + 10, 1.0) == []  # an empty view needs no tiles


def test_a_tile_affine_matches_pyproj_at_corners_and_centre() -> None:
    key = lonlat_to_tile(NORBERG_LON, NORBERG_LAT, 12)
    affine = tile_affine(key)

    def true(col: float, row: float) -> tuple[float, float]:
        lon, lat = tile_to_lonlat(key.x + col / TILE_SIZE, key.y + row / TILE_SIZE, 12)
        return TO_3006.transform(lon, lat)

    def miss(col: float, row: float) -> float:
        (e1, n1), (e2, n2) = affine.apply(col, row), true(col, row)
        return math.hypot(e1 - e2, n1 - n2)

    for corner in ((0, 0), (TILE_SIZE, 0), (0, TILE_SIZE)):
        assert miss(*corner) < 1.0
    assert miss(TILE_SIZE / 2, TILE_SIZE / 2) < 3.0
    assert miss(TILE_SIZE, TILE_SIZE) < 10.0  # the unfitted corner: a third of a tile pixel
    e, n = affine.apply(0, 0)
    assert 500_000 < e < 600_000 and 6_600_000 < n < 6_700_000  # Norberg, x = easting
    assert affine.e < 0  # image rows run south


@pytest.mark.parametrize(("z", "pieces"), [(14, 1), (12, 1), (8, 16)])
def test_pieces_keep_each_affine_within_half_a_pixel(z: int, pieces: int) -> None:
    key = lonlat_to_tile(NORBERG_LON, NORBERG_LAT, z)
    parts = tile_pieces(key)
    assert len(parts) == pieces
    assert sum(p.size ** 2 for p in parts) == TILE_SIZE ** 2
    for p in parts:
        pixel = math.hypot(p.affine.a, p.affine.d)
        for col, row in ((p.size, p.size), (p.size / 2, p.size / 2)):
            lon, lat = tile_to_lonlat(key.x + (p.col + col) / TILE_SIZE,
                                      key.y + (p.row + row) / TILE_SIZE, z)
            e, n = TO_3006.transform(lon, lat)
            ae, an = p.affine.apply(col, row)
            assert math.hypot(ae - e, an - n) < 0.5 * pixel


def test_url_templates() -> None:
    assert OSM.url(12, 2229, 1187) == "https://tile.openstreetmap.org/12/2229/1187.png"
    assert OSM.attribution == "© OpenStreetMap contributors"
    sub = TileSource("https://{s}.example.org/{z}/{x}/{y}{r}.png", "x", subdomains="ab",
                     retina="@2x")
    assert sub.url(3, 1, 2) == "https://b.example.org/3/1/2@2x.png"
    assert sub.url(3, 1, 1) == "https://a.example.org/3/1/1@2x.png"
    assert OSM.cache_key != sub.cache_key and len(OSM.cache_key) == 16


def test_user_agent_names_the_program_and_its_version() -> None:
    agent = user_agent()
    assert agent.startswith(f"DestinationNorberg/{__version__} (+")
    assert "python-urllib" not in agent.lower()


def test_image_check_by_magic_bytes() -> None:
    assert looks_like_image(png())
    assert looks_like_image(b"\xff\xd8\xff\xe0rest")
    assert not looks_like_image(b"<html>")
    assert not looks_like_image(b"")


# --- the disk cache ---------------------------------------------------------------------------

def test_cache_lives_in_the_per_user_cache_folder(tmp_path: Path) -> None:
    cache = TileCache.for_source(OSM)
    # tests/conftest.py points XDG_CACHE_HOME into tmp_path
    assert cache.root.is_relative_to(tmp_path)
    assert cache.root.parts[-2:] == ("tiles", OSM.cache_key)
    assert cache.path(TileKey(12, 2229, 1187)) == cache.root / "12" / "2229" / "1187.png"


def test_cache_writes_reads_and_expires(tmp_path: Path, clock: Clock) -> None:
    cache = TileCache(tmp_path / "c", max_age_s=7 * DAY, clock=clock)
    key = TileKey(12, 2229, 1187)
    assert cache.lookup(key) is None
    cache.put(key, png())
    hit = cache.lookup(key)
    assert hit is not None and hit.data == png() and hit.fresh
    assert [p.name for p in cache.path(key).parent.iterdir()] == ["1187.png"]  # no temp file
    clock.now += 8 * DAY
    stale = cache.lookup(key)
    assert stale is not None and not stale.fresh and stale.data == png()
    cache.touch(key)
    assert cache.lookup(key).fresh


def test_cache_prunes_the_oldest_tiles(tmp_path: Path, clock: Clock) -> None:
    size = len(png())
    cache = TileCache(tmp_path / "c", max_bytes=10 * size, clock=clock)
    for i in range(10):
        clock.now += 60
        cache.put(TileKey(10, i, 0), png())
    assert cache.total_bytes() == 10 * size
    clock.now += 60
    cache.put(TileKey(10, 10, 0), png())  # over the limit: down to 80 %
    left = {int(p.parent.name) for p in cache.root.glob("*/*/*.png")}
    assert cache.total_bytes() <= 8 * size
    assert 10 in left and 0 not in left and 1 not in left
    assert cache.prune(3 * size) == 3 * size
    assert {int(p.parent.name) for p in cache.root.glob("*/*/*.png")} == {8, 9, 10}


# --- the fetcher against a loopback server ----------------------------------------------------

def test_first_fetch_hits_the_server_the_second_the_disk(server: TileServer, tmp_path: Path,
                                                        clock: Clock) -> None:
    fetcher = make_fetcher(server.template(), tmp_path, clock)
    assert fetcher.fetch(12, 2229, 1187) == png()
    assert len(server.requests) == 1
    path, headers = server.requests[0]
    assert path == "/12/2229/1187.png"
    assert headers["User-Agent"] == user_agent()
    assert fetcher.cache.lookup(TileKey(12, 2229, 1187)) is not None
    assert fetcher.fetch(12, 2229, 1187) == png()
    assert len(server.requests) == 1
    assert not fetcher.offline


def test_a_stale_tile_is_revalidated(server: TileServer, tmp_path: Path, clock: Clock) -> None:
    fetcher = make_fetcher(server.template(), tmp_path, clock)
    fetcher.fetch(12, 2229, 1187)
    fetched_at = clock.now
    clock.now += 8 * DAY
    assert fetcher.fetch(12, 2229, 1187) == png()
    _, headers = server.requests[-1]
    since = email.utils.parsedate_to_datetime(headers["If-Modified-Since"]).timestamp()
    assert since == pytest.approx(fetched_at, abs=1)
    assert fetcher.cache.lookup(TileKey(12, 2229, 1187)).fresh  # 304: fresh for 7 more days


def test_offline_the_stale_tile_is_still_served(server: TileServer, tmp_path: Path,
                                                clock: Clock) -> None:
    fetcher = make_fetcher(server.template(), tmp_path, clock, retry_after_s=60)
    fetcher.fetch(12, 2229, 1187)
    server.stop()
    clock.now += 30 * DAY
    assert fetcher.fetch(12, 2229, 1187) == png()
    assert fetcher.offline and fetcher.last_error
    assert fetcher.fetch(12, 2229, 1188) is None  # never cached, nowhere to get it
    start = time.monotonic()
    for y in range(100):  # backing off: no connection attempt, so no waiting either
        fetcher.fetch(12, 2300, y)
    assert time.monotonic() - start < 1.0


def test_back_online_clears_the_flag(tmp_path: Path, clock: Clock) -> None:
    dead = TileServer()
    dead.stop()
    fetcher = make_fetcher(dead.template(), tmp_path, clock, retry_after_s=60)
    assert fetcher.fetch(5, 1, 1) is None and fetcher.offline
    srv = TileServer()
    try:
        fetcher.source = TileSource(srv.template(), "© test tiles")
        assert fetcher.fetch(5, 1, 1) is None  # still backing off
        assert srv.requests == []
        clock.now += 61
        assert fetcher.fetch(5, 1, 1) == png() and not fetcher.offline
    finally:
        srv.stop()


def test_a_non_image_response_is_not_cached(server: TileServer, tmp_path: Path,
                                            clock: Clock) -> None:
    fetcher = make_fetcher(server.template("/html"), tmp_path, clock)
    assert fetcher.fetch(12, 2229, 1187) is None
    assert fetcher.cache.lookup(TileKey(12, 2229, 1187)) is None
    assert "not an image" in fetcher.last_error
    assert not fetcher.offline  # the server answered


def test_a_huge_response_is_refused(server: TileServer, tmp_path: Path, clock: Clock) -> None:
    fetcher = make_fetcher(server.template("/big"), tmp_path, clock, max_bytes=1000)
    assert fetcher.fetch(12, 2229, 1187) is None
    assert fetcher.cache.lookup(TileKey(12, 2229, 1187)) is None
    assert "too large" in fetcher.last_error


def test_a_missing_tile_is_not_offline(server: TileServer, tmp_path: Path, clock: Clock) -> None:
    fetcher = make_fetcher(server.template("/missing"), tmp_path, clock)
    assert fetcher.fetch(12, 2229, 1187) is None
    assert not fetcher.offline and fetcher.last_error == "HTTP 404"


def test_at_most_two_connections(tmp_path: Path, clock: Clock) -> None:
    srv = TileServer(delay_s=0.1)
    try:
        fetcher = make_fetcher(srv.template(), tmp_path, clock)
        threads = [threading.Thread(target=fetcher.fetch, args=(12, 2229, y)) for y in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=10)
        assert len(srv.requests) == 6
        assert srv.max_in_flight == 2
    finally:
        srv.stop()


def test_switched_off_no_request_leaves(server: TileServer, tmp_path: Path,
                                        clock: Clock) -> None:
    fetcher = make_fetcher(server.template(), tmp_path, clock, online=False)
    assert fetcher.fetch(12, 2229, 1187) is None
    fetcher.cache.put(TileKey(12, 2229, 1187), png())
    clock.now += 30 * DAY
    assert fetcher.fetch(12, 2229, 1187) == png()  # stale, but what there is
    assert server.requests == []
    assert not fetcher.offline


def test_cache_files_are_written_atomically(tmp_path: Path, clock: Clock,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    cache = TileCache(tmp_path / "c", clock=clock)
    key = TileKey(3, 1, 1)
    cache.put(key, png())

    def fail(src: str, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        cache.put(key, png(rgb=(1, 2, 3)))
    assert cache.lookup(key).data == png()  # the old tile, whole
    assert [p.name for p in cache.path(key).parent.iterdir()] == ["1.png"]
