"""`import counters` from the command line (both engines): counts imported and tied to a trail
in one transaction, a second import replaces the same hours, --dry-run writes nothing, --json
says what was done, a bad file or a bad tie is one line in the user's words and writes
nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from destination_norberg.cli import main

pytestmark = pytest.mark.both_engines

FILES = Path(__file__).resolve().parents[1] / "exchange" / "counter_files"


def scalar(url: str, sql: str) -> object:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql)).scalar_one()
    finally:
        engine.dispose()


def test_import_tie_and_import_again(demo_url: str, capsys) -> None:
    before = scalar(demo_url, "SELECT count(*) FROM trail_count")
    trail = scalar(demo_url, "SELECT min(id) FROM trail")
    file = str(FILES / "eco_semicolon_bom.csv")
    assert main(["--db", demo_url, "import", "counters", file, "--dry-run", "--json"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert (dry["counts"], dry["dry_run"], dry["counters"]) == (4, True, ["NBG-01", "NBG-02"])
    assert scalar(demo_url, "SELECT count(*) FROM trail_count") == before
    assert main(["--db", demo_url, "import", "counters", file, "--trail", str(trail)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Imported 4 counts of 2 counter(s) (NBG-01, NBG-02) from "
                          "2026-11-01 09:00 to 2026-11-02 07:00 UTC")
    assert f"NBG-02 → trail {trail}" in out
    assert main(["--db", demo_url, "import", "counters", file, "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["counts"], again["replaced"], again["new_counters"]) == (4, 4, [])
    assert scalar(demo_url, "SELECT count(*) FROM trail_count") == before + 4
    assert scalar(demo_url, "SELECT count(*) FROM trail_counter WHERE trail_id = "
                            f"{trail}") == 2


def test_bad_input_is_one_line_and_writes_nothing(demo_url: str, capsys) -> None:
    before = scalar(demo_url, "SELECT count(*) FROM trail_count")
    assert main(["--db", demo_url, "import", "counters", str(FILES / "bad_rows.csv")]) != 0
    err = capsys.readouterr().err
    assert "bad_rows.csv has 5 bad row(s), so nothing was imported. Line 3:" in err
    assert "Traceback" not in err
    assert main(["--db", demo_url, "import", "counters", str(FILES / "swedish_comma.csv"),
                 "--map", "NBG-01=999999"]) != 0
    assert "there is no trail with id 999999" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--db", demo_url, "import", "counters", str(FILES / "swedish_comma.csv"),
              "--map", "NBG-01"])
    assert "is not COUNTER=TRAIL" in capsys.readouterr().err
    assert scalar(demo_url, "SELECT count(*) FROM trail_count") == before


def test_the_board_report_shows_the_visitors_the_trail_page_shows(demo_url: str, tmp_path: Path,
                                                                  capsys) -> None:
    from datetime import date

    from destination_norberg.app.counters import trail_visitors
    from destination_norberg.store.opening import open_database

    capsys.readouterr()
    assert main(["--db", demo_url, "--today", "2026-11-26", "report", "board", "--year", "2026",
                 "--out", str(tmp_path / "r.xlsx"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    (gruvrundan,) = report["trail_visitors"]
    assert gruvrundan["trail"] == "Gruvrundan"
    assert set(gruvrundan["months"]) == {"2026M10", "2026M11"}
    trail = scalar(demo_url, "SELECT id FROM trail WHERE name = 'Gruvrundan'")
    engine = open_database(demo_url)
    try:  # November, day by day as the trail page reads it: the same total
        november = trail_visitors(engine, int(trail), date(2026, 11, 30), span=30)
    finally:
        engine.dispose()
    assert november.days[0][0] == date(2026, 11, 1)
    assert gruvrundan["months"]["2026M11"] == november.total > 0
