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
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from html import escape

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from destination_norberg.core.events import EventRecord
from destination_norberg.core.timeutil import now_utc, to_local
from destination_norberg.gui import labels
from destination_norberg.gui.event_colors import (
    ACCENT,
    GRID,
    INK,
    MUTED_INK,
    NAVY,
    TODAY_LINE,
    EventSpan,
    EventStyle,
    display_name,
    draw_event_box,
    span_of,
    style_for,
    tooltip_html,
)

MONTH, WEEK = "month", "week"
FIRST_HOUR, LAST_HOUR = 6, 24
WEEKS_SHOWN = 6
HEADER_H = 26.0  # weekday names (month) / day headers (week)
WEEKNO_W = 34.0
DAY_NUMBER_H = 21.0
GUTTER_W = 52.0
STRIP_LINES = 3
MIN_BLOCK_W = 44.0  # narrower side-by-side blocks are unreadable: they go into "+N"
MAX_TOOLTIP_NAMES = 12


@dataclass(slots=True)
class _Item:
    rect: QRectF
    event_id: int | None  # None: a "+N more"
    text: str
    solid: bool = False
    day: date | None = None
    hidden: tuple[int, ...] = ()
    open_left: bool = False
    open_right: bool = False
    lines: tuple[tuple[str, bool], ...] = ()  # a week block's lines: (text, bold)
    badge: bool = False  # week mode: the "+N" in a day's header


@dataclass(slots=True)
class _Layout:
    items: list[_Item] = field(default_factory=list)
    days: dict[date, QRectF] = field(default_factory=dict)  # each day's clickable area
    hours_top: float = 0.0
    hour_h: float = 0.0
    strip_bottom: float = 0.0


