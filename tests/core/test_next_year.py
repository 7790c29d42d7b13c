from __future__ import annotations

import csv
import json
import re
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from destination_norberg.core.events import EventRecord, TaskRecord
from destination_norberg.core.next_year import (
    SKIP_CANCELLED,
    SKIP_PARENT_SKIPPED,
    copy_tasks,
    plan_copy,
    rename_year,
    shift_local,
)
from destination_norberg.core.timeutil import to_local, to_utc
from destination_norberg.core.vocab import EventStatus

DATA = Path(__file__).resolve().parents[2] / "data"


def at(*args: int) -> datetime:
    return to_utc(datetime(*args))


def ev(event_id: int, start: datetime, end: datetime | None = None, *, parent: int | None = None,
       name: str | None = None, **changes) -> EventRecord:
    values = dict(id=event_id, uid=f"u{event_id}", name_sv=name or f"E{event_id}",
                  kind="program", status=EventStatus.CONFIRMED.value, starts_at=start,
                  ends_at=end, parent_id=parent, season_id=3, place_id=1)
    values.update(changes)
    return EventRecord(**values)


def demo_events() -> tuple[list[EventRecord], dict[str, int]]:
    raw = json.loads((DATA / "events.json").read_text(encoding="utf-8"))
    ids = {e["key"]: i + 1 for i, e in enumerate(raw)}
    events = [EventRecord(
        id=ids[e["key"]], uid=e["key"], name_sv=e["name_sv"], name_en=e["name_en"],
        kind=e["kind"], status=e["status"], starts_at=to_utc(datetime.fromisoformat(e["start"])),
        ends_at=to_utc(datetime.fromisoformat(e["end"])), parent_id=ids.get(e["parent"]),
        outdoor=e["outdoor"], milestone=e["milestone"], description_sv=e["description_sv"])
        for e in raw]
    return events, ids


# --- names and shifts ----------------------------------------------------------------------

@pytest.mark.parametrize(("name", "expected"), [
    ("Vintervecka 2027", "Vintervecka 2028"),
    ("Engelbrektsloppet 2027", "Engelbrektsloppet 2028"),
    ("Vinterstråket 2026/27", "Vinterstråket 2027/28"),
    ("Säsongen 2026–27", "Säsongen 2027–28"),
    ("Säsong 2027/28", "Säsong 2028/29"),
    ("Klasskidan", "Klasskidan"),
    ("Engelbrektsloppet sedan 1969", "Engelbrektsloppet sedan 1969"),
    ("2027 års vintervecka", "2028 års vintervecka"),
    ("Lopp 12027", "Lopp 12027"),
    ("Vintervecka 2026", "Vintervecka 2026"),
    ("Jämför med 2025/26", "Jämför med 2025/26"),
])
def test_rename_year(name, expected):
    assert rename_year(name, 2027, 2028) == expected


def test_shift_keeps_the_local_clock_across_dst():
    # 22 March 2026 (winter time) + 371 days = 28 March 2027, the day summer time starts.
    moved = shift_local(at(2026, 3, 22, 10), 371)
    assert to_local(moved).replace(tzinfo=None) == datetime(2027, 3, 28, 10)
    assert moved == datetime(2027, 3, 28, 8, tzinfo=UTC)
    # Moving the instant instead would have started the race at 11:00.
    assert to_local(at(2026, 3, 22, 10) + timedelta(days=371)).hour == 11


# --- the demo week -------------------------------------------------------------------------

def test_the_2027_week_lands_on_sunday_13_february_2028():
    events, ids = demo_events()
    plan = plan_copy(events, ids["vintervecka-2027"], 2028, season_id=9)
    assert (plan.from_year, plan.to_year, plan.shift_days) == (2027, 2028, 364)
    by_source = {c.source.uid: c.new for c in plan.copies}
    race = by_source["engelbrektsloppet-2027"]
    assert to_local(race.starts_at).replace(tzinfo=None) == datetime(2028, 2, 13, 9)
    assert to_local(race.starts_at).isoweekday() == 7
    # February both years: no DST on either side, so the UTC time is the same as well.
    assert race.starts_at.astimezone(UTC).time() == time(8)
    assert plan.skipped == ()
    assert len(plan.copies) == 13
    week = ids["vintervecka-2027"]
    assert {c.source.uid for c in plan.copies} == {
        e.uid for e in events if e.id == week or e.parent_id == week}


