from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from destination_norberg.core.dates import engelbrektsloppet_day
from destination_norberg.core.gonogo import (
    ALL_PREFERRED,
    DECISION_DATE_REACHED,
    DECISION_DUE_IN,
    FALLBACK_VARIANT,
    LOOP_NOT_READY,
    MAIN_RACE_IMPOSSIBLE,
    NATURAL_COURSE_CLOSED,
    NO_READY_LOOP,
    PREFERRED_VARIANT,
    RACE_IMPOSSIBLE,
    RACES_CANCELLED,
    RACES_ON_FALLBACK,
    CourseVariant,
    RaceNeed,
    Recommendation,
    course_name,
    decide,
    decide_race,
    decision_date,
    race_need,
)
from destination_norberg.core.snow_settings import DEFAULT_SETTINGS

RACE_DAY = engelbrektsloppet_day(2027)  # Sunday 14 February 2027
EARLY = date(2027, 1, 20)
S = DEFAULT_SETTINGS

ALL_LOOPS = [("Torget", 0.8, True), ("Elljusspåret", 2.5, True),
             ("Snölagringsslingan", 4.1, True), ("Gruvmilen", 10.0, True),
             ("Engelbrektsslingan", 20.0, True)]


def demo_races() -> tuple[RaceNeed, ...]:
    """The races of the Engelbrekt week as the demo data has them, main race first."""
    long_fallbacks = ((30.0, 1, True, None), (15.0, 2, False, None), (10.0, 3, False, None))
    return (
        race_need("Engelbrektsloppet", ((60.0, 1, True, None), (20.0, 3, False, None),
                                        (10.0, 6, False, None))),
        race_need("Kristinaloppet", long_fallbacks),
        race_need("Engelbrektshalvan", long_fallbacks),
        race_need("Engelbrektsstafetten", ((10.0, 3, False, None),)),
        race_need("Engelbrektssprinten", ((0.8, 1, False, "Torget"),)),
        race_need("Lilla Engelbrektsloppet", ((2.5, 1, False, None),)),
    )


def loops(*ready: str) -> list[tuple[str, float, bool]]:
    return [(name, km, name in ready) for name, km, _ in ALL_LOOPS]


def by_name(result, name: str):
    return next(d for d in result.per_race if d.race.name == name)


def test_demo_races() -> None:
    races = demo_races()
    assert [r.name for r in races] == ["Engelbrektsloppet", "Kristinaloppet",
                                       "Engelbrektshalvan", "Engelbrektsstafetten",
                                       "Engelbrektssprinten", "Lilla Engelbrektsloppet"]
    for race in races:
        for v in race.variants:
            assert v.distance_km == pytest.approx(race.distance_km)
    main = races[0]
    assert [(v.loop_km, v.laps, v.natural_course) for v in main.by_preference()] == [
        (60.0, 1, True), (20.0, 3, False), (10.0, 6, False)]
    assert [v.name for v in races[1].by_preference()] == ["30 km", "2×15 km", "3×10 km"]


def test_decision_date_is_ten_days_before() -> None:
    assert RACE_DAY.isoformat() == "2027-02-14"
    assert decision_date(RACE_DAY, S) == date(2027, 2, 4)
    assert decision_date(RACE_DAY, replace(S, decision_days_before=14)) == date(2027, 1, 31)


def test_preference_full_course_then_fewer_laps() -> None:
    race = RaceNeed("Testloppet", 30.0, (CourseVariant("3×10", 10.0, 3),
                                         CourseVariant("2×15", 15.0, 2),
                                         CourseVariant("natur", 30.0, 1, natural_course=True)))
    assert [v.name for v in race.by_preference()] == ["natur", "2×15", "3×10"]
    tie = RaceNeed("Lika", 30.0, (CourseVariant("slinga 2×15", 15.0, 2),
                                  CourseVariant("natur 2×15", 15.0, 2, natural_course=True),
                                  CourseVariant("annan slinga 2×15", 15.0, 2)))
    assert [v.name for v in tie.by_preference()] == ["natur 2×15", "slinga 2×15",
                                                     "annan slinga 2×15"]
    with pytest.raises(ValueError):
        RaceNeed("Inget", 1.0, ())


