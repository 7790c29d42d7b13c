"""The area registry: what the window needs to know of each area, given by the area.

Each gui/<area>/ package registers one `AreaSpec` in its __init__: its key, its title, its
icon, a factory that builds the page when first opened, and the screenshot views it serves.
The main window builds its navigation and its pages from here and the screenshot command
its list of views, so adding an area is a new package and edits neither.

Kept free of Qt at module level: importing the registry (and so every area package) must
cost nothing at start-up.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol


class AreaHost(Protocol):
    """What a page factory may use of the window (the main window is one)."""

    planning: Any  # gui.events.planning_data.PlanningStore
    runner: Any  # gui.common.jobs.TaskRunner
    undo_stack: Any  # QUndoStack
    settings: Any  # gui.common.settings.Settings
    language: str
    stale_days: int  # the destination's stale-report threshold (app.settings)

    def clock(self) -> datetime: ...

    def refresh(self) -> None: ...

    def select_area(self, key: str) -> None: ...

    def open_area(self, key: str, read: bool = True) -> Any: ...


@dataclass(frozen=True)
class AreaSpec:
    """One area of the window.

    `factory(host, parent)` builds the page; a lazy area's page is built when first opened
    and must have `reload()`, `load_blocking()` and `needs_load()` (and may have
    `set_language(code)` and `stop()`); the overview, not lazy, is read by the window.
    `show_view(page, view)` readies the page for a screenshot view before the read, and
    `finish_view(page, view)` after it. `attribute` names the page on the window
    (`window.events_page`), for the callers and tests that reach it by name.
    """

    key: str
    order: int
    title: Callable[[], str]
    factory: Callable[[AreaHost, Any], Any]
    icon: str | None = None
    views: tuple[str, ...] = ()
    show_view: Callable[[Any, str], None] | None = None
    finish_view: Callable[[Any, str], None] | None = None
    attribute: str | None = None
    lazy: bool = True
    #: the modules the page is built from, imported in the pool ahead of the click
    #: (MainWindow.prebuild_areas); Qt classes only, no widget is made on import
    modules: tuple[str, ...] = ()


_REGISTRY: dict[str, AreaSpec] = {}
_discovered = False


def register(spec: AreaSpec) -> AreaSpec:
    """Called by an area package when imported; registering a key again replaces it."""
    _REGISTRY[spec.key] = spec
    return spec


def _discover() -> None:
    """Import every package of gui/ once: the area packages register themselves."""
    global _discovered
    if _discovered:
        return
    _discovered = True
    import destination_norberg.gui as gui

    for info in pkgutil.iter_modules(gui.__path__):
        if info.ispkg and info.name not in ("common", "forms"):
            importlib.import_module(f"{gui.__name__}.{info.name}")


def areas() -> list[AreaSpec]:
    """Every area, in navigation order."""
    _discover()
    return sorted(_REGISTRY.values(), key=lambda spec: spec.order)


def area(key: str) -> AreaSpec:
    _discover()
    return _REGISTRY[key]


def views() -> tuple[str, ...]:
    """The screenshot views of every area, in navigation order."""
    return tuple(view for spec in areas() for view in spec.views)


def area_of_view(view: str) -> AreaSpec:
    """The area that serves screenshot `view`; KeyError if none does."""
    for spec in areas():
        if view in spec.views:
            return spec
    raise KeyError(view)


def by_attribute(name: str) -> AreaSpec | None:
    """The area whose page the window calls `name`, if one does."""
    return next((spec for spec in areas() if spec.attribute == name), None)
