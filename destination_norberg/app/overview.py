"""The coordinator overview, for the window's first screen and `overview --json`.

`overview` is the one read both use: the store's rows, with the snow targets as app.snow.judge
judged them (the same judgement as the snow page, the events warnings, the bulletin and the
status page). `read_overview` is the window's first read, opening (migrating, seeding) the
database where that is needed; `overview_dict` is what `overview --json` prints.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from destination_norberg.core.overview import Milestone, Overview
from destination_norberg.core.timeutil import to_local
from destination_norberg.core.trails import StatusSummary


def overview(source: Any, now: datetime, stale_days: int | None = None,
             judge_snow: bool = True) -> Overview:
    """The overview as of `now`; `source` is a RowSource (store.rows) or a SQLAlchemy Engine,
    `stale_days` None the destination's setting (app.settings). `judge_snow` False leaves
    the snow card pending (`Overview.snow_pending`; `read_judged` fills it)."""
    if hasattr(source, "rows"):
        return _overview(source, now, stale_days, judge_snow)
    from destination_norberg.store.rows import EngineRows

    rows = EngineRows(source)
    try:
        return _overview(rows, now, stale_days, judge_snow)
    finally:
        rows.close()


def _overview(rows: Any, now: datetime, stale_days: int | None, judge_snow: bool) -> Overview:
    from destination_norberg.app.capacity import coming_shortfalls
    from destination_norberg.app.settings import resolve_stale_days
    from destination_norberg.core.overview import build_overview
    from destination_norberg.store.overview_repo import load_overview_inputs

    days = resolve_stale_days(rows, stale_days)
    judged = _judged(rows, now, days) if judge_snow else None
    built = build_overview(load_overview_inputs(rows, now, days), judged)
    return replace(built, shortfalls=tuple(coming_shortfalls(rows, now)))


def _judged(rows: Any, now: datetime, stale_days: int | None) -> list[Any]:
    from destination_norberg.app.snow import judge

    return judge(rows, now, stale_days).judged


def read_judged(url: str, engine: Any, now: datetime) -> list[Any]:
    """Worker: the snow card the first paint left pending, judged the same way `overview`
    judges it (app.snow.judge) on the same database; `Overview.with_judged` takes it."""
    from destination_norberg.store.rows import EngineRows, open_current_sqlite

    rows = open_current_sqlite(url) if engine is None else EngineRows(engine)
    if rows is None:  # the first read opened an engine for anything but a current file
        from destination_norberg.store.opening import open_database

        engine = open_database(url)
        try:
            return _judged(EngineRows(engine), now, None)
        finally:
            engine.dispose()
    try:
        return _judged(rows, now, None)
    finally:
        rows.close()


def read_overview(url: str, engine: Any, now: datetime, stale_days: int,
                  seed_demo: bool, judge_snow: bool = True) -> tuple[Any, Any, bool]:
    """Worker: (the engine opened here or None, the overview, whether the demo was seeded).

    A current SQLite file is read with the standard library alone (store.rows), so the
    overview paints without waiting for SQLAlchemy; anything else goes through
    open_database, which migrates, refuses a newer schema and explains what is wrong.

    The overview is judged by the destination's stale-report threshold (app.settings);
    `stale_days` is this workstation's former own threshold (QSettings), stored once for a
    database that has none yet when it is not the default (carry_over_stale_days).
    """
    from destination_norberg.app.settings import carry_over_stale_days
    from destination_norberg.core.trails import DEFAULT_STALE_DAYS

    carry = stale_days != DEFAULT_STALE_DAYS
    if engine is None and not carry:
        from destination_norberg.store.rows import open_current_sqlite

        fast = open_current_sqlite(url)
        if fast is not None:
            try:
                return None, overview(fast, now, judge_snow=judge_snow), False
            finally:
                fast.close()
    seeded = False
    own = engine is None
    if own:
        from destination_norberg.store.opening import open_database, seed_demo_if_empty

        engine = open_database(url)
    try:
        if own and seed_demo:
            seeded = seed_demo_if_empty(engine, to_local(now).date())
        if carry:
            carry_over_stale_days(engine, stale_days)
        return engine, overview(engine, now, judge_snow=judge_snow), seeded
    except BaseException:
        if own:
            engine.dispose()
        raise


# --- `overview --json` ------------------------------------------------------------------------

def _summary(summary: StatusSummary) -> dict[str, Any]:
    return {"total": summary.total,
            "counts": {(status.value if status is not None else "not_reported"): n
                       for status, n in summary.counts.items() if n},
            "stale": [{"name": s.name,
                       "reported_at": s.reported_at.isoformat() if s.reported_at else None}
                      for s in summary.stale]}


def _milestone(m: Milestone) -> dict[str, Any]:
    return {"kind": m.kind, "name": m.name, "name_en": m.name_en or None,
            "day": m.day.isoformat(), "days_left": m.days_left, "ongoing": m.ongoing}


def overview_dict(ov: Overview) -> dict[str, Any]:
    """The cards the overview shows, as JSON values: milestones, snow, trails, events, tasks
    and follow-ups; the snow card's level, reason and km are app.snow.verdict's."""
    from destination_norberg.app.snow import json_args, verdict

    snow = []
    for status, projection in ov.judged:
        level, reason, args = verdict(status, projection)
        snow.append({"name": status.target.name, "deadline": status.target.deadline.isoformat(),
                     "level": level, "reason": reason, "reason_args": json_args(args),
                     "ready_km": round(status.ready_km, 2),
                     "required_km": status.target.required_km,
                     "projected_km": round(projection.projected_km, 2),
                     "days_left": status.days_left, "stale_loops": list(status.stale_loops)})
    return {
        "today": ov.today.isoformat(), "now": ov.now.isoformat(),
        "stale_days": ov.stale_days,
        "milestones": [_milestone(m) for m in ov.milestones],
        "snow": snow,
        "trails": {"mtb": _summary(ov.mtb), "ski": _summary(ov.ski),
                   "other": _summary(ov.other)},
        "events": [{"name": e.name_sv, "name_en": e.name_en or None,
                    "starts_at": e.starts_at.isoformat(),
                    "ends_at": e.ends_at.isoformat() if e.ends_at else None,
                    "place": e.place, "status": e.status, "part_of": e.parent}
                   for e in ov.events],
        "tasks": [{"title": t.title, "event": t.event_name, "due": due.isoformat(),
                   "overdue": due < ov.today, "responsible": t.responsible}
                  for t, due in ov.tasks],
        "follow_ups": [{"organisation": f.organisation, "due": f.due.isoformat(),
                        "overdue": f.due < ov.today, "kind": f.kind, "note": f.note}
                       for f in ov.follow_ups],
        "counts": dict(ov.counts),
        "short_of_beds": [{"event_id": p.event_id, "event": p.event_name,
                           "starts_at": p.starts_at.isoformat(), "expected": p.expected,
                           "places": p.places_within, "radius_km": p.assumptions.radius_km,
                           "shortfall": p.shortfall} for p in ov.shortfalls],
    }
