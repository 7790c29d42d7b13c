"""Another coordinator's change shows without a restart: data_version on SQLite,
LISTEN/NOTIFY on PostgreSQL."""

from __future__ import annotations

import os
from dataclasses import replace

import pytest

from destination_norberg.gui.common.change_watcher import ChangeWatcher


def rename_first_event(engine, name: str) -> None:
    from sqlalchemy import select

    from destination_norberg.store import models as m
    from destination_norberg.store.database import write_session
    from destination_norberg.store.planning_undo import _event_row
    from destination_norberg.store.planning_write import save_event

    with engine.connect() as conn:
        uid = conn.execute(select(m.Event.uid).order_by(m.Event.id)).scalars().first()
    with write_session(engine) as session:
        record = _event_row(session, uid)
    save_event(engine, replace(record, name_sv=name))


def test_a_commit_by_another_connection_is_noticed(qtbot, demo_url) -> None:
    from destination_norberg.store.opening import open_database

    watcher = ChangeWatcher(demo_url, interval_ms=50)
    try:
        assert watcher.active
        with qtbot.waitSignal(watcher.changed, timeout=600, raising=False) as quiet:
            pass
        assert not quiet.signal_triggered  # nothing changed, nothing said
        other = open_database(demo_url)  # another program on the same file
        try:
            with qtbot.waitSignal(watcher.changed, timeout=3000):
                rename_first_event(other, "Ändrat av någon annan")
        finally:
            other.dispose()
    finally:
        watcher.stop()


def test_the_window_reads_again_on_a_change(make_window, demo_url, qtbot) -> None:
    window = make_window(demo_url)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.start()
    assert window.watcher is not None and window.watcher.active
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.watcher.changed.emit()  # as the watcher does after someone's commit
    assert window.opened


@pytest.mark.skipif(not os.environ.get("DN_TEST_POSTGRES_URL"),
                    reason="no PostgreSQL server (DN_TEST_POSTGRES_URL)")
def test_postgres_notify_reaches_the_listener(qtbot) -> None:
    from sqlalchemy import text

    from destination_norberg.store import changes
    from destination_norberg.store.database import make_engine, write_session

    url = os.environ["DN_TEST_POSTGRES_URL"]
    changes.install()
    watcher = ChangeWatcher(url)
    engine = make_engine(url)
    try:
        qtbot.wait(500)  # the listener connects
        with qtbot.waitSignal(watcher.changed, timeout=5000), write_session(engine) as s:
            s.execute(text("SELECT 1"))  # a write unit: NOTIFY at its commit
    finally:
        watcher.stop()
        engine.dispose()
