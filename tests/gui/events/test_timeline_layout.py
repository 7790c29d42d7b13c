"""The timeline's rows and geometry as plain data: no widget, no qtbot."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from destination_norberg.core.events import EventRecord
from destination_norberg.core.timeutil import parse_local
from destination_norberg.gui.events.colors import display_name, span_of
from destination_norberg.gui.events.timeline_layout import (
    AXIS_H,
    MIN_BAR_W,
    ROW_H,
    TimelineLayout,
    TimelineRow,
    build_rows,
    day_offset,
)


def rec(event_id: int, name: str, start: str, end: str | None = None, *,
        parent: int | None = None, all_day: bool = False) -> EventRecord:
    return EventRecord(id=event_id, uid=f"e{event_id}", name_sv=name, kind="lopp",
                       status="bekräftad", starts_at=parse_local(start),
                       ends_at=parse_local(end) if end else None, parent_id=parent,
                       all_day=all_day)


EVENTS = [
    rec(20, "Julmarknad", "2026-12-05T11:00", "2026-12-05T16:00"),
    rec(3, "Klasskidan", "2027-02-10T09:00", "2027-02-10T13:00", parent=1),
    rec(2, "Engelbrektsloppet 60 km", "2027-02-14T09:00", "2027-02-14T16:00", parent=1),
    rec(1, "Vintervecka 2027", "2027-02-08T00:00", "2027-02-14T18:00"),
    rec(30, "Höstmarknad", "2027-09-18T10:00", "2027-09-18T15:00"),
]


def layout_of(events: list[EventRecord], first: date, last: date) -> TimelineLayout:
    layout = TimelineLayout(first)
    records = {e.id: e for e in events if e.id is not None}
    layout.set_events(records, {i: span_of(e) for i, e in records.items()},
                      {i: display_name(e, "sv") for i, e in records.items()})
    layout.set_range(first, last)
    layout.rebuild()
    return layout


def test_groups_come_with_their_members_in_start_order_and_out_of_range_is_left_out() -> None:
    layout = layout_of(EVENTS, date(2026, 11, 1), date(2027, 4, 30))
    assert layout.rows == [TimelineRow(20, 0, False), TimelineRow(1, 0, True),
                           TimelineRow(3, 1, False), TimelineRow(2, 1, False)]
    assert layout.row_of == {20: 0, 1: 1, 3: 2, 2: 3}


def test_a_folded_group_keeps_its_row_and_hides_its_members() -> None:
    layout = layout_of(EVENTS, date(2026, 11, 1), date(2027, 4, 30))
    layout.set_collapsed(1, True)
    layout.rebuild(keep_extents=True)
    assert layout.rows == [TimelineRow(20, 0, False), TimelineRow(1, 0, True, True)]
    assert layout.unfold_to(2) is True and layout.collapsed == set()


def test_a_member_in_range_keeps_its_parent_even_when_the_parent_is_not() -> None:
    events = [rec(1, "Vecka", "2027-01-01T10:00", "2027-01-01T11:00"),
              rec(2, "Del", "2027-02-01T10:00", "2027-02-01T11:00", parent=1)]
    layout = layout_of(events, date(2027, 1, 20), date(2027, 2, 28))
    assert [(r.event_id, r.depth) for r in layout.rows] == [(1, 0), (2, 1)]


def test_a_parent_cycle_still_gives_every_member_a_row() -> None:
    events = [rec(1, "A", "2027-01-01T10:00", parent=2), rec(2, "B", "2027-01-02T10:00",
                                                              parent=1)]
    layout = layout_of(events, date(2027, 1, 1), date(2027, 1, 31))
    assert sorted(r.event_id for r in layout.rows) == [1, 2]


def test_the_range_follows_the_events_until_it_is_set() -> None:
    layout = TimelineLayout(date(2026, 1, 1))
    records = {e.id: e for e in EVENTS if e.id is not None}
    layout.set_events(records, {i: span_of(e) for i, e in records.items()},
                      {i: e.name_sv for i, e in records.items()})
    assert layout.range == (date(2026, 12, 2), date(2027, 9, 21))
    with pytest.raises(ValueError):
        layout.set_range(date(2027, 1, 2), date(2027, 1, 1))


def test_extents_are_days_from_the_range_start_and_bars_have_a_minimum_width() -> None:
    events = [rec(1, "Lopp", "2027-02-14T09:00", "2027-02-14T15:00"),
              rec(2, "Heldag", "2027-02-15T00:00", "2027-02-16T00:00", all_day=True),
              rec(3, "Start", "2027-02-14T12:00")]
    layout = layout_of(events, date(2027, 2, 14), date(2027, 2, 20))
    assert layout.extent[1] == (pytest.approx(9 / 24), pytest.approx(15 / 24))
    assert layout.extent[2] == (1.0, 2.0)
    assert layout.bar_x(1, 24.0) == (pytest.approx(9.0), pytest.approx(15.0))
    x0, x1 = layout.bar_x(3, 24.0)
    assert x1 - x0 == MIN_BAR_W
    assert day_offset(datetime(2027, 3, 28, 12, 0), date(2027, 3, 27)) == 1.5


def test_rows_days_and_scroll_ranges_from_pixels() -> None:
    layout = layout_of(EVENTS, date(2026, 11, 1), date(2027, 4, 30))
    assert layout.row_at(AXIS_H - 1, 0) is None
    assert layout.row_at(AXIS_H + ROW_H + 1, 0) == 1
    assert layout.row_at(AXIS_H + 1, ROW_H * 3) == 3
    assert layout.row_at(AXIS_H + ROW_H * 4, 0) is None
    assert layout.visible_rows(0, AXIS_H + 2.5 * ROW_H) == (0, 3)
    assert layout.days() == 181
    assert layout.visible_days(80, 100, 10.0) == (8, 19)
    assert layout.visible_days(0, 10_000, 10.0) == (0, 180)
    ranges = layout.scroll_ranges(1000, 2 * ROW_H, 10.0)
    assert (ranges.h_max, ranges.h_page, ranges.h_step) == (810, 1000, 10)
    assert (ranges.v_max, ranges.v_page) == (2 * ROW_H, 2 * ROW_H)


def test_build_rows_is_a_plain_function() -> None:
    records = {e.id: e for e in EVENTS if e.id is not None}
    spans = {i: span_of(e) for i, e in records.items()}
    rows = build_rows([20, 30], spans, records, {}, set(), (date(2027, 9, 1), date(2027, 9, 30)))
    assert rows == [TimelineRow(30, 0, False)]
