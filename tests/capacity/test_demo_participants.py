"""The demo's participant counts (data/participants.json) are exactly the fictional export
of tests/capacity/participants_file.py read by the import, and every count is a whole
number of people per race, with no personal value in it."""

from __future__ import annotations

import json
from pathlib import Path

from tests.capacity.participants_file import DEMO_EVENT, DEMO_FILE, RACES, demo_counts, write_csv


def test_the_demo_counts_are_the_fictional_file_imported(tmp_path: Path) -> None:
    shipped = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
    assert shipped["event"] == DEMO_EVENT
    assert shipped["counts"] == demo_counts(write_csv(tmp_path / "anmalda.csv"))


def test_each_race_has_its_participants_and_every_dimension_sums_to_them() -> None:
    counts = json.loads(DEMO_FILE.read_text(encoding="utf-8"))["counts"]
    totals = {race: n for race, dim, _key, n in counts if dim == "total"}
    assert totals == dict(RACES) and sum(totals.values()) == 4200
    for race, total in totals.items():
        by_country = sum(n for r, d, _k, n in counts if r == race and d == "country")
        assert by_country == total
        swedes = next(n for r, d, k, n in counts if r == race and d == "country" and k == "SWE")
        assert sum(n for r, d, _k, n in counts if r == race and d == "lan") == swedes
    assert not any("Deltagare" in str(key) for _r, _d, key, _n in counts)
