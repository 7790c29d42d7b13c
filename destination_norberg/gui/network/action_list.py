"""A list of entries (gui.network.feed) that reads like a CRM's activity feed: one model
row per entry, painted by a delegate (hundreds of contacts cost no widgets), a small kind
icon drawn with QPainter, and the actions where a desktop user looks for them — tool
buttons on the hovered or selected row, a context menu, Enter to edit, Delete to remove,
double-click to edit — instead of a link on every line.

`ActionListView.triggered(action, what, uid)` says what the user chose: "edit", "remove" or
"done" on an "interaction" or a "person".
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from destination_norberg.gui.common.plain import tip
from destination_norberg.gui.network.feed import HEADER, ITEM, OVERDUE, SOON, Entry
from destination_norberg.gui.network.kind_icons import ICON, MUTED, kind_icon, tool_icon

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
INK, LINE = "#1f2a33", "#d5dbe1"
TONES = {OVERDUE: ("#b3261e", "#fdecea"), SOON: ("#7a4f00", "#fff1cc")}
HOVER, SELECTED = "#f2f5f8", "#e3eef9"
PAD, BUTTON = 8, 24
BODY_LINES = 4


class EntryModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry.spoken()
        if role == ENTRY_ROLE:
            return entry
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if index.isValid() and self.entries[index.row()].row == ITEM:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.NoItemFlags

    def row_of(self, uid: str) -> int | None:
        return next((r for r, e in enumerate(self.entries) if e.row == ITEM and e.uid == uid),
                    None)


# --- painting -------------------------------------------------------------------------------

def wrapped(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """`text` broken into at most `max_lines` lines of `width`, the last elided when cut."""
    lines: list[str] = []
    metrics = QFontMetrics(font)
    paragraphs = text.splitlines() or [""]
    for n, paragraph in enumerate(paragraphs):
        layout = QTextLayout(paragraph, font)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            lines.append(paragraph[line.textStart():line.textStart() + line.textLength()]
                         .rstrip())
            if len(lines) == max_lines:
                layout.endLayout()
                cut = (line.textStart() + line.textLength() < len(paragraph)
                       or n < len(paragraphs) - 1)
                if cut:
                    lines[-1] = metrics.elidedText(lines[-1] + " …", Qt.TextElideMode.ElideRight,
                                                   width)
                return lines
        layout.endLayout()
    return lines


def action_names() -> dict[str, str]:
    return {"edit": QCoreApplication.translate("NetworkFeed", "Edit…"),
            "remove": QCoreApplication.translate("NetworkFeed", "Remove"),
            "done": QCoreApplication.translate("NetworkFeed", "Done")}


class EntryDelegate(QStyledItemDelegate):
    """Paints an entry: icon, bold title with a badge, muted meta line, the text, a footer;
    tool buttons on the hovered or selected row and "Done" on an open follow-up."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        base = QFont(self.view.font())
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() - 1, 7))
        return base, bold, small

    def _text_width(self) -> int:
        return max(self.view.viewport().width() - (PAD * 3 + ICON) - PAD, 80)

    def _layout(self, entry: Entry) -> tuple[list[str], int]:
        base, _bold, _small = self._fonts()
        lines = wrapped(entry.body, base, self._text_width(), BODY_LINES) if entry.body \
            else []
        line = QFontMetrics(base).lineSpacing()
        height = PAD + line * (1 + bool(entry.meta) + len(lines) + bool(entry.footer)) + PAD
        return lines, height

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        entry: Entry = index.data(ENTRY_ROLE)
        line = QFontMetrics(self._fonts()[0]).lineSpacing()
        if entry.row == HEADER:
            return QSize(100, line + PAD * 2)
        if entry.row != ITEM:
            text = wrapped(entry.title, self._fonts()[0], self._text_width() + ICON + PAD, 3)
            return QSize(100, line * len(text) + PAD)
        return QSize(100, self._layout(entry)[1])

    def buttons(self, rect: QRect, entry: Entry, shown: bool) -> list[tuple[str, QRect]]:
        """Where the row's buttons are, right to left: remove, edit, then "Done"."""
        out: list[tuple[str, QRect]] = []
        right, top = rect.right() - PAD // 2, rect.top() + PAD // 2
        if shown:
            for name in ("remove", "edit"):
                out.append((name, QRect(right - BUTTON + 1, top, BUTTON, BUTTON)))
                right -= BUTTON + 2
        if entry.can_finish:
            width = QFontMetrics(self._fonts()[2]).horizontalAdvance(
                action_names()["done"]) + 16
            out.append(("done", QRect(right - width + 1, top + 2, width, BUTTON - 4)))
        return out

    def _active(self, option: QStyleOptionViewItem) -> bool:
        state = option.state  # type: ignore[attr-defined]
        return bool(state & (QStyle.StateFlag.State_MouseOver | QStyle.StateFlag.State_Selected))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        entry: Entry = index.data(ENTRY_ROLE)
        rect: QRect = option.rect  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        base, bold, small = self._fonts()
        line = QFontMetrics(base).lineSpacing()
        painter.save()
        if entry.row == HEADER:
            painter.setFont(bold)
            painter.setPen(QColor(INK))
            painter.drawText(rect.adjusted(PAD, PAD, -PAD, 0),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, entry.title)
            painter.setPen(QColor(LINE))
            painter.drawLine(rect.left() + PAD, rect.bottom(), rect.right() - PAD, rect.bottom())
            painter.restore()
            return
        if entry.row != ITEM:
            painter.setFont(base)
            painter.setPen(QColor(MUTED))
            text = "\n".join(wrapped(entry.title, base, rect.width() - 2 * PAD, 3))
            painter.drawText(rect.adjusted(PAD, PAD // 2, -PAD, 0),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)
            painter.restore()
            return
        tone, tint = TONES.get(entry.tone, (INK, ""))
        if state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, QColor(SELECTED))
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, QColor(HOVER))
        if tint:  # an overdue or soon follow-up: a stripe in its colour
            painter.fillRect(QRect(rect.left(), rect.top() + 2, 3, rect.height() - 4),
                             QColor(tone))
        painter.drawPixmap(rect.left() + PAD + 2, rect.top() + PAD,
                           kind_icon(entry.icon, ICON, tone if tint else MUTED))
        x = rect.left() + PAD * 2 + ICON + 2
        buttons = self.buttons(rect, entry, self._active(option))
        room = (min((r.left() for _n, r in buttons), default=rect.right()) - PAD) - x
        y = rect.top() + PAD
        painter.setFont(bold)
        painter.setPen(QColor(tone))
        metrics = QFontMetrics(bold)
        title = metrics.elidedText(entry.title, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QRect(x, y, room, line), Qt.AlignmentFlag.AlignVCenter, title)
        if entry.badge:
            bx = x + metrics.horizontalAdvance(title) + PAD
            painter.setFont(small)
            width = QFontMetrics(small).horizontalAdvance(entry.badge) + 10
            if bx + width <= x + room:
                badge = QRect(bx, y + 1, width, line - 2)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(tint))
                painter.drawRoundedRect(badge, 4, 4)
                painter.setPen(QColor(tone))
                painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, entry.badge)
        painter.setFont(base)
        width = rect.right() - PAD - x
        if entry.meta:
            y += line
            painter.setPen(QColor(MUTED))
            painter.drawText(QRect(x, y, width, line), Qt.AlignmentFlag.AlignVCenter,
                             QFontMetrics(base).elidedText(entry.meta,
                                                           Qt.TextElideMode.ElideRight, width))
        painter.setPen(QColor(INK))
        for text in self._layout(entry)[0]:
            y += line
            painter.drawText(QRect(x, y, width, line), Qt.AlignmentFlag.AlignVCenter, text)
        if entry.footer:
            y += line
            colour = TONES.get(entry.footer_tone, (MUTED, ""))[0]
            painter.setPen(QColor(colour))
            painter.drawText(QRect(x, y, width, line), Qt.AlignmentFlag.AlignVCenter,
                             QFontMetrics(base).elidedText(entry.footer,
                                                           Qt.TextElideMode.ElideRight, width))
        self._paint_buttons(painter, buttons, small)
        painter.restore()

    def _paint_buttons(self, painter: QPainter, buttons: list[tuple[str, QRect]],
                       small: QFont) -> None:
        hover = self.view.viewport().mapFromGlobal(self.view.cursor().pos())
        for name, r in buttons:
            under = r.contains(hover)
            painter.setPen(QPen(QColor("#8a96a1" if under else LINE), 1))
            painter.setBrush(QColor("#ffffff" if not under else "#eef2f6"))
            painter.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            if name == "done":
                painter.setFont(small)
                painter.setPen(QColor(INK))
                painter.drawText(r, Qt.AlignmentFlag.AlignCenter, action_names()["done"])
            else:
                icon = tool_icon(name)
                painter.drawPixmap(r.left() + (r.width() - 16) // 2,
                                   r.top() + (r.height() - 16) // 2, icon)

    def button_at(self, index: QModelIndex, pos: QPoint) -> str | None:
        entry: Entry | None = index.data(ENTRY_ROLE)
        if entry is None or entry.row != ITEM:
            return None
        return next((name for name, r in self.buttons(self.view.visualRect(index), entry, True)
                     if r.contains(pos)), None)

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,  # noqa: N802
                  option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        entry: Entry | None = index.data(ENTRY_ROLE)
        if entry is None or entry.row != ITEM:
            return False
        button = self.button_at(QModelIndex(index), event.pos())
        text = action_names()[button] if button else tip(entry.spoken())
        QToolTip.showText(event.globalPos(), text, view)
        return True


def run_menu(menu: QMenu, at: QPoint) -> QAction | None:
    """The context menu, modal (tests replace this: QMenu.exec cannot be patched)."""
    return menu.exec(at)


class ActionListView(QListView):
    """A list of entries with their actions (see the module's text); promoted in
    ui/network_page.ui."""

    triggered = Signal(str, str, str)  # action, what, uid

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown_for: object = None  # whose entries are shown (an organisation's id)
        self.entry_model = EntryModel(self)
        self.delegate = EntryDelegate(self)
        self.setModel(self.entry_model)
        self.setItemDelegate(self.delegate)
        self.setMouseTracking(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.doubleClicked.connect(lambda index: self._act("edit", index))

    def set_entries(self, entries: list[Entry], shown_for: object = None) -> None:
        """Show `entries`; read again for the same `shown_for` (after an edit), the chosen
        row and the scroll position stay where the user left them."""
        same = shown_for is not None and shown_for == self.shown_for
        chosen = self.entry(self.currentIndex()) if same else None
        scroll = self.verticalScrollBar().value()
        self.shown_for = shown_for
        self.entry_model.set_entries(entries)
        if not same:
            return
        row = self.entry_model.row_of(chosen.uid) if chosen is not None else None
        if row is not None:
            self.setCurrentIndex(self.entry_model.index(row, 0))
        self.doItemsLayout()
        self.verticalScrollBar().setValue(scroll)

    def entry(self, index: QModelIndex | QPersistentModelIndex) -> Entry | None:
        entry: Entry | None = index.data(ENTRY_ROLE) if index.isValid() else None
        return entry if entry is not None and entry.row == ITEM else None

    def _act(self, action: str, index: QModelIndex) -> None:
        entry = self.entry(index)
        if entry is None or (action == "done" and not entry.can_finish):
            return
        self.triggered.emit(action, entry.what, entry.uid)

    @staticmethod
    def actions_of(entry: Entry) -> list[str]:
        return (["done"] if entry.can_finish else []) + ["edit", "remove"]

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        index = self.indexAt(event.pos())
        entry = self.entry(index)
        if entry is None:
            return
        self.setCurrentIndex(index)
        menu = QMenu(self)
        names = action_names()
        for action in self.actions_of(entry):
            menu.addAction(names[action]).setData(action)
        chosen = run_menu(menu, event.globalPos())
        if chosen is not None:
            self._act(str(chosen.data()), index)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        index = self.currentIndex()
        if self.entry(index) is not None:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._act("edit", index)
                return
            if event.key() == Qt.Key.Key_Delete:
                self._act("remove", index)
                return
        super().keyPressEvent(event)

    def _button(self, event: QMouseEvent) -> tuple[QModelIndex, str | None]:
        pos = event.position().toPoint()
        index = self.indexAt(pos)
        return index, self.delegate.button_at(index, pos)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index, button = self._button(event)
        if button is not None and event.button() == Qt.MouseButton.LeftButton:
            self.setCurrentIndex(index)
            return  # the release acts
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index, button = self._button(event)
        if button is not None and event.button() == Qt.MouseButton.LeftButton:
            self._act(button, index)
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._button(event)[1] is not None:
            return  # a quick second click on a button is not an edit
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        self.viewport().update()  # the button under the pointer is drawn raised

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802
        super().leaveEvent(event)
        self.viewport().update()
