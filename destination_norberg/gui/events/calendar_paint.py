"""Drawing a calendar page: the canvas widget, the fonts, the month and week grids and the
items on them.

Painting never decides where anything goes: it draws the rectangles and lines that
calendar_layout placed, so a repaint is cheap and what is drawn is exactly what a click hits.
CalendarView owns a CalendarFonts (which also measures text for the layout) and a
CalendarPainter, and tells the painter each frame's page, day and selection.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from destination_norberg.gui.common import labels
from destination_norberg.gui.events.calendar_layout import (
    DAY_NUMBER_H,
    FIRST_HOUR,
    GUTTER_W,
    HEADER_H,
    LAST_HOUR,
    MONTH,
    WEEK,
    WEEKNO_W,
    CalendarItem,
    CalendarLayout,
    Rect,
)
from destination_norberg.gui.events.colors import (
    ACCENT,
    GRID,
    INK,
    MUTED_INK,
    NAVY,
    TODAY_LINE,
    EventStyle,
    draw_event_box,
    style_for,
)

if TYPE_CHECKING:
    from destination_norberg.core.events import EventRecord
    from destination_norberg.gui.events.calendar_view import CalendarView


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


class CalendarFonts:
    """The chip font, its bold and their struck-out twins, from the widget's font; also the
    layout's TextMetrics (calendar_layout), so what is measured is what is drawn."""

    def __init__(self, base: QFont) -> None:
        self.chip_font = QFont(base)
        self.chip_font.setPointSizeF(max(7.5, base.pointSizeF() - 1))
        self.bold_font = QFont(self.chip_font)
        self.bold_font.setWeight(QFont.Weight.DemiBold)
        self.chip_strike = QFont(self.chip_font)
        self.chip_strike.setStrikeOut(True)
        self.bold_strike = QFont(self.bold_font)
        self.bold_strike.setStrikeOut(True)
        self.chip_fm = QFontMetricsF(self.chip_font)
        self.bold_fm = QFontMetricsF(self.bold_font)
        self.chip_height = self.chip_fm.height()
        self.line_h = round(self.chip_height + 5)

    def chip_width(self, text: str) -> float:
        return self.chip_fm.horizontalAdvance(text)

    def bold_width(self, text: str) -> float:
        return self.bold_fm.horizontalAdvance(text)

    def chip_elide(self, text: str, width: float) -> str:
        return self.chip_fm.elidedText(text, Qt.TextElideMode.ElideRight, width)

    def bold_elide(self, text: str, width: float) -> str:
        return self.bold_fm.elidedText(text, Qt.TextElideMode.ElideRight, width)


@dataclass(frozen=True, slots=True)
class CalendarFrame:
    """What one paint needs besides the layout: the page, the canvas and the moment."""

    mode: str
    anchor: date  # a day of the month shown (month mode: other months' days are greyed)
    first: date  # the page's first day
    width: float
    grid_bottom: float  # where the month grid's right edge ends (the view's height)
    today: date
    now: datetime  # local
    selected: int | None


class CalendarCanvas(QWidget):
    """The painted page; mouse, wheel and tooltips go to the owning CalendarView."""

    def __init__(self, owner: CalendarView) -> None:  # the view owns the canvas it talks to
        super().__init__(owner)
        self._owner = owner
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(420, 300)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(900, 640)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        self._owner.paint_canvas(painter)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._owner.canvas_resized()
        super().resizeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._owner.clicked(event.position(), double=False)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._owner.clicked(event.position(), double=True)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        self._owner.wheel(event.angleDelta().y())
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


