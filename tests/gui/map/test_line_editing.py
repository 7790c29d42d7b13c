"""Drawing a new trail and editing a trail's line on the map page, each saved as one undo
step, checked against the database; the tool hook takes real mouse clicks and keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from destination_norberg.app.map_edit import line_points
from destination_norberg.app.snow_edit import load_id
from destination_norberg.core.geometry import Geometry, stored_length
from destination_norberg.core.trails import DEFAULT_STALE_DAYS
from destination_norberg.gui.common import i18n
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.events.planning_data import PlanningStore
from destination_norberg.gui.map import trail_edit
from destination_norberg.gui.map.page import MapPage
from destination_norberg.gui.map.styles import TRAILS
from destination_norberg.store.rows import EngineRows

LOAD_TIMEOUT_MS = 20_000
LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton


@pytest.fixture
def page(qtbot, demo_url, demo_engine, fixed_now):
    i18n.install(QApplication.instance(), "en")
    runner = TaskRunner()
    page = MapPage(PlanningStore(demo_url, lambda: demo_engine), runner, lambda: fixed_now,
                   lambda: DEFAULT_STALE_DAYS)
    page.undo_stack = QUndoStack(page)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.reload()
    yield page
    page.stop()
    runner.shutdown()


def trail_id(page: MapPage, name: str) -> int:
    return next(t.row.id for t in page.data.trails if t.row.name == name)


def screen_point(page: MapPage, x: float, y: float) -> QPoint:
    scene = page.canvas.view_box.mapViewToScene(QPointF(x, y))
    return page.canvas.graphics_view.mapFromScene(scene)


def click(qtbot, page: MapPage, x: float, y: float) -> None:
    qtbot.mouseClick(page.canvas.graphics_view.viewport(), LEFT, pos=screen_point(page, x, y))


def wait_read(qtbot, page: MapPage, action) -> None:
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        action()


def test_draw_a_new_trail_by_clicking_and_undo_it(page, qtbot, demo_engine,
                                                  monkeypatch) -> None:
    asked: list[dict] = []

    def answer(values: dict, _parent) -> dict:
        asked.append(values)
        return {**values, "name": "Nya flowspåret", "kind": "mtb", "grade_colour": "röd",
                "imba": 3, "mtb_scale": 2}

    monkeypatch.setattr(trail_edit, "ask_trail", answer)
    page.ui.drawTrailButton.click()
    assert page.editing.active and page.editing.bar.isVisible()
    x0, y0, x1, y1 = page.canvas.view_rect()
    cx, cy, step = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 10
    points = [(cx - step, cy), (cx, cy + step), (cx + step, cy)]
    for x, y in points:  # real clicks through the map's tool hook
        click(qtbot, page, x, y)
    tool = page.editing.tool
    assert len(tool.points) == 3
    assert tool.points[1] == pytest.approx(points[1], abs=page.canvas.metres_per_pixel() * 2)
    drawn = tool.points
    assert "km" in page.editing.hint.text()
    page.canvas.cursor_moved.emit(cx, cy - step)  # the next segment follows the mouse
    assert list(tool.preview.xData) == [drawn[-1][0], cx]
    wait_read(qtbot, page, lambda: qtbot.keyClick(page.canvas.graphics_view, Qt.Key.Key_Return))
    assert not page.editing.active and not page.editing.bar.isVisible()
    assert asked[0]["lifecycle"] == "planerad"  # a drawn trail starts as planned
    assert page.undo_stack.count() == 1
    assert page.undo_stack.undoText() == "New trail Nya flowspåret"
    new_id = trail_id(page, "Nya flowspåret")
    row = load_id(demo_engine, "trail", new_id)
    assert (row["lifecycle"], row["grade_colour"], row["imba"]) == ("planerad", "röd", 3)
    assert line_points(row["geom"]) == drawn
    assert row["length_m"] == stored_length(Geometry.line(drawn))
    assert page.canvas.selection() == (TRAILS, new_id)
    layer = page.canvas.layer(TRAILS)
    assert layer.class_keys[int(layer.feature_class[layer.row_of(new_id)])] == "planerad"
    wait_read(qtbot, page, page.undo_stack.undo)
    assert load_id(demo_engine, "trail", new_id) is None
    wait_read(qtbot, page, page.undo_stack.redo)
    assert [n for (n,) in EngineRows(demo_engine).rows(
        "SELECT name FROM trail WHERE name = 'Nya flowspåret'")] == ["Nya flowspåret"]


def test_edit_a_line_move_insert_delete_is_one_undo_step(page, qtbot, demo_engine) -> None:
    tid = trail_id(page, "Gruvstigen")
    original = load_id(demo_engine, "trail", tid)
    before = line_points(original["geom"])
    assert len(before) >= 3
    assert page.edit_line(tid)
    x, y = before[1]
    page.canvas.zoom_to((x - 100.0, y - 100.0, x + 100.0, y + 100.0))  # a point is ~1 m wide
    tool = page.editing.tool
    tol = tool.tolerance()
    assert tol < 5.0
    assert not tool.editor.drawing and tool.points == before
    # move the second point 40 m east
    moved = (before[1][0] + 40.0, before[1][1])
    assert tool.drag(*before[1], "start")
    tool.drag(before[1][0] + 20.0, before[1][1], "move")
    tool.drag(*moved, "finish")
    assert tool.points[1] == moved
    # insert a point in the middle of the first segment
    mid = ((before[0][0] + moved[0]) / 2, (before[0][1] + moved[1]) / 2)
    assert tool.click(mid[0] + tol / 4, mid[1], LEFT, False)
    assert len(tool.points) == len(before) + 1
    assert tool.points[1] == pytest.approx(mid, abs=tol)
    # remove the last point with the right button
    tool.click(*before[-1], RIGHT, False)
    assert len(tool.points) == len(before)
    edited = tool.points
    wait_read(qtbot, page, tool.finish)
    assert page.undo_stack.count() == 1
    assert page.undo_stack.undoText() == "Change the line of Gruvstigen"
    row = load_id(demo_engine, "trail", tid)
    assert line_points(row["geom"]) == edited
    assert row["length_m"] == stored_length(Geometry.line(edited))
    assert row["length_m"] != original["length_m"]
    wait_read(qtbot, page, page.undo_stack.undo)
    row = load_id(demo_engine, "trail", tid)
    assert (row["geom"], row["length_m"]) == (original["geom"], original["length_m"])


def test_a_line_keeps_two_points_and_escape_saves_nothing(page, qtbot, demo_engine) -> None:
    tid = trail_id(page, "Slaggvarpet")
    original = load_id(demo_engine, "trail", tid)
    page.edit_line(tid)
    tool = page.editing.tool
    while len(tool.points) > 2:
        tool.click(*tool.points[-1], RIGHT, False)
    tool.click(*tool.points[-1], RIGHT, False)
    assert len(tool.points) == 2
    assert "at least two" in page.editing.hint.text()
    qtbot.keyClick(page.canvas.graphics_view, Qt.Key.Key_Escape)
    assert not page.editing.active and page.canvas.tool() is None
    assert page.undo_stack.count() == 0
    assert load_id(demo_engine, "trail", tid) == original


def test_the_map_draws_planned_dashed_and_leaves_retired_out(page, qtbot,
                                                            demo_engine) -> None:
    from destination_norberg.app.snow_edit import update_row

    ids = {name: trail_id(page, name) for name in ("Gruvstigen", "Hyttbacken")}
    for name, state in (("Gruvstigen", "under_byggnad"), ("Hyttbacken", "nedlagd")):
        row = load_id(demo_engine, "trail", ids[name])
        update_row(demo_engine, "trail", row, {**row, "lifecycle": state})
    wait_read(qtbot, page, page.reload)
    layer = page.canvas.layer(TRAILS)
    assert layer.row_of(ids["Hyttbacken"]) is None
    key = layer.class_keys[int(layer.feature_class[layer.row_of(ids["Gruvstigen"])])]
    assert key == "under_byggnad" and layer.styles[key].dash == "dash"
    assert "under construction" in [e.label for e in page.canvas.legend()]


def test_move_a_venue_by_clicking_the_map_and_undo(page, qtbot, demo_engine) -> None:
    from destination_norberg.core.geometry import decode_wkb
    from destination_norberg.gui.map.styles import VENUES

    venue = page.data.venues[0]
    assert page.canvas.select(venue.id, VENUES)
    assert page.ui.editLineButton.text() == "Move on the map"
    before = load_id(demo_engine, "place", venue.id)
    page.ui.editLineButton.click()
    assert page.editing.active and venue.name in page.editing.hint.text()
    spot = (venue.x + 120.0, venue.y - 80.0)
    page.canvas.zoom_to((spot[0] - 200, spot[1] - 200, spot[0] + 200, spot[1] + 200))
    wait_read(qtbot, page, lambda: click(qtbot, page, *spot))
    assert not page.editing.active and page.canvas.tool() is None
    assert page.undo_stack.undoText() == f"Move {venue.name}"
    moved = decode_wkb(bytes(load_id(demo_engine, "place", venue.id)["geom"])).coords
    assert moved == pytest.approx(spot, abs=2.0)
    wait_read(qtbot, page, page.undo_stack.undo)
    assert load_id(demo_engine, "place", venue.id)["geom"] == before["geom"]


def test_a_name_changed_meanwhile_is_kept_and_a_line_changed_meanwhile_refused(
        page, qtbot, demo_engine, monkeypatch) -> None:
    from destination_norberg.app.snow_edit import update_row
    from destination_norberg.gui.map import trail_edit as te

    told: list[str] = []
    monkeypatch.setattr(te.TrailEditing, "_tell", lambda _self, exc: told.append(str(exc)))
    tid = trail_id(page, "Slaggvarpet")
    page.edit_line(tid)
    row = load_id(demo_engine, "trail", tid)
    update_row(demo_engine, "trail", row, {**row, "name": "Slaggvarpet (nya)"})
    points = page.editing.tool.points
    points[0] = (points[0][0] + 10.0, points[0][1])
    page.editing.tool.editor.points = points
    wait_read(qtbot, page, page.editing.tool.finish)
    saved = load_id(demo_engine, "trail", tid)
    assert saved["name"] == "Slaggvarpet (nya)" and line_points(saved["geom"]) == points
    assert not told
    # now someone moves the line while this edit is open: refused, theirs kept
    page.edit_line(tid)
    theirs = [(x + 5.0, y) for x, y in points]
    update_row(demo_engine, "trail", saved, {**saved, **trail_line_of(theirs)})
    wait_read(qtbot, page, page.editing.tool.finish)
    assert told and "meanwhile" in told[0]
    assert line_points(load_id(demo_engine, "trail", tid)["geom"]) == theirs


def trail_line_of(points):
    from destination_norberg.app.map_edit import trail_line

    return trail_line(points)


def test_the_side_panel_names_the_trail_being_edited(page, qtbot) -> None:
    tid = trail_id(page, "Gruvstigen")
    page.canvas.clear_selection()  # begun from the trail register: nothing was selected
    assert page.ui.detailTitle.text() != "Gruvstigen"
    assert page.edit_line(tid)
    assert page.ui.detailTitle.text() == "Gruvstigen"
    halo = page.canvas._marks.halo.zValue()
    assert page.editing.tool.handles.zValue() > halo  # the handles over the selection halo
    page.editing.cancel()
