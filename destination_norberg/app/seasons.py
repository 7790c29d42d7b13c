"""Seasons: list them with what they hold, create, rename, set the period, archive, delete.

The window's season dialog and the `season` commands call these. A season's name is unique
(case and spaces aside), its period starts on or before it ends, its kind is vinter or
sommar. An archived season keeps everything but is left out of the pickers and the default
filters. A season is deleted only when it holds no events and no stråk: the refusal says
how many it holds (store.seasons_store.SeasonInUseError).

Each write is one unit through store.seasons_store, taking and returning plain values
(`dict`s with the keys of `SEASON_KEYS`, plus id and version once saved), so that the
window's one row-edit undo command (gui.common.undo.RowEditCommand) can undo it.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from destination_norberg.app.errors import AppError
from destination_norberg.core.vocab import SeasonKind

SEASON_KEYS = ("uid", "name", "kind", "starts_on", "ends_on", "archived")
MAX_NAME = 80


@dataclass(frozen=True)
class SeasonInfo:
    """A season as a list shows it: with the number of events and stråk it holds."""

    id: int
    uid: str
    version: int
    name: str
    kind: str
    starts_on: date
    ends_on: date
    archived: bool
    events: int
    strak: int

    def values(self) -> dict[str, Any]:
        """The season's content, as the writes take it."""
        return {"uid": self.uid, "name": self.name, "kind": self.kind,
                "starts_on": self.starts_on, "ends_on": self.ends_on,
                "archived": self.archived, "id": self.id, "version": self.version}


# --- pure rules ---------------------------------------------------------------------------

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:([/–-])(\d{2}))?(?!\d)")


def shift_name(name: str, years: int = 1) -> str:
    """"Vinter 2026/27" → "Vinter 2027/28", "Sommar 2027" → "Sommar 2028"; a name without a
    year gets the new year added ("Vinter" → "Vinter 2028" is the caller's: see next_name)."""

    def swap(match: re.Match[str]) -> str:
        first = int(match[1]) + years
        if match[3] is not None:
            return f"{first}{match[2]}{(int(match[3]) + years) % 100:02d}"
        return str(first)

    return _YEAR.sub(swap, name)


