"""The editable stops of one stråk: order, organisation, opening hours and the two offers.

The model holds plain `StrakStopRecord`s and replaces a row's record on every edit, so
`stops()` is always a snapshot the page can compare with what was loaded. Positions are kept
as loaded until the order changes (adding, removing, moving), then renumbered 1..n in the
order of the rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from destination_norberg.core.events import StrakStopRecord
from destination_norberg.core.hours import HoursError, parse_hours
from destination_norberg.gui.common.combos import SharedChoices
from destination_norberg.gui.common.plain import tip
from destination_norberg.gui.common.table_fit import two_line

Index = QModelIndex | QPersistentModelIndex

ORDER, ORGANISATION, OPENING, OFFER_SV, OFFER_EN = range(5)
COLUMNS = 5
ALERT = QColor("#b3261e")
MUTED = QColor("#7a8591")


class StrakStopsModel(QAbstractTableModel):
    """Emits `stops_changed` after every edit, whatever its kind."""

    stops_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stops: list[StrakStopRecord] = []
        self._names: dict[int, str] = {}
        self._locations: dict[int, tuple[float, float]] = {}
        #: the Organisation column's picker list, one for every edit (OrganisationDelegate)
        self.choices = SharedChoices(self)

    # --- loading and reading --------------------------------------------------------------

    def set_organisations(self, organisations: Sequence[tuple[int, str, str]],
                          locations: Mapping[int, tuple[float, float]] | None = None) -> None:
        """(id, name, category) as the snapshot lists them; locations by organisation id."""
        self._names = {org_id: name for org_id, name, *_ in organisations}
        self._locations = dict(locations or {})
        self.choices.set_choices(self._names.items(), QCoreApplication.translate(
            "OrganisationDelegate", "(none)"))

    def organisations(self) -> list[tuple[int, str]]:
        return list(self._names.items())

    def set_stops(self, stops: Sequence[StrakStopRecord]) -> None:
        """Rows in walking order (by position, ties as given); positions are not touched."""
        self.beginResetModel()
        self._stops = sorted(stops, key=lambda s: s.position)
        self.endResetModel()
        self.stops_changed.emit()

    def stops(self) -> tuple[StrakStopRecord, ...]:
        return tuple(self._stops)

    def stop_at(self, row: int) -> StrakStopRecord:
        return self._stops[row]

    # --- structure edits ----------------------------------------------------------------

    def add_stop(self) -> int:
        """A new last stop without organisation or hours (it follows the stråk hours)."""
        row = len(self._stops)
        self.beginInsertRows(QModelIndex(), row, row)
        self._stops.append(StrakStopRecord(position=row + 1, organisation_id=None))
        self.endInsertRows()
        self._renumber()
        return row

    def remove_stop(self, row: int) -> None:
        if not 0 <= row < len(self._stops):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._stops[row]
        self.endRemoveRows()
        self._renumber()

    def move_stop(self, row: int, target: int) -> int:
        """Move the stop at `row` to `target` (clamped); returns the row it ended on."""
        if not 0 <= row < len(self._stops):
            return row
        target = max(0, min(target, len(self._stops) - 1))
        if target == row:
            return row
        # Qt counts the destination before the move: moving down lands before target + 1.
        destination = target + 1 if target > row else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._stops.insert(target, self._stops.pop(row))
        self.endMoveRows()
        self._renumber()
        return target

    def _renumber(self) -> None:
        """Positions 1..n in row order; only changed rows are reported."""
        changed = [row for row, stop in enumerate(self._stops) if stop.position != row + 1]
        for row in changed:
            self._stops[row] = replace(self._stops[row], position=row + 1)
        if changed:
            self.dataChanged.emit(self.index(min(changed), ORDER),
                                  self.index(max(changed), ORDER))
        self.stops_changed.emit()

    # --- Qt model -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._stops)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else COLUMNS

    def headers(self) -> list[str]:
        return [self.tr("Order"), self.tr("Organisation"), self.tr("Opening"),
                self.tr("Offer (Swedish)"), self.tr("Offer (English)")]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:  # "Offer\n(Swedish)": fits a narrow column
            return two_line(self.headers()[section])
        if role == Qt.ItemDataRole.ToolTipRole and section == OPENING:
            return self.tr("The stop's hours on stråk days, e.g. 16–20 or 10–14, 16–20. "
                           "Empty: the stop keeps the stråk hours.")
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self._stops:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._stops) - 1,
                                                               COLUMNS - 1))

    def _organisation_name(self, stop: StrakStopRecord) -> str:
        if stop.organisation_id is None:
            return ""
        return (self._names.get(stop.organisation_id) or stop.organisation_name
                or f"#{stop.organisation_id}")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._stops):
            return None
        stop = self._stops[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ORGANISATION and stop.organisation_id is None:
                return self.tr("(choose an organisation)")
            return self._text(stop, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == ORDER:
                return stop.position
            if column == ORGANISATION:
                return stop.organisation_id
            return self._text(stop, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == ORGANISATION and stop.organisation_id is None:
                return QBrush(ALERT)
            if column == OPENING and self._unreadable(stop):
                return QBrush(ALERT)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ORDER:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._tooltip(stop, column)
            return tip(text) if text else text  # offers shown as text
        return None

    def _text(self, stop: StrakStopRecord, column: int) -> str:
        return {ORDER: str(stop.position), ORGANISATION: self._organisation_name(stop),
                OPENING: stop.opening, OFFER_SV: stop.offer_sv,
                OFFER_EN: stop.offer_en}[column]

    @staticmethod
    def _unreadable(stop: StrakStopRecord) -> bool:
        if not stop.opening.strip():
            return False
        try:
            parse_hours(stop.opening)
        except HoursError:
            return True
        return False

    def _tooltip(self, stop: StrakStopRecord, column: int) -> str | None:
        if column == OPENING:
            if not stop.opening.strip():
                return self.tr("No hours of its own: the stop keeps the stråk hours.")
            if self._unreadable(stop):
                return self.tr("These hours cannot be read. Write them as 16–20, "
                               "or 10–14, 16–20, or stängt.")
            return None
        if column in (OFFER_SV, OFFER_EN):
            return self._text(stop, column) or None
        if column == ORGANISATION and stop.organisation_id is None:
            return self.tr("Every stop needs an organisation before the stråk can be saved.")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt override
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or not 0 <= index.row() < len(self._stops)):
            return False
        row, column = index.row(), index.column()
        stop = self._stops[row]
        if column == ORDER:
            try:
                wanted = int(value)
            except (TypeError, ValueError):
                return False
            self.move_stop(row, wanted - 1)
            return True
        if column == ORGANISATION:
            org_id = int(value) if value is not None else None
            if org_id is not None and org_id not in self._names:
                return False
            x, y = (None, None) if org_id is None else self._locations.get(org_id, (None, None))
            name = None if org_id is None else self._names.get(org_id)
            new = replace(stop, organisation_id=org_id, organisation_name=name, x=x, y=y)
        else:
            text = str(value or "").strip()
            field = {OPENING: "opening", OFFER_SV: "offer_sv", OFFER_EN: "offer_en"}[column]
            new = replace(stop, **{field: text})
        if new == stop:
            return True
        self._stops[row] = new
        self.dataChanged.emit(index, index)
        self.stops_changed.emit()
        return True


class OrganisationDelegate(QStyledItemDelegate):
    """The Organisation column is edited with a combo of the snapshot's organisations."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                     index: Index) -> QWidget:
        model = index.model()
        if not isinstance(model, StrakStopsModel):
            return super().createEditor(parent, option, index)
        # The model's one shared list with a completer: a drop-down of 100,000 organisations
        # filled item by item took seconds on every edit.
        combo = model.choices.picker(parent, index.data(Qt.ItemDataRole.EditRole))
        combo.setMaxVisibleItems(20)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt override
        model = index.model()
        if isinstance(editor, QComboBox) and isinstance(model, StrakStopsModel):
            editor.setCurrentIndex(model.choices.row_of(index.data(Qt.ItemDataRole.EditRole)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802 - Qt override
                     index: Index) -> None:
        if isinstance(editor, QComboBox) and isinstance(model, StrakStopsModel):
            model.setData(index, model.choices.value_of(editor), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
