"""Garbage is collected on the UI thread only (gui.common.collector)."""

from __future__ import annotations

import gc
import threading

from destination_norberg.gui.common import collector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def _collections_in(thread_names: list[str]):
    def note(phase: str, info: dict) -> None:
        if phase == "start":
            thread_names.append(threading.current_thread().name)
    return note


def test_installed_collector_switches_automatic_collection_off(qapp) -> None:
    found = collector.install(qapp)
    assert not gc.isenabled()
    assert collector.install(qapp) is found  # one per application


def test_a_worker_thread_that_allocates_never_collects(qapp) -> None:
    collector.install(qapp)
    seen: list[str] = []
    gc.callbacks.append(_collections_in(seen))
    try:
        def allocate() -> None:
            for _ in range(gc.get_threshold()[0] * 20):
                _Cycle()
        worker = threading.Thread(target=allocate, name="worker")
        worker.start()
        worker.join()
    finally:
        gc.callbacks.pop()
    assert "worker" not in seen


def test_what_is_due_is_collected_on_the_calling_thread(qapp) -> None:
    collector.install(qapp)
    gc.collect()
    for _ in range(gc.get_threshold()[0] + 10):
        _Cycle()
    assert collector.collect_due() >= gc.get_threshold()[0]
    assert collector.collect_due() == 0  # nothing due any more


def test_the_timer_collects_while_the_event_loop_runs(qapp, qtbot) -> None:
    collector.install(qapp)
    gc.collect()
    seen: list[str] = []
    gc.callbacks.append(_collections_in(seen))
    try:
        for _ in range(gc.get_threshold()[0] + 10):
            _Cycle()
        qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    finally:
        gc.callbacks.pop()
    assert seen[0] == threading.main_thread().name
