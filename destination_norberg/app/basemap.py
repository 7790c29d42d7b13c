"""The background map from Lantmäteriet's open topographic data (Topografi 10/50/100 as
GeoPackage, CC0): read once from a file, kept in the database (store.basemap_store), drawn
under the trails in a cartographic style (gui.map.basemap).

Every layer of the file is read (or the one named) and transformed to SWEREF 99 TM before
anything is written; the write is one unit and replaces earlier basemap layers of the same
names. The class a layer is drawn by is its `objekttyp` attribute (Lantmäteriet's object type,
"Barr- och blandskog", "Landsväg" …); a label comes from the text layer's `karttext` or a
road's street name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from destination_norberg.app.errors import AppError
from destination_norberg.app.logs import logged
from destination_norberg.core.basemap import basemap_kind, is_basemap
from destination_norberg.core.progress import Progress

#: Attributes that give a feature's class, first found wins.
CLASS_FIELDS = ("objekttyp", "objekttypnr", "kategori", "typ")
#: Attributes that give a feature's label (place names in `text`, street names in `vaglinje`).
LABEL_FIELDS = ("karttext", "textstrang", "text", "namn", "name", "gatunamn")

Row = dict[str, Any]

__all__ = ["BasemapImport", "basemap_kind", "import_basemap_file", "import_in_window",
           "is_basemap", "read_basemap", "swap_basemap", "write_basemap"]


@dataclass(frozen=True)
class BasemapImport:
    """What an import wrote: per layer (name, features); the layers it replaced; for undo the
    stored layers before and after."""

    layers: tuple[tuple[str, int], ...]
    replaced: int
    skipped: tuple[str, ...] = ()  # the file's layers left out (no features)
    before: tuple[Row, ...] = ()
    after: tuple[Row, ...] = ()

    @property
    def features(self) -> int:
        return sum(n for _name, n in self.layers)


def _class_of(attributes: dict[str, Any]) -> str:
    for key in CLASS_FIELDS:
        value = attributes.get(key)
        if value not in (None, ""):
            if isinstance(value, float) and value.is_integer():
                value = int(value)  # 2634.0 as the GeoJSON extracts write objekttypnr
            return str(value).strip()
    return ""


def _label_of(attributes: dict[str, Any], own: str) -> str:
    for key in LABEL_FIELDS:
        value = attributes.get(key)
        if value not in (None, ""):
            return str(value).strip()
    return own.strip()


def read_basemap(file: Path, layer: str | None = None,
                 progress: Progress | None = None) -> tuple[list[Any], list[str]]:
    """The file's layers (or the one named) as store.basemap_store.BasemapLayer, and the
    names of layers left out for having no features; AppError when nothing can be read."""
    from destination_norberg.geo.errors import GeoImportError
    from destination_norberg.geo.read import read_layer
    from destination_norberg.geo.sources import layer_names
    from destination_norberg.store.basemap_store import BasemapFeature, BasemapLayer

    if not file.is_file():
        raise AppError(f"there is no file {file}")
    try:
        names = [layer] if layer else layer_names(file)
    except GeoImportError as exc:
        raise AppError(f"{file.name}: {exc}") from exc
    out, empty = [], []
    for i, name in enumerate(names):
        try:
            read = read_layer(file, name, thin=True)
        except GeoImportError as exc:
            raise AppError(f"{file.name}: {exc}; nothing was imported") from exc
        if read.needs_confirmation:
            raise AppError(f"{file.name}: {read.crs.message()} A background map must say "
                           "its coordinate system (Lantmäteriet's files are in SWEREF 99 TM); "
                           "nothing was imported")
        if not read.features:
            empty.append(read.name)
        else:
            out.append(BasemapLayer(read.name, file.name, read.crs.label, tuple(
                BasemapFeature(f.geometry.to_wkb(), _class_of(f.attributes),
                               _label_of(f.attributes, f.name)[:300])
                for f in read.features)))
        if progress is not None:
            progress((i + 1) / len(names), read.name)
    if not out:
        raise AppError(f"{file.name}: no layer with features; nothing was imported")
    return out, empty


def import_basemap_file(url: str, file: Path, layer: str | None = None,
                        progress: Progress | None = None) -> BasemapImport:
    """Read the file (read_basemap), then write it in one unit; what was written."""
    from destination_norberg.store.opening import open_database

    layers, empty = read_basemap(file, layer, progress)
    engine = open_database(url)
    try:
        return write_basemap(engine, layers, empty)
    finally:
        engine.dispose()


@logged("background map import")
def write_basemap(engine: Any, layers: Sequence[Any], empty: Sequence[str] = ()
                  ) -> BasemapImport:
    from destination_norberg.store import basemap_store as store

    before = store.snapshots(engine, store.basemap_layer_ids(engine, [x.name for x in layers]))
    ids = store.write_basemap(engine, layers)
    return BasemapImport(tuple((x.name, len(x.features)) for x in layers), len(before),
                         tuple(empty), tuple(before), tuple(store.snapshots(engine, ids)))


def swap_basemap(engine: Any, remove: Sequence[Row], restore: Sequence[Row]) -> list[Row]:
    """Undo (remove the import's layers, restore those it replaced) or redo (the reverse)."""
    from destination_norberg.store.basemap_store import swap_layers

    return swap_layers(engine, remove, restore)


def import_in_window(engine: Any, file: Path, progress: Progress | None = None
                     ) -> BasemapImport:
    """The window's import (in a worker): every layer of the file read on the geodata
    thread (app.geodata.pyproj_thread, see read_layer there), then written in one unit."""
    from destination_norberg.app.geodata import pyproj_thread

    layers, empty = pyproj_thread().submit(lambda: read_basemap(file, None, progress)).result()
    return write_basemap(engine, layers, empty)
