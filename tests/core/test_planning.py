from __future__ import annotations

import json
import random
import time as clock
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from destination_norberg.core.events import EventRecord, StrakRecord, StrakStopRecord, TaskRecord
from destination_norberg.core.planning import (
    PlanWarning,
    WarningCode,
    occupied,
    outdoor_red_warnings,
    overdue_task_warnings,
    venue_conflicts,
    warnings_for,
)
from destination_norberg.core.snow import GuaranteeStatus, SnowTarget
from destination_norberg.core.timeutil import to_local, to_utc
from destination_norberg.core.vocab import EventKind, EventStatus, GuaranteeLevel

DATA = Path(__file__).resolve().parents[2] / "data" / "events.json"
TORGET, STADION = 1, 2


def at(*args: int) -> datetime:
    """Local Norberg time → aware UTC, as the store hands instants over."""
    return to_utc(datetime(*args))


def ev(event_id: int | None, start: datetime, end: datetime | None = None, *,
       place: int | None = TORGET, name: str | None = None, **changes) -> EventRecord:
    values = dict(id=event_id, uid=f"u{event_id}", name_sv=name or f"E{event_id}",
                  kind=EventKind.PROGRAMME.value, status=EventStatus.PLANNED.value,
                  starts_at=start, ends_at=end, place_id=place)
    values.update(changes)
    return EventRecord(**values)


def pairs(warnings: list[PlanWarning]) -> set[tuple[int, ...]]:
    return {w.event_ids for w in warnings}


def demo_events() -> list[EventRecord]:
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    ids = {e["key"]: i + 1 for i, e in enumerate(raw)}
    places = {key: i + 1 for i, key in enumerate(sorted({e["place"] for e in raw}))}
    return [EventRecord(
        id=ids[e["key"]], uid=e["key"], name_sv=e["name_sv"], name_en=e["name_en"],
        kind=e["kind"], status=e["status"], starts_at=to_utc(datetime.fromisoformat(e["start"])),
        ends_at=to_utc(datetime.fromisoformat(e["end"])), parent_id=ids.get(e["parent"]),
        place_id=places[e["place"]], outdoor=e["outdoor"], milestone=e["milestone"])
        for e in raw]


# --- PlanWarning ---------------------------------------------------------------------------

def test_unknown_code_is_refused():
    with pytest.raises(ValueError, match="unknown warning code"):
        PlanWarning("venue_clash")


def test_text_and_a_missing_argument():
    w = PlanWarning(WarningCode.TASK_OVERDUE, (3,), {"task": "Boka tidtagning", "event": "EBL",
                                                     "due": "2026-10-01"})
    assert w.text == "The task Boka tidtagning for EBL was due on 2026-10-01."
    assert PlanWarning("task_overdue", (3,), {"task": "X"}).text == "The task X for ? was due on ?."


def test_warnings_are_hashable_and_equal_by_value():
    a = PlanWarning("stop_no_organisation", (), {"strak": "S", "position": "1"}, strak_id=1)
    b = PlanWarning("stop_no_organisation", (), {"strak": "S", "position": "1"}, strak_id=1)
    assert a == b
    assert len({a, b}) == 1


def test_every_code_has_a_text():
    for code in WarningCode:
        assert PlanWarning(code).text.endswith(".")


# --- venue conflicts -----------------------------------------------------------------------

def test_overlap_at_one_place():
    a = ev(1, at(2026, 12, 5, 11), at(2026, 12, 5, 16), name="Julmarknad", place_name="Torget")
    b = ev(2, at(2026, 12, 5, 15), at(2026, 12, 5, 17), name="Luciatåg")
    (w,) = venue_conflicts([b, a])
    assert w.code == "venue_overlap"
    assert w.event_ids == (1, 2)
    assert w.day == date(2026, 12, 5)
    assert w.message_args == {"first": "Julmarknad", "second": "Luciatåg", "place": "Torget",
                              "starts": "2026-12-05 15:00", "ends": "2026-12-05 16:00"}


def test_no_overlap_when_touching_elsewhere_or_cancelled():
    base = ev(1, at(2027, 1, 9, 10), at(2027, 1, 9, 12))
    assert venue_conflicts([base, ev(2, at(2027, 1, 9, 12), at(2027, 1, 9, 14))]) == []
    assert venue_conflicts([base, ev(2, at(2027, 1, 9, 11), place=STADION)]) == []
    assert venue_conflicts([base, ev(2, at(2027, 1, 9, 11), place=None)]) == []
    cancelled = ev(2, at(2027, 1, 9, 11), status=EventStatus.CANCELLED.value)
    assert venue_conflicts([base, cancelled]) == []


