"""SMHI downloads into the store: one write unit, no duplicates, corrections, speed."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from destination_norberg.exchange.smhi import Reading, SmhiDownload, read_smhi
from destination_norberg.store import models as m
from destination_norberg.store import weather_store as ws
from destination_norberg.store.database import DatabaseError, read_session
from destination_norberg.store.rows import EngineRows, open_current_sqlite
from destination_norberg.store.weather_store import (
    import_download,
    snow_depth_series,
    stations,
)

pytestmark = pytest.mark.both_engines

SMHI = Path(__file__).resolve().parents[3] / "shared" / "realdata" / "smhi"

POSITION_HEADER = ("Tidsperiod (fr.o.m);Tidsperiod (t.o.m);Höjd (meter över havet);"
                   "Latitud (decimalgrader);Longitud (decimalgrader)")

KIRUNA = f"""\ufeffStationsnamn;Stationsnummer;Stationsnät;Mäthöjd (meter över marken)
Kiruna;180960;SMHIs stationsnät;0.0

Parameternamn;Beskrivning;Enhet
Snödjup;momentanvärde, 1 gång/dygn, kl 06;meter

{POSITION_HEADER}
1898-11-01 00:00:00;1964-12-31 23:59:59;505.0;67.8500;20.2333
2021-11-01 00:00:00;2026-09-01 09:20:19;518.801;67.8513;20.2497

Datum;Tid (UTC);Snödjup;Kvalitet;;Tidsutsnitt:
1947-01-01;06:00:00;0.25;G;;Kvalitetskontrollerade historiska data (utom de senaste 3 mån)
1947-01-02;06:00:00;0.24;G;;Tidsperiod (fr.o.m.) = 1898-11-01 00:00:00 (UTC)
2026-02-08;06:00:00;0.58;G
2026-02-09;06:00:00;0.57;Y
2026-02-10;06:00:00;0.58;G
"""

TEMPERATURE = f"""Stationsnamn;Klimatnummer;Mäthöjd (meter över marken)
Falun-Lugnet;105370;2.0

Parameternamn;Beskrivning;Enhet
Lufttemperatur;momentanvärde, 1 gång/tim;degree celsius

{POSITION_HEADER}
2006-06-01 00:00:00;2015-11-30 23:59:59;140.0;60.619;15.6603

