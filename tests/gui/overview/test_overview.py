from __future__ import annotations

import hashlib
import re
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import delete

from destination_norberg.app.overview import overview
from destination_norberg.core.overview import Overview
from destination_norberg.gui import main_window
from destination_norberg.gui.common import settings as opt
from destination_norberg.gui.main_window import AREAS
from destination_norberg.store import models as m
from destination_norberg.store.database import make_engine, write_session
from destination_norberg.store.demo import has_data

LOAD_TIMEOUT_MS = 15_000
EMPTY_TEXT = ("The database is empty. Load the demo season from the File menu to see how the "
              "overview works; adding events, trails and businesses comes with their areas.")


def url_for(path: Path) -> str:
    return f"sqlite:///{path}"


def row_text(model, row: int) -> str:
    """Everything a row shows, whatever the column layout of the card."""
    return " | ".join(model.index(row, c).data() or "" for c in range(model.columnCount()))


def keys(model) -> list[int | None]:
    return [model.row_at(row).key for row in range(model.rowCount())]


@pytest.fixture
def expected(demo_engine, fixed_now, settings) -> Overview:
    """What core computes from the store for the same clock, without any Qt in between."""
    return overview(demo_engine, fixed_now, settings.get(opt.STALE_DAYS))


@pytest.fixture
def demo_window(make_window, load, demo_url):
    window = make_window(demo_url)
    load(window)
    return window


