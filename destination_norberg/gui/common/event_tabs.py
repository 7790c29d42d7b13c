"""Tabs other packages add to the events area, so the events package need not import them.

The events package is a base others build on (the map, trails and snow areas import its
PlanningStore), so it may not import a package that needs gui.documents (which imports the
map): the volunteers tab (gui.volunteers) prints rosters, and registers itself here
instead. gui.common.areas imports every gui package before a page is built, so the events
page finds every tab registered when it builds.

A tab is made by `factory(events_page)` and must offer `retranslate()`-style naming through
`title()` and take the season's events through `set_events(events)`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class EventTab:
    key: str  # the screenshot view that shows it, and the widget's objectName
    order: int
    factory: Callable[[Any], Any]


_TABS: dict[str, EventTab] = {}


def register(tab: EventTab) -> None:
    _TABS[tab.key] = tab


def tabs() -> list[EventTab]:
    return sorted(_TABS.values(), key=lambda t: t.order)
