"""The same file imported twice: which of its lines are already trails (or a stråk's route),
and which reference layer already has the name asked for.

A line is already there when it carries the uid of a stored trail (the program's own GeoJSON
and GeoPackage exports do), or when every point lies within TOLERANCE_M of the stored line
(GeoJSON and GPX keep 7 decimals of a degree, about a centimetre). Nothing is duplicated
silently: without a choice the import stops and says how many lines are there already;
"replace" updates those trails from the file (only what differs, so a re-import of an
unchanged export writes nothing) and adds the rest; "add" adds every line as a new trail.
A stråk's route found in the file is left to its stråk on "replace".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from destination_norberg.app.errors import AppError
from destination_norberg.app.logs import logged

EXISTING = ("replace", "add")
TOLERANCE_M = 1.0
_HAUSDORFF_MAX_PAIRS = 4_000_000  # points × points compared at most, beyond that: not same
LINES = ("LineString", "MultiLineString")


@dataclass(frozen=True)
class Match:
    """Feature number `index` of the layer is the stored line `line` (store StoredLine)."""

    index: int
    line: Any
    same_geometry: bool


class ExistingError(AppError):
    """Lines of the file (or the layer's name) are already in the database and the user has
    not said whether to replace or add: nothing was written."""

    def __init__(self, message: str, matches: Sequence[Match] = (), layer: str = "") -> None:
        super().__init__(message)
        self.matches = list(matches)
        self.layer = layer


@dataclass
class TrailsWritten:
    created: list[int] = field(default_factory=list)
    replaced: int = 0
    unchanged: int = 0
    routes: int = 0  # lines that are a stråk's route, left to the stråk
    skipped: dict[str, int] = field(default_factory=dict)


def same_line(a: Any, b: Any, tolerance: float = TOLERANCE_M) -> bool:
    """True when two shapely lines run through the same points within `tolerance` metres."""
    import numpy as np
    import shapely

    ba, bb = np.asarray(shapely.bounds(a)), np.asarray(shapely.bounds(b))
    if not np.all(np.abs(ba - bb) <= tolerance):
        return False
    ca, cb = shapely.get_coordinates(a), shapely.get_coordinates(b)
    if ca.shape == cb.shape:
        return bool(np.max(np.abs(ca - cb), initial=0.0) <= tolerance)
    if len(ca) * len(cb) > _HAUSDORFF_MAX_PAIRS:
        return False
    return bool(shapely.hausdorff_distance(a, b) <= tolerance)


def find_existing(engine: Any, features: Sequence[Any]) -> list[Match]:
    """The features that are lines already stored (trails first, then stråk routes)."""
    import shapely

    from destination_norberg.store.geodata_store import existing_lines

    stored = existing_lines(engine)
    if not stored:
        return []
    geoms = shapely.from_wkb([s.wkb for s in stored], on_invalid="ignore")
    tree = shapely.STRtree(geoms)
    by_uid = {s.uid: i for i, s in enumerate(stored) if s.kind == "trail"}
    found = []
    for index, feature in enumerate(features):
        if feature.geometry.kind not in LINES:
            continue
        mine = shapely.from_wkb(feature.geometry.to_wkb())
        uid = feature.attributes.get("uid")
        if isinstance(uid, str) and uid in by_uid:
            at = by_uid[uid]
            found.append(Match(index, stored[at], same_line(mine, geoms[at])))
            continue
        near = sorted(int(i) for i in tree.query(mine.envelope.buffer(TOLERANCE_M)))
        hit = next((i for i in near if geoms[i] is not None and same_line(mine, geoms[i])),
                   None)
        if hit is not None:
            found.append(Match(index, stored[hit], True))
    return found


def existing_message(file_name: str, matches: Sequence[Match], lines: int) -> str:
    """The CLI's sentence for lines already there (the window asks with its own words)."""
    trails = sum(m.line.kind == "trail" for m in matches)
    routes = len(matches) - trails
    what = []
    if trails:
        what.append(f"{trails} as trail(s) ({_names(m.line.name for m in matches)})")
    if routes:
        what.append(f"{routes} as a stråk's route")
    return (f"{file_name}: {len(matches)} of its {lines} line(s) are already in the database, "
            f"{' and '.join(what)}; nothing was imported. Run again with --existing replace "
            "(update those from the file, add the rest) or --existing add (add every line "
            "as a new trail)")


def _names(names: Any) -> str:
    listed = list(dict.fromkeys(names))
    return ", ".join(listed[:3]) + (" …" if len(listed) > 3 else "")


def trail_changes(match: Match, feature: Any, how: Any) -> dict[str, Any]:
    """What replacing the stored trail with the file's line changes: only values the file
    has and that differ (an empty name or grade in the file keeps the stored one)."""
    from destination_norberg.store.geodata_store import parse_grade

    line = match.line
    values: dict[str, Any] = {}
    name = feature.attributes.get(how.name_field) if how.name_field else None
    name = str(name).strip()[:120] if name not in (None, "") else \
        str(getattr(feature, "name", "") or "").strip()[:120]
    if name and name != line.name:
        values["name"] = name
    colour, imba, scale = parse_grade(
        feature.attributes.get(how.grade_field) if how.grade_field else None)
    for column, value, stored in (("grade_colour", colour, line.grade_colour),
                                  ("imba", imba, line.imba), ("mtb_scale", scale, line.mtb_scale)):
        if value is not None and value != stored:
            values[column] = value
    if not match.same_geometry:
        length = feature.length_m if feature.length_m is not None else feature.geometry.length()
        values["geom"] = feature.geometry.to_wkb()
        values["length_m"] = round(length, 1)
    return values


@logged("trail import")
def write_trails(engine: Any, features: Sequence[Any], how: Any, existing: str | None,
                 file_name: str) -> TrailsWritten:
    """Trails from the features, minding those already stored (see the module)."""
    from destination_norberg.store.geodata_store import import_trails

    if existing not in (None, *EXISTING):
        raise AppError(f"unknown choice {existing!r} for lines already there; choose replace "
                       "or add")
    matches = [] if existing == "add" else find_existing(engine, features)
    lines = sum(f.geometry.kind in LINES for f in features)
    if matches and existing is None:
        raise ExistingError(existing_message(file_name, matches, lines), matches)
    done = TrailsWritten()
    if not matches:
        result = import_trails(engine, features, how)
        done.created, done.skipped = result.created, result.skipped
        return done
    matched = {m.index for m in matches}
    updates = []
    for match in matches:
        if match.line.kind != "trail":
            done.routes += 1
            continue
        values = trail_changes(match, features[match.index], how)
        if values:
            updates.append((match.line.id, values))
        else:
            done.unchanged += 1
    done.replaced = len(updates)
    rest = [f for i, f in enumerate(features) if i not in matched]
    result = import_trails(engine, rest, how, updates=updates)
    done.created, done.skipped = result.created, result.skipped
    return done


def layer_conflict(engine: Any, name: str) -> tuple[int, str] | None:
    """(id, source file) of the reference layer already called `name`, or None."""
    from destination_norberg.store.geodata_store import layer_named

    return layer_named(engine, name)


def free_layer_name(engine: Any, name: str) -> str:
    """`name`, or "name (2)", "name (3)" … where a layer already has it."""
    from destination_norberg.store.geodata_store import layer_named

    candidate, n = name.strip(), 1
    while layer_named(engine, candidate) is not None:
        n += 1
        candidate = f"{name.strip()} ({n})"
    return candidate
