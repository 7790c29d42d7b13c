"""The snow guarantee and go/no-go page on the demo season at the fixed clock (2026-11-26
09:00): cards, plots, PNG export, go/no-go, and a sentence for every reason code core emits."""

from __future__ import annotations

import ast
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication
from sqlalchemy import delete, insert

from destination_norberg.app.snow_read import READY_HISTORY_DAYS
from destination_norberg.core import gonogo, snow_plan
from destination_norberg.core.trails import DEFAULT_STALE_DAYS
from destination_norberg.gui.common import i18n
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.events.planning_data import PlanningStore
from destination_norberg.gui.snow import texts as texts
from destination_norberg.gui.snow.page import SnowPage
from destination_norberg.gui.snow.plots import day_x, local_x, x_datetime
from destination_norberg.store import models as m
from destination_norberg.store.database import write_session

LOAD_TIMEOUT_MS = 15_000
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def add_history(engine, temp_c: float) -> None:
    """One past winter of hourly temperatures at `temp_c` (as tests/test_cli_snow.py)."""
    start = datetime(2025, 11, 20, tzinfo=UTC)
    rows = [{"station": "test:1", "measured_at": start + timedelta(hours=h), "temp_c": temp_c,
             "quality": "G", "source": "test"} for h in range(24 * 100)]
    with write_session(engine) as session:
        session.execute(insert(m.TemperatureObservation.__table__), rows)


@pytest.fixture
def page(qtbot, demo_url, demo_engine, fixed_now):
    i18n.install(QApplication.instance(), "en")
    runner = TaskRunner()
    page = SnowPage(PlanningStore(demo_url, lambda: demo_engine), runner, lambda: fixed_now,
                    lambda: DEFAULT_STALE_DAYS)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    reload(page, qtbot)
    yield page
    runner.shutdown()


def reload(page: SnowPage, qtbot) -> None:
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS) as blocker:
        blocker.connect(page.failed)
        page.reload()
    assert blocker.args == [], f"the read failed: {blocker.args}"


def card(page: SnowPage, name_start: str) -> tuple[str | None, str]:
    """(level code, the card's plain text) of the target whose name starts so."""
    for level, label in page.cards:
        doc = label.text()
        if f"<b>{name_start}" in doc:
            from PySide6.QtGui import QTextDocument

            text = QTextDocument()
            text.setHtml(doc)
            return level, text.toPlainText()
    raise AssertionError(f"no card for {name_start}: {[lbl.text() for _l, lbl in page.cards]}")


def drop_demo_temperatures(engine) -> None:
    with write_session(engine) as session:
        session.execute(delete(m.TemperatureObservation.__table__))


def test_the_demo_is_judged_out_of_the_box(page) -> None:
    assert page.current_tab() == "guarantee"
    assert len(page.cards) == 2
    level, text = card(page, "premiär 1 december")
    assert level == "green"
    assert "Green" in text and "Met now: 4.1 of 4.0 km ready." in text
    assert "5 day" in text  # days left to 1 December
    assert "Temperature from\nNorberg (demo, fictional), 2.1 km (nearest)" in text
    level, text = card(page, "Engelbrektsloppet 2027")
    assert level == "yellow" and "Met by the deadline if the projection holds" in text
    assert "= 20.0 of 20.0 km" in text  # capped at the 20 km loop
    assert "days to spare · +0.0 km" in text
    assert "Snow depth from\nNorberg (demo, fictional), 2.1 km (nearest)" in text
    assert "Norberg (demo, fictional)" in page.note.text()


def test_without_temperatures_the_race_is_not_judged(page, demo_engine, qtbot) -> None:
    drop_demo_temperatures(demo_engine)
    reload(page, qtbot)
    level, text = card(page, "Engelbrektsloppet 2027")
    assert level is None
    assert "Not judged" in text and "no temperature history" in text
    # the way to a judgement is in the window, never a command
    assert "“Import weather data…” or “Fetch from SMHI…”" in text
    assert "destination-norberg" not in text
    assert "Stored snow alone covers 2.5 km." in text
    assert "0.0 / 20.0 km" in text
    assert "No temperature history" in page.note.text()
    assert "4,030 m³" in page.note.text()


