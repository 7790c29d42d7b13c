"""Areas built ahead of the click (MainWindow.prebuild_areas): after the overview, in idle
time, every area's page exists and reads only when opened."""

from __future__ import annotations

import importlib

from destination_norberg.gui.common import areas


def test_every_area_names_modules_that_exist() -> None:
    for spec in areas.areas():
        if spec.lazy:
            assert spec.modules, f"{spec.key} has nothing to import ahead"
            for name in spec.modules:
                importlib.import_module(name)


def test_pages_are_built_ahead_and_read_on_the_click(make_window, load, demo_url,
                                                     qtbot) -> None:
    window = make_window(demo_url)
    load(window)
    lazy = [spec.key for spec in areas.areas() if spec.lazy]
    assert not set(lazy) & set(window._built)
    window.prebuild_areas()
    qtbot.waitUntil(lambda: set(lazy) <= set(window._built), timeout=20_000)
    assert all(window.page(key).needs_load() for key in lazy)  # built, nothing read yet
    with qtbot.waitSignal(window.network_page.loaded, timeout=20_000):
        window.select_area("network")
    assert not window.network_page.needs_load()


def test_a_window_shut_down_builds_nothing_more(make_window, load, demo_url, qtbot) -> None:
    window = make_window(demo_url)
    load(window)
    window.shutdown()
    window.prebuild_areas()
    qtbot.wait(400)
    assert not any(spec.lazy and spec.key in window._built for spec in areas.areas())
