"""Volunteers (funktionärer): a tab of the events area (gui.common.event_tabs), issue 19."""

from __future__ import annotations

from typing import Any

from destination_norberg.gui.common.event_tabs import EventTab, register


def _build(events_page: Any) -> Any:
    from destination_norberg.gui.volunteers.page import VolunteersPage

    page = VolunteersPage(events_page.store, events_page.runner, events_page.undo_stack,
                          events_page.clock, events_page)
    page.setObjectName("volunteers")
    page.changed.connect(events_page.changed)
    return page


register(EventTab("volunteers", 30, _build))
