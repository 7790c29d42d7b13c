"""What an import decides before writing: new, update, same; series and our own UIDs."""

from __future__ import annotations

from datetime import UTC, datetime

from destination_norberg.core.events import EventRecord, PlaceRecord
from destination_norberg.exchange.ical_read import ImportedEvent
from destination_norberg.exchange.import_plan import NEW, SAME, UPDATE, plan_import

T0 = datetime(2026, 12, 3, 17, 0, tzinfo=UTC)
T1 = datetime(2026, 12, 4, 17, 0, tzinfo=UTC)
PLACES = [PlaceRecord(id=1, name="Torget", kind="torg")]


def ev(uid: str | None, summary: str, start: datetime, *, rid: datetime | None = None,
       status: str | None = "CONFIRMED", sequence: int = 0, location: str = "") -> ImportedEvent:
    return ImportedEvent(uid=uid, summary=summary, description="", location=location,
                         starts_at=start, ends_at=None, all_day=False, status=status,
                         recurrence="FREQ=WEEKLY" if uid and rid is None else None,
                         sequence=sequence, line=1, recurrence_id=rid)


def test_a_moved_first_occurrence_replaces_it_instead_of_doubling() -> None:
    plan = plan_import([ev("s@x", "Kvällsskidning", T0),
                        ev("s@x", "Kvällsskidning", T1, rid=T0)], None, {}, PLACES)
    assert [(p.action, p.record.starts_at) for p in plan] == [(NEW, T1)]


def test_a_later_changed_occurrence_is_an_event_of_its_own() -> None:
    later = datetime(2026, 12, 10, 17, 0, tzinfo=UTC)
    plan = plan_import([ev("s@x", "Kvällsskidning", T0),
                        ev("s@x", "Kvällsskidning (flyttad)", T1, rid=later)], None, {}, PLACES)
    assert len(plan) == 2 and len({p.record.source_uid for p in plan}) == 2


def test_the_highest_sequence_wins_and_places_are_matched_by_name() -> None:
    plan = plan_import([ev("a@x", "Gammal", T0, sequence=1, location="Torget"),
                        ev("a@x", "Ny", T0, sequence=2, location="Torget")], 7, {}, PLACES)
    (only,) = plan
    assert (only.record.name_sv, only.record.place_id, only.record.season_id) == ("Ny", 1, 7)


def test_known_uid_is_same_or_update_and_keeps_what_a_file_cannot_say() -> None:
    first = plan_import([ev("a@x", "Marknad", T0)], 7, {}, PLACES)[0].record
    stored = first.with_(id=5, version=3, kind="marknad", outdoor=True, name_en="Market")
    again = plan_import([ev("a@x", "Marknad", T0)], 7, {"a@x": stored}, PLACES)
    assert again[0].action == SAME
    moved = plan_import([ev("a@x", "Marknad", T1)], 7, {"a@x": stored}, PLACES)[0]
    assert moved.action == UPDATE
    assert (moved.record.id, moved.record.kind, moved.record.outdoor, moved.record.name_en) == (
        5, "marknad", True, "Market")


def test_our_own_export_coming_back_is_the_same_event() -> None:
    ours = EventRecord(id=9, uid="demo-julmarknad", name_sv="Julmarknad", kind="marknad",
                       status="idé", starts_at=T0, season_id=7, version=2)
    plan = plan_import([ev("demo-julmarknad@destination-norberg", "Julmarknad", T0,
                           status="TENTATIVE")], 7, {"demo-julmarknad": ours}, PLACES)
    assert [(p.action, p.record.id, p.record.status) for p in plan] == [(SAME, 9, "idé")]
