"""The overview area: the coordinator's first screen."""

from __future__ import annotations

from typing import Any

from destination_norberg.gui.common.areas import AreaHost, AreaSpec, register


def _title() -> str:
    from destination_norberg.gui.common.labels import area_name

    return area_name("overview")


def _build(host: AreaHost, parent: Any) -> Any:
    """Built with the window (it is the first screen) and read by the window itself."""
    from destination_norberg.gui.overview.page import OverviewPage

    page = OverviewPage(parent)
    page.open_area.connect(host.select_area)
    return page


register(AreaSpec("overview", 0, _title, _build, icon=":/icons/overview.svg",
                  views=("overview",), lazy=False))
