"""Drawing the timeline: the calendar grid, the rows and bars, the today line, the date axis and
the fixed label column.

Only the rows in view are painted (5,000 events are 120,000 px of rows, ~35 of them visible),
and the axis and the label column are painted last, over the scrolled chart, so they stay put.
TimelineView owns one TimelinePainter: it holds the fonts and the elided names, reads the rows
from the view's TimelineLayout and is told the scroll, zoom and selection of each frame.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from destination_norberg.gui.events.colors import (
    ACCENT,
    GRID,
    INK,
    MUTED_INK,
    NAVY,
    TODAY_LINE,
    draw_event_box,
    style_for,
)
from destination_norberg.gui.events.timeline_layout import (
    ARROW_W,
    AXIS_H,
    BAR_H,
    INDENT,
    LABEL_W,
    ROW_H,
    TimelineLayout,
    TimelineRow,
)


@dataclass(frozen=True, slots=True)
class TimelineFrame:
    """What one paint needs from the view besides the layout: size, scroll, zoom, selection."""

    width: float
    height: float
    sx: float
    sy: float
    ppd: float
    selected: int | None
    today_x: float | None  # viewport x of the today line, None outside the range


class TimelinePainter:
    """Paints a TimelineLayout into a viewport; owns the fonts and the elided-name cache."""

    def __init__(self, layout: TimelineLayout, font: QFont) -> None:
        self._layout = layout
        self._elided: dict[tuple[str, int, bool], str] = {}
        self.set_font(font)

    def set_font(self, base: QFont) -> None:
        """The widget's font changed: derive the small and bold fonts and their metrics."""
        self._font = QFont(base)
        self._small_font = QFont(self._font)
        self._small_font.setPointSizeF(max(7.5, self._font.pointSizeF() - 1))
        self._bold_font = QFont(self._font)
        self._bold_font.setWeight(QFont.Weight.DemiBold)
        self._fm = QFontMetricsF(self._font)
        self._small_fm = QFontMetricsF(self._small_font)
        self._bold_fm = QFontMetricsF(self._bold_font)
        self._elided.clear()

    def names_changed(self) -> None:
        self._elided.clear()

    def paint(self, painter: QPainter, frame: TimelineFrame) -> None:
        """The whole viewport, for `paintEvent`."""
        self._frame = frame
        self._ppd = frame.ppd
        self._selected = frame.selected
        self._rows, self._records = self._layout.rows, self._layout.records
        self._names, self._range = self._layout.names, self._layout.range
        width, height = frame.width, frame.height
        painter.fillRect(QRectF(0, 0, width, height), QColor("white"))
        sx, sy = frame.sx, frame.sy
        first_row, last_row = self._layout.visible_rows(sy, height)
        chart = QRectF(LABEL_W, AXIS_H, width - LABEL_W, height - AXIS_H)
        painter.setClipRect(chart)
        self._paint_calendar_grid(painter, chart, sx)
        self._paint_rows(painter, chart, sx, sy, first_row, last_row)
        self._paint_today(painter, chart)
        painter.setClipping(False)
        self._paint_axis(painter, width, sx)
        self._paint_labels(painter, height, sy, first_row, last_row)

    def _visible_days(self, chart: QRectF, sx: float) -> tuple[int, int]:
        return self._layout.visible_days(sx, chart.width(), self._ppd)

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
        x0, x1 = self._layout.bar_x(event_id, self._ppd)
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
        x = self._frame.today_x
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
        # Zoomed far out, where not even "Nov." fits its month, a short label runs on into
        # the next months and those it covers go unlabelled (every second or third month),
        # with the year at January and at the first label, so the axis never goes blank.
        day = start + timedelta(days=first)
        months: list[tuple[date, float, float]] = []  # (month, label x, room)
        month_start = day.replace(day=1)
        while month_start <= start + timedelta(days=last):
            nxt = (month_start + timedelta(days=32)).replace(day=1)
            x0 = self._day_x((month_start - start).days, sx)
            x1 = self._day_x((nxt - start).days, sx)
            painter.setPen(QPen(QColor(GRID), 1))
            painter.drawLine(QPointF(x0, 0), QPointF(x0, AXIS_H))
            label_x = max(x0, LABEL_W) + 6
            months.append((month_start, label_x, x1 - label_x - 4))
            month_start = nxt
        texts = month_labels([m for m, _x, _r in months], [r for _m, _x, r in months],
                             self._bold_fm.horizontalAdvance, locale)
        free_x = 0.0  # where the next label may start
        for (_month, label_x, _room), text in zip(months, texts, strict=True):
            if text and label_x >= free_x:
                text_w = self._bold_fm.horizontalAdvance(text)
                painter.setPen(QColor(NAVY))
                painter.drawText(QRectF(label_x, 0, text_w + 2, half),
                                 int(Qt.AlignmentFlag.AlignLeft
                                     | Qt.AlignmentFlag.AlignVCenter), text)
                free_x = label_x + text_w + 10
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
                    text = QCoreApplication.translate("TimelineView", "w%1").replace(
                        "%1", str(day.isocalendar().week))
                    painter.drawText(QRectF(x + 3, half, self._ppd * 7 - 3, half),
                                     int(Qt.AlignmentFlag.AlignLeft
                                         | Qt.AlignmentFlag.AlignVCenter), text)
        today = self._frame.today_x
        if today is not None and LABEL_W <= today <= width:
            text = QCoreApplication.translate("TimelineView", "Today")
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
        title = QCoreApplication.translate("TimelineView", "Events (%1)").replace(
            "%1", str(len(self._records)))
        painter.drawText(QRectF(10, 0, LABEL_W - 20, AXIS_H),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
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


def month_labels(months: list[date], rooms: list[float], width: Callable[[str], float],
                 locale: QLocale) -> list[str]:
    """One style for every month header of the axis, in the language's case ("november",
    "nov." in Swedish, "November", "Nov" in English): full names where every month's fits,
    else the short ones; the year at the first month and at January. Where not even the
    short ones fit, each label runs on over the next months (the painter skips those it
    covers), so the axis never goes blank."""
    def label(month: date, pattern: str, i: int) -> str:
        with_year = i == 0 or month.month == 1
        return locale.toString(QDate(month.year, month.month, 1),
                               f"{pattern} yyyy" if with_year else pattern)

    for pattern in ("MMMM", "MMM"):
        texts = [label(m, pattern, i) for i, m in enumerate(months)]
        if all(width(t) <= room for t, room in zip(texts, rooms, strict=True)):
            return texts
    return [label(m, "MMM", i) for i, m in enumerate(months)]
