"""The SMHI reader: both CSV header generations, the API's JSON, and every way a file goes wrong.

Real downloads from ../shared/realdata/smhi are read or refused with one sentence (skipped
where that folder is absent); small hand-written files cover what must always run.
"""

from __future__ import annotations

import gzip
import json
import math
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from destination_norberg.exchange.smhi import (
    AIR_TEMPERATURE,
    MAX_BYTES,
    SNOW_DEPTH,
    SmhiDownload,
    SmhiError,
    read_smhi,
)

REALDATA = Path(__file__).resolve().parents[3] / "shared" / "realdata"
SMHI = REALDATA / "smhi"

NEW_HEADER = ("Stationsnamn;Stationsnummer;Stationsnät;Mäthöjd (meter över marken)\n"
              "Kiruna;180960;SMHIs stationsnät;0.0\n")
OLD_HEADER = ("Stationsnamn;Klimatnummer;Mäthöjd (meter över marken)\n"
              "Kiruna;180960;0.0\n")
SNOW = ("Parameternamn;Beskrivning;Enhet\n"
        "Snödjup;momentanvärde, 1 gång/dygn, kl 06;meter\n")
POSITIONS = ("Tidsperiod (fr.o.m);Tidsperiod (t.o.m);Höjd (meter över havet);"
             "Latitud (decimalgrader);Longitud (decimalgrader)\n"
             "2021-11-01 00:00:00;2026-09-01 09:20:19;518.801;67.8513;20.2497\n"
             "1898-11-01 00:00:00;1964-12-31 23:59:59;505.0;67.8500;20.2333\n")
TABLE = "Datum;Tid (UTC);Snödjup;Kvalitet;;Tidsutsnitt:\n"
ROWS = ["2026-02-08;06:00:00;0.58;G;;Kvalitetskontrollerade historiska data",
        "2026-02-09;06:00:00;0.57;G;;Tidsperiod (fr.o.m.) = 1898-11-01 00:00:00 (UTC)",
        "2026-02-10;06:00:00;0.55;Y"]


def csv_text(rows: list[str] | None = None, header: str = NEW_HEADER,
             parameter: str = SNOW, table: str = TABLE) -> str:
    rows = ROWS if rows is None else rows
    return (f"{header}\n{parameter}\n{POSITIONS}\n{table}" + "".join(r + "\n" for r in rows))


def csv_bytes(*args, bom: bool = True, **kwargs) -> bytes:
    return (b"\xef\xbb\xbf" if bom else b"") + csv_text(*args, **kwargs).encode("utf-8")


def refused(data: bytes, name: str = "") -> str:
    """The refusal's message: one sentence on one line, never the last-guard one."""
    with pytest.raises(SmhiError) as caught:
        read_smhi(data, name=name)
    message = str(caught.value)
    assert message and "\n" not in message and "\r" not in message
    assert "unexpected problem" not in message, repr(caught.value.__cause__)
    return message


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# --- hand-written files ---------------------------------------------------------------------


def test_newer_header_generation() -> None:
    d = read_smhi(csv_bytes())
    assert d.form == "csv-stationsnummer"
    assert d.station.meta["header"] == "Stationsnummer"
    assert (d.station.key, d.station.number, d.station.name) == ("smhi:180960", 180960, "Kiruna")
    assert d.station.network == "SMHIs stationsnät"
    assert d.parameter == SNOW_DEPTH and d.unit == "meter" and d.parameter_name == "Snödjup"
    assert [(r.at, r.value, r.quality) for r in d.readings] == [
        (utc(2026, 2, 8, 6), 0.58, "G"), (utc(2026, 2, 9, 6), 0.57, "G"),
        (utc(2026, 2, 10, 6), 0.55, "Y")]
    assert d.warnings == []


def test_older_header_generation() -> None:
    d = read_smhi(csv_bytes(header=OLD_HEADER))
    assert d.form == "csv-klimatnummer"
    assert d.station.meta["header"] == "Klimatnummer"
    assert d.station.meta["klimatnummer"] == 180960
    assert d.station.key == "smhi:180960" and d.station.network == ""
    assert len(d.readings) == 3


def test_latest_position_wins_whatever_the_order() -> None:
    d = read_smhi(csv_bytes())  # the newest position is listed first here
    assert (d.station.latitude, d.station.longitude, d.station.height_m) == (
        67.8513, 20.2497, 518.801)
    assert len(d.station.meta["positions"]) == 2
    assert d.station.meta["measuring_height_m"] == 0.0


