"""`snow status`: the guarantee judged now, projected from a temperature history."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert

from destination_norberg.cli import main
from destination_norberg.store import models as m
from destination_norberg.store.database import write_session

pytestmark = pytest.mark.both_engines


def status(demo_url: str, capsys) -> dict:
    capsys.readouterr()
    assert main(["--db", demo_url, "--today", "2026-11-26", "snow", "status", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def add_history(engine, temp_c: float) -> None:
    """One past winter of hourly temperatures at `temp_c`: a cold or a mild climate."""
    start = datetime(2025, 11, 20, tzinfo=UTC)
    rows = [{"station": "test:1", "measured_at": start + timedelta(hours=h), "temp_c": temp_c,
             "quality": "G", "source": "test"} for h in range(24 * 100)]
    with write_session(engine) as session:
        session.execute(insert(m.TemperatureObservation.__table__), rows)


def test_without_temperatures_the_race_target_is_not_judged(demo_url: str, capsys) -> None:
    data = status(demo_url, capsys)
    premiar, race = data["targets"]
    assert (premiar["level"], premiar["reason"]) == ("green", "met_now")
    assert race["level"] is None and race["ready_km"] == 0
    assert data["storage_m3"] == 4030 and data["temperature_history"] is None
    assert data["gonogo"]["recommendation"] == "wait"


def test_a_cold_history_makes_it_yellow_and_a_mild_one_red(demo_url: str, demo_engine,
                                                          capsys) -> None:
    add_history(demo_engine, -8.0)
    race = status(demo_url, capsys)["targets"][1]
    assert (race["level"], race["reason"]) == ("yellow", "met_if_projection_holds")
    assert race["producible_km"] > 17


def test_a_mild_history_is_red(demo_url: str, demo_engine, capsys) -> None:
    add_history(demo_engine, 1.0)
    race = status(demo_url, capsys)["targets"][1]
    assert (race["level"], race["reason"]) == ("red", "short_by")
    assert race["producible_km"] == 0


def test_the_text_report_names_what_is_missing(demo_url: str, capsys) -> None:
    capsys.readouterr()
    assert main(["--db", demo_url, "--today", "2026-11-26", "snow", "status"]) == 0
    out = capsys.readouterr().out
    assert "premiär 1 december: 4 km: GREEN" in out
    assert "No temperature history" in out


def test_the_chance_of_natural_snow_on_each_deadline(demo_url: str, demo_engine,
                                                      capsys) -> None:
    # Fifteen past winters at a station with a longer record than the demo series (25 days):
    # 1 December had 30 cm in 6 of them; 14 February had 40 cm in 9.
    rows = []
    for k, year in enumerate(range(2009, 2024)):
        for day, depth in ((datetime(year, 12, 1, 6, tzinfo=UTC), 0.35 if k < 6 else 0.05),
                           (datetime(year + 1, 2, 14, 6, tzinfo=UTC), 0.45 if k < 9 else 0.2)):
            rows.append({"station": "smhi:1", "measured_at": day, "depth_m": depth,
                         "quality": "G", "source": "smhi"})
    with write_session(demo_engine) as session:
        session.execute(insert(m.SnowMeasurement.__table__), rows)
        session.execute(insert(m.WeatherStation.__table__), [{
            "key": "smhi:1", "name": "Testbyn", "network": "SMHI", "meta": ""}])
    data = status(demo_url, capsys)
    premiar, race = data["targets"]
    assert data["natural_snow_history"] == "Testbyn"
    assert premiar["natural_snow"] == {"probability": 0.4, "years_counted": 15,
                                       "years_met": 6}
    assert race["natural_snow"]["years_met"] == 9
    assert main(["--db", demo_url, "--today", "2026-11-26", "snow", "status"]) == 0
    text = capsys.readouterr().out
    assert "Natural snow of at least 40 cm on 14 Feb: 9 of 15 winters (60%) at Testbyn" in text
    assert "Go/no-go for Engelbrektsloppet 60 km klassisk" in text
