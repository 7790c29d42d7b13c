"""Trail counters in the window: a file's preview with each counter's tie, the import as one
undoable step, and a counter's trail changed later (issue 20).

`preview_counters` reads and checks the file (app.counters.read_file: a bad row refuses the
whole file, nothing written) and says, per counter in it, its counts, first and last
interval and the trail it is tied to now. `import_step` takes a snapshot of what the import
will replace (store.counters_undo) and imports with the ties the coordinator chose;
`undo_import` puts the snapshot back and `redo_import` imports again. The figures shown
afterwards are app.counters' (the trail page's chart, the board's report): one truth.

A counter left untied keeps its counts but is counted on no trail (no chart, not in the
board's report) until it is tied, in the import or later in the counters dialog.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from destination_norberg.app.logs import logged


@dataclass(frozen=True)
class CounterInFile:
    code: str
    name: str            # the name the file gives it, else the one stored
    intervals: int       # rows (interval and direction)
    total: int           # passages, both directions
    first: datetime
    last: datetime
    trail_id: int | None  # tied to now (None: untied or never seen)
    known: bool          # the database knows the counter


@dataclass(frozen=True)
class Trail:
    id: int
    name: str
    retired: bool


@dataclass(frozen=True)
class CountersPreview:
    file: str
    counters: list[CounterInFile]
    trails: list[Trail]
    rows: list[Any] = field(repr=False)       # core.trail_counts.CountRow
    names: dict[str, str] = field(repr=False)

    @property
    def intervals(self) -> int:
        return len(self.rows)


@dataclass(frozen=True)
class CountersStep:
    """An import done, with what undo needs to put back."""

    preview: CountersPreview
    ties: dict[str, int | None]
    before: Any  # store.counters_undo.CountsSnapshot
    counts: int
    replaced: int


@dataclass(frozen=True)
class KnownCounter:
    code: str
    name: str
    trail_id: int | None
    trail_name: str | None
    last_at: datetime | None  # the last interval counted
    last_count: int | None    # passages in the 24 hours up to it (both directions)


def _trails(source: Any) -> list[Trail]:
    from destination_norberg.store.counters_undo import trail_choices

    return [Trail(i, n, r) for i, n, r in trail_choices(source)]


def preview_file(source: Any, path: Path) -> CountersPreview:
    """The file read and checked, each counter with its tie in `source` now; raises
    app.counters.CountersImportError (worded) for a file that cannot be imported."""
    from destination_norberg.app.counters import read_file
    from destination_norberg.store.counters_undo import counters_known

    found = read_file(path)
    known = {c[0]: c for c in counters_known(source)}
    per: dict[str, list[Any]] = {}
    for r in found.rows:
        per.setdefault(r.counter, []).append(r)
    counters = []
    for code in found.counters:
        rows = per[code]
        stored = known.get(code)
        counters.append(CounterInFile(
            code, found.names.get(code) or (stored[1] if stored else ""), len(rows),
            sum(r.count for r in rows), min(r.at for r in rows), max(r.at for r in rows),
            stored[2] if stored else None, stored is not None))
    return CountersPreview(Path(path).name, counters, _trails(source), list(found.rows),
                           dict(found.names))


def read_preview(url: str, path: Path) -> CountersPreview:
    """Worker: `preview_file` on the database at `url`."""
    from destination_norberg.store.reading import read_with

    return read_with(url, lambda source: preview_file(source, Path(path)))


def _spans(preview: CountersPreview) -> dict[str, tuple[datetime, datetime]]:
    return {c.code: (c.first, c.last) for c in preview.counters}


def _count(step: CountersStep) -> str:
    return f"{step.counts} counts of {len(step.ties)} counter(s) from {step.preview.file}"


@logged("import counters (window)", _count)
def import_step(engine: Any, preview: CountersPreview,
                ties: Mapping[str, int | None]) -> CountersStep:
    """Import the previewed counts with `ties` (every counter of the file: a trail's id or
    None for untied) in one unit, after a snapshot of what they replace."""
    from destination_norberg.store.counters_store import replace_counts
    from destination_norberg.store.counters_undo import snapshot

    chosen = {c.code: ties.get(c.code) for c in preview.counters}
    before = snapshot(engine, _spans(preview))
    done = replace_counts(engine, preview.rows, preview.names, chosen)
    return CountersStep(preview, chosen, before, done.counts, done.replaced)


def undo_import(engine: Any, step: CountersStep) -> None:
    """Put back what the import replaced (counts, ties) and remove the counters it added."""
    from destination_norberg.store.counters_undo import restore

    restore(engine, step.before)


def redo_import(engine: Any, step: CountersStep) -> None:
    from destination_norberg.store.counters_store import replace_counts

    replace_counts(engine, step.preview.rows, step.preview.names, step.ties)


def known_counters(source: Any) -> tuple[list[KnownCounter], list[Trail]]:
    """Every counter the database knows, with its trail and its last interval's count, and
    the trails it can be tied to."""
    from destination_norberg.store.counters_undo import counters_known

    return [KnownCounter(*row) for row in counters_known(source)], _trails(source)


def read_known_counters(url: str) -> tuple[list[KnownCounter], list[Trail]]:
    """Worker: `known_counters` on the database at `url`."""
    from destination_norberg.store.reading import read_with

    return read_with(url, known_counters)


def tie_counters(engine: Any, changes: Sequence[tuple[str, int | None, int | None]]) -> None:
    """(code, expected trail, new trail) each, in one unit: a counter tied to another trail
    (None: untied), checked to be still tied to the expected one (ConflictError otherwise;
    nothing written)."""
    from destination_norberg.store.counters_undo import set_trails

    set_trails(engine, changes)
