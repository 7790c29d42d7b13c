"""The season as a Gantt chart: a time axis over the season, a row per event, grouped by parent.

Rows: an event that has children among the records is a group header (bold, tinted row) with
its children below it, indented (any depth; a click on the arrow folds the group). Every other
event gets a row of its own; groups and single events are in order of start. One row per event
rather than packed lanes, so every bar has its name in the fixed label column: coordinators look
events up by name. With 24 px rows 5,000 events are 120,000 px of rows, of which only the visible
~35 are painted; the axis and the label column are painted fixed over the scrolled chart.
Only events that touch the range get a row (a group stays when any of its members touches it).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
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
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from destination_norberg.core.events import EventRecord
from destination_norberg.core.timeutil import now_utc, to_local
from destination_norberg.gui.event_colors import (
    ACCENT,
    GRID,
    INK,
    MUTED_INK,
    NAVY,
    TODAY_LINE,
    EventSpan,
    display_name,
    draw_event_box,
    span_of,
    style_for,
    tooltip_html,
)

LABEL_W = 250.0
AXIS_H = 44.0
ROW_H = 24
BAR_H = 16.0
INDENT = 16.0
ARROW_W = 14.0
MIN_ZOOM, MAX_ZOOM = 1.0, 240.0
DEFAULT_ZOOM = 8.0
MIN_BAR_W = 4.0


@dataclass(frozen=True, slots=True)
class TimelineRow:
    event_id: int
    depth: int  # 0 for groups and single events, 1 for children, …
    is_group: bool
    collapsed: bool = False


class TimelineView(QAbstractScrollArea):
    """Gantt of a season. `event_rect` and clicks are in `viewport()` coordinates.

    Signals: `event_selected(id)` on a click on a bar or a label, `event_activated(id)` on a
    double-click, `zoom_changed(pixels_per_day)`. `select_event` selects without a signal.
    """

    event_selected = Signal(int)
    event_activated = Signal(int)
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] = now_utc) -> None:
        super().__init__(parent)
        self._clock = clock
        self._language = "sv"
        self._records: dict[int, EventRecord] = {}
        self._spans: dict[int, EventSpan] = {}
        self._names: dict[int, str] = {}
        self._children: dict[int, list[int]] = {}
        self._order: list[int] = []  # ids by start, end, name
        self._extent: dict[int, tuple[float, float]] = {}  # days from the range start
        today = self.today()
        self._range = (today, today + timedelta(days=90))
        self._auto_range = True
        self._ppd = DEFAULT_ZOOM
        self._fit = True  # follow the width (whole range in view) until zoomed by hand
        self._rows: list[TimelineRow] = []
        self._row_of: dict[int, int] = {}
        self._collapsed: set[int] = set()
        self._selected: int | None = None
        self._elided: dict[tuple[str, int, bool], str] = {}
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.viewport().setMouseTracking(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.verticalScrollBar().setSingleStep(ROW_H)
        self._update_fonts()

    # --- public API -----------------------------------------------------------------------

    def set_events(self, events: Sequence[EventRecord], language: str = "sv") -> None:
        self._records = {e.id: e for e in events if e.id is not None}
        self._spans = spans = {i: span_of(e) for i, e in self._records.items()}
        self._language = language
        self._names = names = {i: display_name(e, language) for i, e in self._records.items()}
        # One sort for all: roots and each group's children then come out in start order.
        self._order = sorted(spans, key=lambda i: (spans[i].start, spans[i].end, names[i], i))
        children: dict[int, list[int]] = {}
        for event_id in self._order:
            parent = self._records[event_id].parent_id
            if parent is not None and parent in self._records and parent != event_id:
                children.setdefault(parent, []).append(event_id)
        self._children = children
        if self._selected not in self._records:
            self._selected = None
        if self._auto_range and self._spans:
            first = min(s.first_day for s in self._spans.values())
            last = max(s.last_day for s in self._spans.values())
            self._range = (first - timedelta(days=3), last + timedelta(days=3))
        self._rebuild()

    def set_language(self, language: str) -> None:
        self._language = language
        self._names = {i: display_name(e, language) for i, e in self._records.items()}
        self._elided.clear()
        self.viewport().update()

    def set_range(self, start: date, end: date) -> None:
        """Show `start`–`end` (inclusive), e.g. a season's dates."""
        if end < start:
            raise ValueError("the range ends before it starts")
        self._range = (start, end)
        self._auto_range = False
        self._rebuild()

    def current_range(self) -> tuple[date, date]:
        return self._range

    def rows(self) -> list[TimelineRow]:
        """The rows as drawn, top to bottom (children of a folded group left out)."""
        return list(self._rows)

    def set_collapsed(self, event_id: int, collapsed: bool) -> None:
        if collapsed:
            self._collapsed.add(event_id)
        else:
            self._collapsed.discard(event_id)
        self._rebuild(keep_extents=True)

    def pixels_per_day(self) -> float:
        return self._ppd

    def set_zoom(self, pixels_per_day: float, anchor_x: float | None = None) -> None:
        """Zoom keeping the date under `anchor_x` (viewport x; default the chart's middle)."""
        self._fit = False
        self._apply_zoom(pixels_per_day, anchor_x)

    def zoom_to_fit(self) -> None:
        """The whole range in view, and kept so when the widget is resized."""
        self._fit = True
        self._fit_zoom()

    def _fit_zoom(self) -> None:
        days = (self._range[1] - self._range[0]).days + 1
        self._apply_zoom(max(self._chart_width() - 2, 50) / days, None)
        self.horizontalScrollBar().setValue(0)

    def _apply_zoom(self, pixels_per_day: float, anchor_x: float | None) -> None:
        ppd = min(MAX_ZOOM, max(MIN_ZOOM, float(pixels_per_day)))
        if math.isclose(ppd, self._ppd):
            return
        chart_w = self._chart_width()
        anchor = chart_w / 2 if anchor_x is None else min(max(anchor_x - LABEL_W, 0), chart_w)
        days_at_anchor = (self.horizontalScrollBar().value() + anchor) / self._ppd
        self._ppd = ppd
        self._update_scrollbars()
        self.horizontalScrollBar().setValue(round(days_at_anchor * ppd - anchor))
        self.viewport().update()
        self.zoom_changed.emit(ppd)

    def today(self) -> date:
        return to_local(self._clock()).date()

    def select_event(self, event_id: int | None) -> None:
        """Select and scroll into view (unfolding its group); emits nothing."""
        self._selected = event_id if event_id in self._records else None
        if self._selected is None:
            self.viewport().update()
            return
        unfold = False
        parent = self._records[self._selected].parent_id
        seen: set[int] = set()
        while parent is not None and parent in self._records and parent not in seen:
            seen.add(parent)
            if parent in self._collapsed:
                self._collapsed.discard(parent)
                unfold = True
            parent = self._records[parent].parent_id
        if unfold:
            self._rebuild(keep_extents=True)
        self.ensure_visible(self._selected)
        self.viewport().update()

    def selected_event(self) -> int | None:
        return self._selected

    def scroll_to_day(self, day: date) -> None:
        """Bring `day` to the left quarter of the chart and the first row still running on it
        to the top (e.g. today when the page opens)."""
        hbar, vbar = self.horizontalScrollBar(), self.verticalScrollBar()
        hbar.setValue(round((day - self._range[0]).days * self._ppd - self._chart_width() / 4))
        for index, row in enumerate(self._rows):
            if self._spans[row.event_id].last_day >= day:
                vbar.setValue(index * ROW_H)
                break
        self.viewport().update()

    def ensure_visible(self, event_id: int) -> None:
        row = self._row_of.get(event_id)
        if row is None:
            return
        vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
        chart_h = self._chart_height()
        top = row * ROW_H
        if top < vbar.value() or top + ROW_H > vbar.value() + chart_h:
            vbar.setValue(round(top - chart_h / 3))
        x0, x1 = self._bar_x(event_id)
        chart_w = self._chart_width()
        label_room = min(220.0, chart_w / 3)  # a short bar's name is drawn after it
        if x0 < hbar.value() or min(x1, x0 + chart_w / 2) + label_room > hbar.value() + chart_w:
            hbar.setValue(round(x0 - chart_w / 4))

    def event_rect(self, event_id: int) -> QRectF | None:
        """The bar in viewport coordinates (possibly scrolled out of sight), or None."""
        row = self._row_of.get(event_id)
        if row is None or event_id not in self._extent:
            return None
        x0, x1 = self._bar_x(event_id)
        left = LABEL_W + x0 - self.horizontalScrollBar().value()
        top = AXIS_H + row * ROW_H - self.verticalScrollBar().value() + (ROW_H - BAR_H) / 2
        return QRectF(left, top, max(x1 - x0, MIN_BAR_W), BAR_H)

    def x_of(self, moment: datetime) -> float:
        """Viewport x of an instant (aware; naive is taken as local)."""
        local = to_local(moment).replace(tzinfo=None) if moment.tzinfo else moment
        return LABEL_W + self._offset(local) * self._ppd - self.horizontalScrollBar().value()

    def today_x(self) -> float | None:
        """Viewport x of the today line, or None when today is outside the range."""
        now = to_local(self._clock()).replace(tzinfo=None)
        if not self._range[0] <= now.date() <= self._range[1]:
            return None
        return self.x_of(now)

    def event_at(self, pos: QPointF) -> int | None:
        """The event under a viewport position: its bar (±3 px) or its label."""
        row_index = self._row_at(pos.y())
        if row_index is None:
            return None
        event_id = self._rows[row_index].event_id
        if pos.x() < LABEL_W:
            return event_id
        rect = self.event_rect(event_id)
        if rect is not None and rect.adjusted(-3, -3, 3, 3).contains(pos):
            return event_id
        return None

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(1000, 600)

    # --- model ------------------------------------------------------------------------------

    def _rebuild(self, keep_extents: bool = False) -> None:
        if not keep_extents:
            self._extent = {}
            for event_id, span in self._spans.items():
                start, end = span.start, span.end
                if span.all_day:
                    start = datetime.combine(span.first_day, datetime.min.time())
                    end = datetime.combine(span.last_day + timedelta(days=1),
                                           datetime.min.time())
                self._extent[event_id] = (self._offset(start), self._offset(end))
        first, last = self._range
        spans, records = self._spans, self._records
        # An event is kept when it touches the range, and so is every ancestor of it.
        kept: set[int] = set()
        for event_id in self._order:
            span = spans[event_id]
            if span.last_day < first or span.first_day > last:
                continue
            while event_id is not None and event_id not in kept:
                kept.add(event_id)
                parent = records[event_id].parent_id
                event_id = parent if parent in records else None
        rows: list[TimelineRow] = []
        placed: set[int] = set()
        children, collapsed = self._children, self._collapsed
        for root in self._order:
            if root not in kept or root in placed or (
                    records[root].parent_id in records and records[root].parent_id != root):
                continue
            stack: list[tuple[int, int, bool]] = [(root, 0, False)]
            while stack:
                event_id, depth, hidden = stack.pop()
                if event_id in placed:
                    continue
                placed.add(event_id)
                kids = [c for c in children.get(event_id, ()) if c in kept]
                folded = event_id in collapsed
                if not hidden:
                    rows.append(TimelineRow(event_id, depth, bool(kids), folded and bool(kids)))
                stack.extend((c, depth + 1, hidden or folded) for c in reversed(kids))
        # Members of a parent cycle (bad data) have no root: they still get rows.
        rows += [TimelineRow(i, 0, False) for i in self._order if i in kept and i not in placed]
        self._rows = rows
        self._row_of = {row.event_id: n for n, row in enumerate(rows)}
        if self._fit and not keep_extents:
            self._fit_zoom()
        self._update_scrollbars()
        self.viewport().update()

    def _offset(self, local: datetime) -> float:
        """Days from the range start to a naive local time (a DST day is one day wide)."""
        seconds = local.hour * 3600 + local.minute * 60 + local.second
        return (local.date() - self._range[0]).days + seconds / 86400

    def _bar_x(self, event_id: int) -> tuple[float, float]:
        start, end = self._extent[event_id]
        x0 = start * self._ppd
        return x0, max(end * self._ppd, x0 + MIN_BAR_W)

    def _chart_width(self) -> float:
        return max(self.viewport().width() - LABEL_W, 1.0)

    def _chart_height(self) -> float:
        return max(self.viewport().height() - AXIS_H, 1.0)

    def _content_width(self) -> float:
        return ((self._range[1] - self._range[0]).days + 1) * self._ppd

    def _update_scrollbars(self) -> None:
        hbar, vbar = self.horizontalScrollBar(), self.verticalScrollBar()
        chart_w, chart_h = self._chart_width(), self._chart_height()
        hbar.setRange(0, max(0, math.ceil(self._content_width() - chart_w)))
        hbar.setPageStep(round(chart_w))
        hbar.setSingleStep(max(1, round(self._ppd)))
        vbar.setRange(0, max(0, len(self._rows) * ROW_H - int(chart_h)))
        vbar.setPageStep(max(ROW_H, int(chart_h)))

    def _row_at(self, y: float) -> int | None:
        if y < AXIS_H:
            return None
        row = int((y - AXIS_H + self.verticalScrollBar().value()) // ROW_H)
        return row if 0 <= row < len(self._rows) else None

    # --- Qt events --------------------------------------------------------------------------

    def _update_fonts(self) -> None:
        self._font = QFont(self.font())
        self._small_font = QFont(self._font)
        self._small_font.setPointSizeF(max(7.5, self._font.pointSizeF() - 1))
        self._bold_font = QFont(self._font)
        self._bold_font.setWeight(QFont.Weight.DemiBold)
        self._fm = QFontMetricsF(self._font)
        self._small_fm = QFontMetricsF(self._small_font)
        self._bold_fm = QFontMetricsF(self._bold_font)
        self._elided.clear()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            self._update_fonts()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self.viewport().update()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._fit:
            self._fit_zoom()
        self._update_scrollbars()

    def scrollContentsBy(self, _dx: int, _dy: int) -> None:  # noqa: N802 - Qt override
        self.viewport().update()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        modifiers = event.modifiers()
        delta = event.angleDelta().y() or event.angleDelta().x()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            if delta:
                self.set_zoom(self._ppd * 1.25 ** (delta / 120), event.position().x())
            event.accept()
        elif modifiers & Qt.KeyboardModifier.ShiftModifier:
            hbar = self.horizontalScrollBar()
            hbar.setValue(hbar.value() - round(delta / 120 * hbar.pageStep() / 4))
            event.accept()
        else:
            super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_zoom(self._ppd * 1.25)
        elif key == Qt.Key.Key_Minus:
            self.set_zoom(self._ppd / 1.25)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self._rows:
            current = self._row_of.get(self._selected, -1) if self._selected is not None else -1
            step = -1 if key == Qt.Key.Key_Up else 1
            row = min(max(current + step, 0), len(self._rows) - 1)
            event_id = self._rows[row].event_id
            self.select_event(event_id)
            self.event_selected.emit(event_id)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            self.event_activated.emit(self._selected)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        row_index = self._row_at(pos.y())
        if row_index is not None and pos.x() < LABEL_W:
            row = self._rows[row_index]
            arrow_x = 6 + row.depth * INDENT
            if row.is_group and arrow_x - 2 <= pos.x() <= arrow_x + ARROW_W + 2:
                self.set_collapsed(row.event_id, not row.collapsed)
                return
        event_id = self.event_at(pos)
        if event_id is not None:
            self._selected = event_id
            self.viewport().update()
            self.event_selected.emit(event_id)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        event.accept()  # the press did the work

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() != Qt.MouseButton.LeftButton:
            return
        event_id = self.event_at(event.position())
        if event_id is not None:
            self.event_activated.emit(event_id)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            event_id = self.event_at(QPointF(event.pos()))
            if event_id is None:
                QToolTip.hideText()
                event.ignore()
            else:
                record = self._records[event_id]
                parent = (self._names.get(record.parent_id)
                          if record.parent_id is not None else None)
                QToolTip.showText(event.globalPos(),
                                  tooltip_html(record, self._language, parent), self.viewport())
            return True
        return super().viewportEvent(event)

    def tooltip_at(self, pos: QPointF) -> str:
        """The tooltip a position would show ("" when none): for tests and status bars."""
        event_id = self.event_at(pos)
        if event_id is None:
            return ""
        record = self._records[event_id]
        parent = self._names.get(record.parent_id) if record.parent_id is not None else None
        return tooltip_html(record, self._language, parent)

    # --- painting ---------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self.viewport())
        width, height = float(self.viewport().width()), float(self.viewport().height())
        painter.fillRect(QRectF(0, 0, width, height), QColor("white"))
        sx = self.horizontalScrollBar().value()
        sy = self.verticalScrollBar().value()
        first_row = max(0, int(sy // ROW_H))
        last_row = min(len(self._rows), int((sy + height - AXIS_H) // ROW_H) + 1)
        chart = QRectF(LABEL_W, AXIS_H, width - LABEL_W, height - AXIS_H)
        painter.setClipRect(chart)
        self._paint_calendar_grid(painter, chart, sx)
        self._paint_rows(painter, chart, sx, sy, first_row, last_row)
        self._paint_today(painter, chart)
        painter.setClipping(False)
        self._paint_axis(painter, width, sx)
        self._paint_labels(painter, height, sy, first_row, last_row)
        painter.end()

    def _visible_days(self, chart: QRectF, sx: float) -> tuple[int, int]:
        total = (self._range[1] - self._range[0]).days + 1
        first = max(0, int(sx // self._ppd))
        last = min(total - 1, int((sx + chart.width()) // self._ppd) + 1)
        return first, last

    def _day_x(self, offset: int, sx: float) -> float:
        return LABEL_W + offset * self._ppd - sx

    def _paint_calendar_grid(self, painter: QPainter, chart: QRectF, sx: float) -> None:
        first, last = self._visible_days(chart, sx)
        start = self._range[0]
        weekend = QColor("#f6f8fb")
        week_pen = QPen(QColor("#eef1f4"), 1)
        month_pen = QPen(QColor(GRID), 1)
        for offset in range(first, last + 1):
            day = start + timedelta(days=offset)
            x = self._day_x(offset, sx)
            if day.weekday() >= 5 and self._ppd >= 4:
                painter.fillRect(QRectF(x, chart.top(), self._ppd, chart.height()), weekend)
            if day.day == 1:
                painter.setPen(month_pen)
                painter.drawLine(QPointF(x, chart.top()), QPointF(x, chart.bottom()))
            elif day.weekday() == 0 and self._ppd * 7 >= 10:
                painter.setPen(week_pen)
                painter.drawLine(QPointF(x, chart.top()), QPointF(x, chart.bottom()))
        # The range ends: the area outside the season is greyed.
        end_x = self._day_x(last + 1, sx)
        if end_x < chart.right() and last == (self._range[1] - start).days:
            painter.fillRect(QRectF(end_x, chart.top(), chart.right() - end_x, chart.height()),
                             QColor("#eceff3"))

    def _paint_rows(self, painter: QPainter, chart: QRectF, sx: float, sy: float,
                    first_row: int, last_row: int) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line_pen = QPen(QColor("#f0f2f5"), 1)
        for index in range(first_row, last_row):
            row = self._rows[index]
            top = AXIS_H + index * ROW_H - sy
            band = QRectF(chart.left(), top, chart.width(), ROW_H)
            if row.event_id == self._selected:
                painter.fillRect(band, QColor("#fdf3d7"))
            elif row.is_group:
                painter.fillRect(band, QColor("#eef2f7"))
            painter.setPen(line_pen)
            painter.drawLine(band.bottomLeft(), band.bottomRight())
            self._paint_bar(painter, row, top, chart, sx)

    def _paint_bar(self, painter: QPainter, row: TimelineRow, top: float, chart: QRectF,
                   sx: float) -> None:
        event_id = row.event_id
        record = self._records[event_id]
        x0, x1 = self._bar_x(event_id)
        left, right = LABEL_W + x0 - sx, LABEL_W + x1 - sx
        if right < chart.left() - 200 or left > chart.right():
            return
        rect = QRectF(left, top + (ROW_H - BAR_H) / 2, right - left, BAR_H)
        style = style_for(record.kind, record.status)
        painter.setFont(self._bold_font if row.is_group else self._small_font)
        draw_event_box(painter, rect, style, "", solid=True, selected=event_id == self._selected)
        name = self._names[event_id]
        fm = self._bold_fm if row.is_group else self._small_fm
        visible_left = max(left, chart.left()) + 5
        inside = right - visible_left - 5
        text_w = fm.horizontalAdvance(name)
        if record.milestone:
            self._paint_milestone(painter, left, rect.center().y())
        if text_w <= inside:
            painter.setPen(style.on_fill)
            _draw_line(painter, fm, visible_left, rect, name, style.strike)
        else:
            # Beside the bar when it is too short for its name (one row per event: room).
            x = max(right, chart.left()) + (10 if record.milestone else 5)
            painter.setPen(QColor(MUTED_INK if style.strike else INK))
            _draw_line(painter, fm, x, rect, name, style.strike)

    def _paint_milestone(self, painter: QPainter, x: float, y: float) -> None:
        r = BAR_H / 2 + 1
        diamond = QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r),
                             QPointF(x - r, y)])
        painter.setPen(QPen(QColor(NAVY), 1))
        painter.setBrush(QColor(ACCENT))
        painter.drawPolygon(diamond)

    def _paint_today(self, painter: QPainter, chart: QRectF) -> None:
        x = self.today_x()
        if x is None or not chart.left() <= x <= chart.right():
            return
        painter.setPen(QPen(QColor(TODAY_LINE), 2))
        painter.drawLine(QPointF(x, chart.top()), QPointF(x, chart.bottom()))

    def _paint_axis(self, painter: QPainter, width: float, sx: float) -> None:
        axis = QRectF(LABEL_W, 0, width - LABEL_W, AXIS_H)
        painter.fillRect(axis, QColor("#f6f8fb"))
        painter.save()
        painter.setClipRect(axis)
        chart = QRectF(LABEL_W, AXIS_H, width - LABEL_W, 1)
        first, last = self._visible_days(chart, sx)
        start = self._range[0]
        locale = QLocale()
        half = AXIS_H / 2
        painter.setFont(self._bold_font)
        # Months: a label per month, kept in sight while the month is partly scrolled away.
        day = start + timedelta(days=first)
        month_start = day.replace(day=1)
        while month_start <= start + timedelta(days=last):
            nxt = (month_start + timedelta(days=32)).replace(day=1)
            x0 = self._day_x((month_start - start).days, sx)
            x1 = self._day_x((nxt - start).days, sx)
            painter.setPen(QPen(QColor(GRID), 1))
            painter.drawLine(QPointF(x0, 0), QPointF(x0, AXIS_H))
            label_x = max(x0, LABEL_W) + 6
            room = x1 - label_x - 4
            qdate = QDate(month_start.year, month_start.month, 1)
            for pattern in ("MMMM yyyy", "MMM yyyy", "MMM"):
                text = _capitalised(locale.toString(qdate, pattern))
                if self._bold_fm.horizontalAdvance(text) <= room:
                    painter.setPen(QColor(NAVY))
                    painter.drawText(QRectF(label_x, 0, room, half),
                                     int(Qt.AlignmentFlag.AlignLeft
                                         | Qt.AlignmentFlag.AlignVCenter), text)
                    break
            month_start = nxt
        painter.setFont(self._small_font)
        tick_pen = QPen(QColor("#b8c1cc"), 1)
        for offset in range(first, last + 1):
            day = start + timedelta(days=offset)
            x = self._day_x(offset, sx)
            if self._ppd >= 18:
                painter.setPen(QColor(TODAY_LINE if day.weekday() == 6 else MUTED_INK))
                painter.drawText(QRectF(x, half, self._ppd, half),
                                 int(Qt.AlignmentFlag.AlignCenter), str(day.day))
            if day.weekday() == 0:
                painter.setPen(tick_pen)
                painter.drawLine(QPointF(x, half + 4), QPointF(x, AXIS_H))
                if self._ppd < 18 and self._ppd * 7 >= 26:
                    painter.setPen(QColor(MUTED_INK))
                    text = self.tr("w%1").replace("%1", str(day.isocalendar().week))
                    painter.drawText(QRectF(x + 3, half, self._ppd * 7 - 3, half),
                                     int(Qt.AlignmentFlag.AlignLeft
                                         | Qt.AlignmentFlag.AlignVCenter), text)
        today = self.today_x()
        if today is not None and LABEL_W <= today <= width:
            text = self.tr("Today")
            tag_w = self._small_fm.horizontalAdvance(text) + 10
            tag = QRectF(today - tag_w / 2, half + 3, tag_w, half - 6)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(TODAY_LINE))
            painter.drawRoundedRect(tag, 4, 4)
            painter.setPen(QColor("white"))
            painter.drawText(tag, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()
        painter.setPen(QPen(QColor(GRID), 1))
        painter.drawLine(QPointF(0, AXIS_H - 0.5), QPointF(width, AXIS_H - 0.5))

    def _paint_labels(self, painter: QPainter, height: float, sy: float, first_row: int,
                      last_row: int) -> None:
        column = QRectF(0, 0, LABEL_W, height)
        painter.fillRect(column, QColor("white"))
        painter.save()
        painter.setClipRect(QRectF(0, AXIS_H, LABEL_W, height - AXIS_H))
        for index in range(first_row, last_row):
            row = self._rows[index]
            top = AXIS_H + index * ROW_H - sy
            band = QRectF(0, top, LABEL_W, ROW_H)
            if row.event_id == self._selected:
                painter.fillRect(band, QColor("#fdf3d7"))
            elif row.is_group:
                painter.fillRect(band, QColor("#eef2f7"))
            record = self._records[row.event_id]
            style = style_for(record.kind, record.status)
            x = 6 + row.depth * INDENT
            if row.is_group:
                self._paint_arrow(painter, x, band.center().y(), row.collapsed)
            swatch = QRectF(x + ARROW_W, band.center().y() - 5, 10, 10)
            draw_event_box(painter, swatch, style, "", solid=True, radius=2)
            fm = self._bold_fm if row.is_group else self._fm
            painter.setFont(self._bold_font if row.is_group else self._font)
            painter.setPen(QColor(MUTED_INK if style.strike else INK))
            text_x = swatch.right() + 6
            name = self._elide(self._names[row.event_id], LABEL_W - text_x - 8, row.is_group)
            _draw_line(painter, fm, text_x, band, name, style.strike)
        painter.restore()
        painter.fillRect(QRectF(0, 0, LABEL_W, AXIS_H), QColor("#f6f8fb"))
        painter.setFont(self._bold_font)
        painter.setPen(QColor(NAVY))
        painter.drawText(QRectF(10, 0, LABEL_W - 20, AXIS_H),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         self.tr("Events (%1)").replace("%1", str(len(self._records))))
        painter.setPen(QPen(QColor(GRID), 1))
        painter.drawLine(QPointF(LABEL_W - 0.5, 0), QPointF(LABEL_W - 0.5, height))
        painter.drawLine(QPointF(0, AXIS_H - 0.5), QPointF(LABEL_W, AXIS_H - 0.5))

    def _paint_arrow(self, painter: QPainter, x: float, y: float, collapsed: bool) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(NAVY))
        if collapsed:
            points = [QPointF(x + 3, y - 5), QPointF(x + 9, y), QPointF(x + 3, y + 5)]
        else:
            points = [QPointF(x + 1, y - 3), QPointF(x + 11, y - 3), QPointF(x + 6, y + 3)]
        painter.drawPolygon(QPolygonF(points))

    def _elide(self, text: str, width: float, bold: bool) -> str:
        key = (text, int(width), bold)
        found = self._elided.get(key)
        if found is None:
            if len(self._elided) > 20_000:
                self._elided.clear()
            fm = self._bold_fm if bold else self._fm
            found = fm.elidedText(text, Qt.TextElideMode.ElideRight, int(width))
            self._elided[key] = found
        return found


def _draw_line(painter: QPainter, fm: QFontMetricsF, x: float, band: QRectF, text: str,
               strike: bool) -> None:
    """One line of text on its baseline, vertically centred in `band` (no layout pass)."""
    baseline = band.center().y() + (fm.ascent() - fm.descent()) / 2
    painter.drawText(QPointF(x, baseline), text)
    if strike:
        y = band.center().y()
        painter.drawLine(QPointF(x, y), QPointF(x + fm.horizontalAdvance(text), y))


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
