"""The calendar: ISO weeks from Monday, local days across DST, chips, "+N more", hit testing."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from destination_norberg.core.events import EventRecord
from destination_norberg.core.timeutil import STOCKHOLM, parse_local
from destination_norberg.gui.common import i18n
from destination_norberg.gui.events.calendar_view import MONTH, WEEK, CalendarView
from destination_norberg.gui.events.colors import (
    KIND_COLOURS,
    EventLegend,
    contrast_ratio,
    style_for,
)

NOW = datetime(2027, 2, 10, 8, 0, tzinfo=UTC)  # Wednesday of week 6, 09:00 in Norberg


def rec(event_id: int, name: str, start: str, end: str | None = None, *, kind: str = "lopp",
        status: str = "bekräftad", parent: int | None = None, all_day: bool = False,
        name_en: str = "", place: str | None = "Torget") -> EventRecord:
    return EventRecord(id=event_id, uid=f"e{event_id}", name_sv=name, name_en=name_en,
                       kind=kind, status=status, starts_at=parse_local(start),
                       ends_at=parse_local(end) if end else None, parent_id=parent,
                       all_day=all_day, place_name=place)


WEEK_EVENTS = [
    rec(1, "Vintervecka 2027", "2027-02-08T00:00", "2027-02-14T18:00", kind="vecka"),
    rec(2, "Engelbrektsloppet 60 km", "2027-02-14T09:00", "2027-02-14T16:00", parent=1,
        name_en="Engelbrektsloppet 60 km classic"),
    rec(3, "Klasskidan", "2027-02-10T09:00", "2027-02-10T13:00", parent=1),
    rec(4, "Pastaparty", "2027-02-13T17:00", "2027-02-13T20:00", kind="program", parent=1),
]


@pytest.fixture
def view(qtbot) -> CalendarView:
    widget = CalendarView(clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def season(n: int, seed: int = 7) -> list[EventRecord]:
    """`n` events over a winter season: 1–3 day spans, parents with children."""
    rng = random.Random(seed)
    kinds = list(KIND_COLOURS)
    statuses = ["bekräftad", "planerad", "idé", "inställd"]
    start = datetime(2026, 11, 1, tzinfo=STOCKHOLM)
    events = []
    for i in range(1, n + 1):
        begin = start + timedelta(days=rng.randrange(180), hours=rng.randrange(6, 22))
        length = timedelta(hours=rng.choice([1, 2, 3])) if rng.random() < 0.7 \
            else timedelta(days=rng.randrange(1, 3))
        parent = rng.randrange(1, 61) if i > 60 and rng.random() < 0.3 else None
        events.append(EventRecord(id=i, uid=f"s{i}", name_sv=f"Evenemang {i}",
                                  kind=rng.choice(kinds), status=rng.choice(statuses),
                                  starts_at=begin.astimezone(UTC),
                                  ends_at=(begin + length).astimezone(UTC), parent_id=parent))
    return events


def click(qtbot, view: CalendarView, event_id: int, double: bool = False) -> None:
    rect = view.event_rect(event_id)
    assert rect is not None, f"event {event_id} is not on the page"
    pos = rect.center().toPoint()
    if double:
        qtbot.mouseDClick(view.canvas, Qt.MouseButton.LeftButton, pos=pos)
    else:
        qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=pos)


# --- ranges ----------------------------------------------------------------------------------

def test_month_range_is_six_weeks_from_the_monday_on_or_before_the_first(view) -> None:
    view.go_to(date(2027, 2, 14))
    assert view.mode() == MONTH
    assert view.current_range() == (date(2027, 2, 1), date(2027, 3, 14))
    view.go_to(date(2026, 12, 24))  # 1 December 2026 is a Tuesday
    first, last = view.current_range()
    assert first == date(2026, 11, 30) and first.weekday() == 0
    assert (last - first).days == 41


def test_week_range_is_the_iso_week_starting_on_monday(view) -> None:
    view.set_mode(WEEK)
    view.go_to(date(2027, 2, 14))  # a Sunday: still week 6, which began on Monday 8 Feb
    assert view.current_range() == (date(2027, 2, 8), date(2027, 2, 14))
    assert "6" in view.title().split("·")[0]
    view.go_to(date(2027, 1, 1))  # Friday 1 January 2027 belongs to week 53 of 2026
    assert view.current_range() == (date(2026, 12, 28), date(2027, 1, 3))
    assert "53" in view.title()


def test_paging_and_today(view, qtbot) -> None:
    view.go_to(date(2027, 1, 31))
    with qtbot.waitSignal(view.range_changed) as blocker:
        view.next_page()
    assert blocker.args == [date(2027, 2, 1), date(2027, 3, 14)]
    view.set_mode(WEEK)
    view.previous_page()
    assert view.current_range() == (date(2027, 1, 25), date(2027, 1, 31))
    view.go_to_today()
    assert view.current_range() == (date(2027, 2, 8), date(2027, 2, 14))


def test_the_mode_buttons_switch_mode(view, qtbot) -> None:
    view._week_button.click()
    assert view.mode() == WEEK
    view._month_button.click()
    assert view.mode() == MONTH
    with pytest.raises(ValueError):
        view.set_mode("year")


# --- local days ------------------------------------------------------------------------------

def test_an_event_late_in_the_utc_evening_lands_on_the_next_local_day_across_dst(view) -> None:
    late = EventRecord(id=9, uid="late", name_sv="Nattlopp", kind="lopp", status="planerad",
                       starts_at=datetime(2027, 3, 27, 23, 30, tzinfo=UTC),
                       ends_at=datetime(2027, 3, 28, 0, 15, tzinfo=UTC))
    view.set_events([late])
    assert view.events_on(date(2027, 3, 28)) == [9]
    assert view.events_on(date(2027, 3, 27)) == []
    view.go_to(date(2027, 3, 28))
    assert [i for i, _ in view.cell_items(date(2027, 3, 28))] == [9]
    assert view.cell_items(date(2027, 3, 28))[0][1] == "00:30 Nattlopp"  # CET, before the switch


def test_an_event_after_the_dst_switch_shows_summer_time(view) -> None:
    view.set_events([rec(5, "Vårmarknad", "2027-03-28T09:00", "2027-03-28T12:00")])
    view.go_to(date(2027, 3, 28))
    assert view.cell_items(date(2027, 3, 28)) == [(5, "09:00 Vårmarknad")]


def test_an_all_day_event_ending_at_midnight_does_not_spill_into_the_next_day(view) -> None:
    view.set_events([rec(6, "Sportlov", "2027-03-01T00:00", "2027-03-06T00:00", all_day=True)])
    assert view.events_on(date(2027, 3, 5)) == [6]
    assert view.events_on(date(2027, 3, 6)) == []


# --- month chips -----------------------------------------------------------------------------

def test_month_chips_show_time_and_name_and_overflow_as_more(view) -> None:
    day = date(2027, 2, 14)
    events = [rec(2, "Engelbrektsloppet 60 km", "2027-02-14T09:00", "2027-02-14T16:00")]
    events += [rec(100 + n, f"Lopp {n}", f"2027-02-14T{10 + n:02d}:00") for n in range(11)]
    view.set_events(events)
    view.go_to(day)
    items = view.cell_items(day)
    assert items[0] == (2, "09:00 Engelbrektsloppet 60 km")
    assert 1 <= len(items) < 12
    assert view.hidden_count(day) == 12 - len(items)
    assert view.hidden_count(date(2027, 2, 13)) == 0


def test_a_roomy_cell_shows_everything_without_more(view) -> None:
    view.set_events(WEEK_EVENTS)
    view.go_to(date(2027, 2, 14))
    assert {i for i, _ in view.cell_items(date(2027, 2, 14))} == {1, 2}
    assert view.hidden_count(date(2027, 2, 14)) == 0


def test_month_uses_english_names_when_asked(view) -> None:
    view.set_events(WEEK_EVENTS, language="en")
    view.go_to(date(2027, 2, 14))
    assert (2, "09:00 Engelbrektsloppet 60 km classic") in view.cell_items(date(2027, 2, 14))


def test_a_week_long_event_is_one_bar_across_its_days_in_month_mode(view) -> None:
    view.set_events(WEEK_EVENTS)
    view.go_to(date(2027, 2, 8))
    bar = view.event_rect(1)
    monday, sunday = view.day_rect(date(2027, 2, 8)), view.day_rect(date(2027, 2, 14))
    assert bar is not None and monday is not None and sunday is not None
    assert bar.left() < monday.left() + 10
    assert bar.right() > sunday.right() - 10


def test_clicking_more_opens_that_week(view, qtbot) -> None:
    view.set_events([rec(100 + n, f"Lopp {n}", f"2027-02-14T{8 + n:02d}:00") for n in range(12)])
    view.go_to(date(2027, 2, 1))
    more = next(item for item in view._layout().items if item.event_id is None)
    centre = QRectF(*more.rect).center().toPoint()  # the layout's rectangles are plain tuples
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=centre)
    assert view.mode() == WEEK
    assert view.current_range() == (date(2027, 2, 8), date(2027, 2, 14))


# --- hit testing -----------------------------------------------------------------------------

def test_clicking_a_chip_selects_its_event(view, qtbot) -> None:
    view.set_events(WEEK_EVENTS)
    view.go_to(date(2027, 2, 14))
    with qtbot.waitSignal(view.event_selected) as blocker:
        click(qtbot, view, 3)
    assert blocker.args == [3]
    assert view.selected_event() == 3


def test_double_clicking_a_chip_activates_its_event(view, qtbot) -> None:
    view.set_events(WEEK_EVENTS)
    view.go_to(date(2027, 2, 14))
    with qtbot.waitSignal(view.event_activated) as blocker:
        click(qtbot, view, 2, double=True)
    assert blocker.args == [2]


def test_double_clicking_an_empty_day_asks_for_a_new_event_there(view, qtbot) -> None:
    view.set_events(WEEK_EVENTS)
    view.go_to(date(2027, 2, 14))
    cell = view.day_rect(date(2027, 2, 17))
    assert cell is not None
    spot = QPoint(int(cell.center().x()), int(cell.bottom() - 8))
    with qtbot.waitSignal(view.day_activated) as blocker:
        qtbot.mouseDClick(view.canvas, Qt.MouseButton.LeftButton, pos=spot)
    assert blocker.args == [date(2027, 2, 17)]


def test_clicking_in_week_mode_hits_the_block(view, qtbot) -> None:
    view.set_events(WEEK_EVENTS)
    view.set_mode(WEEK)
    view.go_to(date(2027, 2, 10))
    with qtbot.waitSignal(view.event_selected) as blocker:
        click(qtbot, view, 4)
    assert blocker.args == [4]
    with qtbot.waitSignal(view.event_selected) as blocker:
        click(qtbot, view, 1)  # the bar in the all-day strip
    assert blocker.args == [1]


# --- week blocks -----------------------------------------------------------------------------

def test_week_mode_puts_a_0900_event_at_the_0900_line(view) -> None:
    view.set_events(WEEK_EVENTS)
    view.set_mode(WEEK)
    view.go_to(date(2027, 2, 14))
    block = view.event_rect(2)
    assert block is not None
    assert abs(block.top() - view.hour_y(9)) <= 2
    assert abs(block.bottom() - view.hour_y(16)) <= 2
    sunday = view.day_rect(date(2027, 2, 14))
    assert sunday is not None and sunday.left() <= block.left() and block.right() <= sunday.right()


def test_week_mode_strip_spans_the_week_long_event(view) -> None:
    view.set_events(WEEK_EVENTS)
    view.set_mode(WEEK)
    view.go_to(date(2027, 2, 14))
    bar = view.event_rect(1)
    monday, sunday = view.day_rect(date(2027, 2, 8)), view.day_rect(date(2027, 2, 14))
    assert bar is not None and monday is not None and sunday is not None
    assert bar.left() < monday.left() + 10 and bar.right() > sunday.right() - 10
    assert bar.bottom() < view.hour_y(6)


def test_overlapping_blocks_sit_side_by_side(view) -> None:
    view.set_events([rec(1, "A", "2027-02-14T09:00", "2027-02-14T12:00"),
                     rec(2, "B", "2027-02-14T10:00", "2027-02-14T11:00")])
    view.set_mode(WEEK)
    view.go_to(date(2027, 2, 14))
    a, b = view.event_rect(1), view.event_rect(2)
    assert a is not None and b is not None
    assert not a.intersects(b)
    assert abs(b.top() - view.hour_y(10)) <= 2


def test_an_early_morning_event_is_kept_at_the_top(view) -> None:
    view.set_events([rec(1, "Nattvandring", "2027-02-14T03:00", "2027-02-14T04:00")])
    view.set_mode(WEEK)
    view.go_to(date(2027, 2, 14))
    block = view.event_rect(1)
    assert block is not None and abs(block.top() - view.hour_y(6)) <= 2
    assert view.cell_items(date(2027, 2, 14)) == [(1, "03:00 Nattvandring")]


# --- selection, painting ---------------------------------------------------------------------

def render(view: CalendarView) -> QImage:
    image = QImage(view.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    view.render(image)
    return image


def test_select_event_highlights_it_and_turns_to_its_page(view) -> None:
    view.set_events(WEEK_EVENTS)
    view.go_to(date(2026, 11, 1))
    view.select_event(3)
    assert view.selected_event() == 3
    assert view.current_range()[0] <= date(2027, 2, 10) <= view.current_range()[1]
    selected = render(view)
    view.select_event(None)
    assert render(view) != selected
    view.select_event(3)
    rect = view.event_rect(3)
    assert rect is not None
    image = render(view)
    corner = view.canvas.mapTo(view, QPointF(rect.left() - 1, rect.center().y()).toPoint())
    ring = image.pixelColor(corner)
    assert ring.red() > 200 and ring.blue() < 150  # the accent ring around the chip


def test_unknown_ids_are_ignored(view) -> None:
    view.set_events(WEEK_EVENTS)
    view.select_event(999)
    assert view.selected_event() is None
    assert view.event_rect(999) is None


def test_swedish_month_names_follow_the_locale(view) -> None:
    i18n.install(QApplication.instance(), "sv")
    view.go_to(date(2027, 2, 1))
    assert view.title() == "Februari 2027"
    i18n.install(QApplication.instance(), "en")
    view.go_to(date(2027, 2, 2))
    assert view.title() == "February 2027"


@pytest.mark.parametrize("mode", [MONTH, WEEK])
def test_five_thousand_events_are_drawn(view, mode: str) -> None:
    view.set_events(season(5000))
    view.set_mode(mode)
    view.go_to(date(2027, 1, 20))
    image = render(view)
    coloured = sum(1 for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
                   if image.pixelColor(x, y).saturation() > 60)
    assert coloured > 300, "the page should be full of event colours"
    assert view.hidden_count(date(2027, 1, 20)) > 0 or mode == WEEK


def test_kind_colours_are_readable_on_white() -> None:
    white = QColor("white")
    assert len(KIND_COLOURS) == 7
    for kind, colour in KIND_COLOURS.items():
        assert contrast_ratio(QColor(colour), white) >= 4.5, kind
        for status in ("bekräftad", "planerad", "idé", "inställd"):
            style = style_for(kind, status)
            assert contrast_ratio(style.on_fill, style.fill) >= 4.5, (kind, status)
            assert contrast_ratio(style.on_tint, style.tint) >= 4.5, (kind, status)


def test_ideas_are_dashed_and_cancelled_events_struck() -> None:
    idea, cancelled = style_for("lopp", "idé"), style_for("lopp", "inställd")
    assert idea.dashed and idea.border is not None and not idea.strike
    assert cancelled.strike and not cancelled.dashed
    assert not style_for("lopp", "bekräftad").strike


def test_the_legend_lists_every_kind_and_the_two_status_styles(qtbot) -> None:
    legend = EventLegend()
    qtbot.addWidget(legend)
    assert len(legend.entries()) == 9
    assert legend.heightForWidth(120) > legend.heightForWidth(2000)
    legend.resize(legend.sizeHint())
    image = QImage(legend.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    legend.render(image)
    assert any(image.pixelColor(x, legend.height() // 2).saturation() > 60
               for x in range(image.width()))


def test_the_tooltip_names_time_place_status_and_parent(view) -> None:
    view.set_events(WEEK_EVENTS)
    view.go_to(date(2027, 2, 14))
    rect = view.event_rect(3)
    assert rect is not None
    tip = view.tooltip_at(rect.center())
    assert "Klasskidan" in tip and "09:00–13:00" in tip and "Torget" in tip
    assert "confirmed" in tip and "Vintervecka 2027" in tip
    assert view.tooltip_at(QPointF(2, 2)) == ""
