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