def test_a_cold_history_makes_the_race_yellow(page, demo_engine, qtbot) -> None:
    from destination_norberg.app.snow_stations import set_target_stations

    drop_demo_temperatures(demo_engine)
    add_history(demo_engine, -8.0)
    set_target_stations(page.store.url, "demo-engelbrektsloppet-2027",
                        {"temperature": "test:1"})
    reload(page, qtbot)
    level, text = card(page, "Engelbrektsloppet 2027")
    assert level == "yellow"
    assert "Yellow" in text
    assert "Met by the deadline if the projection holds" in text
    assert "No temperature history" not in page.note.text()
    plot = page.temperature_plot
    assert plot.notice == ""
    assert [s.name for s in plot.series] == ["scenario (median of the history)"]
    assert plot.window_count == 1  # −8 °C all along: one long production window


def test_without_storage_measurements_it_says_so(page, demo_engine, qtbot) -> None:
    with write_session(demo_engine) as session:
        session.execute(delete(m.SnowStorageMeasurement.__table__))
    reload(page, qtbot)
    assert "No storage measurements" in page.note.text()
    assert "No storage measurements" in page.storage_plot.notice
    _level, text = card(page, "Engelbrektsloppet 2027")
    assert "Stored snow alone" not in text


def test_gonogo_waits_for_the_decision_date(page) -> None:
    page.show_tab("gonogo")
    assert page.current_tab() == "gonogo"
    view = page.gonogo
    assert view.headline_text() == "Wait"
    assert "Wait" in view.headline.text()
    assert view.decision_date() == date(2027, 2, 4)
    assert "4 February 2027" in view.decision.text() and "70 day" in view.decision.text()
    assert ("The main race, Engelbrektsloppet 60 km klassisk, has no course ready."
            in view.reasons.text())
    model = view.model
    # The races of the week as the events hold them: the main race first, then by start.
    assert model.rowCount() == 7 and model.columnCount() == 6
    rows = {model.row_at(r).cells[0]: model.row_at(r) for r in range(model.rowCount())}
    first = model.row_at(0)
    assert first.cells[0] == "Engelbrektsloppet 60 km klassisk" and first.cells[4] == "not yet"
    assert "needs a ready loop of 20.0 km" in first.cells[5]
    school = rows["Klasskidan"]  # any ready loop of 2.5 km: the early-snow loop will do
    assert school.cells[4] == "go" and school.cells[3] == "Snölagringsslingan 4 km"
    # The course in English numbers, as the distance beside it (not core's Swedish "2,5 km").
    assert school.cells[1] == school.cells[2] == "2.5 km"
    assert "Runs on its preferred course, 2.5 km, on the loop" in school.cells[5]
    # The children's race must use the floodlit loop, which is not ready.
    assert rows["Lilla Engelbrektsloppet"].cells[4] == "not yet"
    assert "Elljusspåret 2,5 km" in rows["Lilla Engelbrektsloppet"].cells[5]
    assert view.not_judged.isHidden()


def test_the_plots_hold_the_demo_series(page) -> None:
    depth = page.depth_plot
    assert [s.name for s in depth.series] == ["Norberg (demo, fictional)"]
    assert depth.point_count() == 1837 and len(depth.data_items()) == 1
    hover = depth.hover_text(day_x(date(2026, 11, 24)))
    assert "Norberg (demo, fictional): 8 cm" in hover and "24 Nov 2026" in hover

    page.show()  # the hover needs the laid-out view: a mouse over 24 November at 8 cm
    depth.grab()
    box = depth.getPlotItem().getViewBox()
    depth.scene().sigMouseMoved.emit(box.mapViewToScene(QPointF(day_x(date(2026, 11, 24)), 8)))
    assert depth._hover.isVisible() and "Norberg (demo, fictional): 8 cm" in \
        depth._hover.toPlainText()
    depth.scene().sigMouseMoved.emit(QPointF(-50, -50))  # outside the view: gone
    assert not depth._hover.isVisible()

    ready = page.ready_plot
    assert len(ready.series) == 6  # per target: ready, required, projected
    steps = 2 * (READY_HISTORY_DAYS + 2) - 1  # 30 past days + now, closed at now, as steps
    assert [len(s.x) for s in ready.series] == [steps, 2, 2] * 2
    premiar = ready.series[0]
    assert premiar.y[0] == 0.0 and premiar.y[-1] == pytest.approx(4.1)

    storage = page.storage_plot
    assert {s.name: len(s.x) for s in storage.series} == {
        "produced that day": 19, "pile volume, measured": 9}

    temps = page.temperature_plot  # the demo station's last 30 days and the scenario
    assert temps.notice == ""
    assert [s.name for s in temps.series][-1] == "scenario (median of the history)"
    assert len(temps.series) == 2 and len(temps.series[0].x) > 200  # 3-hourly readings


