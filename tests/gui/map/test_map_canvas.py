"""The map canvas: batched drawing, layers, view, scale bar, cursor position, picking, level of
detail and export, plus the layers panel; and the numpy geometry under it (map_geometry)."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor

from destination_norberg.gui.map import canvas as mc
from destination_norberg.gui.map.canvas import BACKGROUND, MapCanvas
from destination_norberg.gui.map.geometry import PartSet, dp_importance, nice_length
from destination_norberg.gui.map.layers import LineLayer, PointLayer, PolygonLayer, Style
from destination_norberg.gui.map.panel import MapLayersPanel

TORGET = (551_400.0, 6_659_000.0)
STYLES = {"grön": Style("Grön", "#2e8b3a", 1.5), "blå": Style("Blå", "#1f5fbf", 1.5),
          "svart": Style("Svart", "#222222", 2.0, dash="dash")}


def walks(n: int, seed: int = 7, spread: float = 8000.0) -> tuple[np.ndarray, np.ndarray]:
    """(xy, offsets) of `n` random walks of 10 vertices around Torget."""
    rng = np.random.default_rng(seed)
    starts = rng.uniform(-spread, spread, (n, 2)) + TORGET
    steps = np.cumsum(rng.normal(0, 40.0, (n, 9, 2)), axis=1)
    xy = np.concatenate([starts[:, None], starts[:, None] + steps], axis=1).reshape(-1, 2)
    return xy, np.arange(0, n * 10 + 1, 10)


def trail_layer(n: int = 300, name: str = "trails") -> LineLayer:
    xy, offsets = walks(n)
    classes = [("grön", "blå", "svart")[i % 3] for i in range(n)]
    return LineLayer.from_arrays(name, [f"t{i}" for i in range(n)], classes, xy, offsets,
                                 styles=STYLES, title="Leder")


def stops() -> PointLayer:
    return PointLayer("stops", [(i + 1, "stopp", TORGET[0] + 200 * i, TORGET[1], str(i + 1))
                                for i in range(5)],
                      {"stopp": Style("Stråkstopp", "#d35400", fill="#f2c14e", size=12)})


def square(x: float, y: float, side: float) -> list[tuple[float, float]]:
    return [(x, y), (x + side, y), (x + side, y + side), (x, y + side)]  # left open


@pytest.fixture
def canvas(qtbot) -> MapCanvas:
    widget = MapCanvas()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def set_scale(canvas: MapCanvas, metres_per_px: float, centre: tuple[float, float] = TORGET,
              ) -> None:
    """A view of exactly `metres_per_px` (both ranges fit the box, so the lock adds nothing)."""
    box = canvas.view_box
    w, h = box.width() * metres_per_px, box.height() * metres_per_px
    box.setRange(xRange=(centre[0] - w / 2, centre[0] + w / 2),
                 yRange=(centre[1] - h / 2, centre[1] + h / 2), padding=0)


def viewport_point(canvas: MapCanvas, x: float, y: float) -> QPoint:
    scene = canvas.view_box.mapViewToScene(QPointF(x, y))
    return canvas.graphics_view.mapFromScene(scene)


# --- geometry without Qt --------------------------------------------------------------------


def test_dp_importance_keeps_what_shapely_simplify_keeps() -> None:
    shapely = pytest.importorskip("shapely")
    xy, offsets = walks(400)
    importance = dp_importance(xy, offsets)
    lines = shapely.linestrings(xy, indices=np.repeat(np.arange(400), 10))
    for tolerance in (5.0, 30.0, 120.0):
        expected = shapely.get_coordinates(shapely.simplify(lines, tolerance,
                                                            preserve_topology=False))
        np.testing.assert_allclose(xy[importance > tolerance], expected)
    assert np.isinf(importance[offsets[:-1]]).all()  # every part keeps both ends
    assert np.isinf(importance[offsets[1:] - 1]).all()


def test_draw_arrays_cut_parts_apart_and_cull() -> None:
    xy = np.array([[0, 0], [10, 0.2], [20, 0], [100, 100], [110, 100], [1000, 0], [1010, 0]])
    parts = PartSet.build(xy, np.array([0, 3, 5, 7]), np.array([0, 1, 2]))
    x, _y, connect = parts.draw_arrays(None, 0.5)  # the nearly straight middle vertex goes
    assert x.tolist() == [0, 20, 100, 110, 1000, 1010]
    assert connect.tolist() == [True, False, True, False, True, False]
    x, _y, connect = parts.draw_arrays((-5, -5, 150, 150), 0.1)
    assert x.tolist() == [0, 10, 20, 100, 110]
    assert parts.nearest(55, 2, 5.0) is None
    part, distance = parts.nearest(15, 3, 5.0)
    assert part == 0 and distance == pytest.approx(2.9, abs=0.01)


@pytest.mark.parametrize(("limit", "expected"), [(1500, 1000), (360, 200), (6000, 5000),
                                                 (108, 100), (99.9, 50), (2000, 2000)])
def test_nice_length_is_the_longest_round_length_that_fits(limit: float, expected: float,
                                                           ) -> None:
    assert nice_length(limit) == expected


# --- drawing and layers ---------------------------------------------------------------------


def test_drawing_is_batched_one_curve_per_style_class(canvas: MapCanvas) -> None:
    canvas.add_layer(trail_layer(300))
    canvas.add_layer(stops())
    ring = square(TORGET[0] - 5000, TORGET[1] - 5000, 10000)
    canvas.add_layer(PolygonLayer("areas", [("kommun", "gräns", [ring])],
                                  {"gräns": Style("Kommungräns", "#6d4c41", 2)}))
    canvas.zoom_to_all()
    trails = canvas.layer_items("trails")
    assert len(trails) == 3  # grön, blå, svart: not 300
    assert all(type(item).__name__ == "PlotCurveItem" for item in trails)
    assert sum(len(item.xData) for item in trails) == canvas.drawn_vertex_count() - 5
    assert len(canvas.layer_items("stops")) == 2  # one symbol item and one for the labels
    assert [e.label for e in canvas.legend()] == ["Kommungräns", "Stråkstopp", "Grön", "Blå",
                                                  "Svart"]
    area = canvas.layer_items("areas")[0]
    assert (area.xData[0], area.yData[0]) == (area.xData[-1], area.yData[-1])  # closed ring


def test_hiding_a_layer_hides_its_items_and_stops_sending_it(canvas: MapCanvas) -> None:
    canvas.add_layer(trail_layer())
    canvas.zoom_to_all()
    before = canvas.drawn_vertex_count()
    canvas.set_visible("trails", False)
    assert not any(item.isVisible() for item in canvas.layer_items("trails"))
    assert canvas.drawn_vertex_count() == 0
    canvas.set_visible("trails", True)
    assert all(item.isVisible() for item in canvas.layer_items("trails"))
    assert canvas.drawn_vertex_count() == before


def test_opacity_is_applied_to_every_item_of_the_layer(canvas: MapCanvas) -> None:
    canvas.add_layer(stops())
    canvas.set_opacity("stops", 0.4)
    assert [round(item.opacity(), 3) for item in canvas.layer_items("stops")] == [0.4, 0.4]
    canvas.set_opacity("stops", 3.0)
    assert canvas.layer("stops").opacity == 1.0


def test_moving_a_layer_up_swaps_the_drawing_order(canvas: MapCanvas) -> None:
    canvas.add_layer(trail_layer())
    canvas.add_layer(stops())

    def top(name: str) -> float:
        return max(item.zValue() for item in canvas.layer_items(name))

    assert top("stops") > top("trails")
    canvas.move_layer("trails", 1)
    assert [layer.name for layer in canvas.layers()] == ["stops", "trails"]
    assert min(i.zValue() for i in canvas.layer_items("trails")) > top("stops")
    canvas.move_layer("trails", 1)  # already on top: nothing moves
    assert [layer.name for layer in canvas.layers()] == ["stops", "trails"]
    assert canvas.legend()[0].layer == "trails"


# --- view -----------------------------------------------------------------------------------


def test_zoom_to_shows_the_box_with_the_aspect_locked(canvas: MapCanvas) -> None:
    bbox = (550_000.0, 6_658_000.0, 554_000.0, 6_659_000.0)  # 4 km by 1 km
    canvas.zoom_to(bbox, margin=0.05)
    x0, y0, x1, y1 = canvas.view_rect()
    assert x0 <= bbox[0] and y0 <= bbox[1] and x1 >= bbox[2] and y1 >= bbox[3]
    box = canvas.view_box
    assert (x1 - x0) / (y1 - y0) == pytest.approx(box.width() / box.height(), rel=1e-6)
    assert (x1 - x0) == pytest.approx(4000 * 1.1, rel=0.02)  # the wide side fits, plus margin
    px, py = box.viewPixelSize()
    assert px == pytest.approx(py, rel=1e-6)  # a metre is as long across as up


@pytest.mark.parametrize(("metres_per_px", "metres", "label"), [
    (12.5, 1000, "1 km"),  # 120 px at most: 1,500 m, so 1 km (80 px)
    (3.0, 200, "200 m"),  # 360 m: 200 m
    (50.0, 5000, "5 km"),  # 6,000 m: 5 km
    (0.9, 100, "100 m"),  # 108 m: 100 m
    (20.0, 2000, "2 km"),  # 2,400 m: 2 km
])
def test_the_scale_bar_is_a_round_length_at_the_view_scale(
        canvas: MapCanvas, metres_per_px: float, metres: float, label: str) -> None:
    set_scale(canvas, metres_per_px)
    assert canvas.metres_per_pixel() == pytest.approx(metres_per_px, rel=1e-6)
    assert canvas.scale_bar() == (metres, label)


def test_the_cursor_position_reads_in_sweref_and_wgs84(canvas: MapCanvas, qtbot) -> None:
    text = canvas.position_text(551_400.0, 6_659_000.0)
    assert "N 6 659 000  E 551 400" in text
    lat, lon = (float(v.replace(",", ".")) for v in re.findall(r"(\d+[.,]\d{5})°", text))
    pyproj = pytest.importorskip("pyproj")
    to_wgs = pyproj.Transformer.from_crs(3006, 4326, always_xy=True)
    want_lon, want_lat = to_wgs.transform(551_400.0, 6_659_000.0)
    assert lat == pytest.approx(want_lat, abs=1e-4) and lon == pytest.approx(want_lon, abs=1e-4)
    assert lat == pytest.approx(60.065, abs=0.01) and lon == pytest.approx(15.923, abs=0.01)

    set_scale(canvas, 10.0)
    with qtbot.waitSignal(canvas.cursor_moved) as moved:
        qtbot.mouseMove(canvas.graphics_view.viewport(), viewport_point(canvas, *TORGET))
    x, y = moved.args
    assert x == pytest.approx(TORGET[0], abs=15) and y == pytest.approx(TORGET[1], abs=15)
    assert canvas.status_text().startswith("SWEREF 99 TM  N 6 6")


# --- picking and selection ------------------------------------------------------------------


def test_a_click_picks_the_nearest_feature_and_empty_space_clears(canvas: MapCanvas,
                                                                 qtbot) -> None:
    line = np.array([[TORGET[0] - 300, TORGET[1]], [TORGET[0] + 300, TORGET[1]]])
    other = line + np.array([0.0, 60.0])
    canvas.add_layer(LineLayer("trails", [("a", "grön", line), ("b", "blå", other)], STYLES))
    canvas.add_layer(stops())
    set_scale(canvas, 2.0)
    viewport = canvas.graphics_view.viewport()
    # 2 m a pixel, 5 pixels: within 10 m of a line; beside a stop symbol: the stop.
    assert canvas.pick(TORGET[0] - 100, TORGET[1] + 6) == ("trails", "a")
    assert canvas.pick(TORGET[0] - 100, TORGET[1] + 52) == ("trails", "b")
    assert canvas.pick(TORGET[0] - 100, TORGET[1] + 30) is None
    assert canvas.pick(TORGET[0] + 200, TORGET[1] + 4) == ("stops", 2)
    with qtbot.waitSignal(canvas.feature_clicked) as clicked:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton,
                         pos=viewport_point(canvas, TORGET[0] - 100, TORGET[1] + 50))
    assert clicked.args == ["trails", "b"]
    assert canvas.selection() == ("trails", "b")
    assert len(canvas._marks.halo.xData) == 2  # the highlight follows the feature
    with qtbot.waitSignal(canvas.selection_changed) as changed:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton,
                         pos=viewport_point(canvas, TORGET[0] - 100, TORGET[1] - 200))
    assert changed.args == ["", None]
    assert canvas.selection() is None
    assert len(canvas._marks.halo.xData) == 0


def test_a_filled_area_is_picked_inside_but_not_in_its_hole(canvas: MapCanvas) -> None:
    x, y = TORGET
    outer, hole = square(x - 1000, y - 1000, 2000), square(x - 200, y - 200, 400)
    canvas.add_layer(PolygonLayer("areas", [("sjö", "vatten", [outer, hole])],
                                  {"vatten": Style("Sjö", "#4a90c2", fill="#a9d3f0")}))
    set_scale(canvas, 5.0)
    assert canvas.pick(x + 600, y) == ("areas", "sjö")
    assert canvas.pick(x, y) is None
    assert canvas.pick(x + 200 + 10, y) == ("areas", "sjö")  # on the hole's edge


def test_select_from_elsewhere_highlights_and_zooms(canvas: MapCanvas, qtbot) -> None:
    layer = trail_layer(50)
    canvas.add_layer(layer)
    canvas.zoom_to_all()
    with qtbot.waitSignal(canvas.selection_changed) as changed:
        assert canvas.select("t7", zoom=True)
    assert changed.args == ["trails", "t7"]
    bbox = layer.feature_bbox(layer.row_of("t7"))
    x0, y0, x1, y1 = canvas.view_rect()
    assert x0 <= bbox[0] and y0 <= bbox[1] and x1 >= bbox[2] and y1 >= bbox[3]
    assert x1 - x0 < 3000  # zoomed in on it, not the whole network
    assert len(canvas._marks.halo.xData) == 10
    assert not canvas.select("no such trail")
    assert canvas.select(3, "stops") is False  # no such layer


# --- level of detail and culling ------------------------------------------------------------


def test_culling_and_simplification_bound_what_is_sent(canvas: MapCanvas, qtbot,
                                                       monkeypatch) -> None:
    layer = trail_layer(3000)
    canvas.add_layer(layer)
    set_scale(canvas, 40.0)  # the whole network, 8 km in a few hundred pixels
    canvas.refresh()
    zoomed_out = canvas.drawn_vertex_count()
    assert zoomed_out < 0.8 * layer.vertex_count  # simplified to about a pixel
    set_scale(canvas, 1.0)  # 800 m of one corner of Norberg
    canvas.refresh()
    zoomed_in = canvas.drawn_vertex_count()
    assert 0 < zoomed_in < 0.05 * layer.vertex_count  # only the parts near the view
    # Panning away leaves the area sent: the refresh runs at once, not after the pause.
    canvas.view_box.translateBy(x=5000)
    x0, _y0, x1, _y1 = canvas._built[0]
    assert x0 <= canvas.view_rect()[0] and x1 >= canvas.view_rect()[2]
    # Zooming in keeps the area: the finer level of detail follows after the pause.
    canvas.view_box.scaleBy(s=(0.25, 0.25))
    assert canvas._timer.isActive()
    qtbot.waitUntil(lambda: not canvas._timer.isActive(), timeout=2000)
    assert canvas._built[1] == mc.lod_tolerance(canvas.metres_per_pixel(), mc.LOD_PIXELS)
    # Over the budget, the drawing simplifies further, then thins parts smaller than a pixel
    # to one a pixel (they are dots at that scale).
    monkeypatch.setattr(mc, "MAX_VERTICES", 2000)
    set_scale(canvas, 40.0)
    canvas.refresh()
    assert 0 < canvas.drawn_vertex_count() < zoomed_out
    set_scale(canvas, 400.0)  # the whole network in 40 by 40 pixels
    canvas.refresh()
    assert 0 < canvas.drawn_vertex_count() < 0.8 * 2 * 3000  # fewer than two ends a part
    # Parts larger than a pixel keep both ends each: still over, they are thinned in ever
    # larger cells until the budget holds (it is a budget, not a wish).
    monkeypatch.setattr(mc, "MAX_VERTICES", 1000)
    set_scale(canvas, 40.0)
    canvas.refresh()
    assert 0 < canvas.drawn_vertex_count() <= 1000


# --- export ---------------------------------------------------------------------------------


def test_render_to_image_has_the_size_asked_and_shows_the_map(canvas: MapCanvas) -> None:
    canvas.add_layer(trail_layer())
    canvas.zoom_to_all()
    image = canvas.render_to_image(640, 400)
    assert (image.width(), image.height()) == (640, 400)
    background = QColor(BACKGROUND).rgb()
    pixels = [image.pixel(x, y) for x in range(0, 640, 7) for y in range(0, 400, 7)]
    assert sum(p != background for p in pixels) > 50  # trails, scale bar, north arrow
    assert canvas.view_box.width() != 640  # the window's own layout is back


def test_a_hidden_canvas_renders_too(qtbot) -> None:
    canvas = MapCanvas()
    qtbot.addWidget(canvas)
    canvas.add_layer(trail_layer(100))
    canvas.zoom_to_all()
    image = canvas.render_to_image(300, 200)
    background = QColor(BACKGROUND).rgb()
    assert any(image.pixel(x, y) != background for x in range(0, 300, 3) for y in range(0, 200, 3))


# --- the layers panel -----------------------------------------------------------------------


def test_the_layers_panel_drives_the_canvas(canvas: MapCanvas, qtbot) -> None:
    canvas.add_layer(trail_layer())
    canvas.add_layer(stops())
    panel = MapLayersPanel(canvas)
    qtbot.addWidget(panel)
    assert panel.layer_names() == ["stops", "trails"]  # top layer first
    assert panel.legend_rows("trails") == ["Grön", "Blå", "Svart"]
    assert not panel.tree.topLevelItem(1).child(0).icon(0).isNull()  # a colour swatch
    panel.tree.topLevelItem(1).setCheckState(0, Qt.CheckState.Unchecked)
    assert canvas.layer("trails").visible is False
    panel.select_layer("trails")
    panel.opacity.setValue(30)
    assert canvas.layer("trails").opacity == pytest.approx(0.3)
    panel.up.click()
    assert [layer.name for layer in canvas.layers()] == ["stops", "trails"]
    assert panel.layer_names() == ["trails", "stops"]
    assert panel.current_layer() == "trails"
    assert not panel.up.isEnabled() and panel.down.isEnabled()
    assert panel.opacity.value() == 30
    canvas.remove_layer("stops")
    assert panel.layer_names() == ["trails"]


def test_empty_layers_draw_nothing_and_break_nothing(canvas: MapCanvas) -> None:
    canvas.add_layer(LineLayer("trails", [], STYLES))
    canvas.add_layer(PointLayer("stops", []))
    canvas.zoom_to_all()  # nothing to zoom to: the view stays
    assert canvas.drawn_vertex_count() == 0
    assert canvas.pick(*TORGET) is None
    assert canvas.legend() == []
    assert canvas.render_to_image(120, 90).width() == 120


def drag(qtbot, viewport, start: QPoint, end: QPoint, modifiers: Qt.KeyboardModifier) -> None:
    """A left-button drag as real mouse events (QTest's mouseMove carries no buttons), the
    moves apart by more than pyqtgraph's rate limit (it drops moves closer than 10 ms)."""
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    steps = [(QMouseEvent.Type.MouseButtonPress, start, left, left)]
    for i in range(1, 6):
        at = start + (end - start) * (i / 5)
        steps.append((QMouseEvent.Type.MouseMove, at, none, left))
    steps.append((QMouseEvent.Type.MouseButtonRelease, end, left, none))
    for kind, at, button, buttons in steps:
        qtbot.wait(15)
        global_at = viewport.mapToGlobal(at)
        QApplication.sendEvent(viewport, QMouseEvent(kind, QPointF(at), QPointF(global_at),
                                                     button, buttons, modifiers))


def test_dragging_pans_and_shift_dragging_zooms_to_the_box(canvas: MapCanvas, qtbot) -> None:
    set_scale(canvas, 10.0)
    viewport = canvas.graphics_view.viewport()
    x0, y0, x1, _y1 = canvas.view_rect()
    a = viewport_point(canvas, *TORGET)
    drag(qtbot, viewport, a, a + QPoint(100, 0), Qt.KeyboardModifier.NoModifier)
    nx0, ny0, nx1, _ny1 = canvas.view_rect()
    assert nx0 == pytest.approx(x0 - 1000, abs=30) and ny0 == pytest.approx(y0, abs=30)
    assert nx1 - nx0 == pytest.approx(x1 - x0)  # a pan keeps the scale
    # Shift-drag a box from Torget to 1 km east, 500 m south: the view becomes that box
    # (widened to the window's aspect, plus pyqtgraph's small padding).
    a = viewport_point(canvas, *TORGET)
    b = viewport_point(canvas, TORGET[0] + 1000, TORGET[1] - 500)
    drag(qtbot, viewport, a, b, Qt.KeyboardModifier.ShiftModifier)
    zx0, zy0, zx1, zy1 = canvas.view_rect()
    assert zx1 - zx0 == pytest.approx(1000, rel=0.1)
    assert zx0 <= TORGET[0] + 20 and zx1 >= TORGET[0] + 980
    assert zy0 <= TORGET[1] - 480 and zy1 >= TORGET[1] - 20


def test_a_long_legend_entry_wraps_in_a_narrow_panel_and_shows_whole_on_hover(
        canvas: MapCanvas, qtbot) -> None:
    long_label = "Småväg enkel standard med grusad yta"
    styles = {"grön": Style(long_label, "#2e8b3a", 1.5)}
    xy, offsets = walks(1)
    canvas.add_layer(LineLayer.from_arrays("roads", ["r"], ["grön"], xy, offsets,
                                           styles=styles, title="Bakgrund: vägar"))
    panel = MapLayersPanel(canvas)
    qtbot.addWidget(panel)
    panel.resize(200, 400)
    panel.show()
    qtbot.waitExposed(panel)
    entry = panel.tree.topLevelItem(0).child(0)
    assert entry.toolTip(0) == long_label
    one_line = panel.tree.fontMetrics().height()
    assert panel.tree.visualItemRect(entry).height() >= 2 * one_line  # wrapped, not cut
    panel.resize(600, 400)
    qtbot.waitUntil(lambda: panel.tree.visualItemRect(entry).height() < 2 * one_line)


def test_place_names_are_drawn_over_the_point_symbols_and_groups(canvas: MapCanvas) -> None:
    from destination_norberg.gui.map.map_labels import Label, LabelLayer
    from destination_norberg.gui.map.point_groups import GroupedPointLayer

    canvas.add_layer(LabelLayer("places", [Label("Norberg", *TORGET)], "Ortnamn"))
    canvas.add_layer(GroupedPointLayer("stops", [(i, "stopp", TORGET[0] + 5 * i, TORGET[1],
                                                  str(i + 1)) for i in range(5)]))
    assert [layer.name for layer in canvas.layers()] == ["places", "stops"]  # stops above
    names = min(item.zValue() for item in canvas._items["places"])
    symbols = max(item.zValue() for item in canvas._items["stops"])
    assert names > symbols