def test_the_window_shows_before_the_data_and_loads_in_the_background(
        make_window, demo_url, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    real_job, threads = main_window.load_job, []

    def recording_job(*args, **kwargs):
        threads.append(threading.get_ident())
        return real_job(*args, **kwargs)

    monkeypatch.setattr(main_window, "load_job", recording_job)
    window = make_window(demo_url)
    window.show()
    window.start()
    # start() returns at once: the worker has not reported yet, the page says it is loading
    assert window.overview.overview is None
    assert window.overview.events_model.rowCount() == 0
    assert window.overview.ui.stateLabel.text() == "Loading the season…"
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        pass
    assert window.overview.overview is not None
    assert window.overview.events_model.rowCount() > 0
    assert window.fatal_error is None
    assert len(threads) == 1
    assert threads[0] != threading.main_thread().ident, "the database was read on the UI thread"
    assert not window.overview.ui.stateLabel.isVisible()


def test_events_match_the_core_overview(demo_window, expected: Overview) -> None:
    model = demo_window.overview.events_model
    assert expected.events, "the demo season has events in the next 14 days"
    assert model.rowCount() == len(expected.events)
    assert keys(model) == [e.event_id for e in expected.events]
    for row, event in enumerate(expected.events):
        shown = row_text(model, row)
        assert (event.name_en or event.name_sv) in shown
        assert (event.place or "") in shown
    first = expected.events[0]
    assert model.index(0, 1).data() == (first.name_en or first.name_sv)


def test_tasks_match_the_core_overview(demo_window, expected: Overview) -> None:
    model = demo_window.overview.tasks_model
    assert expected.tasks, "the demo season has tasks due"
    assert model.rowCount() == len(expected.tasks)
    assert keys(model) == [task.task_id for task, _due in expected.tasks]
    for row, (task, due) in enumerate(expected.tasks):
        shown = row_text(model, row)
        assert task.title in shown
        assert task.event_name in shown
        assert ("(overdue)" in shown) == (due < expected.today)
    assert model.index(0, 1).data() == expected.tasks[0][0].title
    assert demo_window.overview.ui.tasksTitle.text() \
        == f"Tasks due · {expected.overdue_tasks} overdue"


def test_follow_ups_match_the_core_overview(demo_window, expected: Overview) -> None:
    model = demo_window.overview.follow_ups_model
    assert expected.follow_ups, "the demo season has follow-ups due"
    assert model.rowCount() == len(expected.follow_ups)
    assert keys(model) == [f.interaction_id for f in expected.follow_ups]
    for row, follow_up in enumerate(expected.follow_ups):
        shown = row_text(model, row)
        assert follow_up.organisation in shown
        assert follow_up.note in shown


def test_overdue_rows_are_marked_in_colour(demo_window, expected: Overview) -> None:
    model = demo_window.overview.tasks_model
    foreground = [model.index(r, 0).data(Qt.ItemDataRole.ForegroundRole)
                  for r in range(model.rowCount())]
    assert [brush is not None for brush in foreground] \
        == [due < expected.today for _task, due in expected.tasks]


@pytest.mark.parametrize("name", ["events_model", "tasks_model", "follow_ups_model"])
def test_loaded_overview_models_pass_the_model_tester(demo_window, qtmodeltester,
                                                      name: str) -> None:
    model = getattr(demo_window.overview, name)
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_milestones_lead_to_engelbrektsloppet(demo_window, expected: Overview) -> None:
    body = demo_window.overview.ui.milestonesBody.text()
    assert "Engelbrektsloppet" in body
    race = next(m for m in expected.milestones if m.kind == "race")
    assert f"<b>{race.days_left} day" in body
    assert "race · Sun 14 Feb 2027" in body


def test_english_plurals_read_as_english(demo_window, expected: Overview) -> None:
    body = demo_window.overview.ui.milestonesBody.text()
    race = next(m for m in expected.milestones if m.kind == "race")
    assert race.days_left > 1
    assert f"<b>{race.days_left} days</b>" in body


def test_the_snow_card_names_the_first_guarantee(demo_window) -> None:
    body = demo_window.overview.ui.snowBody.text()
    assert "premiär 1 december" in body
    assert "km ready" in body


def test_the_snow_card_words_each_target_as_the_snow_page(demo_window, expected) -> None:
    """The level word and the reason sentence are the snow page's (gui.snow.texts), from
    the one judgement: the demo's fictional station gives the race a projection."""
    body = demo_window.overview.ui.snowBody.text()
    premiar, race = expected.judged
    assert premiar[0].level.value == "green" and race[0].level.value == "yellow"
    assert "Green</b> <b>premiär 1 december: 4 km" in body
    assert "Met now: 4.1 of 4.0 km ready." in body
    assert "Yellow</b> <b>Engelbrektsloppet 2027" in body
    assert "Met by the deadline if the projection holds" in body


def test_without_temperatures_the_snow_card_points_at_the_window(
        demo_engine, make_window, load, demo_url) -> None:
    """An unjudged target points at the window's weather actions, never a command."""
    with write_session(demo_engine) as session:
        session.execute(delete(m.TemperatureObservation.__table__))
    window = make_window(demo_url)
    load(window)
    body = window.overview.ui.snowBody.text()
    assert "Not judged</b> <b>Engelbrektsloppet 2027" in body
    assert "“Import weather data…” or “Fetch from SMHI…”" in body
    assert "destination-norberg" not in body and "projection from stored snow" not in body


def test_the_date_is_the_clocks_local_day(demo_window) -> None:
    assert "26" in demo_window.overview.ui.dateLabel.text()
    assert "2026" in demo_window.overview.ui.dateLabel.text()
    assert "November" in demo_window.overview.ui.dateLabel.text()


def test_status_bar_names_the_database(demo_window, demo_engine) -> None:
    path = Path(demo_engine.url.database)
    assert demo_window.db_label.text() == f"Database: {path.name}"
    assert demo_window.db_label.toolTip() == str(path.resolve())
    assert demo_window.demo_badge.isVisibleTo(demo_window)  # fictional data says so


@pytest.mark.parametrize(("button", "area"), [
    ("milestonesOpen", "events"), ("snowOpen", "trails"), ("trailsOpen", "trails"),
    ("eventsOpen", "events"), ("tasksOpen", "events"), ("followUpsOpen", "network"),
])
def test_a_cards_open_button_switches_to_its_area(demo_window, qtbot, button: str,
                                                  area: str) -> None:
    demo_window.show()
    assert demo_window.current_area() == "overview"
    qtbot.mouseClick(getattr(demo_window.overview.ui, button), Qt.MouseButton.LeftButton)
    assert demo_window.current_area() == area
    assert demo_window.ui.pages.currentWidget() is demo_window.pages[area]
    assert demo_window.ui.navList.currentItem().data(Qt.ItemDataRole.UserRole) == area


def test_the_navigation_list_switches_pages(demo_window) -> None:
    for row, area in enumerate(AREAS):
        demo_window.ui.navList.setCurrentRow(row)
        assert demo_window.current_area() == area


def test_an_empty_database_shows_the_honest_empty_state(make_window, load, tmp_path: Path,
                                                        qtbot) -> None:
    path = tmp_path / "empty.sqlite"
    window = make_window(url_for(path), seed_demo=False)
    window.show()
    load(window)
    page = window.overview
    assert page.ui.stateLabel.isVisible()
    assert page.ui.stateLabel.text() == EMPTY_TEXT
    for table, empty, model in ((page.ui.eventsTable, page.ui.eventsEmpty, page.events_model),
                                (page.ui.tasksTable, page.ui.tasksEmpty, page.tasks_model),
                                (page.ui.followUpsTable, page.ui.followUpsEmpty,
                                 page.follow_ups_model)):
        assert model.rowCount() == 0
        assert not table.isVisible()
        assert empty.isVisible()
    assert page.ui.eventsEmpty.text() == "No events in the next 14 days."
    assert page.ui.tasksEmpty.text() == "No open tasks due in the next 14 days."
    assert page.ui.followUpsEmpty.text() == "No follow-ups due in the next 7 days."
    assert page.ui.snowBody.text() == "No snow-guarantee targets yet."
    assert page.ui.milestonesBody.text().startswith("No milestones ahead")
    assert "none registered" in page.ui.trailsBody.text()
    for body in (page.ui.milestonesBody, page.ui.snowBody, page.ui.trailsBody):
        assert not re.search(r"\d", body.text()), f"an invented figure: {body.text()}"
    assert page.ui.tasksTitle.text() == "Tasks due"
    # and the window did not fill the database by itself
    engine = make_engine(url_for(path))
    try:
        assert not has_data(engine)
    finally:
        engine.dispose()


def test_a_new_personal_database_is_seeded_with_the_demo(make_window, load,
                                                         tmp_path: Path) -> None:
    window = make_window(url_for(tmp_path / "first-start.sqlite"))
    load(window)
    assert window.overview.events_model.rowCount() > 0
    assert window.statusBar().currentMessage() == "The demo season was loaded into a new database."
    assert window.demo_badge.text() == "Demo data"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_newer_schema_fails_with_a_message_and_leaves_the_file(
        make_window, load_failing, future_db: Path, tmp_path: Path) -> None:
    path = future_db
    before = digest(path)
    window = make_window(url_for(path))
    message = load_failing(window)
    assert "newer" in message
    assert "9999_future" in message
    assert window.fatal_error == message
    assert message in window.overview.ui.stateLabel.text()
    assert window.statusBar().currentMessage() == message
    window.shutdown()
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("future")) \
        == ["future.sqlite"]