def test_an_event_without_an_end_lasts_an_hour():
    start = ev(1, at(2027, 1, 9, 9))
    assert pairs(venue_conflicts([start, ev(2, at(2027, 1, 9, 9, 59))])) == {(1, 2)}
    assert venue_conflicts([start, ev(2, at(2027, 1, 9, 10))]) == []
    backwards = ev(3, at(2027, 1, 9, 9), at(2027, 1, 9, 8))
    assert occupied(backwards) == (at(2027, 1, 9, 9), at(2027, 1, 9, 10))


def test_parent_and_descendants_never_clash():
    fest = ev(1, at(2027, 7, 22, 16), at(2027, 7, 25, 14), kind=EventKind.FESTIVAL.value)
    concert = ev(2, at(2027, 7, 23, 20), at(2027, 7, 23, 23), parent_id=1)
    encore = ev(3, at(2027, 7, 23, 22), at(2027, 7, 23, 23, 30), parent_id=2)
    assert venue_conflicts([fest, concert, encore]) == []
    assert venue_conflicts([fest, concert, encore], same_programme=True) == []


def test_siblings_clash_only_when_asked():
    fest = ev(1, at(2027, 7, 22, 16), at(2027, 7, 25, 14), place=STADION)
    a = ev(2, at(2027, 7, 23, 20), at(2027, 7, 23, 23), parent_id=1)
    b = ev(3, at(2027, 7, 23, 21), at(2027, 7, 23, 22), parent_id=1)
    cousin = ev(5, at(2027, 7, 23, 22), at(2027, 7, 23, 22, 30), parent_id=4)
    day = ev(4, at(2027, 7, 23, 10), at(2027, 7, 23, 11), parent_id=1, place=STADION)
    assert venue_conflicts([fest, a, b, day, cousin]) == []
    assert pairs(venue_conflicts([fest, a, b, day, cousin], same_programme=True)) == {
        (2, 3), (2, 5)}


def test_an_outsider_clashes_with_a_programme_point_but_not_with_the_week():
    week = ev(1, at(2027, 2, 8, 0), at(2027, 2, 14, 18), kind=EventKind.WEEK.value)
    race = ev(2, at(2027, 2, 14, 9), at(2027, 2, 14, 16), parent_id=1, kind="lopp")
    market = ev(3, at(2027, 2, 10, 10), at(2027, 2, 10, 15), kind=EventKind.MARKET.value)
    stall = ev(4, at(2027, 2, 14, 10), at(2027, 2, 14, 12), kind=EventKind.MARKET.value)
    assert pairs(venue_conflicts([week, race, market, stall])) == {(2, 4)}


def test_strak_events_are_not_bookings():
    strak = ev(1, at(2026, 12, 4, 16), at(2027, 2, 27, 20), kind=EventKind.STRAK.value)
    market = ev(2, at(2026, 12, 5, 11), at(2026, 12, 5, 16), kind=EventKind.MARKET.value)
    assert venue_conflicts([strak, market]) == []


def test_all_day_events_book_whole_local_days():
    fair = ev(1, at(2027, 3, 20, 0), at(2027, 3, 21, 0), all_day=True)  # exclusive end
    assert occupied(fair) == (at(2027, 3, 20, 0), at(2027, 3, 21, 0))
    assert pairs(venue_conflicts([fair, ev(2, at(2027, 3, 20, 22), at(2027, 3, 20, 23))])) == {
        (1, 2)}
    assert venue_conflicts([fair, ev(2, at(2027, 3, 21, 9), at(2027, 3, 21, 10))]) == []
    two_days = ev(1, at(2027, 3, 20, 0), at(2027, 3, 21, 0, 1), all_day=True)
    assert occupied(two_days)[1] == at(2027, 3, 22, 0)
    single = ev(1, at(2027, 3, 20, 12), all_day=True)
    assert occupied(single) == (at(2027, 3, 20, 0), at(2027, 3, 21, 0))


def test_all_day_across_the_dst_change_ends_at_local_midnight():
    day = ev(1, at(2027, 3, 28, 0), all_day=True)  # the last Sunday of March: 23 hours
    start, end = occupied(day)
    assert end - start == timedelta(hours=23)
    assert to_local(end).time() == time(0)


