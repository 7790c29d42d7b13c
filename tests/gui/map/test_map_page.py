"""The map area: the trail map and snow map on the demo data, selection both ways,
import with preview, export, and the map as an image."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog

from destination_norberg.core.trails import DEFAULT_STALE_DAYS
from destination_norberg.gui.common import i18n
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.events.planning_data import PlanningStore
from destination_norberg.gui.map.geodata_io import (
    GeoImportDialog,
    run_export,
    run_import,
    save_map_image,
)
from destination_norberg.gui.map.page import MapPage

LOAD_TIMEOUT_MS = 20_000


@pytest.fixture
def page(qtbot, demo_url, demo_engine, fixed_now):
    i18n.install(QApplication.instance(), "en")
    runner = TaskRunner()
    page = MapPage(PlanningStore(demo_url, lambda: demo_engine), runner, lambda: fixed_now,
                   lambda: DEFAULT_STALE_DAYS)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.reload()
    yield page
    page.stop()
    runner.shutdown()


def names(page: MapPage) -> list[str]:
    return [layer.name for layer in page.canvas.layers()]


def test_the_trail_map_has_every_layer(page) -> None:
    # issue 17: the trails' names lie on top of everything
    assert names(page) == ["trail-names", "venues", "businesses", "stops", "routes",
                           "trails"][::-1]
    trails = page.canvas.layer("trails")
    assert len(trails) == 18
    classes = {e.key for e in page.canvas.legend() if e.layer == "trails"}
    assert classes == {"clear", "minor", "significant", "closed"}
    assert len(page.canvas.layer("stops")) == 22 and len(page.canvas.layer("businesses")) == 60
    x0, y0, x1, y1 = page.canvas.view_rect()
    assert x0 < 551_400 < x1 and y0 < 6_659_000 < y1  # zoomed to Norberg


def test_colour_by_grade_and_the_snow_map(page) -> None:
    page.ui.colourBy.setCurrentIndex(page.ui.colourBy.findData("grade"))
    classes = {e.key for e in page.canvas.legend() if e.layer == "trails"}
    assert classes <= {"grön", "blå", "röd", "svart", "none"} and "grön" in classes
    page.set_view("snowmap")
    assert "businesses" not in names(page) and "guarantee" in names(page)
    assert len(page.canvas.layer("trails")) == 6  # the ski loops only
    assert len(page.canvas.layer("guarantee")) == 2
    assert not page.ui.colourBy.isEnabled()


def test_a_trail_selected_shows_its_details_and_opens_in_the_register(page, qtbot) -> None:
    trail = next(t for t in page.data.trails if t.row.name == "Gruvstigen")
    assert page.show_trail(trail.row.id)
    assert page.canvas.selection() == ("trails", trail.row.id)
    assert page.ui.detailTitle.text() == "Gruvstigen"
    assert "3.4 km" in page.ui.details.toPlainText()
    assert page.ui.openTrailButton.isVisible()
    with qtbot.waitSignal(page.open_trail) as blocker:
        page.ui.openTrailButton.click()
    assert blocker.args == [trail.row.id]
    x0, _y0, x1, _y1 = page.canvas.view_rect()
    assert x1 - x0 < 6_000  # zoomed in on the trail
    page.canvas.clear_selection()
    assert page.ui.detailTitle.text() == "Nothing selected"


def write_line(path: Path, crs: str | None) -> Path:
    doc: dict = {"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {"name": "Nyslingan", "difficulty": "red"},
        "geometry": {"type": "LineString",
                     "coordinates": [[551_000.0, 6_658_000.0], [551_600.0, 6_658_800.0]]}}]}
    if crs:
        doc["crs"] = {"type": "name", "properties": {"name": crs}}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_import_previews_asks_and_writes_on_ok(page, qtbot, tmp_path, monkeypatch) -> None:
    seen: dict = {}

    def accept(dialog: GeoImportDialog) -> int:
        seen["preview"] = page.canvas.layer("preview") is not None
        seen["summary"] = dialog.ui.summary.text()
        seen["crs"] = dialog.ui.crs.currentData()
        seen["name_field"] = dialog.ui.nameField.currentData()
        dialog.ui.buttonBox.accepted.emit()
        return dialog.result()
    monkeypatch.setattr(GeoImportDialog, "exec", accept)
    src = write_line(tmp_path / "ny.geojson", None)  # metres without a CRS: asked
    before = len(page.data.trails)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.import_geodata_from(src)
    assert seen["preview"] and seen["crs"] == 3006 and seen["name_field"] == "name"
    assert "Check the coordinate system" in seen["summary"]
    assert page.canvas.layer("preview") is None  # the preview goes with the dialog
    assert len(page.data.trails) == before + 1
    new = max(page.data.trails, key=lambda t: t.row.id)
    assert new.row.name == "Nyslingan" and str(new.row.grade_colour) == "röd"


def test_a_cancelled_import_writes_nothing(page, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(GeoImportDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    before = len(page.data.trails)
    assert not run_import(page, write_line(tmp_path / "a.geojson", "EPSG:3006"))
    page.load_blocking()
    assert len(page.data.trails) == before


def test_a_broken_file_is_told_not_written(page, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: told.append(args[2]))
    broken = tmp_path / "trasig.gpx"
    broken.write_text("<?xml version='1.0'?><gpx><trk><trkseg><trkpt lat='60'", "utf-8")
    assert not run_import(page, broken)
    assert told and "Traceback" not in told[0]


def test_export_and_map_image(page, tmp_path) -> None:
    gpx = tmp_path / "leder.gpx"
    assert run_export(page, gpx, "gpx")
    assert gpx.read_text(encoding="utf-8").count("<trk>") == 20  # 18 trails and 2 routes
    png = tmp_path / "karta.png"
    assert save_map_image(page, png, 25_000)
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1753, 1240)  # A4 landscape at 150 dpi
    pdf = tmp_path / "karta.pdf"
    assert save_map_image(page, pdf, 50_000)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000


def test_the_register_and_the_map_show_each_other_s_trail(make_window, demo_url, qtbot) -> None:
    window = make_window(demo_url)
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        window.start()
    window.select_area("trails")
    trails = window.trails_area.trails
    with qtbot.waitSignal(trails.loaded, timeout=LOAD_TIMEOUT_MS):
        trails.reload()
    row = next(r for r in trails.model.all_rows() if r.name == "Hyttbacken")
    trails.select_trail(row.id)
    assert trails.ui.showOnMapButton.isEnabled()
    trails.ui.showOnMapButton.click()
    assert window.current_area() == "map"
    assert window.map_page.canvas.selection() == ("trails", row.id)
    window.map_page.ui.openTrailButton.click()
    assert window.current_area() == "trails" and trails.selected_ids() == [row.id]


def test_a_strak_stop_is_shown_on_the_map_and_back(make_window, demo_url, qtbot) -> None:
    window = make_window(demo_url)
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        window.start()
    window.select_area("events")
    events = window.events_page
    events.load_blocking()
    events.ui.tabs.setCurrentIndex(1)
    strak = events.strak_page
    strak.select_row(2)  # the third stop of the first stråk
    stop = strak.stops_model.stop_at(2)
    assert strak.ui.showStopOnMap.isEnabled()
    strak.ui.showStopOnMap.click()
    assert window.current_area() == "map"
    strak_id = strak.original.id
    assert window.map_page.canvas.selection() == ("stops", f"{strak_id}:{stop.position}")
    assert window.map_page.ui.openTrailButton.text() == "Show in the stråk editor"
    strak.ui.stopsTable.clearSelection()
    window.map_page.ui.openTrailButton.click()
    assert window.current_area() == "events"
    assert strak.selected_row() == 2


def test_an_imported_layer_is_drawn_and_can_be_removed(page, qtbot, demo_engine,
                                                       monkeypatch) -> None:
    from types import SimpleNamespace

    from PySide6.QtWidgets import QMessageBox

    from destination_norberg.core.geometry import Geometry
    from destination_norberg.store.geodata_store import import_reference_layer

    area = SimpleNamespace(geometry=Geometry("Polygon", (((550_000.0, 6_655_000.0),
                                                          (553_000.0, 6_655_000.0),
                                                          (553_000.0, 6_658_000.0),
                                                          (550_000.0, 6_655_000.0)),)),
                           attributes={"namn": "Testområde"})
    layer_id = import_reference_layer(demo_engine, [area], "Testlager", name_field="namn")
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.reload()
    name = f"ref:{layer_id}:area"
    assert names(page)[0] == name  # under the program's own layers
    page.panel.select_layer("trails")
    assert not page.remove_layer_button.isEnabled()  # the program's own layers stay
    page.panel.select_layer(name)
    assert page.remove_layer_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.remove_layer_button.click()
    assert name not in names(page) and page.data.layers == []


def test_a_business_is_shown_on_the_map_and_back(make_window, demo_url, qtbot) -> None:
    window = make_window(demo_url)
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        window.start()
    window.select_area("network")
    network = window.network_page
    network.load_blocking()
    org = next(o for o in network.snapshot.organisations if o.has_location)
    network.select_organisation(org.id)
    qtbot.waitUntil(lambda: network.detail is not None, timeout=LOAD_TIMEOUT_MS)
    network.ui.showOnMapButton.click()
    assert window.current_area() == "map"
    assert window.map_page.canvas.selection() == ("businesses", org.id)
    assert window.map_page.ui.openTrailButton.text() == "Show in the network"
    network.ui.table.clearSelection()
    window.map_page.ui.openTrailButton.click()
    assert window.current_area() == "network" and network.current_id == org.id
