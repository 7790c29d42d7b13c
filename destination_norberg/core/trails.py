"""Trail status roll-up: the newest report sets a trail's status; an old report is a warning."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from destination_norberg.core.timeutil import to_local
from destination_norberg.core.vocab import TrailKind, TrailStatus

#: Grooming age bands for ski tracks, as the leading track-status services show them.
GROOMING_BANDS: tuple[tuple[int, int | None, str], ...] = (
    (0, 0, "today"),
    (1, 3, "1-3"),
    (4, 6, "4-6"),
    (7, 10, "7-10"),
    (11, 14, "11-14"),
    (15, None, "older"),
)

#: A report older than this many days is stale, until the destination stores its own value
#: (app.settings; the one default every reader falls back to).
DEFAULT_STALE_DAYS = 7
#: The stored setting must lie in this range (as the window's option always did).
STALE_DAYS_RANGE = (1, 365)


@dataclass(frozen=True, slots=True)
class TrailState:
    """A trail with its newest report (None: never reported)."""

    trail_id: int
    name: str
    kind: TrailKind
    length_m: float
    status: TrailStatus | None
    reported_at: datetime | None
    groomed_at: datetime | None = None
    snow_depth_cm: float | None = None

    def report_age(self, now: datetime) -> timedelta | None:
        return None if self.reported_at is None else now - self.reported_at

    def is_stale(self, now: datetime, stale_days: int = DEFAULT_STALE_DAYS) -> bool:
        """Never reported, or the newest report is older than `stale_days`."""
        age = self.report_age(now)
        return age is None or age > timedelta(days=stale_days)


def grooming_band(groomed_at: datetime | None, now: datetime) -> str | None:
    """The age band of the last grooming by Norberg calendar days; None when never groomed."""
    if groomed_at is None:
        return None
    days = max(0, (to_local(now).date() - to_local(groomed_at).date()).days)
    for low, high, label in GROOMING_BANDS:
        if days >= low and (high is None or days <= high):
            return label
    return "older"


@dataclass(frozen=True, slots=True)
class StatusSummary:
    counts: dict[TrailStatus | None, int]
    stale: tuple[TrailState, ...]
    total: int


def summarise(states: list[TrailState], now: datetime,
              stale_days: int = DEFAULT_STALE_DAYS) -> StatusSummary:
    """Counts per current status (None = no report yet) and the trails whose report is stale."""
    counts: Counter[TrailStatus | None] = Counter(s.status for s in states)
    stale = tuple(sorted((s for s in states if s.is_stale(now, stale_days)),
                         key=lambda s: (s.reported_at is not None, s.reported_at or now)))
    return StatusSummary(counts=dict(counts), stale=stale, total=len(states))
