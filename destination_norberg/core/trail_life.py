"""A trail's life (planned, under construction, open, retired) and what the public sees of it.

One rule for every public view: the status page, its feeds, the bulletin and the command
line's public listing all take `public_trails`. Only an open trail is shown to visitors: a
planned trail or one under construction is left out until it opens (it must never read as
"open"), and a retired trail is gone. The window's register and map show every state to the
coordinator; the register hides retired trails unless asked (`register_visible`).

A trail can be deleted only when nothing refers to it (`TrailReferences`); otherwise it is
retired, which keeps its reports, its place in old snow targets and race courses.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from destination_norberg.core.vocab import TrailLifecycle

#: The words `trail state` accepts for each state (the first is the one the help shows).
_WORDS: dict[TrailLifecycle, tuple[str, ...]] = {
    TrailLifecycle.PLANNED: ("planerad", "planned"),
    TrailLifecycle.BUILDING: ("under-byggnad", "under_byggnad", "under byggnad",
                              "building", "under-construction", "under construction"),
    TrailLifecycle.OPEN: ("oppen", "öppen", "open"),
    TrailLifecycle.RETIRED: ("nedlagd", "retired"),
}
#: What a new trail drawn on the map starts as.
NEW_TRAIL_LIFECYCLE = TrailLifecycle.PLANNED


class LifecycleError(ValueError):
    """A word that names no lifecycle state (one sentence)."""


class _HasLifecycle(Protocol):
    @property
    def lifecycle(self) -> TrailLifecycle: ...


T = TypeVar("T", bound=_HasLifecycle)


def shown_to_public(lifecycle: TrailLifecycle | str) -> bool:
    """Whether visitors see the trail at all: only an open trail is."""
    return TrailLifecycle(lifecycle) is TrailLifecycle.OPEN


def public_trails(rows: Iterable[T]) -> list[T]:
    """The trails the public sees (status page, feeds, bulletin), in the order given."""
    return [r for r in rows if shown_to_public(r.lifecycle)]


def register_visible(lifecycle: TrailLifecycle | str, show_retired: bool) -> bool:
    """The register's default leaves retired trails out."""
    return show_retired or TrailLifecycle(lifecycle) is not TrailLifecycle.RETIRED


def drawn_dashed(lifecycle: TrailLifecycle | str) -> bool:
    """On the coordinator's map: a trail not yet open is drawn dashed."""
    return TrailLifecycle(lifecycle) in (TrailLifecycle.PLANNED, TrailLifecycle.BUILDING)


def parse_lifecycle(word: str) -> TrailLifecycle:
    """The state `word` names (Swedish code, with or without the dash, or English)."""
    folded = " ".join(word.strip().casefold().split())
    for state, words in _WORDS.items():
        if folded in words or folded == state.value:
            return state
    choices = ", ".join(words[0] for words in _WORDS.values())
    raise LifecycleError(f"“{word}” is not a trail state; use one of {choices}.")


def cli_word(lifecycle: TrailLifecycle | str) -> str:
    """The state as `trail state` spells it (planerad, under-byggnad, oppen, nedlagd)."""
    return _WORDS[TrailLifecycle(lifecycle)][0]


@dataclass(frozen=True, slots=True)
class TrailReferences:
    """What refers to a trail and keeps it from being deleted."""

    reports: int = 0
    race_courses: int = 0
    snow_targets: int = 0

    @property
    def any(self) -> bool:
        return bool(self.reports or self.race_courses or self.snow_targets)

    def parts(self) -> list[tuple[str, int]]:
        """(what, how many) of each kind that refers to it: "reports", "race_courses",
        "snow_targets" (a front end words them in its language)."""
        return [(k, n) for k, n in (("reports", self.reports),
                                    ("race_courses", self.race_courses),
                                    ("snow_targets", self.snow_targets)) if n]


def delete_refusal(name: str, refs: TrailReferences) -> str | None:
    """Why the trail cannot be deleted, in one English sentence; None when it can be."""
    if not refs.any:
        return None
    words = {"reports": "report(s)", "race_courses": "race course(s)",
             "snow_targets": "snow-guarantee target(s)"}
    listed = ", ".join(f"{n} {words[k]}" for k, n in refs.parts())
    return (f"“{name}” cannot be deleted: {listed} refer to it. Retire it instead "
            f"(state nedlagd): it leaves the public pages and keeps its history.")
