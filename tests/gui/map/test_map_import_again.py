"""The map's import dialog for issue 16: the same file twice (ask: replace or add, never a
silent duplicate), a coordinate system the coordinates cannot be in (refused, OK blocked
until a fitting one is chosen), and a GPX read from its routes (said in the summary)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from destination_norberg.core.trails import DEFAULT_STALE_DAYS
from destination_norberg.gui.common import i18n
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.events.planning_data import PlanningStore
from destination_norberg.gui.map import geodata_io
from destination_norberg.gui.map.geodata_io import GeoImportDialog, run_import
from destination_norberg.gui.map.page import MapPage
from tests.gui.map.test_map_page import write_line

LOAD_TIMEOUT_MS = 20_000

ROUTE_GPX = """<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
<rte><name>Planerad slinga</name>
<rtept lat="60.0600" lon="15.9200"/><rtept lat="60.0650" lon="15.9300"/>
<rtept lat="60.0700" lon="15.9350"/></rte>
<trk><name>Start</name><trkseg><trkpt lat="60.06" lon="15.92"/></trkseg></trk>
</gpx>
"""


@pytest.fixture
def page(qtbot, demo_url, demo_engine, fixed_now):
    i18n.install(QApplication.instance(), "en")
    runner = TaskRunner()
    page = MapPage(PlanningStore(demo_url, lambda: demo_engine), runner, lambda: fixed_now,
                   lambda: DEFAULT_STALE_DAYS)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.reload()
    yield page
    page.stop()
    runner.shutdown()


def _accepting(seen: dict, target: str = "trails", layer_name: str = ""):
    def accept(dialog: GeoImportDialog) -> int:
        dialog.ui.target.setCurrentIndex(dialog.ui.target.findData(target))
        if layer_name:
            dialog.ui.layerName.setText(layer_name)
        seen["summary"] = dialog.ui.summary.text()
        dialog.ui.buttonBox.accepted.emit()
        return dialog.result()
    return accept


def test_the_same_file_twice_asks_and_never_duplicates(page, tmp_path, monkeypatch) -> None:
    seen: dict = {}
    asked: list[tuple] = []
    answer: list[str | None] = []
    monkeypatch.setattr(GeoImportDialog, "exec", _accepting(seen))
    monkeypatch.setattr(geodata_io, "ask_existing",
                        lambda page, what, found, total, name="": (
                            asked.append((what, found, total)) or answer[0]))
    src = write_line(tmp_path / "ny.geojson", "EPSG:3006")
    before = len(page.data.trails)
    assert run_import(page, src)
    page.load_blocking()
    assert len(page.data.trails) == before + 1 and not asked

    answer[:] = [None]  # cancelled at the question: nothing written
    assert not run_import(page, src)
    assert asked == [("trails", 1, 1)]
    page.load_blocking()
    assert len(page.data.trails) == before + 1

    answer[:] = ["replace"]  # the file's line is the stored one: unchanged
    assert run_import(page, src)
    page.load_blocking()
    assert len(page.data.trails) == before + 1
    assert "1 unchanged" in page.ui.state.text()

    answer[:] = ["add"]  # the user asked for a second one
    assert run_import(page, src)
    page.load_blocking()
    assert len(page.data.trails) == before + 2


def test_a_reference_layer_of_the_same_name_asks(page, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(GeoImportDialog, "exec", _accepting({}, "layer", "Slingor"))
    answer: list[str | None] = ["replace"]
    monkeypatch.setattr(geodata_io, "ask_existing",
                        lambda page, what, found, total, name="": answer[0])
    src = write_line(tmp_path / "slingor.geojson", "EPSG:3006")
    assert run_import(page, src)
    page.load_blocking()
    assert [la.name for la in page.data.layers] == ["Slingor"]
    assert run_import(page, src)  # replaced: still one layer, one feature
    page.load_blocking()
    assert [(la.name, len(la.features)) for la in page.data.layers] == [("Slingor", 1)]
    assert "replaced" in page.ui.state.text()
    answer[:] = ["add"]
    assert run_import(page, src)
    page.load_blocking()
    assert [la.name for la in page.data.layers] == ["Slingor", "Slingor (2)"]


def test_a_crs_the_coordinates_cannot_be_in_is_refused(page, tmp_path, monkeypatch) -> None:
    seen: dict = {}

    def choose(dialog: GeoImportDialog) -> int:
        dialog.ui.crsCode.setText("4326")  # SWEREF 99 TM metres taken for degrees
        dialog.ui.crsCode.editingFinished.emit()
        seen["problem"] = dialog.ui.problem.text()
        dialog.ui.buttonBox.accepted.emit()
        seen["accepted_wrong"] = dialog.result() == GeoImportDialog.DialogCode.Accepted
        dialog.ui.crsCode.setText("3006")
        dialog.ui.crsCode.editingFinished.emit()
        seen["problem_after"] = dialog.ui.problem.isVisible()
        dialog.ui.buttonBox.accepted.emit()
        return dialog.result()
    monkeypatch.setattr(GeoImportDialog, "exec", choose)
    before = len(page.data.trails)
    assert run_import(page, write_line(tmp_path / "utan.geojson", None))
    assert "cannot be in WGS 84" in seen["problem"]
    assert "SWEREF 99 TM metres" in seen["problem"]
    assert not seen["accepted_wrong"] and not seen["problem_after"]
    page.load_blocking()
    assert len(page.data.trails) == before + 1


def test_a_gpx_of_one_point_tracks_is_read_from_its_routes(page, tmp_path,
                                                           monkeypatch) -> None:
    seen: dict = {}
    monkeypatch.setattr(GeoImportDialog, "exec", _accepting(seen))
    src = tmp_path / "planerad.gpx"
    src.write_text(ROUTE_GPX, encoding="utf-8")
    assert run_import(page, src)
    assert "routes were read instead" in seen["summary"]
    page.load_blocking()
    assert any(t.row.name == "Planerad slinga" for t in page.data.trails)


def test_ask_existing_offers_replace_add_and_cancel(page, monkeypatch) -> None:
    clicked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        clicked.append(box.text())
        button = next(b for b in box.buttons() if b.text() == "Add as new")
        button.click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert geodata_io.ask_existing(page, "trails", 2, 3) == "add"
    assert "2 of the 3 lines" in clicked[0]
