"""The event list model: the model tester, Python filtering and sorting, grouping by parent."""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

from destination_norberg.core.events import EventRecord
from destination_norberg.core.timeutil import parse_local
from destination_norberg.gui.common import i18n
from destination_norberg.gui.events.list_model import (
    EVENT_ID_ROLE,
    KIND,
    NAME,
    PLACE,
    STATUS,
    WHEN,
    EventListModel,
    fold,
)

Display = Qt.ItemDataRole.DisplayRole
NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def rec(event_id: int, name: str, start: str, end: str | None = None, *, kind: str = "lopp",
        status: str = "bekräftad", parent: int | None = None, place: tuple[int, str] | None = None,
        organiser: tuple[int, str] | None = None, name_en: str = "",
        description: str = "") -> EventRecord:
    return EventRecord(id=event_id, uid=f"e{event_id}", name_sv=name, name_en=name_en, kind=kind,
                       status=status, starts_at=parse_local(start),
                       ends_at=parse_local(end) if end else None, parent_id=parent,
                       place_id=place[0] if place else None,
                       place_name=place[1] if place else None,
                       organiser_id=organiser[0] if organiser else None,
                       organiser_name=organiser[1] if organiser else None,
                       description_sv=description)


TORGET = (1, "Torget")
OSTRA = (2, "Östra skolan")
KLUBBEN = (7, "Norbergs skidklubb")
BYRAN = (8, "Turistbyrån")

EVENTS = [
    rec(1, "Vintervecka 2027", "2027-02-08T00:00", "2027-02-14T18:00", kind="vecka",
        place=TORGET, organiser=KLUBBEN, name_en="Winter Week 2027"),
    rec(2, "Engelbrektsloppet 60 km", "2027-02-14T09:00", "2027-02-14T16:00", parent=1,
        place=TORGET, organiser=KLUBBEN, name_en="Engelbrektsloppet 60 km classic"),
    rec(3, "Klasskidan", "2027-02-10T09:00", "2027-02-10T13:00", parent=1, place=OSTRA,
        organiser=KLUBBEN, name_en="Klasskidan (school race)"),
    rec(4, "Julmarknad", "2026-12-05T11:00", "2026-12-05T16:00", kind="marknad", place=TORGET,
        organiser=BYRAN, description="Julmarknad med 40 knallar och tomte."),
    rec(5, "Åkdag för alla", "2027-02-11T10:00", kind="program", status="idé", place=OSTRA),
    rec(6, "Fackelskidning", "2026-11-21T17:00", "2026-11-21T19:00", kind="program",
        status="inställd", organiser=KLUBBEN),
    rec(7, "Ärtsoppekväll", "2027-01-14T18:00", "2027-01-14T20:00", kind="möte",
        status="planerad", organiser=BYRAN),
    rec(8, "Zumba på torget", "2027-01-16T12:00", "2027-01-16T13:00", kind="festival",
        place=TORGET),
]


@pytest.fixture
def model(qtmodeltester) -> EventListModel:
    m = EventListModel(clock=lambda: NOW)
    m.set_events(EVENTS)
    return m


def ids(model: EventListModel) -> list[int]:
    return [model.record_at(row).id for row in range(model.rowCount())]


def cell(model: EventListModel, row: int, column: int, role: int = Display) -> object:
    return model.data(model.index(row, column), role)


def test_the_model_tester_passes_empty_filled_filtered_and_sorted(qtmodeltester) -> None:
    model = EventListModel(clock=lambda: NOW)
    qtmodeltester.check(model)
    model.set_events(EVENTS)
    qtmodeltester.check(model)
    model.apply_filter("torget")
    qtmodeltester.check(model)
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.apply_filter("", kinds=set())
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_columns_and_headers(model) -> None:
    assert model.columnCount() == 6
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["When", "Name", "Kind", "Status", "Place", "Organiser"]
    row = model.row_of(3)
    assert row is not None
    assert cell(model, row, WHEN) == "Wed 10 Feb 2027 09:00"
    assert cell(model, row, NAME) == "↳ Klasskidan"
    assert cell(model, row, KIND) == "race"
    assert cell(model, row, STATUS) == "confirmed"
    assert cell(model, row, PLACE) == "Östra skolan"
    assert cell(model, row, NAME, EVENT_ID_ROLE) == 3
    assert "Part of Vintervecka 2027" in str(cell(model, row, NAME, Qt.ItemDataRole.ToolTipRole))
    week = model.row_of(1)
    assert week is not None and cell(model, week, WHEN) == "Mon 8 Feb 2027 – Sun 14 Feb 2027"


