"""read_layer on files written here: shapefiles with and without .prj/.cpg, GPX, KML, GeoJSON,
GeoPackage, FlatGeobuf; CRS overrides, DBF encodings, Z dropped, skipped features, cancel."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import shapely

from destination_norberg.core.geometry import Geometry
from destination_norberg.core.progress import Cancelled
from destination_norberg.geo.errors import GeoImportError, UnknownCrsError
from destination_norberg.geo.read import read_layer, suggest_mapping
from destination_norberg.geo.sources import list_layers
from tests.geo.helpers import UNNAMED_SWEREF99TM, E, N, gpx_track, trails, write_shapefile

NAMES = ["Kärrgruvan blå", "Åsen–Öst röd"]


def _no_cpg(shp: Path) -> None:
    shp.with_suffix(".cpg").unlink()


def test_shapefile_in_3006_keeps_its_coordinates(tmp_path: Path) -> None:
    shp = write_shapefile(tmp_path / "spar.shp", trails(), NAMES)
    layer = read_layer(shp)
    assert layer.crs.epsg == 3006 and not layer.needs_confirmation
    assert [f.attributes["namn"] for f in layer.features] == NAMES
    assert layer.features[1].geometry == Geometry.line([(E, N), (E + 500, N + 900)])
    assert layer.total == 2 and layer.skipped == {} and layer.fields == ("namn",)


def test_unnamed_prj_is_detected_as_3006(tmp_path: Path) -> None:
    shp = write_shapefile(tmp_path / "unnamed.shp", trails(), NAMES)
    shp.with_suffix(".prj").write_text(UNNAMED_SWEREF99TM)
    (info,) = list_layers(shp)
    assert info.crs.epsg == 3006 and info.crs.status == "parameters"
    assert not info.crs.needs_confirmation
    assert read_layer(shp).features[1].geometry.coords[0] == (E, N)


def test_missing_prj_needs_confirmation_and_suggests_3006(tmp_path: Path) -> None:
    shp = write_shapefile(tmp_path / "noprj.shp", trails(), NAMES, crs=None)
    assert not shp.with_suffix(".prj").exists()
    (info,) = list_layers(shp)
    assert info.crs.needs_confirmation and info.crs.status == "missing"
    assert info.crs.suggestion == 3006
    layer = read_layer(shp)  # read with the suggestion, for the preview
    assert layer.needs_confirmation
    assert layer.features[1].geometry.coords[0] == (E, N)
    confirmed = read_layer(shp, crs_override=3006)
    assert not confirmed.needs_confirmation and confirmed.crs.status == "override"


def test_rt90_without_prj_is_suggested_and_transformed_on_override(tmp_path: Path) -> None:
    from pyproj import Transformer

    to_rt90 = Transformer.from_crs(3006, 3021, always_xy=True)
    lines = [shapely.transform(g, lambda xy: __import__("numpy").column_stack(
        to_rt90.transform(xy[:, 0], xy[:, 1]))) for g in trails()]
    shp = write_shapefile(tmp_path / "rt90.shp", lines, NAMES, crs=None)
    assert list_layers(shp)[0].crs.suggestion == 3021
    layer = read_layer(shp, crs_override="EPSG:3021")
    x, y = layer.features[1].geometry.coords[0]
    assert abs(x - E) < 0.5 and abs(y - N) < 0.5


def test_coordinates_that_fit_nothing_ask_the_user(tmp_path: Path) -> None:
    far = [shapely.LineString([(5e7, 5e7), (5e7 + 1, 5e7 + 1)])]
    shp = write_shapefile(tmp_path / "far.shp", far, ["x"], crs=None)
    with pytest.raises(UnknownCrsError) as caught:
        read_layer(shp)
    assert caught.value.detection.needs_confirmation
    assert "choose one" in str(caught.value)


def test_latin1_dbf_without_cpg(tmp_path: Path) -> None:
    shp = write_shapefile(tmp_path / "latin1.shp", trails(), [NAMES[0], "Öjesjön å ä ö"],
                          encoding="ISO-8859-1")
    _no_cpg(shp)
    assert b"\xe4" in shp.with_suffix(".dbf").read_bytes()  # ä as one Latin-1 byte
    layer = read_layer(shp)
    assert [f.attributes["namn"] for f in layer.features] == ["Kärrgruvan blå", "Öjesjön å ä ö"]


def test_utf8_dbf_without_cpg_is_detected(tmp_path: Path) -> None:
    shp = write_shapefile(tmp_path / "utf8.shp", trails(), NAMES, field="benämning")
    _no_cpg(shp)
    (info,) = list_layers(shp)
    assert info.encoding == "UTF-8" and info.fields == ("benämning",)
    assert [f.attributes["benämning"] for f in read_layer(shp).features] == NAMES


def test_cp1252_dbf_without_cpg_keeps_the_dash(tmp_path: Path) -> None:
    shp = write_shapefile(tmp_path / "cp1252.shp", trails(), NAMES, encoding="CP1252")
    _no_cpg(shp)
    assert list_layers(shp)[0].encoding == "CP1252"
    assert [f.attributes["namn"] for f in read_layer(shp).features] == NAMES


def test_explicit_encoding_wins(tmp_path: Path) -> None:
    shp = write_shapefile(tmp_path / "forced.shp", trails(), NAMES)
    _no_cpg(shp)
    layer = read_layer(shp, encoding="ISO-8859-1")
    assert layer.features[0].attributes["namn"] == "KÃ¤rrgruvan blÃ¥"


def test_zipped_shapefile_with_folder(tmp_path: Path) -> None:
    import zipfile

    names = ["Kärrgruvan blå", "Åsen Öst röd"]
    shp = write_shapefile(tmp_path / "spar.shp", trails(), names, encoding="ISO-8859-1")
    _no_cpg(shp)
    archive = tmp_path / "leverans.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        for part in tmp_path.glob("spar.*"):
            z.write(part, f"Leverans 2025/{part.name}")
    (info,) = list_layers(archive)
    assert info.name == "spar" and info.dataset.startswith("/vsizip/")
    assert [f.attributes["namn"] for f in read_layer(archive).features] == names


def test_gpx_tracks_routes_waypoints(tmp_path: Path) -> None:
    gpx = tmp_path / "tur.gpx"
    gpx.write_text(gpx_track(100, tracks=2).replace(
        "</gpx>", '<wpt lat="60.065" lon="15.923"><name>Torget</name></wpt></gpx>'),
        encoding="utf-8")
    assert [(i.name, i.feature_count) for i in list_layers(gpx)] == [
        ("tracks", 2), ("routes", 0), ("waypoints", 1)]
    tracks = read_layer(gpx)
    assert tracks.name == "tracks" and len(tracks.features) == 2
    assert tracks.features[0].geometry.kind == "MultiLineString"
    assert tracks.features[0].attributes["name"] == "Spår 0"
    (stop,) = read_layer(gpx, "waypoints").features
    x, y = stop.geometry.coords
    assert 550_000 < x < 553_000 and 6_658_000 < y < 6_661_000


def test_kml_drops_heights_and_keeps_mixed_layers(tmp_path: Path) -> None:
    kml = tmp_path / "spar.kml"
    kml.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2">'
        "<Document><Folder><name>MTB</name>"
        "<Placemark><name>Blå</name><LineString><coordinates>15.92,60.07,200 15.93,60.08,210"
        "</coordinates></LineString></Placemark>"
        "<Placemark><name>Torget</name><Point><coordinates>15.925,60.068</coordinates></Point>"
        "</Placemark><Placemark><name>Blandat</name><MultiGeometry><Point><coordinates>15.9,60"
        "</coordinates></Point><LineString><coordinates>15.9,60 15.91,60.01</coordinates>"
        "</LineString></MultiGeometry></Placemark></Folder></Document></kml>", encoding="utf-8")
    layer = read_layer(kml)
    assert layer.name == "MTB" and layer.crs.epsg == 4326
    assert [f.geometry.kind for f in layer.features] == ["LineString", "Point"]
    assert layer.flattened == 1
    assert layer.skipped == {"unsupported geometry type": 1}


def test_geojson_without_crs_but_in_metres_is_a_mismatch(tmp_path: Path) -> None:
    path = tmp_path / "spar.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"namn": "Blå", "svårighet": "blå", "längd": 1.5},
         "geometry": {"type": "LineString", "coordinates": [[E, N], [E + 10, N + 10]]}}]}),
        encoding="utf-8")
    layer = read_layer(path)
    assert layer.crs.status == "mismatch" and layer.needs_confirmation
    assert layer.features[0].geometry.coords[0] == (E, N)
    assert layer.features[0].attributes == {"namn": "Blå", "svårighet": "blå", "längd": 1.5}


@pytest.mark.parametrize(("driver", "suffix"), [("GPKG", ".gpkg"), ("FlatGeobuf", ".fgb")])
def test_random_access_formats_in_chunks(tmp_path: Path, driver: str, suffix: str,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np
    from pyogrio.raw import write

    import destination_norberg.geo.read as read_module

    monkeypatch.setattr(read_module, "CHUNK", 7)
    geoms = [shapely.Point(E + i, N + i) for i in range(50)]
    path = tmp_path / f"punkter{suffix}"
    write(str(path), np.array(shapely.to_wkb(geoms), dtype=object),
          [np.arange(50), np.array([f"P{i}" for i in range(50)], dtype=object)],
          ["nr", "namn"], geometry_type="Point", crs="EPSG:3006", driver=driver)
    seen: list[float] = []
    layer = read_layer(path, progress=lambda f, _text: seen.append(f))
    # FlatGeobuf keeps its features in spatial-index order: compare as sets.
    by_nr = {f.attributes["nr"]: f for f in layer.features}
    assert sorted(by_nr) == list(range(50))
    assert by_nr[49].geometry == Geometry.point(E + 49, N + 49)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and len(seen) >= 9
    assert seen == sorted(seen)


def test_cancel_stops_the_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import destination_norberg.geo.read as read_module

    monkeypatch.setattr(read_module, "CHUNK", 1)
    shp = write_shapefile(tmp_path / "spar.shp", trails() * 5, NAMES * 5)
    calls: list[float] = []

    def progress(fraction: float, _text: str) -> None:
        calls.append(fraction)
        if fraction >= 0.3:
            raise Cancelled

    with pytest.raises(Cancelled):
        read_layer(shp, progress=progress)
    assert 0.3 <= calls[-1] < 1.0


def stop_at(limit: float):
    """A progress callback that cancels once the read is `limit` along."""
    def progress(fraction: float, _text: str) -> None:
        if fraction >= limit:
            raise Cancelled
    return progress


def test_cancel_during_a_gpx_import(tmp_path: Path) -> None:
    gpx = tmp_path / "lang.gpx"
    gpx.write_text(gpx_track(1000, tracks=10), encoding="utf-8")
    with pytest.raises(Cancelled):
        read_layer(gpx, progress=stop_at(0.5))
    with pytest.raises(Cancelled):
        read_layer(gpx, progress=stop_at(0.0))


def test_unknown_layer_is_named_in_the_message(tmp_path: Path) -> None:
    shp = write_shapefile(tmp_path / "spar.shp", trails(), NAMES)
    with pytest.raises(GeoImportError, match="no layer named “vägar”; it has spar"):
        read_layer(shp, "vägar")


def test_empty_gpx_is_an_empty_layer(tmp_path: Path) -> None:
    gpx = tmp_path / "tom.gpx"
    gpx.write_text('<gpx version="1.1" creator="x" xmlns="http://www.topografix.com/GPX/1/1">'
                   "</gpx>", encoding="utf-8")
    layer = read_layer(gpx)
    assert layer.features == [] and layer.total == 0 and layer.name == "tracks"


@pytest.mark.parametrize(("fields", "expected"), [
    (["KnKod", "KnNamn"], ("KnNamn", None)),
    (["id", "name", "name:en", "alt_name", "mtb:scale", "mtb:scale:imba"],
     ("name", "mtb:scale:imba")),
    (["objektid", "Namn", "Svårighetsgrad"], ("Namn", "Svårighetsgrad")),
    (["ref", "colour"], ("ref", "colour")),
    (["title", "difficulty"], ("title", "difficulty")),
    (["FID", "LENGTH"], (None, None)),
    (["kom_namn", "id", "lan_code"], ("kom_namn", None)),
    (["name:en", "Färg"], (None, "Färg")),
])
def test_suggest_mapping(fields: list[str], expected: tuple) -> None:
    assert suggest_mapping(fields) == expected


def vertices(geom: Geometry) -> int:
    return sum(map(len, geom.coords)) if geom.kind.startswith("Multi") else len(geom.coords)


def test_a_track_of_too_many_points_is_thinned_keeping_its_length(tmp_path: Path) -> None:
    """A 2-million-point GPX took 101 s to draw: lines of more than MAX_LINE_VERTICES are
    thinned to within half a metre on import, the full track's length kept and reported."""
    points = [f'<trkpt lat="{60.06 + i * 1e-7:.7f}" lon="{15.92 + (i % 2) * 3e-4:.7f}"/>'
              for i in range(30_000)]  # a back-and-forth track: 16 m across, 1 cm along
    gpx = tmp_path / "zigzag.gpx"
    gpx.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="t" '
                   'xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Fram och tillbaka'
                   "</name><trkseg>" + "".join(points) + "</trkseg></trk></gpx>",
                   encoding="utf-8")
    layer = read_layer(gpx, "tracks", thin=True)
    (feature,) = layer.features
    assert layer.thinned == 1
    assert vertices(feature.geometry) < 20_000
    (full,) = read_layer(gpx, "tracks").features  # the reader alone keeps every point
    assert full.length_m is None and vertices(full.geometry) == 30_000
    assert feature.length_m == pytest.approx(full.geometry.length())


def test_attribute_names_and_texts_lose_control_characters_and_excess(tmp_path: Path) -> None:
    """A name that rewrites the terminal when printed, and a description of megabytes."""
    path = tmp_path / "leder.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "geometry": {"type": "LineString",
                                        "coordinates": [[15.92, 60.06], [15.93, 60.07]]},
        "properties": {"namn\u001b[2J": "Gruv\u001b]2 x\u0007slingan",
                       "beskrivning": "lång " * 10_000}}]}), encoding="utf-8")
    layer = read_layer(path)
    assert layer.fields == ("namn[2J", "beskrivning")
    (feature,) = layer.features
    assert feature.attributes["namn[2J"] == "Gruv]2 xslingan"
    assert len(feature.attributes["beskrivning"]) == 10_000
    assert layer.shortened == 1
