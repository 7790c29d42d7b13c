"""The snow plots' key (legend) wraps between its entries at the plot's width: nothing of it
runs past the right edge at 1280×720, and no entry is split from its line sample."""

from __future__ import annotations

from destination_norberg.gui.snow.plots import TimePlot, _key_html

ENTRIES = [("Norberg (demo, fiktiv)", "#1f77b4", False),
           ("premiär 1 december: 1 dec., ≥ 30 cm", "#7f5fbf", True),
           ("Engelbrektsloppet 2027: 14 feb., ≥ 40 cm", "#e07b00", True)]


def test_a_long_key_wraps_inside_a_narrow_plot(qtbot) -> None:
    plot = TimePlot(y_axis="")
    qtbot.addWidget(plot)
    plot.resize(420, 300)
    plot.show()
    qtbot.waitExposed(plot)
    plot.set_title_key(_key_html(ENTRIES, 4))
    label = plot.getPlotItem().titleLabel
    text = label.item
    narrow = text.boundingRect()
    assert narrow.width() <= plot.width()
    plot.resize(1400, 300)
    qtbot.wait(10)
    wide = text.boundingRect()
    assert wide.height() < narrow.height()  # wrapped in the narrow plot, fewer lines here


def test_entries_keep_their_sample_and_name_together() -> None:
    html = _key_html(ENTRIES, 4)
    assert html.count("white-space:nowrap") == len(ENTRIES)


def test_value_axes_group_thousands_as_the_language_does(qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    from destination_norberg.gui.common import i18n
    from destination_norberg.gui.snow import texts
    plot = TimePlot(y_axis="")
    qtbot.addWidget(plot)
    axis = plot.getPlotItem().getAxis("left")
    i18n.install(QApplication.instance(), "en")
    assert axis.tickStrings([11000.0, 12000.0], 1.0, 1000.0) == ["11,000", "12,000"]
    assert axis.tickStrings([0.5, 2.5], 1.0, 0.5) == ["0.5", "2.5"]
    assert texts.station_name("Norberg (demo, fiktiv)") == "Norberg (demo, fictional)"
    i18n.install(QApplication.instance(), "sv")
    assert axis.tickStrings([11000.0, 12000.0], 1.0, 1000.0) == ["11\u00a0000", "12\u00a0000"]
    assert axis.tickStrings([0.5, 2.5], 1.0, 0.5) == ["0,5", "2,5"]
    assert texts.station_name("Norberg (demo, fiktiv)") == "Norberg (demo, fiktiv)"
    assert texts.station_name("Avesta A") == "Avesta A"
