"""The business network area: organisations, people, contacts, GDPR."""

from __future__ import annotations

from typing import Any

from destination_norberg.gui.common.areas import AreaHost, AreaSpec, register


def _title() -> str:
    from destination_norberg.gui.common.labels import area_name

    return area_name("network")


def _build(host: AreaHost, parent: Any) -> Any:
    from destination_norberg.gui.network.page import NetworkPage

    page = NetworkPage(host.planning, host.runner, host.undo_stack, host.clock, parent)
    page.changed.connect(host.refresh)
    page.show_on_map.connect(lambda org_id: host.open_area("map").show_organisation(org_id))
    return page


def _finish_view(page: Any, view: str) -> None:
    """A screenshot shows a page with its detail, not an empty panel; the e-mail views a
    dialog over it (gui.network.mail_shots)."""
    page.select_most_urgent()
    page.load_blocking()
    if view in ("mail-composer", "mail-history"):
        from destination_norberg.gui.network import mail_shots

        (mail_shots.show_composer if view == "mail-composer" else mail_shots.show_history)(page)


register(AreaSpec("network", 40, _title, _build, icon=":/icons/network.svg",
                  views=("network", "mail-composer", "mail-history"),
                  finish_view=_finish_view, attribute="network_page",
                  modules=("destination_norberg.gui.network.page",)))
