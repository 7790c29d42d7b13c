"""Where a calendar page puts its chips, bars, blocks and "+N more", apart from drawing them.

The rectangles are computed once per page, size and language (`CalendarView._layout` caches
them) so that painting only draws and hit testing only looks rectangles up. Month: bars packed
into lanes across each week row, the day's other events as chips in the free lines, the rest
counted in "+N more". Week: bars in a strip of STRIP_LINES lanes on top, timed events as blocks
at their local time, side by side while they stay MIN_BLOCK_W wide; the rest go into a "+N"
badge in the day's header.

Plain Python: rectangles are `Rect` tuples and text is measured through a `TextMetrics` (the
view's fonts; a fixed-width stand-in in tests), so a page is laid out without a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple, Protocol

if TYPE_CHECKING:
    from destination_norberg.core.events import EventRecord
    from destination_norberg.gui.events.colors import EventSpan

MONTH, WEEK = "month", "week"
FIRST_HOUR, LAST_HOUR = 6, 24
WEEKS_SHOWN = 6
HEADER_H = 26.0  # weekday names (month) / day headers (week)
WEEKNO_W = 34.0
DAY_NUMBER_H = 21.0
GUTTER_W = 52.0
STRIP_LINES = 3
MIN_BLOCK_W = 44.0  # narrower side-by-side blocks are unreadable: they go into "+N"


class Rect(NamedTuple):
    """A rectangle in canvas pixels; `contains` and `intersects` answer as QRectF's do."""

    x: float
    y: float
    w: float
    h: float

    def left(self) -> float:
        return self.x

    def top(self) -> float:
        return self.y

    def right(self) -> float:
        return self.x + self.w

    def bottom(self) -> float:
        return self.y + self.h

    def width(self) -> float:
        return self.w

    def height(self) -> float:
        return self.h

    def contains(self, px: float, py: float) -> bool:
        left, right = (self.x + self.w, self.x) if self.w < 0 else (self.x, self.x + self.w)
        top, bottom = (self.y + self.h, self.y) if self.h < 0 else (self.y, self.y + self.h)
        return left != right and top != bottom and left <= px <= right and top <= py <= bottom

    def intersects(self, other: Rect) -> bool:
        l1, r1 = (self.x + self.w, self.x) if self.w < 0 else (self.x, self.x + self.w)
        l2, r2 = (other.x + other.w, other.x) if other.w < 0 else (other.x, other.x + other.w)
        if l1 == r1 or l2 == r2 or l1 >= r2 or l2 >= r1:
            return False
        t1, b1 = (self.y + self.h, self.y) if self.h < 0 else (self.y, self.y + self.h)
        t2, b2 = (other.y + other.h, other.y) if other.h < 0 else (other.y, other.y + other.h)
        return not (t1 == b1 or t2 == b2 or t1 >= b2 or t2 >= b1)


class TextMetrics(Protocol):
    """How wide and tall the calendar's two fonts write (the chip font and its bold)."""

    line_h: int  # one chip line: the chip font's height and 5 px, rounded
    chip_height: float

    def chip_width(self, text: str) -> float: ...

    def bold_width(self, text: str) -> float: ...

    def chip_elide(self, text: str, width: float) -> str: ...

    def bold_elide(self, text: str, width: float) -> str: ...


class CalendarIndex:
    """The events by local day, indexed once per `set_events` so a page only looks up."""

    def __init__(self) -> None:
        self.records: dict[int, EventRecord] = {}
        self.spans: dict[int, EventSpan] = {}
        self.names: dict[int, str] = {}
        self.singles: dict[date, list[int]] = {}  # the day's own events, all-day first
        self.multi: dict[date, list[int]] = {}  # events over several days, on each of them

    def set_events(self, records: dict[int, EventRecord], spans: dict[int, EventSpan]) -> None:
        self.records, self.spans = records, spans
        singles: dict[date, list[int]] = {}
        multi: dict[date, list[int]] = {}
        for event_id, span in spans.items():
            if span.multi_day:
                day = span.first_day
                while day <= span.last_day:
                    multi.setdefault(day, []).append(event_id)
                    day += timedelta(days=1)
            else:
                singles.setdefault(span.first_day, []).append(event_id)
        for ids in singles.values():
            # All-day first, then by time; a steady order for equal times.
            ids.sort(key=lambda i: (not spans[i].all_day, spans[i].start, spans[i].end, i))
        self.singles, self.multi = singles, multi

    def events_on(self, day: date) -> list[int]:
        """Ids of the events on a local day: bars first (by start), then the day's own."""
        multi = sorted(self.multi.get(day, ()), key=lambda i: (self.spans[i].start, i))
        return multi + list(self.singles.get(day, ()))


