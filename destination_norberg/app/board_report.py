"""The board's report (rapport till kommunstyrelsen) for a season or a year, PDF or XLSX.

One truth: every section is composed from the function the window already shows the figure
with, never reckoned again here —

- events: store.planning_read.events (the events area's list);
- participants: `participants_of`, the imported participant totals per event (the same
  store.capacity_store figures the Beds and visitors tab counts; none imported: the section
  says so);
- packages sent: store.package_read.package_detail's dispatches (the package's history);
- contacts: store.network_read.interactions_of (the organisation card's contacts), counted
  by the organisation's category; new establishments: organisations tagged "ny etablering"
  (core.board_report) registered or first contacted in the period;
- the snow guarantee: app.snow.judge (THE judgement), as of each target's deadline;
- trail days by status: the trail reports the register shows, day by day (core.board_report);
- guest nights: app.guest_nights.norberg_months (Tillväxtverket/SCB, imported);
- trail visitors: app.counters.visitors_per_month (the trail counters the trail page charts).

The document itself is drawn by the window's writer (gui.documents, Qt), which the caller
passes in, as the brochure's is; the workbook is written by exchange.board_report_xlsx from
the tables that writer words in the report's language. Both are owner-only (0600).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from destination_norberg.app.errors import AppError
from destination_norberg.core.board_report import (
    BoardReport,
    DispatchLine,
    EventLine,
    Period,
    ReportSheet,
    TargetOutcome,
    is_new_establishment,
    trail_days,
    year_period,
)
from destination_norberg.core.events import EventRecord
from destination_norberg.core.timeutil import local_day_start, to_local
from destination_norberg.core.vocab import EventStatus

FORMATS = (".pdf", ".xlsx")


class ReportWriter(Protocol):
    """What the window's document code gives the use case (gui.documents.board)."""

    def pdf(self, report: BoardReport, path: Path, lang: str) -> None: ...

    def tables(self, report: BoardReport, lang: str) -> list[ReportSheet]: ...


def _rows(source: Any) -> Any:
    if hasattr(source, "rows"):
        return source
    from destination_norberg.store.rows import EngineRows

    return EngineRows(source)


def participants_of(source: Any, events: list[EventRecord]) -> dict[int, int] | None:
    """Participants per event id (the sum of its races' imported totals, as the Beds and
    visitors tab counts them), or None when none of `events` has participant figures."""
    from destination_norberg.store.capacity_store import participants_per_event

    imported = participants_per_event(_rows(source))
    counts = {int(e.id): imported[int(e.id)] for e in events
              if e.id is not None and int(e.id) in imported}
    return counts or None


def season_names(source: Any) -> list[str]:
    from destination_norberg.store import planning_read

    return [s.name for s in planning_read.seasons(_rows(source)) if not s.archived]


def resolve_period(source: Any, season: str | None, year: int | None) -> Period:
    """The season called `season` (any case), or the calendar year `year`."""
    from destination_norberg.app.calendar import season_named
    from destination_norberg.store import planning_read

    if (season is None) == (year is None):
        raise AppError("name a season or a year for the report, not both")
    if year is not None:
        if not 1990 <= year <= 2100:
            raise AppError(f"{year} is not a year the report can cover")
        return year_period(year)
    found = season_named(planning_read.seasons(_rows(source)), season)
    assert found is not None  # a name was given: season_named raised if it named none
    return Period(found.name, found.starts_on, found.ends_on, False)


def _in_period(instant: datetime, period: Period) -> bool:
    return period.first <= to_local(instant).date() <= period.last


def _events(rows: Any, period: Period, now: datetime) -> tuple[list[EventLine], int, bool]:
    """(the events held in the period by `now`, how many more are planned in it, whether
    participant figures are imported). Ideas and cancelled events are neither."""
    from destination_norberg.store import planning_read

    events = [e for e in planning_read.events(rows, None)
              if _in_period(e.starts_at, period)
              and e.status not in (EventStatus.CANCELLED, EventStatus.IDEA)]
    held = [e for e in events if e.starts_at <= now]
    counts = participants_of(rows, held)
    return ([EventLine(int(e.id or 0), e.name_sv, e.name_en, e.starts_at, e.status,
                       (counts or {}).get(int(e.id or 0))) for e in held],
            len(events) - len(held), counts is not None)


def _dispatches(rows: Any, period: Period) -> list[DispatchLine]:
    from destination_norberg.store.package_read import package_detail, packages

    out: list[DispatchLine] = []
    for row in packages(rows):
        if row.last_sent is None:
            continue
        detail = package_detail(rows, row.id)
        out.extend(DispatchLine(detail.title_sv, detail.title_en, d.revision, d.partner_name,
                                d.sent_at) for d in detail.dispatches
                   if _in_period(d.sent_at, period))
    return sorted(out, key=lambda d: (d.sent_at, d.package_title_sv))


