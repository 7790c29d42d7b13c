from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from destination_norberg.gui.common.table_model import Row, SnapshotTableModel

HEADERS = ("When", "Event", "Place", "Status")
ROWS = [
    Row(cells=("tors 26 nov. 18:00", "Informationsmöte", "Folkets hus", "planerad"), key=1),
    Row(cells=("fre 4 dec.", "Vinterstråket", "Torget", "inställd"), key=2, tone="alert",
        tooltip="Del av Vintervecka 2027"),
    Row(cells=("lör 5 dec.", "Julmarknad"), key=3, tone="muted"),  # fewer cells than columns
]

Display = Qt.ItemDataRole.DisplayRole
Foreground = Qt.ItemDataRole.ForegroundRole
ToolTip = Qt.ItemDataRole.ToolTipRole


def cell(model: SnapshotTableModel, row: int, column: int, role: int = Display) -> object:
    return model.data(model.index(row, column), role)


def test_empty_model_passes_the_model_tester(qtmodeltester) -> None:
    model = SnapshotTableModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    assert model.columnCount() == 0


def test_empty_model_with_headers_passes_the_model_tester(qtmodeltester) -> None:
    model = SnapshotTableModel(HEADERS)
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    assert model.columnCount() == 4
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == list(HEADERS)


def test_model_with_rows_passes_the_model_tester(qtmodeltester) -> None:
    model = SnapshotTableModel(HEADERS)
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (3, 4)
    assert cell(model, 0, 1) == "Informationsmöte"
    assert cell(model, 1, 2) == "Torget"
    assert model.row_at(1).key == 2


def test_set_rows_resets_and_still_passes_the_model_tester(qtmodeltester, qtbot) -> None:
    model = SnapshotTableModel(HEADERS)
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    with (qtbot.waitSignal(model.modelAboutToBeReset, timeout=1000),
          qtbot.waitSignal(model.modelReset, timeout=1000)):
        model.set_rows(ROWS[:1])
    assert model.rowCount() == 1
    assert cell(model, 0, 1) == "Informationsmöte"
    model.set_rows([])
    assert model.rowCount() == 0
    assert cell(model, 0, 0) is None  # an index from before the reset is no row any more
    qtmodeltester.check(model)


def test_the_model_keeps_its_own_copy_of_the_rows() -> None:
    rows = list(ROWS)
    model = SnapshotTableModel(HEADERS)
    model.set_rows(rows)
    rows.clear()
    assert model.rowCount() == 3


def test_missing_cells_read_as_empty_text() -> None:
    model = SnapshotTableModel(HEADERS)
    model.set_rows(ROWS)
    assert cell(model, 2, 1) == "Julmarknad"
    assert cell(model, 2, 3) == ""


def test_alert_tone_colours_the_text() -> None:
    model = SnapshotTableModel(HEADERS)
    model.set_rows(ROWS)
    brush = cell(model, 1, 0, Foreground)
    assert isinstance(brush, QBrush)
    assert brush.color() == QColor("#b3261e")
    # every column of an alert row carries the tone
    assert all(cell(model, 1, c, Foreground) == brush for c in range(4))


def test_muted_tone_is_grey_and_plain_rows_use_the_default_colour() -> None:
    model = SnapshotTableModel(HEADERS)
    model.set_rows(ROWS)
    assert cell(model, 2, 0, Foreground).color() == QColor("#7a8591")
    assert cell(model, 0, 0, Foreground) is None


def test_tooltip_only_where_the_row_has_one() -> None:
    model = SnapshotTableModel(HEADERS)
    model.set_rows(ROWS)
    assert cell(model, 1, 1, ToolTip) == "Del av Vintervecka 2027"
    assert cell(model, 0, 1, ToolTip) is None


def test_items_are_read_only() -> None:
    model = SnapshotTableModel(HEADERS)
    model.set_rows(ROWS)
    flags = model.flags(model.index(0, 0))
    assert flags & Qt.ItemFlag.ItemIsEnabled
    assert flags & Qt.ItemFlag.ItemIsSelectable
    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert not model.setData(model.index(0, 0), "changed")
    assert cell(model, 0, 0) == "tors 26 nov. 18:00"


def test_a_table_has_no_children() -> None:
    model = SnapshotTableModel(HEADERS)
    model.set_rows(ROWS)
    parent = model.index(0, 0)
    assert model.rowCount(parent) == 0
    assert model.columnCount(parent) == 0


def test_header_changes_are_announced(qtbot) -> None:
    model = SnapshotTableModel(HEADERS)
    with qtbot.waitSignal(model.headerDataChanged, timeout=1000) as blocker:
        model.set_headers(["När", "Evenemang", "Plats", "Status"])
    assert blocker.args == [Qt.Orientation.Horizontal, 0, 3]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "När"
    assert model.headerData(4, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
