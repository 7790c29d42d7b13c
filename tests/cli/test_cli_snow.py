"""`snow status`: the guarantee judged now, projected from a temperature history."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import insert

from destination_norberg.cli import main
from destination_norberg.store import models as m
from destination_norberg.store.database import write_session

pytestmark = pytest.mark.both_engines


@pytest.fixture(autouse=True)
def _noon(monkeypatch: pytest.MonkeyPatch) -> None:
    """`--today` keeps the real time of day, and the projection counts the hours left: two
    reads on either side of a full hour differed (CI's PostgreSQL run caught it at 17:00).
    These tests compare reads, so the day's clock stands at noon."""
    from destination_norberg.cli import common
    from destination_norberg.core.timeutil import clock_on

    monkeypatch.setattr(common, "clock_on", lambda day, at=None: clock_on(day, at or time(12)))


def status(demo_url: str, capsys) -> dict:
    capsys.readouterr()
    assert main(["--db", demo_url, "--today", "2026-11-26", "snow", "status", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def add_history(engine, temp_c: float, station: str = "test:1",
                position: tuple[float, float] | None = None) -> None:
    """One past winter of hourly temperatures at `temp_c`: a cold or a mild climate, at a
    station with (lat, lon) `position` or none."""
    start = datetime(2025, 11, 20, tzinfo=UTC)
    rows = [{"station": station, "measured_at": start + timedelta(hours=h), "temp_c": temp_c,
             "quality": "G", "source": "test"} for h in range(24 * 400)]
    with write_session(engine) as session:
        session.execute(insert(m.TemperatureObservation.__table__), rows)
        if position is not None:
            session.execute(insert(m.WeatherStation.__table__), [{
                "key": station, "name": f"Station {station}", "network": "SMHI", "meta": "",
                "latitude": position[0], "longitude": position[1]}])


def choose(url: str, capsys, *args: str) -> str:
    capsys.readouterr()
    assert main(["--db", url, "snow", "station", *args]) == 0
    return capsys.readouterr().out


def drop_demo_temperatures(engine) -> None:
    with write_session(engine) as session:
        session.execute(m.TemperatureObservation.__table__.delete())


def test_the_demo_is_judged_out_of_the_box(demo_url: str, capsys) -> None:
    data = status(demo_url, capsys)
    premiar, race = data["targets"]
    assert (premiar["level"], premiar["reason"]) == ("green", "met_now")
    assert (race["level"], race["reason"]) == ("yellow", "met_if_projection_holds")
    assert race["projected_km"] == race["loops_km"] == 20.0  # capped at the 20 km loop
    assert race["margin_km"] == 0.0 and race["margin_days"] > 0
    demo = {"id": "demo:norberg", "name": "Norberg (demo, fiktiv)", "distance_km": 2.1,
            "chosen": False}
    assert race["stations"] == {"temperature": demo, "snow_depth": demo}
    assert data["temperature_history"] == "demo:norberg"
    assert data["gonogo"]["recommendation"] == "wait"


def test_without_temperatures_the_race_target_is_not_judged(demo_url: str, demo_engine,
                                                            capsys) -> None:
    drop_demo_temperatures(demo_engine)
    premiar, race = status(demo_url, capsys)["targets"]
    assert (premiar["level"], premiar["reason"]) == ("green", "met_now")
    assert race["level"] is None and race["ready_km"] == 0
    assert race["stations"]["temperature"] is None


def test_a_far_station_changes_nothing_until_chosen(demo_url: str, demo_engine,
                                                     capsys) -> None:
    before = status(demo_url, capsys)["targets"][1]
    # Falsterbo, about 520 km south: a long, mild record (more readings than the demo's).
    add_history(demo_engine, 1.0, "smhi:52230", (55.384, 12.817))
    after = status(demo_url, capsys)["targets"][1]
    assert after == before
    out = choose(demo_url, capsys, "demo-engelbrektsloppet-2027", "--temperature", "smhi:52230")
    assert "temperature from smhi:52230" in out
    race = status(demo_url, capsys)["targets"][1]
    assert (race["level"], race["reason"]) == ("red", "short_by")
    assert race["producible_km"] == 0
    assert race["stations"]["temperature"]["chosen"] is True
    assert race["stations"]["temperature"]["distance_km"] > 500
    assert race["stations"]["snow_depth"]["id"] == "demo:norberg"  # the other need unchanged
    choose(demo_url, capsys, "demo-engelbrektsloppet-2027", "--temperature", "nearest")
    assert status(demo_url, capsys)["targets"][1] == before


def test_a_cold_history_makes_it_yellow_and_a_mild_one_red(demo_url: str, demo_engine,
                                                          capsys) -> None:
    drop_demo_temperatures(demo_engine)
    add_history(demo_engine, -8.0)  # no position: never a default, only when chosen
    assert status(demo_url, capsys)["targets"][1]["level"] is None
    choose(demo_url, capsys, "Engelbrektsloppet 2027: 20 km-slinga (3×20 km)",
           "--temperature", "test:1")
    race = status(demo_url, capsys)["targets"][1]
    assert (race["level"], race["reason"]) == ("yellow", "met_if_projection_holds")
    assert race["producible_km"] > 17


def test_a_mild_history_is_red(demo_url: str, demo_engine, capsys) -> None:
    add_history(demo_engine, 1.0, position=(60.2, 15.9))  # nearer than nothing, farther
    race = status(demo_url, capsys)["targets"][1]       # than the demo station
    assert race["stations"]["temperature"]["id"] == "demo:norberg"
    choose(demo_url, capsys, "demo-engelbrektsloppet-2027", "--temperature", "test:1")
    race = status(demo_url, capsys)["targets"][1]
    assert (race["level"], race["reason"]) == ("red", "short_by")
    assert race["producible_km"] == 0 and race["margin_days"] is None


def test_the_text_report_names_what_is_missing(demo_url: str, demo_engine, capsys) -> None:
    drop_demo_temperatures(demo_engine)
    capsys.readouterr()
    assert main(["--db", demo_url, "--today", "2026-11-26", "snow", "status"]) == 0
    out = capsys.readouterr().out
    assert "premiär 1 december: 4 km: GREEN" in out
    assert "No temperature history" in out


def test_the_chance_of_natural_snow_on_each_deadline(demo_url: str, demo_engine,
                                                      capsys) -> None:
    # Fifteen past winters at a station without a position (never the default), chosen:
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
    assert status(demo_url, capsys)["natural_snow_history"] == "Norberg (demo, fiktiv)"
    for target in ("demo-premiar-1-dec", "demo-engelbrektsloppet-2027"):
        choose(demo_url, capsys, target, "--snow-depth", "smhi:1")
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


def test_stations_and_settings_commands(demo_url: str, capsys) -> None:
    capsys.readouterr()
    assert main(["--db", demo_url, "snow", "stations", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (station,) = data["stations"]
    assert station["id"] == "demo:norberg" and station["distance_km"] == 2.1
    assert station["parameters"]["temperature"]["enough"] is True
    assert station["parameters"]["snow_depth"]["first"].startswith("2016-11-01")
    assert [t["target"] for t in data["targets"]] == ["demo-premiar-1-dec",
                                                      "demo-engelbrektsloppet-2027"]
    assert main(["--db", demo_url, "snow", "settings", "--json"]) == 0
    rows = {r["key"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["snow.cannons"]["value"] == 4 and rows["snow.daily_max_m3"]["value"] == 1800
    assert main(["--db", demo_url, "snow", "settings", "set", "snow.daily_max_m3", "200"]) == 0
    assert capsys.readouterr().out == "snow.daily_max_m3 = 200 m³\n"
    race = status(demo_url, capsys)["targets"][1]
    # 200 m³ a day for 78 days: 15,600 m³ → 8.8 km + 2.5 km stored, short of 20 km.
    assert (race["level"], race["reason"]) == ("red", "short_by")
    assert race["producible_km"] == pytest.approx(15600 * 0.9 / 1.6 / 1000, abs=0.2)


@pytest.mark.parametrize(("args", "message"), [
    (["snow", "settings", "set", "snow.cannons", "99"], "snow.cannons must be 0 to 50"),
    (["snow", "settings", "set", "snow.cannons", "fyra"], "must be a number"),
    (["snow", "settings", "set", "snow.colour", "1"], "unknown setting 'snow.colour'"),
    (["snow", "settings", "set", "snow.cannons"], "snow settings set KEY VALUE"),
    (["snow", "station", "nosuch", "--temperature", "nearest"], "no snow target 'nosuch'"),
    (["snow", "station", "demo-premiar-1-dec", "--temperature", "smhi:9"],
     "no station 'smhi:9' with temperature readings"),
    (["snow", "station", "demo-premiar-1-dec"], "--temperature ID"),
])
def test_bad_input_is_one_line_and_writes_nothing(demo_url: str, capsys, args: list[str],
                                                  message: str) -> None:
    capsys.readouterr()
    assert main(["--db", demo_url, *args]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert main(["--db", demo_url, "snow", "settings", "--json"]) == 0
    assert all(r["value"] == r["default"] for r in json.loads(capsys.readouterr().out))
