"""`import-smhi` on the command line: what it prints, duplicates, bad files write nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from destination_norberg.cli.errors import UserError
from destination_norberg.cli.smhi import cmd_import_smhi
from destination_norberg.exchange.smhi import MAX_BYTES
from destination_norberg.store import models as m
from destination_norberg.store.database import make_engine, read_session

pytestmark = pytest.mark.both_engines

SMHI = Path(__file__).resolve().parents[3] / "shared" / "realdata" / "smhi"

POSITION_HEADER = ("Tidsperiod (fr.o.m);Tidsperiod (t.o.m);Höjd (meter över havet);"
                   "Latitud (decimalgrader);Longitud (decimalgrader)")

KIRUNA = f"""Stationsnamn;Stationsnummer;Stationsnät;Mäthöjd (meter över marken)
Kiruna;180960;SMHIs stationsnät;0.0

Parameternamn;Beskrivning;Enhet
Snödjup;momentanvärde, 1 gång/dygn, kl 06;meter

{POSITION_HEADER}
2021-11-01 00:00:00;2026-09-01 09:20:19;518.801;67.8513;20.2497

Datum;Tid (UTC);Snödjup;Kvalitet
2026-02-08;06:00:00;0.58;G
2026-02-09;06:00:00;-0.02;G
2026-02-10;06:00:00;0.57;G
"""


def counts(url: str) -> tuple[int, int, int]:
    engine = make_engine(url)
    try:
        with read_session(engine) as s:
            return tuple(s.scalar(select(func.count()).select_from(model)) for model in
                         (m.SnowMeasurement, m.TemperatureObservation, m.WeatherStation))
    finally:
        engine.dispose()


@pytest.fixture
def kiruna(tmp_path: Path) -> Path:
    path = tmp_path / "smhi-opendata_8_180960_kiruna.csv"
    path.write_text(KIRUNA, encoding="utf-8-sig")
    return path


def test_import_prints_what_it_did_and_a_second_import_adds_nothing(
        tmp_path: Path, kiruna: Path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite'}"
    assert cmd_import_smhi(url, kiruna) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["note: 1 negative snow depth(s) were left out, the first on line 12 "
                   "(2026-02-09).",
                   "Imported Kiruna (snow depth): 2 new readings, 0 already there"]
    assert cmd_import_smhi(url, kiruna) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "Imported Kiruna (snow depth): 0 new readings, 2 already there")
    assert counts(url) == (2, 0, 1)


def test_changed_readings_are_reported_as_updated(tmp_path: Path, kiruna: Path,
                                                  capsys) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite'}"
    cmd_import_smhi(url, kiruna)
    kiruna.write_text(KIRUNA.replace(";0.57;G", ";0.50;G"), encoding="utf-8")
    cmd_import_smhi(url, kiruna)
    assert capsys.readouterr().out.splitlines()[-1].endswith(
        "0 new readings, 1 already there, 1 updated")


def test_a_bad_file_is_one_user_error_and_writes_nothing(demo_url: str, tmp_path: Path) -> None:
    before = counts(demo_url)
    bad = tmp_path / "bad.csv"
    bad.write_text(KIRUNA.replace("2026-02-10;06", "2026-02-31;06"), encoding="utf-8")
    with pytest.raises(UserError) as caught:
        cmd_import_smhi(demo_url, bad)
    message = str(caught.value)
    assert message.startswith("bad.csv: Line 13 has the date and time “2026-02-31 06:00”")
    assert "\n" not in message
    assert counts(demo_url) == before


def test_a_bad_file_creates_no_database(tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("Inte SMHI alls\n", encoding="utf-8")
    target = tmp_path / "never.sqlite"
    with pytest.raises(UserError, match="not an SMHI download"):
        cmd_import_smhi(f"sqlite:///{target}", bad)
    assert not target.exists()


def test_missing_and_oversized_files(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    with pytest.raises(UserError, match="there is no file"):
        cmd_import_smhi(url, tmp_path / "nothing.csv")
    big = tmp_path / "big.csv"
    with big.open("wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: the size is refused before anything is read
    with pytest.raises(UserError, match="at most 50 MB"):
        cmd_import_smhi(url, big)


def test_real_files(tmp_path: Path, capsys) -> None:
    if not SMHI.is_dir():
        pytest.skip("../shared/realdata is absent")
    url = f"sqlite:///{tmp_path / 'real.sqlite'}"
    cmd_import_smhi(url, SMHI / "smhi-opendata_8_180960_Kiruna_snow_depth_trimmed.csv")
    cmd_import_smhi(url, SMHI / "smhi-api_8_180960_Kiruna_snow_latest-months.json")
    cmd_import_smhi(url, SMHI / "smhi-opendata_1_105370_Falun-Lugnet_hourly_temp.csv")
    assert capsys.readouterr().out.splitlines() == [
        "Imported Kiruna (snow depth): 9 new readings, 0 already there",
        "Imported Kiruna (snow depth): 8 new readings, 0 already there",
        "Imported Falun-Lugnet (air temperature): 58770 new readings, 0 already there"]
    with pytest.raises(UserError, match=r"data\.csv$"):
        cmd_import_smhi(url, SMHI / "ifk-smhi__metobs_period_response_with_http_headers.txt")
    assert counts(url) == (17, 58770, 2)
