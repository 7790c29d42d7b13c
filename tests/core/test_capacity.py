"""The beds-against-visitors arithmetic (core.capacity): expected overnight visitors, places,
the radius, the shortfall and whom to call first."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from destination_norberg.core.capacity import (
    DEFAULT_COMPANIONS,
    DEFAULT_OVERNIGHT_SHARE,
    Assumptions,
    CapacityInputError,
    Lodging,
    expected_overnight,
    plan,
)

START = datetime(2027, 2, 14, 7, 0, tzinfo=UTC)
CENTRE = (551300.0, 6658800.0)


def lodging(oid: int, name: str, beds: int, east_km: float | None, kommun: str = "Norberg",
            pitches: int = 0, allotment: int = 0) -> Lodging:
    position = None if east_km is None else (CENTRE[0] + east_km * 1000, CENTRE[1])
    return Lodging(oid, name, kommun, position, beds=beds, pitches=pitches,
                   allotment=allotment)


def test_expected_visitors_are_participants_times_share_times_one_plus_companions() -> None:
    assert expected_overnight({"60 km": 2000, "30 km": 400},
                              Assumptions(0.5, 0.5)) == 1800  # 2400 × 0.5 × 1.5
    assert expected_overnight({"60 km": 3}, Assumptions(0.5, 1.0)) == 3  # no float creep
    assert expected_overnight({"60 km": 3}, Assumptions(0.5, 0.0)) == 2  # 1.5 → a whole 2
    assert expected_overnight({}, Assumptions()) == 0


def test_the_defaults_are_half_staying_and_one_companion_per_two() -> None:
    assert (DEFAULT_OVERNIGHT_SHARE, DEFAULT_COMPANIONS) == (0.5, 0.5)


def test_places_count_pitches_as_two_and_the_radius_decides() -> None:
    lodgings = [lodging(1, "Hotell", 50, 0.2, allotment=20),
                lodging(2, "Camping", 10, 4.0, pitches=5),
                lodging(3, "Avesta vandrarhem", 40, 35.0, kommun="Avesta"),
                lodging(4, "Okänd plats", 8, None),
                lodging(5, "Utan läge", 8, None, kommun="Fagersta")]
    result = plan(1, "Vintervecka", "Winter week", START, {"60 km": 200}, lodgings, None,
                  Assumptions(0.5, 0.5, 30.0))
    assert result.expected == 150
    assert result.places_home == 50 + 20 + 8  # Norberg's, wherever they lie
    assert result.places_within == 50 + 20 + 8  # Avesta is 35 km away; no position outside
    assert result.allotments == 20
    assert result.shortfall == 150 - 78
    assert [lg.name for lg in result.lodgings] == ["Okänd plats", "Hotell", "Camping"]
    wider = plan(1, "V", "", START, {"60 km": 200}, lodgings, None, Assumptions(0.5, 0.5, 40))
    assert wider.places_within == 118 and wider.shortfall == 32


def test_call_first_the_most_free_places_within_reach() -> None:
    lodgings = [lodging(1, "Hotell", 50, 0.2, allotment=45),
                lodging(2, "Stugby", 30, 5.0),
                lodging(3, "Vandrarhem", 30, 1.0),
                lodging(4, "Full", 10, 1.0, allotment=10)]
    result = plan(1, "V", "", START, {"r": 1000}, lodgings, CENTRE, Assumptions())
    assert [lg.name for lg in result.call_first] == ["Vandrarhem", "Stugby", "Hotell"]


def test_a_margin_is_a_negative_shortfall() -> None:
    result = plan(1, "V", "", START, {"r": 10}, [lodging(1, "H", 100, 1.0)], CENTRE,
                  Assumptions())
    assert result.shortfall == 8 - 100


@pytest.mark.parametrize("bad", [Assumptions(1.2), Assumptions(-0.1), Assumptions(0.5, -1),
                                 Assumptions(0.5, 0.5, 501)])
def test_assumptions_out_of_range_are_refused(bad: Assumptions) -> None:
    with pytest.raises(CapacityInputError):
        bad.check()
