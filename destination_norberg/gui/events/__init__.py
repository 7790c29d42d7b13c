"""The events area: calendar, timeline, list, next year's week, and the stråk editor."""

from __future__ import annotations

from typing import Any

from destination_norberg.gui.common.areas import AreaHost, AreaSpec, register


def _title() -> str:
    from destination_norberg.gui.common.labels import area_name

    return area_name("events")


def show_stop(page: Any, strak_id: int, position: int) -> None:
    """A stop of a stråk in the stråk editor (the events page's second tab)."""
    page.ui.tabs.setCurrentIndex(1)
    page.strak_page.select_stop(strak_id, position)


def _build(host: AreaHost, parent: Any) -> Any:
    from destination_norberg.gui.events.page import EventsPage

    page = EventsPage(host.planning, host.runner, host.undo_stack, host.clock,
                      lambda: host.stale_days, parent)
    page.changed.connect(host.refresh)
    page.strak_page.show_stop_on_map.connect(
        lambda strak_id, position: host.open_area("map").show_stop(strak_id, position))
    page.language = host.language
    return page


def _show_view(page: Any, view: str) -> None:
    if view == "strak":
        page.ui.tabs.setCurrentIndex(1)
    else:  # the season tab; "events" is its calendar
        page.show_view("calendar" if view == "events" else view)


register(AreaSpec("events", 10, _title, _build, icon=":/icons/events.svg",
                  views=("events", "calendar", "timeline", "strak"), show_view=_show_view,
                  attribute="events_page"))
