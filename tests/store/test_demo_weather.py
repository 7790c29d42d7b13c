"""The demo carries its own fictional weather (issue 14): labelled as such, modest in size,
enough winters for the planner, loaded fast and straight into the weather store."""

from __future__ import annotations

import csv
import json
import time
from pathlib import Path

from destination_norberg.app.snow_stations import stations
from destination_norberg.core.snow_stations import SNOW_DEPTH, TEMPERATURE, nearest
from destination_norberg.store.demo import load_demo
from destination_norberg.store.opening import open_database
from destination_norberg.store.rows import EngineRows

DATA = Path(__file__).resolve().parents[2] / "data"


def test_the_demo_station_is_labelled_fictional_and_the_files_are_modest() -> None:
    (station,) = json.loads((DATA / "weather_stations.json").read_text(encoding="utf-8"))
    assert "fiktiv" in station["name"] and station["network"] == "demo"
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    assert "Vädret är PÅHITTAT" in readme and "The weather is FICTIONAL" in readme
    assert station["name"] in readme
    files = ("weather_temperature.csv", "snow_depth.csv", "weather_stations.json")
    assert sum((DATA / f).stat().st_size for f in files) < 2_000_000
    with (DATA / "weather_temperature.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    winters = {r["date"][:4] for r in rows if r["date"][5:7] == "01"}
    assert len(winters) >= 10  # ten Januaries: a climatology, not an anecdote
    assert all(-40 < float(r["t06"]) < 30 for r in rows)


def test_the_demo_loads_its_station_as_the_nearest(tmp_path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'demo.sqlite'}")
    try:
        started = time.perf_counter()
        load_demo(engine)
        assert time.perf_counter() - started < 5  # about 0.2 s on the 2-core machine
        known = stations(EngineRows(engine))
        for need in (TEMPERATURE, SNOW_DEPTH):
            found = nearest(known, need)
            assert found is not None and found.key == "demo:norberg", need
            assert found.distance_km is not None and found.distance_km < 5
    finally:
        engine.dispose()
