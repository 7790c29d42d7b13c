"""bench/pg_load.py still runs: a few clients for two seconds, no update lost.

The benchmark itself (ten clients for 60 s) is run by hand; this only keeps it working.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_three_clients_for_two_seconds_lose_nothing(postgres_server, tmp_path: Path,
                                                    capsys, monkeypatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "bench"))  # the client processes import it too
    bench = importlib.import_module("pg_load")
    out = tmp_path / "figures.json"
    url = postgres_server.base.render_as_string(hide_password=False)
    assert bench.main(["--url", url, "--clients", "3", "--seconds", "2", "--json",
                       str(out)]) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["lost_updates"] == 0 and figures["other_errors"] == 0
    assert figures["saves"] > 0
    assert figures["save_attempts"] == figures["saves"] + figures["conflicts"]
    printed = capsys.readouterr().out
    assert "lost updates   0" in printed and "p95" in printed
    assert postgres_server.base.password not in printed
