"""Read and write the trail register: trails with their newest report, report history, reports.

Reads are portable SQL over a `RowSource` (store.rows), like the overview: the register lists
from the standard library's sqlite3 on a current SQLite file and through SQLAlchemy on anything
else, with the same SQL. Writes are one `write_session` each: a bulk update of several trails
is one unit, all trails or none. SQLAlchemy is imported only by the writes.

The newest report per trail is found with a correlated subquery per trail that walks the
(trail_id, reported_at) index backwards and stops at the first row: ~200 index probes rather
than overview_repo's GROUP BY over every report (200 trails with 50,000 reports: ~1 ms of SQL
against ~15 ms; bench/trail_statuses.py). Ties on one instant go to the latest row (highest
id), as in the overview.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from destination_norberg.core.trail_life import TrailReferences
from destination_norberg.core.trail_register import (
    ReportDraft,
    ReportRecord,
    TrailRecord,
    TrailRow,
    match_trail,
    register_rows,
)
from destination_norberg.core.trails import DEFAULT_STALE_DAYS
from destination_norberg.core.vocab import (
    Condition,
    GradeColour,
    GroomStyle,
    TrailKind,
    TrailLifecycle,
    TrailStatus,
)
from destination_norberg.store.rows import EngineRows, RowSource, as_utc

_REPORT_COLUMNS = ("id, trail_id, reported_at, status, condition, groomed_at, groom_style, "
                   "snow_depth_cm, author, note")

# Two correlated subqueries per trail: the newest report up to :now, and the newest one that
# carries a grooming (the time since the last grooming must not vanish because a later report
# said nothing about grooming). Each stops at the first index entry it needs. Only ski tracks
# are groomed; the CASE keeps the second subquery from running for other kinds (in a JOIN's ON
# clause SQLite would evaluate it for every trail, and walk all of an MTB trail's reports).
_REGISTER = f"""
SELECT t.id, t.uid, t.name, t.kind, t.grade_colour, t.imba, t.mtb_scale, t.mtb_scale_imba,
       t.area, t.length_m,
       {", ".join(f"r.{c.strip()}" for c in _REPORT_COLUMNS.split(","))},
       {", ".join(f"g.{c.strip()}" for c in _REPORT_COLUMNS.split(","))},
       t.lifecycle
FROM (
    SELECT tr.*,
           (SELECT x.id FROM trail_report x
            WHERE x.trail_id = tr.id AND x.reported_at <= :now
            ORDER BY x.reported_at DESC, x.id DESC
            LIMIT 1) AS newest_id,
           CASE WHEN tr.kind IN (:classic, :skate) THEN
               (SELECT y.id FROM trail_report y
                WHERE y.trail_id = tr.id AND y.reported_at <= :now
                      AND y.groomed_at IS NOT NULL
                ORDER BY y.reported_at DESC, y.id DESC
                LIMIT 1)
           END AS groomed_id
    FROM trail tr
) t
LEFT JOIN trail_report r ON r.id = t.newest_id
LEFT JOIN trail_report g ON g.id = t.groomed_id
"""

_HISTORY = f"""
SELECT {_REPORT_COLUMNS} FROM trail_report
WHERE trail_id = :trail
ORDER BY reported_at DESC, id DESC
LIMIT :limit
"""

_NAMES = "SELECT id, uid, name FROM trail"


def _as_source(source: Any) -> tuple[RowSource, bool]:
    """Accept a RowSource or a SQLAlchemy Engine; say whether we made (and must close) it."""
    if hasattr(source, "rows"):
        return source, False
    return EngineRows(source), True


def _utc(now: datetime) -> datetime:
    if now.tzinfo is None:
        raise ValueError("`now` must be an aware datetime (UTC)")
    return now.astimezone(UTC)


def _instant(rows: RowSource, value: datetime) -> datetime | str:
    """An instant as a bind parameter that compares correctly with the stored column.

    On SQLite the column holds text ('2026-11-26 08:00:00.000000', as SQLAlchemy's dialect
    writes it). A datetime bound through text() SQL reaches the driver as
    '2026-11-26 08:00:00+00:00', which sorts *before* a report stored at that very second, so
    it is given as the stored text; other databases compare real timestamps.
    """
    utc = _utc(value)
    if rows.backend == "sqlite":
        return utc.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    return utc


def _opt(enum: type, value: Any) -> Any:
    return None if value is None or value == "" else enum(value)


def _lifecycle(value: Any) -> TrailLifecycle:
    """A stored state; anything unknown (edited by hand) reads as open, the column's default."""
    try:
        return TrailLifecycle(value)
    except ValueError:
        return TrailLifecycle.OPEN


