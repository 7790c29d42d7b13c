"""The background map in the map area: imported from the window as one undo step, drawn
under the trails in a style per Lantmäteriet class, place names and trail names as labels."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from destination_norberg.core.trails import DEFAULT_STALE_DAYS
from destination_norberg.gui.common import i18n
from destination_norberg.gui.common.jobs import TaskRunner
from destination_norberg.gui.events.planning_data import PlanningStore
from destination_norberg.gui.map.basemap import AREAS, ROADS
from destination_norberg.gui.map.map_labels import LabelLayer, MapLabels
from destination_norberg.gui.map.page import MapPage
from tests.basemap.topografi import write_topografi

LOAD_TIMEOUT_MS = 20_000


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


def names(page: MapPage) -> list[str]:
    return [layer.name for layer in page.canvas.layers()]


def import_it(qtbot, page: MapPage, path: Path) -> None:
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        assert page.import_basemap(path)


def test_import_draws_the_background_under_the_trails_and_undo_takes_it_away(
        qtbot, page: MapPage, tmp_path: Path) -> None:
    assert page.basemap_button.text() == "Import background map…"
    import_it(qtbot, page, write_topografi(tmp_path / "topo.gpkg"))
    order = names(page)
    background = [i for i, n in enumerate(order) if n.startswith("basemap:")]
    assert len(background) == 6  # land cover, streams, buildings, road edges, roads, names
    names_at = next(i for i, n in enumerate(order) if n.endswith(":labels"))
    assert max(set(background) - {names_at}) < order.index("trails")  # under the trails
    assert order.index("venues") < names_at < order.index("trail-names")  # names on top
    assert page.undo_stack.undoText().startswith("Import the background map from topo.gpkg")
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.undo_stack.undo()
    assert not any(n.startswith("basemap:") for n in names(page))
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.undo_stack.redo()
    assert sum(n.startswith("basemap:") for n in names(page)) == 6


def test_each_class_has_its_own_style(qtbot, page: MapPage, tmp_path: Path) -> None:
    import_it(qtbot, page, write_topografi(tmp_path / "topo.gpkg"))
    layers = {layer.title: layer for layer in page.canvas.layers()
              if layer.name.startswith("basemap:")}
    cover = layers["Background: land cover"]
    assert cover.styles["Barr- och blandskog"].fill == AREAS["Barr- och blandskog"][0]
    assert cover.styles["Sjö"].fill != cover.styles["Barr- och blandskog"].fill
    assert cover.styles["Sjö"].width > 0  # water has a shore line; land cover none
    roads = layers["Background: roads"]
    assert roads.styles["Landsväg"].color == ROADS["Landsväg"][0]
    assert roads.styles["Landsväg"].width > roads.styles["Lokalgata liten"].width
    assert roads.styles["Småväg enkel standard"].dash == "dash"
    legend = {e.key for e in page.canvas.legend() if e.layer == roads.name}
    assert "Landsväg" in legend
    assert isinstance(layers["Background: place names"], LabelLayer)


SWEDISH_CLASSES = {"Småväg", "Lokalgata liten", "Lokalgata stor", "Landsväg", "Bostad",
                   "Samhällsfunktion", "Vattendrag", "Barr- och blandskog", "Lövskog", "Sjö",
                   "Åker", "Öppen mark"}


def test_the_legend_names_the_classes_in_the_language_and_draws_each(
        qtbot, page: MapPage, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor

    from destination_norberg.gui.map.panel import swatch

    import_it(qtbot, page, write_topografi(tmp_path / "topo.gpkg"))
    entries = [e for e in page.canvas.legend() if e.layer.startswith("basemap:")]
    labels = {e.label for e in entries}
    assert {"Minor road", "Country road", "Open land", "Lake", "Housing"} <= labels
    assert not labels & SWEDISH_CLASSES  # Lantmäteriet's values stay the keys, not the words
    assert {e.key for e in entries} & SWEDISH_CLASSES
    for entry in entries:  # a symbol that shows on the panel's white: not all near-white
        image = swatch(entry).pixmap(28, 16).toImage()
        darkest = min(QColor(image.pixel(x, y)).lightness() for x in range(28)
                      for y in range(16) if QColor.fromRgba(image.pixel(x, y)).alpha() > 0)
        assert darkest < 225, (entry.label, darkest)
    i18n.install(QApplication.instance(), "sv")
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.reload()
    labels = {e.label for e in page.canvas.legend() if e.layer.startswith("basemap:")}
    assert {"Småväg", "Landsväg", "Öppen mark", "Sjö", "Bostad"} <= labels


def drawn_labels(page: MapPage, name: str) -> list[str]:
    page.canvas.render_to_image(1000, 700)
    item = next(i for i in page.canvas.layer_items(name) if isinstance(i, MapLabels))
    return item.drawn


def test_trail_and_place_names_are_drawn_at_readable_zooms(qtbot, page: MapPage,
                                                           tmp_path: Path) -> None:
    import_it(qtbot, page, write_topografi(tmp_path / "topo.gpkg"))
    page.canvas.zoom_to((550_000, 6_654_500, 556_000, 6_666_000))
    trail_names = drawn_labels(page, "trail-names")
    assert "Engelbrektsslingan 20 km" in trail_names
    assert len(trail_names) == len(set(trail_names)) >= 5
    places = next(n for n in names(page) if n.endswith(":labels"))
    assert "Kärrgruvan" in drawn_labels(page, places)
    page.canvas.zoom_to((400_000, 6_500_000, 700_000, 6_800_000))  # the whole county
    assert drawn_labels(page, "trail-names") == []


def test_points_that_pile_up_are_grouped_and_come_apart_zoomed_in(page: MapPage) -> None:
    from destination_norberg.gui.map.point_groups import PointGroups, cells

    group_of, counts = cells(__import__("numpy").array(
        [(8.0, 2.0), (9.0, 3.0), (9.9, 1.0), (10.1, 1.0), (500.0, 500.0)]), 10.0)
    assert counts[group_of[0]] == 4  # a pile across a cell border: still one group
    assert counts[group_of[4]] == 1
    item = next(i for i in page.canvas.layer_items("businesses") if isinstance(i, PointGroups))
    page.canvas.zoom_to((545_000, 6_652_000, 560_000, 6_667_000))
    page.canvas.render_to_image(800, 600)
    item.regroup()
    assert item.groups and sum(n for _x, _y, n in item.groups) >= 20  # the centre's shops
    assert all(n >= 3 for _x, _y, n in item.groups)
    page.canvas.zoom_to((551_350, 6_658_950, 551_450, 6_659_050))  # Torget, 100 m
    page.canvas.render_to_image(800, 600)
    item.regroup()
    assert item.groups == []


def test_a_layer_of_the_background_can_be_removed_and_put_back(qtbot, page: MapPage,
                                                               tmp_path: Path) -> None:
    import_it(qtbot, page, write_topografi(tmp_path / "topo.gpkg", only=("vaglinje", "mark")))
    roads = next(layer.name for layer in page.canvas.layers()
                 if layer.title == "Background: roads")
    page.panel.select_layer(roads)
    assert page.remove_layer_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.remove_layer_button.click()
    titles = [layer.title for layer in page.canvas.layers()]
    assert "Background: roads" not in titles and "Background: land cover" in titles
    assert page.undo_stack.undoText() == "Remove the layer Background: roads"
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.undo_stack.undo()
    assert "Background: roads" in [layer.title for layer in page.canvas.layers()]


def test_a_click_on_the_background_selects_nothing(qtbot, page: MapPage,
                                                   tmp_path: Path) -> None:
    import_it(qtbot, page, write_topografi(tmp_path / "topo.gpkg"))
    page.canvas.zoom_to((546_000, 6_654_000, 547_000, 6_655_000))  # forest only, no trail
    page.canvas.render_to_image(800, 600)
    assert page.canvas.pick(546_500, 6_654_500) is None
    assert page.canvas.pick(549_400, 6_655_300) is None  # the lake Noren
