"""Online background map: XYZ (Web Mercator) tiles placed in SWEREF 99 TM, a disk cache, a fetcher.

The map works in EPSG:3006, tiles come in EPSG:3857. Re-projecting the images would cost far
more than it gains: each 256×256 tile is placed by its own affine transform fitted to three
of its corners projected with pyproj. Around Norberg the true mapping bends from that affine by
a third of a tile pixel at z 12 (6 m at the far corner, 2 m at the centre) and less further in,
so from there on one affine per tile is accurate enough; zoomed further out a tile is cut into
pieces with an affine each (`tile_pieces`).

The OpenStreetMap tile usage policy shapes the fetcher: a User-Agent that names the program,
a disk cache kept for days, at most two connections, stale tiles served instead of refetching
on every view, and no hammering of a server that does not answer. pyproj is imported inside
functions (start-up cost); nothing here knows Qt.
"""

from __future__ import annotations

import contextlib
import email.utils
import hashlib
import http.client
import math
import os
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

TILE_SIZE = 256
#: Web Mercator ground size of one pixel at z 0 on the equator (metres).
RESOLUTION_Z0 = 2 * math.pi * 6_378_137 / TILE_SIZE
MAX_LAT = 85.0511287798066
CONTACT = "https://www.norberg.se/"  # who to tell when the program misbehaves (OSM policy)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"
DAY = 86_400.0


class TileKey(NamedTuple):
    z: int
    x: int
    y: int


@dataclass(frozen=True)
class TileSource:
    """An XYZ URL template: {z} {x} {y}, {s} (one of `subdomains`), {r} (`retina`, e.g. "@2x")."""

    template: str
    attribution: str
    subdomains: str = ""
    min_zoom: int = 0
    max_zoom: int = 19
    retina: str = ""

    def url(self, z: int, x: int, y: int) -> str:
        url = self.template.replace("{z}", str(z)).replace("{x}", str(x))
        url = url.replace("{y}", str(y)).replace("{r}", self.retina)
        if "{s}" in url:
            subs = self.subdomains or "abc"
            url = url.replace("{s}", subs[(x + y) % len(subs)])
        return url

    @property
    def cache_key(self) -> str:
        """A folder name per template: two sources never share cached images."""
        text = f"{self.template}|{self.retina}"
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