def test_cancelled_events_are_muted_and_struck(model) -> None:
    row = model.row_of(6)
    assert row is not None
    font = cell(model, row, NAME, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert cell(model, row, WHEN, Qt.ItemDataRole.ForegroundRole) is not None
    assert isinstance(cell(model, row, KIND, Qt.ItemDataRole.DecorationRole), QColor)
    assert cell(model, 0, NAME, Qt.ItemDataRole.FontRole) is None or row == 0


def test_default_order_is_by_time_with_children_after_their_parent(model) -> None:
    assert ids(model) == [6, 4, 7, 8, 1, 3, 2, 5]
    model.sort(WHEN, Qt.SortOrder.DescendingOrder)
    assert ids(model) == [5, 1, 2, 3, 8, 7, 4, 6]  # groups by start, newest first


def test_sorting_by_name_uses_the_swedish_alphabet(model) -> None:
    model.sort(NAME, Qt.SortOrder.AscendingOrder)
    names = [model.record_at(r).name_sv for r in range(model.rowCount())]
    assert names[-3:] == ["Zumba på torget", "Åkdag för alla", "Ärtsoppekväll"]
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    assert model.record_at(0).name_sv == "Ärtsoppekväll"


def test_sorting_by_status_and_place(model) -> None:
    model.sort(STATUS, Qt.SortOrder.AscendingOrder)
    assert [model.record_at(r).status for r in (0, model.rowCount() - 1)] == ["idé", "inställd"]
    model.sort(PLACE, Qt.SortOrder.AscendingOrder)
    places = [model.record_at(r).place_name for r in range(model.rowCount())]
    assert places[:4] == ["Torget"] * 4 and places[-2:] == [None, None]


def test_sorting_keeps_persistent_indexes_on_their_event(model) -> None:
    row = model.row_of(7)
    assert row is not None
    held = QPersistentModelIndex(model.index(row, NAME))
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    assert held.isValid() and model.record_at(held.row()).id == 7
    assert held.column() == NAME


def test_search_ignores_case_and_accents(model) -> None:
    assert model.apply_filter("ostra") == 2
    assert set(ids(model)) == {3, 5}
    assert model.apply_filter("ÖSTRA Skolan") == 2
    assert model.apply_filter("akdag") == 1 and ids(model) == [5]
    assert model.apply_filter("ENGELBREKT") == 1 and ids(model) == [2]


def test_search_covers_english_names_organiser_and_description(model) -> None:
    assert ids(model)[:1] == [6]
    model.apply_filter("school race")
    assert ids(model) == [3]
    model.apply_filter("skidklubb")
    assert set(ids(model)) == {1, 2, 3, 6}
    model.apply_filter("knallar tomte")  # every word must match
    assert ids(model) == [4]
    model.apply_filter("knallar engelbrekt")
    assert ids(model) == []


def test_filters_by_kind_status_place_and_organiser(model) -> None:
    model.apply_filter("", kinds={"program"})
    assert set(ids(model)) == {5, 6}
    model.apply_filter("", statuses={"idé", "inställd"})
    assert set(ids(model)) == {5, 6}
    model.apply_filter("", place_ids={1})
    assert set(ids(model)) == {1, 2, 4, 8}
    model.apply_filter("", organiser_ids={8})
    assert set(ids(model)) == {4, 7}
    model.apply_filter("torget", kinds={"lopp", "vecka"}, organiser_ids={7})
    assert ids(model) == [1, 2]
    model.apply_filter("")
    assert model.rowCount() == len(EVENTS)


def test_a_child_without_its_parent_in_the_list_stands_alone(model) -> None:
    model.apply_filter("", kinds={"lopp"})
    assert ids(model) == [3, 2]
    assert model.row_of(1) is None


def test_row_of_and_record_at_agree_after_filtering(model) -> None:
    model.apply_filter("torget")
    for row in range(model.rowCount()):
        assert model.row_of(model.record_at(row).id) == row
    assert model.row_of(999) is None
    assert [e.id for e in model.records()] == ids(model) == [4, 8, 1, 2]
    assert model.total_count() == len(EVENTS)


def test_english_names_and_swedish_dates(qapp, model, qtmodeltester) -> None:
    model.set_language("en")
    row = model.row_of(2)
    assert row is not None and cell(model, row, NAME) == "↳ Engelbrektsloppet 60 km classic"
    i18n.install(QApplication.instance(), "sv")
    model.set_language("sv")
    row = model.row_of(1)
    assert row is not None and str(cell(model, row, WHEN)).startswith("mån 8 feb")
    qtmodeltester.check(model)


def test_fold() -> None:
    assert fold("Östra Ängen") == "ostra angen"
    assert fold("Kärrgruvan") == "karrgruvan"
    assert fold("Ærø Straße") == "aero strasse"


def test_a_hundred_thousand_rows_filter_and_sort_in_python(qtmodeltester) -> None:
    rng = random.Random(5)
    base = datetime(2027, 1, 1, tzinfo=UTC)
    words = ["Skidlopp", "Marknad", "Möte", "Östra", "Konsert", "Stråk", "Åkdag"]
    events = [EventRecord(id=i, uid=str(i), name_sv=f"{rng.choice(words)} {i}", kind="lopp",
                          status="planerad", starts_at=base + timedelta(minutes=rng.randrange(
                              500_000))) for i in range(100_000)]
    model = EventListModel(clock=lambda: NOW)
    model.set_events(events)
    started = time.perf_counter()
    count = model.apply_filter("ostra")
    model.sort(NAME, Qt.SortOrder.AscendingOrder)
    elapsed = time.perf_counter() - started
    assert 0 < count < 100_000
    assert all("Östra" in model.record_at(r).name_sv for r in range(0, count, 97))
    assert elapsed < 5  # generous: seconds would mean a proxy model, not Python lists
    assert model.index(0, 0, QModelIndex()).isValid()
