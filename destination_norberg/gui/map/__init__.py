"""The map area: trail map and snow map in SWEREF 99 TM, layers, geodata in and out."""

from __future__ import annotations

from typing import Any

from destination_norberg.gui.common.areas import AreaHost, AreaSpec, register


def _title() -> str:
    from destination_norberg.gui.common.labels import area_name

    return area_name("map")


def _build(host: AreaHost, parent: Any) -> Any:
    """The map imports pyqtgraph and its layers: built when first opened."""
    from destination_norberg.gui.events import show_stop
    from destination_norberg.gui.map.page import MapPage
    from destination_norberg.gui.trails import show_trail

    page = MapPage(host.planning, host.runner, host.clock, lambda: host.stale_days, host.settings,
                   parent)
    page.undo_stack = host.undo_stack  # drawing and editing trails are undoable steps
    page.changed.connect(host.refresh)
    from destination_norberg.gui.map.zone_tools import install

    install(page, host.undo_stack)  # undo for imports, "Close an area…", drawing a zone
    page.open_trail.connect(
        lambda trail_id: show_trail(host.open_area("trails", read=False), trail_id))
    page.open_stop.connect(
        lambda strak_id, position: show_stop(host.open_area("events"), strak_id, position))
    page.open_organisation.connect(
        lambda org_id: host.open_area("network").select_organisation(org_id))
    return page


def _show_view(page: Any, view: str) -> None:
    page.set_view("map" if view in ("trailedit", "zoneclose") else view)


def _finish_view(page: Any, view: str) -> None:
    """`zoneclose`: the zone closure dialog over the map; `trailedit`: the line editor on a
    trail being built (the demo's planned MTB trail if the database has one, else the first
    trail), as a coordinator sees it mid-edit (issue 15)."""
    if view == "zoneclose":
        from destination_norberg.gui.map.zone_tools import screenshot_dialog

        screenshot_dialog(page)
        return
    if view != "trailedit" or page.data is None or not page.data.trails:
        return
    trails = sorted(page.data.trails, key=lambda t: (str(t.row.lifecycle) == "oppen", t.row.id))
    page.edit_line(trails[0].row.id)


register(AreaSpec("map", 30, _title, _build, icon=":/icons/map.svg",
                  views=("map", "snowmap", "zoneclose", "trailedit"), show_view=_show_view,
                  finish_view=_finish_view, attribute="map_page",
                  modules=("destination_norberg.gui.map.page",)))