def test_go_when_every_race_has_its_full_course() -> None:
    result = decide(demo_races(), loops("Torget", "Elljusspåret", "Gruvmilen"), True,
                    RACE_DAY, EARLY, S)
    assert result.recommendation is Recommendation.GO
    assert result.recommendation == "go"
    assert [d.go for d in result.per_race] == [True] * 6
    assert result.reasons == ((ALL_PREFERRED, {}),
                              (DECISION_DUE_IN, {"days": 15, "decision_date": date(2027, 2, 4)}))
    main = result.per_race[0]
    assert main.variant is not None and main.variant.natural_course
    assert main.loop is None
    assert main.reasons == ((PREFERRED_VARIANT, {"variant": "60 km", "variant_km": 60.0,
                                                  "variant_laps": 1, "loop": None}),)
    assert by_name(result, "Engelbrektsstafetten").loop == "Gruvmilen"
    assert by_name(result, "Engelbrektssprinten").loop == "Torget"
    assert result.days_to_decision == 15


def test_go_shortened_2023_style_on_the_20_km_loop() -> None:
    result = decide(demo_races(), loops("Torget", "Elljusspåret", "Gruvmilen",
                                        "Engelbrektsslingan"), False, RACE_DAY, EARLY, S)
    assert result.recommendation is Recommendation.GO_SHORTENED
    main = result.per_race[0]
    assert main.go and main.on_fallback
    assert main.variant is not None and (main.variant.loop_km, main.variant.laps) == (20.0, 3)
    assert main.loop == "Engelbrektsslingan"
    assert main.reasons == (
        (NATURAL_COURSE_CLOSED, {"variant": "60 km", "variant_km": 60.0,
                                  "variant_laps": 1}),
        (FALLBACK_VARIANT, {"variant": "3×20 km", "variant_km": 20.0, "variant_laps": 3,
                            "preferred": "60 km", "preferred_km": 60.0, "preferred_laps": 1,
                            "loop": "Engelbrektsslingan", "loop_km": 20.0, "laps": 3}),
    )
    # 2×15 km (fewer laps) beats 3×10 km; the 20 km loop is the shortest that holds 15 km.
    kristina = by_name(result, "Kristinaloppet")
    assert kristina.variant is not None and kristina.variant.name == "2×15 km"
    assert kristina.loop == "Engelbrektsslingan"
    assert result.reasons[0] == (RACES_ON_FALLBACK, {
        "races": ["Engelbrektsloppet", "Kristinaloppet", "Engelbrektshalvan"]})
    assert not by_name(result, "Engelbrektsstafetten").on_fallback


def test_only_the_10_km_loop_gives_six_laps_and_three_laps() -> None:
    result = decide(demo_races(), loops("Torget", "Elljusspåret", "Gruvmilen"), False,
                    RACE_DAY, RACE_DAY, S)
    assert result.recommendation is Recommendation.GO_SHORTENED
    main = result.per_race[0]
    assert main.variant is not None and main.variant.name == "6×10 km"
    assert main.reasons[1] == (NO_READY_LOOP, {
        "variant": "3×20 km", "variant_km": 20.0, "variant_laps": 3, "loop_km": 20.0,
                                               "longest_ready_km": 10.0})
    assert by_name(result, "Kristinaloppet").variant.name == "3×10 km"  # type: ignore[union-attr]
    assert result.reasons[-1] == (DECISION_DATE_REACHED, {"decision_date": date(2027, 2, 4)})


def test_loop_length_tolerance() -> None:
    race = demo_races()[0]
    close = decide_race(race, [("Slingan", 19.96, True)], False)
    assert close.go and close.loop == "Slingan"
    assert close.variant is not None and close.variant.name == "3×20 km"
    # 19.94 km is not a 20 km loop; cut short it still holds the 10 km laps.
    short = decide_race(race, [("Slingan", 19.94, True)], False)
    assert short.variant is not None and short.variant.name == "6×10 km"
    assert short.reasons[1] == (NO_READY_LOOP, {
        "variant": "3×20 km", "variant_km": 20.0, "variant_laps": 3, "loop_km": 20.0,
                                                "longest_ready_km": 19.94})
    none = decide_race(race, [("Slingan", 9.9, True), ("Milen", 10.0, False)], False)
    assert not none.go
    assert none.variant is None and none.loop is None
    assert [code for code, _ in none.reasons] == [NATURAL_COURSE_CLOSED, NO_READY_LOOP,
                                                  NO_READY_LOOP, RACE_IMPOSSIBLE]
    assert none.reasons[-1] == (RACE_IMPOSSIBLE, {"race": "Engelbrektsloppet"})