def page_range(mode: str, anchor: date) -> tuple[date, date]:
    """First and last day of the page showing `anchor`: six whole weeks, or one ISO week."""
    if mode == WEEK:
        first = anchor - timedelta(days=anchor.weekday())
        return first, first + timedelta(days=6)
    first_of_month = anchor.replace(day=1)
    first = first_of_month - timedelta(days=first_of_month.weekday())
    return first, first + timedelta(days=7 * WEEKS_SHOWN - 1)


def compute_layout(mode: str, anchor: date, width: float, height: float, index: CalendarIndex,
                   metrics: TextMetrics, more_text: Callable[[int], str]) -> CalendarLayout:
    """The page of `mode` showing `anchor` on a canvas of `width`×`height`."""
    builder = _Builder(mode, page_range(mode, anchor)[0], index, metrics, more_text)
    return (builder.month_layout(width, height) if mode == MONTH
            else builder.week_layout(width, height))


#: A month chip wraps onto at most this many lines when its day has lines to spare.
MAX_CHIP_LINES = 3

@dataclass(slots=True)
class CalendarItem:
    """A chip, bar piece, block or "+N more" on the page, where it is and what it says."""

    rect: Rect
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
    days: dict[date, Rect] = field(default_factory=dict)  # each day's clickable area
    hours_top: float = 0.0
    hour_h: float = 0.0
    strip_bottom: float = 0.0


