"""Level-of-detail ranking (gui.map.geometry.dp_importance) on tracks that defeat plain DP.

Douglas–Peucker splits a range at its farthest vertex. On a zigzag or back-and-forth track
that vertex sits next to an end of the range, so each pass peels off one vertex: n passes
over n vertices. The map's ranking splits such long ranges at the middle instead.

Tracks (EPSG:3006 metres, near Norberg), one part each:
- zigzag: every other vertex 50 m across a lane, 1 cm along it (the worst case);
- laps: a 1 km out-and-back lane run again and again with 0.5 m of GPS noise;
- walks: 100,000 random walks of 10 vertices (the ordinary network; must not get slower).

The baseline is the ranking as it was before (plain first-maximum DP, copied below) in the
same run, on the sizes it can do within --baseline-cap seconds (it is quadratic on the
zigzag: larger sizes are skipped and the output says so).

    python bench/dp_importance.py [--sizes 20000 200000 2000000] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from destination_norberg.gui.map.geometry import dp_importance  # noqa: E402

NORBERG = (551_400.0, 6_659_000.0)


def baseline(xy: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """dp_importance before the lopsided-split rule (commit fe9d8e6)."""
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
            inverse = np.where(length2 > 0, 1.0 / length2, 0.0)
        px = x[idx] - np.repeat(ax, inner)
        py = y[idx] - np.repeat(ay, inner)
        rdx, rdy = np.repeat(dx, inner), np.repeat(dy, inner)
        t = (px * rdx + py * rdy) * np.repeat(inverse, inner)
        np.clip(t, 0.0, 1.0, out=t)
        px -= t * rdx
        py -= t * rdy
        d2 = px * px + py * py
        best = np.maximum.reduceat(d2, first)
        at = np.flatnonzero(d2 == np.repeat(best, inner))
        owner = np.searchsorted(first, at, side="right") - 1
        split = idx[at[np.r_[True, owner[1:] != owner[:-1]]]]
        level = np.minimum(np.sqrt(best), cap)
        importance[split] = level
        left = split - s >= 2
        right = e - split >= 2
        s = np.concatenate([s[left], split[right]])
        e = np.concatenate([split[left], e[right]])
        cap = np.concatenate([level[left], level[right]])
    return importance


def zigzag(n: int) -> tuple[np.ndarray, np.ndarray]:
    i = np.arange(n)
    return (np.column_stack([NORBERG[0] + (i % 2) * 50.0, NORBERG[1] + i * 0.01]),
            np.array([0, n]))


def laps(n: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(1)
    phase = (np.arange(n) % 2000) / 2000
    x = NORBERG[0] + 1000 * (1 - np.abs(2 * phase - 1)) + rng.normal(0, 0.5, n)
    y = NORBERG[1] + 20 * np.sin(6 * np.pi * phase) + rng.normal(0, 0.5, n)
    return np.column_stack([x, y]), np.array([0, n])


def walks(n: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(2)
    xy = np.cumsum(rng.normal(0, 45, (n, 2)), axis=0) + NORBERG
    return xy, np.arange(0, n + 1, 10)


def timed(fn: Callable[[np.ndarray, np.ndarray], np.ndarray], xy: np.ndarray,
          offsets: np.ndarray) -> tuple[float, np.ndarray]:
    start = time.perf_counter()
    out = fn(xy, offsets)
    return time.perf_counter() - start, out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 200_000, 2_000_000])
    parser.add_argument("--baseline-cap", type=float, default=30.0,
                        help="skip the baseline where its previous size took longer (s)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = []
    for name, make in (("zigzag", zigzag), ("laps", laps), ("walks", walks)):
        base_last = 0.0
        for n in args.sizes:
            xy, offsets = make(n)
            new_s, new = timed(dp_importance, xy, offsets)
            row: dict[str, object] = {"track": name, "vertices": n, "new_s": round(new_s, 3),
                                      "kept_at_1m": int((new > 1.0).sum())}
            # Quadratic: the next size (10x) takes about 100x the last one.
            if base_last * 100 <= args.baseline_cap:
                base_last, old = timed(baseline, xy, offsets)
                row.update(baseline_s=round(base_last, 3), baseline_kept_at_1m=int(
                    (old > 1.0).sum()), speed_up=round(base_last / max(new_s, 1e-9), 1))
            else:
                row["baseline_s"] = "skipped (would take minutes)"
            rows.append(row)
            if not args.json:
                print(row, flush=True)
    if args.json:
        print(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