def test_tidsutsnitt_columns_are_metadata_not_readings() -> None:
    d = read_smhi(csv_bytes())
    assert d.station.meta["tidsutsnitt"] == [
        "Kvalitetskontrollerade historiska data",
        "Tidsperiod (fr.o.m.) = 1898-11-01 00:00:00 (UTC)"]


def test_bom_crlf_and_no_bom_read_alike() -> None:
    plain = read_smhi(csv_bytes(bom=False))
    crlf = read_smhi(csv_bytes().replace(b"\n", b"\r\n"))
    assert plain.readings == crlf.readings == read_smhi(csv_bytes()).readings


def test_temperature_parameter_one() -> None:
    d = read_smhi(csv_bytes(
        ["2013-01-01;00:00:00;-5.3;G", "2013-01-01;01:00:00;-4.9;Y"],
        parameter="Parameternamn;Beskrivning;Enhet\n"
                  "Lufttemperatur;momentanvärde, 1 gång/tim;celsius\n",
        table="Datum;Tid (UTC);Lufttemperatur;Kvalitet\n"))
    assert d.parameter == AIR_TEMPERATURE and d.parameter_label == "air temperature"
    assert [r.value for r in d.readings] == [-5.3, -4.9]


def test_comma_decimals_of_a_spreadsheet_are_read() -> None:
    d = read_smhi(csv_bytes(["2026-02-08;06:00:00;0,58;G"]))
    assert d.readings[0].value == 0.58


def test_windows_1252_is_read_with_a_warning() -> None:
    d = read_smhi(csv_text().encode("cp1252"))
    assert d.station.network == "SMHIs stationsnät" and d.parameter == SNOW_DEPTH
    assert any("Windows-1252" in w for w in d.warnings)


def test_gzip_is_unpacked() -> None:
    assert read_smhi(gzip.compress(csv_bytes())).readings == read_smhi(csv_bytes()).readings


def test_lower_case_quality_and_short_time() -> None:
    d = read_smhi(csv_bytes(["2026-02-08;06:00;0.58;g"]))
    assert (d.readings[0].at, d.readings[0].quality) == (utc(2026, 2, 8, 6), "G")


def test_negative_snow_depth_is_dropped_with_a_warning() -> None:
    d = read_smhi(csv_bytes(["2026-02-08;06:00:00;0.58;G", "2026-02-09;06:00:00;-0.01;G",
                             "2026-02-10;06:00:00;0.50;G"]))
    assert [r.value for r in d.readings] == [0.58, 0.50]
    assert d.warnings == ["1 negative snow depth(s) were left out, the first on line 13 "
                          "(2026-02-09)."]


def test_repeated_time_keeps_the_later_line() -> None:
    d = read_smhi(csv_bytes(["2026-02-08;06:00:00;0.58;G", "2026-02-08;06:00:00;0.60;G"]))
    assert [r.value for r in d.readings] == [0.60]
    assert "repeat an earlier time" in d.warnings[0]


def test_rows_out_of_order_are_sorted() -> None:
    d = read_smhi(csv_bytes(["2026-02-09;06:00:00;0.57;G", "2026-02-08;06:00:00;0.58;G"]))
    assert [r.at.day for r in d.readings] == [8, 9]


def test_odd_quality_code_is_kept_with_a_warning() -> None:
    d = read_smhi(csv_bytes(["2026-02-08;06:00:00;0.58;R"]))
    assert d.readings[0].quality == "R"
    assert "neither G nor Y" in d.warnings[0]


def test_file_name_that_disagrees_is_a_warning() -> None:
    d = read_smhi(csv_bytes(), name="smhi-opendata_1_105370_20240101.csv")
    assert any("parameter 1 at station 105370" in w for w in d.warnings)
    assert read_smhi(csv_bytes(), name="smhi-opendata_8_180960_x.csv").warnings == []


@pytest.mark.parametrize(("data", "expected"), [
    (b"", "The file is empty."),
    (b"\xef\xbb\xbf \r\n\n", "The file is empty."),
    (b"x" * (MAX_BYTES + 1), "at most 50 MB"),
    (b"<html><body>Service unavailable</body></html>", "HTML or XML"),
    (b"\x00\x01\x02binary", "binary"),
    (b"Namn,Telefon\nAnna,0223-123 45\n", "not an SMHI download"),
    (b"Datum;Tid (UTC);Sn\xc3\xb6djup;Kvalitet\n2026-02-08;06:00:00;0.58;G\n",
     "no SMHI station block"),
    (b"Stationsnamn,Stationsnummer\nKiruna,180960\n", "not separated by semicolons"),
    (b"\x1f\x8b\x08\x00broken", "gzip-compressed but damaged"),
])
def test_refusals(data: bytes, expected: str) -> None:
    assert expected in refused(data)