Datum;Tid (UTC);Lufttemperatur;Kvalitet
2015-01-01;00:00:00;-5.5;G
2015-01-01;01:00:00;-6.0;G
"""


def kiruna() -> SmhiDownload:
    return read_smhi(KIRUNA.encode("utf-8"))


def count(engine, model) -> int:
    with read_session(engine) as s:
        return s.scalar(select(func.count()).select_from(model))


def depths(engine, station: str = "smhi:180960") -> dict[datetime, tuple[float, str]]:
    with read_session(engine) as s:
        rows = s.execute(select(m.SnowMeasurement.measured_at, m.SnowMeasurement.depth_m,
                                m.SnowMeasurement.quality)
                         .where(m.SnowMeasurement.station == station)).all()
    return {at: (depth, q) for at, depth, q in rows}


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_import_then_import_again_adds_nothing(engine) -> None:
    first = import_download(engine, kiruna())
    assert (first.added, first.unchanged, first.updated, first.station_key) == (
        5, 0, 0, "smhi:180960")
    again = import_download(engine, kiruna())
    assert (again.added, again.unchanged, again.updated) == (0, 5, 0)
    assert count(engine, m.SnowMeasurement) == 5
    assert count(engine, m.WeatherStation) == 1
    stored = depths(engine)
    assert stored[utc(2026, 2, 8, 6)] == (0.58, "G")  # metres, as SMHI gives it
    with read_session(engine) as s:
        sources = set(s.scalars(select(m.SnowMeasurement.source)))
    assert sources == {"smhi"}


def test_station_row_and_its_metadata(engine) -> None:
    import_download(engine, kiruna())
    with read_session(engine) as s:
        station = s.scalars(select(m.WeatherStation)).one()
        values = (station.key, station.name, station.network, station.latitude,
                  station.longitude, station.height_m)
        meta = json.loads(station.meta)
    assert values == ("smhi:180960", "Kiruna", "SMHIs stationsnät", 67.8513, 20.2497, 518.801)
    assert meta["header"] == "Stationsnummer" and len(meta["positions"]) == 2
    assert meta["parameters"]["8"]["unit"] == "meter"


def test_a_changed_value_replaces_the_old_one_and_is_counted(engine) -> None:
    import_download(engine, kiruna())
    corrected = KIRUNA.replace("2026-02-09;06:00:00;0.57;Y", "2026-02-09;06:00:00;0.55;G")
    counts = import_download(engine, read_smhi(corrected.encode()))
    assert (counts.added, counts.unchanged, counts.updated) == (0, 4, 1)
    assert depths(engine)[utc(2026, 2, 9, 6)] == (0.55, "G")
    assert count(engine, m.SnowMeasurement) == 5


def test_an_unchecked_value_never_replaces_a_checked_one(engine) -> None:
    import_download(engine, kiruna())
    suspect = KIRUNA.replace("2026-02-08;06:00:00;0.58;G", "2026-02-08;06:00:00;0.70;Y")
    counts = import_download(engine, read_smhi(suspect.encode()))
    assert (counts.added, counts.unchanged, counts.updated) == (0, 5, 0)
    assert depths(engine)[utc(2026, 2, 8, 6)] == (0.58, "G")


def test_new_readings_are_added_beside_old_ones(engine) -> None:
    import_download(engine, kiruna())
    more = KIRUNA + "2026-02-11;06:00:00;0.60;G\n"
    counts = import_download(engine, read_smhi(more.encode()))
    assert (counts.added, counts.unchanged) == (1, 5)


def test_temperature_goes_to_its_own_table(engine) -> None:
    counts = import_download(engine, read_smhi(TEMPERATURE.encode()))
    assert (counts.added, counts.station_key) == (2, "smhi:105370")
    assert count(engine, m.TemperatureObservation) == 2
    assert count(engine, m.SnowMeasurement) == 0
    with read_session(engine) as s:
        rows = s.execute(select(m.TemperatureObservation.measured_at,
                                m.TemperatureObservation.temp_c)
                         .order_by(m.TemperatureObservation.measured_at)).all()
    assert [tuple(r) for r in rows] == [(utc(2015, 1, 1, 0), -5.5), (utc(2015, 1, 1, 1), -6.0)]


def test_metadata_is_kept_when_a_later_download_lacks_it(engine) -> None:
    import_download(engine, kiruna())  # the CSV knows the network and two positions
    api = replace(kiruna(), readings=[Reading(utc(2026, 9, 15, 6), 0.0, "G")], form="json")
    api = replace(api, station=replace(api.station, network="", meta={
        "header": "json", "owner": "SMHI", "positions": [
            {"from": "1996-10-01T00:00:00+00:00", "to": "2010-05-31T23:59:59+00:00",
             "height_m": 500.0, "latitude": 67.85, "longitude": 20.2451}]}))
    import_download(engine, api)
    with read_session(engine) as s:
        station = s.scalars(select(m.WeatherStation)).one()
        network, lat, meta = station.network, station.latitude, json.loads(station.meta)
    assert network == "SMHIs stationsnät"
    assert lat == 67.8513  # the older download's later position still wins
    assert len(meta["positions"]) == 3 and meta["owner"] == "SMHI"
    assert meta["parameters"]["8"]["name"] == "Snödjup"


def test_a_failing_write_leaves_nothing_and_says_one_line(engine, backend) -> None:
    with engine.begin() as conn:
        if backend == "sqlite":
            conn.execute(text(
                "CREATE TRIGGER refuse BEFORE INSERT ON snow_measurement "
                "WHEN NEW.depth_m > 0.575 BEGIN SELECT RAISE(ABORT, 'disk says no'); END"))
        else:
            conn.execute(text(
                "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "RAISE EXCEPTION 'disk says no'; END $$"))
            conn.execute(text(
                "CREATE TRIGGER refuse BEFORE INSERT ON snow_measurement FOR EACH ROW "
                "WHEN (NEW.depth_m > 0.575) EXECUTE FUNCTION refuse()"))
    with pytest.raises(DatabaseError) as caught:
        import_download(engine, kiruna())
    assert str(caught.value) == "The readings of Kiruna could not be saved: disk says no"
    assert count(engine, m.SnowMeasurement) == 0
    assert count(engine, m.WeatherStation) == 0  # the station went with the readings


@pytest.mark.sqlite_only
@pytest.mark.parametrize("fast", [True, False])
def test_both_write_paths_store_the_same_text(engine, monkeypatch, fast: bool) -> None:
    """The SQLite shortcut must store what SQLAlchemy's types would (and PostgreSQL's Core
    path is the same code as on SQLite with the shortcut off)."""
    monkeypatch.setattr(ws, "_fast_path", lambda _engine: fast)
    import_download(engine, kiruna())
    assert import_download(engine, kiruna()).added == 0
    with engine.connect() as conn:
        raw = conn.exec_driver_sql("SELECT measured_at FROM snow_measurement "
                                   "ORDER BY measured_at").scalars().all()
    assert raw[0] == "1947-01-01 06:00:00.000000"
    assert depths(engine)[utc(1947, 1, 1, 6)] == (0.25, "G")


def test_series_and_stations_on_both_drivers(engine, backend) -> None:
    import_download(engine, kiruna())
    import_download(engine, read_smhi(TEMPERATURE.encode()))
    url = engine.url.render_as_string(hide_password=False)
    fast = open_current_sqlite(url) if backend == "sqlite" else EngineRows(engine)
    assert fast is not None
    try:
        for source in (engine, EngineRows(engine), fast):
            series = snow_depth_series(source, "smhi:180960")
            assert series[0] == (date(1947, 1, 1), 0.25)
            assert series[-1] == (date(2026, 2, 10), 0.58)
            assert len(series) == 5
            found = {s.key: s for s in stations(source)}
            assert found["smhi:180960"].snow_readings == 5
            assert found["smhi:105370"].temperature_readings == 2
            assert found["smhi:105370"].meta["klimatnummer"] == 105370
    finally:
        fast.close()


def test_demo_series_without_a_station_row(demo_engine) -> None:
    from destination_norberg.store.database import write_session

    with write_session(demo_engine) as session:  # manual readings: no station row
        session.add_all([m.SnowMeasurement(
            station="Manuell (stadion)", measured_at=datetime(2026, 11, d, 6, tzinfo=UTC),
            depth_m=0.01 * d, quality="", source="manual") for d in (20, 3, 11)])
    names = {s.key: s for s in stations(demo_engine)}
    bare = [s for s in names.values() if s.snow_readings and s.latitude is None]
    assert [s.key for s in bare] == ["Manuell (stadion)"], names
    series = snow_depth_series(demo_engine, bare[0].key)
    assert len(series) == bare[0].snow_readings == 3
    assert series == sorted(series)
    demo = names["demo:norberg"]  # the demo's fictional station has its row and position
    assert demo.name == "Norberg (demo, fiktiv)" and demo.latitude is not None
    assert demo.snow_readings > 1000 and demo.temperature_readings > 10000


def test_real_falun_file_imports_fast(engine) -> None:
    path = SMHI / "smhi-opendata_1_105370_Falun-Lugnet_hourly_temp.csv"
    if not path.is_file():
        pytest.skip("../shared/realdata is absent")
    started = time.perf_counter()
    download = read_smhi(path.read_bytes())
    read_s = time.perf_counter() - started
    counts = import_download(engine, download)
    import_s = time.perf_counter() - started - read_s
    again = import_download(engine, download)
    print(f"Falun-Lugnet, {counts.added} rows: read {read_s:.2f} s, import {import_s:.2f} s")
    assert (counts.added, again.added, again.unchanged) == (58770, 0, 58770)
    assert count(engine, m.TemperatureObservation) == 58770
    assert import_s < 15  # about 0.3 s on the 2-core machine; generous for a loaded CI


def test_real_kiruna_csv_then_json(engine) -> None:
    if not SMHI.is_dir():
        pytest.skip("../shared/realdata is absent")
    csv = read_smhi((SMHI / "smhi-opendata_8_180960_Kiruna_snow_depth_trimmed.csv")
                    .read_bytes())
    api = read_smhi((SMHI / "smhi-api_8_180960_Kiruna_snow_latest-months.json").read_bytes())
    assert import_download(engine, csv).added == 9
    assert import_download(engine, api).added == 8
    assert count(engine, m.WeatherStation) == 1
    assert len(snow_depth_series(engine, "smhi:180960")) == 17
