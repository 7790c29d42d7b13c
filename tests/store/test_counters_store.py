"""Trail counters in the store (both engines): an import is one write unit, a second import of
the same file replaces the same hours (no duplicates), counts outside the file's span are kept,
a bad file writes nothing, and a trail's visitors per day and week come back in Swedish days."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from destination_norberg.app.counters import (
    CountersImportError,
    import_counters,
    trail_visitors,
    visitors_per_month,
)
from destination_norberg.store.counters_store import count_rows, counter_rows

pytestmark = pytest.mark.both_engines

FILES = Path(__file__).resolve().parents[1] / "exchange" / "counter_files"


def first_trail(engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT min(id) FROM trail")).scalar_one())


def demo_counts(engine) -> int:  # the demo's own counter
    return count_rows(engine)


def test_a_second_import_replaces_the_same_hours(demo_engine, tmp_path: Path) -> None:
    before = demo_counts(demo_engine)
    trail = first_trail(demo_engine)
    done = import_counters(demo_engine, FILES / "eco_semicolon_bom.csv", trail=trail)
    assert (done.counts, done.replaced, done.new_counters) == (4, 0, ["NBG-01", "NBG-02"])
    again = import_counters(demo_engine, FILES / "swedish_comma.csv")
    assert (again.counts, again.replaced, again.new_counters) == (4, 4, [])
    assert count_rows(demo_engine) == before + 4  # no duplicates
    counters = {c.code: c for c in counter_rows(demo_engine)}
    assert counters["NBG-01"].trail_id == trail  # kept: the second import tied nothing
    assert counters["NBG-01"].name == "Kyrkberget"
    # a later hour of NBG-01 only: the earlier counts are outside its span and kept
    later = tmp_path / "later.csv"
    later.write_text("Counter ID;Timestamp;Count;Direction\nNBG-01;2026-11-03 10:00;8;IN\n",
                     encoding="utf-8")
    assert import_counters(demo_engine, later).replaced == 0
    seen = trail_visitors(demo_engine, trail, date(2026, 11, 3), span=3)
    assert seen.days == [(date(2026, 11, 1), 24), (date(2026, 11, 2), 5),
                         (date(2026, 11, 3), 8)]
    assert seen.weeks == [((2026, 44), 24), ((2026, 45), 13)]
    name = next(n for n, _m in visitors_per_month(demo_engine, date(2026, 11, 1),
                                                  date(2026, 11, 3)) if n != "Gruvrundan")
    assert dict(visitors_per_month(demo_engine, date(2026, 11, 1), date(2026, 11, 3)))[
        name] == {(2026, 11): 37}


def test_a_bad_file_or_a_bad_tie_writes_nothing(demo_engine) -> None:
    before = count_rows(demo_engine)
    with pytest.raises(CountersImportError, match=r"5 bad row\(s\), so nothing was imported"):
        import_counters(demo_engine, FILES / "bad_rows.csv")
    with pytest.raises(CountersImportError, match="there is no trail with id 999999"):
        import_counters(demo_engine, FILES / "swedish_comma.csv", trail=999999)
    with pytest.raises(CountersImportError, match="the file has no counter “X-9”"):
        import_counters(demo_engine, FILES / "swedish_comma.csv", mapping={"X-9": 1})
    assert count_rows(demo_engine) == before


def test_the_map_ties_one_counter(demo_engine) -> None:
    trail = first_trail(demo_engine)
    import_counters(demo_engine, FILES / "swedish_comma.csv", mapping={"NBG-02": trail})
    ties = {c.code: c.trail_id for c in counter_rows(demo_engine)}
    assert (ties["NBG-01"], ties["NBG-02"]) == (None, trail)
