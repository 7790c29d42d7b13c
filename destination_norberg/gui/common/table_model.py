"""A read-only table model over immutable row snapshots (never a live session)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from destination_norberg.gui.common.plain import shown, tip

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[str, ...]
    key: int | None = None
    tone: str | None = None  # "alert" (overdue, cancelled) or "muted"
    tooltip: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


TONES = {"alert": QColor("#b3261e"), "muted": QColor("#7a8591")}


class SnapshotTableModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = list(headers)
        self._rows: list[Row] = []

    def set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:  # capped: a 200,000-character title
            return shown(row.cells[index.column()]) if index.column() < len(row.cells) else ""
        if role == Qt.ItemDataRole.ForegroundRole and row.tone in TONES:
            return QBrush(TONES[row.tone])
        if role == Qt.ItemDataRole.ToolTipRole and row.tooltip:
            return tip(row.tooltip)  # Qt would render an HTML-looking tooltip as HTML
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
