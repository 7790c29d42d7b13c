"""The snow settings dialog and the charts' wheel and reset (issue 14)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from destination_norberg.app.snow_settings import snow_settings
from destination_norberg.app.snow_stations import setting_key
from destination_norberg.core.trails import DEFAULT_STALE_DAYS
from destination_norberg.gui.common import i18n
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.events.planning_data import PlanningStore
from destination_norberg.gui.snow.page import SnowPage
from destination_norberg.gui.snow.plots import TimePlot
from destination_norberg.gui.snow.settings_dialog import SnowSettingsDialog
from destination_norberg.store.rows import EngineRows
from destination_norberg.store.settings_repo import read_setting

TIMEOUT_MS = 15_000


@pytest.fixture
def runner():
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def open_dialog(qtbot, demo_url: str, runner: TaskRunner) -> SnowSettingsDialog:
    i18n.install(QApplication.instance(), "sv")
    dialog = SnowSettingsDialog(demo_url, runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.form is not None, timeout=TIMEOUT_MS)
    return dialog


def test_the_dialog_lists_figures_and_stations(qtbot, demo_url, runner) -> None:
    dialog = open_dialog(qtbot, demo_url, runner)
    assert dialog.windowTitle() == "Snöinställningar"
    spin = dialog.spins["snow.cannons"]
    assert spin.value() == 4 and spin.maximum() == 50 and spin.suffix() == " kanoner"
    assert dialog.spins["snow.production_loss"].suffix() == " %"
    assert dialog.spins["snow.daily_max_m3"].value() == 1800
    combo = dialog.combos[("demo-engelbrektsloppet-2027", "temperature")]
    assert combo.itemText(0) == "Närmaste (standard): Norberg (demo, fiktiv), 2,1 km"
    assert combo.itemData(0) is None and combo.itemData(1) == "demo:norberg"
    dialog.resize(1280 - 100, 720 - 100)  # fits a 1280×720 screen, scrolling inside
    dialog.show()
    assert dialog.scroll.isVisible()


def test_saving_writes_the_settings_and_the_page_reads_again(qtbot, demo_url, demo_engine,
                                                            fixed_now, runner) -> None:
    page = SnowPage(PlanningStore(demo_url, lambda: demo_engine), runner, lambda: fixed_now,
                    lambda: DEFAULT_STALE_DAYS)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT_MS):
        page.reload()
    assert page.cards[1][0] == "yellow"
    page.edit_settings()
    dialog = page.settings_dialog
    qtbot.waitUntil(lambda: dialog.form is not None, timeout=TIMEOUT_MS)
    dialog.spins["snow.cannons"].setValue(0)
    combo = dialog.combos[("demo-premiar-1-dec", "snow_depth")]
    combo.setCurrentIndex(1)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT_MS):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert snow_settings(demo_url).cannons == 0
    assert read_setting(EngineRows(demo_engine),
                        setting_key("demo-premiar-1-dec", "snow_depth")) == "demo:norberg"
    assert page.cards[1][0] == "red"  # no cannon, no production: the race is short
    assert page.view is not None and page.view.settings.cannons == 0


def wheel(widget: QWidget, ctrl: bool) -> None:
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier if ctrl
                        else Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_page_and_ctrl_wheel_zooms(qtbot) -> None:
    scroll = QScrollArea()
    qtbot.addWidget(scroll)
    body = QWidget()
    column = QVBoxLayout(body)
    plot = TimePlot(body)
    column.addWidget(plot)
    column.addSpacing(2000)
    scroll.setWidget(body)
    scroll.setWidgetResizable(True)
    scroll.resize(500, 400)
    plot.getPlotItem().plot([0.0, 1.0, 2.0], [0.0, 1.0, 0.0])
    plot.getPlotItem().setRange(xRange=(0, 2), yRange=(0, 1), padding=0)
    plot.remember_view()
    scroll.show()
    qtbot.waitExposed(scroll)
    home = plot.getPlotItem().getViewBox().viewRange()
    bar = scroll.verticalScrollBar()
    assert bar.value() == 0
    wheel(plot.viewport(), ctrl=False)
    assert bar.value() > 0  # the page scrolled …
    assert plot.getPlotItem().getViewBox().viewRange() == home  # … the plot did not zoom
    scrolled = bar.value()
    wheel(plot.viewport(), ctrl=True)
    zoomed = plot.getPlotItem().getViewBox().viewRange()
    assert zoomed != home and bar.value() == scrolled
    plot.reset_action.trigger()
    back = plot.getPlotItem().getViewBox().viewRange()
    assert back[0] == pytest.approx(home[0]) and back[1] == pytest.approx(home[1])
    assert plot.reset_action.text() in ("Reset view", "Återställ vy")
