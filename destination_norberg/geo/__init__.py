"""Geodata: reading, writing and transforming to SWEREF 99 TM (EPSG:3006).

geopandas, pyogrio, shapely and pyproj are imported inside the functions that use them, never
at start-up. The plain WKB codec the store needs lives in core.geometry.
"""