class _Canvas(QWidget):
    """The painted page; mouse, wheel and tooltips go to the owning CalendarView."""

    def __init__(self, owner: CalendarView) -> None:
        super().__init__(owner)
        self._owner = owner
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(420, 300)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(900, 640)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        self._owner._paint(painter, event.rect())
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._owner._layout_cache = None
        super().resizeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._owner._clicked(event.position(), double=False)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._owner._clicked(event.position(), double=True)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        self._owner._wheel(event.angleDelta().y())
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self._owner.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


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
        self._records: dict[int, EventRecord] = {}
        self._spans: dict[int, EventSpan] = {}
        self._names: dict[int, str] = {}
        self._singles: dict[date, list[int]] = {}
        self._multi: dict[date, list[int]] = {}
        self._selected: int | None = None
        self._layout_cache: _Layout | None = None
        self._wheel_rest = 0
        self._build_ui()
        self._update_fonts()
        self._retranslate()

    # --- public API -----------------------------------------------------------------------

    @property
    def canvas(self) -> QWidget:
        """The painted page: where clicks go and what `event_rect` coordinates refer to."""
        return self._canvas

    def set_events(self, events: Sequence[EventRecord], language: str = "sv") -> None:
        """Index by local day once: paint and hit testing then only look up."""
        self._records = {e.id: e for e in events if e.id is not None}
        self._spans = {i: span_of(e) for i, e in self._records.items()}
        singles: dict[date, list[int]] = {}
        multi: dict[date, list[int]] = {}
        for event_id, span in self._spans.items():
            if span.multi_day:
                day = span.first_day
                while day <= span.last_day:
                    multi.setdefault(day, []).append(event_id)
                    day += timedelta(days=1)
            else:
                singles.setdefault(span.first_day, []).append(event_id)
        spans = self._spans
        for ids in singles.values():
            # All-day first, then by time; a steady order for equal times.
            ids.sort(key=lambda i: (not spans[i].all_day, spans[i].start, spans[i].end, i))
        self._singles, self._multi = singles, multi
        if self._selected not in self._records:
            self._selected = None
        self.set_language(language)

    def set_language(self, language: str) -> None:
        """Names in `language` ("sv"/"en"); month and day names follow the QLocale default."""
        self._language = language
        self._names = {i: display_name(e, language) for i, e in self._records.items()}
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
        if self._mode == WEEK:
            first = self._anchor - timedelta(days=self._anchor.weekday())
            return first, first + timedelta(days=6)
        first_of_month = self._anchor.replace(day=1)
        first = first_of_month - timedelta(days=first_of_month.weekday())
        return first, first + timedelta(days=7 * WEEKS_SHOWN - 1)

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
            span = self._spans[self._selected]
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
                return QRectF(item.rect)
        return None

    def day_rect(self, day: date) -> QRectF | None:
        rect = self._layout().days.get(day)
        return QRectF(rect) if rect is not None else None

    def hour_y(self, hour: float) -> float:
        """Week mode: the y of a local time of day (hours, 6.0–24.0)."""
        layout = self._layout()
        return layout.hours_top + (hour - FIRST_HOUR) * layout.hour_h

    def events_on(self, day: date) -> list[int]:
        """Ids of the events on a local day: bars first (by start), then the day's own."""
        multi = sorted(self._multi.get(day, ()), key=lambda i: (self._spans[i].start, i))
        return multi + list(self._singles.get(day, ()))

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
        self._canvas = _Canvas(self)
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

    def _update_fonts(self) -> None:
        base = self.font()
        self._chip_font = QFont(base)
        self._chip_font.setPointSizeF(max(7.5, base.pointSizeF() - 1))
        self._bold_font = QFont(self._chip_font)
        self._bold_font.setWeight(QFont.Weight.DemiBold)
        self._chip_strike = QFont(self._chip_font)
        self._chip_strike.setStrikeOut(True)
        self._bold_strike = QFont(self._bold_font)
        self._bold_strike.setStrikeOut(True)
        self._chip_fm = QFontMetricsF(self._chip_font)
        self._bold_fm = QFontMetricsF(self._bold_font)
        self._line_h = round(self._chip_fm.height() + 5)
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

    def _wheel(self, delta: int) -> None:
        self._wheel_rest += delta
        while self._wheel_rest >= 120:
            self._wheel_rest -= 120
            self.previous_page()
        while self._wheel_rest <= -120:
            self._wheel_rest += 120
            self.next_page()

    # --- layout -----------------------------------------------------------------------------

    def _layout(self) -> _Layout:
        if self._layout_cache is None:
            size = self._canvas.size()
            width, height = float(size.width()), float(size.height())
            self._layout_cache = (self._month_layout(width, height) if self._mode == MONTH
                                  else self._week_layout(width, height))
        return self._layout_cache

    def _pack_bars(self, days: list[date]) -> tuple[list[tuple[int, int, int, int]],
                                                    list[list[tuple[int, int]]]]:
        """Lanes for the bars of a week: [(id, lane, first col, last col)] and, per column,
        the (lane, id) pairs covering it. Earlier and longer bars take the upper lanes."""
        first, last = days[0], days[-1]
        seen: set[int] = set()
        ids: list[int] = []
        for day in days:
            for event_id in self._multi.get(day, ()):
                if event_id not in seen:
                    seen.add(event_id)
                    ids.append(event_id)
        if self._mode == WEEK:  # single all-day events join the strip in week mode
            for day in days:
                ids += [i for i in self._singles.get(day, ()) if self._spans[i].all_day]
        spans = self._spans
        ids.sort(key=lambda i: (spans[i].first_day, -spans[i].days(), spans[i].start, i))
        lane_end: list[int] = []
        bars: list[tuple[int, int, int, int]] = []
        cover: list[list[tuple[int, int]]] = [[] for _ in days]
        for event_id in ids:
            span = spans[event_id]
            c0 = (max(span.first_day, first) - first).days
            c1 = (min(span.last_day, last) - first).days
            lane = next((n for n, end in enumerate(lane_end) if end < c0), len(lane_end))
            if lane == len(lane_end):
                lane_end.append(c1)
            else:
                lane_end[lane] = c1
            bars.append((event_id, lane, c0, c1))
            for col in range(c0, c1 + 1):
                cover[col].append((lane, event_id))
        return bars, cover

    def _bar_items(self, bars: list[tuple[int, int, int, int]], limits: list[int],
                   days: list[date], col_x: Callable[[int], float], col_w: float,
                   line_y: Callable[[int], float]) -> list[_Item]:
        """Bar pieces over the runs of days where the bar's lane is shown."""
        items = []
        for event_id, lane, c0, c1 in bars:
            span = self._spans[event_id]
            col = c0
            while col <= c1:
                if lane >= limits[col]:
                    col += 1
                    continue
                run_end = col
                while run_end + 1 <= c1 and lane < limits[run_end + 1]:
                    run_end += 1
                rect = QRectF(col_x(col) + 3, line_y(lane),
                              (run_end - col + 1) * col_w - 6, self._line_h - 3)
                items.append(_Item(rect, event_id, self._names[event_id], solid=True,
                                   open_left=span.first_day < days[col],
                                   open_right=span.last_day > days[run_end]))
                col = run_end + 1
        return items

    def _more_item(self, hidden: list[int], day: date, rect: QRectF) -> _Item:
        text = self.tr("+%n more", "", len(hidden))
        return _Item(rect, None, text, day=day, hidden=tuple(hidden))

    def _chip_text(self, event_id: int) -> str:
        span = self._spans[event_id]
        name = self._names[event_id]
        return name if span.all_day else f"{span.start:%H:%M} {name}"

    def _month_layout(self, width: float, height: float) -> _Layout:
        layout = _Layout()
        first, _last = self.current_range()
        col_w = (width - WEEKNO_W) / 7
        row_h = (height - HEADER_H) / WEEKS_SHOWN
        line_h = self._line_h
        capacity = max(0, int((row_h - DAY_NUMBER_H - 2) // line_h))

        def col_x(col: int) -> float:
            return WEEKNO_W + col * col_w

        for row in range(WEEKS_SHOWN):
            days = [first + timedelta(days=7 * row + c) for c in range(7)]
            top = HEADER_H + row * row_h

            def line_y(line: int, top: float = top) -> float:
                return top + DAY_NUMBER_H + line * line_h

            for col, day in enumerate(days):
                layout.days[day] = QRectF(col_x(col), top, col_w, row_h)
            bars, cover = self._pack_bars(days)
            limits: list[int] = []
            for col, day in enumerate(days):
                singles = self._singles.get(day, [])
                total = len(cover[col]) + len(singles)
                limit = capacity if total <= capacity else max(capacity - 1, 0)
                limits.append(limit)
                taken = {lane for lane, _ in cover[col]}
                free = [line for line in range(limit) if line not in taken]
                for line, event_id in zip(free, singles, strict=False):
                    rect = QRectF(col_x(col) + 3, line_y(line), col_w - 6, line_h - 3)
                    layout.items.append(_Item(rect, event_id, self._chip_text(event_id),
                                              solid=self._spans[event_id].all_day, day=day))
                hidden = [i for lane, i in cover[col] if lane >= limit] + singles[len(free):]
                if hidden:
                    if limit > 0 or capacity > 0:
                        rect = QRectF(col_x(col) + 3, line_y(limit), col_w - 6, line_h - 3)
                    else:  # a tiny cell: the count goes beside the day number
                        rect = QRectF(col_x(col) + col_w / 2, top + 2, col_w / 2 - 4,
                                      DAY_NUMBER_H - 4)
                    layout.items.append(self._more_item(hidden, day, rect))
            layout.items += self._bar_items(bars, limits, days, col_x, col_w, line_y)
        return layout

    def _week_layout(self, width: float, height: float) -> _Layout:
        layout = _Layout()
        first, _last = self.current_range()
        days = [first + timedelta(days=c) for c in range(7)]
        col_w = (width - GUTTER_W) / 7
        line_h = self._line_h

        def col_x(col: int) -> float:
            return GUTTER_W + col * col_w

        def line_y(line: int) -> float:
            return HEADER_H + 3 + line * line_h

        bars, cover = self._pack_bars(days)
        # The strip shows up to STRIP_LINES lanes; whatever a day cannot show (bars beyond
        # them, blocks beyond the columns that stay readable) is counted in its header badge.
        capacity = STRIP_LINES
        lines = max(1, min(max((lane + 1 for _, lane, _, _ in bars), default=0), capacity))
        limits = [capacity] * 7
        layout.items += self._bar_items(bars, limits, days, col_x, col_w, line_y)
        layout.strip_bottom = line_y(lines) + 3
        layout.hours_top = layout.strip_bottom + 8
        layout.hour_h = max(12.0, (height - layout.hours_top - 9) / (LAST_HOUR - FIRST_HOUR))
        bottom = layout.hours_top + (LAST_HOUR - FIRST_HOUR) * layout.hour_h
        for col, day in enumerate(days):
            layout.days[day] = QRectF(col_x(col), 0, col_w, bottom)
            timed = [i for i in self._singles.get(day, ()) if not self._spans[i].all_day]
            blocks, hidden = self._blocks(timed, day, col_x(col), col_w, layout, bottom)
            layout.items += blocks
            hidden = [i for lane, i in cover[col] if lane >= capacity] + hidden
            if hidden:
                text = f"+{len(hidden)}"
                badge_w = self._bold_fm.horizontalAdvance(text) + 12
                rect = QRectF(col_x(col) + col_w - badge_w - 4, 4, badge_w, HEADER_H - 8)
                item = self._more_item(hidden, day, rect)
                item.text, item.badge = text, True
                layout.items.append(item)
        return layout

    def _blocks(self, ids: list[int], day: date, x: float, col_w: float, layout: _Layout,
                bottom: float) -> tuple[list[_Item], list[int]]:
        """Timed events of one day as blocks; overlapping ones share the width in columns, as
        many as stay readable (MIN_BLOCK_W); the ids that found no column are returned."""
        min_h = float(self._line_h)
        max_columns = max(1, int((col_w - 6) // MIN_BLOCK_W))
        placed: list[tuple[float, float, int]] = []
        for event_id in ids:
            span = self._spans[event_id]
            start_h = span.start.hour + span.start.minute / 60
            end_h = (24.0 if span.end.date() > day
                     else span.end.hour + span.end.minute / 60)
            y0 = layout.hours_top + (max(start_h, FIRST_HOUR) - FIRST_HOUR) * layout.hour_h
            y1 = layout.hours_top + (max(end_h, FIRST_HOUR) - FIRST_HOUR) * layout.hour_h
            y0 = min(y0, bottom - min_h)
            placed.append((y0, min(max(y1, y0 + min_h), bottom), event_id))
        placed.sort(key=lambda p: (p[0], -p[1], p[2]))
        items: list[_Item] = []
        hidden: list[int] = []
        cluster: list[tuple[float, float, int, int]] = []
        columns: list[float] = []
        cluster_end = -1.0

        def flush() -> None:
            width = (col_w - 6) / max(len(columns), 1)
            for y0, y1, event_id, column in cluster:
                rect = QRectF(x + 3 + column * width, y0 + 1, width - 2, y1 - y0 - 2)
                items.append(self._block_item(event_id, rect, day))

        for y0, y1, event_id in placed:
            if cluster and y0 >= cluster_end - 0.5:
                flush()
                cluster, columns = [], []
            column = next((n for n, end in enumerate(columns) if end <= y0 + 0.5), len(columns))
            if column >= max_columns:
                hidden.append(event_id)
                continue
            if column == len(columns):
                columns.append(y1)
            else:
                columns[column] = y1
            cluster.append((y0, y1, event_id, column))
            cluster_end = max(cluster_end, y1) if len(cluster) > 1 else y1
        if cluster:
            flush()
        return items, hidden

    def _block_item(self, event_id: int, rect: QRectF, day: date) -> _Item:
        span = self._spans[event_id]
        text = self._chip_text(event_id)
        room = int((rect.height() - 4) // self._chip_fm.height())
        if room < 2:
            return _Item(rect, event_id, text, day=day)
        width = rect.width() - 8 - 3
        clock = f"{span.start:%H:%M}"
        if span.end > span.start and span.end.date() == day:
            full = f"{clock}–{span.end:%H:%M}"
            clock = full if self._chip_fm.horizontalAdvance(full) <= width else clock
        lines = [(clock, False)]
        lines += [(line, True) for line in _wrap(self._bold_fm, self._names[event_id], width,
                                                 room - 1)]
        place = self._records[event_id].place_name
        if place and len(lines) < room:
            lines.append((self._chip_fm.elidedText(place, Qt.TextElideMode.ElideRight, width),
                          False))
        return _Item(rect, event_id, text, day=day, lines=tuple(lines))

    # --- painting ---------------------------------------------------------------------------

    def _paint(self, painter: QPainter, _dirty: object) -> None:
        layout = self._layout()
        painter.fillRect(self._canvas.rect(), QColor("white"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._mode == MONTH:
            self._paint_month_grid(painter, layout)
        else:
            self._paint_week_grid(painter, layout)
        painter.setFont(self._chip_font)
        for item in layout.items:
            if item.event_id is None:
                self._paint_more(painter, item)
                continue
            record = self._records[item.event_id]
            style = style_for(record.kind, record.status)
            selected = item.event_id == self._selected
            if item.lines:
                draw_event_box(painter, item.rect, style, "", solid=False, selected=selected)
                self._paint_block_lines(painter, item, style)
                continue
            draw_event_box(painter, item.rect, style, item.text, solid=item.solid,
                           selected=selected, open_left=item.open_left,
                           open_right=item.open_right)
        if self._mode == WEEK:
            self._paint_now_line(painter, layout)

    def _paint_more(self, painter: QPainter, item: _Item) -> None:
        if item.badge:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#dde5ee"))
            painter.drawRoundedRect(item.rect, item.rect.height() / 2, item.rect.height() / 2)
            painter.setFont(self._bold_font)
            painter.setPen(QColor(NAVY))
            painter.drawText(item.rect, int(Qt.AlignmentFlag.AlignCenter), item.text)
            painter.setFont(self._chip_font)
            return
        painter.setPen(QColor(NAVY))
        painter.drawText(item.rect.adjusted(4, 0, 0, 0),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         item.text)

    def _paint_block_lines(self, painter: QPainter, item: _Item, style: EventStyle) -> None:
        """A block's lines were wrapped and elided in the layout: only draw them here."""
        fm = self._chip_fm
        x = item.rect.left() + 3 + 4
        baseline = item.rect.top() + 2 + fm.ascent()
        fonts = (self._chip_strike, self._bold_strike) if style.strike else \
            (self._chip_font, self._bold_font)
        painter.save()
        painter.setClipRect(item.rect)
        painter.setPen(style.on_tint)
        for text, bold in item.lines:
            painter.setFont(fonts[bold])
            painter.drawText(QPointF(x, baseline), text)
            baseline += fm.height()
        painter.restore()

    def _paint_month_grid(self, painter: QPainter, layout: _Layout) -> None:
        locale = QLocale()
        width = float(self._canvas.width())
        today = self.today()
        col_w = (width - WEEKNO_W) / 7
        painter.setFont(self._chip_font)
        painter.setPen(QColor(MUTED_INK))
        painter.drawText(QRectF(0, 0, WEEKNO_W, HEADER_H), int(Qt.AlignmentFlag.AlignCenter),
                         self.tr("Wk"))
        for col in range(7):
            name = locale.dayName(col + 1, QLocale.FormatType.ShortFormat)
            painter.drawText(QRectF(WEEKNO_W + col * col_w + 6, 0, col_w - 6, HEADER_H),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             name)
        grid_pen = QPen(QColor(GRID), 1)
        for day, rect in layout.days.items():
            if day.month != self._anchor.month:
                painter.fillRect(rect, QColor("#f6f8fb"))
            painter.setPen(grid_pen)
            painter.drawLine(rect.topLeft(), rect.topRight())
            painter.drawLine(rect.topLeft(), rect.bottomLeft())
            self._paint_day_number(painter, locale, day, rect, today)
            if day.weekday() == 0:
                painter.setPen(QColor(MUTED_INK))
                painter.setFont(self._chip_font)
                painter.drawText(QRectF(0, rect.top() + 2, WEEKNO_W, DAY_NUMBER_H - 4),
                                 int(Qt.AlignmentFlag.AlignCenter),
                                 str(day.isocalendar().week))
        painter.setPen(grid_pen)
        painter.drawLine(QPointF(width - 0.5, HEADER_H), QPointF(width - 0.5, self.height()))

    def _paint_day_number(self, painter: QPainter, locale: QLocale, day: date, rect: QRectF,
                          today: date) -> None:
        text = locale.toString(labels.qdate(day), "d MMM") if day.day == 1 else str(day.day)
        box = QRectF(rect.left() + 4, rect.top() + 2, self._bold_fm.horizontalAdvance(text) + 10,
                     DAY_NUMBER_H - 4)
        painter.setFont(self._bold_font)
        if day == today:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(ACCENT))
            painter.drawRoundedRect(box, 8, 8)
            painter.setPen(QColor(NAVY))
        elif day.weekday() == 6:
            painter.setPen(QColor(TODAY_LINE))  # Sundays in red, as on Swedish calendars
        else:
            painter.setPen(QColor(INK if day.month == self._anchor.month or self._mode == WEEK
                                  else "#8a949e"))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)

    def _paint_week_grid(self, painter: QPainter, layout: _Layout) -> None:
        locale = QLocale()
        width = float(self._canvas.width())
        first, _ = self.current_range()
        today = self.today()
        col_w = (width - GUTTER_W) / 7
        bottom = layout.hours_top + (LAST_HOUR - FIRST_HOUR) * layout.hour_h
        for col in range(7):
            day = first + timedelta(days=col)
            x = GUTTER_W + col * col_w
            if day.weekday() >= 5:
                painter.fillRect(QRectF(x, layout.hours_top, col_w, bottom - layout.hours_top),
                                 QColor("#f8f9fb"))
            header = QRectF(x + 2, 2, col_w - 4, HEADER_H - 4)
            text = f"{locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)} " \
                   f"{locale.toString(labels.qdate(day), 'd MMM')}"
            painter.setFont(self._bold_font)
            if day == today:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(ACCENT))
                painter.drawRoundedRect(header, 6, 6)
                painter.setPen(QColor(NAVY))
            else:
                painter.setPen(QColor(TODAY_LINE if day.weekday() == 6 else INK))
            painter.drawText(header.adjusted(6, 0, 0, 0),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        painter.fillRect(QRectF(0, HEADER_H, width, layout.strip_bottom - HEADER_H),
                         QColor("#f6f8fb"))
        painter.setFont(self._chip_font)
        painter.setPen(QColor(MUTED_INK))
        painter.drawText(QRectF(0, HEADER_H, GUTTER_W - 4, self._line_h + 4),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         self.tr("all day"))
        grid = QColor(GRID)
        half = QColor("#eef1f4")
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            y = layout.hours_top + (hour - FIRST_HOUR) * layout.hour_h
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(GUTTER_W - 4, y), QPointF(width, y))
            if hour < LAST_HOUR and layout.hour_h >= 30:
                painter.setPen(QPen(half, 1))
                half_y = y + layout.hour_h / 2
                painter.drawLine(QPointF(GUTTER_W, half_y), QPointF(width, half_y))
            painter.setPen(QColor(MUTED_INK))
            painter.drawText(QRectF(0, y - 8, GUTTER_W - 8, 16),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             f"{hour:02d}:00")
        painter.setPen(QPen(grid, 1))
        for col in range(8):
            x = GUTTER_W + col * col_w - (0.5 if col == 7 else 0)
            painter.drawLine(QPointF(x, 0), QPointF(x, bottom))
        painter.drawLine(QPointF(GUTTER_W, layout.strip_bottom),
                         QPointF(width, layout.strip_bottom))

    def _paint_now_line(self, painter: QPainter, layout: _Layout) -> None:
        now = to_local(self._clock())
        rect = layout.days.get(now.date())
        hour = now.hour + now.minute / 60
        if rect is None or not FIRST_HOUR <= hour <= LAST_HOUR:
            return
        y = self.hour_y(hour)
        painter.setPen(QPen(QColor(TODAY_LINE), 2))
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        painter.setBrush(QColor(TODAY_LINE))
        painter.drawEllipse(QPointF(rect.left(), y), 4, 4)

    # --- interaction ------------------------------------------------------------------------

    def _item_at(self, pos: QPointF) -> _Item | None:
        for item in reversed(self._layout().items):
            if item.rect.contains(pos):
                return item
        return None

    def _day_at(self, pos: QPointF) -> date | None:
        for day, rect in self._layout().days.items():
            if rect.contains(pos):
                return day
        return None

    def _clicked(self, pos: QPointF, double: bool) -> None:
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


def _wrap(fm: QFontMetricsF, text: str, width: float, max_lines: int) -> list[str]:
    """Greedy word wrap into at most `max_lines`, the last one elided."""
    if max_lines <= 0:
        return []
    lines: list[str] = []
    words = text.split()
    current = ""
    for n, word in enumerate(words):
        trial = f"{current} {word}" if current else word
        if fm.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            current = " ".join(words[n:])
            break
    if current:
        lines.append(current)
    lines = lines[:max_lines]
    return [fm.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


def _overlap(a: QRectF, b: QRectF) -> float:
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

