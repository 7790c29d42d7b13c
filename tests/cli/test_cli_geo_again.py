"""Issue 16, geodata on the command line: the same file twice (stops, or --existing replace
or add), every geodata export the program writes imported again leaves the database as it
was, a --crs the coordinates cannot be in, a GPX read from its routes, a zip of zips, unique
GeoJSON ids of `export trails --strak`."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
import shapely

from destination_norberg.cli import main
from tests.cli.test_cli_geo import SWEREF_LINE, rows, write_geojson
from tests.geo.helpers import E, N, write_shapefile

pytestmark = pytest.mark.both_engines

SNAPSHOT = {
    "trail": "SELECT id, uid, name, kind, grade_colour, imba, mtb_scale, geom, length_m, "
             "version, updated_at FROM trail ORDER BY id",
    "strak": "SELECT id, route, version, updated_at FROM strak ORDER BY id",
    "map_layer": "SELECT id, name, version FROM map_layer ORDER BY id",
    "map_feature": "SELECT id, layer_id, name, geom FROM map_feature ORDER BY id",
}


def snapshot(db: str) -> dict[str, list[tuple]]:
    return {table: rows(db, sql) for table, sql in SNAPSHOT.items()}


def test_the_same_trails_twice_stop_unless_told(tmp_path: Path, demo_url: str,
                                                capsys) -> None:
    src = write_geojson(tmp_path / "led.geojson", "EPSG:3006", SWEREF_LINE)
    assert main(["--db", demo_url, "import", "trails", str(src)]) == 0
    capsys.readouterr()
    before = snapshot(demo_url)
    assert main(["--db", demo_url, "import", "trails", str(src)]) == 2
    err = capsys.readouterr().err
    assert "1 of its 1 line(s) are already in the database" in err
    assert "Hyttstigen" in err and "--existing replace" in err and "Traceback" not in err
    assert snapshot(demo_url) == before
    assert main(["--db", demo_url, "import", "trails", str(src), "--existing", "replace"]) == 0
    assert "0 trail(s) already there replaced from the file, 1 unchanged" in \
        capsys.readouterr().out
    assert snapshot(demo_url) == before
    assert main(["--db", demo_url, "import", "trails", str(src), "--existing", "add"]) == 0
    assert len(rows(demo_url, "SELECT id FROM trail WHERE name = 'Hyttstigen'")) == 2


def test_replace_updates_what_the_file_changed(tmp_path: Path, demo_url: str, capsys) -> None:
    src = write_geojson(tmp_path / "led.geojson", "EPSG:3006", SWEREF_LINE)
    assert main(["--db", demo_url, "import", "trails", str(src)]) == 0
    doc = json.loads(src.read_text("utf-8"))
    doc["features"][0]["properties"] = {"namn": "Nya Hyttstigen", "svårighet": "röd"}
    src.write_text(json.dumps(doc), "utf-8")
    assert main(["--db", demo_url, "import", "trails", str(src), "--existing", "replace"]) == 0
    assert "1 trail(s) already there replaced" in capsys.readouterr().out
    assert rows(demo_url, "SELECT name, grade_colour, version FROM trail "  # no '%': psycopg
                          "WHERE name = 'Nya Hyttstigen'") == [("Nya Hyttstigen", "röd", 2)]


def test_the_same_layer_name_twice(tmp_path: Path, demo_url: str, capsys) -> None:
    src = write_geojson(tmp_path / "slinga.geojson", "EPSG:3006", SWEREF_LINE)
    assert main(["--db", demo_url, "import", "layer", str(src), "--name", "Slingor"]) == 0
    assert main(["--db", demo_url, "import", "layer", str(src), "--name", "slingor"]) == 2
    err = capsys.readouterr().err
    assert "already a layer named “slingor” (from slinga.geojson)" in err
    assert rows(demo_url, "SELECT COUNT(*) FROM map_feature")[0][0] == 1
    assert main(["--db", demo_url, "import", "layer", str(src), "--name", "Slingor",
                 "--existing", "replace"]) == 0
    assert "Replaced the features of the layer 'Slingor'" in capsys.readouterr().out
    assert rows(demo_url, "SELECT name FROM map_layer") == [("Slingor",)]
    assert rows(demo_url, "SELECT COUNT(*) FROM map_feature")[0][0] == 1
    assert main(["--db", demo_url, "import", "layer", str(src), "--name", "Slingor",
                 "--existing", "add"]) == 0
    assert rows(demo_url, "SELECT name FROM map_layer ORDER BY id") == [("Slingor",),
                                                                        ("Slingor (2)",)]


@pytest.mark.parametrize("fmt", ["geojson", "gpx", "gpkg"])
def test_every_geodata_export_imported_again_changes_nothing(tmp_path: Path, demo_url: str,
                                                             fmt: str, capsys) -> None:
    """Trails and stråk exported, then imported into the same database: unchanged, with no
    choice (it stops) and with --existing replace (every line is already there)."""
    out = tmp_path / f"leder.{fmt}"
    assert main(["--db", demo_url, "export", "trails", "--format", fmt, "--out", str(out),
                 "--strak"]) == 0
    before = snapshot(demo_url)
    assert len(before["trail"]) == 18
    assert main(["--db", demo_url, "import", "trails", str(out)]) == 2
    assert snapshot(demo_url) == before
    capsys.readouterr()
    assert main(["--db", demo_url, "import", "trails", str(out), "--existing", "replace"]) == 0
    said = capsys.readouterr().out
    assert "Imported 0 trail(s)" in said and "0 trail(s) already there replaced" in said
    assert "18 unchanged" in said
    if fmt != "gpkg":  # the GeoPackage layer holds trails only
        assert "2 skipped (already a stråk's route)" in said
    assert snapshot(demo_url) == before


def test_export_strak_geojson_ids_are_unique(tmp_path: Path, demo_url: str) -> None:
    out = tmp_path / "allt.geojson"
    assert main(["--db", demo_url, "export", "trails", "--format", "geojson", "--out",
                 str(out), "--strak"]) == 0
    ids = [f["id"] for f in json.loads(out.read_text("utf-8"))["features"]]
    assert len(ids) == 18 + 2 + 22 and len(set(ids)) == len(ids)
    assert "trail-1" in ids and "strak-1" in ids and "strak-1-stop-1" in ids


def test_a_crs_the_coordinates_cannot_be_in_is_refused(tmp_path: Path, demo_url: str,
                                                       capsys) -> None:
    src = write_geojson(tmp_path / "utan.geojson", None, SWEREF_LINE)
    before = snapshot(demo_url)
    assert main(["--db", demo_url, "import", "trails", str(src), "--crs", "4326"]) == 2
    err = capsys.readouterr().err
    assert "cannot be in WGS 84" in err and "look like SWEREF 99 TM metres" in err
    assert main(["--db", demo_url, "import", "trails", str(src), "--crs", "102013"]) == 2
    err = capsys.readouterr().err  # Europe Albers: an ESRI code, named so
    assert "(ESRI:102013, an ESRI code)" in err and "look like SWEREF 99 TM" in err
    assert snapshot(demo_url) == before


def test_a_gpx_of_one_point_tracks_imports_its_route(tmp_path: Path, demo_url: str,
                                                     capsys) -> None:
    from tests.geo.test_issue16_geodata import ROUTE_GPX

    src = tmp_path / "planerad.gpx"
    src.write_text(ROUTE_GPX, encoding="utf-8")
    assert main(["--db", demo_url, "import", "trails", str(src), "--kind", "hiking"]) == 0
    out = capsys.readouterr().out
    assert "Imported 1 trail(s)" in out and "layer 'routes'" in out
    assert "the file's tracks are empty or single points, so its routes were read" in out
    assert rows(demo_url, "SELECT COUNT(*) FROM trail WHERE name = 'Planerad slinga'") == [(1,)]


def test_a_zip_of_zips_imports_and_lists_its_layers(tmp_path: Path, demo_url: str,
                                                    capsys) -> None:
    outer = tmp_path / "gränser.zip"
    with zipfile.ZipFile(outer, "w") as zout:
        for stem, value in (("Kommun_Sweref99TM", "Norberg"), ("Lan_Sweref99TM", "Västm")):
            folder = tmp_path / stem
            folder.mkdir()
            write_shapefile(folder / f"{stem}_region.shp",
                            [shapely.box(E - 9000, N - 9000, E + 9000, N + 9000)], [value])
            inner = tmp_path / f"{stem}.zip"
            with zipfile.ZipFile(inner, "w") as zin:
                for p in sorted(folder.iterdir()):
                    zin.write(p, p.name)
            zout.write(inner, inner.name)
    assert main(["--db", demo_url, "import", "layer", str(outer), "--name", "Län",
                 "--layer", "Lan_Sweref99TM_region"]) == 0
    out = capsys.readouterr().out
    assert "1 feature(s)" in out and "other layers: Kommun_Sweref99TM_region" in out
    assert rows(demo_url, "SELECT name FROM map_feature") == [("Västm",)]