def test_a_ready_longer_loop_serves_a_shorter_variant() -> None:
    relay = demo_races()[3]
    d = decide_race(relay, loops("Engelbrektsslingan"), True)
    assert d.go and d.loop == "Engelbrektsslingan"
    # Of several that hold it, the shortest loop is used, whatever the listed order.
    longest_first = list(reversed(loops("Engelbrektsslingan", "Gruvmilen", "Elljusspåret")))
    assert decide_race(relay, longest_first, True).loop == "Gruvmilen"


def test_side_race_cancelled_is_go_shortened() -> None:
    # The sprint needs Torget itself: a ready stadium loop does not move it.
    result = decide(demo_races(), loops("Elljusspåret", "Gruvmilen"), True, RACE_DAY, EARLY, S)
    assert result.recommendation is Recommendation.GO_SHORTENED
    sprint = by_name(result, "Engelbrektssprinten")
    assert not sprint.go
    assert sprint.reasons[0] == (LOOP_NOT_READY, {"variant": "800 m", "variant_km": 0.8,
                                                  "variant_laps": 1, "loop": "Torget"})
    assert (RACES_CANCELLED, {"races": ["Engelbrektssprinten"]}) in result.reasons
    assert not any(code == RACES_ON_FALLBACK for code, _ in result.reasons)


def test_wait_before_the_decision_date_when_the_main_race_has_no_course() -> None:
    # Only the early-snow loop is ready: no course for the 60 km yet, decision 15 days away.
    result = decide(demo_races(), loops("Snölagringsslingan", "Torget"), False,
                    RACE_DAY, EARLY, S)
    assert result.recommendation is Recommendation.WAIT
    assert result.reasons == (
        (MAIN_RACE_IMPOSSIBLE, {"race": "Engelbrektsloppet"}),
        (DECISION_DUE_IN, {"days": 15, "decision_date": date(2027, 2, 4)}),
    )
    assert not result.per_race[0].go
    assert by_name(result, "Engelbrektssprinten").go  # the others are still judged
    day_before = decide(demo_races(), loops(), False, RACE_DAY, date(2027, 2, 3), S)
    assert day_before.recommendation is Recommendation.WAIT
    assert day_before.days_to_decision == 1


@pytest.mark.parametrize("today", [date(2027, 2, 4), date(2027, 2, 10)])
def test_no_go_at_or_after_the_decision_date(today: date) -> None:
    result = decide(demo_races(), loops("Snölagringsslingan", "Torget"),
                    False, RACE_DAY, today, S)
    assert result.recommendation is Recommendation.NO_GO
    assert result.recommendation == "no_go"
    assert result.reasons[0] == (MAIN_RACE_IMPOSSIBLE, {"race": "Engelbrektsloppet"})
    assert result.reasons[-1][0] == DECISION_DATE_REACHED
    assert result.days_to_decision == (date(2027, 2, 4) - today).days


def test_unready_loops_do_not_count_and_no_races_is_an_error() -> None:
    result = decide(demo_races(), loops(), False, RACE_DAY, date(2027, 2, 5), S)
    assert result.recommendation is Recommendation.NO_GO
    assert not any(d.go for d in result.per_race)
    with pytest.raises(ValueError):
        decide((), loops(), False, RACE_DAY, EARLY, S)


def test_course_names_and_race_distance_from_stored_courses() -> None:
    assert course_name(60.0, 1) == "60 km"
    assert course_name(20.0, 3) == "3×20 km"
    assert course_name(2.5, 1) == "2,5 km"
    assert course_name(0.8, 1) == "800 m"
    assert course_name(0.4, 2) == "2×400 m"
    race = race_need("Kristinaloppet", ((15.0, 2, False, None), (30.0, 1, True, None)))
    assert race.distance_km == 30.0
    assert [v.name for v in race.by_preference()] == ["30 km", "2×15 km"]
    only = race_need("Sprinten", ((0.8, 1, False, "Torget"),))
    assert only.variants[0].loop_name == "Torget"
    with pytest.raises(ValueError):
        race_need("Utan bana", ())
