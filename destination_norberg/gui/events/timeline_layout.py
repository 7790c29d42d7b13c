"""The timeline's rows and geometry: which events get a row, in what order, and where a day,
a bar and a row are in pixels.

Kept apart from painting and from the scroll-area widget so that the rules (only events that
touch the range get a row, a group stays when any member touches it, children under their
parent in start order, a folded group hides its members) read in one place. Positions are
"days from the range start" times the zoom (pixels per day); a DST day is one day wide.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

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


class TimelineLayout:
    """Mixed into TimelineView, which provides the records and their spans, names, children
    and order, the range, the zoom, the folded groups and the scroll bars."""

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