def _contacts(rows: Any, period: Period) -> tuple[dict[str, int], int, list[tuple[str, str]]]:
    from destination_norberg.store.board_report_read import organisations_with_tags
    from destination_norberg.store.network_read import interactions_of

    orgs = organisations_with_tags(rows)
    category = {o[0]: o[2] for o in orgs}
    found = interactions_of(rows, "i.occurred_on >= :a AND i.occurred_on <= :b",
                            a=period.first, b=period.last)
    by_category: dict[str, int] = {}
    for i in found:
        key = category.get(i.organisation_id, "övrigt")
        by_category[key] = by_category.get(key, 0) + 1
    new = [(name, cat) for _id, name, cat, tags, created, first in orgs
           if is_new_establishment(tags) and any(
               d is not None and period.first <= d <= period.last for d in (created, first))]
    return by_category, len({i.organisation_id for i in found}), new


def _deadline_end(day: date) -> datetime:
    return local_day_start(day + timedelta(days=1)) - timedelta(seconds=1)


def _targets(rows: Any, period: Period, now: datetime) -> list[TargetOutcome]:
    from destination_norberg.app.snow import judge
    from destination_norberg.store.snow_read import targets as read_targets

    deadlines = sorted({t.deadline for t in read_targets(rows, now)
                        if period.first <= t.deadline <= period.last})
    out = []
    for deadline in deadlines:
        at = min(_deadline_end(deadline), now)
        for status, _p in judge(rows, at).judged:
            if status.target.deadline != deadline:
                continue
            level = status.level.value if status.level is not None else None
            out.append(TargetOutcome(status.target.name, deadline, status.target.required_km,
                                     status.ready_km, level, at < now))
    return out


def read_board_report(source: Any, period: Period, now: datetime) -> BoardReport:
    """Every section of the report for `period`, as of `now`."""
    from destination_norberg.app.counters import visitors_per_month
    from destination_norberg.app.guest_nights import norberg_months
    from destination_norberg.store.board_report_read import trail_reports

    rows = _rows(source)
    events, coming, imported = _events(rows, period, now)
    by_category, contacted, new = _contacts(rows, period)
    today = to_local(now).date()
    until = min(period.last, today)
    end = local_day_start(until + timedelta(days=1))
    days, counted = trail_days(trail_reports(rows, end), period.first, until)
    months = norberg_months(rows, period.first.year - 1, period.last.year)
    return BoardReport(period=period, made_at=now, events=events, events_coming=coming,
                       participants_imported=imported, dispatches=_dispatches(rows, period),
                       contacts_by_category=by_category, organisations_contacted=contacted,
                       new_establishments=new, targets=_targets(rows, period, now),
                       trail_days=days, trails_counted=counted, guest_nights=months,
                       trail_visitors=visitors_per_month(rows, period.first, until))


def check_out(out: Path) -> str:
    """The format `out` asks for (".pdf"/".xlsx"); AppError for another or a missing folder."""
    suffix = Path(out).suffix.casefold()
    if suffix not in FORMATS:
        raise AppError(f"the report is written as PDF or XLSX: give a file ending in .pdf or "
                       f".xlsx, not {Path(out).name}")
    if not Path(out).parent.is_dir():
        raise AppError(f"cannot write {out}: the folder {Path(out).parent} does not exist")
    return suffix


def write_board_report(url: str, out: Path, lang: str, now: datetime, writer: ReportWriter,
                       season: str | None = None, year: int | None = None,
                       progress: Callable[[float, str], None] | None = None) -> BoardReport:
    """Read the report for the season or year and write it to `out` (.pdf or .xlsx) in
    `lang`; owner-only. Returns what was written. AppError for a mistake a user can make."""
    from destination_norberg.store.reading import read_with

    suffix = check_out(out)
    say = progress or (lambda _f, _s: None)
    say(0.05, "reading")
    report = read_with(url, lambda source: read_board_report(
        source, resolve_period(source, season, year), now))
    say(0.6, "writing")
    write_report_file(report, Path(out), lang, writer, suffix)
    say(1.0, "done")
    return report


def write_report_file(report: BoardReport, out: Path, lang: str, writer: ReportWriter,
                      suffix: str | None = None) -> None:
    from destination_norberg.exchange.board_report_xlsx import write_report_xlsx

    suffix = suffix or check_out(out)
    try:
        if suffix == ".pdf":
            writer.pdf(report, out, lang)
        else:
            write_report_xlsx(writer.tables(report, lang), out)
        os.chmod(out, 0o600)  # names of businesses and partners: as the other outputs
    except OSError as exc:
        raise AppError(f"cannot write {out.name}: {exc}") from None


def default_year(today: date) -> int:
    """The year a report is usually asked for: last year until the statistics for this
    year's first months are in (April), this year after."""
    return today.year - 1 if today.month < 4 else today.year


