"""Edits of the map area: trails, a stråk's route and reference layers from features read
from a file, and an imported layer removed.

Each is one write unit on the engine it is given. They are the store's functions under their
use-case names (store.geodata_store): the map page and its import dialog call them here,
never store/ (the "through app" contract in pyproject.toml). Importing this module loads
SQLAlchemy: import it inside the function that writes.
"""

from __future__ import annotations

from destination_norberg.store.geodata_store import TrailImport as TrailImport
from destination_norberg.store.geodata_store import import_reference_layer as import_reference_layer
from destination_norberg.store.geodata_store import import_trails as import_trails
from destination_norberg.store.geodata_store import remove_reference_layer as remove_reference_layer
from destination_norberg.store.geodata_store import set_strak_route as set_strak_route

__all__ = ["TrailImport", "import_reference_layer", "import_trails", "remove_reference_layer",
           "set_strak_route"]
