"""The packages area: the package builder, the export bundle, the status page."""

from __future__ import annotations

from typing import Any

from destination_norberg.gui.common.areas import AreaHost, AreaSpec, register


def _title() -> str:
    from destination_norberg.gui.common.labels import area_name

    return area_name("packages")


def _build(host: AreaHost, parent: Any) -> Any:
    from destination_norberg.gui.packages.page import PackagesPage

    page = PackagesPage(host.planning, host.runner, host.undo_stack, host.clock, parent)
    page.language = host.language
    page.changed.connect(host.refresh)
    return page


register(AreaSpec("packages", 50, _title, _build, icon=":/icons/packages.svg",
                  views=("packages",), attribute="packages_page",
                  modules=("destination_norberg.gui.packages.page",)))
