"""The season timeline: rows grouped by parent, zoom, scrolling to a selection, hit testing."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from destination_norberg.core.events import EventRecord
from destination_norberg.core.timeutil import STOCKHOLM, parse_local
from destination_norberg.gui.events.colors import KIND_COLOURS, TODAY_LINE
from destination_norberg.gui.events.timeline_view import LABEL_W, TimelineRow, TimelineView

NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
WINTER = (date(2026, 11, 1), date(2027, 4, 30))


def rec(event_id: int, name: str, start: str, end: str | None = None, *, kind: str = "lopp",
        status: str = "bekräftad", parent: int | None = None,
        place: str | None = "Torget") -> EventRecord:
    return EventRecord(id=event_id, uid=f"e{event_id}", name_sv=name, kind=kind, status=status,
                       starts_at=parse_local(start), ends_at=parse_local(end) if end else None,
                       parent_id=parent, place_name=place)


EVENTS = [
    rec(20, "Julmarknad", "2026-12-05T11:00", "2026-12-05T16:00", kind="marknad"),
    rec(3, "Klasskidan", "2027-02-10T09:00", "2027-02-10T13:00", parent=1),
    rec(2, "Engelbrektsloppet 60 km", "2027-02-14T09:00", "2027-02-14T16:00", parent=1),
    rec(1, "Vintervecka 2027", "2027-02-08T00:00", "2027-02-14T18:00", kind="vecka"),
    rec(21, "Gruvlyktsvandring", "2027-03-20T18:00", "2027-03-20T20:00", kind="program",
        status="idé"),
    rec(30, "Höstmarknad", "2027-09-18T10:00", "2027-09-18T15:00", kind="marknad"),
]


@pytest.fixture
def view(qtbot) -> TimelineView:
    widget = TimelineView(clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def season(n: int, seed: int = 3) -> list[EventRecord]:
    rng = random.Random(seed)
    kinds = list(KIND_COLOURS)
    start = datetime(2026, 11, 1, 8, tzinfo=STOCKHOLM)
    events = []
    for i in range(1, n + 1):
        begin = start + timedelta(days=rng.randrange(175), hours=rng.randrange(12))
        events.append(EventRecord(
            id=i, uid=f"s{i}", name_sv=f"Evenemang {i}", kind=rng.choice(kinds),
            status="bekräftad", starts_at=begin.astimezone(UTC),
            ends_at=(begin + timedelta(days=rng.randrange(0, 3), hours=2)).astimezone(UTC),
            parent_id=rng.randrange(1, 61) if i > 60 and rng.random() < 0.4 else None))
    return events


def names(view: TimelineView) -> list[tuple[str, int, bool]]:
    return [(view._records[r.event_id].name_sv, r.depth, r.is_group) for r in view.rows()]


def test_children_are_grouped_under_their_parent_in_time_order(view) -> None:
    view.set_events(EVENTS)
    view.set_range(*WINTER)
    assert names(view) == [
        ("Julmarknad", 0, False),
        ("Vintervecka 2027", 0, True),
        ("Klasskidan", 1, False),
        ("Engelbrektsloppet 60 km", 1, False),
        ("Gruvlyktsvandring", 0, False),
    ]  # Höstmarknad is outside the winter
    assert all(isinstance(r, TimelineRow) for r in view.rows())


def test_a_group_stays_when_only_a_child_is_in_range(view) -> None:
    view.set_events(EVENTS)
    view.set_range(date(2027, 2, 14), date(2027, 2, 20))
    assert names(view) == [("Vintervecka 2027", 0, True), ("Engelbrektsloppet 60 km", 1, False)]


def test_folding_a_group_hides_its_children_and_selecting_a_child_unfolds_it(view) -> None:
    view.set_events(EVENTS)
    view.set_range(*WINTER)
    view.set_collapsed(1, True)
    assert [r.event_id for r in view.rows()] == [20, 1, 21]
    assert view.rows()[1].collapsed
    view.select_event(2)
    assert [r.event_id for r in view.rows()] == [20, 1, 3, 2, 21]


def test_clicking_the_arrow_folds_the_group(view, qtbot) -> None:
    view.set_events(EVENTS)
    view.set_range(*WINTER)
    rect = view.event_rect(1)
    assert rect is not None
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(12, int(rect.center().y())))
    assert [r.event_id for r in view.rows()] == [20, 1, 21]


def test_zoom_changes_pixels_per_day_and_bar_widths(view, qtbot) -> None:
    view.set_events(EVENTS)
    view.set_range(*WINTER)
    view.set_zoom(10)
    assert view.pixels_per_day() == 10
    week = view.event_rect(1)
    assert week is not None and abs(week.width() - 6.75 * 10) < 1  # Mon 00:00 to Sun 18:00
    with qtbot.waitSignal(view.zoom_changed):
        view.set_zoom(40)
    week = view.event_rect(1)
    assert week is not None and abs(week.width() - 6.75 * 40) < 1
    view.set_zoom(10_000)
    assert view.pixels_per_day() == 240  # clamped


def test_ctrl_wheel_zooms_in_around_the_mouse(view) -> None:
    view.set_events(EVENTS)
    view.set_range(*WINTER)
    view.set_zoom(10)
    rect = view.event_rect(3)
    assert rect is not None
    anchor = QPointF(rect.left(), rect.center().y())
    wheel = QWheelEvent(anchor, view.viewport().mapToGlobal(anchor), QPoint(0, 0),
                        QPoint(0, 240), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.pixels_per_day() == pytest.approx(10 * 1.25 ** 2)
    after = view.event_rect(3)
    assert after is not None and abs(after.left() - rect.left()) <= 2  # the date stayed put


def test_zoom_to_fit_shows_the_whole_range(view) -> None:
    view.set_events(EVENTS)
    view.set_range(*WINTER)
    view.zoom_to_fit()
    days = (WINTER[1] - WINTER[0]).days + 1
    assert days * view.pixels_per_day() <= view.viewport().width() - LABEL_W
    assert view.horizontalScrollBar().maximum() == 0


def test_select_event_scrolls_it_into_view(view) -> None:
    events = season(800)
    view.set_events(events)
    view.set_range(*WINTER)
    view.set_zoom(40)
    target = view.rows()[-1].event_id
    before = view.event_rect(target)
    assert before is not None and not view.viewport().rect().contains(before.center().toPoint())
    view.select_event(target)
    assert view.selected_event() == target
    assert view.verticalScrollBar().value() > 0
    after = view.event_rect(target)
    assert after is not None
    area = view.viewport().rect().adjusted(int(LABEL_W), 0, 0, 0)
    assert area.contains(after.topLeft().toPoint())


def test_clicking_a_bar_selects_and_double_clicking_activates(view, qtbot) -> None:
    view.set_events(EVENTS)
    view.set_range(*WINTER)
    view.set_zoom(30)
    view.select_event(2)
    rect = view.event_rect(2)
    assert rect is not None
    view.select_event(None)
    with qtbot.waitSignal(view.event_selected) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center().toPoint())
    assert blocker.args == [2]
    assert view.selected_event() == 2
    with qtbot.waitSignal(view.event_activated) as blocker:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center().toPoint())
    assert blocker.args == [2]


def test_clicking_beside_a_bar_hits_nothing_but_the_label_hits_its_row(view, qtbot) -> None:
    view.set_events(EVENTS)
    view.set_range(*WINTER)
    view.set_zoom(30)
    view.select_event(3)
    rect = view.event_rect(3)
    assert rect is not None
    assert view.event_at(QPointF(rect.right() + 40, rect.center().y())) is None
    assert view.event_at(QPointF(LABEL_W - 20, rect.center().y())) == 3


def test_the_tooltip_names_time_place_and_status(view) -> None:
    view.set_events(EVENTS)
    view.set_range(*WINTER)
    view.set_zoom(30)
    view.select_event(21)
    rect = view.event_rect(21)
    assert rect is not None
    tip = view.tooltip_at(rect.center())
    assert "Gruvlyktsvandring" in tip and "18:00–20:00" in tip and "Torget" in tip
    assert "idea" in tip


def test_today_is_marked(view) -> None:
    view.set_events(EVENTS)
    view.set_range(*WINTER)
    view.zoom_to_fit()
    x = view.today_x()
    assert x is not None
    expected = LABEL_W + (date(2026, 11, 26) - WINTER[0]).days * view.pixels_per_day()
    assert abs(x - (expected + 9 / 24 * view.pixels_per_day())) < 1
    image = view.viewport().grab().toImage()
    hits = [image.pixelColor(round(x) + dx, 600) for dx in (-1, 0, 1)]
    assert QColor(TODAY_LINE) in hits
    view.set_range(date(2027, 5, 1), date(2027, 9, 30))
    assert view.today_x() is None


def test_five_thousand_events_are_drawn(view) -> None:
    view.set_events(season(5000))
    view.set_range(*WINTER)
    assert len(view.rows()) == 5000
    assert sum(r.is_group for r in view.rows()) > 40
    image = QImage(view.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    view.render(image)
    coloured = sum(1 for x in range(int(LABEL_W), image.width(), 3)
                   for y in range(60, image.height(), 5)
                   if image.pixelColor(x, y).saturation() > 60)
    assert coloured > 200


def test_scroll_to_day_brings_the_days_events_to_the_top(view) -> None:
    view.set_events(season(600))
    view.set_range(*WINTER)
    view.set_zoom(20)
    view.scroll_to_day(date(2027, 2, 1))
    first = view._row_at(60)
    assert first is not None
    top = view.rows()[first]
    assert view._spans[top.event_id].last_day >= date(2027, 2, 1)
    assert view.verticalScrollBar().value() > 0 and view.horizontalScrollBar().value() > 0
    assert view.x_of(datetime(2027, 2, 1, tzinfo=STOCKHOLM)) > LABEL_W


def _month_label_columns(view) -> list[int]:
    """The x positions in the axis's upper half where navy label text is drawn."""
    image = view.viewport().grab().toImage()
    navy = QColor("#1f3a56")
    return [x for x in range(int(LABEL_W) + 2, image.width())
            if any(image.pixelColor(x, y) == navy for y in range(4, 20))]


