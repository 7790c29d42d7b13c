"""`capacity --event ID` and `import participants FILE --event ID [--dry-run]`."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from destination_norberg.cli import main
from destination_norberg.store import models as m

pytestmark = pytest.mark.both_engines


def week(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(m.Event.id).where(m.Event.name_sv == "Vintervecka 2027")
                            ).scalar_one()


def one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_capacity_prints_the_plan(demo_engine, demo_url, capsys) -> None:
    event = str(week(demo_engine))
    assert main(["--db", demo_url, "capacity", "--event", event]) == 0
    out = capsys.readouterr().out
    assert "Expected overnight visitors: 3150" in out and "Shortfall:" in out
    assert main(["--db", demo_url, "capacity", "--event", event, "--radius-km", "0",
                 "--share", "0"]) == 0
    assert "No shortfall" in capsys.readouterr().out


def test_capacity_refuses_bad_input_in_one_line(demo_engine, demo_url, capsys) -> None:
    assert main(["--db", demo_url, "capacity", "--event", "9999"]) == 2
    assert "no event 9999" in one_line(capsys.readouterr().err)
    assert main(["--db", demo_url, "capacity", "--event", str(week(demo_engine)),
                 "--share", "3"]) == 2
    assert "between 0 and 1" in one_line(capsys.readouterr().err)


def test_import_participants_dry_run_then_for_real(demo_engine, demo_url, tmp_path: Path,
                                                   capsys) -> None:
    path = tmp_path / "anmalda.csv"
    path.write_text("Lopp;Klubb;Postnummer\nEngelbrektsloppet 60 km;A;738 30\n"
                    ";B;738 30\n", encoding="utf-8")
    event = str(week(demo_engine))
    assert main(["--db", demo_url, "import", "participants", str(path), "--event", event,
                 "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Would import" in out and "1 participant(s)" in out and "row 3:" in out
    assert main(["--db", demo_url, "capacity", "--event", event]) == 0
    assert "Participants: 4200" in capsys.readouterr().out
    assert main(["--db", demo_url, "import", "participants", str(path), "--event", event]) == 0
    assert "no names stored" in capsys.readouterr().out
    assert main(["--db", demo_url, "capacity", "--event", event]) == 0
    assert "Participants: 1" in capsys.readouterr().out


def test_a_broken_file_is_refused_in_one_line(demo_engine, demo_url, tmp_path: Path,
                                              capsys) -> None:
    path = tmp_path / "fel.csv"
    path.write_text("Namn;Klubb\nAnna;X\n", encoding="utf-8")
    assert main(["--db", demo_url, "import", "participants", str(path), "--event",
                 str(week(demo_engine))]) == 2
    assert "No column holds the race" in one_line(capsys.readouterr().err)
