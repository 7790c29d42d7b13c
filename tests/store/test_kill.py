"""A write unit is all or nothing even when the process is killed in the middle of the loop."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ROWS_PER_UNIT = 20
UNITS_BEFORE_KILL = 30

WRITER = """
import sys
from datetime import UTC, datetime, timedelta
from destination_norberg.store.database import make_engine, write_session
from destination_norberg.store.schema import ensure_schema
from destination_norberg.store.models import SnowMeasurement

engine = make_engine(sys.argv[1])
ensure_schema(engine)
start = datetime(2026, 11, 1, 6, tzinfo=UTC)
unit = 0
while True:
    with write_session(engine) as session:
        for i in range(ROWS):
            session.add(SnowMeasurement(station=f"unit-{unit}", depth_m=i / 100,
                                        measured_at=start + timedelta(hours=i)))
            session.flush()
    print(unit, flush=True)
    unit += 1
""".replace("ROWS", str(ROWS_PER_UNIT))


@pytest.mark.slow
def test_killed_writer_leaves_whole_units(tmp_path: Path) -> None:
    db = tmp_path / "killed.sqlite"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p))
    proc = subprocess.Popen([sys.executable, "-c", WRITER, f"sqlite:///{db}"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    reported: list[int] = []
    try:
        while len(reported) < UNITS_BEFORE_KILL:
            line = proc.stdout.readline()
            if not line:
                proc.wait()
                pytest.fail(f"writer ended early: {proc.stderr.read()}")
            reported.append(int(line))
        proc.send_signal(signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    assert reported == list(range(UNITS_BEFORE_KILL))

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        per_unit = dict(conn.execute(
            "SELECT station, count(*) FROM snow_measurement GROUP BY station").fetchall())
    finally:
        conn.close()
    for unit in reported:
        assert per_unit.get(f"unit-{unit}") == ROWS_PER_UNIT, unit
    partial = {station: n for station, n in per_unit.items() if n != ROWS_PER_UNIT}
    assert partial == {}
    units = sorted(int(s.removeprefix("unit-")) for s in per_unit)
    assert units == list(range(len(units)))  # committed in order, none missing
