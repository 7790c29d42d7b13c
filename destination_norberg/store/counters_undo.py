"""Undo and redo of a trail-counter import, and a counter's tie to a trail changed later.

Before an import (store.counters_store.replace_counts) the window takes a `CountsSnapshot`:
each of the file's counters as it was (known or not, its trail) and every count it held in
the span the file covers, which is exactly what the import replaces. Undo puts that back in
one unit: the file's counts in those spans go, the counts the import replaced come back, the
ties are as they were and the counters the import added are removed. Redo is the import
again (replace_counts). Portable SQL (SQLite and PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, and_, delete, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from destination_norberg.core.vocab import TrailLifecycle
from destination_norberg.store.database import DatabaseError, first_line, write_session
from destination_norberg.store.models_counters import TrailCount, TrailCounter
from destination_norberg.store.rows import as_utc
from destination_norberg.store.versioned import ConflictError

Spans = Mapping[str, tuple[datetime, datetime]]


@dataclass(frozen=True)
class CountsSnapshot:
    """What the file's counters held before an import, in the spans the file covers."""

    spans: dict[str, tuple[datetime, datetime]]
    ties: dict[str, int | None]  # known counters' trails before; a code missing was new
    counts: list[tuple[str, datetime, str, int]] = field(default_factory=list)


def snapshot(engine: Engine, spans: Spans) -> CountsSnapshot:
    """The file's counters and their counts in `spans`, as stored now."""
    counters, counts = TrailCounter.__table__, TrailCount.__table__
    with engine.connect() as conn:
        known = {str(code): (int(cid), tid) for cid, code, tid in conn.execute(
            select(counters.c.id, counters.c.code, counters.c.trail_id)
            .where(counters.c.code.in_(list(spans))))}
        held: list[tuple[str, datetime, str, int]] = []
        for code, (cid, _tid) in known.items():
            first, last = spans[code]
            for at, direction, n in conn.execute(
                    select(counts.c.at, counts.c.direction, counts.c.count).where(and_(
                        counts.c.counter_id == cid, counts.c.at >= first,
                        counts.c.at <= last))):
                stamp = as_utc(at)
                if stamp is not None:
                    held.append((code, stamp, str(direction or ""), int(n)))
    return CountsSnapshot(dict(spans), {c: t for c, (_i, t) in known.items()}, held)


def restore(engine: Engine, before: CountsSnapshot) -> None:
    """Undo an import taken after `before`: one unit, ConflictError when a counter the
    import added or used is gone meanwhile."""
    counters, counts = TrailCounter.__table__, TrailCount.__table__
    try:
        with write_session(engine) as session:
            ids = {str(code): int(cid) for cid, code in session.execute(
                select(counters.c.id, counters.c.code)
                .where(counters.c.code.in_(list(before.spans))))}
            if set(ids) != set(before.spans):
                raise ConflictError("A counter of this import was removed meanwhile; the "
                                    "import cannot be undone.")
            for code, (first, last) in before.spans.items():
                session.execute(delete(counts).where(and_(
                    counts.c.counter_id == ids[code], counts.c.at >= first,
                    counts.c.at <= last)))
            new = [ids[code] for code in before.spans if code not in before.ties]
            if new:
                session.execute(delete(counts).where(counts.c.counter_id.in_(new)))
                session.execute(delete(counters).where(counters.c.id.in_(new)))
            for code, trail in before.ties.items():
                session.execute(update(counters).where(counters.c.id == ids[code])
                                .values(trail_id=_existing_trail(session, trail)))
            values = [{"counter_id": ids[code], "at": at, "direction": direction,
                       "count": n} for code, at, direction, n in before.counts]
            if values:
                session.execute(insert(counts), values)
    except SQLAlchemyError as exc:
        raise DatabaseError(f"The counts could not be put back: {first_line(exc)}") from exc


def _existing_trail(session: Any, trail: int | None) -> int | None:
    """`trail` when it still exists (a trail deleted meanwhile leaves the counter untied, as
    its foreign key's ON DELETE SET NULL would have)."""
    if trail is None:
        return None
    from destination_norberg.store.models import Trail

    t = Trail.__table__
    return trail if session.execute(select(t.c.id).where(t.c.id == trail)).first() else None


def set_trails(engine: Engine, changes: Sequence[tuple[str, int | None, int | None]]) -> None:
    """(code, expected, trail) each: tie counter `code` to `trail` (None: untie) when it is
    still tied to `expected`, all in one unit; ConflictError when a counter is gone or
    another coordinator tied it elsewhere meanwhile (nothing written)."""
    counters = TrailCounter.__table__
    try:
        with write_session(engine) as session:
            for code, expected, trail in changes:
                row = session.execute(select(counters.c.id, counters.c.trail_id)
                                      .where(counters.c.code == code)).first()
                if row is None:
                    raise ConflictError(f"The counter {code} was removed meanwhile.")
                if row[1] != expected:
                    raise ConflictError(f"The counter {code} was tied to another trail "
                                        "meanwhile; nothing was changed.")
                if trail is not None and _existing_trail(session, trail) is None:
                    raise ConflictError("That trail was removed meanwhile; nothing was "
                                        "changed.")
                session.execute(update(counters).where(counters.c.id == row[0])
                                .values(trail_id=trail))
    except SQLAlchemyError as exc:
        raise DatabaseError(f"The counters could not be saved: {first_line(exc)}") from exc


_LAST = """
SELECT c.id, c.code, c.name, c.trail_id, t.name,
       (SELECT MAX(y.at) FROM trail_count y WHERE y.counter_id = c.id)
FROM trail_counter c LEFT JOIN trail t ON t.id = c.trail_id ORDER BY c.code
"""
_DAY = """
SELECT SUM(n.count) FROM trail_count n
WHERE n.counter_id = :counter AND n.at > :first AND n.at <= :last
"""


def counters_known(source: Any) -> list[tuple[str, str, int | None, str | None,
                                              datetime | None, int | None]]:
    """(code, name, trail id, trail name, last interval's start UTC, the passages of the
    24 hours up to it, both directions) of every counter, by code. `source` is a RowSource
    (store.rows)."""
    out = []
    for cid, code, name, tid, tname, at in source.rows(_LAST):
        last = as_utc(at)
        total = None
        if last is not None:
            (day,), = source.rows(_DAY, counter=int(cid), first=last - timedelta(hours=24),
                                  last=last)
            total = int(day or 0)
        out.append((str(code), str(name or ""), None if tid is None else int(tid),
                    None if tname is None else str(tname), last, total))
    return out


_TRAILS = "SELECT id, name, lifecycle FROM trail ORDER BY name, id"


def trail_choices(source: Any) -> list[tuple[int, str, bool]]:
    """(id, name, retired) of every trail, by name: what a counter can be tied to."""
    return [(int(tid), str(name), (lifecycle or "") == TrailLifecycle.RETIRED.value)
            for tid, name, lifecycle in source.rows(_TRAILS)]