def test_every_copy_keeps_weekday_and_clock():
    events, ids = demo_events()
    plan = plan_copy(events, ids["vintervecka-2027"], 2028, season_id=9)
    for c in plan.copies:
        old, new = to_local(c.source.starts_at), to_local(c.new.starts_at)
        assert new.isoweekday() == old.isoweekday()
        assert new.time() == old.time()
        assert new.date() - old.date() == timedelta(days=364)
        assert to_local(c.new.finish).time() == to_local(c.source.finish).time()


def test_copies_are_fresh_planned_records():
    events, ids = demo_events()
    plan = plan_copy(events, ids["vintervecka-2027"], 2028, season_id=9)
    uids = [c.new.uid for c in plan.copies]
    assert len(set(uids)) == len(uids)
    for c in plan.copies:
        assert re.fullmatch(r"[0-9a-f]{32}", c.new.uid)
        assert (c.new.id, c.new.version, c.new.season_id) == (None, 0, 9)
        assert c.new.status == "planerad"
        assert c.new.parent_id is None  # resolved when saving, never last year's id
        assert (c.new.kind, c.new.outdoor, c.new.milestone, c.new.description_sv) == (
            c.source.kind, c.source.outdoor, c.source.milestone, c.source.description_sv)
    root = plan.copies[0]
    assert (root.source.uid, root.parent_index) == ("vintervecka-2027", None)
    assert (root.new.name_sv, root.new.name_en) == ("Vintervecka 2028", "Winter Week 2028")
    assert all(c.parent_index == 0 for c in plan.copies[1:])


def test_the_saver_links_children_in_order():
    events, ids = demo_events()
    plan = plan_copy(events, ids["vintervecka-2027"], 2028, season_id=9)
    saved: list[int] = []
    for i in range(len(plan.copies)):
        record = plan.resolved(i, saved)
        assert record.parent_id == (None if i == 0 else 500)
        saved.append(500 + i)
    with pytest.raises(ValueError, match="in order"):
        plan.resolved(1, [])


# --- rules ---------------------------------------------------------------------------------

def test_cancelled_points_and_what_hangs_under_them_are_skipped():
    week = ev(1, at(2027, 2, 8, 0), at(2027, 2, 14, 18), name="Vintervecka 2027",
              status=EventStatus.CANCELLED.value)
    gone = ev(2, at(2027, 2, 9, 18), parent=1, status=EventStatus.CANCELLED.value)
    under = ev(3, at(2027, 2, 9, 19), parent=2)
    kept = ev(4, at(2027, 2, 10, 9), parent=1, status=EventStatus.IDEA.value)
    other = ev(5, at(2027, 2, 10, 9))
    plan = plan_copy([other, under, kept, gone, week], 1, 2028, season_id=None)
    assert [c.source.id for c in plan.copies] == [1, 4]
    assert [c.new.status for c in plan.copies] == ["planerad", "planerad"]
    assert [(s.source.id, s.reason) for s in plan.skipped] == [(2, SKIP_CANCELLED),
                                                                (3, SKIP_PARENT_SKIPPED)]


def test_grandchildren_come_after_their_parent():
    week = ev(1, at(2027, 2, 8, 0))
    grandchild = ev(3, at(2027, 2, 9, 10), parent=2)
    child = ev(2, at(2027, 2, 12, 10), parent=1)
    plan = plan_copy([grandchild, child, week], 1, 2028, season_id=None)
    assert [(c.source.id, c.parent_index) for c in plan.copies] == [(1, None), (2, 0), (3, 1)]


def test_an_event_on_the_last_sunday_of_march():
    # 2026 → 2027 is a 53-week jump (8 Feb 2026 → 14 Feb 2027).
    week = ev(1, at(2026, 2, 2, 0), at(2026, 2, 8, 18), name="Vintervecka 2026")
    before = ev(2, at(2026, 3, 22, 10), at(2026, 3, 22, 12), parent=1)
    on_the_day = ev(3, at(2026, 3, 29, 10), at(2026, 3, 29, 12), parent=1)
    plan = plan_copy([week, before, on_the_day], 1, 2027, season_id=None)
    assert plan.shift_days == 371
    new = {c.source.id: c.new for c in plan.copies}
    assert to_local(new[2].starts_at).replace(tzinfo=None) == datetime(2027, 3, 28, 10)
    assert new[2].starts_at == datetime(2027, 3, 28, 8, tzinfo=UTC)  # summer time now
    assert to_local(new[3].starts_at).replace(tzinfo=None) == datetime(2027, 4, 4, 10)
    assert new[1].name_sv == "Vintervecka 2027"
    # 2027 → 2028: the last Sunday of March moves to the last Sunday of March.
    plan = plan_copy([ev(1, at(2027, 2, 8, 0)), ev(2, at(2027, 3, 28, 10), parent=1)], 1,
                     2028, season_id=None)
    moved = plan.copies[1].new.starts_at
    assert to_local(moved).replace(tzinfo=None) == datetime(2028, 3, 26, 10)
    assert moved == datetime(2028, 3, 26, 8, tzinfo=UTC)


