"""The map's geometry work in plain numpy: level of detail, viewport culling and picking.

No Qt here, so it is tested and measured without a widget (Orange's `run()` beside the widget).

Level of detail: instead of a few simplified copies of every line, each vertex gets its
Douglas–Peucker *importance* once, when a layer is built: the largest tolerance at which DP
would still keep it (endpoints: infinity). The vertices DP keeps at tolerance t are then
exactly those with importance > t, so every zoom level is one comparison, and the canvas can
simplify to about a pixel at any scale (QGIS simplifies to a pixel too). Computing it for
1,000,000 vertices takes about as long as one shapely `simplify` pass over them.

Culling is a bounding-box test per part (100,000 parts: well under a millisecond); a shapely
STRtree would answer as fast but costs more to build than the test costs to run.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from destination_norberg.core.simplify import dp_importance

__all__ = ["PartSet", "dp_importance", "flatten_parts", "index_ranges", "lod_tolerance",
           "nice_length"]

#: Levels of detail of a whole part set kept ready (zooming out and in at region scale).
WHOLE_CACHE = 3
#: Round scale-bar lengths in metres: 1, 2, 5 and their multiples of ten.
_NICE_STEPS = (1.0, 2.0, 5.0)


def index_ranges(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """The indices start[i] … start[i] + count[i] − 1 of every i, in one flat array."""
    total = int(counts.sum())
    if total == 0:
        return np.empty(0, np.int64)
    shift = np.repeat(starts - np.cumsum(counts) + counts, counts)
    return np.arange(total, dtype=np.int64) + shift


def _segment_distance(px: np.ndarray, py: np.ndarray, ax: np.ndarray, ay: np.ndarray,
                      bx: np.ndarray, by: np.ndarray) -> np.ndarray:
    """Distance of points p to segments a–b (element-wise; a degenerate segment is a point)."""
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    with np.errstate(invalid="ignore", divide="ignore"):
        t = ((px - ax) * dx + (py - ay) * dy) / length2
    t = np.where(length2 > 0, np.clip(t, 0.0, 1.0), 0.0)
    return np.hypot(px - (ax + t * dx), py - (ay + t * dy))


@dataclass(eq=False)
class PartSet:
    """Polylines or rings of one style class, flat: what one PlotCurveItem draws.

    `part_feature[i]` is the row (in the layer's feature table) that part i belongs to.
    """

    xy: np.ndarray  # (V, 2) float64, EPSG:3006 metres
    offsets: np.ndarray  # (P + 1,) int64
    part_feature: np.ndarray  # (P,) int64
    importance: np.ndarray  # (V,) float64
    bbox: np.ndarray  # (P, 4) min x, min y, max x, max y
    vertex_part: np.ndarray  # (V,) int32
    _whole: dict[float, tuple[np.ndarray, np.ndarray, np.ndarray]] = field(
        default_factory=dict, repr=False)

    @classmethod
    def build(cls, xy: np.ndarray, offsets: np.ndarray, part_feature: np.ndarray) -> PartSet:
        xy = np.ascontiguousarray(xy, dtype=np.float64).reshape(-1, 2)
        offsets = np.asarray(offsets, dtype=np.int64)
        counts = np.diff(offsets)
        parts = len(counts)
        bbox = np.empty((parts, 4))
        if parts and len(xy):
            nonempty = counts > 0
            starts = offsets[:-1][nonempty]
            bbox[:] = np.nan
            for col, (fn, axis) in enumerate(((np.minimum, 0), (np.minimum, 1),
                                              (np.maximum, 0), (np.maximum, 1))):
                bbox[nonempty, col] = fn.reduceat(xy[:, axis], starts)
        vertex_part = np.repeat(np.arange(parts, dtype=np.int32), counts)
        return cls(xy, offsets, np.asarray(part_feature, dtype=np.int64),
                   dp_importance(xy, offsets), bbox, vertex_part)

    @property
    def vertex_count(self) -> int:
        return len(self.xy)

    def visible_parts(self, rect: tuple[float, float, float, float]) -> np.ndarray:
        """Indices of the parts whose box meets `rect` (x0, y0, x1, y1)."""
        x0, y0, x1, y1 = rect
        b = self.bbox
        hit = (b[:, 2] >= x0) & (b[:, 0] <= x1) & (b[:, 3] >= y0) & (b[:, 1] <= y1)
        return np.flatnonzero(hit)

    def draw_arrays(self, rect: tuple[float, float, float, float] | None, tolerance: float,
                    thin: float = 0.0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(x, y, connect) of the parts meeting `rect`, simplified to `tolerance` metres.

        `connect[i]` joins vertex i to i + 1 (pyqtgraph's connect array): False where the next
        vertex starts another part. `thin` (metres, about a pixel) keeps one part of those
        smaller than it per `thin`-sized cell: at region scale they are dots, and a pixel
        shows one dot however many fall in it, so the count stays bounded by the view's pixels.
        """
        parts = self.visible_parts(rect) if rect is not None else None
        whole = (parts is None or len(parts) == len(self.bbox)) and not thin
        if whole:
            cached = self._whole.get(tolerance)
            if cached is not None:
                return cached
            idx = np.flatnonzero(self.importance > tolerance)
        else:
            if parts is None:
                parts = np.arange(len(self.bbox))
            if thin:
                parts = self._thinned(parts, thin)
            counts = self.offsets[parts + 1] - self.offsets[parts]
            idx = index_ranges(self.offsets[parts], counts)
            idx = idx[self.importance[idx] > tolerance]
        owner = self.vertex_part[idx]
        connect = np.empty(len(idx), dtype=bool)
        if len(idx):
            np.equal(owner[1:], owner[:-1], out=connect[:-1])
            connect[-1] = False
        xy = self.xy[idx]
        arrays = (xy[:, 0], xy[:, 1], connect)
        if whole:
            # The whole set is what every zoomed-out view sends: keep the last few levels.
            if len(self._whole) >= WHOLE_CACHE:
                self._whole.pop(next(iter(self._whole)))
            self._whole[tolerance] = arrays
        return arrays

    def _thinned(self, parts: np.ndarray, cell: float) -> np.ndarray:
        b = self.bbox[parts]
        small = np.maximum(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1]) < cell
        if not small.any():
            return parts
        grid = np.floor(b[small, :2] / cell).astype(np.int64)
        _keys, first = np.unique(grid[:, 0] * (1 << 32) + grid[:, 1], return_index=True)
        return np.sort(np.concatenate([parts[~small], parts[small][first]]))

    def part_coords(self, part: int) -> np.ndarray:
        return self.xy[self.offsets[part]:self.offsets[part + 1]]

    def nearest(self, x: float, y: float, within: float) -> tuple[int, float] | None:
        """(part, distance) of the part passing nearest (x, y), if within `within` metres."""
        b = self.bbox
        near = np.flatnonzero((b[:, 0] - within <= x) & (b[:, 2] + within >= x)
                              & (b[:, 1] - within <= y) & (b[:, 3] + within >= y))
        if not len(near):
            return None
        counts = self.offsets[near + 1] - self.offsets[near]
        idx = index_ranges(self.offsets[near], counts)
        if not len(idx):
            return None
        a = idx[:-1]
        same = self.vertex_part[a] == self.vertex_part[idx[1:]]
        a = a[same]
        if not len(a):  # single-vertex parts only: distance to the vertices
            d = np.hypot(self.xy[idx, 0] - x, self.xy[idx, 1] - y)
            i = int(d.argmin())
            return (int(self.vertex_part[idx[i]]), float(d[i])) if d[i] <= within else None
        d = _segment_distance(x, y, self.xy[a, 0], self.xy[a, 1], self.xy[a + 1, 0],
                              self.xy[a + 1, 1])
        i = int(d.argmin())
        if d[i] > within:
            return None
        return int(self.vertex_part[a[i]]), float(d[i])

    def containing(self, x: float, y: float) -> np.ndarray:
        """Parts (closed rings) with (x, y) inside, by the even–odd rule per ring."""
        b = self.bbox
        near = np.flatnonzero((b[:, 0] <= x) & (b[:, 2] >= x) & (b[:, 1] <= y) & (b[:, 3] >= y))
        if not len(near):
            return near
        counts = self.offsets[near + 1] - self.offsets[near]
        idx = index_ranges(self.offsets[near], counts)
        a = idx[:-1][self.vertex_part[idx[:-1]] == self.vertex_part[idx[1:]]]
        ax, ay = self.xy[a, 0], self.xy[a, 1]
        bx, by = self.xy[a + 1, 0], self.xy[a + 1, 1]
        crosses = (ay > y) != (by > y)
        with np.errstate(invalid="ignore", divide="ignore"):
            at_x = ax + (y - ay) * (bx - ax) / (by - ay)
        crosses &= x < at_x
        odd = np.bincount(self.vertex_part[a[crosses]], minlength=len(self.bbox)) % 2 == 1
        return np.flatnonzero(odd)


