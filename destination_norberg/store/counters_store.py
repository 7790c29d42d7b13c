"""Trail counters in the database: an import replaces its counters' span, the pages read.

An import is one write unit. For each counter in the file, every count stored between the
file's first and last interval of that counter goes and the file's counts come in, so a
file imported twice (or a longer export that overlaps an earlier one) never counts an
interval twice, and counts outside the file's span are kept. Portable SQL (SQLite and
PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, and_, delete, func, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from destination_norberg.core.trail_counts import CountRow
from destination_norberg.store.database import DatabaseError, first_line, write_session
from destination_norberg.store.models_counters import TrailCount, TrailCounter
from destination_norberg.store.rows import as_utc

CHUNK = 5_000


@dataclass(frozen=True)
class CountsOutcome:
    counts: int  # rows written
    replaced: int  # rows an earlier import had in the same spans, now gone
    new_counters: list[str]


@dataclass(frozen=True)
class CounterRow:
    id: int
    code: str
    name: str
    trail_id: int | None


def trail_ids(engine: Engine) -> set[int]:
    with engine.connect() as conn:
        return set(conn.execute(select(func.distinct(_trail_id_column()))).scalars())


def _trail_id_column() -> Any:
    from destination_norberg.store.models import Trail

    return Trail.__table__.c.id


def replace_counts(engine: Engine, rows: Sequence[CountRow], names: Mapping[str, str],
                   ties: Mapping[str, int | None]) -> CountsOutcome:
    """Store `rows`, replacing each counter's stored counts within the span the file covers;
    a counter the database does not know is added (named from `names`); `ties` sets a
    counter's trail (a counter not in `ties` keeps the trail it had)."""
    counters, counts = TrailCounter.__table__, TrailCount.__table__
    spans: dict[str, tuple[datetime, datetime]] = {}
    for r in rows:
        first, last = spans.get(r.counter, (r.at, r.at))
        spans[r.counter] = (min(first, r.at), max(last, r.at))
    try:
        with write_session(engine) as session:
            known = {code: cid for cid, code in session.execute(
                select(counters.c.id, counters.c.code))}
            new = sorted(set(spans) - known.keys())
            for code in new:
                known[code] = session.execute(insert(counters).values(
                    code=code, name=names.get(code, ""), trail_id=ties.get(code)
                ).returning(counters.c.id)).scalar_one()
            for code, trail in ties.items():
                if code in known and code not in new:
                    session.execute(update(counters).where(counters.c.id == known[code])
                                    .values(trail_id=trail))
            replaced = 0
            for code, (first, last) in spans.items():
                result = session.execute(delete(counts).where(and_(
                    counts.c.counter_id == known[code], counts.c.at >= first,
                    counts.c.at <= last)))
                replaced += max(result.rowcount or 0, 0)  # type: ignore[attr-defined]
            values = [{"counter_id": known[r.counter], "at": r.at, "direction": r.direction,
                       "count": r.count} for r in rows]
            for start in range(0, len(values), CHUNK):
                session.execute(insert(counts), values[start:start + CHUNK])
    except SQLAlchemyError as exc:
        raise DatabaseError(f"The counts could not be saved: {first_line(exc)}") from exc
    return CountsOutcome(len(values), replaced, new)


def counter_rows(engine: Engine) -> list[CounterRow]:
    t = TrailCounter.__table__
    with engine.connect() as conn:
        return [CounterRow(int(r[0]), str(r[1]), str(r[2]), r[3]) for r in conn.execute(
            select(t.c.id, t.c.code, t.c.name, t.c.trail_id).order_by(t.c.code))]


_COUNTS = """
SELECT c.trail_id, t.name, n.at, n.count FROM trail_count n
JOIN trail_counter c ON c.id = n.counter_id JOIN trail t ON t.id = c.trail_id
WHERE n.at >= :first AND n.at < :last
"""


def trail_counts(source: Any, trail_id: int | None, first: datetime,
                 last: datetime) -> list[tuple[int, str, datetime, int]]:
    """(trail id, trail name, interval start UTC, count) of the counters tied to `trail_id`
    (every tied counter when None), both directions, `first` <= start < `last`. `source`
    is a RowSource (store.rows): the engine's, or the fast SQLite reader's."""
    sql = _COUNTS + (" AND c.trail_id = :trail" if trail_id is not None else "")
    params: dict[str, Any] = {"first": first, "last": last}
    if trail_id is not None:
        params["trail"] = int(trail_id)
    out = []
    for tid, name, at, n in source.rows(sql, **params):
        stamp = as_utc(at)
        if stamp is not None:
            out.append((int(tid), str(name), stamp, int(n)))
    return out


def count_rows(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(TrailCount.__table__))
                   .scalar_one())
