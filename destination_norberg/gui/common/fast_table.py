"""A table model for 100,000 rows that filters and sorts in Python, not in Qt.

QSortFilterProxyModel calls `data()` through Python for every comparison: 0.5–2 s to filter
and 10 s to sort 100,000 rows (DESIGN.md §4). Here the rows are plain columns of text held
once; a search narrows a list of row numbers with one pass of `in` over a precomputed
lower-case haystack per row (and only over the previous hits when the text grew), and a sort
is a numpy argsort of a per-column rank computed once, in Swedish order (å, ä, ö after z).
The view is told with one model reset.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from destination_norberg.core.text import fold, swedish_key

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
MUTED = QColor("#7a8591")
ALERT = QColor("#b3261e")



def text_rank(values: Sequence[str]) -> np.ndarray:
    """Each value's place in Swedish order (core.text.swedish_key), ties in given order;
    plain Python and numpy, so a worker may compute it for `set_rows(ranks=…)`."""
    keys = [swedish_key(v) for v in values]
    order = np.asarray(sorted(range(len(keys)), key=keys.__getitem__), np.int64)
    rank = np.empty(len(order), np.int64)
    rank[order] = np.arange(len(order))
    return rank

class FastTableModel(QAbstractTableModel):
    """Rows are column lists of display text; `keys` identify rows (database ids)."""

    def __init__(self, headers: Sequence[str] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._columns: list[list[str]] = []
        self._keys: list[Any] = []
        self._hay: list[str] = []
        self._tones: list[str | None] = []
        self._numeric_values: dict[int, np.ndarray] = {}
        self._ranks: dict[int, np.ndarray] = {}
        self._visible = np.zeros(0, np.int64)
        self._filter_text = ""
        self._filter_hits: np.ndarray | None = None  # rows matching the text alone
        self._mask: np.ndarray | None = None  # extra filters (category, follow-up due …)
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- data in --------------------------------------------------------------------------

    def set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def set_rows(self, columns: Sequence[Sequence[str]], keys: Sequence[Any],
                 haystack: Sequence[str], tones: Sequence[str | None] | None = None,
                 numeric: dict[int, Sequence[float]] | None = None,
                 ranks: dict[int, np.ndarray] | None = None) -> None:
        """Replace everything; the filter and sort in force are applied again.

        `haystack[i]` is what a search looks in for row i (name, tags, category, people …),
        already folded (core.text.fold: lower case, no accents). `numeric[col]` sorts that
        column by number, not text. `ranks[col]` is `text_rank` of that column computed
        already (in the worker: at 100,000 rows the Swedish order takes a second).
        """
        self.beginResetModel()
        self._columns = [list(c) for c in columns]
        self._keys = list(keys)
        self._hay = list(haystack)
        self._tones = list(tones) if tones is not None else [None] * len(self._keys)
        self._numeric_values = {c: np.asarray(v, float) for c, v in (numeric or {}).items()}
        self._ranks = dict(ranks or {})
        self._filter_hits = None
        self._visible = self._compute_visible()
        self.endResetModel()

    # --- filter and sort ------------------------------------------------------------------

    def set_filter(self, text: str, mask: np.ndarray | None = None) -> None:
        """Words that must all occur (in any order); `mask`: rows allowed by other filters."""
        text = " ".join(fold(text).split())  # the haystack is core.text.fold's form
        if text != self._filter_text or self._filter_hits is None:
            grew = self._filter_hits is not None and self._filter_text and \
                text.startswith(self._filter_text)
            self._filter_hits = self._search(text, self._filter_hits if grew else None)
            self._filter_text = text
        self._mask = mask
        self.beginResetModel()
        self._visible = self._compute_visible(search=False)
        self.endResetModel()

    def _search(self, text: str, within: np.ndarray | None) -> np.ndarray | None:
        if not text:
            return None
        hay = self._hay
        rows = range(len(hay)) if within is None else within.tolist()
        for word in text.split():
            rows = [i for i in rows if word in hay[i]]
        return np.asarray(rows, np.int64)

    def _compute_visible(self, search: bool = True) -> np.ndarray:
        if search:
            self._filter_hits = self._search(self._filter_text, None)
        rows = (np.arange(len(self._keys), dtype=np.int64) if self._filter_hits is None
                else self._filter_hits)
        if self._mask is not None and len(self._mask) == len(self._keys):
            rows = rows[self._mask[rows]]
        if self._sort is not None:
            column, order = self._sort
            rank = self._rank(column)
            rows = rows[np.argsort(rank[rows], kind="stable")]
            if order == Qt.SortOrder.DescendingOrder:
                rows = rows[::-1]
        return rows

    def _rank(self, column: int) -> np.ndarray:
        """Each row's place in the column's order, computed once per data set."""
        rank = self._ranks.get(column)
        if rank is None:
            if column in self._numeric_values:
                order = np.argsort(self._numeric_values[column], kind="stable")
                rank = np.empty(len(order), np.int64)
                rank[order] = np.arange(len(order))
            else:
                rank = text_rank(self._columns[column])
            self._ranks[column] = rank
        return rank

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Kept and applied to every later data set (a view sorts before data arrives)."""
        if column < 0 or (self._columns and column >= len(self._columns)):
            return
        if not self._columns:  # nothing to order yet: remembered for set_rows
            self._sort = (column, order)
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._visible = self._compute_visible(search=False)
        self.layoutChanged.emit()

    # --- reading --------------------------------------------------------------------------

    def key_at(self, row: int) -> Any:
        return self._keys[int(self._visible[row])]

    def row_of_key(self, key: Any) -> int | None:
        try:
            source = self._keys.index(key)
        except ValueError:
            return None
        hits = np.flatnonzero(self._visible == source)
        return int(hits[0]) if len(hits) else None

    def visible_keys(self) -> list[Any]:
        return [self._keys[i] for i in self._visible.tolist()]

    def total(self) -> int:
        return len(self._keys)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        source = int(self._visible[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            return self._columns[column][source] if column < len(self._columns) else ""
        if role == KEY_ROLE:
            return self._keys[source]
        if role == Qt.ItemDataRole.ForegroundRole:
            tone = self._tones[source]
            return QBrush(ALERT if tone == "alert" else MUTED) if tone else None
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