def flatten_parts(parts: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """(xy, offsets) of a list of (n, 2) coordinate arrays."""
    counts = np.fromiter((len(p) for p in parts), np.int64, len(parts))
    offsets = np.zeros(len(parts) + 1, np.int64)
    np.cumsum(counts, out=offsets[1:])
    xy = (np.concatenate([np.asarray(p, np.float64).reshape(-1, 2) for p in parts])
          if parts else np.empty((0, 2)))
    return xy, offsets


def nice_length(max_metres: float) -> float:
    """The longest round length (1, 2 or 5 × 10ⁿ metres) not longer than `max_metres`."""
    if not max_metres > 0 or not math.isfinite(max_metres):
        return 0.0
    power = 10.0 ** math.floor(math.log10(max_metres))
    best = power
    for step in _NICE_STEPS:
        if step * power <= max_metres * (1 + 1e-9):
            best = step * power
    return best


def lod_tolerance(metres_per_pixel: float, pixels: float) -> float:
    """The simplification tolerance for a view: `pixels` pixels, rounded down to a power of
    two metres, so small zoom steps keep the same level and do not rebuild the drawing."""
    if not metres_per_pixel > 0 or not math.isfinite(metres_per_pixel):
        return 0.0
    return 2.0 ** math.floor(math.log2(metres_per_pixel * pixels))
