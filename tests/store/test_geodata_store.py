"""Imported geodata into trails, a stråk route and reference layers; the map's read model."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import func, select

from destination_norberg.core.geometry import Geometry, decode_wkb
from destination_norberg.store import models as m
from destination_norberg.store.geodata_store import (
    GeodataError,
    TrailImport,
    import_reference_layer,
    import_trails,
    parse_grade,
    remove_reference_layer,
    set_strak_route,
)
from destination_norberg.store.map_read import read_map
from destination_norberg.store.rows import EngineRows

pytestmark = pytest.mark.both_engines


@dataclass
class Feature:
    geometry: Geometry
    attributes: dict[str, Any] = field(default_factory=dict)


def line(x0: float, length: float) -> Geometry:
    """A straight east-going line near Norberg, `length` metres long in two segments."""
    return Geometry.line([(x0, 6_659_000.0), (x0 + length / 2, 6_659_000.0),
                          (x0 + length, 6_659_000.0)])


def count(engine, model) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar_one()


@pytest.mark.parametrize(("value", "expected"), [
    ("blå", ("blå", None, None)), ("Red", ("röd", None, None)), ("3", ("röd", 3, None)),
    ("IMBA 4", ("svart", 4, None)), ("S2", (None, None, 2)), ("okänd", (None, None, None)),
    (None, (None, None, None)), ("9", (None, None, None))])
def test_grades_from_attributes(value, expected) -> None:
    assert parse_grade(value) == expected


def test_lines_become_trails_with_name_grade_and_length(engine) -> None:
    features = [Feature(line(551_000, 1200.0), {"namn": "Gruvslingan", "svårighet": "röd"}),
                Feature(line(552_000, 800.0), {"namn": "", "svårighet": "2"}),
                Feature(Geometry.point(551_400, 6_659_000), {"namn": "Parkering"})]
    result = import_trails(engine, features, TrailImport(
        kind="mtb", name_field="namn", grade_field="svårighet", default_name="Importerad"))
    assert len(result.created) == 2 and result.skipped == {"not a line": 1}
    with engine.connect() as conn:
        rows = conn.execute(select(m.Trail.name, m.Trail.grade_colour, m.Trail.imba,
                                   m.Trail.length_m, m.Trail.geom).order_by(m.Trail.id)).all()
    assert [(r.name, r.grade_colour, r.imba, r.length_m) for r in rows] == [
        ("Gruvslingan", "röd", None, 1200.0), ("Importerad 2", "blå", 2, 800.0)]
    assert decode_wkb(rows[0].geom) == features[0].geometry


def test_a_thinned_track_keeps_the_length_it_was_recorded_with(engine) -> None:
    """geo.read thins a track of millions of points; the trail's length is the full one."""

    @dataclass
    class Thinned(Feature):
        length_m: float | None = None

    import_trails(engine, [Thinned(line(551_000, 1200.0), {}, 1234.56)], TrailImport())
    with engine.connect() as conn:
        assert conn.execute(select(m.Trail.length_m)).scalar_one() == 1234.6


def test_a_layer_without_lines_writes_nothing(engine) -> None:
    with pytest.raises(GeodataError, match="no lines"):
        import_trails(engine, [Feature(Geometry.point(551_400, 6_659_000))], TrailImport())
    with pytest.raises(ValueError):
        import_trails(engine, [Feature(line(551_000, 100))], TrailImport(kind="boat"))
    assert count(engine, m.Trail) == 0


def test_a_cancelled_import_writes_nothing(engine) -> None:
    with pytest.raises(GeodataError, match="Cancelled"):
        import_trails(engine, [Feature(line(551_000, 100))], TrailImport(), lambda: True)
    assert count(engine, m.Trail) == 0


def test_a_reference_layer_keeps_its_attributes_and_is_removed_whole(engine) -> None:
    square = Geometry("Polygon", (((550_000.0, 6_650_000.0), (560_000.0, 6_650_000.0),
                                   (560_000.0, 6_665_000.0), (550_000.0, 6_650_000.0)),))
    layer = import_reference_layer(engine, [
        Feature(square, {"KnNamn": "Norberg", "KnKod": "1962"})], "Kommungräns",
        source="kommuner.zip", source_crs="EPSG:3006", name_field="KnNamn")
    with engine.connect() as conn:
        name, props = conn.execute(select(m.MapFeature.name, m.MapFeature.properties)).one()
    assert name == "Norberg" and json.loads(props) == {"KnNamn": "Norberg", "KnKod": "1962"}
    data = read_map(EngineRows(engine), _now(), 7)
    assert [(r.name, len(r.features)) for r in data.layers] == [("Kommungräns", 1)]
    assert data.layers[0].features[0][2] == square
    remove_reference_layer(engine, layer)
    assert count(engine, m.MapLayer) == 0 and count(engine, m.MapFeature) == 0
    with pytest.raises(GeodataError, match="name"):
        import_reference_layer(engine, [Feature(square)], " ")


def _now():
    from datetime import UTC, datetime

    return datetime(2026, 11, 26, 8, tzinfo=UTC)


def test_a_strak_route_is_replaced_by_the_first_line(demo_engine) -> None:
    with demo_engine.connect() as conn:
        strak_id, version = conn.execute(select(m.Strak.id, m.Strak.version)
                                         .order_by(m.Strak.id)).first()
    multi = Geometry("MultiLineString", (((551_000.0, 6_659_000.0), (551_300.0, 6_659_400.0)),))
    length = set_strak_route(demo_engine, strak_id, [Feature(Geometry.point(1, 1)),
                                                      Feature(multi)])
    assert length == pytest.approx(500.0)
    with demo_engine.connect() as conn:
        route, new_version = conn.execute(select(m.Strak.route, m.Strak.version)
                                          .where(m.Strak.id == strak_id)).one()
    assert decode_wkb(route).kind == "LineString" and new_version == version + 1
    with pytest.raises(GeodataError, match="no line"):
        set_strak_route(demo_engine, strak_id, [Feature(Geometry.point(1, 1))])


def test_the_demo_map(demo_engine) -> None:
    data = read_map(EngineRows(demo_engine), _now(), 7)
    assert len(data.trails) == 18
    loops = {t.row.name for t in data.trails if t.guarantee_loop}
    assert loops == {"Snölagringsslingan 4 km", "Engelbrektsslingan 20 km"}
    assert [len(r.stops) for r in data.routes] == [11, 11]
    assert [s.label for s in data.routes[0].stops][:3] == ["1", "2", "3"]
    assert len(data.businesses) == 60 and len(data.venues) == 10
    xmin, ymin, xmax, ymax = data.bounds()
    assert 540_000 < xmin < xmax < 565_000 and 6_650_000 < ymin < ymax < 6_670_000


def test_imported_length_is_within_half_a_percent_of_the_geodesic(engine) -> None:
    from destination_norberg.core.trail_register import geodesic_length_m

    wiggly = Geometry.line([(551_000.0 + 37.0 * i, 6_659_000.0 + (i % 7) * 23.0)
                            for i in range(200)])
    import_trails(engine, [Feature(wiggly)], TrailImport())
    with engine.connect() as conn:
        length = conn.execute(select(m.Trail.length_m)).scalar_one()
    geodesic = geodesic_length_m(wiggly.coords)
    assert abs(length - geodesic) / geodesic < 0.005
