"""The board's report (rapport till kommunstyrelsen): its period and its figures, as values.

app.board_report gathers each section from the function the window already uses for that
figure; what is left to reckon here, with no database in sight, is the period itself and
the trail days by status (no view counted days before the report).

Trail days: a trail's status on a day is the status of its last report made by the end of
that day, as the register showed it that evening; a day before its first report is not
counted. Days after `until` (today, for a period not over) are not counted either.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from destination_norberg.core.guest_nights import MonthFigure
from destination_norberg.core.timeutil import to_local

#: A "new establishment": an organisation the coordinator tagged so (network tags).
NEW_ESTABLISHMENT_TAGS = ("ny etablering", "nyetablering", "ny verksamhet", "new business")


@dataclass(frozen=True, slots=True)
class Period:
    """What the report covers: a season (by name) or a calendar year."""

    name: str  # the season's name, or the year ("2026")
    first: date
    last: date
    is_year: bool

    def months(self) -> list[tuple[int, int]]:
        out, year, month = [], self.first.year, self.first.month
        while (year, month) <= (self.last.year, self.last.month):
            out.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out


def year_period(year: int) -> Period:
    return Period(str(year), date(year, 1, 1), date(year, 12, 31), True)


@dataclass(frozen=True, slots=True)
class EventLine:
    event_id: int
    name_sv: str
    name_en: str
    starts_at: datetime
    status: str
    participants: int | None  # None: no participant figures imported


@dataclass(frozen=True, slots=True)
class DispatchLine:
    package_title_sv: str
    package_title_en: str
    revision: int
    partner: str | None
    sent_at: datetime


@dataclass(frozen=True, slots=True)
class TargetOutcome:
    name: str
    deadline: date
    required_km: float
    ready_km: float
    level: str | None  # core.vocab.GuaranteeLevel's value, None when not judged
    due: bool  # the deadline has passed: the outcome is final

    @property
    def met(self) -> bool:
        from destination_norberg.core.snow import is_met

        return is_met(self.ready_km, self.required_km)

    @property
    def margin_km(self) -> float:
        """Ready minus required: positive is km to spare, negative km short."""
        return round(self.ready_km - self.required_km, 1)


@dataclass(frozen=True)
class BoardReport:
    period: Period
    made_at: datetime
    events: list[EventLine]  # held: started by `made_at`
    events_coming: int  # planned in the period, not started yet
    participants_imported: bool
    dispatches: list[DispatchLine]
    contacts_by_category: dict[str, int]  # interactions in the period, by category
    organisations_contacted: int
    new_establishments: list[tuple[str, str]]  # (name, category)
    targets: list[TargetOutcome]
    trail_days: dict[str, int]  # status → trail-days in the period
    trails_counted: int
    guest_nights: dict[tuple[int, int], MonthFigure]  # this period's months and a year back
    #: (trail name, visitors per (year, month)) of the trails with a counter (issue 20)
    trail_visitors: list[tuple[str, dict[tuple[int, int], int]]] = field(default_factory=list)

    def nights(self, year: int, month: int) -> int | None:
        figure = self.guest_nights.get((year, month))
        return figure.total if figure else None

    def nights_rows(self) -> list[tuple[int, int, int | None, int | None]]:
        """(year, month, nights, the same month a year before) for each month of the period."""
        return [(y, m, self.nights(y, m), self.nights(y - 1, m))
                for y, m in self.period.months()]


@dataclass(frozen=True)
class ReportSheet:
    """One section as a worksheet: a header row then rows of text and numbers, and the chart
    drawn from columns `series` (1-based) over the labels in column 1 (None: no chart)."""

    name: str
    table: list[list[str | int | float | None]]
    chart: str | None = None  # "bar" or "line"
    chart_title: str = ""
    series: tuple[int, ...] = (2,)
    y_title: str = ""


def trail_days(reports: Iterable[tuple[int, datetime, str]], first: date,
               until: date) -> tuple[dict[str, int], int]:
    """(status → trail-days, trails counted) over first…until, from (trail, reported_at
    UTC, status) rows of any time up to `until`."""
    by_trail: dict[int, list[tuple[date, datetime, str]]] = {}
    for trail, at, status in reports:
        by_trail.setdefault(trail, []).append((to_local(at).date(), at, status))
    days: dict[str, int] = {}
    for rows in by_trail.values():
        rows.sort(key=lambda r: r[1])
        _count(rows, first, until, days)
    return days, len(by_trail)


def _count(rows: Sequence[tuple[date, datetime, str]], first: date, until: date,
           days: dict[str, int]) -> None:
    status: str | None = None
    i = 0
    day = first
    while i < len(rows) and rows[i][0] < first:
        status = rows[i][2]
        i += 1
    while day <= until:
        while i < len(rows) and rows[i][0] <= day:
            status = rows[i][2]
            i += 1
        if status is not None:
            days[status] = days.get(status, 0) + 1
        day += timedelta(days=1)


def is_new_establishment(tags: Iterable[str]) -> bool:
    return any(t.strip().casefold() in NEW_ESTABLISHMENT_TAGS for t in tags)
