"""The timeline's rows and geometry: which events get a row, in what order, and where a day,
a bar and a row are in pixels.

Plain Python (no Qt) so that the rules (only events that touch the range get a row, a group
stays when any member touches it, children under their parent in start order, a folded group
hides its members) read in one place and are tested without a widget. Positions are
"days from the range start" times the zoom (pixels per day); a DST day is one day wide.
TimelineView owns one TimelineLayout and asks it; TimelinePainter draws what it holds.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from destination_norberg.core.events import EventRecord
    from destination_norberg.gui.events.colors import EventSpan

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
    """One row of the chart as drawn: its event, indent, and whether it heads a group."""

    event_id: int
    depth: int  # 0 for groups and single events, 1 for children, …
    is_group: bool
    collapsed: bool = False


@dataclass(frozen=True, slots=True)
class ScrollRanges:
    """What the scroll bars should be set to for a chart size and zoom."""

    h_max: int
    h_page: int
    h_step: int
    v_max: int
    v_page: int


def day_offset(local: datetime, first_day: date) -> float:
    """Days from `first_day` to a naive local time (a DST day is one day wide)."""
    seconds = local.hour * 3600 + local.minute * 60 + local.second
    return (local.date() - first_day).days + seconds / 86400


class TimelineLayout:
    """The events of a timeline, their rows over the range and their extents in days.

    `set_events` indexes, `rebuild` recomputes the rows (and, unless kept, the extents);
    everything else only looks up.
    """

    def __init__(self, today: date) -> None:
        self.records: dict[int, EventRecord] = {}
        self.spans: dict[int, EventSpan] = {}
        self.names: dict[int, str] = {}
        self.children: dict[int, list[int]] = {}
        self.order: list[int] = []  # ids by start, end, name
        self.extent: dict[int, tuple[float, float]] = {}  # days from the range start
        self.range: tuple[date, date] = (today, today + timedelta(days=90))
        self.auto_range = True
        self.rows: list[TimelineRow] = []
        self.row_of: dict[int, int] = {}
        self.collapsed: set[int] = set()

    # --- data -------------------------------------------------------------------------------

    def set_events(self, records: dict[int, EventRecord], spans: dict[int, EventSpan],
                   names: dict[int, str]) -> None:
        """Index the events (by id); the range follows them unless it was set."""
        self.records, self.spans, self.names = records, spans, names
        # One sort for all: roots and each group's children then come out in start order.
        self.order = sorted(spans, key=lambda i: (spans[i].start, spans[i].end, names[i], i))
        children: dict[int, list[int]] = {}
        for event_id in self.order:
            parent = records[event_id].parent_id
            if parent is not None and parent in records and parent != event_id:
                children.setdefault(parent, []).append(event_id)
        self.children = children
        if self.auto_range and spans:
            first = min(s.first_day for s in spans.values())
            last = max(s.last_day for s in spans.values())
            self.range = (first - timedelta(days=3), last + timedelta(days=3))

    def set_range(self, start: date, end: date) -> None:
        if end < start:
            raise ValueError("the range ends before it starts")
        self.range = (start, end)
        self.auto_range = False

    def set_collapsed(self, event_id: int, collapsed: bool) -> None:
        if collapsed:
            self.collapsed.add(event_id)
        else:
            self.collapsed.discard(event_id)

    def unfold_to(self, event_id: int) -> bool:
        """Unfold every folded ancestor of `event_id`; True when one was folded."""
        unfold = False
        parent = self.records[event_id].parent_id
        seen: set[int] = set()
        while parent is not None and parent in self.records and parent not in seen:
            seen.add(parent)
            if parent in self.collapsed:
                self.collapsed.discard(parent)
                unfold = True
            parent = self.records[parent].parent_id
        return unfold

    def rebuild(self, keep_extents: bool = False) -> None:
        if not keep_extents:
            self.extent = {}
            first_day = self.range[0]
            for event_id, span in self.spans.items():
                start, end = span.start, span.end
                if span.all_day:
                    start = datetime.combine(span.first_day, datetime.min.time())
                    end = datetime.combine(span.last_day + timedelta(days=1),
                                           datetime.min.time())
                self.extent[event_id] = (day_offset(start, first_day),
                                         day_offset(end, first_day))
        self.rows = build_rows(self.order, self.spans, self.records, self.children,
                               self.collapsed, self.range)
        self.row_of = {row.event_id: n for n, row in enumerate(self.rows)}

    # --- geometry ---------------------------------------------------------------------------

    def days(self) -> int:
        return (self.range[1] - self.range[0]).days + 1

    def offset(self, local: datetime) -> float:
        return day_offset(local, self.range[0])

    def bar_x(self, event_id: int, ppd: float) -> tuple[float, float]:
        """The bar's left and right in chart pixels (unscrolled), at least MIN_BAR_W wide."""
        start, end = self.extent[event_id]
        x0 = start * ppd
        return x0, max(end * ppd, x0 + MIN_BAR_W)

    def content_width(self, ppd: float) -> float:
        return self.days() * ppd

    def row_at(self, y: float, scroll_y: float) -> int | None:
        """The row index under a viewport y, or None (the axis, below the last row)."""
        if y < AXIS_H:
            return None
        row = int((y - AXIS_H + scroll_y) // ROW_H)
        return row if 0 <= row < len(self.rows) else None

    def visible_rows(self, scroll_y: float, height: float) -> tuple[int, int]:
        """First and one-past-last row index in view for a viewport height."""
        first_row = max(0, int(scroll_y // ROW_H))
        last_row = min(len(self.rows), int((scroll_y + height - AXIS_H) // ROW_H) + 1)
        return first_row, last_row

    def visible_days(self, scroll_x: float, chart_w: float, ppd: float) -> tuple[int, int]:
        """First and last day offset in view (inclusive), within the range."""
        first = max(0, int(scroll_x // ppd))
        last = min(self.days() - 1, int((scroll_x + chart_w) // ppd) + 1)
        return first, last

    def scroll_ranges(self, chart_w: float, chart_h: float, ppd: float) -> ScrollRanges:
        return ScrollRanges(
            h_max=max(0, math.ceil(self.content_width(ppd) - chart_w)),
            h_page=round(chart_w),
            h_step=max(1, round(ppd)),
            v_max=max(0, len(self.rows) * ROW_H - int(chart_h)),
            v_page=max(ROW_H, int(chart_h)),
        )


def build_rows(order: list[int], spans: Mapping[int, EventSpan],
               records: Mapping[int, EventRecord], children: Mapping[int, list[int]],
               collapsed: set[int], day_range: tuple[date, date]) -> list[TimelineRow]:
    """The rows top to bottom: events touching the range and their ancestors, each group
    followed by its members (depth first), folded groups' members left out."""
    first, last = day_range
    # An event is kept when it touches the range, and so is every ancestor of it.
    kept: set[int] = set()
    for event_id in order:
        span = spans[event_id]
        if span.last_day < first or span.first_day > last:
            continue
        current: int | None = event_id
        while current is not None and current not in kept:
            kept.add(current)
            parent = records[current].parent_id
            current = parent if parent in records else None
    rows: list[TimelineRow] = []
    placed: set[int] = set()
    for root in order:
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
    rows += [TimelineRow(i, 0, False) for i in order if i in kept and i not in placed]
    return rows
