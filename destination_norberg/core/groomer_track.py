"""A groomer's GPS track matched to the trails it covered, and the grooming reports it gives.

Pure domain code: geo.groomer_track measures, for every trail line, the share of its length
within BUFFER_M of the track and the last time the track was that close; this module decides
which trails count as covered, when each was groomed, and which reports to write.

- BUFFER_M = 25 m: a consumer GPS (phone, watch, the groomer's logger) is off by 5–10 m under
  forest cover, a piste machine is 4–6 m wide and the trail line itself is drawn from an
  orthophoto with a few metres' error; 25 m takes all that in, while the parallel loops of a
  ski stadium that share no track are further apart than the buffer over most of their
  length.
- SHARE_MIN = 0.6: a loop counts as groomed when the track covered at least 60 % of it. A
  groomer that only crosses a loop or drives a shared stretch covers far less; one that
  turned back on the last part of a loop (or lost the GPS fix under trees for a while) still
  counts. Loops that share most of their line with a groomed one are covered by it too, as
  in the field.
- The grooming time is the last track point within the buffer of the trail: when the
  machine left it. Times are UTC (the store's); the window shows them in Norberg's time.
- The style (classic/skate) cannot be told from a GPS track: it is left unknown.
- A trail that already has a grooming within DUPLICATE_WINDOW of the track's time is not
  reported again: a second import of the same track adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from destination_norberg.core.trail_register import AUTHOR_MAX, ReportDraft
from destination_norberg.core.vocab import TrailKind, TrailStatus

BUFFER_M = 25.0
SHARE_MIN = 0.6
DUPLICATE_WINDOW = timedelta(minutes=1)
#: The trails a groomer or a trail crew works on: the ski loops and the MTB trails.
GROOMED_KINDS = (TrailKind.CLASSIC_SKI, TrailKind.SKATE_SKI, TrailKind.MTB)


@dataclass(frozen=True, slots=True)
class TrackPoint:
    """One point of the track in EPSG:3006, with its time (UTC) where the file has one."""

    x: float
    y: float
    time: datetime | None = None


@dataclass(frozen=True, slots=True)
class Coverage:
    """How much of one trail the track covered (geo's measurement)."""

    trail_id: int
    name: str
    kind: str
    share: float                 # 0–1 of the trail's length within the buffer
    last_time: datetime | None   # the last timed track point within the buffer


@dataclass(frozen=True, slots=True)
class TrailMatch:
    """A trail the track covered, as the preview lists it."""

    trail_id: int
    name: str
    kind: str
    share: float
    groomed_at: datetime | None  # None: the track has no times there
    already: bool                # a grooming at that time is already reported

    @property
    def reportable(self) -> bool:
        return self.groomed_at is not None and not self.already


def matches(coverages: Iterable[Coverage],
            known: Mapping[int, Sequence[datetime]] | None = None,
            threshold: float = SHARE_MIN) -> list[TrailMatch]:
    """The covered trails (share ≥ `threshold`), most covered first; `known` maps a trail id
    to the grooming times already reported for it."""
    found = []
    for c in coverages:
        if c.share < threshold:
            continue
        already = c.last_time is not None and any(
            abs(t - c.last_time) <= DUPLICATE_WINDOW for t in (known or {}).get(c.trail_id, ()))
        found.append(TrailMatch(c.trail_id, c.name, c.kind, min(c.share, 1.0), c.last_time,
                                already))
    return sorted(found, key=lambda m: (-m.share, m.name, m.trail_id))


def grooming_drafts(chosen: Iterable[TrailMatch], statuses: Mapping[int, TrailStatus | None],
                    author: str, note: str) -> list[ReportDraft]:
    """One report per reportable match, reported at its grooming time, keeping the status the
    trail has (open when never reported), style unknown."""
    who = " ".join(author.split())[:AUTHOR_MAX]
    drafts = []
    for m in chosen:
        if m.groomed_at is None or m.already:
            continue
        drafts.append(ReportDraft(trail_id=m.trail_id, reported_at=m.groomed_at,
                                  status=statuses.get(m.trail_id) or TrailStatus.CLEAR,
                                  groomed_at=m.groomed_at, groom_style=None, author=who,
                                  note=note.strip()))
    return drafts
