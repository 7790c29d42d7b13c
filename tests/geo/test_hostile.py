"""Malformed and hostile files: each is refused quickly with one plain sentence, never with a
GDAL or XML traceback, and read_layer returns nothing (so nothing can be written)."""

from __future__ import annotations

import os
import time
import zipfile
from pathlib import Path

import pytest

from destination_norberg.geo.errors import GeoImportError
from destination_norberg.geo.read import read_layer
from destination_norberg.geo.sources import list_layers
from tests.geo.helpers import gpx_track, trails, write_shapefile

LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
          + "".join(f' <!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">\n'
                    for i in range(1, 10))
          + "]>\n")


def refused(path: Path, match: str | None = None) -> str:
    """The sentence read_layer and list_layers refuse `path` with, checked for plainness."""
    start = time.perf_counter()
    with pytest.raises(GeoImportError, match=match) as caught:
        read_layer(path)
    with pytest.raises(GeoImportError):
        list_layers(path)
    assert time.perf_counter() - start < 2.0
    message = str(caught.value)
    assert message.startswith("The ") and message.endswith((".", ")")) and "\n" not in message
    for jargon in ("GDAL", "OGR", "sqlite3_", "Traceback", "ExpatError", "<DRIVER>"):
        assert jargon not in message
    return message


def test_billion_laughs_gpx(tmp_path: Path) -> None:
    path = tmp_path / "bomb.gpx"
    path.write_text(LAUGHS + '<gpx version="1.1" creator="x"><wpt lat="60" lon="15">'
                    "<name>&lol9;</name></wpt></gpx>")
    assert "refused for safety" in refused(path)


def test_billion_laughs_kml_and_kmz(tmp_path: Path) -> None:
    body = (LAUGHS + '<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>&lol9;'
            "</name><Point><coordinates>15,60</coordinates></Point></Placemark></kml>")
    kml = tmp_path / "bomb.kml"
    kml.write_text(body)
    assert "refused for safety" in refused(kml)
    kmz = tmp_path / "bomb.kmz"
    with zipfile.ZipFile(kmz, "w") as z:
        z.writestr("doc.kml", body)
    assert "refused for safety" in refused(kmz)


def test_external_entity_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "xxe.gpx"
    path.write_text('<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                    '<gpx version="1.1" creator="x"><wpt lat="60" lon="15"><name>&x;</name>'
                    "</wpt></gpx>")
    refused(path, "refused for safety")


