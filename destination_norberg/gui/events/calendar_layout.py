"""Where a calendar page puts its chips, bars, blocks and "+N more", apart from drawing them.

The rectangles are computed once per page, size and language (`CalendarView._layout` caches
them) so that painting only draws and hit testing only looks rectangles up. Month: bars packed
into lanes across each week row, the day's other events as chips in the free lines, the rest
counted in "+N more". Week: bars in a strip of STRIP_LINES lanes on top, timed events as blocks
at their local time, side by side while they stay MIN_BLOCK_W wide; the rest go into a "+N"
badge in the day's header.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

MONTH, WEEK = "month", "week"
FIRST_HOUR, LAST_HOUR = 6, 24
WEEKS_SHOWN = 6
HEADER_H = 26.0  # weekday names (month) / day headers (week)
WEEKNO_W = 34.0
DAY_NUMBER_H = 21.0
GUTTER_W = 52.0
STRIP_LINES = 3
MIN_BLOCK_W = 44.0  # narrower side-by-side blocks are unreadable: they go into "+N"


@dataclass(slots=True)
class CalendarItem:
    """A chip, bar piece, block or "+N more" on the page, where it is and what it says."""

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
class CalendarLayout:
    """One page's items and geometry, shared by painting and hit testing."""

    items: list[CalendarItem] = field(default_factory=list)
    days: dict[date, QRectF] = field(default_factory=dict)  # each day's clickable area
    hours_top: float = 0.0
    hour_h: float = 0.0
    strip_bottom: float = 0.0


class CalendarLayouts:
    """Mixed into CalendarView, which provides the day index (_spans, _names, _singles, _multi,
    _records), the fonts and metrics, _mode, current_range(), _more_text() and the canvas."""

    def _layout(self) -> CalendarLayout:
        """This page's layout, computed on first use after a change of page, size or data."""
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
                   line_y: Callable[[int], float]) -> list[CalendarItem]:
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
                items.append(CalendarItem(rect, event_id, self._names[event_id], solid=True,
                                          open_left=span.first_day < days[col],
                                          open_right=span.last_day > days[run_end]))
                col = run_end + 1
        return items

    def _more_item(self, hidden: list[int], day: date, rect: QRectF) -> CalendarItem:
        text = self._more_text(len(hidden))
        return CalendarItem(rect, None, text, day=day, hidden=tuple(hidden))

    def _chip_text(self, event_id: int) -> str:
        span = self._spans[event_id]
        name = self._names[event_id]
        return name if span.all_day else f"{span.start:%H:%M} {name}"

    def _month_layout(self, width: float, height: float) -> CalendarLayout:
        layout = CalendarLayout()
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
                    layout.items.append(CalendarItem(rect, event_id, self._chip_text(event_id),
                                                     solid=self._spans[event_id].all_day,
                                                     day=day))
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

    def _week_layout(self, width: float, height: float) -> CalendarLayout:
        layout = CalendarLayout()
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

    def _blocks(self, ids: list[int], day: date, x: float, col_w: float, layout: CalendarLayout,
                bottom: float) -> tuple[list[CalendarItem], list[int]]:
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
        items: list[CalendarItem] = []
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

    def _block_item(self, event_id: int, rect: QRectF, day: date) -> CalendarItem:
        span = self._spans[event_id]
        text = self._chip_text(event_id)
        room = int((rect.height() - 4) // self._chip_fm.height())
        if room < 2:
            return CalendarItem(rect, event_id, text, day=day)
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
        return CalendarItem(rect, event_id, text, day=day, lines=tuple(lines))


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
