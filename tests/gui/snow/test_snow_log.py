"""The snow log tab, the race-course editor and the trail editor: saved, undone, redone."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import func, select

from destination_norberg.core.trails import DEFAULT_STALE_DAYS
from destination_norberg.gui.common import i18n
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.events.planning_data import PlanningStore
from destination_norberg.gui.snow.course_dialog import CourseDialog
from destination_norberg.gui.snow.dialogs import ProductionDialog, StorageDialog, TargetDialog
from destination_norberg.gui.snow.page import SnowPage
from destination_norberg.gui.trails.trail_dialog import TrailDialog
from destination_norberg.store import models as m

LOAD_TIMEOUT_MS = 20_000


@pytest.fixture
def page(qtbot, demo_url, demo_engine, fixed_now):
    i18n.install(QApplication.instance(), "en")
    runner = TaskRunner()
    stack = QUndoStack()
    page = SnowPage(PlanningStore(demo_url, lambda: demo_engine), runner, lambda: fixed_now,
                    lambda: DEFAULT_STALE_DAYS, stack)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    load(page, qtbot)
    yield page
    runner.shutdown()


def load(page: SnowPage, qtbot) -> None:
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS) as blocker:
        blocker.connect(page.failed)
        page.reload()
    assert blocker.args == []


def after_edit(page: SnowPage, qtbot, action) -> None:
    """Run an edit (or undo/redo) and wait for the page to read the result."""
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        action()


def count(engine, model) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar_one()


def answer(monkeypatch: pytest.MonkeyPatch, cls: type, fill) -> None:
    """The dialog `cls` is filled by `fill(dialog)` and accepted through its own OK check."""
    def exec_(dialog: QDialog) -> int:
        fill(dialog)
        dialog.ui.buttonBox.accepted.emit()
        return dialog.result()
    monkeypatch.setattr(cls, "exec", exec_)


def test_the_log_lists_the_demo_rows(page) -> None:
    page.show_tab("log")
    assert page.current_tab() == "log"
    log = page.log_view.sections
    assert log["target"].model.rowCount() == 2
    assert log["storage"].model.rowCount() == 9
    assert log["production"].model.rowCount() == 19
    newest = log["storage"].model.row_at(0).cells
    assert newest[0] == "Tue 24 Nov 2026" and newest[2] == "4,030 m³"
    methods = {log["storage"].model.row_at(i).cells[3] for i in range(9)}
    assert methods == {"drone survey", "GPS survey"}  # the demo's Swedish codes, in English
    first_target = log["target"].model.row_at(0).cells
    assert first_target[0] == "premiär 1 december: 4 km"
    assert first_target[4] == "Snölagringsslingan 4 km"
    assert not log["storage"].edit_button.isEnabled()


def test_a_storage_method_is_worded_in_the_language_or_shown_as_typed(qapp) -> None:
    from destination_norberg.gui.snow.texts import method_label
    i18n.install(QApplication.instance(), "sv")
    assert method_label("Drönarmätning") == "drönarmätning"
    i18n.install(QApplication.instance(), "en")
    assert method_label("drönarmätning") == "drone survey"
    assert method_label("GPS-inmätning") == "GPS survey"
    assert method_label("laserskanning") == "laserskanning"  # the user's own word stays
    assert method_label(None) == ""


def test_a_storage_measurement_is_added_undone_and_redone(page, qtbot, demo_engine,
                                                         monkeypatch) -> None:
    before = count(demo_engine, m.SnowStorageMeasurement)

    def fill(d: StorageDialog) -> None:
        d.ui.measuredOn.setDate(QDate(2026, 11, 26))
        d.ui.volume.setValue(3900)
        d.ui.method.setText("GPS")
    answer(monkeypatch, StorageDialog, fill)
    after_edit(page, qtbot, lambda: page.log_view.edit("storage", None))
    assert count(demo_engine, m.SnowStorageMeasurement) == before + 1
    assert page.view.report.storage_m3 == 3900.0  # the guarantee reads the newest pile
    assert page.undo_stack.undoText() == "New storage measurement"
    after_edit(page, qtbot, page.undo_stack.undo)
    assert count(demo_engine, m.SnowStorageMeasurement) == before
    assert page.view.report.storage_m3 == 4030.0
    after_edit(page, qtbot, page.undo_stack.redo)
    assert page.view.report.storage_m3 == 3900.0


def test_production_needs_hours_when_snow_was_made(page, monkeypatch) -> None:
    seen: list[str] = []

    def fill(d: ProductionDialog) -> None:
        d.ui.volume.setValue(300)
        d.ui.hours.setValue(0)
        d.ui.buttonBox.accepted.emit()
        seen.append(d.ui.problem.text())
        d.reject()
    monkeypatch.setattr(ProductionDialog, "exec", lambda d: (fill(d), d.result())[1])
    page.log_view.edit("production", None)
    assert seen == ["Snow was produced: enter the hours the cannons ran."]
    assert page.undo_stack.count() == 0


def test_a_target_is_edited_and_the_card_follows(page, qtbot, monkeypatch) -> None:
    section = page.log_view.sections["target"]
    section.table.selectRow(0)
    current = section.current()
    assert current["name"] == "premiär 1 december: 4 km"

    def fill(d: TargetDialog) -> None:
        d.ui.requiredKm.setValue(6.0)
    answer(monkeypatch, TargetDialog, fill)
    after_edit(page, qtbot, lambda: page.log_view.edit("target", current))
    judged = {s.target.name: s for s, _p in page.view.report.judged}
    assert judged["premiär 1 december: 4 km"].target.required_km == 6.0
    assert not judged["premiär 1 december: 4 km"].met  # 4.1 km ready is short of 6
    after_edit(page, qtbot, page.undo_stack.undo)
    judged = {s.target.name: s for s, _p in page.view.report.judged}
    assert judged["premiär 1 december: 4 km"].met


def test_a_target_without_loops_is_refused_in_the_dialog(qtbot) -> None:
    d = TargetDialog(None, [], [(1, "Gruvmilen 10 km", 10000.0)], date(2026, 11, 26))
    qtbot.addWidget(d)
    d.ui.name.setText("Ny")
    d.ui.buttonBox.accepted.emit()
    assert d.result() != QDialog.DialogCode.Accepted
    assert "at least one loop" in d.ui.problem.text()
    d.ui.loops.item(0).setCheckState(Qt.CheckState.Checked)
    d.ui.buttonBox.accepted.emit()
    assert d.result() == QDialog.DialogCode.Accepted
    assert d.values()["trail_ids"] == [1] and d.values()["name"] == "Ny"


def test_course_edit_changes_the_go_no_go(page, qtbot, monkeypatch) -> None:
    report = page.view.report
    names = [d.race.name for d in report.gonogo.per_race]
    row = names.index("Lilla Engelbrektsloppet")
    assert not report.gonogo.per_race[row].go  # it needs the floodlit loop

    def fill(d: CourseDialog) -> None:
        assert d.ui.courses.rowCount() == 1
        d.ui.courses.cellWidget(0, 3).setCurrentIndex(0)  # any ready loop
    answer(monkeypatch, CourseDialog, fill)
    after_edit(page, qtbot, lambda: page.edit_courses(row))
    per_race = {d.race.name: d for d in page.view.report.gonogo.per_race}
    assert per_race["Lilla Engelbrektsloppet"].go
    assert page.undo_stack.undoText() == "Courses of Lilla Engelbrektsloppet"
    after_edit(page, qtbot, page.undo_stack.undo)
    per_race = {d.race.name: d for d in page.view.report.gonogo.per_race}
    assert not per_race["Lilla Engelbrektsloppet"].go


def test_the_course_dialog_refuses_an_empty_or_repeated_list(qtbot) -> None:
    d = CourseDialog("Testloppet", [{"loop_km": 10.0, "laps": 3, "natural_course": False,
                                     "trail_id": None}], [], None)
    qtbot.addWidget(d)
    d.ui.addButton.click()  # a second row: 1×10 km
    d.ui.courses.cellWidget(1, 1).setValue(3)  # … made 3×10 km: the same as the first
    d.ui.buttonBox.accepted.emit()
    assert d.ui.problem.text() == "The same course is listed twice."
    d.ui.courses.cellWidget(1, 0).setValue(30.0)
    d.ui.courses.cellWidget(1, 1).setValue(1)
    d.ui.courses.cellWidget(1, 2).setChecked(True)
    d.ui.courses.selectRow(1)
    d.ui.upButton.click()
    assert [(c["loop_km"], c["laps"], c["natural_course"]) for c in d.courses()] == [
        (30.0, 1, True), (10.0, 3, False)]
    d.ui.buttonBox.accepted.emit()
    assert d.result() == QDialog.DialogCode.Accepted and d.changed()
    empty = CourseDialog("Tom", [], [], None)
    qtbot.addWidget(empty)
    empty.ui.buttonBox.accepted.emit()
    assert "at least one course" in empty.ui.problem.text()


def test_a_conflicting_undo_is_told_not_written(page, qtbot, demo_engine, fixed_now,
                                                monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: told.append(args[2]))
    section = page.log_view.sections["production"]
    section.table.selectRow(0)
    row = section.current()
    after_edit(page, qtbot, lambda: page.log_view.save("production", row, None))
    with demo_engine.begin() as conn:  # someone else logs the same entry again
        conn.execute(m.SnowProduction.__table__.insert().values(
            uid=row["uid"], version=1, created_at=fixed_now, updated_at=fixed_now,
            produced_on=row["produced_on"], cannons=9,
            hours=1.0, volume_m3=1.0, wet_bulb_c=None, note=""))
    after_edit(page, qtbot, page.undo_stack.undo)
    assert told and "Someone else changed this meanwhile" in told[0]
    with demo_engine.connect() as conn:  # the other coordinator's row is left as it was
        cannons = conn.execute(select(m.SnowProduction.cannons).where(
            m.SnowProduction.uid == row["uid"])).scalar_one()
    assert cannons == 9


def test_trail_attributes_are_edited_with_undo(qtbot, demo_url, demo_engine, fixed_now,
                                              monkeypatch) -> None:
    from destination_norberg.gui.trails.page import TrailsPage

    i18n.install(QApplication.instance(), "en")
    runner, stack = TaskRunner(), QUndoStack()
    trails = TrailsPage(PlanningStore(demo_url, lambda: demo_engine), runner, stack,
                        lambda: fixed_now, lambda: DEFAULT_STALE_DAYS)
    qtbot.addWidget(trails)
    try:
        with qtbot.waitSignal(trails.loaded, timeout=LOAD_TIMEOUT_MS):
            trails.reload()
        table = trails.ui.trailTable
        row = next(r for r in range(trails.model.rowCount())
                   if trails.model.index(r, 0).data() == "Gruvstigen")
        table.selectRow(row)
        assert trails.ui.editTrailButton.isEnabled()

        def fill(d: TrailDialog) -> None:
            assert "km, measured on the map" in d.ui.length.text()
            d.ui.area.setText("Kärrgruvan")
            d.ui.descriptionEn.setPlainText("Along the old mine paths.")
        answer(monkeypatch, TrailDialog, fill)
        with qtbot.waitSignal(trails.loaded, timeout=LOAD_TIMEOUT_MS):
            trails.edit_trail()
        with demo_engine.connect() as conn:
            area = conn.execute(select(m.Trail.area).where(m.Trail.name == "Gruvstigen"))
            assert area.scalar_one() == "Kärrgruvan"
        assert stack.undoText() == "Edit Gruvstigen"
        with qtbot.waitSignal(trails.loaded, timeout=LOAD_TIMEOUT_MS):
            stack.undo()
        with demo_engine.connect() as conn:
            area = conn.execute(select(m.Trail.area).where(m.Trail.name == "Gruvstigen"))
            assert area.scalar_one() != "Kärrgruvan"
    finally:
        runner.shutdown()
