"""Trail-counter exports: Eco-Counter's English headers with ; and a BOM, Swedish headers with
, and in/ut, local Swedish time to UTC (winter and summer), and every bad row named."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from destination_norberg.core.trail_counts import (
    direction_of,
    instant_of,
    last_days,
    per_day,
    per_week,
)
from destination_norberg.exchange.counters_read import (
    CountersFileError,
    bad_rows_text,
    read_counters,
)

FILES = Path(__file__).resolve().parent / "counter_files"


@pytest.mark.parametrize("name", ["eco_semicolon_bom.csv", "swedish_comma.csv"])
def test_both_delimiters_and_header_languages_read_the_same(name: str) -> None:
    found = read_counters(FILES / name)
    assert found.bad == []
    assert found.counters == ["NBG-01", "NBG-02"]
    first = found.rows[0]
    # 10:00 in Stockholm in November (CET) is 09:00 UTC
    assert (first.counter, first.at, first.direction, first.count) == (
        "NBG-01", datetime(2026, 11, 1, 9, tzinfo=UTC), "in", 12)
    assert [r.direction for r in found.rows] == ["in", "out", "in", "in"]


def test_the_name_column_names_the_counter_and_the_bom_is_not_in_the_header() -> None:
    assert read_counters(FILES / "eco_semicolon_bom.csv").names == {
        "NBG-01": "Kyrkberget", "NBG-02": "Mimer"}


def test_every_bad_row_is_listed_with_its_line() -> None:
    found = read_counters(FILES / "bad_rows.csv")
    assert len(found.rows) == 1
    assert [b.line for b in found.bad] == [3, 4, 5, 6, 7]
    text = bad_rows_text(found.bad)
    assert "Line 3: “igår” is not a date and time." in text
    assert "Line 4: “tolv” is not a count." in text
    assert "Line 5: “uppåt” is no direction" in text
    assert "Line 6: the same counter, time and direction as line 2." in text
    assert "Line 7: no counter id." in text


def test_a_file_without_the_columns_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "kontakter.csv"
    other.write_text("Namn;E-post\nAnna;anna@example.se\n", encoding="utf-8")
    with pytest.raises(CountersFileError, match="no header with a counter id"):
        read_counters(other)
    with pytest.raises(CountersFileError, match="there is no file"):
        read_counters(tmp_path / "saknas.csv")


def test_local_time_summer_and_offsets() -> None:
    assert instant_of("2026-07-01 10:00") == datetime(2026, 7, 1, 8, tzinfo=UTC)  # CEST
    assert instant_of("01/07/2026 10:00") == datetime(2026, 7, 1, 8, tzinfo=UTC)
    assert instant_of("2026-07-01T10:00:00+00:00") == datetime(2026, 7, 1, 10, tzinfo=UTC)
    assert instant_of("2026-07-01T10:00Z") == datetime(2026, 7, 1, 10, tzinfo=UTC)
    assert instant_of("sommar") is None
    assert (direction_of("IN"), direction_of("ut"), direction_of("Out"), direction_of("")) == (
        "in", "out", "out", "")
    assert direction_of("upp") is None


def test_days_are_swedish_days_and_weeks_iso_weeks() -> None:
    # 23:30 UTC on 1 November is 00:30 on 2 November in Stockholm
    days = per_day([(datetime(2026, 11, 1, 23, 30, tzinfo=UTC), 5),
                    (datetime(2026, 11, 1, 12, tzinfo=UTC), 7),
                    (datetime(2026, 11, 2, 12, tzinfo=UTC), 1)])
    assert days == {date(2026, 11, 1): 7, date(2026, 11, 2): 6}
    # Sunday 1 November is week 44, Monday 2 November week 45
    assert per_week(days) == {(2026, 44): 7, (2026, 45): 6}
    shown = last_days(days, date(2026, 11, 3), 3)
    assert shown == [(date(2026, 11, 1), 7), (date(2026, 11, 2), 6), (date(2026, 11, 3), 0)]


def test_the_hour_the_clocks_go_back_is_read_twice_not_refused(tmp_path: Path) -> None:
    # An export in local time lists 02:00 twice on the last Sunday of October: summer time's
    # hour, then winter time's. Both are kept, an hour apart; a third 02:00 is a duplicate.
    rows = ["Counter ID;Timestamp;Count;Direction"]
    for stamp, n in (("2026-10-25 01:00", 1), ("2026-10-25 02:00", 2), ("2026-10-25 02:00", 3),
                     ("2026-10-25 03:00", 4)):
        rows += [f"NBG-01;{stamp};{n};IN", f"NBG-01;{stamp};{n * 10};OUT"]
    path = tmp_path / "autumn.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    found = read_counters(path)
    assert found.bad == []
    ins = [(r.at, r.count) for r in found.rows if r.direction == "in"]
    assert ins == [(datetime(2026, 10, 24, 23, tzinfo=UTC), 1),
                   (datetime(2026, 10, 25, 0, tzinfo=UTC), 2),
                   (datetime(2026, 10, 25, 1, tzinfo=UTC), 3),
                   (datetime(2026, 10, 25, 2, tzinfo=UTC), 4)]
    assert per_day((r.at, r.count) for r in found.rows)[date(2026, 10, 25)] == 110
    path.write_text("\n".join([*rows, "NBG-01;2026-10-25 02:00;5;IN"]) + "\n", encoding="utf-8")
    again = read_counters(path)
    assert [b.line for b in again.bad] == [10]
