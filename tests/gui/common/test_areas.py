"""The area registry: the window's navigation, its lazy pages and the screenshot views all
come from what the area packages register."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from destination_norberg.cli.screenshot import VIEWS as CLI_VIEWS
from destination_norberg.gui.common import areas
from destination_norberg.gui.common.areas import AreaSpec


def test_every_area_registers_itself_in_navigation_order() -> None:
    assert [spec.key for spec in areas.areas()] == [
        "overview", "events", "trails", "map", "network", "packages"]
    assert [spec.key for spec in areas.areas() if not spec.lazy] == ["overview"]


def test_the_screenshot_views_are_the_ones_the_command_line_offers() -> None:
    """The command line may not import the window; this keeps its list in step."""
    from destination_norberg.gui.screenshot import VIEWS

    assert VIEWS == CLI_VIEWS
    assert len(set(VIEWS)) == len(VIEWS)


@pytest.mark.parametrize(("view", "key"), [("overview", "overview"), ("calendar", "events"),
                                           ("strak", "events"), ("gonogo", "trails"),
                                           ("snowmap", "map"), ("network", "network")])
def test_each_view_belongs_to_one_area(view: str, key: str) -> None:
    assert areas.area_of_view(view).key == key


def test_an_unknown_view_is_refused() -> None:
    with pytest.raises(KeyError):
        areas.area_of_view("status")  # the status page is the screenshot's own, no area


class _Page(QLabel):
    """The smallest area page: reads on request, counts the reads."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("a new area", parent)
        self.reads = 0
        self.language = ""

    def reload(self) -> None:
        self.reads += 1

    def load_blocking(self) -> None:
        self.reads += 1

    def needs_load(self) -> bool:
        return self.reads == 0

    def set_language(self, language: str) -> None:
        self.language = language


@pytest.fixture
def new_area(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """A sixth area registered as a package would; gone again after the test."""
    built: list[Any] = []

    def build(host: Any, parent: QWidget) -> _Page:
        page = _Page(parent)
        page.changed.connect(host.refresh)
        built.append(page)
        return page

    spec = AreaSpec("extra", 60, lambda: "Extra", build, views=("extra",),
                    attribute="extra_page")
    monkeypatch.setitem(areas._REGISTRY, "extra", spec)
    return built


def test_a_registered_area_joins_the_window_and_is_built_when_opened(
        new_area, make_window, demo_url, load) -> None:
    window = make_window(demo_url)
    assert window.ui.navList.item(window.ui.navList.count() - 1).text() == "Extra"
    assert new_area == []  # not built until opened
    load(window)
    window.select_area("extra")
    assert len(new_area) == 1 and window.current_area() == "extra"
    page = new_area[0]
    assert page.reads == 1  # opened on an open database: read once
    assert window.extra_page is page
    assert window.ui.pages.currentWidget() is window.pages["extra"]
    window.select_area("overview")
    window.select_area("extra")
    assert page.reads == 1  # it had its data: not read again
    window.set_language("sv")
    assert page.language == "sv"
    with pytest.raises(AttributeError):
        _ = window.no_such_page
