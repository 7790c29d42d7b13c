"""The trail register area: trails, their reports and attributes; with the snow area as
its second tab."""

from __future__ import annotations

from typing import Any

from destination_norberg.gui.common.areas import AreaHost, AreaSpec, register


def _title() -> str:
    from destination_norberg.gui.common.labels import area_name

    return area_name("trails")


def show_trail(area: Any, trail_id: int) -> None:
    """One trail, selected in the register tab."""
    area.show_tab("trails")
    area.trails.select_trail(trail_id)


def _build(host: AreaHost, parent: Any) -> Any:
    from destination_norberg.gui.trails.area import TrailsArea

    area = TrailsArea(host.planning, host.runner, host.undo_stack, host.clock,
                      lambda: host.stale_days, parent)
    area.changed.connect(host.refresh)
    area.trails.show_on_map.connect(
        lambda trail_id: host.open_area("map").show_trail(trail_id))
    area.trails.edit_on_map.connect(
        lambda trail_id: host.open_area("map").edit_line(trail_id))
    area.set_language(host.language)
    from destination_norberg.gui.trails.zone_dialog import add_close_area_button

    add_close_area_button(
        area.trails, draw=lambda carried: host.open_area("map").start_zone_drawing(carried))
    from destination_norberg.gui.trails.groomer_dialog import add_groomer_action

    add_groomer_action(area.trails)
    from destination_norberg.gui.trails.counters_dialog import add_counter_actions

    add_counter_actions(area.trails)
    archive = getattr(host, "archive", None)  # the Arkiv menu's publish, beside the tabs
    if archive is not None:
        area.add_corner_action(archive.publish_action)
    return area


def _finish_view(area: Any, view: str) -> None:
    """"counters": the demo's counted trail selected, its visitor chart read now;
    "groomer-preview" and "counters-import": the import's preview over the register."""
    if view == "counters":
        area.trails.visitors.show_counted_trail(area.trails)
    elif view in DIALOG_VIEWS:
        from destination_norberg.gui.trails.shots import show_dialog

        show_dialog(area, view)


DIALOG_VIEWS = ("groomer-preview", "counters-import")


register(AreaSpec("trails", 20, _title, _build, icon=":/icons/trails.svg",
                  views=("trails", "counters", *DIALOG_VIEWS, "snow", "gonogo", "snowlog"),
                  show_view=lambda area, view: area.show_tab(
                      "trails" if view == "counters" or view in DIALOG_VIEWS else view),
                  finish_view=_finish_view, attribute="trails_area",
                  modules=("destination_norberg.gui.trails.area",
                           "destination_norberg.gui.trails.page",
                           "destination_norberg.gui.snow.page")))
