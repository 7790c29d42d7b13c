"""Issue 14, weather in: forecast, humidity and daily-only stations reach the judgement, and
`import smhi` / `fetch smhi` take them."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from destination_norberg.cli import main
from destination_norberg.store import models as m
from destination_norberg.store.database import write_session

FILES = Path(__file__).resolve().parents[1] / "exchange" / "smhi_files"
START = datetime(2025, 11, 20, tzinfo=UTC)
HOURS = 24 * 100


def status(url: str, capsys) -> dict:
    capsys.readouterr()
    assert main(["--db", url, "--today", "2026-11-26", "snow", "status", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def use_station(engine, key: str = "test:1") -> None:
    """Every target takes its temperatures from `key` (the coordinators' choice, issue 14):
    the demo's own fictional station would be the nearest otherwise."""
    from destination_norberg.app.snow_stations import set_station_uids

    with engine.connect() as conn:
        uids = [u for (u,) in conn.execute(select(m.SnowTarget.__table__.c.uid))]
    set_station_uids(engine, {(uid, "temperature"): key for uid in uids})


def add_history(engine, temp_c: float) -> None:
    use_station(engine)
    rows = [{"station": "test:1", "measured_at": START + timedelta(hours=h), "temp_c": temp_c,
             "quality": "G", "source": "test"} for h in range(HOURS)]
    with write_session(engine) as session:
        session.execute(insert(m.TemperatureObservation.__table__), rows)


def add_readings(engine, parameter: int, value: float, every_hours: int = 1,
                 station: str = "test:1") -> None:
    rows = [{"station": station, "parameter": parameter,
             "measured_at": START + timedelta(hours=h), "value": value, "quality": "G",
             "source": "test"} for h in range(0, HOURS, every_hours)]
    with write_session(engine) as session:
        session.execute(insert(m.WeatherReading.__table__), rows)


def test_a_cold_forecast_feeds_the_first_days(demo_url, demo_engine, capsys) -> None:
    add_history(demo_engine, 1.0)  # a mild climate: nothing producible without a forecast
    before = status(demo_url, capsys)
    assert before["targets"][1]["producible_km"] == 0 and before["forecast_used"] is False
    assert main(["--db", demo_url, "import", "smhi", str(FILES / "snow1g_norberg.json")]) == 0
    assert "forecast hours" in capsys.readouterr().out
    after = status(demo_url, capsys)
    assert after["forecast_used"] is True
    assert after["forecast_reference"] == "2026-11-26T06:00:00+00:00"
    assert after["targets"][1]["producible_km"] > 0


def test_humidity_gives_the_real_wet_bulb(demo_url, demo_engine, capsys) -> None:
    # −1.5 °C: the temperature-only rule (−1 °C) says −2.5 wet-bulb, cold enough; in
    # saturated air the wet-bulb is the air temperature, −1.5, too warm for the cannons.
    add_history(demo_engine, -1.5)
    dry_rule = status(demo_url, capsys)["targets"][1]["producible_km"]
    assert dry_rule > 0
    add_readings(demo_engine, 6, 100.0)
    assert status(demo_url, capsys)["targets"][1]["producible_km"] == 0


def test_humidity_missing_falls_back_to_the_rule(demo_url, demo_engine, capsys) -> None:
    add_history(demo_engine, -1.5)
    dry_rule = status(demo_url, capsys)["targets"][1]["producible_km"]
    add_readings(demo_engine, 6, 100.0, station="another:2")  # another station's humidity
    assert status(demo_url, capsys)["targets"][1]["producible_km"] == dry_rule


def test_a_station_with_daily_means_only_is_judged(demo_url, demo_engine, capsys) -> None:
    add_readings(demo_engine, 2, -8.0, every_hours=24)
    use_station(demo_engine)
    data = status(demo_url, capsys)
    race = data["targets"][1]
    assert race["level"] is not None and race["producible_km"] > 17
    assert data["temperature_history"] == "test:1"


@pytest.mark.parametrize("path", sorted(FILES.glob("smhi-*")), ids=lambda p: p.name)
def test_import_smhi_takes_every_parameter(path: Path, tmp_path: Path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'w.sqlite'}"
    assert main(["--db", url, "import", "smhi", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Imported" in out and "new readings" in out


def test_fetch_when_smhi_is_unreachable_is_one_line(monkeypatch, tmp_path, capsys) -> None:
    monkeypatch.setenv("DN_SMHI_FORECAST_URL", "http://127.0.0.1:9/forecast")
    monkeypatch.setenv("DN_SMHI_CACHE", str(tmp_path / "cache"))
    url = f"sqlite:///{tmp_path / 'w.sqlite'}"
    assert main(["--db", url, "fetch", "smhi", "--forecast"]) != 0
    err = capsys.readouterr().err
    assert "could not be reached" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "w.sqlite").exists()


def test_the_chosen_station_decides_whose_daily_values_count(demo_url, demo_engine,
                                                             capsys) -> None:
    """The judgement builds its weather from the station each target uses (issue 14: the
    station choice and the daily-only basis together), never from whichever has most data."""
    from destination_norberg.app.snow_stations import stations
    from destination_norberg.core.snow_stations import TEMPERATURE
    from destination_norberg.store.rows import EngineRows

    add_readings(demo_engine, 2, -8.0, every_hours=24)  # cold, at test:1
    add_readings(demo_engine, 2, 6.0, every_hours=12, station="mild:2")  # mild, more rows
    listed = {s.key for s in stations(EngineRows(demo_engine)) if TEMPERATURE in s.records}
    assert {"test:1", "mild:2"} <= listed  # daily-only stations serve the temperature need
    use_station(demo_engine, "mild:2")
    mild = status(demo_url, capsys)
    assert mild["temperature_history"] == "mild:2"
    assert mild["targets"][1]["producible_km"] == 0
    use_station(demo_engine, "test:1")
    cold = status(demo_url, capsys)
    assert cold["temperature_history"] == "test:1"
    assert cold["targets"][1]["producible_km"] > 17
