"""The snow page's weather buttons and their dialogs: files previewed then imported in one
go; SMHI's stations listed, downloaded and imported from a loopback SMHI; the forecast."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from destination_norberg.gui.common import i18n
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.snow.weather_dialogs import SmhiFetchDialog, WeatherImportDialog
from tests.app.test_smhi_online import counts, smhi  # noqa: F401 - the loopback SMHI fixture

FILES = Path(__file__).resolve().parents[2] / "exchange" / "smhi_files"
TIMEOUT_MS = 15_000


@pytest.fixture
def runner():
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'gui.sqlite'}"


def cells(table, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_import_previews_then_imports_in_one_go(qtbot, runner, url, tmp_path) -> None:
    i18n.install(QApplication.instance(), "en")
    dialog = WeatherImportDialog(url, runner)
    qtbot.addWidget(dialog)
    bad = tmp_path / "notes.txt"
    bad.write_text("hello")
    files = [FILES / "smhi-opendata_2_95990_fixture.csv",
             FILES / "smhi-api_6_95999_latest-months.json", FILES / "snow1g_norberg.json", bad]
    dialog.read_files(files)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 4, timeout=TIMEOUT_MS)
    assert cells(dialog.table, 1)[:2] == ["Fagersta test (95990)", "Norberg test (95999)"]
    assert cells(dialog.table, 2)[:2] == ["air temperature, daily mean (2)",
                                          "relative humidity, hourly (6)"]
    assert cells(dialog.table, 3)[0] == "19 Nov 2026 – 21 Nov 2026"
    assert cells(dialog.table, 4)[:2] == ["3", "6"]
    assert "not an SMHI download" in cells(dialog.table, 5)[3]
    assert not Path(url.removeprefix("sqlite:///")).exists()  # previews write nothing
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT_MS):
        dialog.import_button.click()
    stored = counts(url)
    assert stored["weather_reading"] == 9 and stored["weather_forecast"] > 200
    assert "Imported" in dialog.status.text()


def test_swedish_texts(qtbot, runner, url) -> None:
    i18n.install(QApplication.instance(), "sv")
    try:
        dialog = SmhiFetchDialog(url, runner)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Hämta från SMHI"
        assert dialog.parameter.itemText(0) == "lufttemperatur, timvärde (1)"
        imp = WeatherImportDialog(url, runner)
        qtbot.addWidget(imp)
        assert imp.choose.text() == "Välj filer…"
    finally:
        i18n.install(QApplication.instance(), "en")


def test_fetch_lists_stations_downloads_and_imports(qtbot, runner, url, smhi) -> None:  # noqa: F811
    i18n.install(QApplication.instance(), "en")
    dialog = SmhiFetchDialog(url, runner)
    qtbot.addWidget(dialog)
    dialog.parameter.setCurrentIndex(dialog.parameter.findData(6))
    dialog.list_stations()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=TIMEOUT_MS)
    assert cells(dialog.table, 0) == ["Norberg test", "Falun-Lugnet"]
    assert not dialog.fetch_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.fetch_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT_MS):
        dialog.fetch_button.click()
    assert counts(url)["weather_reading"] == 6
    assert "6 readings from 1 station" in dialog.status.text()
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT_MS):
        dialog.forecast_button.click()
    assert counts(url)["weather_forecast"] > 200


def test_a_server_error_is_one_sentence(qtbot, runner, url, smhi) -> None:  # noqa: F811
    i18n.install(QApplication.instance(), "en")
    dialog = SmhiFetchDialog(url, runner)
    qtbot.addWidget(dialog)
    dialog.list_stations()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=TIMEOUT_MS)
    dialog.stations = [type(dialog.stations[0])(95000, "Broken", 60.0, 15.9, True, None, None,
                                                1.0)]
    dialog.table.selectRow(0)
    dialog.fetch_selected()
    qtbot.waitUntil(lambda: "SMHI answered 500" in dialog.status.text(), timeout=TIMEOUT_MS)
    assert "\n" not in dialog.status.text()
    assert not Path(url.removeprefix("sqlite:///")).exists()


def test_a_server_error_is_worded_in_swedish(qtbot, runner, url, smhi) -> None:  # noqa: F811
    """The online problems are named (AppError.key) and worded in the window's language."""
    i18n.install(QApplication.instance(), "sv")
    dialog = SmhiFetchDialog(url, runner)
    qtbot.addWidget(dialog)
    dialog.list_stations()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=TIMEOUT_MS)
    dialog.stations = [type(dialog.stations[0])(95000, "Broken", 60.0, 15.9, True, None, None,
                                                1.0)]
    dialog.table.selectRow(0)
    dialog.fetch_selected()
    qtbot.waitUntil(lambda: "SMHI svarade med fel 500" in dialog.status.text(),
                    timeout=TIMEOUT_MS)
    assert "nothing" not in dialog.status.text()


def test_an_unreachable_smhi_is_worded_in_swedish(qtbot) -> None:
    from destination_norberg.app.errors import AppError
    from destination_norberg.gui.snow.weather_dialogs import message_of

    i18n.install(QApplication.instance(), "sv")
    text = message_of(AppError("SMHI could not be reached (timed out) …", "unreachable",
                               reason="timed out"))
    assert text.startswith("SMHI gick inte att nå (timed out)")
    assert message_of(AppError("Some new problem.", "unknown-key")) == "Some new problem."


def test_the_snow_page_offers_both(qtbot, runner, demo_url, demo_engine, fixed_now) -> None:
    from PySide6.QtWidgets import QToolButton

    from destination_norberg.core.trails import DEFAULT_STALE_DAYS
    from destination_norberg.gui.events.planning_data import PlanningStore
    from destination_norberg.gui.snow.page import SnowPage

    i18n.install(QApplication.instance(), "sv")
    try:
        page = SnowPage(PlanningStore(demo_url, lambda: demo_engine), runner,
                        lambda: fixed_now, lambda: DEFAULT_STALE_DAYS)
        qtbot.addWidget(page)
        buttons = {b.objectName(): b.text() for b in page.findChildren(QToolButton)}
        assert buttons["import_weather"] == "Importera väderdata…"
        assert buttons["fetch_weather"] == "Hämta från SMHI…"
        for dialog in (page.open_weather_import(), page.open_smhi_fetch()):
            qtbot.addWidget(dialog)
            assert dialog.isVisible()
            dialog.reject()
    finally:
        i18n.install(QApplication.instance(), "en")


def test_the_forecast_is_its_own_curve(qtbot) -> None:
    from datetime import UTC, datetime, timedelta

    from destination_norberg.gui.snow.plots import TemperaturePlot

    i18n.install(QApplication.instance(), "en")
    plot = TemperaturePlot()
    qtbot.addWidget(plot)
    t0 = datetime(2026, 11, 26, 7, tzinfo=UTC)
    forecast = [(t0 + timedelta(hours=h), -5.0) for h in range(48)]
    scenario = [(t0 + timedelta(hours=h), -1.0) for h in range(48, 96)]
    plot.set_data([], scenario, forecast=forecast)
    names = [s.name for s in plot.series]
    assert names[0] == "SMHI forecast" and len(names) == 2
    assert len(plot.series[0].x) == 48
    pens = {item.name(): item.opts["pen"].color().name()
            for item in plot.getPlotItem().listDataItems() if item.name() in names}
    assert pens["SMHI forecast"] != pens[names[1]]
