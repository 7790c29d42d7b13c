"""Every parameter the program reads, in both forms, from fixtures in SMHI's layouts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from destination_norberg.exchange.smhi import SmhiError, SmhiForecast, read_smhi, read_weather_file

FILES = Path(__file__).parent / "smhi_files"
REAL = Path(__file__).resolve().parents[3] / "shared" / "realdata" / "smhi"

EXPECTED = {  # parameter: (label, first value, count)
    1: ("air temperature", -3.2, 6),
    2: ("daily mean air temperature", -2.4, 3),
    6: ("relative humidity", 92.0, 6),
    8: ("snow depth", 0.05, 3),
    19: ("daily minimum air temperature", -6.8, 3),
    20: ("daily maximum air temperature", 0.4, 3),
}


@pytest.mark.parametrize("parameter", sorted(EXPECTED))
def test_csv_of_every_parameter(parameter: int) -> None:
    path = next(FILES.glob(f"smhi-opendata_{parameter}_*.csv"))
    download = read_smhi(path.read_bytes(), name=path.name)
    label, first, count = EXPECTED[parameter]
    assert download.parameter == parameter
    assert download.parameter_label == label
    assert len(download.readings) == count
    assert download.readings[0].value == pytest.approx(first)
    assert {r.quality for r in download.readings} == {"G", "Y"}
    assert download.station.meta["tidsutsnitt"]  # the extra columns were kept as notes
    assert not any("name" in w and "speaks of" in w for w in download.warnings)


@pytest.mark.parametrize("parameter", sorted(EXPECTED))
def test_json_of_every_parameter(parameter: int) -> None:
    path = FILES / f"smhi-api_{parameter}_95999_latest-months.json"
    download = read_smhi(path.read_bytes(), name=path.name)
    _label, first, count = EXPECTED[parameter]
    assert (download.parameter, download.form, len(download.readings)) == (parameter, "json",
                                                                           count)
    assert download.readings[0].value == pytest.approx(first)
    assert download.station.name == "Norberg test"


def test_daily_value_is_kept_at_noon_of_its_representative_day() -> None:
    path = next(FILES.glob("smhi-opendata_2_*.csv"))
    download = read_smhi(path.read_bytes(), name=path.name)
    assert download.readings[0].at == datetime(2026, 11, 19, 12, tzinfo=UTC)
    assert download.form == "csv-klimatnummer"
    json_download = read_smhi((FILES / "smhi-api_19_95999_latest-months.json").read_bytes())
    assert json_download.readings[0].at == datetime(2026, 11, 20, 12, tzinfo=UTC)


def test_both_header_generations_among_the_fixtures() -> None:
    forms = {read_smhi(p.read_bytes(), name=p.name).form for p in FILES.glob("*.csv")}
    assert forms == {"csv-klimatnummer", "csv-stationsnummer"}


def test_daily_parameter_with_hourly_table_is_refused() -> None:
    text = next(FILES.glob("smhi-opendata_1_*.csv")).read_text(encoding="utf-8-sig")
    text = text.replace("momentanvärde, 1 gång/tim", "min, 1 gång per dygn")
    with pytest.raises(SmhiError, match="daily"):
        read_smhi(text.encode())


def test_humidity_above_100_is_refused() -> None:
    text = next(FILES.glob("smhi-opendata_6_*.csv")).read_text(encoding="utf-8")
    with pytest.raises(SmhiError, match="relative humidity of 130"):
        read_smhi(text.replace(";92;", ";130;").encode())


def test_humidity_in_other_unit_is_refused() -> None:
    text = next(FILES.glob("smhi-opendata_6_*.csv")).read_text(encoding="utf-8")
    with pytest.raises(SmhiError, match="percent"):
        read_smhi(text.replace(";procent", ";g/m3").encode())


def test_forecast_snow1g() -> None:
    result = read_weather_file((FILES / "snow1g_norberg.json").read_bytes())
    assert isinstance(result, SmhiForecast)
    assert result.form == "snow1g"
    assert result.reference_time == datetime(2026, 11, 26, 6, tzinfo=UTC)
    assert result.latitude == pytest.approx(60.085716)
    assert result.steps[0].at == datetime(2026, 11, 26, 7, tzinfo=UTC)
    assert result.steps[0].rel_humidity is not None
    assert (result.last - result.first).days >= 9
    with pytest.raises(SmhiError, match="forecast, not observations"):
        read_smhi((FILES / "snow1g_norberg.json").read_bytes())


def test_forecast_missing_value_9999_is_left_out() -> None:
    text = (FILES / "snow1g_norberg.json").read_text()
    first = text.index('"air_temperature"')
    end = text.index(",", first)
    text = text[:first] + '"air_temperature": 9999' + text[end:]
    result = read_weather_file(text.encode())
    assert isinstance(result, SmhiForecast)
    assert result.steps[0].at == datetime(2026, 11, 26, 8, tzinfo=UTC)
    assert any("no air temperature" in w for w in result.warnings)


def test_older_pmp3g_forecast_is_read_with_a_warning() -> None:
    doc = ('{"approvedTime": "2026-03-01T06:00:00Z", "referenceTime": "2026-03-01T06:00:00Z",'
           ' "geometry": {"type": "Point", "coordinates": [[15.9, 60.1]]}, "timeSeries": ['
           '{"validTime": "2026-03-01T07:00:00Z", "parameters": [{"name": "t", "values": [-4.0]},'
           ' {"name": "r", "values": [90]}]}]}')
    result = read_weather_file(doc.encode())
    assert isinstance(result, SmhiForecast)
    assert (result.form, result.steps[0].temp_c, result.steps[0].rel_humidity) == (
        "pmp3g", -4.0, 90.0)
    assert any("withdrawn" in w for w in result.warnings)


def test_forecast_without_steps_is_refused() -> None:
    with pytest.raises(SmhiError, match="no time steps"):
        read_weather_file(b'{"referenceTime": "2026-03-01T06:00:00Z", "timeSeries": []}')


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/realdata is absent")
@pytest.mark.parametrize(("name", "parameter"), [
    ("smhi-opendata_1_105370_Falun-Lugnet_hourly_temp.csv", 1),
    ("ifk-smhi__metobs_param1_station1_Akalla_newheader.csv", 1),
    ("smhi-opendata_8_180960_Kiruna_snow_depth_trimmed.csv", 8),
    ("smhi-api_8_180960_Kiruna_snow_latest-months.json", 8),
])
def test_real_downloads_still_read(name: str, parameter: int) -> None:
    path = REAL / name
    if not path.is_file():
        pytest.skip(f"{name} is absent")
    download = read_smhi(path.read_bytes(), name=name)
    assert download.parameter == parameter and download.readings
