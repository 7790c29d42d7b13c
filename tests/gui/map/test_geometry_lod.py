"""The map's level-of-detail ranking on tracks that defeat plain Douglas–Peucker.

A zigzag (or a back-and-forth GPS track) made plain DP peel off one vertex per pass: a
2-million-point GPX took 101 s to draw. The ranking must stay fast there and still keep
every vertex within the tolerance of the line drawn."""

from __future__ import annotations

import time

import numpy as np
import pytest

from destination_norberg.gui.map.geometry import dp_importance


def zigzag(n: int) -> np.ndarray:
    i = np.arange(n)
    return np.column_stack([551_400 + (i % 2) * 50.0, 6_659_000 + i * 0.01])


def laps(n: int) -> np.ndarray:
    rng = np.random.default_rng(1)
    phase = (np.arange(n) % 400) / 400
    return np.column_stack([1000 * (1 - np.abs(2 * phase - 1)) + rng.normal(0, 0.5, n),
                            20 * np.sin(6 * np.pi * phase) + rng.normal(0, 0.5, n)])


def test_a_zigzag_is_ranked_in_far_less_than_quadratic_time() -> None:
    xy = zigzag(20_000)
    start = time.perf_counter()
    importance = dp_importance(xy, np.array([0, len(xy)]))
    # Plain DP: about 15 s here (20,000 passes); the ranking now takes tens of ms. The
    # bound is loose for a busy machine and still far below the quadratic time.
    assert time.perf_counter() - start < 3.0
    assert np.isinf(importance[[0, -1]]).all()


@pytest.mark.parametrize("make", [zigzag, laps])
@pytest.mark.parametrize("tolerance", [0.5, 5.0, 40.0])
def test_every_vertex_stays_within_the_tolerance_of_the_line_drawn(make, tolerance) -> None:
    xy = make(6_000)
    importance = dp_importance(xy, np.array([0, len(xy)]))
    kept = np.flatnonzero(importance > tolerance)
    assert kept[0] == 0 and kept[-1] == len(xy) - 1
    # Each dropped vertex lies between two kept ones: its distance to that chord.
    after = np.searchsorted(kept, np.arange(len(xy)), side="right")
    dropped = np.flatnonzero(np.isin(np.arange(len(xy)), kept, invert=True))
    a, b = xy[kept[after[dropped] - 1]], xy[kept[after[dropped]]]
    p = xy[dropped]
    d = b - a
    t = np.clip(((p - a) * d).sum(axis=1) / np.maximum((d * d).sum(axis=1), 1e-12), 0, 1)
    distance = np.hypot(*(p - (a + t[:, None] * d)).T)
    assert distance.max(initial=0.0) <= tolerance + 1e-9
    assert len(kept) < len(xy)  # and it does simplify
