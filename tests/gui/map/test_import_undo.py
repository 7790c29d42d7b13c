"""Every geodata import in the window is one undo step: trails, a reference layer, a stråk's
route; undo removes what it added (or puts the old route back), redo writes it again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from destination_norberg.gui.map.geodata_io import GeoImportDialog

LOAD_TIMEOUT_MS = 20_000


def write_lines(path: Path, suffix: str = "", count: int = 2) -> Path:
    features = [{"type": "Feature", "properties": {"name": name + suffix},
                 "geometry": {"type": "LineString",
                              "coordinates": [[551_000.0 + i * 300, 6_658_000.0],
                                              [551_600.0 + i * 300, 6_658_800.0]]}}
                for i, name in enumerate(("Nyslingan", "Nybacken")[:count])]
    path.write_text(json.dumps({"type": "FeatureCollection", "crs": {
        "type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3006"}},
        "features": features}), encoding="utf-8")
    return path


@pytest.fixture
def page(make_window, demo_url, load, qtbot):
    window = make_window(demo_url)
    load(window)
    window.select_area("map")
    page = window.map_page
    qtbot.waitUntil(lambda: page.data is not None, timeout=LOAD_TIMEOUT_MS)
    page.window_ = window
    return page


def import_as(page, qtbot, monkeypatch, path: Path, target: str, strak: int = 0) -> None:
    def accept(dialog: GeoImportDialog) -> int:
        dialog.ui.target.setCurrentIndex(dialog.ui.target.findData(target))
        dialog.ui.strak.setCurrentIndex(strak)
        dialog.ui.layerName.setText("Nya leder")
        dialog.ui.buttonBox.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(GeoImportDialog, "exec", accept)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.import_geodata_from(path)


def reread(page, qtbot, step) -> None:
    """Do `step` and wait for the map's read of its result: a read already running when the
    step wrote is followed by another (AreaLoader's pending read), so wait for both."""
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        step()
    qtbot.waitUntil(lambda: not page.loader.loading, timeout=LOAD_TIMEOUT_MS)


def trail_names(page) -> set[str]:
    return {t.row.name for t in page.data.trails}


def test_a_trails_import_is_one_undo_step(page, qtbot, monkeypatch, tmp_path) -> None:
    stack = page.window_.undo_stack
    before = trail_names(page)
    import_as(page, qtbot, monkeypatch, write_lines(tmp_path / "nya.geojson"), "trails")
    assert trail_names(page) == before | {"Nyslingan", "Nybacken"}
    assert stack.undoText() == "Import 2 trail(s) from nya.geojson"
    reread(page, qtbot, stack.undo)
    assert trail_names(page) == before
    reread(page, qtbot, stack.redo)
    assert trail_names(page) == before | {"Nyslingan", "Nybacken"}
    reread(page, qtbot, stack.undo)
    assert trail_names(page) == before


def test_a_layer_import_is_one_undo_step(page, qtbot, monkeypatch, tmp_path) -> None:
    stack = page.window_.undo_stack
    import_as(page, qtbot, monkeypatch, write_lines(tmp_path / "vagar.geojson"), "layer")
    assert [la.name for la in page.data.layers] == ["Nya leder"]
    assert stack.undoText() == "Import the layer Nya leder from vagar.geojson"
    reread(page, qtbot, stack.undo)
    assert page.data.layers == []
    reread(page, qtbot, stack.redo)
    assert [len(la.features) for la in page.data.layers] == [2]


def test_an_import_that_replaced_trails_is_undone_as_one_step(page, qtbot, monkeypatch,
                                                              tmp_path) -> None:
    """The same lines again, renamed, with "replace": undo puts the old names back (and
    takes away what was new), redo the file's; one step each way (issue 15 with 16)."""
    from destination_norberg.gui.map import geodata_io

    stack = page.window_.undo_stack
    before = trail_names(page)
    import_as(page, qtbot, monkeypatch, write_lines(tmp_path / "nya.geojson", count=1),
              "trails")
    monkeypatch.setattr(geodata_io, "ask_existing", lambda *_a, **_k: "replace")
    import_as(page, qtbot, monkeypatch, write_lines(tmp_path / "nya2.geojson", " (ny)"),
              "trails")
    renamed = before | {"Nyslingan (ny)", "Nybacken (ny)"}
    assert trail_names(page) == renamed
    assert stack.undoText() == "Import 2 trail(s) from nya2.geojson"
    reread(page, qtbot, stack.undo)
    assert trail_names(page) == before | {"Nyslingan"}
    reread(page, qtbot, stack.redo)
    assert trail_names(page) == renamed
    reread(page, qtbot, stack.undo)
    reread(page, qtbot, stack.undo)
    assert trail_names(page) == before


def test_a_layer_replaced_from_a_file_is_undone_as_one_step(page, qtbot, monkeypatch,
                                                            tmp_path) -> None:
    from destination_norberg.gui.map import geodata_io

    stack = page.window_.undo_stack
    import_as(page, qtbot, monkeypatch, write_lines(tmp_path / "vagar.geojson", count=1),
              "layer")
    monkeypatch.setattr(geodata_io, "ask_existing", lambda *_a, **_k: "replace")
    import_as(page, qtbot, monkeypatch, write_lines(tmp_path / "vagar2.geojson"), "layer")
    assert [(la.name, len(la.features)) for la in page.data.layers] == [("Nya leder", 2)]
    reread(page, qtbot, stack.undo)
    assert [(la.name, len(la.features)) for la in page.data.layers] == [("Nya leder", 1)]
    reread(page, qtbot, stack.redo)
    assert [(la.name, len(la.features)) for la in page.data.layers] == [("Nya leder", 2)]


def test_a_route_import_is_one_undo_step(page, qtbot, monkeypatch, tmp_path) -> None:
    stack = page.window_.undo_stack
    route = page.data.routes[0]
    old = route.geometry
    import_as(page, qtbot, monkeypatch, write_lines(tmp_path / "rutt.geojson"), "strak")
    new = next(r for r in page.data.routes if r.id == route.id).geometry
    assert new != old and new.coords[0] == (551_000.0, 6_658_000.0)
    assert stack.undoText() == f"Import the route of {route.name} from rutt.geojson"
    reread(page, qtbot, stack.undo)
    assert next(r for r in page.data.routes if r.id == route.id).geometry == old
    reread(page, qtbot, stack.redo)
    assert next(r for r in page.data.routes if r.id == route.id).geometry == new


def test_an_undo_that_finds_reports_since_is_refused(page, qtbot, monkeypatch,
                                                     tmp_path) -> None:
    from PySide6.QtWidgets import QMessageBox

    stack = page.window_.undo_stack
    import_as(page, qtbot, monkeypatch, write_lines(tmp_path / "nya.geojson"), "trails")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))
    with page.store.engine.begin() as conn:  # another coordinator reports on a new trail
        conn.execute(text(
            "INSERT INTO trail_report (trail_id, reported_at, status, author, note) "
            "SELECT id, :at, 'closed', '', '' FROM trail WHERE name = 'Nyslingan'"),
            {"at": "2026-11-26 08:00:00"})
    stack.undo()
    assert told and "Someone else changed" in told[0]
    assert {"Nyslingan", "Nybacken"} <= trail_names(page)
    assert stack.count() == 0  # the step that cannot be undone is dropped


def test_removing_an_imported_layer_is_one_undo_step(page, qtbot, monkeypatch,
                                                     tmp_path) -> None:
    stack = page.window_.undo_stack
    import_as(page, qtbot, monkeypatch, write_lines(tmp_path / "vagar.geojson"), "layer")
    layer = page.data.layers[0]
    page.panel.select_layer(next(la.name for la in page.canvas.layers()
                                 if la.name.startswith(f"ref:{layer.id}:")))
    reread(page, qtbot, page.remove_layer_button.click)
    assert page.data.layers == []
    assert stack.undoText() == "Remove the layer Nya leder"
    reread(page, qtbot, stack.undo)
    assert [(la.name, len(la.features)) for la in page.data.layers] == [("Nya leder", 2)]
    reread(page, qtbot, stack.redo)
    assert page.data.layers == []
