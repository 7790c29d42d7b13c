"""Closing an area (app.zones) and undoing a geodata import (app.geodata, store.import_undo)
on the demo database, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import text

from destination_norberg.app import geodata, zones
from destination_norberg.app.errors import AppError, ConflictError
from destination_norberg.core.geometry import Geometry
from destination_norberg.store.geodata_store import (
    TrailImport,
    import_reference_layer,
    import_trails,
)
from destination_norberg.store.rows import EngineRows
from destination_norberg.store.trails_store import register

pytestmark = pytest.mark.both_engines

ZONE_FILE = Path(__file__).resolve().parents[1] / "data" / "zones" / "storm_zone.geojson"
#: The trails the storm zone holds in the demo: two inside, one crossing its edge.
IN_ZONE = {"Klackbergsrundan": False, "Svarta Schaktet": False, "Bergsmansleden": True}
BOX = (((553_000.0, 6_655_600.0), (555_800.0, 6_655_600.0), (555_800.0, 6_657_700.0),
        (553_000.0, 6_657_700.0), (553_000.0, 6_655_600.0)),)


def feature(geometry: Geometry, **attributes: object) -> SimpleNamespace:
    return SimpleNamespace(geometry=geometry, attributes=attributes)


def statuses(engine, now) -> dict[str, str | None]:
    return {r.name: (str(r.status) if r.status else None)
            for r in register(EngineRows(engine), now, 7)}


def test_a_zone_file_finds_the_trails_inside_and_crossing(demo_engine, fixed_now) -> None:
    zone = zones.zone_from_file(ZONE_FILE)
    assert zone.geometry.kind == "Polygon" and zone.name == "storm_zone.geojson"
    found = zones.find_trails(EngineRows(demo_engine), zone, fixed_now)
    assert {t.name: t.crossing for t in found.trails} == IN_ZONE
    assert found.retired == 0
    assert all(t.status == "minor" for t in found.trails)  # as the demo reports them


def test_a_retired_trail_is_left_alone(demo_engine, fixed_now) -> None:
    with demo_engine.begin() as conn:
        conn.execute(text("UPDATE trail SET lifecycle = 'nedlagd' WHERE name = :n"),
                     {"n": "Svarta Schaktet"})
    found = zones.find_trails(EngineRows(demo_engine), zones.zone_of("z", [
        Geometry("Polygon", BOX)]), fixed_now)
    assert {t.name for t in found.trails} == set(IN_ZONE) - {"Svarta Schaktet"}
    assert found.retired == 1


def test_closing_writes_one_report_per_trail_and_exactly_those(demo_engine, fixed_now) -> None:
    found = zones.find_trails(EngineRows(demo_engine), zones.zone_from_points(
        "drawn", [c for c in BOX[0][:-1]]), fixed_now)
    before = statuses(demo_engine, fixed_now)
    drafts, ids = zones.close_zone(demo_engine, found.ids, "stängd", "Stormfällda träd",
                                   "Kim", fixed_now)
    assert len(drafts) == len(ids) == 3
    assert {d.note for d in drafts} == {"Stormfällda träd"}
    after = statuses(demo_engine, fixed_now)
    assert {n: after[n] for n in IN_ZONE} == dict.fromkeys(IN_ZONE, "closed")
    assert {n: s for n, s in after.items() if n not in IN_ZONE} == \
        {n: s for n, s in before.items() if n not in IN_ZONE}
    from destination_norberg.app.trails import delete_reports

    assert delete_reports(demo_engine, ids) == 3
    assert statuses(demo_engine, fixed_now) == before


def test_bad_zones_and_statuses_are_told(demo_engine, fixed_now, tmp_path) -> None:
    with pytest.raises(AppError, match="three corners"):
        zones.zone_from_points("drawn", [(0, 0), (1, 1), (0, 0)])
    with pytest.raises(AppError, match="no area"):
        zones.zone_of("roads.geojson", [Geometry.line([(0, 0), (1, 1)])])
    with pytest.raises(AppError, match="no file"):
        zones.zone_from_file(tmp_path / "missing.geojson")
    with pytest.raises(AppError):
        zones.close_zone(demo_engine, [1], "half-open", "x", None, fixed_now)
    with pytest.raises(AppError, match="no trails"):
        zones.close_zone(demo_engine, [], "closed", "x", None, fixed_now)


def test_an_imported_layer_is_a_zone_whole_or_one_polygon(demo_engine, fixed_now) -> None:
    far = (((540_000.0, 6_640_000.0), (540_100.0, 6_640_000.0), (540_100.0, 6_640_100.0),
            (540_000.0, 6_640_000.0)),)
    layer_id = import_reference_layer(demo_engine, [
        feature(Geometry("Polygon", BOX), namn="Storm"),
        feature(Geometry("Polygon", far), namn="Långt bort"),
        feature(Geometry.line([(0, 0), (1, 1)]), namn="Väg")], "Zoner", name_field="namn")
    layers = zones.zone_layers(EngineRows(demo_engine))
    layer = next(la for la in layers if la.id == layer_id)
    assert [name for _i, name, _g in layer.polygons] == ["Storm", "Långt bort"]
    whole = zones.zone_from_layer(layer)
    assert whole.geometry.kind == "MultiPolygon" and whole.parts() == 2
    found = zones.find_trails(EngineRows(demo_engine), whole, fixed_now)
    assert {t.name for t in found.trails} == set(IN_ZONE)
    one = zones.zone_from_layer(layer, layer.polygons[1][0])
    assert one.name == "Zoner: Långt bort"
    assert zones.find_trails(EngineRows(demo_engine), one, fixed_now).trails == []


# --- undo of an import --------------------------------------------------------------------


def line(x: float) -> Geometry:
    return Geometry.line([(x, 6_658_000.0), (x + 500.0, 6_658_400.0)])


def test_a_trails_import_is_undone_and_redone(demo_engine, fixed_now) -> None:
    result = import_trails(demo_engine, [feature(line(551_000), name="A"),
                                         feature(line(552_000), name="B")],
                           TrailImport(name_field="name"))
    rows = geodata.imported_trails(demo_engine, result.created)
    assert [r["name"] for r in rows] == ["A", "B"]
    geodata.remove_imported_trails(demo_engine, rows)
    assert "A" not in statuses(demo_engine, fixed_now)
    again = geodata.restore_imported_trails(demo_engine, rows)
    assert [r["uid"] for r in again] == [r["uid"] for r in rows]
    assert {"A", "B"} <= set(statuses(demo_engine, fixed_now))
    # A report on an imported trail since: the undo refuses and removes nothing.
    zones.close_zone(demo_engine, [again[0]["id"]], "closed", "x", None, fixed_now)
    with pytest.raises(ConflictError, match="reports"):
        geodata.remove_imported_trails(demo_engine, again)
    assert {"A", "B"} <= set(statuses(demo_engine, fixed_now))


def test_a_changed_trail_stops_the_undo(demo_engine) -> None:
    result = import_trails(demo_engine, [feature(line(551_000), name="A")],
                           TrailImport(name_field="name"))
    rows = geodata.imported_trails(demo_engine, result.created)
    with demo_engine.begin() as conn:
        conn.execute(text("UPDATE trail SET name = 'A2' WHERE id = :i"),
                     {"i": result.created[0]})
    with pytest.raises(ConflictError, match="changed"):
        geodata.remove_imported_trails(demo_engine, rows)


def test_a_layer_import_is_undone_and_redone(demo_engine) -> None:
    layer_id = import_reference_layer(demo_engine, [feature(Geometry("Polygon", BOX),
                                                            namn="Storm")], "Zoner",
                                      name_field="namn")
    snapshot = geodata.imported_layer(demo_engine, layer_id)
    assert len(snapshot["features"]) == 1
    geodata.remove_imported_layer(demo_engine, snapshot)
    assert zones.zone_layers(EngineRows(demo_engine)) == []
    again = geodata.restore_imported_layer(demo_engine, snapshot)
    assert again["uid"] == snapshot["uid"] and len(again["features"]) == 1
    assert json.loads(again["features"][0]["properties"]) == {"namn": "Storm"}
    assert [la.name for la in zones.zone_layers(EngineRows(demo_engine))] == ["Zoner"]


def test_a_route_import_is_undone_and_redone(demo_engine) -> None:
    with demo_engine.connect() as conn:
        strak_id, old = conn.execute(text("SELECT id, route FROM strak ORDER BY id")).first()
    change = geodata.import_strak_route(demo_engine, strak_id, [feature(line(551_000))])
    assert change.before == (bytes(old) if old is not None else None)
    assert change.after == line(551_000).to_wkb() and round(change.length_m) == 640
    geodata.put_route(demo_engine, change.uid, change.after, change.before)

    def route() -> bytes | None:
        with demo_engine.connect() as conn:
            value = conn.execute(text("SELECT route FROM strak WHERE id = :i"),
                                 {"i": strak_id}).scalar_one()
        return bytes(value) if value is not None else None

    assert route() == change.before
    with pytest.raises(ConflictError):  # the route is no longer what the redo expects
        geodata.put_route(demo_engine, change.uid, change.after, change.before)
    geodata.put_route(demo_engine, change.uid, change.before, change.after)
    assert route() == change.after


@pytest.mark.sqlite_only
def test_a_layer_of_a_geopackage_is_chosen_by_name(demo_engine, fixed_now, tmp_path) -> None:
    import geopandas as gpd
    import shapely

    path = tmp_path / "kommun.gpkg"
    gpd.GeoDataFrame({"namn": ["Väg 68"]}, geometry=[shapely.LineString(
        [(553_500, 6_656_000), (555_000, 6_657_000)])], crs=3006).to_file(
        path, layer="vagar", driver="GPKG")
    gpd.GeoDataFrame({"namn": ["Djursjukdomszon"]}, geometry=[shapely.Polygon(BOX[0])],
                     crs=3006).to_file(path, layer="zoner", driver="GPKG")
    zone = zones.zone_from_file(path, "zoner")
    assert zone.name == "kommun.gpkg (zoner)"
    found = zones.find_trails(EngineRows(demo_engine), zone, fixed_now)
    assert {t.name for t in found.trails} == set(IN_ZONE)
    with pytest.raises(AppError, match="no area"):
        zones.zone_from_file(path, "vagar")
    with pytest.raises(AppError):
        zones.zone_from_file(path, "saknas")
