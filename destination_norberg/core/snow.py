"""The snow guarantee: how many km of the promised loops are ready, against the target.

This is the part that needs no forecast: what is ready now. The projection from stored snow and
production (a yellow "met by the deadline if it holds") belongs to the snow-planning work; until
that exists a target that is not met yet is reported as not judged, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from destination_norberg.core.timeutil import to_local
from destination_norberg.core.trails import DEFAULT_STALE_DAYS, TrailState
from destination_norberg.core.vocab import GuaranteeLevel

#: Track length is shown to 0.1 km, so a promise counts as kept within half of that: a loop
#: drawn 0.2 m short of 20 km is a 20 km loop.
MET_TOLERANCE_KM = 0.05
#: A target stays on the overview this many days after its deadline, then it is history.
SHOWN_AFTER_DEADLINE_DAYS = 7


@dataclass(frozen=True, slots=True)
class SnowTarget:
    target_id: int
    name: str
    deadline: date
    required_km: float
    min_depth_cm: float
    loops: tuple[TrailState, ...]


@dataclass(frozen=True, slots=True)
class GuaranteeStatus:
    target: SnowTarget
    ready_km: float
    level: GuaranteeLevel | None  # None: not met yet, deadline ahead, no projection made
    days_left: int
    stale_loops: tuple[str, ...] = ()  # open loops not counted: their report is too old

    @property
    def met(self) -> bool:
        return is_met(self.ready_km, self.target.required_km)


def is_met(ready: float, required: float) -> bool:
    return ready + MET_TOLERANCE_KM >= required


def loop_is_ready(loop: TrailState, min_depth_cm: float, now: datetime,
                  stale_days: int = DEFAULT_STALE_DAYS) -> bool:
    """Open (any status but closed), deep enough, and reported recently enough to trust."""
    return (loop.status is not None and loop.status.is_open
            and loop.snow_depth_cm is not None and loop.snow_depth_cm >= min_depth_cm
            and not loop.is_stale(now, stale_days))


def ready_km(target: SnowTarget, now: datetime, stale_days: int = DEFAULT_STALE_DAYS) -> float:
    return sum(loop.length_m for loop in target.loops
               if loop_is_ready(loop, target.min_depth_cm, now, stale_days)) / 1000.0


def evaluate(target: SnowTarget, now: datetime,
             stale_days: int = DEFAULT_STALE_DAYS) -> GuaranteeStatus:
    km = ready_km(target, now, stale_days)
    days_left = (target.deadline - to_local(now).date()).days
    if is_met(km, target.required_km):
        level: GuaranteeLevel | None = GuaranteeLevel.GREEN
    elif days_left < 0:
        level = GuaranteeLevel.RED
    else:
        level = None
    stale = tuple(loop.name for loop in target.loops
                  if loop.status is not None and loop.status.is_open
                  and loop.is_stale(now, stale_days))
    return GuaranteeStatus(target=target, ready_km=km, level=level, days_left=days_left,
                           stale_loops=stale)


def is_current(target: SnowTarget, today: date) -> bool:
    """Shown on the overview: deadline ahead, or passed less than a week ago."""
    return (today - target.deadline).days <= SHOWN_AFTER_DEADLINE_DAYS


def stored_snow_km(volume_m3: float, loss_fraction: float, width_m: float,
                   depth_m: float) -> float:
    """How many km of track a storage pile covers: volume × (1 − loss) ÷ (width × depth)."""
    if width_m <= 0 or depth_m <= 0:
        raise ValueError("track width and depth must be positive")
    return volume_m3 * (1.0 - loss_fraction) / (width_m * depth_m) / 1000.0
