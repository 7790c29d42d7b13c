from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from destination_norberg.store import demo
from destination_norberg.store.database import make_engine
from destination_norberg.store.info import database_info

LOAD_TIMEOUT_MS = 15_000
BLOCK_S = 10


def counts(url: str) -> dict[str, int]:
    engine = make_engine(url)
    try:
        return database_info(engine).row_counts
    finally:
        engine.dispose()


@pytest.fixture
def empty_window(make_window, load, tmp_path: Path):
    window = make_window(f"sqlite:///{tmp_path / 'empty.sqlite'}", seed_demo=False)
    load(window)
    assert window.overview.events_model.rowCount() == 0
    return window


class Gate:
    """Wraps store.demo.load_demo so the worker stops at one step until the test lets it go."""

    def __init__(self, at: str) -> None:
        self.at = at
        self.reached = threading.Event()
        self.release = threading.Event()
        self.steps: list[str] = []
        self._real = demo.load_demo

    def load_demo(self, engine, reset=False, folder=None, progress=None, today=None):
        def gated(fraction: float, name: str) -> None:
            self.steps.append(name)
            if name == self.at:
                self.reached.set()
                self.release.wait(BLOCK_S)
            progress(fraction, name)

        return self._real(engine, reset=reset, folder=folder, progress=gated, today=today)


def test_load_demo_fills_an_empty_database(empty_window, qtbot) -> None:
    window = empty_window
    assert not any(counts(window.db_url).values())
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS) as blocker:
        blocker.connect(window.failed)
        window.load_demo(reset=False)
    assert blocker.args == []
    assert counts(window.db_url)["event"] > 0
    assert window.overview.events_model.rowCount() > 0
    assert window.overview.overview.counts["events"] == counts(window.db_url)["event"]
    assert not window.overview.ui.stateLabel.isVisibleTo(window)
    assert not window.runner.busy


def test_progress_steps_are_shown_in_the_dialog(empty_window, qtbot,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    window = empty_window
    gate = Gate(at="packages")
    monkeypatch.setattr(demo, "load_demo", gate.load_demo)
    window.load_demo(reset=False)
    try:
        assert gate.reached.wait(BLOCK_S)
        # "trails" was reported before the worker stopped at "packages": it reaches the label
        qtbot.waitUntil(lambda: window.demo_dialog.labelText()
                        == "Loading the demo season: snow data…", timeout=5000)
    finally:
        gate.release.set()
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        pass
    assert gate.steps == ["seasons", "organisations", "events", "stråk", "trails", "snow",
                          "packages"]
    assert counts(window.db_url)["package"] > 0


def test_progress_in_swedish_reads_swedish(make_window, load, tmp_path: Path, qtbot,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(f"sqlite:///{tmp_path / 'tom.sqlite'}", language="sv",
                         seed_demo=False)
    load(window)
    gate = Gate(at="packages")
    monkeypatch.setattr(demo, "load_demo", gate.load_demo)
    window.load_demo(reset=False)
    try:
        assert gate.reached.wait(BLOCK_S)
        qtbot.waitUntil(lambda: window.demo_dialog.labelText() != "Läser in demosäsongen…",
                        timeout=5000)
        label = window.demo_dialog.labelText()
    finally:
        gate.release.set()
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        pass
    assert label not in {"seasons", "organisations", "events", "stråk", "trails", "snow",
                         "packages"}


def press_cancel(window) -> None:
    """What the user does: the dialog's own Cancel button."""
    button = window.demo_dialog.findChild(QPushButton)
    assert button is not None
    button.click()


def test_cancelling_leaves_the_database_empty(empty_window, qtbot,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    window = empty_window
    gate = Gate(at="packages")  # everything else is already written inside the transaction
    monkeypatch.setattr(demo, "load_demo", gate.load_demo)
    loads: list[None] = []
    window.loaded.connect(lambda: loads.append(None))
    window.load_demo(reset=False)
    try:
        assert gate.reached.wait(BLOCK_S)
        press_cancel(window)
    finally:
        gate.release.set()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=LOAD_TIMEOUT_MS)
    assert window.statusBar().currentMessage() == "Cancelled: nothing was changed."
    assert not any(counts(window.db_url).values())
    assert loads == []  # no refresh after a cancel
    assert window.overview.events_model.rowCount() == 0
    assert not window.demo_dialog.isVisible()


def test_cancel_before_the_first_step_changes_nothing(empty_window, qtbot,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window = empty_window
    gate = Gate(at="seasons")
    monkeypatch.setattr(demo, "load_demo", gate.load_demo)
    window.load_demo(reset=False)
    try:
        assert gate.reached.wait(BLOCK_S)
        press_cancel(window)
    finally:
        gate.release.set()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=LOAD_TIMEOUT_MS)
    assert gate.steps == ["seasons"]
    assert not any(counts(window.db_url).values())


def test_cancelling_from_code_also_cancels_the_load(empty_window, qtbot,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    window = empty_window
    gate = Gate(at="packages")
    monkeypatch.setattr(demo, "load_demo", gate.load_demo)
    window.load_demo(reset=False)
    try:
        assert gate.reached.wait(BLOCK_S)
        window.cancel_demo_load()
    finally:
        gate.release.set()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=LOAD_TIMEOUT_MS)
    assert not any(counts(window.db_url).values())


def test_the_menu_loads_an_empty_database_without_asking(empty_window, qtbot,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def no_questions(*_args, **_kwargs):
        raise AssertionError("an empty database needs no confirmation")

    monkeypatch.setattr(QMessageBox, "question", no_questions)
    with qtbot.waitSignal(empty_window.loaded, timeout=LOAD_TIMEOUT_MS):
        empty_window.ui.actionLoadDemo.trigger()
    assert counts(empty_window.db_url)["event"] > 0


@pytest.mark.parametrize(("answer", "replaced"), [
    (QMessageBox.StandardButton.Cancel, False),
    (QMessageBox.StandardButton.Yes, True),
])
def test_a_filled_database_is_replaced_only_after_confirmation(
        make_window, load, demo_url, demo_engine, qtbot, monkeypatch: pytest.MonkeyPatch,
        answer, replaced: bool) -> None:
    from sqlalchemy import text

    with demo_engine.begin() as conn:  # real work of the coordinator's, not demo data
        conn.execute(text("UPDATE event SET name_sv = 'Egen vinterfest' "
                          "WHERE id = (SELECT min(id) FROM event)"))
    window = make_window(demo_url)
    load(window)
    asked: list[str] = []

    def question(_parent, title, _text, *_args, **_kwargs):
        asked.append(title)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    if replaced:
        with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
            window.ask_load_demo()
    else:
        window.ask_load_demo()
        assert not window.runner.busy
    assert asked == ["Load the demo season"]
    with demo_engine.connect() as conn:
        own = conn.execute(text("SELECT count(*) FROM event "
                                "WHERE name_sv = 'Egen vinterfest'")).scalar_one()
    assert own == (0 if replaced else 1)


def test_the_dialog_is_window_modal(empty_window, monkeypatch: pytest.MonkeyPatch,
                                    qtbot) -> None:
    gate = Gate(at="seasons")
    monkeypatch.setattr(demo, "load_demo", gate.load_demo)
    empty_window.load_demo(reset=False)
    try:
        assert gate.reached.wait(BLOCK_S)
        assert empty_window.demo_dialog.windowModality() == Qt.WindowModality.WindowModal
        assert empty_window.demo_dialog.parent() is empty_window
    finally:
        gate.release.set()
    with qtbot.waitSignal(empty_window.loaded, timeout=LOAD_TIMEOUT_MS):
        pass
