"""The background map from a Lantmäteriet Topografi file: every layer (or the one named)
stored as basemap layers in one unit, re-imported layers replaced, undo and redo of the
window's import, bad files writing nothing; the command line says what the store holds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from destination_norberg.app import basemap as bm
from destination_norberg.app.errors import AppError
from destination_norberg.cli import main
from destination_norberg.store import models as m
from destination_norberg.store.opening import open_database
from tests.basemap.topografi import layers, write_topografi
from tests.conftest import REALDATA

pytestmark = pytest.mark.both_engines

SAMPLES = REALDATA / "sweref99tm"


@pytest.fixture(scope="module")
def gpkg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_topografi(tmp_path_factory.mktemp("topo") / "topografi.gpkg")


def stored(url: str) -> dict[str, list[tuple[str, str]]]:
    """{layer name: [(objekttyp, label)]} of the basemap layers in the database."""
    engine = open_database(url)
    try:
        with engine.connect() as conn:
            out: dict[str, list[tuple[str, str]]] = {}
            for layer_id, name, source in conn.execute(select(
                    m.MapLayer.id, m.MapLayer.name, m.MapLayer.source).order_by(m.MapLayer.id)):
                if not bm.is_basemap(source):
                    continue
                out[bm.basemap_kind(name)] = [
                    (json.loads(props)["objekttyp"], label) for label, props in conn.execute(
                        select(m.MapFeature.name, m.MapFeature.properties)
                        .where(m.MapFeature.layer_id == layer_id).order_by(m.MapFeature.id))]
            return out
    finally:
        engine.dispose()


def test_every_layer_of_the_file_is_stored_with_its_classes(gpkg: Path, demo_url: str) -> None:
    done = bm.import_basemap_file(demo_url, gpkg)
    expected = layers()
    assert dict(done.layers) == {name: len(rows) for name, rows in expected.items()}
    held = stored(demo_url)
    assert set(held) == set(expected)
    assert [k for k, _l in held["mark"]] == [k for k, _g, _a in expected["mark"]]
    assert ("Tätort", "Norberg") in held["text"]
    assert ("Lokalgata stor", "Bergsmansgatan") in held["vaglinje"]
    assert done.replaced == 0 and done.features == sum(len(r) for r in expected.values())


def test_importing_again_replaces_and_one_layer_can_be_named(gpkg: Path, demo_url: str) -> None:
    bm.import_basemap_file(demo_url, gpkg)
    again = bm.import_basemap_file(demo_url, gpkg, "vaglinje")
    assert again.layers == (("vaglinje", 6),) and again.replaced == 1
    held = stored(demo_url)
    assert len(held) == 5 and len(held["vaglinje"]) == 6  # not stacked twice


def test_undo_takes_the_import_away_and_puts_back_what_it_replaced(gpkg: Path,
                                                                   demo_url: str) -> None:
    bm.import_basemap_file(demo_url, gpkg, "text")
    engine = open_database(demo_url)
    try:
        layers_, empty = bm.read_basemap(gpkg, "mark")
        assert not empty
        done = bm.write_basemap(engine, layers_)
        second = bm.read_basemap(gpkg, "text")[0]
        replaced = bm.write_basemap(engine, second)
        assert replaced.replaced == 1
        bm.swap_basemap(engine, list(replaced.after), list(replaced.before))
        assert set(stored(demo_url)) == {"text", "mark"}
        bm.swap_basemap(engine, list(done.after), [])
        assert set(stored(demo_url)) == {"text"}
    finally:
        engine.dispose()


def test_a_broken_file_writes_nothing(tmp_path: Path, demo_url: str) -> None:
    bad = tmp_path / "karta.gpkg"
    bad.write_bytes(b"not a geopackage at all")
    with pytest.raises(AppError, match=r"karta\.gpkg"):
        bm.import_basemap_file(demo_url, bad)
    with pytest.raises(AppError, match="no file"):
        bm.import_basemap_file(demo_url, tmp_path / "missing.gpkg")
    assert stored(demo_url) == {}


def test_the_command_line_says_what_was_stored(gpkg: Path, demo_url: str, capsys) -> None:
    assert main(["--db", demo_url, "import", "basemap", str(gpkg), "--json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert said["layers"] == {k: len(v) for k, v in stored(demo_url).items()}
    assert main(["--db", demo_url, "import", "basemap", str(gpkg), "--layer", "mark"]) == 0
    assert "1 layer(s) of an earlier import replaced" in capsys.readouterr().out
    assert main(["--db", demo_url, "import", "basemap", str(gpkg.with_name("x.gpkg"))]) == 2
    assert "there is no file" in capsys.readouterr().err


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="../shared/realdata absent")
@pytest.mark.parametrize("name, layer, kinds", [
    ("lantmateriet_topografi_mark_EPSG3006.geojson", "mark", {"Barr- och blandskog", "Sjö",
                                                              "Åker", "Låg bebyggelse"}),
    ("lantmateriet_topografi_vaglinje_EPSG3006.geojson", "vaglinje", {"Motorväg", "Småväg",
                                                                      "Lokalgata liten"}),
])
def test_lantmateriets_own_extracts(name: str, layer: str, kinds: set[str],
                                    demo_url: str) -> None:
    done = bm.import_basemap_file(demo_url, SAMPLES / name)
    held = stored(demo_url)[layer]
    assert done.layers == ((layer, len(held)),)
    assert kinds <= {k for k, _l in held}
    assert all(k and not k.endswith(".0") for k, _l in held)
