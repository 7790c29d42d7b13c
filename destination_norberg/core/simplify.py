"""Douglas–Peucker ranking of polyline vertices in plain numpy, for the map and the import.

The map ranks every vertex once and draws any zoom level by one comparison; a geodata
import uses the same ranking to thin a track of millions of GPS points before it is stored.
GEOS's own simplify is recursive: on a 200,000-point zigzag it overflows the stack and
crashes the process, and plain DP is quadratic there; this one is neither.
"""

from __future__ import annotations

import numpy as np

#: Ranges with more inner vertices than this are never split next to one of their ends.
SHORT_RANGE = 16


def dp_importance(xy: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Douglas–Peucker importance of each vertex of the parts `xy[offsets[i]:offsets[i+1]]`.

    All parts are split together, one recursion level per numpy pass, so 100,000 short parts
    cost a handful of passes instead of 100,000 Python calls (about 180 ms for 1,000,000
    vertices). A vertex's importance is capped by its parent's: DP only looks at a vertex once
    its parent was kept. Distances are to the segment, as GEOS measures them, so the vertices
    kept at a tolerance are shapely's `simplify(preserve_topology=False)`.

    Exactly so for ranges of up to SHORT_RANGE inner vertices, and wherever the farthest
    vertex lies well inside its range. A longer range whose farthest vertex sits within an
    eighth of an end is split at its middle vertex instead, which gets the range's largest
    distance as its importance: at any tolerance the drawn line still stays within the
    tolerance of every vertex (a range is dropped only when all of it is that close to its
    chord), at the price of a few more vertices; and the work stays about n log n on tracks
    that plain DP takes n² for (a 40,000-point zigzag: 32 s before, see bench/dp_importance.py).
    """
    importance = np.full(len(xy), np.inf)
    x, y = np.ascontiguousarray(xy[:, 0]), np.ascontiguousarray(xy[:, 1])
    s = offsets[:-1].astype(np.int64)
    e = offsets[1:].astype(np.int64) - 1
    wide = e - s >= 2
    s, e = s[wide], e[wide]
    cap = np.full(len(s), np.inf)
    while len(s):
        inner = e - s - 1
        first = np.cumsum(inner) - inner
        idx = np.arange(int(first[-1] + inner[-1]), dtype=np.int64)
        idx += np.repeat(s + 1 - first, inner)
        ax, ay = x[s], y[s]
        dx, dy = x[e] - ax, y[e] - ay
        length2 = dx * dx + dy * dy
        with np.errstate(divide="ignore"):
            inverse = np.where(length2 > 0, 1.0 / length2, 0.0)  # a closed ring: to its start
        px = x[idx] - np.repeat(ax, inner)
        py = y[idx] - np.repeat(ay, inner)
        rdx, rdy = np.repeat(dx, inner), np.repeat(dy, inner)
        t = (px * rdx + py * rdy) * np.repeat(inverse, inner)
        np.clip(t, 0.0, 1.0, out=t)
        px -= t * rdx
        py -= t * rdy
        d2 = px * px + py * py
        best = np.maximum.reduceat(d2, first)
        # The first maximum of each range (a zigzag ties half its vertices: no searchsorted).
        flat = np.where(d2 == np.repeat(best, inner), np.arange(len(d2)), len(d2))
        split = idx[np.minimum.reduceat(flat, first)]
        # A long range split near one end (a zigzag or back-and-forth track) would peel off
        # a vertex a pass: n passes over n vertices. Split those at the middle instead: each
        # long range at least halves, so the passes stay O(log n) plus SHORT_RANGE.
        lopsided = (inner > SHORT_RANGE) & (np.minimum(split - s, e - split) * 8 < e - s)
        split = np.where(lopsided, (s + e) // 2, split)
        level = np.minimum(np.sqrt(best), cap)
        importance[split] = level
        left = split - s >= 2
        right = e - split >= 2
        s = np.concatenate([s[left], split[right]])
        e = np.concatenate([split[left], e[right]])
        cap = np.concatenate([level[left], level[right]])
    return importance


def simplify_line(xy: np.ndarray, tolerance: float) -> np.ndarray:
    """The vertices of one polyline (n, 2) that Douglas–Peucker keeps at `tolerance`
    (both ends always); every vertex dropped lies within `tolerance` of the line kept."""
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    if len(xy) <= 2:
        return xy
    return xy[dp_importance(xy, np.array([0, len(xy)])) > tolerance]
