"""The layout checker itself (tests/gui/layout_check.py) finds what is cut off, and only
that: a narrow button, label, header, tab and drop-down are named, roomy ones are not."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from destination_norberg.gui.common.table_fit import SCROLLS_COLUMNS, set_widths, two_line
from tests.gui.layout_check import cut_texts


def _host(qtbot, *widgets: QWidget) -> QWidget:
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    for widget in widgets:
        layout.addWidget(widget)
    host.resize(600, 400)
    host.show()
    return host


def test_roomy_widgets_pass_and_cut_ones_are_named(qtbot) -> None:
    roomy, narrow = QPushButton("Spara"), QPushButton("Kopiera till nästa säsong…")
    label = QLabel("Företagsnätverket")
    combo = QComboBox()
    combo.addItem("per rum (2 personer)")
    host = _host(qtbot, roomy, narrow, label, combo)
    assert cut_texts(host) == []
    narrow.setFixedWidth(40)
    label.setFixedWidth(30)
    combo.setFixedWidth(50)
    found = "\n".join(cut_texts(host))
    assert "Kopiera till nästa säsong" in found and "Företagsnätverket" in found
    assert "per rum (2 personer)" in found and "'Spara'" not in found


def test_headers_and_columns_off_screen(qtbot) -> None:
    model = QStandardItemModel(2, 3)
    model.setHorizontalHeaderLabels(["Namn", "Svårighetsgrad", "Preparerad"])
    table = QTableView()
    table.setModel(model)
    host = _host(qtbot, table)
    table.setColumnWidth(1, 30)
    assert any("Svårighetsgrad" in p for p in cut_texts(host))
    set_widths(table, (100, 30, 100))  # never narrower than the header
    assert cut_texts(host) == []
    for column in range(3):
        table.setColumnWidth(column, 400)
    assert any("off-screen" in p for p in cut_texts(host))
    table.setProperty(SCROLLS_COLUMNS, True)  # a register that scrolls on purpose
    assert cut_texts(host) == []


def test_tabs(qtbot) -> None:
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "Snögaranti och beslutsunderlag")
    host = _host(qtbot, tabs)
    assert cut_texts(host) == []
    tabs.tabBar().setUsesScrollButtons(True)
    host.resize(120, 200)
    tabs.setFixedWidth(90)
    qtbot.wait(10)
    assert any("Snögaranti" in p for p in cut_texts(host))


def test_two_line_headers() -> None:
    assert two_line("Erbjudande (svenska)") == "Erbjudande\n(svenska)"
    assert two_line("Persons/unit") == "Persons/\nunit"
    assert two_line("Klartecken / inte än") == "Klartecken /\ninte än"
    assert two_line("Svårighetsgrad") == "Svårighetsgrad"
