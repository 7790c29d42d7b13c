"""What the map area draws: trails, stops, venues, businesses and imported layers."""

from __future__ import annotations

from datetime import datetime

from destination_norberg.store.map_read import MapData, MapPoint, MapRoute, ReferenceLayer

# The map's records, re-exported: the window draws them and never imports store/.
__all__ = ["MapData", "MapPoint", "MapRoute", "ReferenceLayer", "read_map"]


def read_map(url: str, now: datetime, stale_days: int) -> MapData:
    """Worker: open `url`, read the map's layers as of `now`, close."""
    from destination_norberg.store.map_read import read_map as read
    from destination_norberg.store.reading import read_with

    return read_with(url, lambda source: read(source, now, stale_days))
