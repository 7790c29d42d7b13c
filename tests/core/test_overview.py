from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from destination_norberg.core.overview import (
    EventItem,
    FollowUp,
    OverviewInputs,
    StrakPeriod,
    TaskItem,
    build_overview,
    milestones,
)
from destination_norberg.core.snow import SnowTarget, evaluate
from destination_norberg.core.snow_plan import evaluate_projected, project
from destination_norberg.core.timeutil import STOCKHOLM, to_utc
from destination_norberg.core.trails import TrailState
from destination_norberg.core.vocab import EventStatus, GuaranteeLevel, TrailKind, TrailStatus

NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)  # 09:00 in Norberg
TODAY = date(2026, 11, 26)


def local(*args: int) -> datetime:
    return to_utc(datetime(*args))


def event(event_id: int, name: str, starts: datetime, ends: datetime | None = None,
          kind: str = "program", status: str = EventStatus.PLANNED.value) -> EventItem:
    return EventItem(event_id=event_id, name_sv=name, name_en=name, kind=kind, status=status,
                     starts_at=starts, ends_at=ends, place="Torget", parent=None)


def task(task_id: int, title: str, *, due_on: date | None = None, offset: int | None = None,
         event_start: datetime | None = None, done: bool = False) -> TaskItem:
    return TaskItem(task_id=task_id, title=title, event_name="Vinterveckan",
                    event_start=event_start, due_on=due_on, due_offset_days=offset, done=done,
                    responsible=None)


def follow_up(interaction_id: int, org: str, due: date) -> FollowUp:
    return FollowUp(interaction_id=interaction_id, organisation_id=interaction_id,
                    organisation=org, due=due, kind="samtal", note="")


def trail(trail_id: int, kind: TrailKind, status: TrailStatus | None,
          length_m: float = 2000.0, depth: float | None = None,
          age: timedelta | None = timedelta(days=1)) -> TrailState:
    return TrailState(trail_id=trail_id, name=f"T{trail_id}", kind=kind, length_m=length_m,
                      status=status, reported_at=None if status is None else NOW - age,
                      snow_depth_cm=depth)


def inputs(**overrides) -> OverviewInputs:
    values = dict(now=NOW, milestone_events=[], events=[], tasks=[], follow_ups=[], strak=[],
                  trail_states=[], targets=[], counts={})
    values.update(overrides)
    return OverviewInputs(**values)


def test_today_is_the_local_day() -> None:
    late = datetime(2026, 11, 26, 23, 30, tzinfo=UTC)  # already the 27th in Norberg
    assert build_overview(judged=[], inputs=inputs(now=late)).today == date(2026, 11, 27)


def test_events_overlapping_the_fourteen_days() -> None:
    events = [
        event(1, "Engelbrektsloppet", local(2027, 2, 14, 9, 0), kind="lopp"),
        event(2, "Julmarknad", local(2026, 11, 28, 10, 0), local(2026, 11, 28, 16, 0)),
        event(3, "Vinterstråket, första helgen", local(2026, 11, 20, 10, 0),
              local(2026, 11, 29, 17, 0)),  # ongoing, several days
        event(4, "Nätverksfrukost", local(2026, 11, 25, 7, 30), local(2026, 11, 25, 9, 0)),
        event(5, "Sista dagen i fönstret", NOW + timedelta(days=14, minutes=-1)),
        event(6, "Precis utanför", NOW + timedelta(days=14)),
        event(7, "Slutade nyss", NOW - timedelta(hours=3), NOW - timedelta(seconds=1)),
        event(8, "Slutar nu", NOW - timedelta(hours=3), NOW),
    ]
    overview = build_overview(judged=[], inputs=inputs(events=events))
    assert [e.event_id for e in overview.events] == [3, 8, 2, 5]


def test_task_due_from_offset_is_relative_to_the_local_start_day() -> None:
    # 00:30 on 6 December in Norberg is still 5 December in UTC.
    start = local(2026, 12, 6, 0, 30)
    assert start.date() == date(2026, 12, 5)
    item = task(1, "Beställ skyltar", offset=-3, event_start=start)
    assert item.due() == date(2026, 12, 3)
    overview = build_overview(judged=[], inputs=inputs(tasks=[item]))
    assert overview.tasks == [(item, date(2026, 12, 3))]


