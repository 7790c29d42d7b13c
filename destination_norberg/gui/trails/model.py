"""The trail register as a table: TrailRow snapshots, filtered and sorted in Python.

No QSortFilterProxyModel (it calls data() per comparison, DESIGN.md §4): `apply_filter`
narrows the rows and resets the model; `sort` orders them with precomputed keys and moves
the persistent indexes (the view's selection) with their trails.

The grade colour is worded in the window's language (grön / green, the words of the partner
files and the status page: app.wording), with a dot in that colour; kinds, statuses and conditions
are translated (the words live in gui.report_dialog). The Reported column holds the local
time and the age; a stale report's age is painted red by `ReportedDelegate` (the model gives
the two parts in `REPORTED_ROLE`). `FittedColumns` keeps every column in view in a narrow
window by letting the wide text columns elide a little.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from destination_norberg.core.text import fold_words, swedish_key
from destination_norberg.core.trail_life import register_visible
from destination_norberg.core.trail_register import TrailRow
from destination_norberg.core.trails import DEFAULT_STALE_DAYS
from destination_norberg.core.vocab import TrailKind, TrailLifecycle, TrailStatus
from destination_norberg.gui.common import labels
from destination_norberg.gui.common.plain import tip
from destination_norberg.gui.trails.life_words import (
    LIFE_ORDER,
    lifecycle_label,
    lifecycle_tooltip,
)
from destination_norberg.gui.trails.report_dialog import (
    ALERT_INK,
    GRADE_COLOURS,
    PLURALS,
    age_text,
    band_label,
    condition_label,
    grade_text,
    grade_tooltip,
    kind_label,
    local_stamp,
    stale_text,
    style_label,
)

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
Index = QModelIndex | QPersistentModelIndex

NAME, KIND, LIFE, GRADE, LENGTH, STATUS, CONDITION, REPORTED, GROOMED = range(9)
COLUMN_COUNT = 9
TRAIL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: (local time text, age text, stale) of the Reported column, for ReportedDelegate.
REPORTED_ROLE = Qt.ItemDataRole.UserRole + 2

MUTED_INK = "#7a8591"
#: Kind filter groups: what a coordinator asks for ("the ski tracks"), not the five codes.
KIND_GROUPS: dict[str, frozenset[TrailKind]] = {
    "mtb": frozenset({TrailKind.MTB}),
    "ski": frozenset({TrailKind.CLASSIC_SKI, TrailKind.SKATE_SKI}),
    "foot": frozenset({TrailKind.HIKING, TrailKind.SNOWSHOE}),
}
#: The status filter's value for trails that were never reported.
NO_REPORT = "none"
#: The lifecycle filter's values besides a state's code: the default (every trail but the
#: retired ones) and every trail.
IN_USE, EVERY_STATE = None, "all"
_STATUS_ORDER = {"clear": 0, "minor": 1, "significant": 2, "closed": 3, None: 4}
_BAND_ORDER = {"today": 0, "1-3": 1, "4-6": 2, "7-10": 3, "11-14": 4, "older": 5, None: 6}
_BAND_COLOURS = {"today": "#2e7d32", "1-3": "#2e7d32", "4-6": "#c77c02"}


_ICONS: dict[str, QIcon] = {}


def dot_icon(colour: str) -> QIcon:
    """A filled circle in `colour` (cached): the grade and status dots."""
    icon = _ICONS.get(colour)
    if icon is None:
        pixmap = QPixmap(24, 24)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(4, 4, 16, 16)
        painter.end()
        icon = _ICONS[colour] = QIcon(pixmap)
    return icon


# --- the model ---------------------------------------------------------------------------


class TrailsModel(QAbstractTableModel):
    """Columns: Name, Kind, Grade, Length km, Status, Condition, Reported, Groomed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[TrailRow] = []
        self._rows: list[TrailRow] = []
        self._now: datetime | None = None
        self._stale_days = DEFAULT_STALE_DAYS
        self._filter: tuple[str | None, str | None, bool, str, str | None] = (
            None, None, False, "", IN_USE)
        self._sort_column = NAME
        self._sort_order = Qt.SortOrder.AscendingOrder

    # --- public API -----------------------------------------------------------------------

    def set_rows(self, rows: Sequence[TrailRow], now: datetime, stale_days: int) -> None:
        """A new snapshot of the register; the filter and the sort order are kept."""
        self.beginResetModel()
        self._all, self._now, self._stale_days = list(rows), now, stale_days
        self._rows = self._filtered()
        self._sort_rows()
        self.endResetModel()

    def apply_filter(self, kind_group: str | None = None, status: str | None = None,
                     only_stale: bool = False, text: str = "",
                     life: str | None = IN_USE) -> int:
        """Keep the trails of `kind_group` (KIND_GROUPS), `status` (a code or NO_REPORT),
        only the stale ones, those whose name or area holds every word of `text`, and of the
        lifecycle `life` (a state's code, IN_USE: all but the retired, EVERY_STATE)."""
        self.beginResetModel()
        self._filter = (kind_group, status, only_stale, text, life)
        self._rows = self._filtered()
        self._sort_rows()
        self.endResetModel()
        return len(self._rows)

    def refresh_labels(self) -> None:
        """The language changed: every cell and header is worded again (rows stay put)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, COLUMN_COUNT - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)

    def rows(self) -> list[TrailRow]:
        """The shown trails, in display order."""
        return list(self._rows)

    def all_rows(self) -> list[TrailRow]:
        return list(self._all)

    def any_not_open(self) -> bool:
        """Whether a listed trail is planned, being built or retired (the Stage column)."""
        return any(r.lifecycle is not TrailLifecycle.OPEN for r in self._rows)

    def row_of(self, trail_id: int) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.id == trail_id), None)

    def trail(self, trail_id: int | None) -> TrailRow | None:
        return next((r for r in self._all if r.id == trail_id), None)

    # --- filtering and sorting ------------------------------------------------------------

    def _filtered(self) -> list[TrailRow]:
        kind_group, status, only_stale, text, life = self._filter
        kinds = KIND_GROUPS.get(kind_group) if kind_group else None
        words = fold_words(text).split()
        out = []
        for r in self._all:
            if life is IN_USE and not register_visible(r.lifecycle, False):
                continue
            if life not in (IN_USE, EVERY_STATE) and str(r.lifecycle) != life:
                continue
            if kinds is not None and r.kind not in kinds:
                continue
            if status is not None and (str(r.status) if r.status else NO_REPORT) != status:
                continue
            if only_stale and not r.stale:
                continue
            if words:
                hay = fold_words(f"{r.name} {r.area} {r.uid}")
                if not all(w in hay for w in words):
                    continue
            out.append(r)
        return out

    def _key(self, r: TrailRow) -> tuple[Any, ...]:
        c = self._sort_column
        never = float("-inf")  # never reported: older than any report
        key: tuple[Any, ...] = {
            NAME: (),
            KIND: (kind_label(r.kind, short=True),),
            LIFE: (LIFE_ORDER.index(r.lifecycle),),
            GRADE: (r.imba if r.imba is not None else 9, r.mtb_scale or 0),
            LENGTH: (r.length_m,),
            STATUS: (_STATUS_ORDER.get(str(r.status) if r.status else None, 4),),
            CONDITION: (condition_label(r.condition) or "\uffff",),
            REPORTED: (r.reported_at.timestamp() if r.reported_at else never,),
            GROOMED: (_BAND_ORDER.get(r.grooming_band, 6) if r.kind.is_ski else 7,
                      -(r.groomed_at.timestamp()) if r.groomed_at else 0.0),
        }[c]
        return (*key, swedish_key(r.name), r.id)

    def _sort_rows(self) -> None:
        self._rows.sort(key=self._key,
                        reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(index, self._rows[index.row()].id) for index in persistent
                if index.isValid() and index.row() < len(self._rows)]
        self._sort_column, self._sort_order = column, order
        self._sort_rows()
        row_of = {r.id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            [index for index, _ in held],
            [self.index(row_of[tid], index.column()) for index, tid in held])
        self.layoutChanged.emit()

    # --- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Kind"), self.tr("Stage"), self.tr("Grade"),
                    self.tr("km"),
                    self.tr("Status"), self.tr("Condition"), self.tr("Reported"),
                    self.tr("Groomed"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == LENGTH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and section == LENGTH:
            return self.tr("Length in kilometres")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == TRAIL_ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.DecorationRole:
            if col == GRADE and r.grade_colour:
                return dot_icon(GRADE_COLOURS.get(r.grade_colour, MUTED_INK))
            if col == STATUS:
                return dot_icon(labels.STATUS_COLOURS.get(
                    str(r.status) if r.status else None, MUTED_INK))
            if col == GROOMED and r.kind.is_ski and r.grooming_band is not None:
                return dot_icon(_BAND_COLOURS.get(r.grooming_band, MUTED_INK))
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == REPORTED and r.stale:
                return QBrush(QColor(ALERT_INK))
            if col == GROOMED and r.grooming_band is None:
                return QBrush(QColor(MUTED_INK))
            if r.lifecycle is not TrailLifecycle.OPEN and col in (NAME, LIFE):
                return QBrush(QColor(MUTED_INK))  # not (or no longer) a trail to ride
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == LENGTH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._tooltip(r, col)
            return tip(text) if text else text  # names and notes shown as text
        if role == REPORTED_ROLE and col == REPORTED:
            stamp = local_stamp(r.reported_at, self._now) if r.reported_at else ""
            return (stamp, age_text(r.report_age_days, short=True), r.stale)
        return None

    def _display(self, r: TrailRow, col: int) -> str:
        if col == NAME:
            return r.name
        if col == KIND:
            return kind_label(r.kind, short=True)
        if col == LIFE:  # only what is not plain "open" is said: the column stays narrow
            return "" if r.lifecycle is TrailLifecycle.OPEN else lifecycle_label(r.lifecycle)
        if col == GRADE:
            return grade_text(r)
        if col == LENGTH:
            return QLocale().toString(r.length_m / 1000, "f", 1)
        if col == STATUS:
            return labels.trail_status(str(r.status) if r.status else None)
        if col == CONDITION:
            return condition_label(r.condition)
        if col == REPORTED:
            if r.reported_at is None:
                return age_text(None)
            stamp = local_stamp(r.reported_at, self._now)
            return f"{stamp} · {age_text(r.report_age_days, short=True)}"
        if col == GROOMED:
            return band_label(r.grooming_band) if r.kind.is_ski else ""
        return ""

    def _tooltip(self, r: TrailRow, col: int) -> str | None:
        if col == NAME:  # the full text when a narrow table elides it
            return f"{r.name} · {r.area}" if r.area else r.name
        if col == KIND:
            return kind_label(r.kind)
        if col == LIFE:
            return lifecycle_tooltip(r.lifecycle)
        if col == GRADE:
            return grade_tooltip(r)
        if col in (STATUS, CONDITION) and r.note:
            return r.note
        if col == REPORTED:
            lines = []
            if r.author:
                lines.append(self.tr("Reported by %1").replace("%1", r.author))
            if r.stale:
                lines.append(stale_text(self._stale_days))
            return "\n".join(lines) or None
        if col == GROOMED and r.kind.is_ski and r.groomed_at is not None:
            text = self.tr("Groomed %1").replace("%1", local_stamp(r.groomed_at, self._now))
            if r.groom_style:
                text += f" ({style_label(r.groom_style)})"
            return text
        return None


class ReportedDelegate(QStyledItemDelegate):
    """Paints the Reported cell as "time · age" with a stale age in red."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        parts = index.data(REPORTED_ROLE)
        if not parts:
            super().paint(painter, option, index)
            return
        stamp, age, stale = parts
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        # The view's own ink (`opt` carries the model's red foreground for the whole cell).
        ink = (option.palette.highlightedText().color() if selected
               else option.palette.text().color())
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        painter.save()
        painter.setFont(opt.font)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        x = rect.left()
        if stamp:
            head = f"{stamp} · "
            painter.setPen(ink)
            painter.drawText(QRect(x, rect.top(), rect.width(), rect.height()), flags, head)
            x += opt.fontMetrics.horizontalAdvance(head)
        painter.setPen(ink if selected or not stale else QColor(ALERT_INK))
        elided = opt.fontMetrics.elidedText(age, Qt.TextElideMode.ElideRight,
                                            max(0, rect.right() - x))
        painter.drawText(QRect(x, rect.top(), max(0, rect.right() - x), rect.height()),
                         flags, elided)
        painter.restore()