@pytest.mark.parametrize(("after", "place"), [
    ("<ele>", "a track point"), ('lon="15.92', "a track point"),
    ("</trkpt>\n", "a track segment"), ("<name>", "a track"),
])
def test_truncated_gpx_says_where(tmp_path: Path, after: str, place: str) -> None:
    text = gpx_track(200, tracks=2)
    cut = text.index(after, len(text) // 3) + len(after)
    path = tmp_path / "cut.gpx"
    path.write_text(text[:cut], encoding="utf-8")
    message = refused(path, f"not a valid GPX file: it ends in the middle of {place} ")
    assert "(line " in message and "cut off" in message


def test_gpx_cut_after_its_last_track(tmp_path: Path) -> None:
    path = tmp_path / "cut.gpx"
    path.write_text(gpx_track(20).removesuffix("</gpx>"), encoding="utf-8")
    refused(path, "it ends before it is complete")


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "it is empty"),
    (b"\x00\x01garbage\xff", "not allowed in XML"),
    (b'<?xml version="1.0"?><html><body/></html>', "not <gpx>"),
    (b'<gpx version="1.1"><trk></gpx>', "closing tag does not match"),
])
def test_broken_gpx(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "broken.gpx"
    path.write_bytes(content)
    refused(path, reason)


def test_zip_with_path_traversal(tmp_path: Path) -> None:
    shp = write_shapefile(tmp_path / "spar.shp", trails(), ["a", "b"])
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for part in tmp_path.glob("spar.*"):
            z.write(part, part.name)
        z.writestr("../../../home/user/.bashrc", "echo owned")
    assert shp.exists()
    assert "points outside the archive" in refused(archive)


@pytest.mark.parametrize("name", ["/etc/cron.d/x", "C:\\Windows\\x.dll", "a\\..\\..\\x"])
def test_zip_with_absolute_or_windows_names(tmp_path: Path, name: str) -> None:
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr(name, "x")
    refused(archive, "refused for safety")


def test_zip_bomb(tmp_path: Path) -> None:
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z, \
            z.open("huge.shp", "w", force_zip64=True) as member:
        block = bytes(1 << 20)
        for _ in range(24):  # 24 MB of zeros in about 24 kB
            member.write(block)
    assert archive.stat().st_size < 200_000
    assert "zip bomb" in refused(archive)


def test_zip_with_too_many_members(tmp_path: Path) -> None:
    archive = tmp_path / "many.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for i in range(2_001):
            z.writestr(f"f{i}.txt", "")
    refused(archive, "far more than any map data")


def test_zip_without_geodata(tmp_path: Path) -> None:
    archive = tmp_path / "docs.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("readme.txt", "hej")
    refused(archive, "holds no map data")


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "fake.zip"
    path.write_bytes(os.urandom(4000))
    refused(path, "not a readable zip archive")


def test_truncated_geopackage(tmp_path: Path) -> None:
    import numpy as np
    import shapely
    from pyogrio.raw import write

    whole = tmp_path / "whole.gpkg"
    write(str(whole), np.array(shapely.to_wkb(trails() * 200), dtype=object),
          [np.array(["x"] * 400, dtype=object)], ["namn"], geometry_type="LineString",
          crs="EPSG:3006", driver="GPKG", layer="spar")
    data = whole.read_bytes()
    for cut in (100, 5000, len(data) // 2):
        path = tmp_path / f"cut{cut}.gpkg"
        path.write_bytes(data[:cut])
        refused(path)


def test_random_bytes_named_shp(tmp_path: Path) -> None:
    path = tmp_path / "random.shp"
    path.write_bytes(os.urandom(10_000))
    refused(path)
    # with a plausible shapefile header but no .shx/.dbf
    path.write_bytes(bytes.fromhex("0000270a") + os.urandom(10_000))
    refused(path)


def test_random_bytes_named_gpkg_fgb_geojson_osm(tmp_path: Path) -> None:
    for suffix in (".gpkg", ".fgb", ".geojson", ".osm", ".kmz"):
        path = tmp_path / f"random{suffix}"
        path.write_bytes(os.urandom(5_000))
        refused(path)


def test_unsupported_extension_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "karta.dwg"
    path.write_bytes(b"AC1032")
    refused(path, "cannot read .dwg files")
    refused(tmp_path / "finns-inte.gpx", "could not be found")


def test_geojson_named_gpx(tmp_path: Path) -> None:
    path = tmp_path / "wrong.gpx"
    path.write_text('{"type": "FeatureCollection", "features": []}')
    refused(path, "not a valid GPX file")


def test_zip_with_a_corrupt_member(tmp_path: Path) -> None:
    from tests.geo.helpers import gpx_track as track

    archive = tmp_path / "trasig.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("spar.gpx", track(2000))
    data = bytearray(archive.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = os.urandom(64)  # inside the compressed stream
    archive.write_bytes(bytes(data))
    refused(archive)


def test_zipped_member_that_is_not_what_its_name_says(tmp_path: Path) -> None:
    archive = tmp_path / "fel.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("spar.gpx", "<html><body>Not found</body></html>")
    refused(archive, "The file spar.gpx in the zip archive is not a GPX file: its content is")


@pytest.mark.parametrize(("method", "name"), [(9, "Deflate64"), (14, "LZMA"), (93, "Zstandard")])
@pytest.mark.parametrize("suffix", [".zip", ".kmz"])
def test_a_member_packed_in_an_unusual_way_is_named_not_called_damaged(
        tmp_path: Path, method: int, name: str, suffix: str) -> None:
    from tests.geo.helpers import patch_zip

    archive = tmp_path / f"7zip{suffix}"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as z:
        z.writestr("doc.kml" if suffix == ".kmz" else "spar.gpx",
                   '<kml xmlns="http://www.opengis.net/kml/2.2"/>' if suffix == ".kmz"
                   else gpx_track(20))
    message = refused(patch_zip(archive, method=method))
    assert f"packed with {name}, which the program cannot unpack" in message
    assert "re-pack it as an ordinary zip" in message and "damaged" not in message


@pytest.mark.parametrize("suffix", [".zip", ".kmz"])
def test_a_zip_marked_version_6_4_says_so(tmp_path: Path, suffix: str) -> None:
    """zipfile raises NotImplementedError("zip file version 6.4"): it was an 'unexpected
    error' and exit 1."""
    from tests.geo.helpers import patch_zip

    archive = tmp_path / f"ny{suffix}"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as z:
        z.writestr("doc.kml" if suffix == ".kmz" else "spar.gpx", gpx_track(20))
    message = refused(patch_zip(archive, version=64))
    assert "zip version 6.4" in message and "re-pack it as an ordinary zip" in message
