"""The snow guarantee: how many km of the promised loops are ready, against the target.

This is the part that needs no forecast: what is ready now. The projection from stored snow and
production (a yellow "met by the deadline if it holds") belongs to the snow-planning work; until
that exists a target that is not met yet is reported as not judged, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from destination_norberg.core.trails import TrailState
from destination_norberg.core.vocab import GuaranteeLevel


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

    @property
    def met(self) -> bool:
        return self.ready_km + 1e-9 >= self.target.required_km


def loop_is_ready(loop: TrailState, min_depth_cm: float) -> bool:
    """Open (any status but closed) with a measured depth that meets the minimum."""
    return (loop.status is not None and loop.status.is_open
            and loop.snow_depth_cm is not None and loop.snow_depth_cm >= min_depth_cm)


def ready_km(target: SnowTarget) -> float:
    return sum(loop.length_m for loop in target.loops
               if loop_is_ready(loop, target.min_depth_cm)) / 1000.0


def evaluate(target: SnowTarget, today: date) -> GuaranteeStatus:
    km = ready_km(target)
    days_left = (target.deadline - today).days
    if km + 1e-9 >= target.required_km:
        level: GuaranteeLevel | None = GuaranteeLevel.GREEN
    elif days_left < 0:
        level = GuaranteeLevel.RED
    else:
        level = None
    return GuaranteeStatus(target=target, ready_km=km, level=level, days_left=days_left)


def stored_snow_km(volume_m3: float, loss_fraction: float, width_m: float,
                   depth_m: float) -> float:
    """How many km of track a storage pile covers: volume × (1 − loss) ÷ (width × depth)."""
    if width_m <= 0 or depth_m <= 0:
        raise ValueError("track width and depth must be positive")
    return volume_m3 * (1.0 - loss_fraction) / (width_m * depth_m) / 1000.0