def test_each_plot_saves_a_png(page, tmp_path: Path) -> None:
    for key, plot in page.plots().items():
        path = tmp_path / f"{key}.png"
        assert plot.save_png(path)
        data = path.read_bytes()
        assert data.startswith(PNG_MAGIC) and len(data) > 2000, key


def test_numbers_and_dates_follow_the_language(page) -> None:
    i18n.install(QApplication.instance(), "sv")
    page.set_language("sv")
    _level, text = card(page, "premiär 1 december")
    assert "4,1" in text  # QLocale: decimal comma
    assert "februari 2027" in page.gonogo.decision.text()


def test_the_time_axis_is_norberg_wall_clock() -> None:
    summer = datetime(2026, 7, 1, 10, 0, tzinfo=UTC)  # 12:00 CEST
    winter = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)  # 11:00 CET
    assert x_datetime(local_x(summer)) == datetime(2026, 7, 1, 12, 0)
    assert x_datetime(local_x(winter)) == datetime(2026, 12, 1, 11, 0)
    assert x_datetime(day_x(date(2026, 12, 1))) == datetime(2026, 12, 1)


# --- every reason code core emits has a sentence ---------------------------------------------

def _module_strings(tree: ast.Module) -> dict[str, str]:
    return {node.targets[0].id: node.value.value for node in tree.body
            if isinstance(node, ast.Assign) and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)}


def projection_codes() -> set[str]:
    """REASON_CODES, and whatever `project` assigns to `code`, read from the source."""
    tree = ast.parse(Path(snow_plan.__file__).read_text(encoding="utf-8"))
    names = _module_strings(tree)
    codes = set(snow_plan.REASON_CODES)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Tuple) \
                and isinstance(node.value, ast.Tuple):
            for target, value in zip(node.targets[0].elts, node.value.elts, strict=False):
                if isinstance(target, ast.Name) and target.id == "code" \
                        and isinstance(value, ast.Name):
                    codes.add(names[value.id])
    return codes


def gonogo_codes() -> set[str]:
    """Every (CODE, {args}) reason pair written in core.gonogo, read from the source."""
    tree = ast.parse(Path(gonogo.__file__).read_text(encoding="utf-8"))
    names = _module_strings(tree)
    return {names[node.elts[0].id] for node in ast.walk(tree)
            if isinstance(node, ast.Tuple) and len(node.elts) == 2
            and isinstance(node.elts[0], ast.Name) and node.elts[0].id in names
            and isinstance(node.elts[1], ast.Dict)}


ARGS = {"required_km": 20.0, "ready_km": 4.1, "projected_km": 21.0, "days_left": 80,
        "deadline": date(2027, 2, 14), "short_km": 3.0, "storable_km": 2.5,
        "producible_km": 14.4, "producible_m3": 25600.0, "variant": "3×20 km",
        "preferred": "60 km", "loop": "Engelbrektsslingan 20 km", "loop_km": 20.0, "laps": 3,
        "longest_ready_km": 4.1, "race": "Engelbrektsloppet",
        "races": ["Kristinaloppet", "Engelbrektshalvan"], "days": 70,
        "decision_date": date(2027, 2, 4)}


def test_the_code_readers_find_what_core_emits() -> None:
    """The readers themselves must work, or the next test would pass on nothing."""
    assert projection_codes() >= {"met_now", "met_if_projection_holds", "short_by",
                                  "deadline_passed"}
    assert gonogo_codes() >= {"preferred_variant", "no_ready_loop", "main_race_impossible",
                              "decision_due_in", "all_preferred"}


def test_every_reason_code_has_a_sentence() -> None:
    assert projection_codes() <= texts.PROJECTION_CODES
    assert gonogo_codes() <= texts.GONOGO_CODES
    assert {str(r) for r in gonogo.Recommendation} <= texts.RECOMMENDATION_CODES
    for code in projection_codes():
        sentence = texts.projection_reason(code, ARGS)
        assert sentence != code and "%" not in sentence, code
    for code in gonogo_codes():
        sentence = texts.gonogo_reason(code, ARGS)
        assert sentence != code and "%" not in sentence, code
    for rec in gonogo.Recommendation:
        assert texts.recommendation_title(rec) != str(rec)
        assert texts.recommendation_text(rec) != str(rec)
