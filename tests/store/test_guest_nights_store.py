"""Guest nights in the store (both engines): an import is one write unit, a second import of
the same months replaces them (no duplicates), other months are kept, a bad file writes
nothing; the demo carries two fictional years."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from destination_norberg.app.guest_nights import (
    GuestNightsImportError,
    import_guest_nights,
    norberg_months,
)
from destination_norberg.store.guest_nights_models import GuestNights
from destination_norberg.store.rows import EngineRows

pytestmark = pytest.mark.both_engines

FILES = Path(__file__).resolve().parents[1] / "exchange" / "guest_nights_files"
NOW = datetime(2026, 11, 26, 12, tzinfo=UTC)


def count(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(GuestNights.__table__)).scalar_one()


def test_a_second_import_of_the_same_months_replaces_them(engine, tmp_path: Path) -> None:
    first = import_guest_nights(engine, FILES / "pxweb_wide.csv", NOW)
    assert (first.counts, first.replaced) == (24, 0)
    again = import_guest_nights(engine, FILES / "pxweb_wide.csv", NOW)
    assert (again.counts, again.replaced) == (24, 24)
    assert count(engine) == 24  # no duplicates
    # revised figures for February only: February is replaced, January and March kept
    revised = tmp_path / "revised.csv"
    revised.write_text("region;boendeform;2025M02\n1962 Norberg;Totalt;6200\n",
                       encoding="utf-8")
    done = import_guest_nights(engine, revised, NOW)
    assert done.replaced == 7  # February's seven Norberg figures
    months = norberg_months(EngineRows(engine), 2025, 2025)
    assert {k: v.total for k, v in months.items()} == {
        (2025, 1): 1910, (2025, 2): 6200, (2025, 3): 2598}
    assert months[(2025, 2)].by_accommodation == {}  # the old breakdown went with the month


def test_a_bad_file_writes_nothing(engine, tmp_path: Path) -> None:
    import_guest_nights(engine, FILES / "long_form.csv", NOW)
    before = count(engine)
    with pytest.raises(GuestNightsImportError, match=r"4 bad row\(s\), so nothing was "
                                                      r"imported. Line 3"):
        import_guest_nights(engine, FILES / "bad_rows.csv", NOW)
    assert count(engine) == before
    broken = tmp_path / "broken.csv"
    shutil.copyfile(FILES / "pxweb_wide.csv", broken)
    broken.write_text(broken.read_text(encoding="utf-8").replace('"880"', '"åttahundra"'),
                      encoding="utf-8")
    with pytest.raises(GuestNightsImportError, match="Line 5"):
        import_guest_nights(engine, broken, NOW)
    assert count(engine) == before


def test_norberg_months_leave_other_municipalities_out(engine) -> None:
    import_guest_nights(engine, FILES / "pxweb_wide.csv", NOW)
    months = norberg_months(EngineRows(engine), 2025, 2025)
    assert months[(2025, 1)].total == 1910  # not Fagersta's 3 400
    assert months[(2025, 1)].by_origin == {"sverige": 1680, "utlandet": 230}
    assert months[(2025, 1)].by_accommodation["vandrarhem"] is None


def test_the_demo_carries_two_fictional_years(demo_engine) -> None:
    months = norberg_months(EngineRows(demo_engine), 2025, 2026)
    assert {y for y, _m in months} == {2025, 2026}
    assert len(months) == 12 + 10  # 2026 as published by the authored day (October)
    assert months[(2025, 2)].total > 2 * months[(2025, 1)].total  # the winter week
    # a hostel held back by the statistics; the municipality's total is still given
    assert months[(2025, 4)].by_accommodation["vandrarhem"] is None
    assert months[(2025, 4)].total is not None and months[(2025, 4)].complete