class CalendarPainter:
    """Paints a CalendarLayout onto the canvas with the view's fonts."""

    def __init__(self, fonts: CalendarFonts) -> None:
        self.set_fonts(fonts)

    def set_fonts(self, fonts: CalendarFonts) -> None:
        self._chip_font, self._bold_font = fonts.chip_font, fonts.bold_font
        self._chip_strike, self._bold_strike = fonts.chip_strike, fonts.bold_strike
        self._chip_fm, self._bold_fm = fonts.chip_fm, fonts.bold_fm
        self._line_h = fonts.line_h

    def paint(self, painter: QPainter, canvas: QRectF, layout: CalendarLayout,
              records: dict[int, EventRecord], frame: CalendarFrame) -> None:
        self._mode, self._anchor, self._selected = frame.mode, frame.anchor, frame.selected
        self._frame = frame
        self._records = records
        painter.fillRect(canvas, QColor("white"))
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
                draw_event_box(painter, qrect(item.rect), style, "", solid=False,
                               selected=selected)
                self._paint_block_lines(painter, item, style)
                continue
            draw_event_box(painter, qrect(item.rect), style, item.text, solid=item.solid,
                           selected=selected, open_left=item.open_left,
                           open_right=item.open_right)
        if self._mode == WEEK:
            self._paint_now_line(painter, layout)

    def _paint_more(self, painter: QPainter, item: CalendarItem) -> None:
        rect = qrect(item.rect)
        if item.badge:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#dde5ee"))
            painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
            painter.setFont(self._bold_font)
            painter.setPen(QColor(NAVY))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), item.text)
            painter.setFont(self._chip_font)
            return
        painter.setPen(QColor(NAVY))
        painter.drawText(rect.adjusted(4, 0, 0, 0),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         item.text)

    def _paint_block_lines(self, painter: QPainter, item: CalendarItem, style: EventStyle) -> None:
        """A block's lines were wrapped and elided in the layout: only draw them here."""
        fm = self._chip_fm
        x = item.rect.left() + 3 + 4
        baseline = item.rect.top() + 2 + fm.ascent()
        fonts = (self._chip_strike, self._bold_strike) if style.strike else \
            (self._chip_font, self._bold_font)
        painter.save()
        painter.setClipRect(qrect(item.rect))
        painter.setPen(style.on_tint)
        for text, bold in item.lines:
            painter.setFont(fonts[bold])
            painter.drawText(QPointF(x, baseline), text)
            baseline += fm.height()
        painter.restore()

    def _paint_month_grid(self, painter: QPainter, layout: CalendarLayout) -> None:
        locale = QLocale()
        width = self._frame.width
        today = self._frame.today
        col_w = (width - WEEKNO_W) / 7
        painter.setFont(self._chip_font)
        painter.setPen(QColor(MUTED_INK))
        painter.drawText(QRectF(0, 0, WEEKNO_W, HEADER_H), int(Qt.AlignmentFlag.AlignCenter),
                         QCoreApplication.translate("CalendarView", "Wk"))
        for col in range(7):
            name = locale.dayName(col + 1, QLocale.FormatType.ShortFormat)
            painter.drawText(QRectF(WEEKNO_W + col * col_w + 6, 0, col_w - 6, HEADER_H),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             name)
        grid_pen = QPen(QColor(GRID), 1)
        for day, cell in layout.days.items():
            rect = qrect(cell)
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
        painter.drawLine(QPointF(width - 0.5, HEADER_H),
                         QPointF(width - 0.5, self._frame.grid_bottom))

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

    def _paint_week_grid(self, painter: QPainter, layout: CalendarLayout) -> None:
        locale = QLocale()
        width = self._frame.width
        first = self._frame.first
        today = self._frame.today
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
                         QCoreApplication.translate("CalendarView", "all day"))
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

    def _paint_now_line(self, painter: QPainter, layout: CalendarLayout) -> None:
        now = self._frame.now
        rect = layout.days.get(now.date())
        hour = now.hour + now.minute / 60
        if rect is None or not FIRST_HOUR <= hour <= LAST_HOUR:
            return
        y = layout.hours_top + (hour - FIRST_HOUR) * layout.hour_h
        painter.setPen(QPen(QColor(TODAY_LINE), 2))
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        painter.setBrush(QColor(TODAY_LINE))
        painter.drawEllipse(QPointF(rect.left(), y), 4, 4)
