"""Geodata into the database: trails, a stråk route or a reference layer from an imported
layer, each in one write unit, so a file that fails half-way writes nothing.

The features arrive already in EPSG:3006 (geo.read); this module only decides what becomes
of them: lines become trails (name and grade from the mapped attributes), the first line a
stråk's route, anything a reference layer's features. A trail's length is measured here
from its geometry, as the register shows it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, func, insert, select, update

from destination_norberg.core.geometry import Geometry, stored_length
from destination_norberg.core.said import said
from destination_norberg.core.vocab import TrailKind
from destination_norberg.store import models as m
from destination_norberg.store.base import new_uid, utcnow
from destination_norberg.store.database import read_session, write_session
from destination_norberg.store.planning_write import _guard

LINES = ("LineString", "MultiLineString")

#: Grade words as trail files write them, to the Swedish colour the register keeps.
_COLOURS = {"grön": "grön", "gron": "grön", "green": "grön", "easy": "grön",
            "blå": "blå", "bla": "blå", "blue": "blå", "intermediate": "blå",
            "röd": "röd", "rod": "röd", "red": "röd", "difficult": "röd",
            "svart": "svart", "black": "svart", "expert": "svart", "double black": "svart"}
_IMBA_COLOUR = {1: "grön", 2: "blå", 3: "röd", 4: "svart"}


class GeodataError(ValueError):
    """What the user asked cannot be done with this layer (said in the user's words)."""


@dataclass(frozen=True)
class TrailImport:
    """How a layer becomes trails: the attribute holding the name and the grade, the kind,
    and the name to use (numbered) where a feature has none."""

    kind: str = TrailKind.MTB.value
    name_field: str | None = None
    grade_field: str | None = None
    default_name: str = "Led"
    area: str = ""


@dataclass
class ImportResult:
    created: list[int] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1


def parse_grade(value: Any) -> tuple[str | None, int | None, int | None]:
    """(colour, IMBA, mtb:scale) from a grade attribute: "blå", "red", "2", "S3", "IMBA 3"."""
    if value is None:
        return None, None, None
    text = str(value).strip().casefold()
    if text in _COLOURS:
        return _COLOURS[text], None, None
    if text.startswith("imba"):
        text = text[4:].strip()
        if text.isdigit() and 1 <= int(text) <= 4:
            return _IMBA_COLOUR[int(text)], int(text), None
    if text.startswith("s") and text[1:].isdigit() and 0 <= int(text[1:]) <= 6:
        return None, None, int(text[1:])
    if text.isdigit() and 1 <= int(text) <= 4:
        return _IMBA_COLOUR[int(text)], int(text), None
    return None, None, None


def _name(attributes: Mapping[str, Any], name_field: str | None) -> str:
    value = attributes.get(name_field) if name_field else None
    return str(value).strip()[:120] if value not in (None, "") else ""


def _own_name(feature: Any) -> str:
    """The name the feature gives itself in another property (geo.mapping.feature_name)."""
    return str(getattr(feature, "name", "") or "").strip()[:120]


def import_trails(engine: Engine, features: Sequence[Any], how: TrailImport,
                  cancelled: Callable[[], bool] = lambda: False, *,
                  updates: Sequence[tuple[int, dict[str, Any]]] | None = None) -> ImportResult:
    """Each line feature becomes a trail; points and polygons are skipped and counted.
    `updates`: (trail id, new values) of trails the file replaces, written in the same unit
    (their version counted up); with it, a file of nothing new is no error."""
    TrailKind(how.kind)  # ValueError for a kind the register does not know
    result = ImportResult()
    rows = []
    now = utcnow()
    for feature in features:
        geom: Geometry = feature.geometry
        if geom.kind not in LINES:
            result.skip(said("geo.skip.not_a_line", "not a line"))
            continue
        # A track thinned on import keeps the length of every point it was recorded with.
        original = getattr(feature, "length_m", None)
        length = round(original, 1) if original is not None else stored_length(geom)
        if length <= 0:
            result.skip(said("geo.skip.no_length", "no length"))
            continue
        colour, imba, scale = parse_grade(
            feature.attributes.get(how.grade_field) if how.grade_field else None)
        name = _name(feature.attributes, how.name_field) or \
            _own_name(feature) or f"{how.default_name} {len(rows) + 1}"
        rows.append({"uid": new_uid(), "version": 1, "created_at": now, "updated_at": now,
                     "name": name, "kind": how.kind, "grade_colour": colour, "imba": imba,
                     "mtb_scale": scale, "mtb_scale_imba": None, "area": how.area,
                     "lit": False, "description_sv": "", "description_en": "",
                     "geom": geom.to_wkb(), "length_m": length})
    if not rows and updates is None:
        raise GeodataError(said("geo.no_lines", "The layer has no lines to make trails of."))
    if cancelled():
        raise GeodataError(said("geo.cancelled", "Cancelled: nothing was imported."))
    if not rows and not updates:
        return result
    table = m.Trail.__table__
    with _guard("The trails"), write_session(engine) as session:
        for trail_id, values in updates or ():
            session.execute(update(table).where(table.c.id == trail_id).values(
                **values, version=table.c.version + 1, updated_at=now))
        if rows:
            session.execute(insert(table), rows)
            uids = [r["uid"] for r in rows]
            result.created = list(session.scalars(
                select(table.c.id).where(table.c.uid.in_(uids)).order_by(table.c.id)))
    return result


def import_reference_layer(engine: Engine, features: Sequence[Any], name: str, *,
                           source: str = "", source_crs: str = "",
                           name_field: str | None = None, colour: str = "#5b6670") -> int:
    """A new reference layer with every feature; the layer's id."""
    if not name.strip():
        raise GeodataError(said("geo.layer_needs_name", "Give the layer a name."))
    if not features:
        raise GeodataError(said("geo.no_features", "The layer has no features."))
    kinds = sorted({f.geometry.kind for f in features})
    now = utcnow()
    with _guard("The layer"), write_session(engine) as session:
        position = session.execute(
            select(func.coalesce(func.max(m.MapLayer.position), 0))).scalar_one() + 1
        layer_id = session.execute(insert(m.MapLayer.__table__).values(
            uid=new_uid(), version=1, created_at=now, updated_at=now, name=name.strip(),
            source=source, source_crs=source_crs, geometry_type=", ".join(kinds),
            colour=colour, position=position)).inserted_primary_key[0]
        session.execute(insert(m.MapFeature.__table__), [
            {"layer_id": layer_id,
             "name": _name(f.attributes, name_field) or _own_name(f),
             "geom": f.geometry.to_wkb(),
             "properties": json.dumps(f.attributes, ensure_ascii=False, default=str)}
            for f in features])
    return int(layer_id)


def set_strak_route(engine: Engine, strak_id: int, features: Sequence[Any]) -> float:
    """The stråk's route becomes the layer's first line; its length in metres."""
    line = next((f.geometry for f in features if f.geometry.kind == "LineString"), None)
    if line is None:
        multi = next((f.geometry for f in features if f.geometry.kind == "MultiLineString"),
                     None)
        if multi is not None:  # a GPX track of one segment arrives as a multi-line
            parts = [p for p in multi.coords if len(p) >= 2]
            line = Geometry("LineString", tuple(pt for p in parts for pt in p)) if parts \
                else None
    if line is None:
        raise GeodataError(said("geo.no_route_line", "The layer has no line to use as the "
                                "route."))
    with _guard("The route"), write_session(engine) as session:
        done = session.execute(update(m.Strak.__table__).where(m.Strak.id == strak_id)
                               .values(route=line.to_wkb(), version=m.Strak.version + 1,
                                       updated_at=utcnow()))
        if done.rowcount != 1:
            raise GeodataError(said("geo.strak_gone", "That stråk no longer exists."))
    return line.length()


def remove_reference_layer(engine: Engine, layer_id: int) -> None:
    with _guard("The layer"), write_session(engine) as session:
        session.execute(m.MapFeature.__table__.delete().where(
            m.MapFeature.layer_id == layer_id))
        session.execute(m.MapLayer.__table__.delete().where(m.MapLayer.id == layer_id))


@dataclass(frozen=True)
class StoredLine:
    """A line already in the database: a trail's, or a stråk's route (grades None)."""

    kind: str  # "trail" or "strak"
    id: int
    uid: str
    name: str
    wkb: bytes
    grade_colour: str | None = None
    imba: int | None = None
    mtb_scale: int | None = None


def existing_lines(engine: Engine) -> list[StoredLine]:
    """Every stored line, for an import to find the lines of a file that are already there
    (app.geodata_match)."""
    trail, strak = m.Trail.__table__, m.Strak.__table__
    with read_session(engine) as session:
        out = [StoredLine("trail", int(r.id), str(r.uid), str(r.name), bytes(r.geom),
                          r.grade_colour, r.imba, r.mtb_scale)
               for r in session.execute(
                   select(trail.c.id, trail.c.uid, trail.c.name, trail.c.geom,
                          trail.c.grade_colour, trail.c.imba, trail.c.mtb_scale)
                   .where(trail.c.geom.is_not(None)).order_by(trail.c.id))]
        out += [StoredLine("strak", int(r.id), str(r.uid), str(r.name), bytes(r.route))
                for r in session.execute(
                    select(strak.c.id, strak.c.uid, strak.c.name, strak.c.route)
                    .where(strak.c.route.is_not(None)).order_by(strak.c.id))]
    return out


def layer_named(engine: Engine, name: str) -> tuple[int, str] | None:
    """(id, source file) of the reference layer with this name (any case), or None."""
    table = m.MapLayer.__table__
    with read_session(engine) as session:
        for layer_id, layer_name, source in session.execute(
                select(table.c.id, table.c.name, table.c.source).order_by(table.c.id)):
            if str(layer_name).strip().casefold() == name.strip().casefold():
                return int(layer_id), str(source or "")
    return None


def replace_layer_features(engine: Engine, layer_id: int, features: Sequence[Any], *,
                           source: str = "", source_crs: str = "",
                           name_field: str | None = None) -> None:
    """A reference layer's features become `features` (the layer keeps colour and place)."""
    if not features:
        raise GeodataError(said("geo.no_features", "The layer has no features."))
    kinds = sorted({f.geometry.kind for f in features})
    table = m.MapLayer.__table__
    with _guard("The layer"), write_session(engine) as session:
        session.execute(m.MapFeature.__table__.delete().where(
            m.MapFeature.layer_id == layer_id))
        session.execute(update(table).where(table.c.id == layer_id).values(
            source=source, source_crs=source_crs, geometry_type=", ".join(kinds),
            version=table.c.version + 1, updated_at=utcnow()))
        session.execute(insert(m.MapFeature.__table__), [
            {"layer_id": layer_id,
             "name": _name(f.attributes, name_field) or _own_name(f),
             "geom": f.geometry.to_wkb(),
             "properties": json.dumps(f.attributes, ensure_ascii=False, default=str)}
            for f in features])