#: Columns that give way, in this order, when the table is narrower than its content (their
#: text elides, each by at most GIVE_WAY_SHARE, then MORE_SHARE, then DEEPEST_SHARE, never
#: below its header's width), so that Reported and Groomed stay in view at 1280×720.
GIVE_WAY = (CONDITION, KIND, LIFE, NAME, GRADE, STATUS)
GIVE_WAY_SHARE = 0.2
MORE_SHARE = 0.4
DEEPEST_SHARE = 0.6


class FittedColumns(QObject):
    """Column widths for the register: natural ones when they fit, else the wide text columns
    give way so that the last ones (Reported, Groomed) stay in view without scrolling."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.natural: list[int] = []
        table.viewport().installEventFilter(self)

    def measure(self) -> None:
        """Natural widths: the content's, or the header's if wider (after a read or a change
        of language)."""
        table, header = self.table, self.table.horizontalHeader()
        if table.model().rowCount():
            self.natural = [0 if table.isColumnHidden(c) else
                            max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
                            for c in range(table.model().columnCount())]
            self.fit()

    def show_column(self, column: int, shown: bool) -> None:
        """Show or hide a column (the Stage column only when a listed trail is not open)."""
        if self.table.isColumnHidden(column) == shown:
            self.table.setColumnHidden(column, not shown)
            self.measure()

    def fit(self) -> None:
        widths = list(self.natural)
        excess = sum(widths) - self.table.viewport().width()
        header = self.table.horizontalHeader()
        # A second round, deeper, only when the first was not enough (the Stage column shown).
        # A column's cells elide, its header never: it keeps at least the header's width.
        for share in (GIVE_WAY_SHARE, MORE_SHARE, DEEPEST_SHARE):
            for column in GIVE_WAY:
                if excess <= 0 or column >= len(widths):
                    break
                floor = header.sectionSizeHint(column) if widths[column] else 0
                cut = min(excess, int(self.natural[column] * share) -
                          (self.natural[column] - widths[column]), widths[column] - floor)
                widths[column] -= max(cut, 0)
                excess -= max(cut, 0)
        # The last section stretches over what is left, but never below the size it was
        # last given: it gets its natural width too.
        for column, width in enumerate(widths):
            if width:
                self.table.horizontalHeader().resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and self.natural:
            self.fit()
        return False


def summary_html(rows: Sequence[TrailRow], shown: int) -> str:
    """"18 trails · 3 shown · 3 stale · 6 closed" beside the heading; nothing when empty."""
    if not rows:
        return ""
    stale = sum(r.stale for r in rows)
    closed = sum(r.status is TrailStatus.CLOSED for r in rows)
    parts = [PLURALS.trails(len(rows))]
    if shown != len(rows):
        parts.append(translate("TrailsPage", "%1 shown").replace("%1", str(shown)))
    if stale:
        parts.append(f"<span style='color:{ALERT_INK}'>{PLURALS.stale_count(stale)}</span>")
    if closed:
        parts.append(PLURALS.closed_count(closed))
    return "<span style='color:#5b6670'>&nbsp;&nbsp;" + " · ".join(parts) + "</span>"


