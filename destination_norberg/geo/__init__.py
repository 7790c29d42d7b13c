"""Geodata: reading, writing and transforming to SWEREF 99 TM (EPSG:3006).

geopandas and pyogrio are imported inside the functions that use them; shapely, pyproj and
numpy at the top of sources/crs/read/export, so the GUI imports those modules where it imports,
never at start-up. This package itself loads only the errors. The plain WKB codec the store
needs lives in core.geometry.

    list_layers(path)            sources: layers, counts, fields, detected CRS
    read_layer(path, layer, …)   read: one layer as EPSG:3006 core geometries
    write_geojson / write_gpx / write_gpkg   export
"""

from destination_norberg.geo.errors import (
    GeoExportError,
    GeoImportError,
    UnknownCrsError,
)

__all__ = ["GeoExportError", "GeoImportError", "UnknownCrsError"]