def test_since_drops_bookings_that_are_over():
    old = [ev(1, at(2026, 11, 5, 18), at(2026, 11, 5, 20)), ev(2, at(2026, 11, 5, 19))]
    new = [ev(3, at(2026, 12, 5, 11), at(2026, 12, 5, 16)), ev(4, at(2026, 12, 5, 12))]
    assert pairs(venue_conflicts(old + new)) == {(1, 2), (3, 4)}
    assert pairs(venue_conflicts(old + new, since=date(2026, 11, 26))) == {(3, 4)}
    assert pairs(venue_conflicts(old + new, since=date(2026, 11, 5))) == {(1, 2), (3, 4)}


def test_the_demo_season_has_no_double_bookings():
    events = demo_events()
    assert venue_conflicts(events) == []
    # Within the winter week the races share Torget by design; asked, they show up.
    names = {e.id: e.name_sv for e in events}
    found = {tuple(sorted(names[i] for i in w.event_ids))
             for w in venue_conflicts(events, same_programme=True)}
    assert ("Engelbrektshalvan 30 km", "Engelbrektsloppet 60 km klassisk") in found


def generated(n: int, seed: int = 1962) -> tuple[list[EventRecord], set[tuple[int, int]]]:
    """n events on 50 places, each alone in its own two-hour slot, plus planted clashes."""
    rng = random.Random(seed)
    base = at(2027, 1, 1, 0)
    events = []
    for i in range(n):
        slot = base + timedelta(hours=3 * i)
        events.append(ev(i + 1, slot, slot + timedelta(hours=2), place=rng.randrange(50)))
    rng.shuffle(events)
    planted = set()
    next_id = n + 1
    for victim in rng.sample(events, 40):
        events.append(ev(next_id, victim.starts_at + timedelta(minutes=rng.randrange(0, 60)),
                         place=victim.place_id))
        planted.add((victim.id, next_id))
        next_id += 1
    # Near misses: touching ends, another place, cancelled.
    for victim in rng.sample(events[:n], 20):
        events.append(ev(next_id, victim.finish, victim.finish + timedelta(minutes=30),
                         place=victim.place_id))
        events.append(ev(next_id + 1, victim.starts_at, place=(victim.place_id or 0) + 100))
        events.append(ev(next_id + 2, victim.starts_at, place=victim.place_id,
                         status=EventStatus.CANCELLED.value))
        next_id += 3
    return events, planted


def test_sweep_finds_exactly_the_planted_overlaps_among_5000():
    events, planted = generated(5000)
    assert len(events) >= 5000
    assert pairs(venue_conflicts(events)) == planted


def test_sweep_is_fast():
    events, _ = generated(5000, seed=7)
    best = min(_timed(events) for _ in range(3))
    assert best < 0.1, f"{best * 1000:.0f} ms for {len(events)} events"


def _timed(events: list[EventRecord]) -> float:
    started = clock.perf_counter()
    venue_conflicts(events)
    return clock.perf_counter() - started


# --- snow guarantee ------------------------------------------------------------------------

def guarantee(target_id: int, level: GuaranteeLevel | None, ready: float = 12.0) -> GuaranteeStatus:
    target = SnowTarget(target_id=target_id, name="EBL 2027: 20 km-slinga",
                        deadline=date(2027, 2, 14), required_km=20, min_depth_cm=40, loops=())
    return GuaranteeStatus(target=target, ready_km=ready, level=level, days_left=0)


WEEK = ev(1, at(2027, 2, 8, 0), at(2027, 2, 14, 18), kind="vecka", outdoor=True,
          name="Vintervecka 2027")
RACE = ev(2, at(2027, 2, 14, 9), at(2027, 2, 14, 16), parent_id=1, outdoor=True,
          name="Engelbrektsloppet 60 km")
EXPO = ev(3, at(2027, 2, 12, 12), at(2027, 2, 13, 18), parent_id=1, outdoor=False, name="Expo")
SPRINT = ev(4, at(2027, 2, 12, 18, 30), at(2027, 2, 12, 20, 30), parent_id=1, outdoor=True)
TODAY = date(2027, 2, 14)


def test_outdoor_event_under_a_red_target():
    (w,) = outdoor_red_warnings([WEEK, RACE, EXPO], [guarantee(9, GuaranteeLevel.RED)], {9: 2},
                                TODAY)
    assert w.code == "outdoor_red"
    assert w.event_ids == (2,)
    assert w.day == date(2027, 2, 14)
    assert w.message_args == {"event": "Engelbrektsloppet 60 km", "starts": "2027-02-14 09:00",
                              "target": "EBL 2027: 20 km-slinga", "ready_km": "12.0",
                              "required_km": "20", "deadline": "2027-02-14"}


