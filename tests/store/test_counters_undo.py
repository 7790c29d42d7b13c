"""Undo and redo of a counter import and a tie changed later, in the store (both engines):
undo puts back exactly the counts the import replaced and the ties it changed and removes
the counters it added; redo imports again; a tie is checked against what it was."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from destination_norberg.app.counters import trail_visitors, visitors_per_month
from destination_norberg.app.counters_edit import (
    import_step,
    known_counters,
    preview_file,
    redo_import,
    tie_counters,
    undo_import,
)
from destination_norberg.store.rows import EngineRows
from destination_norberg.store.versioned import ConflictError

pytestmark = pytest.mark.both_engines

DATA = Path(__file__).resolve().parents[1] / "data" / "counters"


def counts(engine) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT c.code, c.trail_id, n.at, n.direction, n.count FROM trail_count n JOIN "
            "trail_counter c ON c.id = n.counter_id ORDER BY c.code, n.at, n.direction"))]


def counters(engine) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT code, trail_id FROM trail_counter ORDER BY code"))]


def trail(engine, name: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT id FROM trail WHERE name = :n"), {"n": name})
                   .scalar_one())


def test_undo_puts_back_what_the_import_replaced(demo_engine) -> None:
    gruv, slagg = trail(demo_engine, "Gruvrundan"), trail(demo_engine, "Slaggvarpet")
    before_counts, before_counters = counts(demo_engine), counters(demo_engine)
    preview = preview_file(EngineRows(demo_engine), DATA / "two_counters.csv")
    assert [(c.code, c.known, c.trail_id, c.total) for c in preview.counters] == [
        ("NBG-GR-01", True, gruv, 4500), ("NBG-SL-02", False, None, 483)]
    # The known counter is moved to Slaggvarpet too, the new one tied there.
    step = import_step(demo_engine, preview, {"NBG-GR-01": slagg, "NBG-SL-02": slagg})
    assert step.counts == 12 and step.replaced == 6  # the demo's 3 hours × 2 directions
    after = counts(demo_engine)
    assert counters(demo_engine) == [("NBG-GR-01", slagg), ("NBG-SL-02", slagg)]
    undo_import(demo_engine, step)
    assert counts(demo_engine) == before_counts
    assert counters(demo_engine) == before_counters
    redo_import(demo_engine, step)
    assert counts(demo_engine) == after
    undo_import(demo_engine, step)
    assert counts(demo_engine) == before_counts


def test_a_tie_is_changed_against_what_it_was(demo_engine) -> None:
    gruv, slagg = trail(demo_engine, "Gruvrundan"), trail(demo_engine, "Slaggvarpet")
    (known,), trails = known_counters(EngineRows(demo_engine))
    assert (known.code, known.trail_id, known.trail_name) == ("NBG-GR-01", gruv, "Gruvrundan")
    assert known.last_at is not None and known.last_count is not None
    assert any(t.id == slagg for t in trails)
    tie_counters(demo_engine, [("NBG-GR-01", gruv, None)])
    assert counters(demo_engine) == [("NBG-GR-01", None)]
    with pytest.raises(ConflictError):  # another coordinator's change is not overwritten
        tie_counters(demo_engine, [("NBG-GR-01", gruv, slagg)])
    assert counters(demo_engine) == [("NBG-GR-01", None)]
    tie_counters(demo_engine, [("NBG-GR-01", None, slagg)])
    assert counters(demo_engine) == [("NBG-GR-01", slagg)]
    # The board's report follows the tie (it reads app.counters, as the chart does).
    board = visitors_per_month(demo_engine, date(2026, 10, 1), date(2026, 11, 30))
    assert [name for name, _months in board] == ["Slaggvarpet"]
    assert sum(board[0][1].values()) == trail_visitors(
        demo_engine, slagg, date(2026, 11, 30), span=61).total
