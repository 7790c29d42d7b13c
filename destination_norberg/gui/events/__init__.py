"""The events area: calendar, timeline, list, next year's week, the stråk editor, and beds
against visitors (capacity_page)."""

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
    from destination_norberg.gui.events.capacity_page import attach

    attach(page, host)
    return page


def _tab(page: Any, key: str) -> Any:
    """A tab another package added (gui.common.event_tabs), by its key."""
    return next(w for w in page.extra_tabs if w.objectName() == key)


def _show_view(page: Any, view: str) -> None:
    if view == "strak":
        page.ui.tabs.setCurrentIndex(1)
    elif view == "capacity":
        page.ui.tabs.setCurrentIndex(page.ui.tabs.indexOf(page.capacity_page))
    elif view == "volunteers":
        page.ui.tabs.setCurrentWidget(_tab(page, view))
    else:  # the season tab; "events" is its calendar, "seasons" the dialog over it
        page.show_view("calendar" if view in ("events", "seasons") else view)


def _finish_view(page: Any, view: str) -> None:
    """The seasons dialog, drawn over the window as it opens there (a screenshot grabs the
    window only, so the dialog is shown inside it, framed, rather than as a window)."""
    if view == "capacity":
        page.capacity_page.load_blocking()
    if view == "volunteers":  # its plan is read after the events: read it now
        _tab(page, view).loader.load_blocking()
        return
    if view != "seasons":
        return
    from destination_norberg.gui.common.dialog_shot import framed
    from destination_norberg.gui.events.seasons_dialog import SeasonsDialog

    window = page.window()
    dialog = SeasonsDialog(page.editor, window)
    framed(window, dialog)


register(AreaSpec("events", 10, _title, _build, icon=":/icons/events.svg",
                  views=("events", "calendar", "timeline", "strak", "seasons", "capacity",
                         "volunteers"),
                  show_view=_show_view, finish_view=_finish_view, attribute="events_page",
                  modules=("destination_norberg.gui.events.page",)))