def test_no_datum_line() -> None:
    text = csv_text().split("Datum;")[0]
    assert "no line starting “Datum;”" in refused(text.encode())


def test_no_readings_below_datum() -> None:
    assert "no readings below" in refused(csv_bytes([]))


def test_bad_date_names_the_line() -> None:
    message = refused(csv_bytes(["2026-02-08;06:00:00;0.58;G", "2026-02-30;06:00:00;0.5;G"]))
    assert message.startswith("Line 13 ") and "does not exist" in message
    assert refused(csv_bytes(["08/02/2026;06:00:00;0.58;G"])).startswith(
        "Line 12 has the date “08/02/2026”")


@pytest.mark.parametrize("value", ["abc", "nan", "inf", "1e3", "0.5.1", "", "1_0"])
def test_bad_value_names_the_line(value: str) -> None:
    message = refused(csv_bytes([f"2026-02-08;06:00:00;{value};G"]))
    assert message.startswith("Line 12 has the value"), message


def test_short_row_and_bad_time_and_bad_quality() -> None:
    assert "a reading needs date;time;value;quality" in refused(csv_bytes(["2026-02-08;06:00"]))
    assert "has the time “6h”" in refused(csv_bytes(["2026-02-08;6h;0.5;G"]))
    assert "quality code “good”" in refused(csv_bytes(["2026-02-08;06:00:00;0.5;good"]))


def test_snow_in_centimetres_is_refused() -> None:
    message = refused(csv_bytes(["2026-02-08;06:00:00;58;G"]))
    assert "58 m" in message and "centimetres" in message
    assert "“cm”" in refused(csv_bytes(parameter=SNOW.replace(";meter", ";cm")))


def test_implausible_temperature_is_refused() -> None:
    param = "Parameternamn;Beskrivning;Enhet\nLufttemperatur;momentanvärde, 1 gång/tim;celsius\n"
    assert "not plausible" in refused(csv_bytes(["2013-01-01;00:00:00;99.0;G"],
                                                parameter=param))


def test_other_parameters_are_refused_by_name() -> None:
    rain = "Parameternamn;Beskrivning;Enhet\nNederbördsmängd;summa 1 dygn, 1 gång/dygn;millimeter\n"
    message = refused(csv_bytes(parameter=rain), name="smhi-opendata_5_97400_2024.csv")
    assert "parameter 5, “Nederbördsmängd”" in message
    # Issue 14: the daily mean (2) is read now; the monthly mean (22) is still not ours.
    mean = ("Parameternamn;Beskrivning;Enhet\n"
            "Lufttemperatur;medelvärde 1 månad, 1 gång/månad;celsius\n")
    assert "“Lufttemperatur” (medelvärde 1 månad" in refused(csv_bytes(parameter=mean))


def test_station_number_must_be_a_number() -> None:
    header = NEW_HEADER.replace("180960", "KIR")
    assert "station number “KIR”" in refused(csv_bytes(header=header))


def test_year_before_any_measurement() -> None:
    assert "year 1600" in refused(csv_bytes(["1600-01-01;06:00:00;0.1;G"]))


# --- JSON -----------------------------------------------------------------------------------


def api_json(values: list | None, parameter: str = "8", **extra) -> bytes:
    doc = {"updated": 1790294400000,
           "parameter": {"key": parameter, "name": "Snödjup",
                         "summary": "momentanvärde, 1 gång/dygn, kl 06", "unit": "meter"},
           "station": {"key": "180960", "name": "Kiruna", "owner": "SMHI", "height": 0.0},
           "position": [{"from": 1635724800000, "to": 1790335218000, "height": 518.801,
                         "latitude": 67.8513, "longitude": 20.2497}],
           "value": values, **extra}
    return json.dumps(doc).encode()


def test_json_string_values_and_epoch_milliseconds() -> None:
    d = read_smhi(api_json([{"date": 1789452000000, "value": "0.58", "quality": "G"},
                            {"date": 1789538400000, "value": 0.5, "quality": "Y"}]))
    assert d.form == "json" and d.parameter == SNOW_DEPTH
    assert [(r.at, r.value, r.quality) for r in d.readings] == [
        (utc(2026, 9, 15, 6), 0.58, "G"), (utc(2026, 9, 16, 6), 0.5, "Y")]
    assert d.station.key == "smhi:180960" and d.station.height_m == 518.801
    assert d.station.meta["updated"] == "2026-09-25T00:00:00+00:00"


