"""What an import decides before writing: new, update, same; series and our own UIDs."""

from __future__ import annotations

from datetime import UTC, datetime

from destination_norberg.core.events import EventRecord, PlaceRecord
from destination_norberg.exchange.ical_read import ImportedEvent
from destination_norberg.exchange.import_plan import (
    SAME,
    UPDATE,
    join_day_pieces,
    plan_import,
    source_key,
)

T0 = datetime(2026, 12, 3, 17, 0, tzinfo=UTC)
T1 = datetime(2026, 12, 4, 17, 0, tzinfo=UTC)
PLACES = [PlaceRecord(id=1, name="Torget", kind="torg")]


def ev(uid: str | None, summary: str, start: datetime, *, rid: datetime | None = None,
       status: str | None = "CONFIRMED", sequence: int = 0, location: str = "") -> ImportedEvent:
    return ImportedEvent(uid=uid, summary=summary, description="", location=location,
                         starts_at=start, ends_at=None, all_day=False, status=status,
                         recurrence="FREQ=WEEKLY" if uid and rid is None else None,
                         sequence=sequence, line=1, recurrence_id=rid)


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


def test_events_without_uid_are_keyed_by_content_and_found_again() -> None:
    lucia = ev(None, "Luciatåg", T0, location="Kyrkan")
    plan = plan_import([lucia, ev(None, "Luciatåg", T0, location="Kyrkan"),
                        ev(None, "Luciatåg", T1, location="Kyrkan")], 7, {}, PLACES)
    assert [p.record.starts_at for p in plan] == [T0, T1]  # the identical two are one
    assert plan[0].record.source_uid == source_key(lucia)
    assert source_key(lucia).startswith("content-") and source_key(lucia) == source_key(
        ev(None, "Luciatåg", T0, location="Kyrkan"))
    stored = plan[0].record.with_(id=3, version=1)
    again = plan_import([lucia], 7, {source_key(lucia): stored}, PLACES)
    assert [p.action for p in again] == [SAME]


def own(uid: str, summary: str, start: datetime, end: datetime, *, language: str | None = None,
        description: str = "") -> ImportedEvent:
    return ImportedEvent(uid=f"{uid}@destination-norberg", summary=summary,
                         description=description, location="", starts_at=start, ends_at=end,
                         all_day=False, status="CONFIRMED", recurrence=None, sequence=1, line=1,
                         language=language)


STORED = EventRecord(id=9, uid="abc123", name_sv="Skidveckan", name_en="Ski week",
                     description_sv="Åk skidor", description_en="", kind="vecka",
                     status="bekräftad", starts_at=T0, ends_at=T1 + (T1 - T0), season_id=7,
                     version=2)


def test_an_english_export_coming_back_leaves_the_swedish_texts() -> None:
    back = own("abc123", "Ski week", T0, STORED.ends_at, language="en",
               description="Åk skidor")  # no English description: the Swedish stood in
    (plan,) = plan_import([back], 7, {"abc123": STORED}, PLACES)
    assert plan.action == SAME and plan.record.name_sv == "Skidveckan"
    changed = own("abc123", "Ski week in Norberg", T0, STORED.ends_at, language="en")
    (plan,) = plan_import([changed], 7, {"abc123": STORED}, PLACES)
    assert (plan.action, plan.record.name_sv, plan.record.name_en) == (
        UPDATE, "Skidveckan", "Ski week in Norberg")
    # An older English export without LANGUAGE is known by its English title.
    (plan,) = plan_import([own("abc123", "Ski week", T0, STORED.ends_at,
                               description="Åk skidor")], 7, {"abc123": STORED}, PLACES)
    assert plan.action == SAME


def test_per_day_pieces_of_our_export_are_one_event_again() -> None:
    mid = datetime(2026, 12, 3, 23, 0, tzinfo=UTC)  # local midnight
    pieces = [own("abc123-20261203", "Skidveckan", T0, mid, description="Åk skidor"),
              own("abc123-20261204", "Skidveckan", mid, STORED.ends_at,
                  description="Åk skidor")]
    (joined,) = join_day_pieces(pieces)
    assert (joined.uid, joined.starts_at, joined.ends_at) == (
        "abc123@destination-norberg", T0, STORED.ends_at)
    (plan,) = plan_import([joined], 7, {"abc123": STORED}, PLACES)
    assert plan.action == SAME
    lone = own("abc123-20261203", "Skidveckan", T0, mid)  # one piece alone is left as it is
    assert join_day_pieces([lone]) == [lone]
