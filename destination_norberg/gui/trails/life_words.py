"""The words for a trail's lifecycle in the window (Swedish first): Planerad, Under byggnad,
Öppen, Nedlagd; and what each means for the public, for tooltips."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from destination_norberg.core.vocab import TrailLifecycle

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

#: The order of a trail's life, for sorting and for the choices in the dialog.
LIFE_ORDER = (TrailLifecycle.PLANNED, TrailLifecycle.BUILDING, TrailLifecycle.OPEN,
              TrailLifecycle.RETIRED)


def lifecycle_label(state: TrailLifecycle | str) -> str:
    words = {
        TrailLifecycle.PLANNED: translate("TrailLife", "Planned"),
        TrailLifecycle.BUILDING: translate("TrailLife", "Under construction"),
        TrailLifecycle.OPEN: translate("TrailLife", "Open"),
        TrailLifecycle.RETIRED: translate("TrailLife", "Retired"),
    }
    return words[TrailLifecycle(state)]


def lifecycle_tooltip(state: TrailLifecycle | str) -> str:
    """What the state means for visitors (core.trail_life.public_trails)."""
    if TrailLifecycle(state) is TrailLifecycle.OPEN:
        return translate("TrailLife", "Shown on the public status page and in the bulletin.")
    if TrailLifecycle(state) is TrailLifecycle.RETIRED:
        return translate("TrailLife", "Retired: hidden on the map and left out of the public "
                                      "status page and the bulletin; its reports are kept.")
    return translate("TrailLife", "Not open yet: drawn dashed on the map and left out of "
                                  "the public status page and the bulletin until it opens.")
