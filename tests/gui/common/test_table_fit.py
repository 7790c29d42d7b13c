"""table_fit.fit_columns: the columns fit the table's width, a date column never cut, the
least useful columns left out when the table is narrow and back when it is wide."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from destination_norberg.gui.common import table_fit

DATE = "onsdag 30 september 2026"


def _table(qtbot) -> tuple[QTableView, table_fit.ColumnFitter]:
    model = QStandardItemModel(0, 4)
    model.setHorizontalHeaderLabels(["Name", "Town", "Date", "Number"])
    for i in range(5):
        model.appendRow([QStandardItem(f"Organisation {i}"), QStandardItem("Norberg"),
                         QStandardItem(DATE), QStandardItem("556677-8899")])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    fitter = table_fit.fit_columns(view, (150, 90, 60, 100), drop_order=(3, 1), whole=(2,))
    return view, fitter


def _shown(view: QTableView) -> list[int]:
    return [c for c in range(4) if not view.isColumnHidden(c)]


def test_a_narrow_table_leaves_out_the_least_useful_columns_and_keeps_the_date_whole(
        qtbot) -> None:
    view, _fitter = _table(qtbot)
    view.resize(420, 200)
    view.show()
    QApplication.processEvents()
    assert _shown(view) == [0, 2]
    assert view.columnWidth(2) >= view.fontMetrics().horizontalAdvance(DATE)
    assert view.horizontalHeader().length() <= view.viewport().width()
    view.resize(900, 200)
    QApplication.processEvents()
    assert _shown(view) == [0, 1, 2, 3]
    assert view.horizontalHeader().length() <= view.viewport().width()
