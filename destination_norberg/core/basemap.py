"""How a stored reference layer is marked as part of the background map (the store writes
it, the map reads it): its `source` starts with BASEMAP_SOURCE, its name is BASEMAP_NAME and
the Lantmäteriet layer it holds ("basemap:vaglinje")."""

from __future__ import annotations

BASEMAP_SOURCE = "basemap:"
BASEMAP_NAME = "basemap:"


def is_basemap(source: str) -> bool:
    """A reference layer's `source` marks it as part of the background map."""
    return source.startswith(BASEMAP_SOURCE)


def basemap_kind(name: str) -> str:
    """The Lantmäteriet layer a stored basemap layer holds ("basemap:vaglinje" → "vaglinje")."""
    return name[len(BASEMAP_NAME):] if name.startswith(BASEMAP_NAME) else name