def test_json_null_value_is_left_out_with_a_warning() -> None:
    d = read_smhi(api_json([{"date": 1789452000000, "value": None, "quality": "G"},
                            {"date": 1789538400000, "value": "0.1", "quality": "G"}]))
    assert len(d.readings) == 1 and "no value" in d.warnings[0]


@pytest.mark.parametrize(("data", "expected"), [
    (api_json(None), "holds no readings"),
    (api_json([{"date": "yesterday", "value": "0.1", "quality": "G"}]),
     "Reading 1 has the date 'yesterday'"),
    (api_json([{"date": 1789452000000, "value": "x", "quality": "G"}]),
     "Reading 1 (2026-09-15) has the value “x”"),
    (api_json([{"date": 10**20, "value": "0.1", "quality": "G"}]), "out of range"),
    (api_json([], parameter="5"), "parameter 5"),
    (b'{"value": [1, 2', "not valid JSON"),
    (b"[1, 2, 3]", "not an SMHI metobs download"),
    (b'{"station": [{"key": "1"}]}', "list of stations"),
    (b"[" * 100_000, "nested too deeply"),
])
def test_json_refusals(data: bytes, expected: str) -> None:
    assert expected in refused(data)


def test_http_headers_in_front_of_a_download_are_skipped() -> None:
    body = api_json([{"date": 1789452000000, "value": "0.58", "quality": "G"}])
    d = read_smhi(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n" + body)
    assert d.readings[0].value == 0.58
    assert "headers of an HTTP response" in d.warnings[0]


def test_http_error_response_is_refused() -> None:
    message = refused(b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html/>")
    assert "status 404 Not Found" in message


# --- mutations ------------------------------------------------------------------------------


def mutate(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(7)
        pos = rng.randrange(len(buf)) if buf else 0
        if kind == 0 and buf:
            del buf[pos]
        elif kind == 1:
            buf.insert(pos, rng.randrange(256))
        elif kind == 2 and buf:
            buf[pos] = rng.choice(b";\n-.,:0123456789GYx\xc3\x00 ")
        elif kind == 3:
            buf = buf[:pos]
        else:
            lines = bytes(buf).split(b"\n")
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            if kind == 4:
                lines[i], lines[j] = lines[j], lines[i]
            elif kind == 5:
                lines.insert(i, lines[j])
            else:
                del lines[i]
            buf = bytearray(b"\n".join(lines))
    return bytes(buf)


@pytest.mark.parametrize("seed", range(100))
def test_mutated_csv_is_read_or_refused_in_one_sentence(seed: int) -> None:
    rng = random.Random(seed)
    data = mutate(csv_bytes(ROWS + [f"2026-03-{d:02d};06:00:00;0.{d:02d};G" for d in
                                   range(1, 20)]), rng)
    try:
        d = read_smhi(data)
    except SmhiError as error:
        message = str(error)
        assert message and "\n" not in message and "unexpected problem" not in message, \
            (message, repr(error.__cause__))
        return
    assert isinstance(d, SmhiDownload)
    for r in d.readings:
        assert r.at.tzinfo is UTC and math.isfinite(r.value) and len(r.quality) <= 2
    assert d.readings == sorted(d.readings, key=lambda r: r.at)


@pytest.mark.parametrize("seed", range(30))
def test_mutated_json_is_read_or_refused_in_one_sentence(seed: int) -> None:
    data = mutate(api_json([{"date": 1789452000000 + i * 86_400_000, "value": f"0.{i:02d}",
                             "quality": "G"} for i in range(10)]), random.Random(seed))
    try:
        read_smhi(data)
    except SmhiError as error:
        assert "\n" not in str(error) and "unexpected problem" not in str(error), \
            repr(error.__cause__)


# --- real downloads -------------------------------------------------------------------------


def real(name: str) -> Path:
    if not SMHI.is_dir():
        pytest.skip("../shared/realdata is absent (a fresh checkout has no shared folder)")
    return SMHI / name


def real_files() -> list[Path]:
    return sorted(SMHI.iterdir()) if SMHI.is_dir() else []


#: What each real file must give: "read", or a refusal (the decision and its reason below).
EXPECTED = {
    "ifk-smhi__metobs_param1_station1_Akalla_newheader.csv": "read",
    "smhi-api_8_180960_Kiruna_snow_latest-months.json": "read",
    "smhi-opendata_1_105370_Falun-Lugnet_hourly_temp.csv": "read",
    "smhi-opendata_8_180960_Kiruna_snow_depth_trimmed.csv": "read",
    # The HTTP headers are skipped (status 200), but the body is the API's description of a
    # period with a link to its data, not readings: refused, naming the link to download.
    "ifk-smhi__metobs_period_response_with_http_headers.txt": "refused",
}


def test_every_real_file_is_known() -> None:
    if not SMHI.is_dir():
        pytest.skip("../shared/realdata is absent")
    assert {p.name for p in real_files()} <= set(EXPECTED)


@pytest.mark.parametrize("path", real_files(), ids=lambda p: p.name)
def test_every_real_file_is_read_or_refused_in_one_sentence(path: Path) -> None:
    try:
        d = read_smhi(path.read_bytes(), name=path.name)
    except SmhiError as error:
        message = str(error)
        assert "\n" not in message and "unexpected problem" not in message, \
            repr(error.__cause__)
        assert EXPECTED.get(path.name) == "refused", message
        return
    assert EXPECTED.get(path.name) == "read"
    assert d.readings and all(r.at.tzinfo is UTC for r in d.readings)
    assert d.warnings == []


def test_real_kiruna_snow_depth_csv() -> None:
    d = read_smhi(real("smhi-opendata_8_180960_Kiruna_snow_depth_trimmed.csv").read_bytes())
    assert d.form == "csv-stationsnummer" and d.parameter == SNOW_DEPTH and d.unit == "meter"
    assert (d.station.number, d.station.name, d.station.network) == (
        180960, "Kiruna", "SMHIs stationsnät")
    assert len(d.readings) == 9
    # The two rows with the extra `;;Tidsutsnitt` columns are readings like any other.
    assert [(r.at, r.value) for r in d.readings[:2]] == [(utc(1947, 1, 1, 6), 0.25),
                                                        (utc(1947, 1, 2, 6), 0.24)]
    assert len(d.station.meta["tidsutsnitt"]) == 2
    assert (d.readings[2].at, d.readings[2].value) == (utc(2026, 2, 8, 6), 0.58)  # metres
    assert {r.at.hour for r in d.readings} == {6}
    assert len(d.station.meta["positions"]) == 3
    assert (d.station.latitude, d.station.longitude, d.station.height_m) == (
        67.8513, 20.2497, 518.801)


def test_real_falun_hourly_temperature_csv() -> None:
    d = read_smhi(real("smhi-opendata_1_105370_Falun-Lugnet_hourly_temp.csv").read_bytes())
    assert d.form == "csv-klimatnummer" and d.parameter == AIR_TEMPERATURE
    assert d.unit == "degree celsius" and d.station.key == "smhi:105370"
    assert d.station.name == "Falun-Lugnet"
    # Three positions, newest listed first: the one that ends in 2015 is the station's now.
    assert len(d.station.meta["positions"]) == 3
    assert (d.station.latitude, d.station.longitude, d.station.height_m) == (
        60.619, 15.6603, 140.0)
    assert len(d.readings) == 58770
    assert (d.readings[0].at, d.readings[0].value) == (utc(1951, 3, 25, 12), 4.7)
    assert (d.readings[-1].at, d.readings[-1].value) == (utc(2015, 9, 1, 6), 12.8)
    assert utc(1951, 4, 8, 18) in {r.at for r in d.readings}  # a row with Tidsutsnitt text
    assert all(-45 < r.value < 40 for r in d.readings)
    assert len(d.station.meta["tidsutsnitt"]) == 10


def test_real_akalla_newer_header_with_bom() -> None:
    path = real("ifk-smhi__metobs_param1_station1_Akalla_newheader.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    d = read_smhi(path.read_bytes())
    assert d.form == "csv-stationsnummer" and d.station.network == "Övriga stationer"
    assert [(r.at, r.value, r.quality) for r in d.readings] == [
        (utc(2013, 1, 1, 0), 5.3, "Y"), (utc(2013, 1, 1, 1), 5.3, "Y")]


def test_real_api_json_snow() -> None:
    d = read_smhi(real("smhi-api_8_180960_Kiruna_snow_latest-months.json").read_bytes())
    assert d.form == "json" and d.parameter == SNOW_DEPTH and d.station.number == 180960
    assert len(d.readings) == 8
    assert d.readings[0].at == utc(2026, 9, 15, 6)  # 1789452000000 ms
    assert all(r.value == 0.0 and r.quality == "G" for r in d.readings)
    days = [r.at.day for r in d.readings]
    assert days[-2:] == [21, 24]  # the reporting gap stays a gap
    assert d.station.height_m == 518.801  # the latest position, not the station's 0.0


def test_real_http_response_is_refused_with_the_data_link() -> None:
    path = real("ifk-smhi__metobs_period_response_with_http_headers.txt")
    message = refused(path.read_bytes())
    assert "description of a download period" in message
    assert message.endswith("/parameter/1/station/1/period/corrected-archive/data.csv")
