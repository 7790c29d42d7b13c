"""The stråk editor: loading, editing, saving, the stop order, who is open, route and warnings.

The snapshot is built from the demo files (data/strak.json, data/organisations.csv) without a
database, so these tests exercise the page alone; core.strak answers the rules.
"""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QComboBox, QStyleOptionViewItem, QWidget

from destination_norberg.core.events import StrakRecord, StrakStopRecord
from destination_norberg.core.strak import route_length_m, walking_minutes, who_is_open
from destination_norberg.gui.common import i18n
from destination_norberg.gui.events.planning_data import PlanningSnapshot
from destination_norberg.gui.events.route_preview import BACKGROUND, ROUTE, RoutePreview, StopMark
from destination_norberg.gui.events.strak_page import StrakPage, fill_args
from destination_norberg.gui.events.strak_stops_model import (
    OFFER_EN,
    OFFER_SV,
    OPENING,
    ORDER,
    ORGANISATION,
    OrganisationDelegate,
    StrakStopsModel,
)

DATA = Path(__file__).resolve().parents[3] / "data"
NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)  # the demo's morning, 09:00 in Norberg
WINTER, SUMMER = 1, 2
FRIDAY, SATURDAY, MONDAY = date(2026, 12, 4), date(2026, 12, 5), date(2026, 12, 7)


