"""store.map_read.decode_many: many WKB values at once, as the pure decoder reads them."""

from __future__ import annotations

import numpy as np

from destination_norberg.core.geometry import Geometry, decode_wkb
from destination_norberg.store.map_read import decode_many


def test_lines_as_arrays_the_rest_as_tuples_damage_left_out() -> None:
    line = Geometry.line([(551_400.0, 6_659_000.0), (551_460.5, 6_659_020.25), (551_500.0, 1.0)])
    other = Geometry.line([(1.0, 2.0), (3.0, 4.0)])
    ring = ((0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 0.0))
    polygon = Geometry("Polygon", (ring,))
    point = Geometry.point(551_400.0, 6_659_000.0)
    blobs = [line.to_wkb(), None, b"\x01\x02broken", polygon.to_wkb(), memoryview(
        other.to_wkb()), point.to_wkb()]
    got = decode_many(blobs)
    assert got[1] is None and got[2] is None
    for want, have in ((line, got[0]), (other, got[4])):
        assert have is not None and have.kind == "LineString"
        assert np.array_equal(np.asarray(have.coords), np.asarray(want.coords))
        assert not np.asarray(have.coords).flags.writeable  # a view of the shared array
    assert got[3] == decode_wkb(polygon.to_wkb()) and got[5] == point
    assert decode_many([]) == []