OSM = TileSource("https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                 "© OpenStreetMap contributors", max_zoom=19)


def user_agent() -> str:
    """Names the program and a contact, as the OSM policy asks (a library default is blocked)."""
    try:
        from destination_norberg import __version__ as version
    except ImportError:  # pragma: no cover - the package always has one today
        version = "0"
    return f"DestinationNorberg/{version} (+{CONTACT})"


# --- tile maths -------------------------------------------------------------------------------

def lonlat_to_tile(lon: float, lat: float, z: int) -> TileKey:
    """The standard slippy-map formula; latitudes beyond Web Mercator's ±85.05° are clamped."""
    n = 1 << z
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    fx = (lon + 180.0) / 360.0 * n
    fy = (1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0 * n
    return TileKey(z, min(n - 1, max(0, int(fx))), min(n - 1, max(0, int(fy))))


def tile_to_lonlat(x: float, y: float, z: int) -> tuple[float, float]:
    """Lon/lat of a tile-grid point: integer x, y give a tile's north-west corner."""
    n = 1 << z
    lon = x / n * 360.0 - 180.0
    lat = math.degrees(math.atan(math.sinh(math.pi * (1.0 - 2.0 * y / n))))
    return lon, lat


def zoom_for_pixel_size(pixel_size_m: float, lat: float, min_zoom: int = 0,
                        max_zoom: int = 19) -> int:
    """The zoom whose tile pixel is closest (in log scale) to one screen pixel at `lat`."""
    if not pixel_size_m > 0:
        return min_zoom
    ground = RESOLUTION_Z0 * math.cos(math.radians(max(-MAX_LAT, min(MAX_LAT, lat))))
    return max(min_zoom, min(max_zoom, round(math.log2(ground / pixel_size_m))))


@lru_cache(maxsize=4)
def _transformer(src: int, dst: int) -> Any:
    from pyproj import Transformer  # thread-safe since pyproj 3.1

    return Transformer.from_crs(src, dst, always_xy=True)  # x = easting, always


def _view_lonlat_bounds(xmin: float, ymin: float, xmax: float,
                        ymax: float) -> tuple[float, float, float, float] | None:
    """The lon/lat box around an EPSG:3006 rectangle; edges densified, since they bend."""
    steps = [i / 8 for i in range(9)]
    xs = [xmin + (xmax - xmin) * t for t in steps] * 2 + [xmin] * 9 + [xmax] * 9
    ys = [ymin] * 9 + [ymax] * 9 + [ymin + (ymax - ymin) * t for t in steps] * 2
    lons, lats = _transformer(3006, 4326).transform(xs, ys)
    pairs = [(lo, la) for lo, la in zip(lons, lats, strict=True)
             if math.isfinite(lo) and math.isfinite(la)]
    if not pairs:
        return None
    return (min(p[0] for p in pairs), max(-MAX_LAT, min(p[1] for p in pairs)),
            max(p[0] for p in pairs), min(MAX_LAT, max(p[1] for p in pairs)))


def tiles_for_view(xmin: float, ymin: float, xmax: float, ymax: float, pixel_size_m: float, *,
                   min_zoom: int = 0, max_zoom: int = 19, max_tiles: int = 64) -> list[TileKey]:
    """The tiles covering an EPSG:3006 view, nearest the centre first.

    The zoom makes a tile pixel about a screen pixel; when that needs more than `max_tiles`
    (a huge window, a stretched view) it steps out, which keeps the load on the server bounded.
    """
    xmin, xmax = sorted((xmin, xmax))
    ymin, ymax = sorted((ymin, ymax))
    box = _view_lonlat_bounds(xmin, ymin, xmax, ymax)
    if box is None or xmax <= xmin or ymax <= ymin:
        return []
    west, south, east, north = box
    z = zoom_for_pixel_size(pixel_size_m, (south + north) / 2, min_zoom, max_zoom)
    while True:
        x0, y0 = lonlat_to_tile(west, north, z)[1:]
        x1, y1 = lonlat_to_tile(east, south, z)[1:]
        if (x1 - x0 + 1) * (y1 - y0 + 1) <= max_tiles or z <= min_zoom:
            break
        z -= 1
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    keys = [TileKey(z, x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]
    keys.sort(key=lambda k: (k.x - cx) ** 2 + (k.y - cy) ** 2)
    return keys[:max_tiles]


@dataclass(frozen=True)
class TileAffine:
    """Tile pixel (col, row) → EPSG:3006: E = a·col + b·row + c, N = d·col + e·row + f."""

    a: float
    b: float
    c: float
    d: float
    e: float
    f: float

    def apply(self, col: float, row: float) -> tuple[float, float]:
        return (self.a * col + self.b * row + self.c, self.d * col + self.e * row + self.f)


@dataclass(frozen=True)
class TilePiece:
    """A square of a tile's image (`size` pixels from `col`, `row`) and its own affine."""

    col: int
    row: int
    size: int
    affine: TileAffine  # piece pixel (0..size) → EPSG:3006


def _corners(key: TileKey, n: int) -> tuple[list[float], list[float]]:
    """EPSG:3006 of an (n+1)×(n+1) grid over the tile, row by row, in one pyproj call."""
    lons, lats = [], []
    for j in range(n + 1):
        for i in range(n + 1):
            lon, lat = tile_to_lonlat(key.x + i / n, key.y + j / n, key.z)
            lons.append(lon)
            lats.append(lat)
    es, ns = _transformer(4326, 3006).transform(lons, lats)
    return list(es), list(ns)


def _fit(es: list[float], ns: list[float], n: int, i: int, j: int, size: float) -> TileAffine:
    """Exact at the cell's top-left, top-right and bottom-left grid corners."""
    tl, tr, bl = j * (n + 1) + i, j * (n + 1) + i + 1, (j + 1) * (n + 1) + i
    return TileAffine((es[tr] - es[tl]) / size, (es[bl] - es[tl]) / size, es[tl],
                      (ns[tr] - ns[tl]) / size, (ns[bl] - ns[tl]) / size, ns[tl])


def tile_affine(key: TileKey) -> TileAffine:
    """The whole tile's affine: exact at three corners, off by the bending at the fourth."""
    es, ns = _corners(key, 1)
    return _fit(es, ns, 1, 0, 0, TILE_SIZE)


def tile_pieces(key: TileKey, max_error_px: float = 0.5, max_split: int = 16) -> list[TilePiece]:
    """The tile cut into n×n pieces, n a power of two, so each affine is off by < max_error_px.

    One affine is enough from z 12 on around Norberg (a third of a pixel at the far corner);
    zoomed out the bending grows with the square of the tile size, so a z 8 tile needs 4×4
    pieces and a z 5 one 16×16. Neighbouring pieces share their fitted corners.
    """
    es, ns = _corners(key, 1)
    whole = _fit(es, ns, 1, 0, 0, TILE_SIZE)
    far_e, far_n = whole.apply(TILE_SIZE, TILE_SIZE)
    pixel = math.hypot(whole.a, whole.d) or 1.0
    error_px = math.hypot(far_e - es[3], far_n - ns[3]) / pixel
    n = 1
    while error_px > max_error_px and n < max_split:
        n, error_px = n * 2, error_px / 4  # the bending is quadratic in the piece size
    if n == 1:
        return [TilePiece(0, 0, TILE_SIZE, whole)]
    es, ns = _corners(key, n)
    size = TILE_SIZE // n
    return [TilePiece(i * size, j * size, size, _fit(es, ns, n, i, j, size))
            for j in range(n) for i in range(n)]


def looks_like_image(data: bytes) -> bool:
    """PNG or JPEG by magic bytes: an HTML error page or captive portal must not be cached."""
    return data.startswith(PNG_MAGIC) or data.startswith(JPEG_MAGIC)


# --- disk cache -------------------------------------------------------------------------------

@dataclass(frozen=True)
class CachedTile:
    data: bytes
    fetched_at: float
    fresh: bool


class TileCache:
    """`<root>/<z>/<x>/<y>.png`; the file's mtime is when it was fetched (or last revalidated).

    Writes go to a temporary file and are renamed into place, so a reader (another thread or
    another copy of the program) never sees half a tile. Past `max_bytes` the oldest files go.
    """

    def __init__(self, root: Path, *, max_age_s: float = 7 * DAY, max_bytes: int = 200_000_000,
                 clock: Callable[[], float] = time.time) -> None:
        self.root = Path(root)
        self.max_age_s = max_age_s
        self.max_bytes = max_bytes
        self._clock = clock
        self._lock = threading.Lock()
        self._size: int | None = None  # counted lazily, on the first write (in a worker)

    @classmethod
    def for_source(cls, source: TileSource, **kwargs: Any) -> TileCache:
        """The per-user cache folder, one subfolder per URL template."""
        from destination_norberg.paths import user_cache_dir

        return cls(user_cache_dir() / "tiles" / source.cache_key, **kwargs)

    def path(self, key: TileKey) -> Path:
        return self.root / str(key.z) / str(key.x) / f"{key.y}.png"

    def lookup(self, key: TileKey) -> CachedTile | None:
        """The cached tile, fresh or stale (offline, a stale tile beats an empty map)."""
        path = self.path(key)
        try:
            fetched_at = path.stat().st_mtime
            data = path.read_bytes()
        except OSError:
            return None
        return CachedTile(data, fetched_at, self._clock() - fetched_at < self.max_age_s)

    def put(self, key: TileKey, data: bytes) -> None:
        path = self.path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        old = 0
        with contextlib.suppress(OSError):
            old = path.stat().st_size
        fd, tmp = tempfile.mkstemp(prefix=f".{key.y}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            now = self._clock()
            os.utime(tmp, (now, now))
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        with self._lock:
            self._size = (self.total_bytes() if self._size is None
                          else self._size + len(data) - old)
            over = self._size > self.max_bytes
        if over:
            self.prune(int(self.max_bytes * 0.8))  # some slack: not a full scan per write

    def touch(self, key: TileKey) -> None:
        """The server confirmed the tile unchanged (HTTP 304): fresh again for `max_age_s`."""
        now = self._clock()
        with contextlib.suppress(OSError):
            os.utime(self.path(key), (now, now))

    def _files(self) -> list[tuple[float, int, Path]]:
        found = []
        for path in self.root.glob("*/*/*.png"):
            with contextlib.suppress(OSError):
                st = path.stat()
                found.append((st.st_mtime, st.st_size, path))
        return found

    def total_bytes(self) -> int:
        return sum(size for _, size, _ in self._files())

    def prune(self, target_bytes: int | None = None) -> int:
        """Delete the oldest tiles until at most `target_bytes` remain; returns what remains."""
        with self._lock:
            files = sorted(self._files(), key=lambda f: f[0])
            total = sum(size for _, size, _ in files)
            target = self.max_bytes if target_bytes is None else target_bytes
            for _, size, path in files:
                if total <= target:
                    break
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                total -= size
            self._size = total
            return total


# --- fetcher ----------------------------------------------------------------------------------

class TileFetcher:
    """`fetch(z, x, y)`: fresh cache, else the network, else the cache however old.

    Safe to call from several worker threads. A connection failure sets `offline` and keeps
    the network untried for `retry_after_s`: a dead link must not cost a timeout per tile.
    With `online` False only the cache is read.
    """

    def __init__(self, source: TileSource, cache: TileCache, *, online: bool = True,
                 timeout_s: float = 10.0, max_connections: int = 2, max_bytes: int = 2_000_000,
                 retry_after_s: float = 60.0, opener: urllib.request.OpenerDirector | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.source, self.cache = source, cache
        self.online = online
        self.timeout_s, self.max_bytes, self.retry_after_s = timeout_s, max_bytes, retry_after_s
        self.user_agent = user_agent()
        self._opener = opener or urllib.request.build_opener()
        self._clock = clock
        self._connections = threading.BoundedSemaphore(max_connections)  # OSM: at most 2
        self._lock = threading.Lock()
        self._failed_at: float | None = None
        self.last_error = ""

    @property
    def offline(self) -> bool:
        """The last attempt could not reach the server: the map shows cached tiles only."""
        with self._lock:
            return self._failed_at is not None

    def fetch(self, z: int, x: int, y: int) -> bytes | None:
        key = TileKey(z, x, y)
        cached = self.cache.lookup(key)
        if cached is not None and cached.fresh:
            return cached.data
        if not self.online or self._backing_off():
            return cached.data if cached else None
        try:
            data = self._download(key, cached)
        except urllib.error.HTTPError as exc:
            if exc.code == 304 and cached is not None:  # unchanged: keep it another max age
                self.cache.touch(key)
                self._succeeded()
                return cached.data
            self._note(f"HTTP {exc.code}", offline=exc.code in (429, 500, 502, 503, 504))
            return cached.data if cached else None
        except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as exc:
            self._note(str(getattr(exc, "reason", exc)), offline=True)
            return cached.data if cached else None
        self._succeeded()
        if data is None:
            return cached.data if cached else None
        self.cache.put(key, data)
        return data

    def _download(self, key: TileKey, cached: CachedTile | None) -> bytes | None:
        """The image bytes, or None for a response that is not a tile (too big, not an image)."""
        headers = {"User-Agent": self.user_agent, "Accept": "image/png,image/jpeg;q=0.9"}
        if cached is not None:
            headers["If-Modified-Since"] = email.utils.formatdate(cached.fetched_at, usegmt=True)
        request = urllib.request.Request(self.source.url(*key), headers=headers)
        with self._connections, self._opener.open(request, timeout=self.timeout_s) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > self.max_bytes:
                self.last_error = "response too large"
                return None
            data: bytes = response.read(self.max_bytes + 1)
        if len(data) > self.max_bytes:
            self.last_error = "response too large"
            return None
        if not looks_like_image(data):
            self.last_error = "response is not an image"
            return None
        return data

    def _backing_off(self) -> bool:
        with self._lock:
            return (self._failed_at is not None
                    and self._clock() - self._failed_at < self.retry_after_s)

    def _note(self, error: str, *, offline: bool) -> None:
        with self._lock:
            self.last_error = error
            if offline:
                self._failed_at = self._clock()

    def _succeeded(self) -> None:
        with self._lock:
            self._failed_at = None

    reset = _succeeded  # the user changed a setting or asked to retry: forget the failure
