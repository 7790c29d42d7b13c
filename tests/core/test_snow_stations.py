"""Which station a target listens to: the nearest with enough data within reach, unless
chosen (issue 14: a Falsterbo download 500 km away turned a yellow target red)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from destination_norberg.core.snow_stations import (
    MAX_DISTANCE_KM,
    MIN_DAYS,
    SNOW_DEPTH,
    TEMPERATURE,
    Record,
    StationSummary,
    choose,
    distance_km,
    nearest,
)

T = datetime(2020, 1, 1, tzinfo=UTC)


def station(key: str, lat: float | None, lon: float | None, temp_days: int = 0,
            snow_days: int = 0) -> StationSummary:
    records = {}
    if temp_days:
        records[TEMPERATURE] = Record(temp_days * 24, temp_days, T, T)
    if snow_days:
        records[SNOW_DEPTH] = Record(snow_days, snow_days, T, T)
    return StationSummary(key, key.title(), lat, lon, records)


FALUN = station("falun", 60.6148, 15.6237, temp_days=20000, snow_days=20000)  # ~62 km
FALSTERBO = station("falsterbo", 55.3837, 12.8167, temp_days=90000)  # ~550 km
NEAR_SHORT = station("near", 60.10, 15.90, temp_days=MIN_DAYS - 1, snow_days=MIN_DAYS)
NO_POSITION = station("manual", None, None, temp_days=5000, snow_days=5000)


def test_distances_are_geodesic_from_norberg() -> None:
    assert distance_km(60.086, 15.925) == pytest.approx(0.0, abs=1e-6)
    assert FALUN.distance_km == pytest.approx(59.5, abs=3)
    assert FALSTERBO.distance_km == pytest.approx(550, abs=20)
    assert NO_POSITION.distance_km is None


def test_the_nearest_with_enough_data_within_reach_is_the_default() -> None:
    everything = [FALSTERBO, NEAR_SHORT, NO_POSITION, FALUN]
    # The near station's temperature record is one day short: Falun, not the record
    # holder 550 km away, and not the station without a position.
    assert nearest(everything, TEMPERATURE) is FALUN
    assert nearest(everything, SNOW_DEPTH) is NEAR_SHORT  # its snow record is enough
    assert nearest([FALSTERBO, NO_POSITION], TEMPERATURE) is None
    assert FALSTERBO.distance_km is not None and FALSTERBO.distance_km > MAX_DISTANCE_KM


def test_a_chosen_station_wins_however_far_and_a_gone_one_is_said() -> None:
    everything = [FALSTERBO, FALUN]
    choice = choose(everything, TEMPERATURE, "falsterbo")
    assert choice.station is FALSTERBO and not choice.is_default and not choice.missing
    default = choose(everything, TEMPERATURE, None)
    assert default.station is FALUN and default.is_default
    gone = choose(everything, TEMPERATURE, "smhi:999")
    assert gone.station is None and gone.missing
    # Chosen for snow depth but it has no snow readings: nothing to use, and said so.
    assert choose(everything, SNOW_DEPTH, "falsterbo").missing
