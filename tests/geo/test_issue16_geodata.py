"""Issue 16, geodata: each finding with a small fixture of its own.

A code chosen for the file (--crs, the dialog) is checked against where the coordinates lie;
a GPX whose tracks are single points is read from its routes; Statistics Sweden's zip of
zips is read; names are found in other properties; lines far from Sweden are measured on the
ellipsoid; GeoJSON exports have unique ids.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
import shapely

from destination_norberg.core.geometry import Geometry
from destination_norberg.geo.errors import CrsAreaError, GeoImportError
from destination_norberg.geo.export import ExportFeature, unique_ids, write_geojson
from destination_norberg.geo.mapping import feature_name
from destination_norberg.geo.read import read_layer
from destination_norberg.geo.sources import layer_names, list_layers
from tests.geo.helpers import E, N, gpx_track, trails, write_shapefile

# --- the coordinate system chosen is checked against the coordinates -----------------------


@pytest.fixture
def sweref_shp(tmp_path: Path) -> Path:
    return write_shapefile(tmp_path / "leder.shp", trails(), ["a", "b"], crs=None)


@pytest.mark.parametrize("code", [4326, 3021, 3010, "EPSG:4326"])
def test_a_code_whose_area_misses_the_data_is_refused(sweref_shp: Path, code) -> None:
    with pytest.raises(CrsAreaError, match="look like SWEREF 99 TM metres") as refused:
        read_layer(sweref_shp, crs_override=code)
    assert refused.value.looks_like == 3006
    assert "outside the area it is made for" in str(refused.value)


def test_the_right_code_is_taken(sweref_shp: Path) -> None:
    layer = read_layer(sweref_shp, crs_override=3006)
    assert layer.features[1].geometry.coords[0] == (E, N)


def test_degrees_taken_for_sweref_metres_are_refused_as_degrees(tmp_path: Path) -> None:
    gpx = tmp_path / "spar.gpx"
    gpx.write_text(gpx_track(20), encoding="utf-8")
    with pytest.raises(CrsAreaError, match="longitude/latitude in degrees"):
        read_layer(gpx, crs_override=3006)


def test_rt90_data_in_the_west_of_sweden_is_not_refused(tmp_path: Path) -> None:
    """EPSG gives RT90 2.5 gon V a strip of communes; it was the national grid: all Sweden."""
    from pyproj import Transformer

    to_rt90 = Transformer.from_crs(4326, 3021, always_xy=True)
    x, y = to_rt90.transform(11.97, 57.70)  # Göteborg, outside EPSG's RT90 strip
    shp = write_shapefile(tmp_path / "gbg.shp", [shapely.LineString([(x, y), (x + 500, y)])],
                          ["Göta älv"], crs=None)
    layer = read_layer(shp, crs_override=3021)
    assert layer.features and layer.crs.epsg == 3021


def test_an_esri_code_is_named_as_such(tmp_path: Path) -> None:
    from pyproj import Transformer

    to_mercator = Transformer.from_crs(3006, 3857, always_xy=True)
    x, y = to_mercator.transform(E, N)
    shp = write_shapefile(tmp_path / "webb.shp", [shapely.LineString([(x, y), (x + 900, y)])],
                          ["Slinga"], crs=None)
    for code in (102100, "102100", "ESRI:102100"):
        layer = read_layer(shp, crs_override=code)
        assert "ESRI:102100" in layer.crs.label and "ESRI code" in layer.crs.label
        assert layer.crs.epsg is None  # never passed off as an EPSG code
        gx, gy = layer.features[0].geometry.coords[0]
        assert abs(gx - E) < 1 and abs(gy - N) < 1


def test_a_number_that_is_no_code_is_one_sentence(sweref_shp: Path) -> None:
    with pytest.raises(GeoImportError, match="not one the program knows"):
        read_layer(sweref_shp, crs_override=99999)


# --- a GPX whose tracks are single points falls back to its routes ---------------------------

ROUTE_GPX = """<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
<rte><name>Planerad slinga</name>
<rtept lat="60.0600" lon="15.9200"/><rtept lat="60.0650" lon="15.9300"/></rte>
<trk><name>Start</name><trkseg><trkpt lat="60.06" lon="15.92"/></trkseg></trk>
<trk><name>Tom</name><trkseg></trkseg></trk>
</gpx>
"""


def test_single_point_tracks_fall_back_to_the_routes(tmp_path: Path) -> None:
    gpx = tmp_path / "planerad.gpx"
    gpx.write_text(ROUTE_GPX, encoding="utf-8")
    layer = read_layer(gpx)
    assert layer.name == "routes" and layer.fallback == "tracks"
    assert [f.attributes["name"] for f in layer.features] == ["Planerad slinga"]
    assert set(layer.skipped) == {"tracks: too few points", "tracks: empty geometry"}
    asked = read_layer(gpx, "tracks")  # the layer asked for by name is read as it is
    assert asked.features == [] and asked.fallback == ""


def test_good_tracks_are_read_without_fallback(tmp_path: Path) -> None:
    gpx = tmp_path / "spar.gpx"
    gpx.write_text(gpx_track(30), encoding="utf-8")
    layer = read_layer(gpx)
    assert layer.name == "tracks" and layer.fallback == "" and len(layer.features) == 1


# --- Statistics Sweden's zip of zips -----------------------------------------------------------


def _zip_of_zips(tmp_path: Path, *, bad_inner: bool = False) -> Path:
    parts = {"Kommun_Sweref99TM": ("KnNamn", "Norberg"),
             "Lan_Sweref99TM": ("LnNamn", "Västmanland")}
    outer = tmp_path / "scb_gränser.zip"
    with zipfile.ZipFile(outer, "w") as zout:
        for stem, (field, value) in parts.items():
            folder = tmp_path / stem
            folder.mkdir()
            write_shapefile(folder / f"{stem}_region.shp",
                            [shapely.box(E - 5000, N - 5000, E + 5000, N + 5000)], [value],
                            field=field, encoding="CP1252")
            folder.joinpath(f"{stem}_region.cpg").unlink()  # SCB ships no .cpg
            inner = tmp_path / f"{stem}.zip"
            with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as zin:
                for p in sorted(folder.iterdir()):
                    zin.write(p, p.name)
                if bad_inner:
                    zin.writestr("../utanför.txt", "x")
            zout.write(inner, inner.name)
        zout.writestr("Läs mig.txt", "Kommun- och länsgränser")
    return outer


def test_a_zip_of_zips_lists_and_reads_the_inner_layers(tmp_path: Path) -> None:
    outer = _zip_of_zips(tmp_path)
    layers = list_layers(outer)
    assert [la.name for la in layers] == ["Kommun_Sweref99TM_region", "Lan_Sweref99TM_region"]
    assert layer_names(outer) == [la.name for la in layers]
    assert all(la.crs.epsg == 3006 and la.feature_count == 1 for la in layers)
    lan = read_layer(outer, "Lan_Sweref99TM_region")
    assert lan.features[0].attributes["LnNamn"] == "Västmanland"  # CP1252 detected inside
    assert lan.features[0].name == "Västmanland"
    assert read_layer(outer).features[0].attributes["KnNamn"] == "Norberg"


def test_an_unsafe_inner_zip_is_refused_whole(tmp_path: Path) -> None:
    with pytest.raises(GeoImportError, match=r"Kommun_Sweref99TM\.zip.*outside the archive"):
        list_layers(_zip_of_zips(tmp_path, bad_inner=True))


# --- names in other properties -------------------------------------------------------------


@pytest.mark.parametrize(("attributes", "name"), [
    ({"name": "Gruvstigen"}, "Gruvstigen"),
    ({"namn": "Hyttstigen"}, "Hyttstigen"),
    ({"KnKod": "1962", "KnNamn": "Norberg"}, "Norberg"),
    ({"name:en": "Mine trail", "name:sv": "Gruvleden"}, "Gruvleden"),
    ({"tags": {"highway": "path", "name": "Malmleden"}}, "Malmleden"),
    ({"tags": '{"name:sv": "Kärrgruvan"}'}, "Kärrgruvan"),
    ({"other_tags": '"name:sv"=>"Olsbenning","surface"=>"gravel"'}, "Olsbenning"),
    ({"gatunamn": "Storgatan"}, "Storgatan"),
    ({"ref": "E 45", "highway": "primary"}, "E 45"),
    ({"filename": "spar.gpx", "user": "anna"}, ""),
])
def test_feature_names_from_other_properties(attributes: dict, name: str) -> None:
    assert feature_name(attributes) == name


def test_a_mixed_geojson_names_every_feature(tmp_path: Path) -> None:
    features = [{"type": "Feature", "properties": props,
                 "geometry": {"type": "LineString", "coordinates": [[15.9, 60.06 + i / 100],
                                                                     [15.91, 60.07 + i / 100]]}}
                for i, props in enumerate([{"name": "Ett"}, {"namn": "Två"},
                                           {"name:sv": "Tre", "name:en": "Three"},
                                           {"tags": {"name": "Fyra"}}])]
    src = tmp_path / "blandat.geojson"
    src.write_text(json.dumps({"type": "FeatureCollection", "features": features}), "utf-8")
    assert [f.name for f in read_layer(src).features] == ["Ett", "Två", "Tre", "Fyra"]


# --- lengths far from Sweden ----------------------------------------------------------------


def _gpx_line(tmp_path: Path, lon: float, lat: float) -> Path:
    points = "".join(f'<trkpt lat="{lat + i * 0.001:.6f}" lon="{lon + i * 0.001:.6f}"/>'
                     for i in range(50))
    path = tmp_path / f"linje_{lon}.gpx"
    path.write_text('<?xml version="1.0"?><gpx version="1.1" creator="t" '
                    'xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>'
                    f"{points}</trkseg></trk></gpx>", encoding="utf-8")
    return path


def test_a_line_far_from_sweden_is_measured_on_the_ellipsoid(tmp_path: Path) -> None:
    from pyproj import Geod

    layer = read_layer(_gpx_line(tmp_path, -2.0, 53.0))  # England: SWEREF 99 TM off by 1.5 %
    (feature,) = layer.features
    lons = [-2.0 + i * 0.001 for i in range(50)]
    lats = [53.0 + i * 0.001 for i in range(50)]
    true = Geod(ellps="GRS80").line_length(lons, lats)
    assert layer.geodesic == 1 and feature.length_m == pytest.approx(true, rel=1e-6)
    assert abs(feature.geometry.length() - true) / true > 0.01  # the planar length is wrong


def test_a_line_in_sweden_keeps_the_planar_length(tmp_path: Path) -> None:
    layer = read_layer(_gpx_line(tmp_path, 15.9, 60.05))
    assert layer.geodesic == 0 and layer.features[0].length_m is None


# --- unique GeoJSON ids ---------------------------------------------------------------------


def test_geojson_feature_ids_are_unique(tmp_path: Path) -> None:
    line = Geometry("LineString", ((E, N), (E + 100, N + 100)))
    rows = [ExportFeature("a", line, {"id": 1}, "trail-1"),
            ExportFeature("b", line, {"id": 1}, "trail-1"),
            ExportFeature("c", Geometry.point(E, N), {}),
            ExportFeature("d", line, {"id": 1}, "strak-1")]
    assert unique_ids(rows) == ["trail-1", "trail-1-2", "feature-3", "strak-1"]
    out = tmp_path / "ut.geojson"
    write_geojson(rows, out)
    ids = [f["id"] for f in json.loads(out.read_text("utf-8"))["features"]]
    assert len(set(ids)) == len(ids) == 4
