"""The online path against a small SMHI on loopback: station list, download, import; the
forecast fetched, cached and stored; a server error is one sentence and writes nothing."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from destination_norberg.app.errors import AppError
from destination_norberg.app.smhi_fetch import (
    fetch_forecast,
    fetch_many,
    fetch_observations,
    nearby_stations,
    station_periods,
)

FILES = Path(__file__).resolve().parents[1] / "exchange" / "smhi_files"
MS_2010, MS_2026 = 1275350400000, 1795000000000


def station_list(parameter: int) -> bytes:
    def station(key: int, name: str, lat: float, lon: float) -> dict:
        return {"name": name, "owner": "SMHI", "ownerCategory": "CLIMATE", "id": key,
                "height": 100.0, "latitude": lat, "longitude": lon, "active": True,
                "from": MS_2010, "to": MS_2026, "key": str(key), "updated": MS_2026,
                "title": f"Lufttemperatur - {name}", "summary": "", "link": []}
    return json.dumps({"key": str(parameter), "updated": MS_2026, "title": "Lufttemperatur",
                       "summary": "momentanvärde, 1 gång/tim", "valueType": "SAMPLING",
                       "stationSet": [], "station": [
                           station(95999, "Norberg test", 60.07, 15.93),
                           station(105370, "Falun-Lugnet", 60.619, 15.6603),
                           station(52230, "Falsterbo", 55.3837, 12.8166)]}).encode()


def period_list() -> bytes:
    return json.dumps({"key": "95999", "name": "Norberg test", "period": [
        {"key": "corrected-archive", "from": MS_2010, "to": MS_2026, "summary": "", "link": []},
        {"key": "latest-months", "from": MS_2010, "to": MS_2026, "summary": "", "link": []}],
    }).encode()


class Smhi(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def log_message(self, *args) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        Smhi.hits.append(self.path)
        parts = self.path.strip("/").split("/")
        body: bytes | None = None
        if parts[0] == "metobs" and parts[1] == "parameter":
            if len(parts) == 3:
                body = station_list(int(parts[2].removesuffix(".json")))
            elif len(parts) == 5 and parts[4] == "95999.json":
                body = period_list()
            elif len(parts) == 8 and parts[4] == "95999":
                p = parts[2]
                if parts[7] == "data.json":
                    body = (FILES / f"smhi-api_{p}_95999_latest-months.json").read_bytes()
                else:
                    body = next(FILES.glob(f"smhi-opendata_{p}_95999_*.csv")).read_bytes()
        elif parts[0] == "forecast" and self.path.endswith("/data.json"):
            body = (FILES / "snow1g_norberg.json").read_bytes()
        if body is None:
            self.send_response(500 if "95000" in self.path else 404)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def smhi(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Smhi)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    monkeypatch.setenv("DN_SMHI_METOBS_URL", f"{base}/metobs")
    monkeypatch.setenv("DN_SMHI_FORECAST_URL", f"{base}/forecast")
    monkeypatch.setenv("DN_SMHI_CACHE", str(tmp_path / "cache"))
    Smhi.hits = []
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'online.sqlite'}"


def counts(url: str) -> dict[str, int]:
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()
                    for t in ("temperature_observation", "weather_reading", "weather_forecast",
                              "snow_measurement")}
    finally:
        engine.dispose()


def test_stations_near_norberg_nearest_first(smhi) -> None:
    found = nearby_stations(1)
    assert [s.number for s in found] == [95999, 105370]  # Falsterbo is 500 km away
    assert found[0].distance_km < 2
    assert 55 < found[1].distance_km < 65
    assert [p.key for p in station_periods(1, 95999)] == ["corrected-archive", "latest-months"]


@pytest.mark.parametrize(("parameter", "period", "table"), [
    (1, "latest-months", "temperature_observation"),
    (1, "corrected-archive", "temperature_observation"),
    (2, "latest-months", "weather_reading"),
    (6, "latest-months", "weather_reading"),
    (19, "corrected-archive", "weather_reading"),
    (8, "corrected-archive", "snow_measurement"),
])
def test_download_and_import(smhi, url, parameter, period, table) -> None:
    download, result = fetch_observations(url, 95999, parameter, period)
    assert download.parameter == parameter
    assert result.added == len(download.readings) > 0
    assert counts(url)[table] == result.added


def test_server_error_is_one_sentence_and_writes_nothing(smhi, url) -> None:
    with pytest.raises(AppError) as caught:
        fetch_observations(url, 95000, 1, "latest-months")
    message = str(caught.value)
    assert "SMHI answered 500" in message and "nothing was imported" in message
    assert "\n" not in message and "Traceback" not in message
    assert not Path(url.removeprefix("sqlite:///")).exists()


def test_cancel_writes_nothing(smhi, url) -> None:
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < 1  # cancel after the first download

    with pytest.raises(AppError, match="cancelled"):
        fetch_many(url, [(95999, 1, "latest-months"), (95999, 6, "latest-months")], progress)
    assert not Path(url.removeprefix("sqlite:///")).exists()
    fetch_many(url, [(95999, 1, "latest-months"), (95999, 6, "latest-months")])
    assert counts(url)["weather_reading"] == 6 and counts(url)["temperature_observation"] == 6


def test_forecast_fetch_then_cache_hit(smhi, url) -> None:
    first = fetch_forecast(url)
    assert not first.from_cache and first.hours > 200
    requests = [h for h in Smhi.hits if h.startswith("/forecast/")]
    assert requests == ["/forecast/geotype/point/lon/15.925000/lat/60.086000/data.json"]
    second = fetch_forecast(url)
    assert second.from_cache and second.hours == first.hours
    assert len([h for h in Smhi.hits if h.startswith("/forecast/")]) == 1
    assert counts(url)["weather_forecast"] == first.hours  # replaced, not added twice


def test_forecast_server_down_is_one_sentence(monkeypatch, tmp_path, url) -> None:
    monkeypatch.setenv("DN_SMHI_FORECAST_URL", "http://127.0.0.1:9/forecast")
    monkeypatch.setenv("DN_SMHI_CACHE", str(tmp_path / "cache"))
    with pytest.raises(AppError, match="could not be reached"):
        fetch_forecast(url)
    assert not Path(url.removeprefix("sqlite:///")).exists()
