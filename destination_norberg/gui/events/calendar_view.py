"""Month and week calendar of events, painted with QPainter (never a widget per event).

`set_events` indexes the records by local day once. A page's layout (the rectangles of chips,
bars, blocks and "+N more") is computed once per page, size and language and shared by painting
and hit testing, so a repaint only draws and a click only looks up rectangles.

Month: six weeks from the Monday on or before the 1st (a steady grid while paging), ISO week
numbers on the left. Events over several days (and all-day events) are bars across the days of a
week row, packed into lanes; the day's other events fill the free lines as chips
("09:00 Engelbrektsloppet 60 km"); what does not fit is "+N more" (click it: that week).
Week: 06–24 fitted to the height; timed events are blocks at their local time, side by side when
they overlap; events before 06:00 sit at the top edge and still show their real time. Events over
several days and all-day events are bars in a strip on top (three lanes). What a day cannot show
readably (bars beyond the lanes, blocks narrower than MIN_BLOCK_W) is counted in a "+N" badge
in its header, whose tooltip names them. A short event that crosses midnight counts as several
days (a bar), like an all-day event.

The page's geometry is computed by calendar_layout (plain Python, over the view's CalendarIndex)
and drawn by the view's CalendarPainter (calendar_paint); this module is the widget: its API,
header bar, paging and clicks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from html import escape

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from destination_norberg.core.events import EventRecord
from destination_norberg.core.timeutil import now_utc, to_local
from destination_norberg.gui.common import labels
from destination_norberg.gui.events.calendar_layout import (
    DAY_NUMBER_H,
    FIRST_HOUR,
    GUTTER_W,
    HEADER_H,
    LAST_HOUR,
    MIN_BLOCK_W,
    MONTH,
    STRIP_LINES,
    WEEK,
    WEEKNO_W,
    WEEKS_SHOWN,
    CalendarIndex,
    CalendarItem,
    CalendarLayout,
    Rect,
    compute_layout,
    page_range,
)
from destination_norberg.gui.events.calendar_paint import (
    CalendarCanvas,
    CalendarFonts,
    CalendarFrame,
    CalendarPainter,
    qrect,
)
from destination_norberg.gui.events.colors import (
    NAVY,
    display_name,
    span_of,
    tooltip_html,
)

__all__ = [
    "DAY_NUMBER_H",
    "FIRST_HOUR",
    "GUTTER_W",
    "HEADER_H",
    "LAST_HOUR",
    "MAX_TOOLTIP_NAMES",
    "MIN_BLOCK_W",
    "MONTH",
    "STRIP_LINES",
    "WEEK",
    "WEEKNO_W",
    "WEEKS_SHOWN",
    "CalendarView",
]

MAX_TOOLTIP_NAMES = 12


class CalendarView(QWidget):
    """Month/week calendar. Rectangles from `event_rect`/`day_rect` are in `canvas` coordinates.

    Signals: `event_selected(id)` on a click, `event_activated(id)` on a double-click,
    `day_activated(date)` on a double-click on a day outside any event (for "new event"),
    `range_changed(first, last)` when the shown days change (inclusive).
    Records without an id (unsaved) are not shown.
    """

    event_selected = Signal(int)
    event_activated = Signal(int)
    day_activated = Signal(object)  # datetime.date
    range_changed = Signal(object, object)  # first, last day shown (datetime.date)

    def __init__(self, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] = now_utc) -> None:
        super().__init__(parent)
        self._clock = clock
        self._mode = MONTH
        self._anchor = self.today()
        self._language = "sv"
        self._index = CalendarIndex()
        self._selected: int | None = None
        self._layout_cache: CalendarLayout | None = None
        self._wheel_rest = 0
        self._fonts = CalendarFonts(self.font())
        self._painter = CalendarPainter(self._fonts)
        self._build_ui()
        self._retranslate()

    @property
    def _records(self) -> dict[int, EventRecord]:
        return self._index.records

    @property
    def _names(self) -> dict[int, str]:
        return self._index.names

    # --- public API -----------------------------------------------------------------------

    @property
    def canvas(self) -> QWidget:
        """The painted page: where clicks go and what `event_rect` coordinates refer to."""
        return self._canvas

    def set_events(self, events: Sequence[EventRecord], language: str = "sv") -> None:
        """Index by local day once: paint and hit testing then only look up."""
        records = {e.id: e for e in events if e.id is not None}
        self._index.set_events(records, {i: span_of(e) for i, e in records.items()})
        if self._selected not in self._records:
            self._selected = None
        self.set_language(language)

    def set_language(self, language: str) -> None:
        """Names in `language` ("sv"/"en"); month and day names follow the QLocale default."""
        self._language = language
        self._index.names = {i: display_name(e, language) for i, e in self._records.items()}
        self._invalidate()

    def set_mode(self, mode: str) -> None:
        if mode not in (MONTH, WEEK):
            raise ValueError(f"unknown calendar mode: {mode!r}")
        if mode != self._mode:
            before = self.current_range()
            self._mode = mode
            (self._month_button if mode == MONTH else self._week_button).setChecked(True)
            self._page_changed(before)

    def mode(self) -> str:
        return self._mode

    def go_to(self, day: date) -> None:
        before = self.current_range()
        self._anchor = day
        self._page_changed(before)

    def go_to_today(self) -> None:
        self.go_to(self.today())

    def next_page(self) -> None:
        self._step(1)

    def previous_page(self) -> None:
        self._step(-1)

    def current_range(self) -> tuple[date, date]:
        """First and last day shown (inclusive): six whole weeks, or one ISO week."""
        return page_range(self._mode, self._anchor)

    def title(self) -> str:
        locale_date = labels.qdate(self._anchor)
        if self._mode == MONTH:
            return _capitalised(QLocale().toString(locale_date, "MMMM yyyy"))
        first, last = self.current_range()
        week = self.tr("Week %1").replace("%1", str(first.isocalendar().week))
        return f"{week} · {_day_range(first, last)}"

    def today(self) -> date:
        return to_local(self._clock()).date()

    def select_event(self, event_id: int | None) -> None:
        """Highlight `event_id`, turning to its first day when it is not on the page."""
        self._selected = event_id if event_id in self._records else None
        if self._selected is not None:
            span = self._index.spans[self._selected]
            first, last = self.current_range()
            if span.last_day < first or span.first_day > last:
                self.go_to(span.first_day)
        self._canvas.update()

    def selected_event(self) -> int | None:
        return self._selected

    def event_rect(self, event_id: int) -> QRectF | None:
        """Where the event is drawn on this page (its first piece), or None."""
        for item in self._layout().items:
            if item.event_id == event_id:
                return qrect(item.rect)
        return None

    def day_rect(self, day: date) -> QRectF | None:
        rect = self._layout().days.get(day)
        return qrect(rect) if rect is not None else None

    def hour_y(self, hour: float) -> float:
        """Week mode: the y of a local time of day (hours, 6.0–24.0)."""
        layout = self._layout()
        return layout.hours_top + (hour - FIRST_HOUR) * layout.hour_h

    def events_on(self, day: date) -> list[int]:
        """Ids of the events on a local day: bars first (by start), then the day's own."""
        return self._index.events_on(day)

    def cell_items(self, day: date) -> list[tuple[int, str]]:
        """What the page shows for `day`: (id, text) of its chips, blocks and bar pieces."""
        rect = self._layout().days.get(day)
        if rect is None:
            return []
        return [(item.event_id, item.text) for item in self._layout().items
                if item.event_id is not None and item.rect.intersects(rect)
                and _overlap(item.rect, rect) > 2]

    def hidden_count(self, day: date) -> int:
        """How many of the day's events the page could not show ("+N more")."""
        for item in self._layout().items:
            if item.event_id is None and item.day == day:
                return len(item.hidden)
        return 0

    # --- UI ---------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self._prev_button = QPushButton("‹", self)
        self._today_button = QPushButton(self)
        self._next_button = QPushButton("›", self)
        self._title = QLabel(self)
        self._title.setStyleSheet(f"font-size: 13pt; font-weight: 600; color: {NAVY};")
        self._month_button = QPushButton(self)
        self._week_button = QPushButton(self)
        for button in (self._month_button, self._week_button):
            button.setCheckable(True)
        self._month_button.setChecked(True)
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self._month_button)
        group.addButton(self._week_button)
        for button in (self._prev_button, self._next_button):
            button.setFixedWidth(32)
        self._prev_button.clicked.connect(self.previous_page)
        self._next_button.clicked.connect(self.next_page)
        self._today_button.clicked.connect(self.go_to_today)
        self._month_button.clicked.connect(lambda: self.set_mode(MONTH))
        self._week_button.clicked.connect(lambda: self.set_mode(WEEK))
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(6)
        for widget in (self._prev_button, self._today_button, self._next_button):
            bar.addWidget(widget)
        bar.addSpacing(10)
        bar.addWidget(self._title, 1)
        bar.addWidget(self._month_button)
        bar.addWidget(self._week_button)
        self._canvas = CalendarCanvas(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        outer.addLayout(bar)
        outer.addWidget(self._canvas, 1)

    def _retranslate(self) -> None:
        self._today_button.setText(self.tr("Today"))
        self._month_button.setText(self.tr("Month"))
        self._week_button.setText(self.tr("Week"))
        month = self._mode == MONTH
        self._prev_button.setToolTip(self.tr("Previous month") if month
                                     else self.tr("Previous week"))
        self._next_button.setToolTip(self.tr("Next month") if month else self.tr("Next week"))
        self._title.setText(self.title())

    def _more_text(self, count: int) -> str:
        """ "+N more" for the layout; in this class because lupdate reads plurals (%n) only
        from tr(), whose context is the class it is written in."""
        return self.tr("+%n more", "", count)

    def _update_fonts(self) -> None:
        self._fonts = CalendarFonts(self.font())
        self._painter.set_fonts(self._fonts)
        self._invalidate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._invalidate()
        elif event.type() == QEvent.Type.FontChange:
            self._update_fonts()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right):
            self.next_page()
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_Left):
            self.previous_page()
        elif key == Qt.Key.Key_Home:
            self.go_to_today()
        else:
            super().keyPressEvent(event)

    # --- paging -----------------------------------------------------------------------------

    def _step(self, direction: int) -> None:
        if self._mode == WEEK:
            self.go_to(self._anchor + timedelta(days=7 * direction))
            return
        month = self._anchor.month - 1 + direction
        year = self._anchor.year + month // 12
        self.go_to(date(year, month % 12 + 1, 1))

    def _page_changed(self, before: tuple[date, date]) -> None:
        self._invalidate()
        self._retranslate()
        after = self.current_range()
        if after != before:
            self.range_changed.emit(*after)

    def _invalidate(self) -> None:
        self._layout_cache = None
        if hasattr(self, "_title"):
            self._title.setText(self.title())
            self._canvas.update()

    # --- the canvas: layout, painting, mouse ------------------------------------------------

    def _layout(self) -> CalendarLayout:
        """This page's layout, computed on first use after a change of page, size or data."""
        if self._layout_cache is None:
            size = self._canvas.size()
            self._layout_cache = compute_layout(
                self._mode, self._anchor, float(size.width()), float(size.height()),
                self._index, self._fonts, self._more_text)
        return self._layout_cache

    def canvas_resized(self) -> None:
        self._layout_cache = None

    def paint_canvas(self, painter: QPainter) -> None:
        """The canvas's paintEvent: the painter draws this page's layout."""
        layout = self._layout()
        frame = CalendarFrame(
            mode=self._mode, anchor=self._anchor, first=self.current_range()[0],
            width=float(self._canvas.width()), grid_bottom=float(self.height()),
            today=self.today(), now=to_local(self._clock()), selected=self._selected)
        self._painter.paint(painter, QRectF(self._canvas.rect()), layout, self._records, frame)

    def wheel(self, delta: int) -> None:
        self._wheel_rest += delta
        while self._wheel_rest >= 120:
            self._wheel_rest -= 120
            self.previous_page()
        while self._wheel_rest <= -120:
            self._wheel_rest += 120
            self.next_page()

    # --- interaction ------------------------------------------------------------------------

    def _item_at(self, pos: QPointF) -> CalendarItem | None:
        x, y = pos.x(), pos.y()
        for item in reversed(self._layout().items):
            if item.rect.contains(x, y):
                return item
        return None

    def _day_at(self, pos: QPointF) -> date | None:
        x, y = pos.x(), pos.y()
        for day, rect in self._layout().days.items():
            if rect.contains(x, y):
                return day
        return None

    def clicked(self, pos: QPointF, double: bool) -> None:
        item = self._item_at(pos)
        if item is not None and item.event_id is not None:
            self._selected = item.event_id
            self._canvas.update()
            (self.event_activated if double else self.event_selected).emit(item.event_id)
        elif item is not None and item.day is not None and not double:
            if self._mode == MONTH:  # "+N more": that week, where there is room
                self._anchor = item.day
                self.set_mode(WEEK)
        elif double:
            day = self._day_at(pos)
            if day is not None:
                self.day_activated.emit(day)

    def tooltip_at(self, pos: QPointF) -> str:
        item = self._item_at(pos)
        if item is None:
            return ""
        if item.event_id is None:
            names = [self._names[i] for i in item.hidden[:MAX_TOOLTIP_NAMES]]
            if len(item.hidden) > MAX_TOOLTIP_NAMES:
                names.append("…")
            return "<br>".join(_escape(n) for n in names)
        record = self._records[item.event_id]
        parent = self._names.get(record.parent_id) if record.parent_id is not None else None
        return tooltip_html(record, self._language, parent)


def _overlap(a: Rect, b: Rect) -> float:
    return min(a.right(), b.right()) - max(a.left(), b.left())


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _escape(text: str) -> str:
    return escape(text)


def _day_range(first: date, last: date) -> str:
    locale = QLocale()
    if first.month == last.month:
        return f"{first.day}–{locale.toString(labels.qdate(last), 'd MMMM yyyy')}"
    pattern = "d MMM" if first.year == last.year else "d MMM yyyy"
    return (f"{locale.toString(labels.qdate(first), pattern)} – "
            f"{locale.toString(labels.qdate(last), 'd MMM yyyy')}")