def _report(row: Sequence[Any]) -> ReportRecord:
    rid, tid, at, status, cond, groomed, style, depth, author, note = row
    return ReportRecord(
        id=rid, trail_id=tid, reported_at=as_utc(at), status=TrailStatus(status),
        condition=_opt(Condition, cond), groomed_at=as_utc(groomed),
        groom_style=_opt(GroomStyle, style),
        snow_depth_cm=None if depth is None else float(depth), author=author or "",
        note=note or "")


def register(source: Any, now: datetime,
             stale_days: int = DEFAULT_STALE_DAYS) -> list[TrailRow]:
    """Every trail with its newest report up to `now`, as register rows (Swedish name order).

    `source` is a RowSource (the sqlite3 fast path) or a SQLAlchemy Engine.
    """
    rows, owned = _as_source(source)
    try:
        found = rows.rows(_REGISTER, now=_instant(rows, now), classic=TrailKind.CLASSIC_SKI.value,
                          skate=TrailKind.SKATE_SKI.value)
    finally:
        if owned:
            rows.close()
    trails: list[TrailRecord] = []
    newest: dict[int, ReportRecord] = {}
    groomings: dict[int, ReportRecord] = {}
    for row in found:
        (tid, uid, name, kind, colour, imba, scale, scale_imba, area, length) = row[:10]
        trails.append(TrailRecord(
            id=tid, uid=uid, name=name, kind=TrailKind(kind),
            grade_colour=_opt(GradeColour, colour), imba=imba, mtb_scale=scale,
            mtb_scale_imba=scale_imba, area=area or "", length_m=float(length or 0.0),
            lifecycle=_lifecycle(row[30])))
        if row[10] is not None:
            newest[tid] = _report(row[10:20])
        if row[20] is not None:
            groomings[tid] = _report(row[20:30])
    return register_rows(trails, newest, _utc(now), stale_days, last_groomings=groomings)


def history(source: Any, trail_id: int, limit: int = 200) -> list[ReportRecord]:
    """A trail's reports, newest first (ties on one instant: the latest row first)."""
    rows, owned = _as_source(source)
    try:
        return [_report(r) for r in rows.rows(_HISTORY, trail=int(trail_id),
                                              limit=max(0, int(limit)))]
    finally:
        if owned:
            rows.close()


def trail_names(source: Any) -> list[tuple[int, str, str]]:
    """(id, uid, name) of every trail."""
    rows, owned = _as_source(source)
    try:
        return [(int(i), u, n) for i, u, n in rows.rows(_NAMES)]
    finally:
        if owned:
            rows.close()


def find_trail(source: Any, text: str) -> int:
    """The id of the trail `text` names: id, uid, exact name or a unique name prefix
    (case- and accent-insensitive). TrailLookupError says why not, listing any matches."""
    return match_trail(trail_names(source), text)


def trail_record(source: Any, trail_id: int) -> TrailRecord | None:
    """One trail as the register knows it (for validating a report against its kind)."""
    rows, owned = _as_source(source)
    try:
        found = rows.rows("SELECT id, uid, name, kind, grade_colour, imba, mtb_scale, "
                          "mtb_scale_imba, area, length_m, lifecycle FROM trail "
                          "WHERE id = :id", id=int(trail_id))
    finally:
        if owned:
            rows.close()
    if not found:
        return None
    tid, uid, name, kind, colour, imba, scale, scale_imba, area, length, life = found[0]
    return TrailRecord(id=tid, uid=uid, name=name, kind=TrailKind(kind),
                       grade_colour=_opt(GradeColour, colour), imba=imba, mtb_scale=scale,
                       mtb_scale_imba=scale_imba, area=area or "",
                       length_m=float(length or 0.0), lifecycle=_lifecycle(life))


