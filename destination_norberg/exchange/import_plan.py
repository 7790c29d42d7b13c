"""Decide what an iCalendar import does before anything is written: new, update or same.

Duplicates are recognised by the partner's UID (kept on the event as `source_uid`), so the
same file imported twice changes nothing, and a partner's changed event updates ours.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from destination_norberg.core.events import EventRecord, PlaceRecord
from destination_norberg.core.vocab import EventKind, EventStatus

NEW, UPDATE, SAME = "new", "update", "same"

_STATUS = {"CONFIRMED": EventStatus.CONFIRMED.value, "TENTATIVE": EventStatus.PLANNED.value,
           "CANCELLED": EventStatus.CANCELLED.value}
#: How our statuses are written (exchange.ical_write): "idé" and "planerad" both TENTATIVE.
_STATUS_OUT = {EventStatus.CONFIRMED.value: "CONFIRMED", EventStatus.PLANNED.value: "TENTATIVE",
               EventStatus.IDEA.value: "TENTATIVE", EventStatus.CANCELLED.value: "CANCELLED"}


@dataclass(frozen=True, slots=True)
class PlannedImport:
    action: str  # NEW, UPDATE or SAME
    record: EventRecord  # what will be stored
    existing: EventRecord | None = None  # what is stored now (UPDATE, SAME)
    line: int = 0  # where the event starts in the file
    recurrence: str | None = None  # imported as its first occurrence only


def _uid_for(source_uid: str | None, summary: str, starts: Any) -> str:
    """Our uid for an imported event: derived from the partner's UID, stable across imports."""
    basis = source_uid or f"{summary}|{starts.isoformat()}"
    return "ics-" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:32]


#: UIDs this program writes end so (exchange.ical_write); such an event is one of ours.
OWN_UID_SUFFIX = "@destination-norberg"


def own_uid(ics_uid: str | None) -> str | None:
    """Our event uid behind a UID this program exported, else None (a partner's event)."""
    if ics_uid and ics_uid.endswith(OWN_UID_SUFFIX):
        return ics_uid[: -len(OWN_UID_SUFFIX)]
    return None


def source_key(ev: Any) -> str | None:
    """The partner's identity of an event: its UID, or UID#instant for a changed occurrence."""
    if not ev.uid:
        return None
    rid = getattr(ev, "recurrence_id", None)
    return f"{ev.uid}#{rid.strftime('%Y%m%dT%H%M%SZ')}" if rid else ev.uid


def _place_id(location: str, places: Sequence[PlaceRecord]) -> tuple[int | None, str | None]:
    text = location.strip().casefold()
    if not text:
        return None, None
    for p in places:
        if p.name.casefold() == text or text.startswith(p.name.casefold()):
            return p.id, p.name
    return None, None


def _same(a: EventRecord, b: EventRecord) -> bool:
    keys = ("name_sv", "status", "starts_at", "ends_at", "all_day", "place_id",
            "description_sv", "season_id")
    return all(getattr(a, k) == getattr(b, k) for k in keys)


def plan_import(events: Sequence[Any], season_id: int | None,
                existing: Mapping[str, EventRecord], places: Sequence[PlaceRecord],
                ) -> list[PlannedImport]:
    """`events` are exchange.ical_read.ImportedEvent; `existing` maps source UID → record.

    The same UID twice in one file keeps the copy with the highest SEQUENCE; a changed
    occurrence of a series (RECURRENCE-ID) is an event of its own, keyed "UID#instant".
    """
    chosen: dict[str, Any] = {}
    anonymous: list[Any] = []
    # A series whose first occurrence was moved: the override replaces that occurrence.
    moved_firsts = {(ev.uid, ev.recurrence_id) for ev in events
                    if ev.uid and getattr(ev, "recurrence_id", None)}
    events = [ev for ev in events if getattr(ev, "recurrence_id", None)
              or (ev.uid, ev.starts_at) not in moved_firsts]
    for ev in events:
        key = source_key(ev)
        if key is None:
            anonymous.append(ev)
        elif key not in chosen or ev.sequence >= chosen[key].sequence:
            chosen[key] = ev
    plan: list[PlannedImport] = []
    for ev in [*chosen.values(), *anonymous]:
        key = source_key(ev)
        place_id, place_name = _place_id(ev.location, places)
        description = ev.description
        if ev.location and place_id is None:
            description = f"{ev.location}\n\n{description}".strip()
        record = EventRecord(
            id=None, uid=_uid_for(key, ev.summary, ev.starts_at),
            name_sv=ev.summary or "(utan titel)", kind=EventKind.PROGRAMME.value,
            status=_STATUS.get((ev.status or "").upper(), EventStatus.PLANNED.value),
            starts_at=ev.starts_at, ends_at=ev.ends_at, all_day=ev.all_day,
            season_id=season_id, place_id=place_id, description_sv=description,
            source_uid=key, place_name=place_name)
        old = existing.get(key) if key else None
        ours = own_uid(ev.uid)
        if old is None and ours is not None:
            old = existing.get(ours)  # our own export coming back: the same event
            record = replace(record, uid=ours, source_uid=None)
        if old is None:
            plan.append(PlannedImport(NEW, record, line=ev.line, recurrence=ev.recurrence))
            continue
        # Keep what the coordinator set that a calendar file cannot say.
        status = old.status if _STATUS_OUT.get(old.status) == (ev.status or "").upper() \
            else record.status
        merged = replace(record, id=old.id, uid=old.uid, version=old.version, kind=old.kind,
                         status=status, source_uid=old.source_uid,
                         parent_id=old.parent_id, organiser_id=old.organiser_id,
                         outdoor=old.outdoor, milestone=old.milestone, name_en=old.name_en,
                         description_en=old.description_en,
                         place_id=record.place_id or old.place_id,
                         place_name=record.place_name or old.place_name)
        plan.append(PlannedImport(SAME if _same(merged, old) else UPDATE, merged, old,
                                  line=ev.line, recurrence=ev.recurrence))
    return sorted(plan, key=lambda p: p.record.starts_at)
