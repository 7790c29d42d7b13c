"""`import trails`, `import layer` and `export trails` on the command line."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from destination_norberg.cli import main
from tests.conftest import REALDATA

pytestmark = pytest.mark.both_engines

needs_realdata = pytest.mark.skipif(not REALDATA.is_dir(), reason="../shared/realdata absent")


def rows(db: Path | str, sql: str) -> list[tuple]:
    """The rows of an SQLite file (sqlite3), or of a database URL (SQLAlchemy, any engine)."""
    if isinstance(db, Path):
        with sqlite3.connect(db) as conn:
            return conn.execute(sql).fetchall()
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    engine = create_engine(db, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.exec_driver_sql(sql).all()]
    finally:
        engine.dispose()


def write_geojson(path: Path, crs: str | None, coords: list[list[float]]) -> Path:
    doc: dict = {"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {"namn": "Hyttstigen", "svårighet": "blå"},
        "geometry": {"type": "LineString", "coordinates": coords}}]}
    if crs:
        doc["crs"] = {"type": "name", "properties": {"name": crs}}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


SWEREF_LINE = [[551_400.0, 6_659_000.0], [551_700.0, 6_659_400.0]]


def test_a_sweref_line_becomes_a_trail(tmp_path: Path, demo_url: str, demo_template,
                                       capsys) -> None:
    db = demo_url
    before = rows(db, "SELECT COUNT(*) FROM trail")[0][0]
    src = write_geojson(tmp_path / "led.geojson", "urn:ogc:def:crs:EPSG::3006", SWEREF_LINE)
    assert main(["--db", demo_url, "import", "trails", str(src), "--kind", "hiking"]) == 0
    assert "Imported 1 trail(s)" in capsys.readouterr().out
    name, kind, grade, length = rows(db, "SELECT name, kind, grade_colour, length_m FROM trail "
                                         "ORDER BY id DESC LIMIT 1")[0]
    assert (name, kind, grade, length) == ("Hyttstigen", "hiking", "blå", 500.0)
    assert rows(db, "SELECT COUNT(*) FROM trail")[0][0] == before + 1


def test_no_crs_is_asked_for_and_nothing_written(tmp_path: Path, demo_url: str,
                                                 capsys) -> None:
    db = demo_url
    before = rows(db, "SELECT COUNT(*) FROM trail")[0][0]
    src = tmp_path / "led.csv.geojson"
    # GeoJSON without a crs member is WGS 84 by RFC 7946; metres in it cannot be degrees.
    write_geojson(src, None, SWEREF_LINE)
    assert main(["--db", demo_url, "import", "trails", str(src)]) == 2
    err = capsys.readouterr().err
    assert "Nothing was imported" in err and "--crs 3006" in err
    assert rows(db, "SELECT COUNT(*) FROM trail")[0][0] == before
    assert main(["--db", demo_url, "import", "trails", str(src), "--crs", "3006"]) == 0
    assert rows(db, "SELECT COUNT(*) FROM trail")[0][0] == before + 1


def test_bad_kind_and_missing_file_are_one_line_errors(tmp_path: Path, demo_url: str,
                                                       capsys) -> None:
    assert main(["--db", demo_url, "import", "trails", str(tmp_path / "nej.gpx")]) == 2
    assert "there is no file" in capsys.readouterr().err
    src = write_geojson(tmp_path / "a.geojson", "EPSG:3006", SWEREF_LINE)
    assert main(["--db", demo_url, "import", "trails", str(src), "--kind", "boat"]) == 2
    assert "unknown trail kind 'boat'" in capsys.readouterr().err


@needs_realdata
def test_real_files_in_and_a_broken_one_refused(demo_url: str, capsys) -> None:
    db = demo_url
    gpx = REALDATA / "gpx" / "gpxpy__korita-zbevnica.gpx"
    assert main(["--db", demo_url, "import", "trails", str(gpx), "--kind", "hiking"]) == 0
    assert "WGS 84" in capsys.readouterr().out
    lengths = rows(db, "SELECT length_m FROM trail WHERE kind = 'hiking' AND id > 18")
    assert len(lengths) == 3 and all(length > 100 for (length,) in lengths)
    trails = rows(db, "SELECT COUNT(*) FROM trail")[0][0]
    for broken in sorted((REALDATA / "gpx_malformed").iterdir()):
        code = main(["--db", demo_url, "import", "trails", str(broken)])
        err = capsys.readouterr().err
        assert code in (0, 2), broken.name
        if code == 2:
            assert err.startswith("destination-norberg: ") and "Traceback" not in err
    assert rows(db, "SELECT COUNT(*) FROM trail")[0][0] >= trails
    kommuner = REALDATA / "boundaries" / "KommunSweref99TM__SCB_original.zip"
    assert main(["--db", demo_url, "import", "layer", str(kommuner), "--name", "Kommuner"]) == 0
    assert rows(db, "SELECT COUNT(*) FROM map_feature")[0][0] == 290
    names = {n for (n,) in rows(db, "SELECT name FROM map_feature")}
    assert "Norberg" in names and "Malmö" in names  # Swedish letters survive the DBF


def test_export_trails_in_three_formats(tmp_path: Path, demo_url: str, capsys) -> None:
    out = tmp_path / "leder.geojson"
    assert main(["--db", demo_url, "export", "trails", "--format", "geojson", "--out",
                 str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert len(doc["features"]) == 18 and "crs" not in doc
    lon, lat = doc["features"][0]["geometry"]["coordinates"][0]
    assert 15.7 < lon < 16.2 and 59.9 < lat < 60.2  # WGS 84, longitude first
    gpx = tmp_path / "leder.gpx"
    assert main(["--db", demo_url, "export", "trails", "--format", "gpx", "--out", str(gpx),
                 "--strak"]) == 0
    text = gpx.read_text(encoding="utf-8")
    assert text.count("<trk>") == 20 and text.count("<wpt ") == 22  # 18 trails, 2 routes
    gpkg = tmp_path / "leder.gpkg"
    assert main(["--db", demo_url, "export", "trails", "--format", "gpkg", "--out",
                 str(gpkg)]) == 0
    import pyogrio

    info = pyogrio.read_info(gpkg)
    assert info["features"] == 18 and "3006" in info["crs"]


@pytest.mark.parametrize("fmt", ["geojson", "gpx", "gpkg"])
def test_exported_trails_import_again_within_a_centimetre(tmp_path: Path, demo_url: str,
                                                         fmt: str, capsys) -> None:
    """Export the demo trails, import the file into a fresh database: same vertices."""
    from destination_norberg.core.geometry import decode_wkb

    out = tmp_path / f"leder.{fmt}"
    assert main(["--db", demo_url, "export", "trails", "--format", fmt, "--out",
                 str(out)]) == 0
    fresh = tmp_path / "ny.sqlite"
    assert main(["--db", str(fresh), "import", "trails", str(out)]) == 0
    capsys.readouterr()
    demo = demo_url
    before = rows(demo, "SELECT geom FROM trail ORDER BY id")
    after = rows(fresh, "SELECT geom FROM trail ORDER BY id")
    assert len(after) == len(before) == 18
    worst = 0.0
    for (a,), (b,) in zip(before, after, strict=True):
        ga, gb = decode_wkb(a), decode_wkb(b)
        pa = ga.coords if ga.kind == "LineString" else [p for part in ga.coords for p in part]
        pb = gb.coords if gb.kind == "LineString" else [p for part in gb.coords for p in part]
        assert len(pa) == len(pb)
        worst = max(worst, *(max(abs(x - u), abs(y - v))
                             for (x, y), (u, v) in zip(pa, pb, strict=True)))
    assert worst < 0.01, f"{fmt}: {worst * 100:.2f} cm"


def test_a_zip_marked_version_6_4_is_a_one_line_refusal(tmp_path: Path, demo_url: str,
                                                         capsys) -> None:
    """It was "unexpected error: NotImplementedError" and exit 1."""
    import zipfile

    from tests.geo.helpers import gpx_track, patch_zip

    archive = tmp_path / "spar.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as z:
        z.writestr("spar.gpx", gpx_track(20))
    patch_zip(archive, version=64)
    assert main(["--db", demo_url, "import", "trails", str(archive)]) == 2
    err = capsys.readouterr().err
    assert "zip version 6.4" in err and "unexpected" not in err and len(err.splitlines()) == 1
    deflate64 = tmp_path / "d64.kmz"
    with zipfile.ZipFile(deflate64, "w", zipfile.ZIP_STORED) as z:
        z.writestr("doc.kml", '<kml xmlns="http://www.opengis.net/kml/2.2"/>')
    patch_zip(deflate64, method=9)
    assert main(["--db", demo_url, "import", "trails", str(deflate64)]) == 2
    err = capsys.readouterr().err
    assert "packed with Deflate64, which the program cannot unpack" in err
    assert "damaged" not in err