class _Builder:
    """One page's layout from the index: month or week, for one first day."""

    def __init__(self, mode: str, first: date, index: CalendarIndex, metrics: TextMetrics,
                 more_text: Callable[[int], str]) -> None:
        self._mode, self._first = mode, first
        self._spans, self._names, self._records = index.spans, index.names, index.records
        self._singles, self._multi = index.singles, index.multi
        self._metrics = metrics
        self._line_h = metrics.line_h
        self._more_text = more_text

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
                rect = Rect(col_x(col) + 3, line_y(lane),
                              (run_end - col + 1) * col_w - 6, self._line_h - 3)
                items.append(CalendarItem(rect, event_id, self._names[event_id], solid=True,
                                          open_left=span.first_day < days[col],
                                          open_right=span.last_day > days[run_end]))
                col = run_end + 1
        return items

    def _more_item(self, hidden: list[int], day: date, rect: Rect) -> CalendarItem:
        text = self._more_text(len(hidden))
        return CalendarItem(rect, None, text, day=day, hidden=tuple(hidden))

    def _chip_text(self, event_id: int) -> str:
        span = self._spans[event_id]
        name = self._names[event_id]
        return name if span.all_day else f"{span.start:%H:%M} {name}"

    def month_layout(self, width: float, height: float) -> CalendarLayout:
        layout = CalendarLayout()
        first = self._first
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
                layout.days[day] = Rect(col_x(col), top, col_w, row_h)
            bars, cover = self._pack_bars(days)
            limits: list[int] = []
            for col, day in enumerate(days):
                singles = self._singles.get(day, [])
                total = len(cover[col]) + len(singles)
                limit = capacity if total <= capacity else max(capacity - 1, 0)
                limits.append(limit)
                taken = {lane for lane, _ in cover[col]}
                free = [line for line in range(limit) if line not in taken]
                chips = self._month_chips(singles, free, col_w - 6,
                                          lambda line, lines, c=col: Rect(
                                              col_x(c) + 3, line_y(line), col_w - 6,
                                              lines * line_h - 3), day)
                layout.items += chips
                hidden = [i for lane, i in cover[col] if lane >= limit] + singles[len(chips):]
                if hidden:
                    if limit > 0 or capacity > 0:
                        rect = Rect(col_x(col) + 3, line_y(limit), col_w - 6, line_h - 3)
                    else:  # a tiny cell: the count goes beside the day number
                        rect = Rect(col_x(col) + col_w / 2, top + 2, col_w / 2 - 4,
                                      DAY_NUMBER_H - 4)
                    layout.items.append(self._more_item(hidden, day, rect))
            layout.items += self._bar_items(bars, limits, days, col_x, col_w, line_y)
        return layout

    def _month_chips(self, singles: list[int], free: list[int], width: float,
                     rect_at: Callable[[int, int], Rect], day: date) -> list[CalendarItem]:
        """A day's single events in its free lines; where lines are to spare, a timed chip
        whose text is cut takes more of them (up to MAX_CHIP_LINES) and wraps (the whole
        title is on hover anyway)."""
        items: list[CalendarItem] = []
        spare, k = len(free) - len(singles), 0
        for event_id in singles:
            if k >= len(free):
                break
            text, all_day = self._chip_text(event_id), self._spans[event_id].all_day
            inner, m = width - 8 - 3, self._metrics
            n = 1  # lines this chip takes: up to MAX_CHIP_LINES, from the spare ones below
            if not all_day and m.chip_width(text) > inner:
                need = len(_wrap(m.chip_width, m.chip_elide, text, inner, MAX_CHIP_LINES))
                while n < need and spare > 0 and k + n < len(free) \
                        and free[k + n] == free[k] + n:
                    n, spare = n + 1, spare - 1
            if n > 1:
                lines = tuple((line, False) for line in _wrap(
                    m.chip_width, m.chip_elide, text, inner, n))
                items.append(CalendarItem(rect_at(free[k], n), event_id, text, day=day,
                                          lines=lines))
                k += n
                continue
            items.append(CalendarItem(rect_at(free[k], 1), event_id, text, solid=all_day,
                                      day=day))
            k += 1
        return items

    def week_layout(self, width: float, height: float) -> CalendarLayout:
        layout = CalendarLayout()
        first = self._first
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
            layout.days[day] = Rect(col_x(col), 0, col_w, bottom)
            timed = [i for i in self._singles.get(day, ()) if not self._spans[i].all_day]
            blocks, hidden = self._blocks(timed, day, col_x(col), col_w, layout, bottom)
            layout.items += blocks
            hidden = [i for lane, i in cover[col] if lane >= capacity] + hidden
            if hidden:
                text = f"+{len(hidden)}"
                badge_w = self._metrics.bold_width(text) + 12
                rect = Rect(col_x(col) + col_w - badge_w - 4, 4, badge_w, HEADER_H - 8)
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
                rect = Rect(x + 3 + column * width, y0 + 1, width - 2, y1 - y0 - 2)
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

    def _block_item(self, event_id: int, rect: Rect, day: date) -> CalendarItem:
        span = self._spans[event_id]
        text = self._chip_text(event_id)
        metrics = self._metrics
        room = int((rect.height() - 4) // metrics.chip_height)
        if room < 2:
            return CalendarItem(rect, event_id, text, day=day)
        width = rect.width() - 8 - 3
        clock = f"{span.start:%H:%M}"
        if span.end > span.start and span.end.date() == day:
            full = f"{clock}–{span.end:%H:%M}"
            clock = full if metrics.chip_width(full) <= width else clock
        lines = [(clock, False)]
        lines += [(line, True) for line in _wrap(metrics.bold_width, metrics.bold_elide,
                                                 self._names[event_id], width, room - 1)]
        place = self._records[event_id].place_name
        if place and len(lines) < room:
            lines.append((metrics.chip_elide(place, width), False))
        return CalendarItem(rect, event_id, text, day=day, lines=tuple(lines))


def _wrap(advance: Callable[[str], float], elide: Callable[[str, float], str], text: str,
          width: float, max_lines: int) -> list[str]:
    """Greedy word wrap into at most `max_lines`, the last one elided."""
    if max_lines <= 0:
        return []
    lines: list[str] = []
    words = text.split()
    current = ""
    for n, word in enumerate(words):
        trial = f"{current} {word}" if current else word
        if advance(trial) <= width or not current:
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
    return [elide(line, width) for line in lines]