def test_fixed_date_wins_over_offset() -> None:
    item = task(1, "Boka buss", due_on=date(2026, 11, 30), offset=-40,
                event_start=local(2027, 2, 14, 9, 0))
    assert item.due() == date(2026, 11, 30)


def test_tasks_selected_sorted_and_overdue_counted() -> None:
    race = local(2027, 2, 14, 9, 0)
    tasks = [
        task(1, "Försenad", due_on=date(2026, 11, 20)),
        task(2, "Klar", due_on=date(2026, 11, 27), done=True),
        task(3, "Sista dagen", due_on=TODAY + timedelta(days=14)),
        task(4, "För långt bort", due_on=TODAY + timedelta(days=15)),
        task(5, "Utan datum"),
        task(6, "Offset utan evenemang", offset=-3),
        task(7, "Idag", due_on=TODAY),
        task(8, "Även försenad", offset=-80, event_start=race),  # 80 days before the race: today
        task(9, "Igår", due_on=TODAY - timedelta(days=1)),
    ]
    assert tasks[7].due() == date(2026, 11, 26)
    overview = build_overview(judged=[], inputs=inputs(tasks=tasks))
    got = [(t.task_id, due) for t, due in overview.tasks]
    assert got == [(1, date(2026, 11, 20)), (9, date(2026, 11, 25)), (7, TODAY),
                   (8, TODAY), (3, date(2026, 12, 10))]
    assert overview.overdue_tasks == 2


def test_follow_ups_within_seven_days() -> None:
    follow_ups = [
        follow_up(1, "Norbergs Café", TODAY + timedelta(days=7)),
        follow_up(2, "Bruksgården", TODAY + timedelta(days=8)),
        follow_up(3, "Ateljé Malm", TODAY - timedelta(days=3)),
        follow_up(4, "Alfa Boende", TODAY + timedelta(days=7)),
    ]
    overview = build_overview(judged=[], inputs=inputs(follow_ups=follow_ups))
    assert [f.interaction_id for f in overview.follow_ups] == [3, 4, 1]


def test_milestones() -> None:
    races = [
        event(1, "Engelbrektsloppet 60 km", local(2027, 2, 14, 9, 0), kind="lopp"),
        event(2, "Testlopp (inställt)", local(2026, 12, 5, 10, 0), kind="lopp",
              status=EventStatus.CANCELLED.value),
        event(3, "Engelbrektsloppet 2026", local(2026, 2, 8, 9, 0), kind="lopp"),
        event(4, "Engelbrektsloppet 2028", local(2028, 2, 13, 9, 0), kind="lopp"),
    ]
    strak = [
        StrakPeriod(1, "Sommarstråket 2027", date(2027, 6, 1), date(2027, 8, 31)),
        StrakPeriod(2, "Vinterstråket 2026/27", date(2026, 11, 20), date(2027, 2, 28)),
        StrakPeriod(3, "Sommarstråket 2026", date(2026, 6, 1), date(2026, 8, 31)),
    ]
    targets = [
        SnowTarget(1, "Premiär 1 december", date(2026, 12, 1), 4.0, 30.0, ()),
        SnowTarget(2, "Höstlovsspår", date(2026, 11, 1), 2.0, 30.0, ()),
        SnowTarget(3, "Idag", TODAY, 1.0, 30.0, ()),
    ]
    found = milestones(inputs(milestone_events=races, strak=strak, targets=targets), TODAY)
    assert [(m.kind, m.name, m.day, m.days_left, m.ongoing) for m in found] == [
        ("strak", "Vinterstråket 2026/27", date(2026, 11, 20), -6, True),
        ("guarantee", "Idag", TODAY, 0, False),
        ("guarantee", "Premiär 1 december", date(2026, 12, 1), 5, False),
        ("race", "Engelbrektsloppet 60 km", date(2027, 2, 14), 80, False),
        ("strak", "Sommarstråket 2027", date(2027, 6, 1), 187, False),
    ]


def test_race_today_is_a_milestone_until_the_day_ends() -> None:
    race = event(1, "Engelbrektsloppet", local(2027, 2, 14, 9, 0), kind="lopp")
    evening = local(2027, 2, 14, 20, 0)
    found = milestones(inputs(now=evening, milestone_events=[race]), date(2027, 2, 14))
    assert [(m.kind, m.days_left) for m in found] == [("race", 0)]


def test_stråk_ending_today_is_still_ongoing() -> None:
    period = StrakPeriod(1, "Vinterstråket", date(2026, 11, 1), TODAY)
    (found,) = milestones(inputs(strak=[period]), TODAY)
    assert found.ongoing


