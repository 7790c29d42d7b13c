"""The window's database handle for the areas: reads go through app/, writes through an
engine opened lazily.

`PlanningSnapshot` lives in app.planning now; it is named here too because every events
module imports it from here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from destination_norberg.app.planning import PlanningSnapshot

__all__ = ["PlanningSnapshot", "PlanningStore"]


def __getattr__(name: str) -> Any:
    """PlanningSnapshot on first use: the window builds a PlanningStore before its first
    paint, and app.planning (with the rules it loads) is not needed for that."""
    if name == "PlanningSnapshot":
        from destination_norberg.app.planning import PlanningSnapshot

        return PlanningSnapshot
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class PlanningStore:
    """The window's database for the planning area: reads fast, writes through an engine."""

    def __init__(self, url: str, engine_getter: Callable[[], Any]) -> None:
        self.url = url
        self._engine_getter = engine_getter

    @property
    def engine(self) -> Any:
        return self._engine_getter()