def test_an_event_without_an_end_keeps_none():
    plan = plan_copy([ev(1, at(2027, 2, 8, 0))], 1, 2028, season_id=None)
    assert plan.copies[0].new.ends_at is None


def test_names_already_in_the_target_year_are_conflicts():
    week = ev(1, at(2027, 2, 8, 0), name="Vintervecka 2027")
    race = ev(2, at(2027, 2, 10, 9), parent=1, name="Klasskidan")
    existing = [ev(20, at(2028, 1, 10, 9), name="vintervecka  2028"),
                ev(21, at(2028, 2, 9, 9), name="Klasskidan"),
                ev(22, at(2029, 2, 9, 9), name="Klasskidan"),
                ev(23, at(2028, 2, 9, 9), name="Klassfesten")]
    plan = plan_copy([week, race], 1, 2028, season_id=None, existing=[week, race, *existing])
    assert [(c.index, c.existing.id) for c in plan.conflicts] == [(0, 20), (1, 21)]


def test_the_programme_itself_is_not_a_conflict():
    # A programme point already planned in the target year is copied, not "already there".
    week = ev(1, at(2027, 2, 8, 0))
    march = ev(2, at(2027, 3, 6, 10), parent=1, name="Träning")
    ahead = ev(3, at(2028, 1, 8, 10), parent=1, name="Träning")
    plan = plan_copy([week, march, ahead], 1, 2028, season_id=None,
                     existing=[week, march, ahead])
    assert plan.conflicts == ()


def test_bad_requests():
    week = ev(1, at(2027, 2, 8, 0))
    with pytest.raises(ValueError, match="already in 2027"):
        plan_copy([week], 1, 2027, season_id=None)
    with pytest.raises(ValueError, match="not among"):
        plan_copy([week], 99, 2028, season_id=None)


# --- tasks ---------------------------------------------------------------------------------

def test_copy_tasks_of_the_60_km():
    events, ids = demo_events()
    with (DATA / "tasks.csv").open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["event"] == "engelbrektsloppet-2027"]
    tasks = [TaskRecord(id=i + 1, uid=r["key"], event_id=ids[r["event"]], title=r["title"],
                        due_on=date.fromisoformat(r["due"]) if r["due"] else None,
                        due_offset_days=int(r["due_offset_days"]) if r["due_offset_days"]
                        else None, responsible_id=7, done=r["done"] == "ja")
             for i, r in enumerate(rows)]
    plan = plan_copy(events, ids["vintervecka-2027"], 2028, season_id=9)
    race = next(c for c in plan.copies if c.source.uid == "engelbrektsloppet-2027")
    copied = copy_tasks(tasks, race.source.starts_at, race.new.starts_at, new_event_id=321)
    assert len(copied) == len(tasks) == 18
    for old, new in zip(tasks, copied, strict=True):
        assert (new.id, new.event_id, new.done, new.version) == (None, 321, False, 0)
        assert new.uid != old.uid and re.fullmatch(r"[0-9a-f]{32}", new.uid)
        assert (new.title, new.responsible_id, new.due_offset_days) == (
            old.title, old.responsible_id, old.due_offset_days)
        if old.due_on is None:
            assert new.due_on is None
        else:
            assert new.due_on == old.due_on + timedelta(days=364)
            assert new.due_on.weekday() == old.due_on.weekday()
    police = copied[0]
    assert (police.title.startswith("Ansök om tillstånd"), police.due_on) == (
        True, date(2027, 11, 14))


def test_copy_tasks_shifts_by_local_days():
    task = TaskRecord(id=1, uid="t", event_id=1, title="Skyltning", due_on=date(2027, 2, 1))
    # 00:30 local on the 14th is still the 13th in UTC; the shift is counted in local days.
    (copied,) = copy_tasks([task], at(2027, 2, 14, 0, 30), at(2028, 2, 13, 9), new_event_id=2)
    assert copied.due_on == date(2028, 1, 31)
