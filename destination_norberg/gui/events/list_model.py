"""The event list: a table model over a snapshot of EventRecords, filtered and sorted in Python.

No QSortFilterProxyModel: for 100k rows it takes seconds (it calls `data()` per comparison,
DESIGN.md §4). `apply_filter` narrows a list of row numbers and resets the model; `sort` orders
that list with precomputed keys and keeps persistent indexes (the view's selection) on their
events. Debounce the search field in the view that calls `apply_filter`.

Search: every word of the text must occur in the event's Swedish or English name, place,
organiser or description, ignoring case and accents ("ostra" finds "Östra", "ENGELBREKT"
finds "Engelbrektsloppet").

Grouping: a child's name is shown as "↳ name" (indented per level) with its parent in the
tooltip. Sorted by When, children follow their parent (in time order within the group); sorted
by another column the list is flat, so each column's order is exact.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from destination_norberg.core.events import EventRecord
from destination_norberg.core.text import fold, sort_key
from destination_norberg.core.timeutil import now_utc, to_local
from destination_norberg.core.vocab import EventStatus
from destination_norberg.gui.common import labels
from destination_norberg.gui.common.plain import tip
from destination_norberg.gui.events.colors import (
    KIND_COLOURS,
    MUTED_INK,
    OTHER_COLOUR,
    EventSpan,
    display_name,
    kind_label,
    part_of,
    span_of,
)

Index = QModelIndex | QPersistentModelIndex

WHEN, NAME, KIND, STATUS, PLACE, ORGANISER = range(6)
COLUMN_COUNT = 6
# The event's id, for views that act on the row (open, select in the calendar).
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_STATUS_ORDER = {EventStatus.IDEA: 0, EventStatus.PLANNED: 1, EventStatus.CONFIRMED: 2,
                 EventStatus.CANCELLED: 3}
_MUTED = QBrush(QColor(MUTED_INK))


class EventListModel(QAbstractTableModel):
    """Columns: When, Name, Kind, Status, Place, Organiser. `EVENT_ID_ROLE` gives the id."""

    def __init__(self, parent: Any = None, *, clock: Callable[[], datetime] = now_utc) -> None:
        super().__init__(parent)
        self._clock = clock
        self._language = "sv"
        self._records: list[EventRecord] = []
        self._spans: dict[int, EventSpan] = {}  # local spans, for shown rows only
        self._rank: list[int] = []  # each event's place in time order (start, end, id)
        self._depth: list[int] = []
        self._parent_index: list[int | None] = []
        self._index_of_id: dict[int, int] = {}
        self._rows: list[int] = []  # indexes into _records, in display order
        self._row_of: dict[int, int] | None = None  # event id → row, built on demand
        self._cells: dict[int, tuple[str, ...]] = {}
        self._haystack: list[str] | None = None
        self._keys: dict[int, list[Any]] = {}
        self._filter: tuple[str, set[str] | None, set[str] | None, set[int] | None,
                            set[int] | None] = ("", None, None, None, None)
        self._sort_column = WHEN
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._strike_font = QFont()
        self._strike_font.setStrikeOut(True)

    # --- public API -----------------------------------------------------------------------

    def set_events(self, events: Sequence[EventRecord], language: str = "sv") -> None:
        """A new snapshot; the current filter and sort order are kept."""
        self.beginResetModel()
        self._records = list(events)
        self._spans = {}
        self._rank = _time_ranks(self._records)
        self._index_of_id = {e.id: n for n, e in enumerate(self._records) if e.id is not None}
        self._parent_index = [self._index_of_id.get(e.parent_id) if e.parent_id is not None
                              else None for e in self._records]
        self._depth = [self._depth_of(n) for n in range(len(self._records))]
        self._haystack = None
        self._language = language
        self._clear_caches()
        self._rows = self._filtered()
        self._sort_rows()
        self.endResetModel()

    def set_language(self, language: str) -> None:
        """Names (and so the name order) in `language`; headers follow the installed catalogue."""
        self.beginResetModel()
        self._language = language
        self._clear_caches()
        self._sort_rows()
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)

    def apply_filter(self, text: str = "", kinds: set[str] | None = None,
                     statuses: set[str] | None = None, place_ids: set[int] | None = None,
                     organiser_ids: set[int] | None = None) -> int:
        """Keep the events that match everything given; None means "any", an empty set
        matches nothing. Returns the number of rows."""
        self.beginResetModel()
        self._filter = (text, kinds, statuses, place_ids, organiser_ids)
        self._rows = self._filtered()
        self._sort_rows()
        self.endResetModel()
        return len(self._rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(index, self._rows[index.row()]) for index in persistent
                if index.isValid() and index.row() < len(self._rows)]
        self._sort_column, self._sort_order = column, order
        self._sort_rows()
        row_of = self._row_map_by_record()
        self.changePersistentIndexList(
            [index for index, _ in held],
            [self.index(row_of[record], index.column()) for index, record in held])
        self.layoutChanged.emit()

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def record_at(self, row: int) -> EventRecord:
        return self._records[self._rows[row]]

    def records(self) -> list[EventRecord]:
        """The shown events (filtered), in display order: what the calendar and timeline get."""
        records = self._records
        return [records[n] for n in self._rows]

    def row_of(self, event_id: int) -> int | None:
        """The row showing `event_id`, or None when it is filtered out or unknown."""
        if self._row_of is None:
            self._row_of = {self._records[r].id: n for n, r in enumerate(self._rows)
                            if self._records[r].id is not None}
        return self._row_of.get(event_id)

    def total_count(self) -> int:
        """Events in the snapshot, filtered or not."""
        return len(self._records)

    # --- Qt model -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        n = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells_of(n)[column]
        record = self._records[n]
        cancelled = record.status == EventStatus.CANCELLED
        if role == Qt.ItemDataRole.ForegroundRole and cancelled:
            return _MUTED
        if role == Qt.ItemDataRole.FontRole and cancelled and column == NAME:
            return self._strike_font
        if role == Qt.ItemDataRole.DecorationRole and column == KIND:
            return QColor(KIND_COLOURS.get(record.kind, OTHER_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(self._tooltip(n))  # names and descriptions shown as text
        if role == EVENT_ID_ROLE:
            return record.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < COLUMN_COUNT):
            return _headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- internals ----------------------------------------------------------------------------

    def _clear_caches(self) -> None:
        self._cells = {}
        self._keys = {}
        self._row_of = None

    def _depth_of(self, n: int) -> int:
        depth, seen, parent = 0, {n}, self._parent_index[n]
        while parent is not None and parent not in seen:
            seen.add(parent)
            depth += 1
            parent = self._parent_index[parent]
        return depth

    def _name(self, n: int) -> str:
        return display_name(self._records[n], self._language)

    def _cells_of(self, n: int) -> tuple[str, ...]:
        cells = self._cells.get(n)
        if cells is None:
            record = self._records[n]
            depth = self._depth[n]
            prefix = "    " * (depth - 1) + "↳ " if depth else ""
            cells = (self._when(n), prefix + self._name(n), kind_label(record.kind),
                     labels.event_status(record.status), record.place_name or "",
                     record.organiser_name or "")
            self._cells[n] = cells
        return cells

    def _span(self, n: int) -> EventSpan:
        span = self._spans.get(n)
        if span is None:
            span = self._spans[n] = span_of(self._records[n])
        return span

    def _when(self, n: int) -> str:
        span = self._span(n)
        this_year = to_local(self._clock()).year
        if span.multi_day:
            return (f"{labels.fmt_short_day(span.first_day, this_year)} – "
                    f"{labels.fmt_short_day(span.last_day, this_year)}")
        day = labels.fmt_short_day(span.first_day, this_year)
        return day if span.all_day else f"{day} {span.start:%H:%M}"

    def _tooltip(self, n: int) -> str:
        record = self._records[n]
        lines = [self._name(n)]
        parent = self._parent_index[n]
        if parent is not None:
            lines.append(part_of(self._name(parent)))
        description = record.description_en if self._language == "en" and \
            record.description_en else record.description_sv
        if description:
            lines.append(description)
        return "\n".join(lines)

    def _filtered(self) -> list[int]:
        text, kinds, statuses, place_ids, organiser_ids = self._filter
        rows = range(len(self._records))
        records = self._records
        if kinds is not None:
            rows = [n for n in rows if records[n].kind in kinds]
        if statuses is not None:
            rows = [n for n in rows if records[n].status in statuses]
        if place_ids is not None:
            rows = [n for n in rows if records[n].place_id in place_ids]
        if organiser_ids is not None:
            rows = [n for n in rows if records[n].organiser_id in organiser_ids]
        terms = fold(text).split()
        if terms:
            hay = self._haystacks()
            for term in terms:
                rows = [n for n in rows if term in hay[n]]
        return list(rows)

    def _haystacks(self) -> list[str]:
        """One folded text per event, built on the first search of a snapshot."""
        if self._haystack is None:
            self._haystack = [fold("\n".join((e.name_sv, e.name_en, e.place_name or "",
                                              e.organiser_name or "", e.description_sv,
                                              e.description_en)))
                              for e in self._records]
        return self._haystack

    def _sort_keys(self, column: int) -> list[Any]:
        keys = self._keys.get(column)
        if keys is None:
            records, rank, language = self._records, self._rank, self._language
            if column == WHEN:
                keys = rank
            elif column == NAME:
                keys = [sort_key(display_name(e, language), language) for e in records]
            elif column == KIND:
                keys = [sort_key(kind_label(e.kind), language) for e in records]
            elif column == STATUS:
                keys = [_STATUS_ORDER.get(e.status, 9) for e in records]
            elif column == PLACE:
                keys = [(e.place_name is None, sort_key(e.place_name or "", language))
                        for e in records]
            else:
                keys = [(e.organiser_name is None, sort_key(e.organiser_name or "", language))
                        for e in records]
            # Ties in time order (the rank is unique): a stable, repeatable list.
            if column != WHEN:
                keys = [(k, r) for k, r in zip(keys, rank, strict=True)]
            self._keys[column] = keys
        return keys

    def _sort_rows(self) -> None:
        keys = self._sort_keys(self._sort_column)
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        self._rows.sort(key=keys.__getitem__, reverse=descending)
        if self._sort_column == WHEN:
            self._rows = self._grouped(self._rows)
        self._row_of = None

    def _grouped(self, ordered: list[int]) -> list[int]:
        """Children right after their parent (each level in the given order) when the parent
        is in the list; a child whose parent is filtered out stands on its own."""
        present = set(ordered)
        children: dict[int, list[int]] = {}
        roots: list[int] = []
        for n in ordered:
            parent = self._parent_index[n]
            if parent is not None and parent in present and parent != n:
                children.setdefault(parent, []).append(n)
            else:
                roots.append(n)
        if not children:
            return ordered
        out: list[int] = []
        for root in roots:
            if root not in children:
                out.append(root)
                continue
            stack = [root]  # a tree below a root: every node is reached once
            while stack:
                n = stack.pop()
                out.append(n)
                stack.extend(reversed(children.get(n, ())))
        if len(out) < len(ordered):  # members of a parent cycle (bad data) have no root
            placed = set(out)
            out += [n for n in ordered if n not in placed]
        return out

    def _row_map_by_record(self) -> dict[int, int]:
        return {n: row for row, n in enumerate(self._rows)}


def _timestamp(instant: datetime) -> float:
    """UTC instants order like their local times; a naive one is UTC (as to_local takes it)."""
    return (instant if instant.tzinfo is not None else instant.replace(tzinfo=UTC)).timestamp()


def _time_ranks(records: Sequence[EventRecord]) -> list[int]:
    """Each record's position in (start, end, id) order: later sorts by time compare ints."""
    starts = [_timestamp(e.starts_at) for e in records]
    ends = [_timestamp(e.ends_at) if e.ends_at is not None else s
            for e, s in zip(records, starts, strict=True)]
    ids = [e.id or 0 for e in records]
    order = list(range(len(records)))
    # Three stable sorts on plain numbers beat one sort on tuples by a factor of three.
    order.sort(key=ids.__getitem__)
    order.sort(key=ends.__getitem__)
    order.sort(key=starts.__getitem__)
    rank = [0] * len(records)
    for position, n in enumerate(order):
        rank[n] = position
    return rank


def _headers() -> tuple[str, ...]:
    return (QCoreApplication.translate("EventListModel", "When"),
            QCoreApplication.translate("EventListModel", "Name"),
            QCoreApplication.translate("EventListModel", "Kind"),
            QCoreApplication.translate("EventListModel", "Status"),
            QCoreApplication.translate("EventListModel", "Place"),
            QCoreApplication.translate("EventListModel", "Organiser"))
