"""A calendar page's layout as plain data: no widget, no qtbot, text measured by a stand-in."""

from __future__ import annotations

from datetime import date

import pytest

from destination_norberg.core.events import EventRecord
from destination_norberg.core.timeutil import parse_local
from destination_norberg.gui.events.calendar_layout import (
    DAY_NUMBER_H,
    FIRST_HOUR,
    GUTTER_W,
    HEADER_H,
    MIN_BLOCK_W,
    MONTH,
    WEEK,
    WEEKNO_W,
    CalendarIndex,
    CalendarLayout,
    Rect,
    compute_layout,
    page_range,
)
from destination_norberg.gui.events.colors import display_name, span_of


class FixedMetrics:
    """Every character 7 px wide, lines 15 px high (chips 20 px): sums a test can do."""

    chip_height = 15.0
    line_h = 20

    def chip_width(self, text: str) -> float:
        return 7.0 * len(text)

    def bold_width(self, text: str) -> float:
        return 7.0 * len(text)

    def chip_elide(self, text: str, width: float) -> str:
        return text if len(text) * 7 <= width else text[:max(int(width // 7) - 1, 0)] + "…"

    bold_elide = chip_elide


def rec(event_id: int, name: str, start: str, end: str | None = None, *,
        all_day: bool = False, place: str | None = "Torget") -> EventRecord:
    return EventRecord(id=event_id, uid=f"e{event_id}", name_sv=name, kind="lopp",
                       status="bekräftad", starts_at=parse_local(start),
                       ends_at=parse_local(end) if end else None, all_day=all_day,
                       place_name=place)


def index_of(events: list[EventRecord]) -> CalendarIndex:
    index = CalendarIndex()
    records = {e.id: e for e in events if e.id is not None}
    index.set_events(records, {i: span_of(e) for i, e in records.items()})
    index.names = {i: display_name(e, "sv") for i, e in records.items()}
    return index


def page(mode: str, anchor: date, events: list[EventRecord], width: float = 1400,
         height: float = 860) -> CalendarLayout:
    return compute_layout(mode, anchor, width, height, index_of(events), FixedMetrics(),
                          lambda n: f"+{n} more")


WEEK_EVENTS = [
    rec(1, "Vintervecka 2027", "2027-02-08T00:00", "2027-02-14T18:00"),
    rec(2, "Engelbrektsloppet 60 km", "2027-02-14T09:00", "2027-02-14T16:00"),
    rec(3, "Klasskidan", "2027-02-10T09:00", "2027-02-10T13:00"),
]


def test_rect_answers_as_qrectf_does() -> None:
    rect = Rect(10, 20, 30, 40)
    assert (rect.left(), rect.top(), rect.right(), rect.bottom()) == (10, 20, 40, 60)
    assert rect.contains(10, 20) and rect.contains(40, 60) and not rect.contains(40.1, 30)
    assert not Rect(0, 0, 0, 10).contains(0, 5)  # a null rectangle holds nothing
    assert Rect(-5, 0, 10, 10).intersects(rect) is False  # touching edges do not overlap
    assert Rect(39, 59, 10, 10).intersects(rect)
    assert Rect(50, 30, -20, 5).intersects(rect)  # a negative width counts leftwards


def test_pages_are_six_weeks_from_a_monday_or_one_iso_week() -> None:
    assert page_range(MONTH, date(2027, 2, 14)) == (date(2027, 2, 1), date(2027, 3, 14))
    assert page_range(MONTH, date(2026, 11, 26)) == (date(2026, 10, 26), date(2026, 12, 6))
    assert page_range(WEEK, date(2027, 2, 14)) == (date(2027, 2, 8), date(2027, 2, 14))


def test_the_index_puts_bars_and_all_day_events_on_each_of_their_days() -> None:
    events = [*WEEK_EVENTS, rec(4, "Heldag", "2027-02-14T00:00", "2027-02-15T00:00",
                                all_day=True)]
    index = index_of(events)
    assert all(1 in index.multi[date(2027, 2, d)] for d in range(8, 15))
    assert index.multi[date(2027, 2, 14)] == [1, 4]
    assert index.singles[date(2027, 2, 14)] == [2]
    assert index.events_on(date(2027, 2, 14)) == [1, 4, 2]
    assert index.events_on(date(2027, 2, 15)) == []


def test_month_cells_chips_and_a_bar_across_the_week() -> None:
    layout = page(MONTH, date(2027, 2, 14), WEEK_EVENTS)
    col_w, row_h = (1400 - WEEKNO_W) / 7, (860 - HEADER_H) / 6
    assert len(layout.days) == 42
    assert layout.days[date(2027, 2, 1)] == Rect(WEEKNO_W, HEADER_H, col_w, row_h)
    bar = next(item for item in layout.items if item.event_id == 1)
    monday, sunday = layout.days[date(2027, 2, 8)], layout.days[date(2027, 2, 14)]
    assert bar.rect == Rect(monday.left() + 3, monday.top() + DAY_NUMBER_H, 7 * col_w - 6, 17)
    assert bar.rect.right() == pytest.approx(sunday.right() - 3)
    assert bar.solid and not bar.open_left and not bar.open_right
    chip = next(item for item in layout.items if item.event_id == 2)
    assert chip.text == "09:00 Engelbrektsloppet 60 km" and chip.day == date(2027, 2, 14)
    assert chip.rect.top() == monday.top() + DAY_NUMBER_H + 20  # below the week's bar


def test_a_full_month_cell_counts_the_rest_in_more() -> None:
    day = date(2027, 2, 17)
    events = [rec(100 + n, f"Lopp {n}", f"2027-02-17T{8 + n:02d}:00") for n in range(12)]
    layout = page(MONTH, day, events, height=500)
    capacity = int(((500 - HEADER_H) / 6 - DAY_NUMBER_H - 2) // 20)
    chips = [i for i in layout.items if i.event_id is not None]
    more = next(i for i in layout.items if i.event_id is None)
    assert len(chips) == capacity - 1
    assert more.text == f"+{12 - len(chips)} more" and more.day == day
    assert set(more.hidden) | {c.event_id for c in chips} == {e.id for e in events}


def test_a_bar_split_at_the_week_edge_is_open_on_that_side() -> None:
    layout = page(MONTH, date(2027, 2, 1), [rec(1, "Lång", "2027-02-05T10:00",
                                                   "2027-02-10T12:00")])
    pieces = sorted((i for i in layout.items if i.event_id == 1), key=lambda i: i.rect.y)
    assert [(p.open_left, p.open_right) for p in pieces] == [(False, True), (True, False)]


def test_week_blocks_sit_at_their_hour_and_share_the_width_when_they_overlap() -> None:
    events = [rec(10, "A", "2027-02-10T09:00", "2027-02-10T11:00"),
              rec(11, "B", "2027-02-10T10:00", "2027-02-10T12:00"),
              rec(12, "C", "2027-02-10T14:00", "2027-02-10T15:00")]
    layout = page(WEEK, date(2027, 2, 10), events)
    a, b, c = (next(i for i in layout.items if i.event_id == n) for n in (10, 11, 12))
    col_w = (1400 - GUTTER_W) / 7
    assert a.rect.y == pytest.approx(layout.hours_top + (9 - FIRST_HOUR) * layout.hour_h + 1)
    assert a.rect.w == b.rect.w == pytest.approx((col_w - 6) / 2 - 2)
    assert b.rect.x > a.rect.x
    assert c.rect.w == pytest.approx(col_w - 6 - 2)
    assert c.lines[0] == ("14:00–15:00", False) and ("C", True) in c.lines
    assert layout.days[date(2027, 2, 10)].left() == GUTTER_W + 2 * col_w


def test_a_week_day_with_more_blocks_than_fit_gets_a_header_badge() -> None:
    events = [rec(100 + n, f"Möte {n}", "2027-02-10T10:00", "2027-02-10T11:00")
              for n in range(8)]
    layout = page(WEEK, date(2027, 2, 10), events, width=700)
    columns = int(((700 - GUTTER_W) / 7 - 6) // MIN_BLOCK_W)
    badge = next(i for i in layout.items if i.event_id is None)
    assert badge.badge and badge.text == f"+{8 - columns}"
    assert badge.rect.y == 4 and badge.rect.h == HEADER_H - 8
    assert badge.rect.w == 7 * len(badge.text) + 12


def test_a_cut_chip_wraps_onto_a_spare_line_and_keeps_one_line_when_the_day_is_full() -> None:
    """Month view, cells 100 px wide: "18:00 Nätverksträff för företagare" is cut on one line;
    alone on its day it takes two lines and wraps; with a full day it stays on one."""
    long_name = "Nätverksträff för företagare"
    alone = page(MONTH, date(2026, 11, 1), [rec(1, long_name, "2026-11-05 18:00")],
                 WEEKNO_W + 700, HEADER_H + 6 * 120)
    (chip,) = [i for i in alone.items if i.event_id == 1]
    assert len(chip.lines) in (2, 3) and chip.rect.height() > 20
    assert chip.lines[0][0].startswith("18:00") and "…" not in chip.lines[0][0]
    crowded = [rec(n, f"{long_name} {n}", f"2026-11-05 1{n}:00") for n in range(1, 6)]
    full = page(MONTH, date(2026, 11, 1), crowded, WEEKNO_W + 700, HEADER_H + 6 * 120)
    assert all(not i.lines for i in full.items if i.event_id is not None)
