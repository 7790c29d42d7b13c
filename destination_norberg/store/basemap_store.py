"""The background map in the database: Lantmäteriet's topographic layers (vaglinje, mark,
hydrolinje, byggnad, text …) kept as reference layers that the map draws underneath
everything, in a cartographic style instead of one colour (gui.map.basemap).

A basemap layer is a `map_layer` row whose `source` starts with BASEMAP_SOURCE and whose
name is "basemap:<the file's layer>"; its features keep only what the drawing needs
(the class attribute `objekttyp` and a label text). An import replaces the layers of the
same name in one write unit, so importing the next sheet of the same kind never stacks two.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, func, insert, select

from destination_norberg.core.basemap import BASEMAP_NAME, BASEMAP_SOURCE
from destination_norberg.store import models as m
from destination_norberg.store.base import new_uid, utcnow
from destination_norberg.store.database import read_session, write_session
from destination_norberg.store.import_undo import read_layer
from destination_norberg.store.planning_write import _guard

Row = dict[str, Any]


@dataclass(frozen=True)
class BasemapFeature:
    """One feature as the basemap keeps it: EPSG:3006 WKB, the class, a label."""

    wkb: bytes
    kind: str  # the class (objekttyp), "" when the file gives none
    label: str = ""


@dataclass(frozen=True)
class BasemapLayer:
    """One layer of the file, read whole: its name in the file, the geometry types, features."""

    name: str
    source: str  # the file name
    source_crs: str
    features: tuple[BasemapFeature, ...]


def basemap_layer_ids(engine: Engine, names: Sequence[str] | None = None) -> list[int]:
    """The ids of the stored basemap layers (only those of `names` when given)."""
    table = m.MapLayer.__table__
    wanted = {BASEMAP_NAME + n for n in names} if names is not None else None
    with read_session(engine) as session:
        rows = session.execute(select(table.c.id, table.c.name).where(
            table.c.source.like(BASEMAP_SOURCE + "%")).order_by(table.c.id)).all()
    return [int(i) for i, name in rows if wanted is None or name in wanted]


def snapshots(engine: Engine, ids: Sequence[int]) -> list[Row]:
    """The layers as stored, with their features (for undo)."""
    return [read_layer(engine, i) for i in ids]


def write_basemap(engine: Engine, layers: Sequence[BasemapLayer]) -> list[int]:
    """Store `layers` in one write unit, replacing stored basemap layers of the same names;
    the new layers' ids, bottom first."""
    replaced = basemap_layer_ids(engine, [layer.name for layer in layers])
    table, features = m.MapLayer.__table__, m.MapFeature.__table__
    now = utcnow()
    created = []
    with _guard("The background map"), write_session(engine) as session:
        if replaced:
            session.execute(features.delete().where(features.c.layer_id.in_(replaced)))
            session.execute(table.delete().where(table.c.id.in_(replaced)))
        position = session.execute(
            select(func.coalesce(func.min(table.c.position), 0))).scalar_one() - len(layers)
        for i, layer in enumerate(layers):
            layer_id = session.execute(insert(table).values(
                uid=new_uid(), version=1, created_at=now, updated_at=now,
                name=BASEMAP_NAME + layer.name, source=BASEMAP_SOURCE + layer.source,
                source_crs=layer.source_crs, geometry_type="", colour="#000000",
                position=position + i)).inserted_primary_key[0]
            created.append(int(layer_id))
            if layer.features:
                session.execute(insert(features), [
                    {"layer_id": layer_id, "name": f.label[:300], "geom": f.wkb,
                     "properties": json.dumps({"objekttyp": f.kind}, ensure_ascii=False)}
                    for f in layer.features])
    return created


def swap_layers(engine: Engine, remove: Sequence[Row], restore: Sequence[Row]) -> list[Row]:
    """Undo/redo of a basemap import in one write unit: the layers `remove` (by uid) go, the
    snapshots `restore` come back (new ids, same uids); the restored layers as stored."""
    table, features = m.MapLayer.__table__, m.MapFeature.__table__
    restored: list[int] = []
    with _guard("The background map"), write_session(engine) as session:
        uids = [r["uid"] for r in remove]
        ids = list(session.scalars(select(table.c.id).where(table.c.uid.in_(uids))))
        if ids:
            session.execute(features.delete().where(features.c.layer_id.in_(ids)))
            session.execute(table.delete().where(table.c.id.in_(ids)))
        for snap in restore:
            values = {k: v for k, v in snap.items() if k not in ("id", "features")}
            layer_id = session.execute(insert(table).values(**values)).inserted_primary_key[0]
            rows = [{k: v for k, v in f.items() if k != "id"} | {"layer_id": layer_id}
                    for f in snap["features"]]
            if rows:
                session.execute(insert(features), rows)
            restored.append(int(layer_id))
    return snapshots(engine, restored)
