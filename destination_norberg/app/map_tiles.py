"""The map's online background: which tiles a view needs, where they go in SWEREF 99 TM,
and a polite fetcher with a disk cache (all geo.tiles, re-exported).

The window's tile layer draws them; it reaches geo/ only through app/ (the "through app"
contract in pyproject.toml). Importing this module loads neither pyproj nor Qt.
"""

from __future__ import annotations

from destination_norberg.geo.tiles import (
    OSM,
    TILE_SIZE,
    TileCache,
    TileFetcher,
    TileKey,
    TileSource,
    tile_pieces,
    tiles_for_view,
)

__all__ = ["OSM", "TILE_SIZE", "TileCache", "TileFetcher", "TileKey", "TileSource",
           "tile_pieces", "tiles_for_view"]