def test_month_labels_stay_over_a_long_range_zoomed_out(view) -> None:
    """Two years at the smallest zoom: a month is 30 px, too narrow for "Nov.", yet the axis
    still names every second or third month instead of going blank."""
    view.set_events(EVENTS)
    view.set_range(date(2026, 1, 1), date(2027, 12, 31))
    view.set_zoom(1.0)
    columns = _month_label_columns(view)
    assert columns, "no month label drawn"
    # Labels spread along the axis (several separate runs of text), not one at the start.
    runs = sum(1 for a, b in pairwise(columns) if b - a > 12)
    assert runs >= 5


def test_month_headers_share_one_style_in_the_languages_case(qapp) -> None:
    """Swedish month names in lower case, all full or all short (not "Nov." beside
    "April 2027"), the year at the first month and at January."""
    from PySide6.QtCore import QLocale

    from destination_norberg.gui.events.timeline_paint import month_labels

    sv = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    months = [date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1), date(2027, 2, 1),
              date(2027, 3, 1), date(2027, 4, 1)]
    width = lambda text: 7.0 * len(text)  # noqa: E731
    wide = month_labels(months, [200.0] * 6, width, sv)
    assert wide == ["november 2026", "december", "januari 2027", "februari", "mars", "april"]
    # "december" (56 px) does not fit in 50: every month goes short, not just that one
    narrow = month_labels(months, [200.0, 50.0, 200.0, 200.0, 200.0, 200.0], width, sv)
    assert narrow == ["nov. 2026", "dec.", "jan. 2027", "feb.", "mars", "apr."]
    assert all(text == text.lower() for text in wide + narrow)
    en = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert month_labels(months[:2], [200.0, 200.0], width, en) == ["November 2026",
                                                                   "December"]
