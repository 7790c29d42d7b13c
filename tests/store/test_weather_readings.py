"""Issue 14's readings in the store: parameters 2, 6, 19, 20 beside 1 and 8, one write unit
for several downloads, and the forecast replaced as a whole."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from destination_norberg.exchange.smhi import read_smhi
from destination_norberg.store.forecast_store import NORBERG, latest_forecast, store_forecast
from destination_norberg.store.weather_read import parameter_series
from destination_norberg.store.weather_store import (
    import_download,
    import_downloads,
    parameter_counts,
)

pytestmark = pytest.mark.both_engines

FILES = Path(__file__).resolve().parents[1] / "exchange" / "smhi_files"


def fixture(parameter: int, form: str = "json"):
    path = (FILES / f"smhi-api_{parameter}_95999_latest-months.json" if form == "json"
            else next(FILES.glob(f"smhi-opendata_{parameter}_*.csv")))
    return read_smhi(path.read_bytes(), name=path.name)


def test_each_parameter_keeps_its_own_series(engine) -> None:
    counts = import_downloads(engine, [fixture(p) for p in (1, 2, 6, 8, 19, 20)])
    assert [c.added for c in counts] == [6, 3, 6, 3, 3, 3]
    by_station = parameter_counts(engine)["smhi:95999"]
    assert {p: n for p, (n, _first, _last) in by_station.items()} == {
        1: 6, 2: 3, 6: 6, 8: 3, 19: 3, 20: 3}
    humidity = parameter_series(engine, "smhi:95999", 6)
    assert humidity[0] == (datetime(2026, 11, 21, 0, tzinfo=UTC), 92.0)
    assert [v for _at, v in parameter_series(engine, "smhi:95999", 19)] == [-6.8, -9.9, -3.0]


def test_importing_again_adds_nothing_and_a_correction_replaces(engine) -> None:
    first = import_download(engine, fixture(2))
    again = import_download(engine, fixture(2))
    assert (first.added, again.added, again.unchanged) == (3, 0, 3)
    # the CSV of the same days at another station number is another station
    other = import_download(engine, fixture(2, "csv"))
    assert other.added == 3 and other.station_key == "smhi:95990"


def test_one_bad_download_among_several_writes_nothing(engine) -> None:
    good = fixture(6)
    bad = fixture(8)
    object.__setattr__(bad, "parameter", 99)  # a download no table takes
    with pytest.raises(ValueError):
        import_downloads(engine, [good, bad])
    assert parameter_counts(engine) == {}


def test_a_new_forecast_replaces_the_old(engine) -> None:
    run1 = datetime(2026, 11, 26, 6, tzinfo=UTC)
    hours = [(run1 + timedelta(hours=h), -5.0, 90.0) for h in range(48)]
    assert store_forecast(engine, NORBERG, run1, hours, run1) == 48
    run2 = run1 + timedelta(hours=6)
    store_forecast(engine, NORBERG, run2, [(run2 + timedelta(hours=h), -3.0, None)
                                           for h in range(24)], run2)
    latest = latest_forecast(engine)
    assert latest is not None and latest.reference_time == run2
    assert len(latest.hours) == 24 and latest.hours[0] == (run2, -3.0, None)
    assert latest_forecast(engine, "elsewhere") is None
