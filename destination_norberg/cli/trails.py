"""`destination-norberg trails` and `trail report`: the trail register on the command line.

`trails` only looks: on a current SQLite file it reads through the standard library's sqlite3
(read-only, SQLAlchemy is not even imported); `trail report` appends one report in one write
unit. User mistakes raise cli.UserError (one line, exit code 2).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from destination_norberg.cli.main import UserError, existing
from destination_norberg.core.timeutil import to_local
from destination_norberg.core.trail_register import (
    ReportError,
    TrailLookupError,
    TrailRow,
    new_report,
)

#: The longest --stale-days that still means something (ten years).
STALE_DAYS_MAX = 3650


def _iso_utc(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def row_json(row: TrailRow) -> dict[str, Any]:
    """One register row as plain JSON values (codes as stored, instants as ISO UTC)."""
    return {
        "id": row.id, "uid": row.uid, "name": row.name, "kind": str(row.kind),
        "grade_colour": _str(row.grade_colour), "imba": row.imba, "mtb_scale": row.mtb_scale,
        "mtb_scale_imba": row.mtb_scale_imba, "area": row.area,
        "length_m": round(row.length_m, 1), "status": _str(row.status),
        "condition": _str(row.condition), "reported_at": _iso_utc(row.reported_at),
        "report_age_days": (None if row.report_age_days is None
                            else round(row.report_age_days, 2)),
        "stale": row.stale, "groomed_at": _iso_utc(row.groomed_at),
        "grooming_band": row.grooming_band, "groom_style": _str(row.groom_style),
        "snow_depth_cm": row.snow_depth_cm, "author": row.author, "note": row.note,
    }


def _check_stale_days(stale_days: int) -> None:
    if not 0 <= stale_days <= STALE_DAYS_MAX:
        raise UserError(f"--stale-days must be between 0 and {STALE_DAYS_MAX}, not "
                        f"{stale_days}")


def _read_register(url: str, now: datetime,
                   stale_days: int | None) -> tuple[list[TrailRow], int]:
    """The register and the threshold it was judged by (None: the destination's setting)."""
    from destination_norberg.app.settings import resolve_stale_days
    from destination_norberg.store.rows import open_current_sqlite
    from destination_norberg.store.trails_store import register

    fast = open_current_sqlite(url)
    if fast is not None:
        try:
            days = resolve_stale_days(fast, stale_days)
            return register(fast, now, days), days
        finally:
            fast.close()
    from destination_norberg.store.opening import open_database  # older schema, a server …

    engine = open_database(url)
    try:
        days = resolve_stale_days(engine, stale_days)
        return register(engine, now, days), days
    finally:
        engine.dispose()


def _age(days: float | None) -> str:
    return "never" if days is None else f"{days:.1f} d"


def _grade(row: TrailRow) -> str:
    parts = [str(row.grade_colour) if row.grade_colour else "–"]
    if row.imba is not None:
        parts.append(f"IMBA {row.imba}")
    if row.mtb_scale is not None:
        parts.append(f"S{row.mtb_scale}")
    return " ".join(parts)


def _table(rows: list[TrailRow], stale_days: int) -> str:
    head = ("ID", "Trail", "Kind", "Grade", "km", "Status", "Condition", "Reported (local)",
            "Age", "Groomed")
    body = []
    for r in rows:
        groomed = ""
        if r.grooming_band is not None:
            groomed = r.grooming_band + (f" {r.groom_style}" if r.groom_style else "")
        body.append((
            str(r.id), r.name, str(r.kind), _grade(r), f"{r.length_m / 1000:.1f}",
            str(r.status) if r.status else "no report", str(r.condition or ""),
            to_local(r.reported_at).strftime("%Y-%m-%d %H:%M") if r.reported_at else "",
            _age(r.report_age_days) + (" !" if r.stale else ""), groomed))
    widths = [max(len(line[i]) for line in [head, *body]) for i in range(len(head))]
    right = {0, 4}

    def fmt(line: tuple[str, ...]) -> str:
        return "  ".join(cell.rjust(w) if i in right else cell.ljust(w)
                         for i, (cell, w) in enumerate(zip(line, widths, strict=True))).rstrip()

    out = [fmt(head), fmt(tuple("-" * w for w in widths)), *(fmt(line) for line in body)]
    stale = sum(r.stale for r in rows)
    out.append(f"{len(rows)} trail(s); {stale} marked ! have no report newer than "
               f"{stale_days} day(s).")
    return "\n".join(out)


def cmd_trails(url: str, as_json: bool, now: datetime, stale_days: int | None = None) -> int:
    """Every trail with its grade and newest report; stale reports are flagged (older than
    `stale_days`, None: the destination's setting)."""
    if stale_days is not None:
        _check_stale_days(stale_days)
    rows, stale_days = _read_register(existing(url), now, stale_days)
    if as_json:
        print(json.dumps([row_json(r) for r in rows], indent=2, ensure_ascii=False))
    elif not rows:
        print("No trails in the database yet (`destination-norberg demo` loads the demo "
              "season).")
    else:
        print(_table(rows, stale_days))
    return 0


def cmd_trail_report(url: str, trail: str, status: str, condition: str | None,
                     note: str | None, author: str | None, groomed: bool, style: str | None,
                     depth_cm: float | None, now: datetime) -> int:
    """One report for one trail, reported now; a grooming (ski tracks) is recorded at now."""
    from destination_norberg.store.opening import open_database
    from destination_norberg.store.rows import EngineRows
    from destination_norberg.store.trails_store import add_reports, find_trail, trail_record

    engine = open_database(existing(url))
    try:
        rows = EngineRows(engine)
        try:
            record = trail_record(rows, find_trail(rows, trail))
            if record is None:  # removed between the two reads
                raise TrailLookupError(f"The trail “{trail}” was removed meanwhile.")
            draft = new_report(record, status, now, condition=condition, note=note,
                               author=author, groomed=groomed, style=style,
                               depth_cm=depth_cm)
        except (TrailLookupError, ReportError) as exc:
            raise UserError(str(exc)) from exc
        add_reports(engine, [draft])
    finally:
        engine.dispose()
    print(f"Reported {record.name}: {draft.status}")
    return 0