def test_guarantees_trails_and_counts() -> None:
    states = [
        trail(1, TrailKind.MTB, TrailStatus.CLEAR),
        trail(2, TrailKind.MTB, None),
        trail(3, TrailKind.CLASSIC_SKI, TrailStatus.CLEAR, 4000.0, 40.0),
        trail(4, TrailKind.SKATE_SKI, TrailStatus.CLOSED, 5000.0, 60.0,
              age=timedelta(days=10)),
        trail(5, TrailKind.HIKING, TrailStatus.CLEAR),
    ]
    targets = [
        SnowTarget(2, "Sportlov", date(2027, 2, 20), 10.0, 30.0, (states[2], states[3])),
        SnowTarget(1, "Premiär", date(2026, 12, 1), 4.0, 30.0, (states[2],)),
    ]
    counts = {"events": 12}
    judged = [evaluate_projected(t, NOW, 0.0, []) for t in sorted(targets,
                                                                  key=lambda t: t.deadline)]
    overview = build_overview(inputs(trail_states=states, targets=targets, counts=counts),
                              judged)
    assert [(g.target.name, g.level, g.ready_km) for g in overview.guarantees] == [
        ("Premiär", GuaranteeLevel.GREEN, 4.0), ("Sportlov", GuaranteeLevel.RED, 4.0)]
    assert overview.judged == judged
    assert overview.mtb.total == 2
    assert overview.mtb.counts == {TrailStatus.CLEAR: 1, None: 1}
    assert overview.ski.total == 2
    assert [s.trail_id for s in overview.ski.stale] == [4]
    assert overview.counts == counts
    assert overview.counts is not counts
    assert overview.today == TODAY and overview.now == NOW
    assert NOW.astimezone(STOCKHOLM).hour == 9


def test_race_milestone_carries_its_english_name() -> None:
    race = EventItem(event_id=1, name_sv="Engelbrektsloppet 60 km klassisk",
                     name_en="Engelbrektsloppet 60 km classic", kind="lopp",
                     status=EventStatus.CONFIRMED.value, starts_at=local(2027, 2, 14, 9, 0),
                     ends_at=None, place="Torget", parent=None)
    (found,) = milestones(inputs(milestone_events=[race]), TODAY)
    assert (found.name, found.name_en) == ("Engelbrektsloppet 60 km klassisk",
                                           "Engelbrektsloppet 60 km classic")


def test_hiking_trails_are_summarised_apart_and_overdue_follow_ups_counted() -> None:
    states = [trail(1, TrailKind.MTB, TrailStatus.CLEAR),
              trail(2, TrailKind.HIKING, TrailStatus.MINOR),
              trail(3, TrailKind.SNOWSHOE, None)]
    follow_ups = [follow_up(1, "Gruvkaféet", date(2026, 11, 20)),
                  follow_up(2, "Hyttan", date(2026, 11, 27))]
    overview = build_overview(inputs(trail_states=states, follow_ups=follow_ups), [])
    assert (overview.mtb.total, overview.ski.total, overview.other.total) == (1, 0, 2)
    assert overview.other.counts == {TrailStatus.MINOR: 1, None: 1}
    assert overview.overdue_follow_ups == 1


def test_the_overview_shows_the_judgement_it_is_given_and_never_judges_itself() -> None:
    """The snow card is app.snow.judge's: a yellow judged elsewhere stays yellow here, and a
    target whose deadline is more than a week past is left off."""
    loop = trail(1, TrailKind.CLASSIC_SKI, TrailStatus.CLEAR, 2000.0, 40.0)
    ahead = SnowTarget(1, "Sportlov", date(2027, 2, 20), 10.0, 30.0, (loop,))
    past = SnowTarget(2, "Förra vintern", date(2026, 3, 1), 10.0, 30.0, (loop,))
    unjudged = evaluate(ahead, NOW)
    assert unjudged.level is None
    yellow = (replace(unjudged, level=GuaranteeLevel.YELLOW), project(ahead, NOW, 2.0, 0.0, []))
    old = (evaluate(past, NOW), project(past, NOW, 2.0, 0.0, []))
    overview = build_overview(inputs(targets=[ahead, past]), [old, yellow])
    assert overview.judged == [yellow]
    assert [g.level for g in overview.guarantees] == [GuaranteeLevel.YELLOW]
