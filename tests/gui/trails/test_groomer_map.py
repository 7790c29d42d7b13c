"""The groomer import's map, end to end with qtbot on the demo: the dialog opened from the
trail register's More menu shows the track on top of the loops around it, the two loops the
fixture covers drawn as getting a report and labelled with their covered share, the other
loops faint; unticking a loop in the list redraws it as covered-but-not-reported, and
ticking it again brings it back. The lines come from the worker's preview (app)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from destination_norberg.app.groomer_track import demo_preview, read_preview
from destination_norberg.gui.trails.groomer_dialog import GroomerDialog, add_groomer_action
from destination_norberg.gui.trails.groomer_map import CHECKED, COLOURS, OTHER, UNCHECKED
from tests.gui.trails.test_trails_page import make_page

DATA = Path(__file__).resolve().parents[2] / "data" / "groomer"
LOOPS = ["Elljusspåret 2,5 km", "Slaggvarpet"]


@pytest.fixture
def page(make_window, load, demo_url, qtbot):
    window = make_window(demo_url)
    load(window)
    page = make_page(qtbot, window.planning, window.runner, window.undo_stack, window.clock)
    add_groomer_action(page)
    return page


def drawn(dialog: GroomerDialog) -> dict:
    """What the map shows, read from its plot items."""
    m = dialog.map
    names = {loop.trail_id: loop.name for loop in m.loops.values()}
    return {
        "styles": {names[tid]: m.style_of(tid) for tid in m.curves},
        "pens": {names[tid]: c.opts["pen"].color().name() for tid, c in m.curves.items()},
        "labels": sorted(item.toPlainText() for item in m.labels.values()),
        "track_on_top": m.track.zValue() > max(c.zValue() for c in m.curves.values()),
        "track_points": int(np.isfinite(m.track.getData()[0]).sum()),
    }


def test_the_map_shows_the_track_and_the_matched_loops(page, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(DATA / "two_loops.gpx"), ""))
    seen: dict = {}

    def look(dialog: GroomerDialog) -> None:
        seen["before"] = drawn(dialog)
        dialog.list.topLevelItem(0).setCheckState(0, Qt.CheckState.Unchecked)
        seen["unticked"] = drawn(dialog)
        dialog.list.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)
        seen["ticked"] = drawn(dialog)
        seen["item_names"] = [dialog.list.topLevelItem(i).text(0)
                              for i in range(dialog.list.topLevelItemCount())]
        seen["map"] = dialog.map
        dialog.reject()

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, GroomerDialog):
            look(dialog)
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)
    page.groomer_action.trigger()
    qtbot.waitUntil(lambda: "ticked" in seen, timeout=15_000)

    before = seen["before"]
    truth = read_preview(page.store.url, DATA / "two_loops.gpx")
    assert seen["item_names"] == LOOPS
    assert {n: s for n, s in before["styles"].items() if s != OTHER} == dict.fromkeys(
        LOOPS, CHECKED)
    assert sum(1 for s in before["styles"].values() if s == OTHER) >= 3  # loops nearby, faint
    assert before["pens"]["Slaggvarpet"] == COLOURS[CHECKED]
    assert all(before["pens"][n] == COLOURS[OTHER] for n, s in before["styles"].items()
               if s == OTHER)
    assert before["labels"] == sorted(f"{m.name} {round(m.share * 100)} %" for m in truth.trails)
    assert before["track_on_top"]
    assert before["track_points"] == truth.points
    assert set(before["styles"]) == {loop.name for loop in truth.loops}

    unticked = seen["unticked"]
    assert unticked["styles"][LOOPS[0]] == UNCHECKED
    assert unticked["pens"][LOOPS[0]] == COLOURS[UNCHECKED]
    assert unticked["styles"][LOOPS[1]] == CHECKED
    assert seen["ticked"]["styles"] == before["styles"]


def test_the_demo_track_covers_the_same_two_loops(demo_url) -> None:
    """The screenshot's track, driven along the demo's own lines, matches as the fixture."""
    preview = demo_preview(demo_url, datetime(2026, 11, 26, 5, tzinfo=UTC))
    assert [m.name for m in preview.trails] == LOOPS
    assert all(m.share > 0.95 and m.reportable for m in preview.trails)
    assert max(m.groomed_at for m in preview.trails) <= datetime(2026, 11, 26, 5, tzinfo=UTC)


@pytest.mark.parametrize("view", ["groomer-preview", "counters-import"])
def test_the_dialog_views_render_over_the_register_and_write_nothing(
        demo_url: str, demo_engine, tmp_path: Path, qapp, view: str) -> None:
    import hashlib

    from PySide6.QtGui import QImage

    from destination_norberg.cli import main

    db = Path(demo_engine.url.database)
    demo_engine.dispose()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    shots = {name: tmp_path / f"{name}.png" for name in ("trails", view)}
    for name, png in shots.items():
        assert main(["--db", demo_url, "--lang", "sv", "--today", "2026-11-26", "screenshot",
                     name, "--out", str(png), "--size", "1280x720"]) == 0
    image = QImage(str(shots[view]))
    assert (image.width(), image.height()) == (1280, 720)
    assert shots[view].read_bytes() != shots["trails"].read_bytes()  # the dialog is on it
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
