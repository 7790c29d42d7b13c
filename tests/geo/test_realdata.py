"""The importer against real files (../shared/realdata, see its README; skipped where absent).

Every GPX in gpx/ is read. gpsbabel__empty.gpx (no wpt/rte/trk) reads as an empty layer, not
an error: the file is valid, and the dialog says there is nothing to import. For gpx_malformed/
the decision per file is written down below; no file may raise anything but GeoImportError.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from destination_norberg.geo.errors import GeoImportError
from destination_norberg.geo.read import read_layer, suggest_mapping
from destination_norberg.geo.sources import list_layers
from tests.geo.helpers import REALDATA


def files(folder: str) -> list[str]:
    path = REALDATA / folder
    return sorted(p.name for p in path.iterdir()) if path.is_dir() else []


@pytest.mark.parametrize("name", files("gpx"))
def test_every_real_gpx_reads(realdata: Path, name: str) -> None:
    layers = list_layers(realdata / "gpx" / name)
    assert [lay.name for lay in layers] == ["tracks", "routes", "waypoints"]
    for info in layers:
        layer = read_layer(realdata / "gpx" / name, info.name)
        assert layer.crs.epsg == 4326 and not layer.needs_confirmation
        assert len(layer.features) + sum(layer.skipped.values()) == info.feature_count
        for feature in layer.features:
            assert feature.geometry.kind in ("Point", "LineString", "MultiLineString")
            assert all(isinstance(k, str) for k in feature.attributes)


def test_empty_gpx_is_an_empty_layer(realdata: Path) -> None:
    layer = read_layer(realdata / "gpx" / "gpsbabel__empty.gpx")
    assert layer.features == [] and layer.total == 0


def test_gpx_names_and_coordinates(realdata: Path) -> None:
    unicode = read_layer(realdata / "gpx" / "gpxpy__unicode.gpx", "waypoints")
    assert any("š" in (f.attributes["name"] or "") or "č" in (f.attributes["name"] or "")
               for f in unicode.features)
    latin1 = read_layer(realdata / "gpx" / "gpsbabel__expertgps.gpx", "waypoints")
    assert len(latin1.features) == 86
    # The one-point track of RouteConverter is left out, and said so.
    single = read_layer(realdata / "gpx" / "jpx__ISSUE-77_routeconverter_comments.gpx")
    assert single.features == [] and single.skipped == {"too few points": 1}
    # An empty <trkseg/> is dropped; the rest of the track stays.
    (track,) = read_layer(realdata / "gpx" / "gpxpy__track-with-empty-segment.gpx").features
    assert all(len(part) >= 2 for part in track.geometry.coords)


MALFORMED = {
    # file: None = read leniently (the meaning is clear), else words of the refusal
    "commons-dost__sample_broken_1.gpx": None,  # odd elements, one-point track: skipped
    "georust__badcharacter.xml": "not allowed in XML",
    "gpsbabel__GCGCA8_nasty.gpx": None,  # well-formed; the HTML is only text
    "gpxfit__test_unbound_prefix.gpx": "closing tag does not match",
    "jpx__ISSUE-170_zepp.gpx": None,  # a bad version attribute does not hide the track
    "jpx__ISSUE-38_no_namespace.gpx": None,  # metadata only: an empty layer
}


def test_every_malformed_file_has_a_decision(realdata: Path) -> None:
    assert set(files("gpx_malformed")) == set(MALFORMED)


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_gpx(realdata: Path, name: str) -> None:
    path = realdata / "gpx_malformed" / name
    expected = MALFORMED[name]
    if expected is None:
        read_layer(path)
        return
    with pytest.raises(GeoImportError, match=expected):
        read_layer(path)


def test_zepp_track_is_read(realdata: Path) -> None:
    (track,) = read_layer(realdata / "gpx_malformed" / "jpx__ISSUE-170_zepp.gpx").features
    assert track.geometry.kind == "MultiLineString"


def test_kommun_zip_in_3006_with_swedish_names(realdata: Path) -> None:
    path = realdata / "boundaries" / "KommunSweref99TM__SCB_original.zip"
    (info,) = list_layers(path)
    assert info.crs.epsg == 3006 and not info.crs.needs_confirmation
    assert info.feature_count == 290 and info.driver == "ESRI Shapefile"
    assert suggest_mapping(info.fields) == ("KnNamn", None)
    layer = read_layer(path)
    names = {f.attributes["KnNamn"]: f for f in layer.features}
    assert {"Norberg", "Åtvidaberg", "Sölvesborg", "Göteborg", "Vårgårda"} <= set(names)
    norberg = names["Norberg"]
    assert norberg.attributes["KnKod"] == "1962"
    xs = [x for ring in _rings(norberg.geometry) for x, _ in ring]
    ys = [y for ring in _rings(norberg.geometry) for _, y in ring]
    assert min(xs) < 551_400 < max(xs) and min(ys) < 6_659_000 < max(ys)


def _rings(geom: object) -> list:
    if geom.kind == "Polygon":  # type: ignore[attr-defined]
        return list(geom.coords)  # type: ignore[attr-defined]
    return [ring for poly in geom.coords for ring in poly]  # type: ignore[attr-defined]


def test_lan_zip(realdata: Path) -> None:
    layer = read_layer(realdata / "boundaries" / "LanSweref99TM__SCB_original.zip")
    assert len(layer.features) == 21 and layer.crs.epsg == 3006
    names = {f.attributes["LnNamn"] for f in layer.features}
    assert {"Västmanlands", "Gävleborgs", "Jämtlands"} <= names


@pytest.mark.parametrize("name", ["swedish_municipalities__okfse.geojson",
                                  "stockholm_lan_kommuner_CRS84__geoshepherds.geojson",
                                  "stockholm_area_kommuner_osm_overpass__skychanao.geojson",
                                  "swedish_regions__okfse.geojson"])
def test_boundary_geojson_in_wgs84(realdata: Path, name: str) -> None:
    layer = read_layer(realdata / "boundaries" / name)
    assert layer.crs.epsg == 4326 and not layer.needs_confirmation
    assert layer.features and not layer.skipped
    for feature in layer.features:
        x, y = _rings(feature.geometry)[0][0]
        assert 200_000 < x < 1_000_000 and 6_100_000 < y < 7_700_000


def test_okfse_norberg(realdata: Path) -> None:
    layer = read_layer(realdata / "boundaries" / "swedish_municipalities__okfse.geojson")
    (norberg,) = [f for f in layer.features if f.attributes["id"] == "1962"]
    assert norberg.attributes["kom_namn"] == "Norberg"
    assert suggest_mapping(layer.fields)[0] == "kom_namn"


def test_geoshepherds_names(realdata: Path) -> None:
    layer = read_layer(realdata / "boundaries"
                       / "stockholm_lan_kommuner_CRS84__geoshepherds.geojson")
    assert "Södertälje" in {f.attributes["KOMMUNNAMN"] for f in layer.features}


@pytest.mark.parametrize("name", ["lantmateriet_topografi_mark_EPSG3006.geojson",
                                  "lantmateriet_topografi_vaglinje_EPSG3006.geojson"])
def test_sweref99tm_geojson_unchanged(realdata: Path, name: str) -> None:
    import json

    path = realdata / "sweref99tm" / name
    layer = read_layer(path)
    assert layer.crs.epsg == 3006 and layer.crs.status == "declared"
    assert not layer.needs_confirmation
    raw = json.loads(path.read_text(encoding="utf-8"))["features"]
    assert len(layer.features) == len(raw)
    for feature, source in zip(layer.features, raw, strict=True):
        src = source["geometry"]
        assert feature.geometry.kind == src["type"]
        first = src["coordinates"][0][0]
        assert _first(feature.geometry.coords) == (first[0], first[1])


def _first(coords: tuple) -> tuple:
    while isinstance(coords[0], tuple):
        coords = coords[0]
    return coords


def test_vaglinje_attributes(realdata: Path) -> None:
    layer = read_layer(realdata / "sweref99tm" / "lantmateriet_topografi_vaglinje_EPSG3006.geojson")
    attributes = layer.features[0].attributes
    assert "alternativt_manér" in attributes
    assert "Övergripande länk" in {f.attributes["objekttyp"] for f in layer.features}


def test_osm_lines_and_areas(realdata: Path) -> None:
    path = realdata / "osm" / "osm_export_stockholm_city_2019.osm"
    layers = {lay.name: lay for lay in list_layers(path)}
    assert list(layers) == ["lines", "multipolygons", "points"]
    lines = read_layer(path)
    assert lines.name == "lines" and len(lines.features) > 900
    assert {f.geometry.kind for f in lines.features} == {"LineString"}
    names = {f.attributes["name"] for f in lines.features}
    assert any(n and any(c in n for c in "åäö") for n in names)
    x, y = lines.features[0].geometry.coords[0]
    assert 670_000 < x < 680_000 and 6_575_000 < y < 6_585_000  # central Stockholm
    areas = read_layer(path, "multipolygons")
    assert {f.geometry.kind for f in areas.features} == {"MultiPolygon"}
