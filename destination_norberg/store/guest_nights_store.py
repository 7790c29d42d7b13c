"""Guest nights in the database: an import replaces the months it carries, the report reads.

An import is one write unit. The statistics are revised (preliminary monthly figures become
final ones in April), so a month imported again is the newer word on that month: every
count the database held for that region and month goes, and the file's counts come in. No
month is ever counted twice, and a month the file does not carry is left as it was.
Portable SQL (SQLite and PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, and_, delete, insert, or_
from sqlalchemy.exc import SQLAlchemyError

from destination_norberg.core.guest_nights import NightsRow
from destination_norberg.store.database import DatabaseError, first_line, write_session
from destination_norberg.store.guest_nights_models import GuestNights

CHUNK = 5_000


@dataclass(frozen=True)
class ImportOutcome:
    counts: int  # rows written
    months: int  # (region, month) pairs written
    replaced: int  # rows an earlier import had for those months, now gone


def replace_months(engine: Engine, rows: Sequence[NightsRow], source: str,
                   now: datetime, months: Sequence[tuple[str, int, int]] | None = None,
                   ) -> ImportOutcome:
    """Store `rows`, replacing whatever was stored for each (region, year, month) in them
    (or in `months`, when given: an undo puts back fewer months than the import wrote)."""
    table = GuestNights.__table__
    months = sorted(set(months) if months is not None else
                    {(r.region, r.year, r.month) for r in rows})
    try:
        with write_session(engine) as session:
            replaced = 0
            for start in range(0, len(months), 200):
                part = months[start:start + 200]
                result = session.execute(delete(table).where(or_(*[
                    and_(table.c.region == region, table.c.year == year,
                         table.c.month == month) for region, year, month in part])))
                replaced += max(result.rowcount or 0, 0)  # type: ignore[attr-defined]
            values = [{"region": r.region[:80], "year": r.year, "month": r.month,
                       "accommodation": r.accommodation, "origin": r.origin[:40],
                       "nights": r.nights, "source": source[:200], "imported_at": now}
                      for r in rows]
            for start in range(0, len(values), CHUNK):
                session.execute(insert(table), values[start:start + CHUNK])
    except SQLAlchemyError as exc:
        raise DatabaseError(f"The guest nights could not be saved: {first_line(exc)}") \
            from exc
    return ImportOutcome(len(values), len(months), replaced)


_READ = ("SELECT region, year, month, accommodation, origin, nights FROM guest_nights "
         "WHERE year >= :first AND year <= :last ORDER BY region, year, month")


def nights_rows(source: Any, first_year: int, last_year: int) -> list[NightsRow]:
    """Every stored count of the years `first_year`…`last_year`, every region."""
    return [NightsRow(str(r[0]), int(r[1]), int(r[2]), str(r[3]), str(r[4]),
                      None if r[5] is None else int(r[5]))
            for r in source.rows(_READ, first=int(first_year), last=int(last_year))]


def rows_of_months(source: Any, months: Sequence[tuple[str, int, int]]) -> list[NightsRow]:
    """What is stored for those (region, year, month): an import's undo puts it back."""
    wanted = set(months)
    years = sorted({y for _r, y, _m in wanted})
    if not years:
        return []
    return [r for r in nights_rows(source, years[0], years[-1])
            if (r.region, r.year, r.month) in wanted]


def imported_years(source: Any) -> list[int]:
    """The years the database holds guest nights for."""
    return [int(r[0]) for r in source.rows(
        "SELECT DISTINCT year FROM guest_nights ORDER BY year")]