def test_a_target_on_the_week_covers_its_outdoor_points_still_ahead():
    found = outdoor_red_warnings([WEEK, RACE, EXPO, SPRINT], [guarantee(9, GuaranteeLevel.RED)],
                                 {9: 1}, TODAY)
    assert pairs(found) == {(1,), (2,)}  # the sprint was on Friday, the expo is indoors
    earlier = outdoor_red_warnings([WEEK, RACE, EXPO, SPRINT],
                                   [guarantee(9, GuaranteeLevel.RED)], {9: 1}, date(2027, 2, 12))
    assert pairs(earlier) == {(1,), (2,), (4,)}


@pytest.mark.parametrize("level", [GuaranteeLevel.GREEN, GuaranteeLevel.YELLOW, None])
def test_only_red_warns(level):
    assert outdoor_red_warnings([WEEK, RACE], [guarantee(9, level)], {9: 1}, TODAY) == []


def test_cancelled_or_unlinked_events_do_not_warn():
    cancelled = RACE.with_(status=EventStatus.CANCELLED.value)
    assert outdoor_red_warnings([cancelled], [guarantee(9, GuaranteeLevel.RED)], {9: 2},
                                TODAY) == []
    assert outdoor_red_warnings([WEEK, RACE], [guarantee(9, GuaranteeLevel.RED)], {9: 77},
                                TODAY) == []
    assert outdoor_red_warnings([WEEK, RACE], [guarantee(9, GuaranteeLevel.RED)], {},
                                TODAY) == []


# --- tasks ---------------------------------------------------------------------------------

def task(task_id: int, *, due_on: date | None = None, offset: int | None = None,
         done: bool = False, event_id: int = 2) -> TaskRecord:
    return TaskRecord(id=task_id, uid=f"t{task_id}", event_id=event_id, title=f"Task {task_id}",
                      due_on=due_on, due_offset_days=offset, done=done)


def test_overdue_tasks():
    tasks = [task(1, due_on=date(2026, 11, 15)), task(2, offset=-90),  # 2026-11-16
             task(3, offset=-60), task(4, due_on=date(2026, 11, 1), done=True),
             task(5, due_on=date(2026, 11, 26)), task(6)]
    found = overdue_task_warnings(tasks, [RACE], date(2026, 11, 26))
    assert [(w.task_id, w.day) for w in found] == [(1, date(2026, 11, 15)),
                                                   (2, date(2026, 11, 16))]
    assert found[1].message_args == {"task": "Task 2", "event": "Engelbrektsloppet 60 km",
                                     "due": "2026-11-16"}


def test_tasks_of_a_cancelled_event_are_not_overdue():
    cancelled = RACE.with_(status=EventStatus.CANCELLED.value)
    assert overdue_task_warnings([task(1, due_on=date(2026, 1, 1))], [cancelled],
                                 date(2026, 11, 26)) == []


# --- all together --------------------------------------------------------------------------

def test_warnings_for_combines_and_sorts_by_day():
    past = [ev(10, at(2026, 11, 5, 18), at(2026, 11, 5, 20)), ev(11, at(2026, 11, 5, 19))]
    clash = [ev(12, at(2026, 12, 5, 11), at(2026, 12, 5, 16)), ev(13, at(2026, 12, 5, 12))]
    strak = StrakRecord(id=5, uid="s", name="Vinterstråket", period_start=date(2026, 12, 4),
                        period_end=date(2027, 2, 27), weekdays=(5, 6), opens=time(16),
                        closes=time(20), stops=(StrakStopRecord(1, 1, "16–18"),))
    ended = StrakRecord(id=6, uid="o", name="Sommarstråket", period_start=date(2026, 6, 18),
                        period_end=date(2026, 8, 15), weekdays=(4, 5, 6), opens=time(11),
                        closes=time(18), stops=(StrakStopRecord(1, None, "stängt"),))
    found = warnings_for([*past, *clash, WEEK, RACE], [ended, strak],
                         [guarantee(9, GuaranteeLevel.RED)], {9: 2}, date(2026, 11, 26),
                         tasks=[task(1, due_on=date(2026, 11, 20))])
    assert [(w.code, w.day) for w in found] == [
        ("task_overdue", date(2026, 11, 20)),
        ("stop_hours_short", date(2026, 12, 4)),
        ("venue_overlap", date(2026, 12, 5)),
        ("outdoor_red", date(2027, 2, 14)),
    ]


def test_warnings_for_the_demo_season_are_quiet():
    events = demo_events()
    assert warnings_for(events, [], [], {}, date(2026, 11, 26)) == []
