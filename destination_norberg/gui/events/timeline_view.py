"""The season as a Gantt chart: a time axis over the season, a row per event, grouped by parent.

Rows: an event that has children among the records is a group header (bold, tinted row) with
its children below it, indented (any depth; a click on the arrow folds the group). Every other
event gets a row of its own; groups and single events are in order of start. One row per event
rather than packed lanes, so every bar has its name in the fixed label column: coordinators look
events up by name. With 24 px rows 5,000 events are 120,000 px of rows, of which only the visible
~35 are painted; the axis and the label column are painted fixed over the scrolled chart.
Only events that touch the range get a row (a group stays when any of its members touches it).

Rows and geometry are a TimelineLayout's (plain Python), drawing a TimelinePainter's; the view
owns one of each and is the scroll-area widget: its API, zoom, keys, mouse and tooltips.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from destination_norberg.core.events import EventRecord
from destination_norberg.core.timeutil import now_utc, to_local
from destination_norberg.gui.events.colors import EventSpan, display_name, span_of, tooltip_html
from destination_norberg.gui.events.timeline_layout import (
    ARROW_W,
    AXIS_H,
    BAR_H,
    DEFAULT_ZOOM,
    INDENT,
    LABEL_W,
    MAX_ZOOM,
    MIN_BAR_W,
    MIN_ZOOM,
    ROW_H,
    TimelineLayout,
    TimelineRow,
)
from destination_norberg.gui.events.timeline_paint import TimelineFrame, TimelinePainter

__all__ = [
    "ARROW_W",
    "AXIS_H",
    "BAR_H",
    "DEFAULT_ZOOM",
    "INDENT",
    "LABEL_W",
    "MAX_ZOOM",
    "MIN_BAR_W",
    "MIN_ZOOM",
    "ROW_H",
    "TimelineRow",
    "TimelineView",
]


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
        self._chart = TimelineLayout(self.today())
        self._ppd = DEFAULT_ZOOM
        self._fit = True  # follow the width (whole range in view) until zoomed by hand
        self._selected: int | None = None
        self._painter = TimelinePainter(self._chart, self.font())
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.viewport().setMouseTracking(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.verticalScrollBar().setSingleStep(ROW_H)

    # The layout's tables under the names the view has always had (tests read a few).
    @property
    def _records(self) -> dict[int, EventRecord]:
        return self._chart.records

    @property
    def _spans(self) -> dict[int, EventSpan]:
        return self._chart.spans

    @property
    def _names(self) -> dict[int, str]:
        return self._chart.names

    @property
    def _rows(self) -> list[TimelineRow]:
        return self._chart.rows

    @property
    def _row_of(self) -> dict[int, int]:
        return self._chart.row_of

    @property
    def _range(self) -> tuple[date, date]:
        return self._chart.range

    # --- public API -----------------------------------------------------------------------

    def set_events(self, events: Sequence[EventRecord], language: str = "sv") -> None:
        records = {e.id: e for e in events if e.id is not None}
        self._language = language
        self._chart.set_events(records, {i: span_of(e) for i, e in records.items()},
                             {i: display_name(e, language) for i, e in records.items()})
        if self._selected not in records:
            self._selected = None
        self._rebuild()

    def set_language(self, language: str) -> None:
        self._language = language
        self._chart.names = {i: display_name(e, language) for i, e in self._records.items()}
        self._painter.names_changed()
        self.viewport().update()

    def set_range(self, start: date, end: date) -> None:
        """Show `start`–`end` (inclusive), e.g. a season's dates."""
        self._chart.set_range(start, end)
        self._rebuild()

    def current_range(self) -> tuple[date, date]:
        return self._range

    def rows(self) -> list[TimelineRow]:
        """The rows as drawn, top to bottom (children of a folded group left out)."""
        return list(self._rows)

    def set_collapsed(self, event_id: int, collapsed: bool) -> None:
        self._chart.set_collapsed(event_id, collapsed)
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
        if self._chart.unfold_to(self._selected):
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
        x0, x1 = self._chart.bar_x(event_id, self._ppd)
        chart_w = self._chart_width()
        label_room = min(220.0, chart_w / 3)  # a short bar's name is drawn after it
        if x0 < hbar.value() or min(x1, x0 + chart_w / 2) + label_room > hbar.value() + chart_w:
            hbar.setValue(round(x0 - chart_w / 4))

    def event_rect(self, event_id: int) -> QRectF | None:
        """The bar in viewport coordinates (possibly scrolled out of sight), or None."""
        row = self._row_of.get(event_id)
        if row is None or event_id not in self._chart.extent:
            return None
        x0, x1 = self._chart.bar_x(event_id, self._ppd)
        left = LABEL_W + x0 - self.horizontalScrollBar().value()
        top = AXIS_H + row * ROW_H - self.verticalScrollBar().value() + (ROW_H - BAR_H) / 2
        return QRectF(left, top, max(x1 - x0, MIN_BAR_W), BAR_H)

    def x_of(self, moment: datetime) -> float:
        """Viewport x of an instant (aware; naive is taken as local)."""
        local = to_local(moment).replace(tzinfo=None) if moment.tzinfo else moment
        return LABEL_W + self._chart.offset(local) * self._ppd - self.horizontalScrollBar().value()

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

    # --- Qt events --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            self._painter.set_font(self.font())
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self.viewport().update()
        super().changeEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        viewport = self.viewport()
        frame = TimelineFrame(
            width=float(viewport.width()), height=float(viewport.height()),
            sx=self.horizontalScrollBar().value(), sy=self.verticalScrollBar().value(),
            ppd=self._ppd, selected=self._selected, today_x=self.today_x())
        painter = QPainter(viewport)
        self._painter.paint(painter, frame)
        painter.end()

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

    # --- geometry against the widget ----------------------------------------------------------

    def _rebuild(self, keep_extents: bool = False) -> None:
        self._chart.rebuild(keep_extents)
        if self._fit and not keep_extents:
            self._fit_zoom()
        self._update_scrollbars()
        self.viewport().update()

    def _chart_width(self) -> float:
        return max(self.viewport().width() - LABEL_W, 1.0)

    def _chart_height(self) -> float:
        return max(self.viewport().height() - AXIS_H, 1.0)

    def _update_scrollbars(self) -> None:
        ranges = self._chart.scroll_ranges(self._chart_width(), self._chart_height(), self._ppd)
        hbar, vbar = self.horizontalScrollBar(), self.verticalScrollBar()
        hbar.setRange(0, ranges.h_max)
        hbar.setPageStep(ranges.h_page)
        hbar.setSingleStep(ranges.h_step)
        vbar.setRange(0, ranges.v_max)
        vbar.setPageStep(ranges.v_page)

    def _row_at(self, y: float) -> int | None:
        return self._chart.row_at(y, self.verticalScrollBar().value())