def shift_date(day: date, years: int = 1) -> date:
    """The same calendar day `years` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def whole_weeks(days: int) -> int:
    """The whole number of weeks nearest to `days`, in days: a period moved by it keeps its
    weekdays (a year later: 364 days, Friday stays Friday)."""
    return round(days / 7) * 7


def next_name(name: str, ends_on: date, years: int = 1) -> str:
    shifted = shift_name(name, years)
    return shifted if shifted != name else f"{name} {ends_on.year + years}"


def problem(name: str, kind: str, starts_on: date, ends_on: date,
            others: list[SeasonInfo], uid: str | None = None) -> str | None:
    """What keeps a season from being saved, in English (the window words its own)."""
    clean = " ".join(name.split())
    if not clean:
        return "a season needs a name"
    if len(clean) > MAX_NAME:
        return f"a season's name is at most {MAX_NAME} characters"
    if kind not in {k.value for k in SeasonKind}:
        return f"the kind of season is vinter or sommar, not {kind!r}"
    if ends_on < starts_on:
        return "the season ends before it starts"
    if taken(clean, others, uid):
        return f'there is already a season called "{clean}"'
    return None


def taken(name: str, others: list[SeasonInfo], uid: str | None = None) -> bool:
    key = " ".join(name.casefold().split())
    return any(" ".join(s.name.casefold().split()) == key and s.uid != uid for s in others)


def named(seasons: list[SeasonInfo], name: str) -> SeasonInfo:
    """The season called `name` (case aside); AppError naming the seasons there are."""
    key = " ".join(name.casefold().split())
    found = next((s for s in seasons if " ".join(s.name.casefold().split()) == key), None)
    if found is None:
        known = ", ".join(f'"{s.name}"' for s in seasons) or "none"
        raise AppError(f'there is no season "{name}" (seasons: {known})')
    return found


def new_values(name: str, kind: str, starts_on: date, ends_on: date) -> dict[str, Any]:
    return {"uid": uuid.uuid4().hex, "name": " ".join(name.split()), "kind": kind,
            "starts_on": starts_on, "ends_on": ends_on, "archived": False}


def next_season_values(source: SeasonInfo | None, name: str | None, years: int,
                       fallback_kind: str, fallback_start: date) -> dict[str, Any]:
    """The season after `source`, `years` on: its name shifted (or `name`), its period moved
    by whole years; without a source, a winter season around `fallback_start`."""
    if source is not None:
        return new_values(name or next_name(source.name, source.ends_on, years), source.kind,
                          shift_date(source.starts_on, years), shift_date(source.ends_on, years))
    start = date(fallback_start.year - 1, 11, 1) if fallback_kind == "vinter" else date(
        fallback_start.year, 5, 1)
    end = date(start.year + 1, 4, 30) if fallback_kind == "vinter" else date(start.year, 9, 30)
    default = (f"Vinter {start.year}/{(start.year + 1) % 100:02d}"
               if fallback_kind == "vinter" else f"Sommar {start.year}")
    return new_values(name or default, fallback_kind, start, end)


# --- reads and writes ---------------------------------------------------------------------

def _info(values: dict[str, Any]) -> SeasonInfo:
    return SeasonInfo(**{k: values[k] for k in SeasonInfo.__dataclass_fields__})


def season_list_from(source: Any) -> list[SeasonInfo]:
    from destination_norberg.store.planning_read import season_list

    return [_info(v) for v in season_list(source)]


def list_seasons(url: str) -> list[SeasonInfo]:
    """Every season, archived ones too, with what each holds."""
    from destination_norberg.store.reading import read_with

    return read_with(url, season_list_from)


def list_seasons_at(engine: Any) -> list[SeasonInfo]:
    from destination_norberg.store.rows import EngineRows

    return season_list_from(EngineRows(engine))


def insert_season(engine: Any, values: dict[str, Any]) -> dict[str, Any]:
    from destination_norberg.store.seasons_store import insert_season as insert

    result: dict[str, Any] = insert(engine, values)
    return result


def update_season(engine: Any, expected: dict[str, Any],
                  new: dict[str, Any]) -> dict[str, Any]:
    from destination_norberg.store.seasons_store import update_season as update

    result: dict[str, Any] = update(engine, expected, new)
    return result


def delete_season(engine: Any, expected: dict[str, Any]) -> None:
    """Remove an empty season; the store's SeasonInUseError (a DatabaseError, so an undo
    step that meets it is told and dropped) says how many events and stråk it holds."""
    from destination_norberg.store.seasons_store import delete_season as delete

    delete(engine, expected)


def _checked(engine: Any, name: str, kind: str, starts_on: date, ends_on: date,
             uid: str | None = None) -> None:
    why = problem(name, kind, starts_on, ends_on, list_seasons_at(engine), uid)
    if why:
        raise AppError(why)


def create_season(engine: Any, name: str, kind: str, starts_on: date,
                  ends_on: date) -> dict[str, Any]:
    """A new season after the checks of `problem`; the values as saved."""
    _checked(engine, name, kind, starts_on, ends_on)
    return insert_season(engine, new_values(name, kind, starts_on, ends_on))


def change_season(engine: Any, name: str, *, new_name: str | None = None,
                  starts_on: date | None = None, ends_on: date | None = None,
                  kind: str | None = None, archived: bool | None = None
                  ) -> tuple[dict[str, Any], dict[str, Any]]:
    """Rename, move, re-kind or (un)archive the season `name`: (before, after)."""
    season = named(list_seasons_at(engine), name)
    before = season.values()
    after = {**before,
             "name": " ".join(new_name.split()) if new_name is not None else season.name,
             "starts_on": starts_on or season.starts_on, "ends_on": ends_on or season.ends_on,
             "kind": kind or season.kind,
             "archived": season.archived if archived is None else archived}
    _checked(engine, after["name"], after["kind"], after["starts_on"], after["ends_on"],
             season.uid)
    return before, update_season(engine, before, after)


def default_period(kind: str, today: date) -> tuple[date, date]:
    """A new season's period: the next winter (1 Nov – 30 Apr) or summer (1 May – 30 Sep)."""
    if kind == SeasonKind.SUMMER.value:
        year = today.year if today.month < 10 else today.year + 1
        return date(year, 5, 1), date(year, 9, 30)
    year = today.year if today.month >= 5 else today.year - 1
    start = date(year, 11, 1)
    return start, date(year + 1, 4, 30) - timedelta(days=0)


__all__ = ["MAX_NAME", "SEASON_KEYS", "SeasonInfo", "change_season",
           "create_season", "default_period", "delete_season", "insert_season",
           "list_seasons", "list_seasons_at", "named", "new_values", "next_name",
           "next_season_values", "problem", "season_list_from", "shift_date", "shift_name",
           "taken", "update_season", "whole_weeks"]
