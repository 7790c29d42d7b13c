"""`snow status`: the guarantee judged now, projected from a temperature history."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert

from destination_norberg.cli import main
from destination_norberg.store import models as m
from destination_norberg.store.database import write_session


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
