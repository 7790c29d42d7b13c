"""What the business network area shows: the whole network, and one organisation in full."""

from __future__ import annotations

from destination_norberg.store.network_read import NetworkSnapshot, OrganisationDetail

__all__ = ["NetworkSnapshot", "OrganisationDetail", "read_network", "read_organisation"]


def read_network(url: str) -> NetworkSnapshot:
    """Worker: every organisation with what the table and its filters need."""
    from destination_norberg.store.network_read import network_snapshot
    from destination_norberg.store.rows import read_with

    return read_with(url, network_snapshot)


def read_organisation(url: str, org_id: int) -> OrganisationDetail | None:
    """Worker: one organisation with its people and conversations (None if removed)."""
    from destination_norberg.store.network_read import organisation_detail
    from destination_norberg.store.rows import read_with

    return read_with(url, lambda source: organisation_detail(source, org_id))
