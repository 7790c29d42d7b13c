"""Beds against visitors and the participants behind them: the one place the capacity view,
the overview's warning and the `capacity` / `import participants` commands get their figures.

`event_plan` is the plan for one event (core.capacity does the arithmetic); the overview
warns about `coming_shortfalls`, which is `event_plan` for every coming event holding
imported participants, with the default assumptions — so the three show the same figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from destination_norberg.app.errors import AppError
from destination_norberg.core.capacity import Assumptions, CapacityPlan
from destination_norberg.core.said import said

#: How far ahead the overview looks for an event short of beds.
WARN_HORIZON_DAYS = 365


class CapacityError(AppError):
    """No such event, a file refused …: one plain sentence for the user."""


def _with_rows(source: Any, read: Any) -> Any:
    if hasattr(source, "rows"):
        return read(source)
    from destination_norberg.store.rows import EngineRows

    rows = EngineRows(source)
    try:
        return read(rows)
    finally:
        rows.close()


def event_plan(source: Any, event_id: int, assumptions: Assumptions | None = None,
               ) -> CapacityPlan:
    """The capacity plan of an event; `source` a RowSource or a SQLAlchemy Engine."""
    chosen = (assumptions or Assumptions()).check()

    def read(rows: Any) -> CapacityPlan:
        from destination_norberg.core.capacity import plan
        from destination_norberg.store import capacity_store as store

        head = store.event_head(rows, event_id)
        if head is None:
            raise CapacityError(said("capacity.no_event", "There is no event {id}.",
                                     id=event_id))
        return plan(head.event_id, head.name_sv, head.name_en, head.starts_at,
                    store.participants_by_race(rows, event_id),
                    store.lodgings(rows, head.season_id), head.position, chosen)

    result: CapacityPlan = _with_rows(source, read)
    return result


def coming_shortfalls(source: Any, now: datetime) -> list[CapacityPlan]:
    """The plans, with the default assumptions, of coming events (within a year) that hold
    imported participants and are short of beds."""
    def read(rows: Any) -> list[CapacityPlan]:
        from destination_norberg.store.capacity_store import events_with_participants

        found = []
        for head in events_with_participants(rows, now - timedelta(days=1)):
            if head.starts_at > now + timedelta(days=WARN_HORIZON_DAYS) \
                    or head.status == "inställd":
                continue
            plan = event_plan(rows, head.event_id)
            if plan.shortfall > 0:
                found.append(plan)
        return found

    result: list[CapacityPlan] = _with_rows(source, read)
    return result


def origins(source: Any, event_id: int) -> dict[str, list[tuple[str, int]]]:
    """Where the event's participants come from: per dimension (country, lan, kommun,
    club), key -> participants summed over the races, largest first."""
    def read(rows: Any) -> dict[str, list[tuple[str, int]]]:
        from destination_norberg.store.capacity_store import participant_counts

        out: dict[str, list[tuple[str, int]]] = {}
        for dim in ("country", "lan", "kommun", "club", "first"):
            summed: dict[str, int] = {}
            for _race, key, n in participant_counts(rows, event_id, dim):
                summed[key] = summed.get(key, 0) + n
            out[dim] = sorted(summed.items(), key=lambda kv: (-kv[1], kv[0]))
        return out

    result: dict[str, list[tuple[str, int]]] = _with_rows(source, read)
    return result


def plan_dict(plan: CapacityPlan) -> dict[str, Any]:
    """`capacity --json`: the same figures the capacity view shows."""
    def lodging(lg: Any) -> dict[str, Any]:
        return {"organisation_id": lg.organisation_id, "name": lg.name, "kommun": lg.kommun,
                "distance_km": None if lg.distance_km is None else round(lg.distance_km, 1),
                "rooms": lg.rooms, "beds": lg.beds, "cabins": lg.cabins,
                "pitches": lg.pitches, "allotment": lg.allotment, "places": lg.places,
                "free": lg.free}

    a = plan.assumptions
    return {"event_id": plan.event_id, "event": plan.event_name,
            "event_en": plan.event_name_en or None, "starts_at": plan.starts_at.isoformat(),
            "assumptions": {"overnight_share": a.overnight_share, "companions": a.companions,
                            "radius_km": a.radius_km},
            "participants": plan.participants, "participants_total": plan.total_participants,
            "expected_overnight": plan.expected, "places_norberg": plan.places_home,
            "places_within_radius": plan.places_within, "allotments": plan.allotments,
            "shortfall": plan.shortfall,
            "call_first": [lodging(lg) for lg in plan.call_first],
            "lodgings": [lodging(lg) for lg in plan.lodgings]}


# --- participants import ---------------------------------------------------------------------

@dataclass(frozen=True)
class ParticipantImport:
    """What an import read (and wrote, unless a dry run)."""

    event_id: int
    counted: int  # rows counted
    errors: list[tuple[int, str]]  # rows kept out, with the reason
    by_race: dict[str, int]
    written: int  # aggregate rows stored (0 on a dry run)
    first_time_known: bool


def read_participant_file(path: str | Path, mapping: dict[str, str] | None = None) -> Any:
    """The file read and counted (exchange.participants.ParticipantTable), for the preview;
    a file refused as a whole raises CapacityError."""
    from destination_norberg.exchange.participants import ParticipantsFileError, read_participants

    try:
        return read_participants(path, mapping)
    except ParticipantsFileError as exc:
        raise CapacityError(exc.args[0]) from None


def store_participants(engine: Any, event_id: int, table: Any) -> int:
    """Replace the event's participant counts with `table`'s, in one transaction."""
    from destination_norberg.store.capacity_store import replace_participants

    try:
        return replace_participants(engine, event_id, table.source, table.rows())
    except LookupError:
        raise CapacityError(said("capacity.no_event", "There is no event {id}.",
                                 id=event_id)) from None


def import_participants(engine: Any, path: str | Path, event_id: int,
                        mapping: dict[str, str] | None = None,
                        dry_run: bool = False) -> ParticipantImport:
    """Read, count and (unless `dry_run`) store a participant export for an event."""
    from destination_norberg.store.capacity_store import event_head
    from destination_norberg.store.rows import EngineRows

    if event_head(EngineRows(engine), event_id) is None:
        raise CapacityError(said("capacity.no_event", "There is no event {id}.", id=event_id))
    table = read_participant_file(path, mapping)
    written = 0 if dry_run else store_participants(engine, event_id, table)
    return ParticipantImport(event_id, table.good_rows, list(table.errors), table.by_race(),
                             written, "first_time" in table.mapping.values())


def set_capacity(engine: Any, organisation_id: int, season_id: int | None,
                 figures: dict[str, int] | None) -> None:
    """Set (None: remove) an accommodation business's capacity for a season."""
    from destination_norberg.store.capacity_store import set_capacity as store_set

    bad = [k for k, v in (figures or {}).items() if int(v) < 0 or int(v) > 100_000]
    if bad:
        raise CapacityError(said("capacity.bad_figure", "A capacity must be a whole number "
                                 "from 0 to 100 000."))
    store_set(engine, organisation_id, season_id, figures)


def participant_rows(engine: Any, event_id: int) -> tuple[str, list[tuple[str, str, str, int]]]:
    """The event's stored counts (source, rows) as they are: what undoing an import puts
    back."""
    from destination_norberg.store.rows import EngineRows

    found = EngineRows(engine).rows(
        "SELECT source, race, dimension, key, count FROM participant_count "
        "WHERE event_id = :e ORDER BY id", e=event_id)
    source = found[0][0] if found else ""
    return source, [(r[1], r[2], r[3], int(r[4])) for r in found]


def restore_participants(engine: Any, event_id: int, source: str,
                         rows: list[tuple[str, str, str, int]]) -> None:
    """Put the event's counts back as `participant_rows` read them (undo / redo)."""
    from destination_norberg.store.capacity_store import replace_participants

    replace_participants(engine, event_id, source, rows)


def capacity_of(engine: Any, organisation_id: int, season_id: int | None,
                ) -> dict[str, int] | None:
    """The stored figures of an organisation for exactly this season (None: all year)."""
    from destination_norberg.store.capacity_store import capacity_rows
    from destination_norberg.store.rows import EngineRows

    for org, season, figures in capacity_rows(EngineRows(engine)):
        if org == organisation_id and season == season_id:
            return figures
    return None
