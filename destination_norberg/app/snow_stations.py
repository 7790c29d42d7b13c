"""Which station each snow target uses, per need: the nearest with enough data unless a
coordinator chose another (core.snow_stations). The choice is the destination's, stored as
`snow.station.<target uid>.<need>` in `destination_setting`; an empty value is the default.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from destination_norberg.core.snow_stations import (
    NEEDS,
    SNOW_DEPTH,
    TEMPERATURE,
    StationChoice,
    StationSummary,
    choose,
)

NEED_OPTIONS = {"temperature": TEMPERATURE, "snow-depth": SNOW_DEPTH}
NEAREST = "nearest"


def setting_key(target_uid: str, need: str) -> str:
    return f"snow.station.{target_uid}.{need}"


@dataclass(frozen=True, slots=True)
class TargetRef:
    target_id: int
    uid: str
    name: str


def target_refs(source: Any) -> list[TargetRef]:
    return [TargetRef(int(i), str(u), str(n)) for i, u, n in source.rows(
        "SELECT id, uid, name FROM snow_target ORDER BY deadline, id")]


def stations(source: Any) -> list[StationSummary]:
    from destination_norberg.store.station_read import station_summaries

    return station_summaries(source)


def station_choices(source: Any, known: list[StationSummary] | None = None,
                    ) -> dict[int, dict[str, StationChoice]]:
    """target id → need → the station it uses."""
    from destination_norberg.store.settings_repo import read_setting

    listed = stations(source) if known is None else known
    out: dict[int, dict[str, StationChoice]] = {}
    for ref in target_refs(source):
        out[ref.target_id] = {
            need: choose(listed, need, read_setting(source, setting_key(ref.uid, need)) or None)
            for need in NEEDS}
    return out


def most_used(choices: Iterable[StationChoice]) -> StationSummary | None:
    """The station most targets use for a need (the first by order on a tie)."""
    found = [c.station for c in choices if c.station is not None]
    if not found:
        return None
    counts = Counter(s.key for s in found)
    top = max(counts.values())
    return next(s for s in found if counts[s.key] == top)


def find_target(source: Any, text: str) -> TargetRef:
    """A target by uid, id or name (case-insensitive); ValueError names the known ones."""
    refs = target_refs(source)
    wanted = text.strip().casefold()
    for ref in refs:
        if wanted in (ref.uid.casefold(), str(ref.target_id), ref.name.casefold()):
            return ref
    raise ValueError(f"no snow target {text!r}; the targets are: "
                     + "; ".join(f"{r.uid} ({r.name})" for r in refs))


def check_station(source: Any, need: str, key: str | None) -> str | None:
    """`key` when it has readings for `need`; None (the nearest) for None or "nearest"."""
    if key is None or key.strip().casefold() == NEAREST:
        return None
    listed = stations(source)
    for s in listed:
        if s.key == key.strip() and need in s.records:
            return s.key
    have = [s.key for s in listed if need in s.records]
    what = "temperature" if need == TEMPERATURE else "snow-depth"
    raise ValueError(f"no station {key!r} with {what} readings in the database"
                     + (f"; stations with them: {', '.join(have)}" if have else ""))


def set_target_stations(url: str, target: str, chosen: dict[str, str | None]) -> TargetRef:
    """Store a target's stations (need → station key, "nearest" or None for the default);
    every value is checked before anything is written."""
    from destination_norberg.app.settings import _engine_of
    from destination_norberg.store.reading import read_with
    from destination_norberg.store.settings_repo import write_setting

    def check(source: Any) -> tuple[TargetRef, dict[str, str | None]]:
        ref = find_target(source, target)
        return ref, {need: check_station(source, need, key) for need, key in chosen.items()}

    ref, keys = read_with(url, check)
    engine, owned = _engine_of(url)
    try:
        for need, key in keys.items():
            write_setting(engine, setting_key(ref.uid, need), key or "")
    finally:
        if owned:
            engine.dispose()
    return ref


def set_station_uids(engine: Any, chosen: dict[tuple[str, str], str | None]) -> None:
    """The settings dialog's save: (target uid, need) → station key or None (the nearest)."""
    from destination_norberg.store.settings_repo import write_setting

    for (uid, need), key in chosen.items():
        write_setting(engine, setting_key(uid, need), key or "")
