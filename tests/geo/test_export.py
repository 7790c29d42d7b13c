"""Export of trails and stråk routes: GeoJSON (RFC 7946, read back with geopandas), GPX 1.1
(valid against Topografix's schema) and GeoPackage (EPSG:3006, read back with pyogrio)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from destination_norberg.core.geometry import Geometry
from destination_norberg.core.trail_register import sweref99tm_to_wgs84
from destination_norberg.geo.errors import GeoExportError
from destination_norberg.geo.export import ExportFeature, write_geojson, write_gpkg, write_gpx
from destination_norberg.geo.read import read_layer
from tests.geo.helpers import REALDATA, E, N

GPX_XSD = REALDATA / "schemas" / "gpx11.xsd"

TRAIL = ExportFeature("Blå slingan", Geometry.line([(E, N), (E + 300, N + 400), (E + 650, N)]),
                      {"grade": "blå", "description": "Stenig <efter> regn & \x01snö",
                       "length_m": 1234.5, "open": True, "imba": 2, "tags": ["mtb", "skog"]})
STOP = ExportFeature("Torget", Geometry.point(E, N), {"kind": "start", "imba": None})
PARTS = ExportFeature("Kärrgruvan–Åsen", Geometry("MultiLineString", (
    ((E, N), (E + 10, N + 10)), ((E + 50, N), (E + 60, N + 30), (E + 90, N + 30)))), {})
# Exterior written clockwise and hole counter-clockwise: the export must turn both.
AREA = ExportFeature("Parkering", Geometry("Polygon", (
    ((E, N), (E, N + 100), (E + 100, N + 100), (E + 100, N), (E, N)),
    ((E + 10, N + 10), (E + 20, N + 10), (E + 20, N + 20), (E + 10, N + 10)),
)), {})
FEATURES = [TRAIL, STOP, PARTS, AREA]


def _points(coords: object) -> list[tuple[float, float]]:
    if isinstance(coords, tuple) and len(coords) == 2 and isinstance(coords[0], float):
        return [coords]
    return [p for c in coords for p in _points(c)]  # type: ignore[attr-defined]


def _signed_area(ring: list) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in itertools.pairwise(ring))


def test_geojson_is_rfc7946(tmp_path: Path) -> None:
    path = tmp_path / "spar.geojson"
    write_geojson(FEATURES, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and "crs" not in data
    trail, stop, _parts, area = data["features"]
    assert trail["properties"]["name"] == "Blå slingan"
    assert trail["properties"]["tags"] == ["mtb", "skog"]
    assert stop["properties"] == {"name": "Torget", "kind": "start", "imba": None}
    for feature in data["features"]:
        for lon, lat in _points(_tuples(feature["geometry"]["coordinates"])):
            assert 15 < lon < 17 and 59 < lat < 61
            assert len(repr(lon).split(".")[1]) <= 7 and len(repr(lat).split(".")[1]) <= 7
    exterior, hole = area["geometry"]["coordinates"]
    assert _signed_area(exterior) > 0 > _signed_area(hole)  # right-hand rule
    assert "Blå slingan" in path.read_text(encoding="utf-8")  # UTF-8, not \\u escapes


def _tuples(value: object) -> object:
    if isinstance(value, list) and len(value) == 2 and isinstance(value[0], float):
        return (value[0], value[1])
    return tuple(_tuples(v) for v in value)  # type: ignore[attr-defined]


def test_geojson_read_back_with_geopandas(tmp_path: Path) -> None:
    import geopandas
    import shapely

    path = tmp_path / "spar.geojson"
    write_geojson(FEATURES, path)
    frame = geopandas.read_file(path)
    assert frame.crs.to_epsg() == 4326
    assert list(frame["name"]) == [f.name for f in FEATURES]
    for feature, geom in zip(FEATURES, frame.geometry, strict=True):
        expected = [sweref99tm_to_wgs84(x, y) for x, y in _points(feature.geometry.coords)]
        got = shapely.get_coordinates(geom).tolist()
        if feature is AREA:  # rings were reversed: compare as sets of vertices
            expected, got = sorted(expected), sorted(map(tuple, got))
        assert len(got) == len(expected)
        for (lon, lat), (elon, elat) in zip(got, expected, strict=True):
            assert abs(lon - elon) < 1e-6 and abs(lat - elat) < 1e-6


def test_geojson_round_trip_through_the_importer(tmp_path: Path) -> None:
    path = tmp_path / "spar.geojson"
    write_geojson([TRAIL, PARTS], path)
    layer = read_layer(path)
    assert layer.crs.epsg == 4326 and not layer.needs_confirmation
    for original, back in zip([TRAIL, PARTS], layer.features, strict=True):
        for (x, y), (bx, by) in zip(_points(original.geometry.coords),
                                    _points(back.geometry.coords), strict=True):
            assert abs(x - bx) < 0.02 and abs(y - by) < 0.02  # 7 decimals ≈ 1 cm


@pytest.fixture
def gpx_schema() -> object:
    if not GPX_XSD.is_file():
        pytest.skip("../shared/realdata/schemas/gpx11.xsd is absent")
    from lxml import etree

    return etree.XMLSchema(etree.parse(str(GPX_XSD)))


def test_gpx_validates_against_the_schema(tmp_path: Path, gpx_schema: object) -> None:
    from lxml import etree

    path = tmp_path / "spar.gpx"
    write_gpx(FEATURES, path, creator="Destination Norberg 0.1", name="Spår & leder")
    document = etree.parse(str(path))
    assert gpx_schema.validate(document), gpx_schema.error_log  # type: ignore[attr-defined]
    ns = {"g": "http://www.topografix.com/GPX/1/1"}
    root = document.getroot()
    assert root.get("version") == "1.1"
    assert root.get("{http://www.w3.org/2001/XMLSchema-instance}schemaLocation").startswith(
        "http://www.topografix.com/GPX/1/1 ")
    assert [w.findtext("g:name", namespaces=ns) for w in root.findall("g:wpt", ns)] == ["Torget"]
    tracks = root.findall("g:trk", ns)
    assert [t.findtext("g:name", namespaces=ns) for t in tracks] == [
        "Blå slingan", "Kärrgruvan–Åsen", "Parkering"]
    assert tracks[0].findtext("g:desc", namespaces=ns) == "Stenig <efter> regn & snö"
    assert tracks[0].findtext("g:type", namespaces=ns) == "blå"
    assert [len(s) for s in tracks[1].findall("g:trkseg", ns)] == [2, 3]
    assert "e-" not in path.read_text(encoding="utf-8").lower().split("<trk>")[1]


def test_gpx_tiny_and_negative_coordinates_are_plain_decimals(tmp_path: Path,
                                                              gpx_schema: object) -> None:
    from lxml import etree
    from pyproj import Transformer

    to_3006 = Transformer.from_crs(4326, 3006, always_xy=True)
    near_zero = ExportFeature("Nollpunkt", Geometry.point(*to_3006.transform(1e-9, -1e-9)), {})
    path = tmp_path / "noll.gpx"
    write_gpx([near_zero], path)
    assert gpx_schema.validate(etree.parse(str(path)))  # type: ignore[attr-defined]
    text = path.read_text(encoding="utf-8")
    assert "e-" not in text.split("<wpt")[1] and '"-0"' not in text


def test_gpx_read_back(tmp_path: Path) -> None:
    path = tmp_path / "spar.gpx"
    write_gpx([TRAIL, STOP], path)
    tracks = read_layer(path)
    assert tracks.features[0].attributes["name"] == "Blå slingan"
    (wpt,) = read_layer(path, "waypoints").features
    assert abs(wpt.geometry.coords[0] - E) < 0.02 and abs(wpt.geometry.coords[1] - N) < 0.02


def test_gpkg_read_back_in_3006(tmp_path: Path) -> None:
    import pyogrio
    from pyogrio.raw import read

    path = tmp_path / "spar.gpkg"
    write_gpkg(FEATURES, path, "spår")
    write_gpkg([STOP], path, "stopp")  # a second layer beside the first
    write_gpkg([TRAIL], path, "stopp")  # and replaced, not appended
    assert {str(n) for n, _ in pyogrio.list_layers(path)} == {"spår", "stopp"}
    info = pyogrio.read_info(path, layer="spår")
    assert info["crs"] == "EPSG:3006" and info["features"] == 4
    meta, _, wkb, columns = read(path, layer="spår")
    fields = list(meta["fields"])
    assert fields[0] == "name"
    values = dict(zip(fields, columns, strict=True))
    assert list(values["name"]) == [f.name for f in FEATURES]
    assert values["imba"][0] == 2 and values["grade"][0] == "blå"
    assert json.loads(values["tags"][0]) == ["mtb", "skog"]
    from destination_norberg.core.geometry import decode_wkb

    assert [decode_wkb(w) for w in wkb] == [f.geometry for f in FEATURES]
    assert pyogrio.read_info(path, layer="stopp")["features"] == 1


def test_failed_export_leaves_no_file(tmp_path: Path) -> None:
    bad = ExportFeature("x", Geometry("GeometryCollection", ()), {})
    path = tmp_path / "spar.geojson"
    with pytest.raises(GeoExportError):
        write_geojson([TRAIL, bad], path)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(GeoExportError, match="does not exist"):
        write_gpx([TRAIL], tmp_path / "saknas" / "spar.gpx")


def test_existing_file_survives_a_failed_export(tmp_path: Path) -> None:
    path = tmp_path / "spar.geojson"
    write_geojson([TRAIL], path)
    before = path.read_bytes()
    with pytest.raises(GeoExportError):
        write_geojson([ExportFeature("x", Geometry("Curve", ()), {})], path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["spar.geojson"]


def test_gpkg_round_trip_through_the_importer_keeps_types(tmp_path: Path) -> None:
    path = tmp_path / "spar.gpkg"
    write_gpkg([TRAIL, STOP], path, "spår")
    layer = read_layer(path)
    assert layer.crs.epsg == 3006 and layer.name == "spår"
    trail, stop = layer.features
    assert trail.geometry == TRAIL.geometry and stop.geometry == STOP.geometry
    assert trail.attributes["imba"] == 2 and type(trail.attributes["imba"]) is int
    assert trail.attributes["open"] is True and stop.attributes["open"] is None
    assert stop.attributes["imba"] is None and trail.attributes["length_m"] == 1234.5


def test_unwritable_folder_is_a_plain_error(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    def refuse(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(GeoExportError, match="permission denied"):
        write_geojson([TRAIL], tmp_path / "spar.geojson")
    assert list(tmp_path.iterdir()) == []
