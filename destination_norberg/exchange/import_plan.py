"""Decide what an iCalendar import does before anything is written: new, update or same.

Duplicates are recognised by the partner's UID (kept on the event as `source_uid`), so the
same file imported twice changes nothing, and a partner's changed event updates ours. An
occurrence of a repeating event is keyed "UID#start" (its RECURRENCE-ID); an event without a
UID by its content (title, start, end, place), so it too is found again, and two identical
ones in a file are one. Our own exports coming back are matched to our events by our UIDs:
a `--per-day` export's day pieces are joined into their event again, and an English export
fills the English texts (SUMMARY;LANGUAGE=en), never the Swedish ones.
"""

from __future__ import annotations

import hashlib
import re
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


#: A day piece of a `--per-day` export: `{uid}-{YYYYMMDD}@destination-norberg`.
_DAY_PIECE = re.compile(r"^(.+)-(\d{8})" + re.escape(OWN_UID_SUFFIX) + "$")


def source_key(ev: Any) -> str:
    """The partner's identity of an event: its UID, UID#instant for an occurrence of a
    repeating event, or a digest of its content for an event without UID."""
    if not ev.uid:
        basis = "|".join((ev.summary, ev.starts_at.isoformat(),
                          ev.ends_at.isoformat() if ev.ends_at else "", ev.location))
        return "content-" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:32]
    rid = getattr(ev, "recurrence_id", None)
    return f"{ev.uid}#{rid.strftime('%Y%m%dT%H%M%SZ')}" if rid else ev.uid


def join_day_pieces(events: Sequence[Any]) -> list[Any]:
    """Our `--per-day` export's pieces of one event joined back into that event (first
    start, last end); everything else as it is."""
    groups: dict[str, list[Any]] = {}
    for ev in events:
        match = _DAY_PIECE.match(ev.uid or "")
        if match:
            groups.setdefault(match.group(1), []).append(ev)
    joined = {base: pieces for base, pieces in groups.items() if len(pieces) > 1}
    out: list[Any] = []
    done: set[str] = set()
    for ev in events:
        match = _DAY_PIECE.match(ev.uid or "")
        base = match.group(1) if match else None
        if base is None or base not in joined:
            out.append(ev)
        elif base not in done:
            done.add(base)
            pieces = joined[base]
            ends = [p.ends_at or p.starts_at for p in pieces]
            first = min(pieces, key=lambda p: p.starts_at)
            out.append(replace(first, uid=base + OWN_UID_SUFFIX, ends_at=max(ends),
                               all_day=all(p.all_day for p in pieces)))
    return out


def _place_id(location: str, places: Sequence[PlaceRecord]) -> tuple[int | None, str | None]:
    text = location.strip().casefold()
    if not text:
        return None, None
    for p in places:
        if p.name.casefold() == text or text.startswith(p.name.casefold()):
            return p.id, p.name
    return None, None


def _english(ev: Any, old: EventRecord) -> bool:
    """Whether our own event came back from an English export: the file says so, or (an
    older export without LANGUAGE) its title is the English one and not the Swedish."""
    language = getattr(ev, "language", None) or ""
    if language:
        return language.startswith("en")
    return bool(old.name_en) and ev.summary == old.name_en and ev.summary != old.name_sv


def _as_written(text: str, own: str, other: str) -> str:
    """A text of ours after our export came back: unchanged where the file shows what the
    export wrote (this language's text, or the other language's standing in for it)."""
    return own if text == (own or other) else text


def _same(a: EventRecord, b: EventRecord) -> bool:
    keys = ("name_sv", "status", "starts_at", "ends_at", "all_day", "place_id",
            "description_sv", "season_id", "name_en", "description_en")
    return all(getattr(a, k) == getattr(b, k) for k in keys)


def plan_import(events: Sequence[Any], season_id: int | None,
                existing: Mapping[str, EventRecord], places: Sequence[PlaceRecord],
                ) -> list[PlannedImport]:
    """`events` are exchange.ical_read.ImportedEvent; `existing` maps source UID → record.

    The same UID twice in one file keeps the copy with the highest SEQUENCE; a changed
    occurrence of a series (RECURRENCE-ID) is an event of its own, keyed "UID#instant".
    """
    chosen: dict[str, Any] = {}
    for ev in events:
        key = source_key(ev)
        if key not in chosen or ev.sequence >= chosen[key].sequence:
            chosen[key] = ev
    plan: list[PlannedImport] = []
    for key, ev in chosen.items():
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
        old = existing.get(key)
        rid = getattr(ev, "recurrence_id", None)
        legacy = existing.get(ev.uid) if old is None and rid is not None and ev.uid else None
        if legacy is not None and legacy.starts_at == rid:
            old = legacy  # a series' first date imported before occurrences were keyed
        ours = own_uid(ev.uid)
        if old is None and ours is not None:
            old = existing.get(ours)  # our own export coming back: the same event
            record = replace(record, uid=ours, source_uid=None)
        if old is not None and ours is not None and _english(ev, old):
            # Our English export: its texts are the English ones; the Swedish stay.
            record = replace(record, name_sv=old.name_sv, description_sv=old.description_sv,
                             name_en=_as_written(ev.summary, old.name_en, old.name_sv),
                             description_en=_as_written(ev.description, old.description_en,
                                                        old.description_sv))
        elif old is not None and ours is not None:
            record = replace(record, name_en=old.name_en, description_en=old.description_en,
                             description_sv=_as_written(ev.description, old.description_sv,
                                                        old.description_en))
        elif old is not None:
            record = replace(record, name_en=old.name_en, description_en=old.description_en)
        if old is None:
            plan.append(PlannedImport(NEW, record, line=ev.line, recurrence=ev.recurrence))
            continue
        # Keep what the coordinator set that a calendar file cannot say.
        status = old.status if _STATUS_OUT.get(old.status) == (ev.status or "").upper() \
            else record.status
        merged = replace(record, id=old.id, uid=old.uid, version=old.version, kind=old.kind,
                         status=status, source_uid=old.source_uid,
                         parent_id=old.parent_id, organiser_id=old.organiser_id,
                         outdoor=old.outdoor, milestone=old.milestone,
                         place_id=record.place_id or old.place_id,
                         place_name=record.place_name or old.place_name)
        plan.append(PlannedImport(SAME if _same(merged, old) else UPDATE, merged, old,
                                  line=ev.line, recurrence=ev.recurrence))
    return sorted(plan, key=lambda p: p.record.starts_at)