def demo_organisations() -> tuple[list[tuple[int, str, str]], dict[str, tuple[int, float, float]]]:
    """(id, name, category) sorted by name as the store lists them, and key → (id, e, n)."""
    with (DATA / "organisations.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    by_key = {r["key"]: (i, float(r["e"]), float(r["n"])) for i, r in enumerate(rows, 1)}
    listed = sorted(((i, r["name"], r["category"]) for i, r in enumerate(rows, 1)),
                    key=lambda o: o[1])
    return listed, by_key


def demo_strak() -> list[StrakRecord]:
    """Both stråk of data/strak.json as the store reads them (ordered by period start)."""
    organisations, by_key = demo_organisations()
    names = {i: n for i, n, _ in organisations}
    raw = sorted(json.loads((DATA / "strak.json").read_text(encoding="utf-8")),
                 key=lambda s: s["period_start"])
    out = []
    for number, s in enumerate(raw, 1):
        stops = []
        for stop in s["stops"]:
            org_id, x, y = by_key[stop["organisation"]]
            stops.append(StrakStopRecord(
                position=stop["order"], organisation_id=org_id, opening=stop["opening"],
                offer_sv=stop["offer_sv"], offer_en=stop["offer_en"],
                organisation_name=names[org_id], x=x, y=y))
        out.append(StrakRecord(
            id=number, uid=s["key"], name=s["name"],
            period_start=date.fromisoformat(s["period_start"]),
            period_end=date.fromisoformat(s["period_end"]), weekdays=tuple(s["weekdays"]),
            opens=time.fromisoformat(s["opens"]), closes=time.fromisoformat(s["closes"]),
            route=tuple((float(x), float(y)) for x, y in s["route"]), stops=tuple(stops),
            season_id=10 + number, event_id=20 + number, version=3))
    return out


def demo_snapshot(strak: list[StrakRecord] | None = None) -> PlanningSnapshot:
    organisations, _ = demo_organisations()
    return PlanningSnapshot(seasons=[], places=[], organisations=organisations, persons=[],
                            events=[], tasks=[], strak=demo_strak() if strak is None else strak,
                            target_events={}, now=NOW)


@pytest.fixture
def english(qapp):
    """Source strings and an en_GB locale, whatever the machine or an earlier test set."""
    i18n.install(qapp, "en")


@pytest.fixture
def page(qtbot, english) -> StrakPage:
    widget = StrakPage()
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.set_snapshot(demo_snapshot(), language="en")
    return widget


def names(model: StrakStopsModel) -> list[str]:
    return [model.index(r, ORGANISATION).data() for r in range(model.rowCount())]


def positions(model: StrakStopsModel) -> list[int]:
    return [s.position for s in model.stops()]


# --- loading ---------------------------------------------------------------------------------

def test_loading_the_demo_snapshot_shows_vinterstraket_with_its_days_hours_and_stops(
        page: StrakPage) -> None:
    ui = page.ui
    assert [ui.strakPicker.itemText(i) for i in range(ui.strakPicker.count())] == [
        "Vinterstråket 2026/27", "Sommarstråket 2027"]
    assert ui.strakPicker.currentIndex() == 0
    assert ui.periodStart.date() == QDate(2026, 12, 4)
    assert ui.periodEnd.date() == QDate(2027, 2, 27)
    assert [box.isChecked() for box in page._days] == [False] * 4 + [True, True, False]
    assert ui.opens.time() == QTime(16, 0) and ui.closes.time() == QTime(20, 0)
    assert not ui.noHours.isChecked()
    assert page.stops_model.rowCount() == 11
    assert names(page.stops_model)[:2] == ["Konditori Silverlaven", "Kafé Gruvlyktan"]
    assert page.stops_model.index(9, OPENING).data() == "16–22"
    assert page.stops_model.index(0, OFFER_EN).data() == "Engelbrekt pastry SEK 10 off"
    assert page.current_record() == demo_strak()[0]
    assert not page.dirty
    assert not ui.saveButton.isEnabled() and not ui.revertButton.isEnabled()
    assert ui.stopsTitle.text() == "Stops · 11"


def test_the_weekday_boxes_use_the_locales_short_day_names(qtbot, qapp) -> None:
    i18n.install(qapp, "sv")
    widget = StrakPage()
    qtbot.addWidget(widget)
    assert [b.text() for b in widget._days] == [
        QLocale(QLocale.Language.Swedish).dayName(d, QLocale.FormatType.ShortFormat)
        for d in range(1, 8)]
    assert widget._days[0].text().lower().startswith("mån")
    i18n.install(qapp, "en")  # the language change reaches the page: English names now
    qapp.processEvents()
    assert widget._days[0].text() == "Mon"


def test_a_reload_keeps_the_selected_strak_by_id(page: StrakPage) -> None:
    assert page.select_strak(SUMMER)
    assert page.current_record().name == "Sommarstråket 2027"
    page.set_snapshot(demo_snapshot(list(reversed(demo_strak()))), language="en")
    assert page.ui.strakPicker.currentText() == "Sommarstråket 2027"
    assert page.current_record().id == SUMMER
    page.set_snapshot(demo_snapshot(demo_strak()[:1]), language="en")  # summer is gone
    assert page.current_record().id == WINTER
    assert not page.select_strak(99)


def test_unsaved_edits_survive_a_reload_of_the_same_version_but_not_a_newer_one(
        page: StrakPage) -> None:
    page.ui.day4.setChecked(True)
    assert page.dirty
    page.set_snapshot(demo_snapshot(), language="en")  # someone saved an event elsewhere
    assert page.dirty and page.current_record().weekdays == (4, 5, 6)
    newer = [replace(s, version=s.version + 1) for s in demo_strak()]
    page.set_snapshot(demo_snapshot(newer), language="en")  # the stråk itself was saved
    assert not page.dirty
    assert page.current_record().weekdays == (5, 6)
    assert page.original.version == 4


def test_an_empty_snapshot_shows_an_empty_disabled_form(qtbot, english) -> None:
    widget = StrakPage()
    qtbot.addWidget(widget)
    widget.set_snapshot(demo_snapshot([]), language="en")
    assert widget.ui.strakPicker.count() == 0
    assert not widget.ui.splitter.isEnabled()
    assert "no stråk" in widget.ui.problem.text().lower()
    with pytest.raises(RuntimeError):
        widget.current_record()
    assert widget.save() is False


# --- editing and saving ------------------------------------------------------------------

def test_editing_days_hours_and_offers_then_saving_emits_before_and_after(
        page: StrakPage, qtbot) -> None:
    before = demo_strak()[0]
    ui = page.ui
    ui.day4.setChecked(True)  # Thursdays too
    ui.closes.setTime(QTime(21, 0))
    model = page.stops_model
    assert model.setData(model.index(1, OFFER_SV), "  Glögg till alla  ")
    assert model.setData(model.index(1, OFFER_EN), "Mulled wine for everyone")
    assert model.setData(model.index(3, OPENING), "16–21")
    assert page.dirty and ui.saveButton.isEnabled()
    with qtbot.waitSignal(page.save_requested, timeout=1000) as blocker:
        qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    emitted_before, after = blocker.args
    assert emitted_before == before
    stops = list(before.stops)
    stops[1] = replace(stops[1], offer_sv="Glögg till alla", offer_en="Mulled wine for everyone")
    stops[3] = replace(stops[3], opening="16–21")
    assert after == replace(before, weekdays=(4, 5, 6), closes=time(21, 0), stops=tuple(stops))
    for kept in ("id", "uid", "version", "route", "season_id", "event_id", "name"):
        assert getattr(after, kept) == getattr(before, kept)
    assert not ui.problem.isVisible()
    assert not ui.saveButton.isEnabled()  # pressed once; waits for the reload or an edit


def test_save_takes_the_text_of_a_cell_still_being_edited(page: StrakPage, qtbot) -> None:
    table = page.ui.stopsTable
    index = page.stops_model.index(0, OFFER_EN)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.indexWidget(index)
    assert editor is not None
    editor.setText("Pastry SEK 15 off")
    with qtbot.waitSignal(page.save_requested, timeout=1000) as blocker:
        assert page.save()
    assert blocker.args[1].stops[0].offer_en == "Pastry SEK 15 off"


def test_save_emits_nothing_when_nothing_changed(page: StrakPage, qtbot) -> None:
    with qtbot.assertNotEmitted(page.save_requested):
        assert page.save() is False
    page.ui.day4.setChecked(True)
    page.ui.day4.setChecked(False)  # and back: not dirty
    assert not page.dirty
    with qtbot.assertNotEmitted(page.save_requested):
        assert page.save() is False


def test_choosing_another_organisation_moves_the_stop_on_the_map(page: StrakPage,
                                                                 qtbot) -> None:
    model = page.stops_model
    _, by_key = demo_organisations()
    bakery_id, x, y = by_key["bageri-malmbrodet"]
    assert model.setData(model.index(0, ORGANISATION), bakery_id)
    assert model.index(0, ORGANISATION).data() == "Stenugnsbageriet Malmbrödet"
    stop = page.current_record().stops[0]
    assert (stop.organisation_id, stop.x, stop.y) == (bakery_id, x, y)
    assert StopMark(1, x, y, "Stenugnsbageriet Malmbrödet") in page.ui.routePreview.stops()
    assert not model.setData(model.index(0, ORGANISATION), 9999)  # not an organisation


def test_the_organisation_delegate_lists_the_organisations_and_writes_the_id(
        page: StrakPage) -> None:
    model = page.stops_model
    delegate = page.ui.stopsTable.itemDelegateForColumn(ORGANISATION)
    assert isinstance(delegate, OrganisationDelegate)
    index = model.index(2, ORGANISATION)
    host = QWidget()
    editor = delegate.createEditor(host, QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    organisations, _ = demo_organisations()
    assert editor.count() == len(organisations) + 1  # and "(none)"
    delegate.setEditorData(editor, index)
    assert editor.currentText() == "Galleri Slaggsten"
    editor.setCurrentIndex(editor.findText("Gruvbaren"))
    delegate.setModelData(editor, model, index)
    assert index.data() == "Gruvbaren"
    host.deleteLater()


@pytest.mark.parametrize(("edit", "problem"), [
    (lambda p: p.ui.periodEnd.setDate(QDate(2026, 11, 30)), "The period ends before it starts."),
    (lambda p: [b.setChecked(False) for b in p._days],
     "Choose at least one day of the week for the stråk."),
    (lambda p: p.ui.closes.setTime(QTime(15, 0)), "The stråk must close after it opens."),
    (lambda p: p.ui.closes.setTime(QTime(16, 0)), "The stråk must close after it opens."),
    (lambda p: p.add_stop(),
     "Every stop needs an organisation: choose one for stop 12 or remove it."),
])
def test_an_invalid_form_does_not_emit_and_says_what_is_wrong(page: StrakPage, qtbot, edit,
                                                              problem: str) -> None:
    edit(page)
    assert page.dirty
    with qtbot.assertNotEmitted(page.save_requested):
        qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert not page.ui.problem.isHidden()
    assert problem in page.ui.problem.text().splitlines()
    page.revert()  # Revert brings back the stråk as loaded, and the problem goes
    assert not page.dirty
    assert page.ui.problem.isHidden()
    assert page.current_record() == demo_strak()[0]


def test_a_shown_problem_disappears_once_it_is_fixed(page: StrakPage, qtbot) -> None:
    page.add_stop()
    assert not page.save()
    assert not page.ui.problem.isHidden()
    model = page.stops_model
    model.setData(model.index(11, ORGANISATION), demo_organisations()[1]["gruvbaren"][0])
    assert page.ui.problem.isHidden()
    with qtbot.waitSignal(page.save_requested, timeout=1000) as blocker:
        assert page.save()
    assert len(blocker.args[1].stops) == 12
    assert blocker.args[1].stops[-1].position == 12


def test_no_common_hours_saves_none(page: StrakPage, qtbot) -> None:
    page.ui.noHours.setChecked(True)
    assert not page.ui.opens.isEnabled()
    with qtbot.waitSignal(page.save_requested, timeout=1000) as blocker:
        page.save()
    assert blocker.args[1].opens is None and blocker.args[1].closes is None


def test_switching_strak_with_unsaved_edits_asks_first(page: StrakPage,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    page.ui.day4.setChecked(True)
    monkeypatch.setattr(page, "_confirm_discard", lambda: False)
    assert not page.select_strak(SUMMER)
    assert page.ui.strakPicker.currentIndex() == 0 and page.dirty
    monkeypatch.setattr(page, "_confirm_discard", lambda: True)
    assert page.select_strak(SUMMER)
    assert page.current_record() == demo_strak()[1] and not page.dirty


# --- order of the stops -------------------------------------------------------------------

def test_move_up_and_down_renumber_the_stops(page: StrakPage, qtbot) -> None:
    model, ui = page.stops_model, page.ui
    first = names(model)
    page.select_row(2)
    assert ui.moveUp.isEnabled() and ui.moveDown.isEnabled()
    qtbot.mouseClick(ui.moveUp, Qt.MouseButton.LeftButton)
    assert names(model)[:3] == [first[0], first[2], first[1]]
    assert positions(model) == list(range(1, 12))
    assert page.selected_row() == 1  # the selection follows the stop
    qtbot.mouseClick(ui.moveUp, Qt.MouseButton.LeftButton)
    assert names(model)[:3] == [first[2], first[0], first[1]]
    assert not ui.moveUp.isEnabled()  # first row
    qtbot.mouseClick(ui.moveDown, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.moveDown, Qt.MouseButton.LeftButton)
    assert names(model) == first
    assert not page.dirty  # back where it started
    page.select_row(10)
    assert not ui.moveDown.isEnabled()
    page.select_row(0)
    qtbot.mouseClick(ui.removeStop, Qt.MouseButton.LeftButton)
    assert names(model) == first[1:]
    assert positions(model) == list(range(1, 11))
    assert [m.position for m in ui.routePreview.stops()] == list(range(1, 11))


def test_typing_an_order_number_moves_the_stop(page: StrakPage) -> None:
    model = page.stops_model
    first = names(model)
    assert model.setData(model.index(0, ORDER), 4)
    assert names(model)[:4] == [first[1], first[2], first[3], first[0]]
    assert positions(model) == list(range(1, 12))
    assert model.setData(model.index(10, ORDER), 1)
    assert names(model)[0] == first[10]
    assert not model.setData(model.index(0, ORDER), "first")


def test_loaded_positions_are_kept_until_the_order_changes() -> None:
    model = StrakStopsModel()
    model.set_stops([StrakStopRecord(5, 1), StrakStopRecord(2, 2), StrakStopRecord(2, 3)])
    assert [(s.position, s.organisation_id) for s in model.stops()] == [(2, 2), (2, 3), (5, 1)]
    model.move_stop(2, 0)
    assert [(s.position, s.organisation_id) for s in model.stops()] == [(1, 1), (2, 2), (3, 3)]


# --- who is open ------------------------------------------------------------------------------

def test_who_is_open_on_a_friday_evening_of_vinterstraket(page: StrakPage) -> None:
    model = page.stops_model
    model.setData(model.index(2, OPENING), "18–22")  # the gallery opens late
    model.setData(model.index(6, OPENING), "stängt")
    shown = page.check_who_is_open(FRIDAY, time(17, 0))
    record = page.current_record()
    expected = [s.organisation_name for s in who_is_open(record, FRIDAY, time(17, 0))]
    assert shown == expected
    assert len(shown) == 9
    assert "Galleri Slaggsten" not in shown and "Hantverksboden" not in shown
    assert shown[0] == "Konditori Silverlaven"
    assert page.who_is_open_status() == "9 stops open then."
    assert page.ui.whoList.count() == 9
    assert "Engelbrekt pastry SEK 10 off" in page.ui.whoList.item(0).text()  # English offers
    page.set_language("sv")
    assert "Engelbrektsbakelse 10 kr billigare" in page.ui.whoList.item(0).text()


def test_who_is_open_says_when_it_is_not_a_strak_day_or_outside_the_hours(
        page: StrakPage) -> None:
    assert page.check_who_is_open(MONDAY, time(17, 0)) == []
    status = page.who_is_open_status()
    assert "not a stråk day" in status.lower()
    assert "Friday and Saturday" in status
    assert page.ui.whoList.count() == 0
    assert page.check_who_is_open(date(2027, 3, 5), time(17, 0)) == []  # after the period
    assert "runs from" in page.who_is_open_status()
    assert page.check_who_is_open(SATURDAY, time(21, 0)) == []
    assert page.who_is_open_status() == (
        "Outside the stråk hours: Vinterstråket 2026/27 is open 16–20 on stråk days.")
    assert page.check_who_is_open(SATURDAY, time(21, 0)) == []
    assert page.check_who_is_open(SATURDAY, time(16, 0))  # open at opening time


def test_who_is_open_starts_on_the_next_strak_day(page: StrakPage) -> None:
    assert page.ui.whoDate.date() == QDate(2026, 12, 4)  # demo today is 2026-11-26
    assert page.ui.whoTime.time() == QTime(17, 0)
    assert len(page.who_is_open_list()) == 11


def test_who_is_open_follows_the_edited_days(page: StrakPage) -> None:
    page.check_who_is_open(MONDAY, time(17, 0))
    page.ui.day1.setChecked(True)
    assert len(page.who_is_open_list()) == 11


# --- route and warnings -------------------------------------------------------------------------

@pytest.mark.parametrize("which", [WINTER, SUMMER])
def test_the_route_label_matches_core_strak(page: StrakPage, which: int) -> None:
    page.select_strak(which)
    record = demo_strak()[which - 1]
    length = route_length_m(record.route)
    minutes = walking_minutes(length)
    unit = "minute" if minutes == 1 else "minutes"
    assert page.route_summary() == f"{length / 1000:.1f} km · about {minutes} {unit} on foot"
    assert page.ui.routePreview.route() == record.route
    assert len(page.ui.routePreview.stops()) == 11


def test_a_strak_without_route_says_so(qtbot, english) -> None:
    widget = StrakPage()
    qtbot.addWidget(widget)
    widget.set_snapshot(demo_snapshot([replace(demo_strak()[0], route=())]), language="en")
    assert widget.route_summary() == "No walking route is stored for this stråk."


def test_warnings_are_translated_sentences_about_the_edited_stops(page: StrakPage) -> None:
    assert page.warning_texts() == []
    assert "No warnings" in page.ui.warningsList.item(0).text()
    model = page.stops_model
    model.setData(model.index(0, OPENING), "16–18")
    model.setData(model.index(1, OPENING), "sometimes")
    model.setData(model.index(2, OPENING), "10–15")
    assert page.warning_texts() == [
        "Stop 1, Konditori Silverlaven, is open 16–18, which does not cover the stråk hours "
        "16–20.",
        "Stop 2, Kafé Gruvlyktan: the opening hours “sometimes” cannot be read. Write them as "
        "16–20, or 10–14, 16–20, or stängt.",
        "Stop 3, Galleri Slaggsten, is closed during the stråk hours 16–20."]
    assert page.ui.warningsList.count() == 3
    assert page.ui.warningsTitle.text() == "Warnings · 3"
    assert model.index(1, OPENING).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_duplicate_positions_and_missing_organisations_are_worded(qtbot, english) -> None:
    record = demo_strak()[0]
    stops = (replace(record.stops[0], position=1), replace(record.stops[1], position=1),
             StrakStopRecord(2, None))
    widget = StrakPage()
    qtbot.addWidget(widget)
    widget.set_snapshot(demo_snapshot([replace(record, stops=stops)]), language="en")
    assert widget.warning_texts() == ["Stop 2 has no organisation.",
                                      "2 stops share position 1."]


def test_fill_args_replaces_in_one_pass() -> None:
    assert fill_args("%1 and %2", "a%2", "b") == "a%2 and b"
    assert fill_args("%1 %3", "x") == "x %3"


# --- model and preview ------------------------------------------------------------------------

def test_the_stops_model_passes_the_qt_model_tester(qtmodeltester) -> None:
    model = StrakStopsModel()
    organisations, _ = demo_organisations()
    model.set_organisations(organisations)
    qtmodeltester.check(model)
    model.set_stops(demo_strak()[0].stops)
    qtmodeltester.check(model)
    model.add_stop()
    model.move_stop(0, 5)
    model.remove_stop(3)
    qtmodeltester.check(model)


def test_the_stops_model_headers_and_flags(english) -> None:
    model = StrakStopsModel()
    model.set_stops(demo_strak()[0].stops)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Order", "Organisation", "Opening", "Offer\n(Swedish)", "Offer\n(English)"]
    assert model.flags(model.index(0, OFFER_EN)) & Qt.ItemFlag.ItemIsEditable
    assert model.index(0, ORDER).data(Qt.ItemDataRole.EditRole) == 1
    model.add_stop()
    assert model.index(11, ORGANISATION).data() == "(choose an organisation)"
    assert model.index(11, ORGANISATION).data(Qt.ItemDataRole.EditRole) is None


def _painted(widget: QWidget, size: int = 300) -> QImage:
    widget.resize(size, size)
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(BACKGROUND)
    widget.render(image)
    return image


def _count(image: QImage, test) -> int:
    return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if test(image.pixelColor(x, y)))


def test_the_route_preview_paints_the_route_and_stops(qtbot) -> None:
    record = demo_strak()[0]
    preview = RoutePreview()
    qtbot.addWidget(preview)
    preview.set_route(record.route, [StopMark(s.position, s.x, s.y, s.organisation_name or "")
                                     for s in record.stops])
    image = _painted(preview)
    assert _count(image, lambda c: c != BACKGROUND) > 1000
    assert _count(image, lambda c: _close(c, ROUTE)) > 50  # the line itself


def test_the_route_preview_keeps_north_up_and_the_aspect(qtbot) -> None:
    preview = RoutePreview()
    qtbot.addWidget(preview)
    preview.resize(400, 300)
    preview.set_route([(0.0, 0.0), (0.0, 1000.0)], [StopMark(1, 1000.0, 0.0)])
    south, north, east = (preview.to_widget(0, 0), preview.to_widget(0, 1000),
                          preview.to_widget(1000, 0))
    assert north.y() < south.y()  # north is up
    assert east.x() > south.x()
    assert abs((south.y() - north.y()) - (east.x() - south.x())) < 1e-6  # a metre is a metre
    assert preview.stop_at(east).position == 1


def test_an_empty_route_preview_only_says_so(qtbot) -> None:
    preview = RoutePreview()
    qtbot.addWidget(preview)
    image = _painted(preview)
    assert _count(image, lambda c: _close(c, ROUTE)) == 0


def _close(colour: QColor, target: QColor, tolerance: int = 30) -> bool:
    return (abs(colour.red() - target.red()) + abs(colour.green() - target.green())
            + abs(colour.blue() - target.blue())) <= tolerance


def test_the_page_renders(page: StrakPage) -> None:
    page.show()
    QApplication.processEvents()
    image = page.grab().toImage()
    assert image.width() == 1400 and image.height() == 900


def test_move_up_and_move_down_sit_together_in_the_stops_header(page: StrakPage) -> None:
    layout = page.ui.stopsHeader
    up, down = layout.indexOf(page.ui.moveUp), layout.indexOf(page.ui.moveDown)
    assert up >= 0 and down == up + 1