def test_the_first_read_paints_before_the_snow_card_is_judged(
        make_window, demo_url, qtbot, monkeypatch) -> None:
    """Start-up paints the overview without waiting for the projection (bench/startup.py);
    the snow card says it is being judged, then shows the one judgement; later reads
    judge in the same read, so the card never flickers back."""
    from destination_norberg.gui import main_window

    calls, bodies = [], []
    real_job = main_window.load_job

    def spy(url, engine, now, stale_days, seed_demo, judge_snow):
        calls.append(judge_snow)
        return real_job(url, engine, now, stale_days, seed_demo, judge_snow)

    monkeypatch.setattr(main_window, "load_job", spy)
    window = make_window(demo_url)
    real_show = window.overview.show_overview

    def show(ov, language=None):
        real_show(ov, language)
        bodies.append(window.overview.ui.snowBody.text())

    monkeypatch.setattr(window.overview, "show_overview", show)
    with qtbot.waitSignal(window.loaded, timeout=15_000):
        window.start()
    assert calls == [False]
    assert "Judging the snow guarantee" in bodies[0]
    assert "Engelbrektsloppet 2027" in bodies[-1] and "Judging" not in bodies[-1]
    assert not window.overview.overview.snow_pending
    with qtbot.waitSignal(window.loaded, timeout=15_000):
        window.refresh()
    assert calls == [False, True]
    assert all("Judging" not in body for body in bodies[2:])