_REFERENCES = """
SELECT (SELECT COUNT(*) FROM trail_report WHERE trail_id = :id),
       (SELECT COUNT(*) FROM race_course WHERE trail_id = :id),
       (SELECT COUNT(*) FROM snow_target_trail WHERE trail_id = :id)
"""


def trail_references(source: Any, trail_id: int) -> TrailReferences:
    """What refers to the trail: its reports, race courses run on it, snow-guarantee targets
    counting it (stråk, packages and events do not refer to trails)."""
    rows, owned = _as_source(source)
    try:
        reports, courses, targets = rows.rows(_REFERENCES, id=int(trail_id))[0]
    finally:
        if owned:
            rows.close()
    return TrailReferences(int(reports), int(courses), int(targets))


@contextmanager
def _guard(what: str) -> Iterator[None]:
    """Turn driver errors into one-line DatabaseErrors (the unit is rolled back)."""
    from sqlalchemy.exc import SQLAlchemyError

    from destination_norberg.store.database import DatabaseError, first_line

    try:
        yield
    except SQLAlchemyError as exc:
        raise DatabaseError(f"{what} could not be saved: {first_line(exc)}; nothing was "
                            "saved.") from exc


def _values(d: ReportDraft) -> dict[str, Any]:
    return {"trail_id": d.trail_id, "reported_at": d.reported_at,
            "status": None if d.status is None else str(d.status),
            "condition": None if d.condition is None else str(d.condition),
            "groomed_at": d.groomed_at,
            "groom_style": None if d.groom_style is None else str(d.groom_style),
            "snow_depth_cm": d.snow_depth_cm, "author": d.author or "", "note": d.note or ""}


def add_reports(engine: Any, drafts: Sequence[ReportDraft]) -> int:
    """Append the reports in ONE write unit: all of them or none. Returns how many."""
    return len(insert_reports(engine, drafts))


def insert_reports(engine: Any, drafts: Sequence[ReportDraft]) -> list[int]:
    """Append the reports in ONE write unit (all or none); their new ids, in order.

    A report for a trail that is not (or no longer) in the database stops the whole unit
    with NotFoundError; any error of the database itself with DatabaseError. Undo needs the
    ids of exactly the rows it made. SQLAlchemy is imported here, not at the top: the
    register's reads must not wait for it.
    """
    from sqlalchemy import insert, select

    from destination_norberg.store import models as m
    from destination_norberg.store.database import write_session
    from destination_norberg.store.versioned import NotFoundError

    drafts = list(drafts)
    if not drafts:
        return []
    reports, trails = m.TrailReport.__table__, m.Trail.__table__
    wanted = sorted({d.trail_id for d in drafts})
    with _guard("The trail reports"), write_session(engine) as session:
        known: set[int] = set()
        for start in range(0, len(wanted), 500):
            known.update(session.execute(select(trails.c.id).where(
                trails.c.id.in_(wanted[start:start + 500]))).scalars())
        missing = [i for i in wanted if i not in known]
        if missing:
            ids = ", ".join(str(i) for i in missing)
            raise NotFoundError(f"There is no trail with id {ids}; none of the "
                                f"{len(drafts)} report(s) was saved.")
        # One statement per row: RETURNING of a multi-row insert does not promise the order.
        return [session.execute(insert(reports).values(**_values(d))
                                .returning(reports.c.id)).scalar_one() for d in drafts]


def delete_reports(engine: Any, ids: Sequence[int]) -> int:
    """Delete exactly these report rows in one write unit (an undone report)."""
    from sqlalchemy import delete

    from destination_norberg.store import models as m
    from destination_norberg.store.database import write_session

    reports = m.TrailReport.__table__
    wanted = [int(i) for i in ids]
    if not wanted:
        return 0
    with _guard("The trail reports"), write_session(engine) as session:
        gone = 0
        for start in range(0, len(wanted), 500):
            gone += session.execute(delete(reports).where(
                reports.c.id.in_(wanted[start:start + 500]))).rowcount
        return gone
